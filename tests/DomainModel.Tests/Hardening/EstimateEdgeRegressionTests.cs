using System;
using DomainModel.Claims;
using DomainModel.Exchange;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Hardening;

/// <summary>
/// The reproducers of the estimate and exactness mechanisms found by the reliability round (bounds rounded inwards,
/// implied rates looser than documented, text that throws, spurious overflows, the daily → monthly → daily promise),
/// each with its expected result worked out by hand.
/// </summary>
public sealed class EstimateEdgeRegressionTests
{
    private static readonly RateValidity Day = new(new DateOnly(2025, 12, 5));

    [Fact]
    public void Rounded_OfTenToThe28_ByAThousandth_KeepsBothBoundsOutside()
    {
        // 1E+28 ± 0.0005 needs 33 digits; decimal holds whole numbers there, so the bounds widen to the next integers.
        var e = Estimate.Rounded(10000000000000000000000000000m, 0.001m);
        Assert.Equal(9999999999999999999999999999m, e.Lower);
        Assert.Equal(10000000000000000000000000001m, e.Upper);
    }

    [Fact]
    public void RoundedMoney_ByHalf_WidensToTheFinestScaleOutwards()
    {
        // ±0.25 on a 28-digit amount: one decimal fits, so [..54.75, ..55.25] widens to [..54.7, ..55.3].
        var e = Estimate.Rounded(new Money(4660480147897902211384938255m, Currency.USD), 0.5m);
        Assert.Equal(4660480147897902211384938254.7m, e.Lower!.Value.Amount);
        Assert.Equal(4660480147897902211384938255.3m, e.Upper!.Value.Amount);
    }

    [Fact]
    public void Rounded_ByTheSmallestUnit_DoesNotCollapse()
    {
        // Half of 1E-28 is not a decimal: taken as 1E-28, never as 0.
        var e = Estimate.Rounded(1m, 0.0000000000000000000000000001m);
        Assert.Equal(0.9999999999999999999999999999m, e.Lower);
        Assert.Equal(1.0000000000000000000000000001m, e.Upper);
    }

    [Fact]
    public void Difference_WhoseExactValueNeedsMoreDigits_WidensOutwards()
    {
        // 0.005 − 1E+28 = −9999999999999999999999999999.995: decimal holds only whole numbers there.
        var d = EstimateMath.Difference(Estimate.Exactly(new Money(0.005m, Currency.CNY)), Estimate.Exactly(new Money(10000000000000000000000000000m, Currency.CNY)));
        Assert.Equal(-10000000000000000000000000000m, d.Interval.Lower);
        Assert.Equal(-9999999999999999999999999999m, d.Interval.Upper);
    }

    [Fact]
    public void Difference_OfTheQuotedReproducer_IsExact()
    {
        // The literal 100000000000000000000000000.005 has 30 digits: C# stores it as 100000000000000000000000000.00,
        // so the exact difference of the decimals is −99999999999999999999999999.50 and a point is right.
        decimal earlier = 100000000000000000000000000.005m;
        Assert.Equal(100000000000000000000000000.00m, earlier);
        var d = EstimateMath.Difference(Estimate.Exactly(new Money(0.5m, Currency.CNY)), Estimate.Exactly(new Money(earlier, Currency.CNY)));
        Assert.Equal(-99999999999999999999999999.50m, d.Interval.Lower);
        Assert.Equal(-99999999999999999999999999.50m, d.Interval.Upper);
    }

    [Fact]
    public void Implied_IsTheExactBoundsRoundedOutwardsTo20Digits()
    {
        // 51.000000000000000000000000001 / 3 = 17.000000000000000000000000000333…: min 17, max 17.000000000000000001.
        var range = ExchangeRateRange.Implied(
            Estimate.Exactly(new Money(3m, Currency.USD)),
            Estimate.Exactly(new Money(51.000000000000000000000000001m, Currency.CNY)),
            Day,
            "test");
        Assert.Equal(17m, range.Min);
        Assert.Equal(17.000000000000000001m, range.Max);
    }

    [Fact]
    public void Implied_NearOne_StaysNearOne()
    {
        // 1.0000000000000000000000000001 / 1 rounded down to 20 digits is 1, never 0 ("Rate value 0 is not positive").
        var range = ExchangeRateRange.Implied(
            Estimate.Exactly(new Money(1.0000000000000000000000000001m, Currency.USD)),
            Estimate.Exactly(new Money(1m, Currency.CNY)),
            Day,
            "test");
        Assert.Equal(0.99999999999999999999m, range.Min);
        Assert.Equal(1m, range.Max);
    }

