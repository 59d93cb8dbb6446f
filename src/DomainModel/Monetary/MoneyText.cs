using System;
using System.Globalization;

namespace DomainModel;

/// <summary>Shared helpers of money text: the number format of a provider, never the current culture's.</summary>
internal static class MoneyText
{
    /// <summary>
    /// The provider's <see cref="NumberFormatInfo"/>, or the invariant one for a null provider or one that supplies none.
    /// (<see cref="NumberFormatInfo.GetInstance"/> would fall back to the current culture, which this library never reads.)
    /// </summary>
    internal static NumberFormatInfo NumberFormat(IFormatProvider? provider) =>
        provider?.GetFormat(typeof(NumberFormatInfo)) as NumberFormatInfo ?? NumberFormatInfo.InvariantInfo;

    /// <summary>A name for the provider in messages: the culture name, "invariant culture" or the provider's type.</summary>
    internal static string Describe(IFormatProvider? provider) => provider switch
    {
        null => "the invariant culture",
        CultureInfo { Name.Length: 0 } => "the invariant culture",
        CultureInfo c => $"culture {c.Name}",
        _ => $"the format provider {provider.GetType().Name}",
    };
}
