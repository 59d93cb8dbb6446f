using System;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Exchange;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Hardening;

/// <summary>
/// An argument exception names the parameter of the public member that was called (for an operator, <c>left</c> or
/// <c>right</c> as the operator names them; for a named twin such as <c>Add(other)</c>, <c>other</c>), never a
/// parameter of a helper inside the library. The sweep (<c>DocumentedExceptionSweepTests</c>) checks every member;
/// these are the most used ones, each with the name written out.
/// </summary>
public sealed class ParameterNameTests
{
    private static readonly Money Dollar = new(1m, Currency.USD);
    private static readonly Money Euro = new(1m, Currency.EUR);

    [Fact]
    public void MoneyComparisonOperators_OfTwoCurrencies_NameRight()
    {
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Dollar < Euro).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Dollar > Euro).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Dollar <= Euro).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Dollar >= Euro).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Money.Min(Dollar, Euro)).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Money.Max(Dollar, Euro)).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => Dollar.CompareTo(Euro)).ParamName);
    }

    [Fact]
    public void MoneyArithmetic_OfTwoCurrencies_NamesTheCalledMembersParameter()
    {
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Dollar + Euro).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Dollar - Euro).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Dollar / Euro).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => Dollar.Add(Euro)).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => Dollar.Subtract(Euro)).ParamName);
        Assert.Equal("divisor", Assert.Throws<MismatchException>(() => Dollar.Divide(Euro)).ParamName);
    }

    [Fact]
    public void UnitCount_OfTwoKindsOrTooLarge_NamesTheCalledMembersParameter()
    {
        var gpus = new UnitCount(1, new CountKind("GPU"));
        var cpus = new UnitCount(2, new CountKind("CPU"));
        var moreGpus = new UnitCount(2, new CountKind("GPU"));
        Assert.Equal("right", Assert.Throws<MismatchException>(() => gpus < cpus).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => gpus.CompareTo(cpus)).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => gpus.Add(cpus)).ParamName);
        Assert.Equal("right", Assert.Throws<ArgumentOutOfRangeException>(() => gpus - moreGpus).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentOutOfRangeException>(() => gpus.Subtract(moreGpus)).ParamName);
        var cpuPrice = new PricePerUnit(Dollar, new CountKind("CPU"));
        Assert.Equal("count", Assert.Throws<MismatchException>(() => cpuPrice.Multiply(gpus)).ParamName);
    }

    [Fact]
    public void TokenVolume_RefusedFactorOrSubtrahend_NamesTheCalledMembersParameter()
    {
        var one = TokenVolume.FromTrillions(1);
        var two = TokenVolume.FromTrillions(2);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => one.Multiply(-1m)).ParamName);
        Assert.Equal("right", Assert.Throws<ArgumentOutOfRangeException>(() => one * -1m).ParamName);
        Assert.Equal("left", Assert.Throws<ArgumentOutOfRangeException>(() => -1m * one).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentOutOfRangeException>(() => one.Subtract(two)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentOutOfRangeException>(() => TokenRate.PerDay(one).Subtract(TokenRate.PerDay(two))).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => TokenRate.PerDay(one).Add(TokenRate.PerMonth(one))).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => TokenRate.PerDay(one) < TokenRate.PerMonth(one)).ParamName);
    }

    [Fact]
    public void FiscalPeriodsOfTwoCalendars_NameTheCalledMembersParameter()
    {
        var microsoft = new FiscalYear(FiscalCalendars.Microsoft, 2025);
        var nvidia = new FiscalYear(FiscalCalendars.Nvidia, 2025);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => microsoft < nvidia).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => microsoft.CompareTo(nvidia)).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => new FiscalQuarter(microsoft, 1) >= new FiscalQuarter(nvidia, 1)).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => new FiscalQuarter(microsoft, 1).CompareTo(new FiscalQuarter(nvidia, 1))).ParamName);
    }

    // ---- The estimate factories, Estimate<T>, EstimateMath, ClaimChecks, exchange rates and shares: each refusal names
    // the parameter of the member called and the message the offending value (worked out by hand in each case).

    private static readonly CountKind Gpu = new("GPU");
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    private static Claim<T> ClaimOf<T>(string id, string period, Estimate<T> estimate)
        where T : struct, IEstimable<T> =>
        new(id, "s", new Quote("w", 0), SourceChain.Of("t"), ResolvedPeriod.Parse(period, AsOf), estimate);

    [Fact]
    public void TypedEstimateFactories_NameTheirOwnParameter_AndTheRefusedBound()
    {
        // 0 units rounded to 10 admit [-5, 5]: -5 is no count, and the unit made it so.
        var rounded = Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.Rounded(UnitCount.Zero(Gpu), 10m));
        Assert.Equal("unit", rounded.ParamName);
        Assert.Contains("-5", rounded.Message, StringComparison.Ordinal);
        Assert.Contains("[-5, 5]", rounded.Message, StringComparison.Ordinal);

        // About 0 units to 1 admits [-1, 1].
        var about = Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.About(UnitCount.Zero(Gpu), 1m));
        Assert.Equal("unit", about.ParamName);
        Assert.Contains("-1", about.Message, StringComparison.Ordinal);

        // Nearly 1 unit to 0.5 admits [0.5, 1): no whole count.
        var nearly = Assert.Throws<ArgumentException>(() => Estimate.Nearly(new UnitCount(1, Gpu), 0.5m));
        Assert.Equal("unit", nearly.ParamName);
        Assert.Contains("0.5", nearly.Message, StringComparison.Ordinal);

        var of = Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.Of(UnitCount.Zero(Gpu), Estimate.Between(-7m, 5m)));
        Assert.Equal("interval", of.ParamName);
        Assert.Contains("-7", of.Message, StringComparison.Ordinal);

        var between = Assert.Throws<MismatchException>(() => Estimate.Between(Dollar, new Money(2m, Currency.JPY)));
        Assert.Equal("high", between.ParamName);
        Assert.Contains("JPY", between.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecimalEstimateFactories_NameTheirOwnParameter_AndTheRefusedValue()
    {
        var derived = Assert.Throws<ArgumentException>(() => Estimate.Derived(2m, 1.25m));
        Assert.Equal("upper", derived.ParamName);
        Assert.Contains("1.25", derived.Message, StringComparison.Ordinal);

        var number = NewsNumberParser.Parse("circa 23 miliardi", NewsLanguage.Italian);
        var parsed = Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.FromParsed(number, 1.5m));
        Assert.Equal("aboutTolerance", parsed.ParamName);
        Assert.Contains("1.5", parsed.Message, StringComparison.Ordinal);

        // The public About names its own parameter still.
        Assert.Equal("relativeTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.About(23m, 1m, 1.5m)).ParamName);
    }

    [Fact]
    public void TypedEstimateContains_OfAnotherUnit_NamesItsOwnParameter()
    {
        var dollars = Estimate.Exactly(Dollar);
        var yen = new Money(3m, Currency.JPY);
        var value = Assert.Throws<MismatchException>(() => dollars.Contains(yen));
        Assert.Equal("value", value.ParamName);
        Assert.Contains("JPY", value.Message, StringComparison.Ordinal);
        Assert.Equal("inner", Assert.Throws<MismatchException>(() => dollars.Contains(Estimate.Exactly(yen))).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => dollars.Compare(Estimate.Exactly(yen))).ParamName);
    }

    [Fact]
    public void EstimateMath_NamesItsOwnParameters()
    {
        var negative = Estimate.Between(new Money(-1m, Currency.USD), Dollar);
        var zero = Estimate.Exactly(new Money(0m, Currency.USD));
        var yen = Estimate.Exactly(new Money(3m, Currency.JPY));

        var part = Assert.Throws<ArgumentException>(() => EstimateMath.Ratio(negative, Estimate.Exactly(Dollar)));
        Assert.Equal("part", part.ParamName);
        Assert.Contains("[-1, 1]", part.Message, StringComparison.Ordinal);
        Assert.Equal("whole", Assert.Throws<ArgumentException>(() => EstimateMath.Ratio(Estimate.Exactly(Dollar), zero)).ParamName);
        Assert.Equal("whole", Assert.Throws<MismatchException>(() => EstimateMath.Ratio(Estimate.Exactly(Dollar), yen)).ParamName);

        // Growth is later ÷ earlier: the later figure is the part, the earlier the whole.
        Assert.Equal("later", Assert.Throws<ArgumentException>(() => EstimateMath.Growth(Estimate.Exactly(Dollar), negative)).ParamName);
        Assert.Equal("earlier", Assert.Throws<ArgumentException>(() => EstimateMath.Growth(zero, Estimate.Exactly(Dollar))).ParamName);
        Assert.Equal("earlier", Assert.Throws<MismatchException>(() => EstimateMath.Growth(yen, Estimate.Exactly(Dollar))).ParamName);

        // 1 unit − 3 units admits only -2: the subtrahend is too large.
        var difference = Assert.Throws<ArgumentOutOfRangeException>(() => EstimateMath.Difference(Estimate.Exactly(new UnitCount(1, Gpu)), Estimate.Exactly(new UnitCount(3, Gpu))));
        Assert.Equal("earlier", difference.ParamName);
        Assert.Contains("-2", difference.Message, StringComparison.Ordinal);
        Assert.Equal("earlier", Assert.Throws<MismatchException>(() => EstimateMath.Difference(Estimate.Exactly(Dollar), yen)).ParamName);
    }

    [Fact]
    public void ClaimChecks_NameTheirOwnParameters()
    {
        var dollars2025 = ClaimOf("a", "nel 2025", Estimate.Exactly(Dollar));
        var yen2026 = ClaimOf("b", "nel 2026", Estimate.Exactly(new Money(3m, Currency.JPY)));
        var negative = ClaimOf("c", "nel 2025", Estimate.Between(new Money(-2m, Currency.USD), Dollar));
        var zero = ClaimOf("d", "nel 2025", Estimate.Exactly(new Money(0m, Currency.USD)));

        // Growth later ÷ earlier: the unit check names the earlier claim, in Increase and Decrease alike.
        var increase = Assert.Throws<MismatchException>(() => ClaimChecks.Increase(dollars2025, yen2026));
        Assert.Equal("earlier", increase.ParamName);
        Assert.Contains("JPY", increase.Message, StringComparison.Ordinal);
        Assert.Equal("earlier", Assert.Throws<MismatchException>(() => ClaimChecks.Decrease(dollars2025, yen2026)).ParamName);

        var exceeds = Assert.Throws<ArgumentException>(() => ClaimChecks.Exceeds(negative, dollars2025));
        Assert.Equal("subject", exceeds.ParamName);
        Assert.Contains("[-2, 1]", exceeds.Message, StringComparison.Ordinal);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => ClaimChecks.Below(dollars2025, zero)).ParamName);
        Assert.Equal("baseline", Assert.Throws<MismatchException>(() => ClaimChecks.Multiple(dollars2025, yen2026, 2m, 0.1m)).ParamName);
        Assert.Equal("baseline", Assert.Throws<ArgumentException>(() => ClaimChecks.PercentAbove(dollars2025, zero, Estimate.Exactly(5m))).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => ClaimChecks.Approaches(dollars2025, zero, 0.2m)).ParamName);
        Assert.Equal("second", Assert.Throws<MismatchException>(() => ClaimChecks.Consistent(dollars2025, yen2026)).ParamName);
        Assert.Equal("whole", Assert.Throws<ArgumentException>(() => ClaimChecks.FitsWithin(dollars2025, zero)).ParamName);
        Assert.Equal("whole", Assert.Throws<ArgumentException>(() => ClaimChecks.IsAboutFraction(dollars2025, zero, 0.5m, 0.1m)).ParamName);

        var range = new ExchangeRateRange(Currency.USD, Currency.CNY, 7m, 7.2m, new RateValidity(AsOf), "t");
        var pair = Assert.Throws<ArgumentException>(() => ClaimChecks.EquivalentAfterConversion(dollars2025, yen2026, range));
        Assert.Equal("range", pair.ParamName);
        Assert.Contains("USD/CNY", pair.Message, StringComparison.Ordinal);

        // The checks between a volume and a rate name their own null claim (not OverSpan's 'rate').
        var week = new DateRange(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 7));
        var volume = ClaimOf("v", "nel 2025", Estimate.Exactly(new TokenVolumeOver(TokenVolume.FromTrillions(7), week)));
        var rate = ClaimOf("r", "nel 2025", Estimate.Exactly(TokenRate.PerDay(TokenVolume.FromTrillions(1))));
        Assert.Equal("whole", Assert.Throws<ArgumentNullException>(() => ClaimChecks.PartOf(volume, (Claim<TokenRate>)null!, MonthLength.ThirtyDays)).ParamName);
        Assert.Equal("part", Assert.Throws<ArgumentNullException>(() => ClaimChecks.PartOf((Claim<TokenRate>)null!, volume, MonthLength.ThirtyDays)).ParamName);
        Assert.Equal("earlier", Assert.Throws<ArgumentNullException>(() => ClaimChecks.Increase((Claim<TokenRate>)null!, volume, MonthLength.ThirtyDays)).ParamName);
        Assert.Equal("later", Assert.Throws<ArgumentNullException>(() => ClaimChecks.Increase(volume, (Claim<TokenRate>)null!, MonthLength.ThirtyDays)).ParamName);
        Assert.Equal("whole", Assert.Throws<ArgumentNullException>(() => ClaimChecks.IsAboutFraction(volume, (Claim<TokenRate>)null!, 0.5m, 0.1m, MonthLength.ThirtyDays)).ParamName);
        Assert.Equal("rate", Assert.Throws<ArgumentNullException>(() => ClaimChecks.OverSpan(null!, week, MonthLength.ThirtyDays)).ParamName);
        Assert.NotNull(ClaimChecks.PartOf(volume, rate, MonthLength.ThirtyDays));
    }

    [Fact]
    public void ExchangeRatesAndShares_NameTheirOwnParameters()
    {
        var day = new RateValidity(AsOf);
        var usdCny = new ExchangeRate(Currency.USD, Currency.CNY, 7m, day, RateKind.Spot, "t");
        var cross = Assert.Throws<ArgumentException>(() => ExchangeRate.Cross(usdCny, usdCny));
        Assert.Equal("second", cross.ParamName);
        Assert.Contains("USD/CNY", cross.Message, StringComparison.Ordinal);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => usdCny.CrossWith(usdCny)).ParamName);

        var min = Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRateRange(Currency.USD, Currency.CNY, 0m, 7m, day, "t"));
        Assert.Equal("min", min.ParamName);
        Assert.Contains("Rate value 0 ", min.Message, StringComparison.Ordinal);
        Assert.Equal("max", Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRateRange(Currency.USD, Currency.CNY, 7m, 2E12m, day, "t")).ParamName);
        Assert.Equal("max", Assert.Throws<ArgumentException>(() => new ExchangeRateRange(Currency.USD, Currency.CNY, 7m, 6m, day, "t")).ParamName);
        Assert.Equal("quote", Assert.Throws<ArgumentException>(() => new ExchangeRateRange(Currency.USD, Currency.USD, 1m, 1m, day, "t")).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => new ExchangeRateRange(Currency.USD, Currency.CNY, 7m, 7m, day, " ")).ParamName);
        Assert.Equal("ECB", new ExchangeRateRange(Currency.USD, Currency.CNY, 7m, 7m, day, " ECB ").Source);

        // Two amounts in one currency imply no rate; 1 USD for 1E13 CNY implies one far beyond 1E12.
        var implied = Assert.Throws<ArgumentException>(() => ExchangeRateRange.Implied(Estimate.Exactly(Dollar), Estimate.Exactly(Dollar), day, "t"));
        Assert.Equal("quoteAmount", implied.ParamName);
        Assert.Contains("USD/USD", implied.Message, StringComparison.Ordinal);
        Assert.Equal("quoteAmount", Assert.Throws<ArgumentOutOfRangeException>(() => ExchangeRateRange.Implied(Estimate.Exactly(Dollar), Estimate.Exactly(new Money(1E13m, Currency.CNY)), day, "t")).ParamName);

        var average = Assert.Throws<ArgumentException>(() => ExchangeRateTable.Empty.GetAverageRate(Currency.USD, Currency.CNY, AsOf, new DateOnly(2025, 12, 1)));
        Assert.Equal("last", average.ParamName);
        Assert.Contains("2025-12-01", average.Message, StringComparison.Ordinal);

        // MaxValue of 0.5 is 2 × MaxValue: no decimal holds it.
        var share = Assert.Throws<ArgumentOutOfRangeException>(() => Share.Of(new Money(decimal.MaxValue, Currency.USD), new Money(0.5m, Currency.USD)));
        Assert.Equal("part", share.ParamName);
        Assert.Contains("79228162514264337593543950335", share.Message, StringComparison.Ordinal);
        Assert.Equal(0.5m, Share.Of(new Money(0.25m, Currency.USD), new Money(0.5m, Currency.USD)).Fraction);
    }
}
