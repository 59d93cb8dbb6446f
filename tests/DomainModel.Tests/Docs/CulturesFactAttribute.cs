using System;
using System.Globalization;
using Xunit;

namespace DomainModel.Tests.Docs;

/// <summary>
/// A fact that needs ICU culture data (it-IT separators): skipped when the runtime runs with
/// DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1, where every culture behaves as the invariant one.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CulturesFactAttribute : FactAttribute
{
    public CulturesFactAttribute()
    {
        if (!HasCultureData())
        {
            Skip = "needs ICU culture data (globalization-invariant mode is on)";
        }
    }

    private static bool HasCultureData()
    {
        try
        {
            return CultureInfo.GetCultureInfo("it-IT").NumberFormat.NumberDecimalSeparator == ",";
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
