using System;
using System.Globalization;
using UnitsNet;

namespace DomainModel;

/// <summary>
/// The UnitsNet metadata of <see cref="TokenVolume"/>: a private <see cref="UnitAbbreviationsCache"/> and
/// <see cref="UnitParser"/> built once for it, never UnitsNet's global <see cref="UnitAbbreviationsCache.Default"/>.
/// </summary>
/// <remarks>
/// <see cref="UnitAbbreviationsCache.CreateEmpty"/> gives a cache with its own, empty quantity lookup, so mapping the
/// token units into it changes nothing that a user of UnitsNet can see. The cache is filled in the static
/// initializer and only read afterwards (UnitsNet's cache is a concurrent dictionary), so it is thread-safe.
/// Abbreviations are registered for the invariant culture, which UnitsNet also uses as the fallback for every
/// other culture: token abbreviations do not depend on the language.
/// </remarks>
internal static class TokenVolumeUnits
{
    internal static readonly TokenVolumeUnit[] All =
        [TokenVolumeUnit.Token, TokenVolumeUnit.Thousand, TokenVolumeUnit.Million, TokenVolumeUnit.Billion, TokenVolumeUnit.Trillion];

    internal static readonly UnitAbbreviationsCache Abbreviations = CreateCache();

    internal static readonly UnitParser Parser = new(Abbreviations);

    internal static void MapAbbreviations(UnitAbbreviationsCache cache)
    {
        var culture = CultureInfo.InvariantCulture;
        cache.MapUnitToAbbreviation(TokenVolumeUnit.Token, culture, "tokens", "token");
        cache.MapUnitToAbbreviation(TokenVolumeUnit.Thousand, culture, "K tokens", "k tokens", "thousand tokens");
        cache.MapUnitToAbbreviation(TokenVolumeUnit.Million, culture, "M tokens", "mn tokens", "million tokens");
        cache.MapUnitToAbbreviation(TokenVolumeUnit.Billion, culture, "B tokens", "bn tokens", "billion tokens");
        cache.MapUnitToAbbreviation(TokenVolumeUnit.Trillion, culture, "T tokens", "tn tokens", "trillion tokens");
    }

    internal static bool IsDefined(TokenVolumeUnit unit) => unit is >= TokenVolumeUnit.Token and <= TokenVolumeUnit.Trillion;

    /// <summary>Tokens per unit: an exact power of ten.</summary>
    internal static decimal Factor(TokenVolumeUnit unit) => unit switch
    {
        TokenVolumeUnit.Token => 1m,
        TokenVolumeUnit.Thousand => 1_000m,
        TokenVolumeUnit.Million => 1_000_000m,
        TokenVolumeUnit.Billion => 1_000_000_000m,
        TokenVolumeUnit.Trillion => 1_000_000_000_000m,
        _ => throw UndefinedUnit(unit, nameof(unit)),
    };

    internal static string Abbreviation(TokenVolumeUnit unit) =>
        Abbreviations.GetDefaultAbbreviation(unit, CultureInfo.InvariantCulture);

    internal static string AllAbbreviations() =>
        string.Join(", ", Abbreviations.GetAllUnitAbbreviationsForQuantity(typeof(TokenVolumeUnit), CultureInfo.InvariantCulture));

    internal static ArgumentOutOfRangeException UndefinedUnit(TokenVolumeUnit unit, string paramName) =>
        Utility.Preconditions.OutOfRange(paramName, unit, FormattableString.Invariant($"{(int)unit} is not a {nameof(TokenVolumeUnit)}: allowed are Token (1), Thousand (2), Million (3), Billion (4) and Trillion (5)."));

    /// <summary>Removes trailing zeros (1.500 → 1.5, 50.0 → 50) without changing the value.</summary>
    internal static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    private static UnitAbbreviationsCache CreateCache()
    {
        var cache = UnitAbbreviationsCache.CreateEmpty();
        MapAbbreviations(cache);
        return cache;
    }
}
