using System;
using DomainModel.Claims;
using DomainModel;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Claims;

/// <summary>Decrease, below, part of, multiple and percent above/below: laws against their mirror checks, examples worked out by hand, bad input.</summary>
[Properties(MaxTest = 200)]
public sealed class NewClaimCheckTests
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    private static Claim<Money> Cny(string id, decimal low, decimal high, string period = "nel 2025") =>
        new(id, "s", new Quote("words", 0), SourceChain.Of("test"), ResolvedPeriod.Parse(period, AsOf), Estimate.Between(new Money(low, Currency.CNY), new Money(high, Currency.CNY)));

    private static Claim<Money> Exact(string id, decimal value, string period = "nel 2025") => Cny(id, value, value, period);

    private static (decimal Low, decimal High) Order(PositiveInt a, PositiveInt b) => (Math.Min(a.Get, b.Get), Math.Max(a.Get, b.Get));

    private static Verdict Mirror(Verdict v) => v switch { Verdict.Agrees => Verdict.Disagrees, Verdict.Disagrees => Verdict.Agrees, _ => Verdict.Inconclusive };

    [Property]
    public bool Below_IsExceedsTheOtherWayRound(PositiveInt a, PositiveInt b, PositiveInt c, PositiveInt d)
    {
        var (xl, xh) = Order(a, b);
        var (yl, yh) = Order(c, d);
        var x = Cny("x", xl, xh);
        var y = Cny("y", yl, yh);
        var below = ClaimChecks.Below(x, y);
        return below.Verdict == ClaimChecks.Exceeds(y, x).Verdict && below.ComputedInterval == EstimateMath.Ratio(x.Estimate, y.Estimate).Interval;
    }

    [Property]
    public bool Decrease_MirrorsIncrease(PositiveInt a, PositiveInt b, PositiveInt c, PositiveInt d)
    {
        var (el, eh) = Order(a, b);
        var (ll, lh) = Order(c, d);
        var earlier = Cny("e", el, eh, "nel 2025");
        var later = Cny("l", ll, lh, "nel 2026");
        var decrease = ClaimChecks.Decrease(earlier, later);
        var increase = ClaimChecks.Increase(earlier, later);
        return decrease.Verdict == Mirror(increase.Verdict) && decrease.ComputedInterval == increase.ComputedInterval;
    }

    [Property]
    public bool PartOf_AgreesWithFitsWithin_OverOnePeriod(PositiveInt a, PositiveInt b, PositiveInt c, PositiveInt d)
    {
        var (pl, ph) = Order(a, b);
        var (wl, wh) = Order(c, d);
        var part = Cny("p", pl, ph);
        var whole = Cny("w", wl, wh);
        return ClaimChecks.PartOf(part, whole).Verdict == ClaimChecks.FitsWithin(part, whole).Verdict;
    }

    [Property]
    public bool Multiple_AgreesWithAnExactMultiple_AndDisagreesWellBeyondIt(PositiveInt baseline, PositiveInt factor)
    {
        decimal f = factor.Get % 1000 + 1;
        var y = Exact("y", baseline.Get);
        return ClaimChecks.Multiple(Exact("x", baseline.Get * f), y, f, 0.1m).Verdict == Verdict.Agrees
            && ClaimChecks.Multiple(Exact("x", baseline.Get * f * 2m), y, f, 0.1m).Verdict == Verdict.Disagrees
            && ClaimChecks.Multiple(Exact("x", baseline.Get * f / 2m), y, f, 0.1m).Verdict == Verdict.Disagrees;
    }

    [Property]
    public bool PercentAboveAndBelow_AgreeWithTheirExactFigure(PositiveInt baseline, PositiveInt percent)
    {
        decimal p = percent.Get % 100;
        decimal b = baseline.Get * 100m;
        var y = Exact("y", b);
        var above = ClaimChecks.PercentAbove(Exact("x", b * (1m + (p / 100m))), y, Estimate.Exactly(p));
        var below = ClaimChecks.PercentBelow(Exact("x", b * (1m - (p / 100m))), y, Estimate.Exactly(p));
        var atLeast = ClaimChecks.PercentAbove(Exact("x", b * (1m + (p / 100m))), y, Estimate.AtLeast(p + 1m));
        return above.Verdict == Verdict.Agrees && below.Verdict == Verdict.Agrees && atLeast.Verdict == Verdict.Disagrees;
    }

    [Property]
    public bool PercentAbove_ImpliesExceeds(PositiveInt a, PositiveInt b, PositiveInt c, PositiveInt d, PositiveInt percent)
    {
        var (xl, xh) = Order(a, b);
        var (yl, yh) = Order(c, d);
        var x = Cny("x", xl, xh);
        var y = Cny("y", yl, yh);
        var above = ClaimChecks.PercentAbove(x, y, Estimate.AtLeast(percent.Get % 50 + 1));
        return above.Verdict != Verdict.Agrees || ClaimChecks.Exceeds(x, y).Verdict == Verdict.Agrees;
    }

    [Fact]
    public void Examples_WorkedOutByHand()
    {
        // "il 6% in più": 106 against 100 with "6 %" read as 5.5 % to 6.5 %.
        var plus6 = ClaimChecks.PercentAbove(Exact("x", 106m), Exact("y", 100m), Estimate.Rounded(6m, 1m));
        Assert.Equal(Verdict.Agrees, plus6.Verdict);
        Assert.Equal(1.06m, plus6.ComputedInterval.Lower);
        Assert.Equal("percent above", plus6.Relation);

        // "at least 25% above": 120 against 100 falls short.
        Assert.Equal(Verdict.Disagrees, ClaimChecks.PercentAbove(Exact("x", 120m), Exact("y", 100m), Estimate.AtLeast(25m)).Verdict);

        // "6% less": 94 against 100; 90 is not.
        Assert.Equal(Verdict.Agrees, ClaimChecks.PercentBelow(Exact("x", 94m), Exact("y", 100m), Estimate.Rounded(6m, 1m)).Verdict);
        Assert.Equal(Verdict.Disagrees, ClaimChecks.PercentBelow(Exact("x", 90m), Exact("y", 100m), Estimate.Rounded(6m, 1m)).Verdict);

        // "doubled": 190 to 210 against 100 is within 2 × (1 ± 5 %) = [1.9, 2.1]; "1,000x": 900,000 against 1,000 is not.
        var doubled = ClaimChecks.Multiple(Cny("x", 190m, 210m), Exact("y", 100m), 2m, 0.05m);
        Assert.Equal(Verdict.Agrees, doubled.Verdict);
        Assert.Equal((1.9m, 2.1m), (doubled.ComputedInterval.Lower!.Value, doubled.ComputedInterval.Upper!.Value));
        Assert.Equal("2 times", doubled.Relation);
        Assert.Equal(Verdict.Disagrees, ClaimChecks.Multiple(Exact("x", 900_000m), Exact("y", 1_000m), 1000m, 0.05m).Verdict);
        Assert.Equal(Verdict.Inconclusive, ClaimChecks.Multiple(Cny("x", 150m, 250m), Exact("y", 100m), 2m, 0.05m).Verdict);

        // "fell": 150 to 120.
        var fell = ClaimChecks.Decrease(Exact("e", 150m, "nel 2025"), Exact("l", 120m, "nel 2026"));
        Assert.Equal(Verdict.Agrees, fell.Verdict);
        Assert.Equal(0.8m, fell.ComputedInterval.Lower);
        Assert.Equal("decrease", fell.Relation);

        Assert.Equal(Verdict.Agrees, ClaimChecks.Below(Exact("x", 5m), Exact("y", 6m)).Verdict);
        Assert.Equal(Verdict.Inconclusive, ClaimChecks.Below(Cny("x", 5m, 7m), Exact("y", 6m)).Verdict);

        var part = ClaimChecks.PartOf(Exact("p", 85m), Exact("w", 150m));
        Assert.Equal(Verdict.Agrees, part.Verdict);
        Assert.Equal("part of", part.Relation);
        Assert.Equal(Verdict.Disagrees, ClaimChecks.PartOf(Exact("p", 160m), Exact("w", 150m)).Verdict);
        Assert.Equal(Verdict.Inconclusive, ClaimChecks.PartOf(Cny("p", 140m, 160m), Exact("w", 150m)).Verdict);
    }

    [Fact]
    public void BadInput_Throws()
    {
        var x = Exact("x", 2m);
        var y = Exact("y", 1m);
        Assert.Throws<ArgumentNullException>(() => ClaimChecks.Below<Money>(null!, y));
        Assert.Throws<ArgumentNullException>(() => ClaimChecks.Decrease<Money>(x, null!));
        Assert.Throws<ArgumentNullException>(() => ClaimChecks.PartOf<Money>(null!, y));
        Assert.Throws<ArgumentNullException>(() => ClaimChecks.Multiple<Money>(null!, y, 2m, 0m));
        Assert.Throws<ArgumentNullException>(() => ClaimChecks.PercentAbove<Money>(x, null!, Estimate.Exactly(1m)));
        Assert.Throws<ArgumentNullException>(() => ClaimChecks.PercentBelow<Money>(null!, y, Estimate.Exactly(1m)));
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => ClaimChecks.Multiple(x, y, 0m, 0m)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => ClaimChecks.Multiple(x, y, 2m, 1m)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => ClaimChecks.Multiple(x, y, 2m, -0.1m)).ParamName);
        Assert.Equal("percent", Assert.Throws<ArgumentException>(() => ClaimChecks.PercentAbove(x, y, Estimate.Between(-1m, 1m))).ParamName);
        Assert.Equal("percent", Assert.Throws<ArgumentException>(() => ClaimChecks.PercentBelow(x, y, Estimate.AtLeast(5m))).ParamName);
        Assert.Equal("percent", Assert.Throws<ArgumentException>(() => ClaimChecks.PercentBelow(x, y, Estimate.Exactly(101m))).ParamName);

        // Periods: a decrease needs the earlier first; a part and its whole share time.
        Assert.Throws<ArgumentException>(() => ClaimChecks.Decrease(Exact("e", 1m, "nel 2026"), Exact("l", 1m, "nel 2025")));
        var e = Assert.Throws<ArgumentException>(() => ClaimChecks.PartOf(Exact("p", 1m, "nel 2026"), Exact("w", 2m, "nel 2025")));
        Assert.Equal("whole", e.ParamName);

        // Units: CNY against USD.
        var usd = new Claim<Money>("u", "s", new Quote("words", 0), SourceChain.Of("test"), ResolvedPeriod.Parse("nel 2025", AsOf), Estimate.Exactly(new Money(1m, Currency.USD)));
        Assert.ThrowsAny<ArgumentException>(() => ClaimChecks.Below(x, usd));
        Assert.ThrowsAny<ArgumentException>(() => ClaimChecks.Multiple(x, usd, 2m, 0.1m));
    }

    [Fact]
    public void TokenRates_AndCounts_TakeTheSameChecks()
    {
        var rate = TokenRate.PerDay(TokenVolume.Zero);
        var period = ResolvedPeriod.Parse("nel 2025", AsOf);
        Claim<TokenRate> Tokens(string id, decimal v) => new(id, "s", new Quote("w", 0), SourceChain.Of("t"), period, Estimate.Exactly(((IEstimable<TokenRate>)rate).WithMagnitude(v)));
        Assert.Equal(Verdict.Agrees, ClaimChecks.Multiple(Tokens("a", 1000m), Tokens("b", 1m), 1000m, 0m).Verdict);
    }
}
