using System;
using System.Globalization;
using System.Linq;
using DomainModel;
using DomainModel.Text;
using FsCheck;
using FsCheck.Fluent;

namespace DomainModel.Tests.Infrastructure;

/// <summary>
/// FsCheck arbitraries for quantities and news text. Token volumes are whole numbers of up to 20 digits with trailing
/// zeros of every length (so every unit gets whole and fractional values); figures for the text formatter have up to
/// 9 significant digits and up to 3 decimals, scaled by 10^0 … 10^19.
/// </summary>
public static class QuantityArbitraries
{
    public static readonly CultureInfo[] Cultures =
    [
        TestCultures.Get("it-IT"), TestCultures.Get("en-US"), TestCultures.Get("de-DE"), CultureInfo.InvariantCulture,
    ];

    public static readonly TokenVolumeUnit[] Units = Enum.GetValues<TokenVolumeUnit>();

    public static readonly ScalePolicy[] Policies = Enum.GetValues<ScalePolicy>();

    public static Gen<decimal> WholeTokensGen =>
        from significant in Gen.Choose(0, 999_999_999)
        from more in Gen.Choose(0, 99_999)
        from zeros in Gen.Choose(0, 6)
        select ((significant * 100_000m) + more) * Pow10(zeros);

    public static Gen<TokenVolumeUnit> UnitGen => Gen.Elements(Units);

    public static Arbitrary<TokenVolume> TokenVolumeArb() => Arb.From(
        from tokens in WholeTokensGen
        from unit in UnitGen
        select TokenVolume.FromTokens(tokens).ToUnit(unit));

    public static Arbitrary<TokenVolumeUnit> TokenVolumeUnitArb() => Arb.From(UnitGen);

    public static Arbitrary<CultureInfo> CultureArb() => Arb.From(Gen.Elements(Cultures));

    public static Arbitrary<ScalePolicy> ScalePolicyArb() => Arb.From(Gen.Elements(Policies));

    public static Arbitrary<NewsLanguage> NewsLanguageArb() => Arb.From(Gen.Elements(NewsLanguage.English, NewsLanguage.Italian));

    /// <summary>A non-negative figure: up to 9 significant digits, up to 3 decimals, times 10^0 … 10^19.</summary>
    public static Gen<decimal> FigureGen =>
        from digits in Gen.Choose(0, 999_999_999)
        from decimals in Gen.Choose(0, 3)
        from exponent in Gen.Choose(0, 19)
        select digits / Pow10(decimals) * Pow10(exponent);

    public static Arbitrary<decimal> FigureArb() => Arb.From(FigureGen);

    public static Gen<long> CountGen => Gen.Choose(0, 1_000_000).Select(x => (long)x);

    public static decimal Pow10(int exponent) =>
        Enumerable.Repeat(10m, exponent).Aggregate(1m, (a, b) => a * b);
}
