using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// The library's converter of each quantity an estimate or a claim can hold (Money, UnitCount, PricePerUnit,
/// TokenRate, TokenVolumeOver, ActiveUsers, Share), found without reflection; and the factory behind <see cref="Estimate{T}"/>'s
/// <c>[JsonConverter]</c>, which refuses, with one clear <see cref="NotSupportedException"/>, an estimate of any
/// other type rather than writing it as a property bag that reads back as a default.
/// </summary>
internal sealed class EstimableJsonConverters : JsonConverterFactory
{
    /// <summary>The converter of <typeparamref name="T"/>, or null when the library has none.</summary>
    internal static JsonConverter<T>? For<T>()
    {
        object? converter = typeof(T) == typeof(Money) ? MoneyJsonConverter.Instance
            : typeof(T) == typeof(UnitCount) ? UnitCountJsonConverter.Instance
            : typeof(T) == typeof(PricePerUnit) ? PricePerUnitJsonConverter.Instance
            : typeof(T) == typeof(TokenRate) ? TokenRateJsonConverter.Instance
            : typeof(T) == typeof(TokenVolumeOver) ? TokenVolumeOverJsonConverter.Instance
            : typeof(T) == typeof(ActiveUsers) ? ActiveUsersJsonConverter.Instance
            : typeof(T) == typeof(Share) ? ShareJsonConverter.Instance
            : null;
        return (JsonConverter<T>?)converter;
    }

    /// <summary>The estimate converter of <typeparamref name="T"/>.</summary>
    /// <exception cref="NotSupportedException">The library has no converter for <typeparamref name="T"/>.</exception>
    internal static EstimateJsonConverter<T> Estimate<T>()
        where T : struct, IEstimable<T> =>
        new(For<T>() ?? throw Unsupported(typeof(T)));

    internal static NotSupportedException Unsupported(Type quantity) => new(JsonRead.Invariant(
        $"No JSON converter for estimates of {quantity.Name}: the library writes estimates and claims of Money, UnitCount, PricePerUnit, TokenRate, TokenVolumeOver, ActiveUsers and Share."));

    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Estimate<>);

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(typeToConvert);
        var quantity = typeToConvert.GetGenericArguments()[0];
        return quantity == typeof(Money) ? Estimate<Money>()
            : quantity == typeof(UnitCount) ? Estimate<UnitCount>()
            : quantity == typeof(PricePerUnit) ? Estimate<PricePerUnit>()
            : quantity == typeof(TokenRate) ? Estimate<TokenRate>()
            : quantity == typeof(TokenVolumeOver) ? Estimate<TokenVolumeOver>()
            : quantity == typeof(ActiveUsers) ? Estimate<ActiveUsers>()
            : quantity == typeof(Share) ? Estimate<Share>()
            : throw Unsupported(quantity);
    }
}
