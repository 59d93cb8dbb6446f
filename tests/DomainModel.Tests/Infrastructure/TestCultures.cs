using System;
using System.Globalization;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Infrastructure;

/// <summary>
/// Cultures for tests. With <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c> (or without ICU data) no culture but the
/// invariant one exists: <see cref="Get"/> then returns the invariant culture so that class initialisers still run,
/// and the tests that need a real culture carry <see cref="IcuFactAttribute"/>, <see cref="IcuTheoryAttribute"/> or
/// <see cref="IcuPropertyAttribute"/> and are skipped.
/// </summary>
public static class TestCultures
{
    /// <summary>Whether real cultures (ICU data) are available: it-IT writes decimals with a comma.</summary>
    public static bool Available { get; } = Probe();

    /// <summary>Why ICU tests are skipped.</summary>
    public const string SkipReason = "Needs ICU culture data (skipped with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1).";

    /// <summary>The named culture, or the invariant culture when cultures are not available.</summary>
    public static CultureInfo Get(string name) => Available ? CultureInfo.GetCultureInfo(name) : CultureInfo.InvariantCulture;

    private static bool Probe()
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

/// <summary>A fact that needs ICU cultures; skipped when they are not available.</summary>
public sealed class IcuFactAttribute : FactAttribute
{
    public IcuFactAttribute()
    {
        if (!TestCultures.Available)
        {
            Skip = TestCultures.SkipReason;
        }
    }
}

/// <summary>A theory that needs ICU cultures; skipped when they are not available.</summary>
public sealed class IcuTheoryAttribute : TheoryAttribute
{
    public IcuTheoryAttribute()
    {
        if (!TestCultures.Available)
        {
            Skip = TestCultures.SkipReason;
        }
    }
}

/// <summary>An FsCheck property that needs ICU cultures; skipped when they are not available.</summary>
public sealed class IcuPropertyAttribute : PropertyAttribute
{
    public IcuPropertyAttribute()
    {
        if (!TestCultures.Available)
        {
            Skip = TestCultures.SkipReason;
        }
    }
}