    [Fact]
    public void Implied_BeyondDecimal_IsTheDocumentedArgumentOutOfRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ExchangeRateRange.Implied(
            Estimate.Exactly(new Money(0.0000000000000000000000000001m, Currency.USD)),
            Estimate.Exactly(new Money(decimal.MaxValue, Currency.CNY)),
            Day,
            "test"));
        Assert.Contains("1E-12 to 1E+12", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ExchangeRateRange.Implied(
            Estimate.Exactly(new Money(decimal.MaxValue, Currency.USD)),
            Estimate.Exactly(new Money(0.0000000000000000000000000001m, Currency.CNY)),
            Day,
            "test"));
    }

    [Fact]
    public void ToString_OfMaxValue_DoesNotThrow()
    {
        Assert.Equal(
            "Exact 79,228,162,514,264,337.594 trillion in 79,228,162,514,264,337.594 trillion USD",
            Estimate.Exactly(new Money(decimal.MaxValue, Currency.USD)).ToString());
        Assert.Equal(
            "Exact -79,228,162,514,264,337.594 trillion in -79,228,162,514,264,337.594 trillion USD",
            Estimate.Exactly(new Money(decimal.MinValue, Currency.USD)).ToString());
    }

    [Fact]
    public void Percent_OfAHugeRatio_IsWrittenExactly()
    {
        // MaxValue × 100 is beyond decimal: the digits are shifted as text.
        var ratio = EstimateMath.Ratio(Estimate.Exactly(new Money(decimal.MaxValue, Currency.USD)), Estimate.Exactly(new Money(1m, Currency.USD)));
        Assert.Equal("Derived 7922816251426433759354395033500 % in 7922816251426433759354395033500 %", ratio.ToString());
        Assert.Equal("+7922816251426433759354395033400 %", EstimateMath.DescribeGrowth(ratio));
        Assert.Equal("7,922,816,251,426,433,759,354,395,033,500.0%", ratio.Interval.ToNewsString(NumberStyle.NewsPercent));
    }

    [Fact]
    public void RatioAndGrowth_OfEqualMaxValues_AreOne()
    {
        var max = Estimate.Exactly(new Money(decimal.MaxValue, Currency.USD));
        Assert.Equal(1m, EstimateMath.Ratio(max, max).Interval.Lower);
        Assert.Equal(1m, EstimateMath.Ratio(max, max).Interval.Upper);
        Assert.Equal("+0 %", EstimateMath.DescribeGrowth(EstimateMath.Growth(max, max)));
    }

    [Fact]
    public void ClaimCheck_OfMaxValues_WritesItsExplanation()
    {
        var source = SourceChain.Of("Made-up test source");
        var earlier = new Claim<Money>("a", "revenue", new Quote("a", 0), source, ResolvedPeriod.Parse("nel 2025", new DateOnly(2026, 1, 31)), Estimate.Exactly(new Money(decimal.MaxValue, Currency.USD)));
        var later = new Claim<Money>("b", "revenue", new Quote("b", 0), source, ResolvedPeriod.Parse("nel 2026", new DateOnly(2026, 12, 31)), Estimate.Exactly(new Money(decimal.MaxValue, Currency.USD)));
        var check = ClaimChecks.Increase(earlier, later);
        Assert.Equal(Verdict.Inconclusive, check.Verdict); // equal figures: no increase, no decrease
        Assert.Contains("change +0 %", check.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_ByHalf_OfA29DigitAmount_GivesTheExactWholeResult()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 0.5m, Day, RateKind.Spot, "test");
        var usd = rate.Convert(new Money(13204693752377389598923991722m, Currency.CNY), MidpointRounding.AwayFromZero);
        Assert.Equal(new Money(26409387504754779197847983444m, Currency.USD), usd);
        Assert.Equal(26409387504754779197847983444m, usd.Amount);
    }

    [Fact]
    public void Convert_OfAnOverEstimate_ByARange_KeepsItsOpenLowerBound()
    {
        var range = new ExchangeRateRange(Currency.USD, Currency.CNY, 0.5m, 0.5m, Day, "test");
        var usd = range.Convert(Estimate.Over(new Money(13204693752377389598923991722m, Currency.CNY)));
        Assert.Equal(26409387504754779197847983444m, usd.Interval.Lower);
        Assert.False(usd.Interval.LowerInclusive);
        Assert.Null(usd.Interval.Upper);
    }

    [Fact]
    public void Share_ToPercent_OfAHugeRatio_IsExact()
    {
        Assert.Equal(32500000000000000000000000000m, new Share(0.78m, 0.0000000000000000000000000024m).ToPercent(2, MidpointRounding.ToEven));
    }

    [Fact]
    public void DailyToMonthlyToDaily_WithADirectedMode_CanLoseAToken_AsDocumented()
    {
        // 1 token a day is 30.436875 a Gregorian month; ToZero gives 30, and 30 ÷ 30.436875 = 0.9856… gives 0 back.
        var daily = TokenRate.PerDay(TokenVolume.FromTokens(1m));
        var back = daily.ToMonthly(MonthLength.GregorianAverage, MidpointRounding.ToZero).ToDaily(MonthLength.GregorianAverage, MidpointRounding.ToZero);
        Assert.Equal(0m, back.Volume.Tokens);
        var nearest = daily.ToMonthly(MonthLength.GregorianAverage, MidpointRounding.ToZero).ToDaily(MonthLength.GregorianAverage, MidpointRounding.ToEven);
        Assert.Equal(1m, nearest.Volume.Tokens);
    }
}
