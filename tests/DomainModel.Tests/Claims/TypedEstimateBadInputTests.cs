using System;
using DomainModel.Claims;
using DomainModel;
using Xunit;

namespace DomainModel.Tests.Claims;

/// <summary>Bad input to typed estimates, their arithmetic, claims and check results: the exception, the parameter and the reason.</summary>
public sealed class TypedEstimateBadInputTests
{
    private static readonly CountKind Gpu = new("GPU");
    private static readonly Money Eur = Money.Zero(Currency.EUR);

    [Fact]
    public void Of_AnIntervalWithNoWholeCount_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => Estimate.Of(UnitCount.Zero(Gpu), Estimate.Between(19.2m, 19.8m)));
        Assert.Contains("no whole number of GPU", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.Of(UnitCount.Zero(Gpu), Estimate.Between(-5m, 5m))); // a count cannot be negative
        Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.Rounded(new Money(1m, Currency.USD), 0m));
        Assert.Throws<MismatchException>(() => Estimate.Between(new Money(1m, Currency.USD), new Money(2m, Currency.EUR)));
        Assert.Throws<ArgumentException>(() => Estimate.Between(new Money(2m, Currency.USD), new Money(1m, Currency.USD)));
    }

    [Fact]
    public void Ratio_AndTotal_RefuseValuesOutsideTheirDomain()
    {
        var negative = Assert.Throws<ArgumentException>(() => EstimateMath.Ratio(Estimate.Between(new Money(-1m, Currency.EUR), new Money(1m, Currency.EUR)), Estimate.Exactly(new Money(2m, Currency.EUR))));
        Assert.Equal("part", negative.ParamName);
        var zero = Assert.Throws<ArgumentException>(() => EstimateMath.Ratio(Estimate.Exactly(new Money(1m, Currency.EUR)), Estimate.Of(Eur, Estimate.Between(0m, 2m))));
        Assert.Equal("whole", zero.ParamName);
        var price = Assert.Throws<ArgumentException>(() => EstimateMath.Total(Estimate.Exactly(new UnitCount(2, Gpu)), Estimate.AtMost(new PricePerUnit(new Money(5m, Currency.USD), Gpu))));
        Assert.Equal("price", price.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => EstimateMath.Difference(Estimate.Exactly(new UnitCount(1, Gpu)), Estimate.Exactly(new UnitCount(3, Gpu))));
    }

    [Fact]
    public void Ratio_OverAWholeOpenAtZero_IsUnboundedAbove()
    {
        var ratio = EstimateMath.Ratio(Estimate.Exactly(new Money(1m, Currency.EUR)), Estimate.Over(Eur));
        Assert.Null(ratio.Interval.Upper);
        Assert.Equal(0m, ratio.Interval.Lower);
        Assert.False(ratio.Interval.LowerInclusive);
    }

    [Fact]
    public void ClaimAndCheck_Constructors_ValidateTheirParts()
    {
        var period = ResolvedPeriod.Parse("nel 2026", new DateOnly(2025, 12, 31));
        var quote = new Quote("words", 0);
        var source = SourceChain.Of("Test");
        var estimate = Estimate.Exactly(Eur);
        Assert.Throws<ArgumentException>(() => new Claim<Money>(" ", "s", quote, source, period, estimate));
        Assert.Throws<ArgumentException>(() => new Claim<Money>("id", "s", default, source, period, estimate));
        Assert.Throws<ArgumentNullException>(() => new Claim<Money>("id", "s", quote, null!, period, estimate));
        var claim = new Claim<Money>("id", "s", quote, source, period, estimate);
        Assert.Equal(typeof(Money), claim.QuantityType);
        Assert.Equal("EUR", claim.WithEstimate(Estimate.Exactly(new Money(3m, Currency.EUR))).UnitText);
        Assert.Throws<ArgumentException>(() => new ClaimCheck<Money>("", Verdict.Agrees, "x", ["id"], estimate));
        Assert.Throws<ArgumentNullException>(() => new ClaimCheck<Money>("r", Verdict.Agrees, "x", null!, estimate));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimChecks.Approaches(claim, claim, 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimChecks.IsAboutFraction(claim, claim, 1.5m, 0m));
        Assert.Throws<ArgumentNullException>(() => ClaimChecks.Exceeds(claim, null!));
        Assert.Throws<ArgumentException>(() => ClaimChecks.Increase(claim, claim)); // the same period is not "earlier"
    }
}
