using System;
using System.Globalization;
using DomainModel;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Claims;

public sealed class EstimateTests
{
    /// <summary>Italian digits ("1,5", "20.000") without ICU data, so the tests also run with invariant globalization.</summary>
    private static readonly CultureInfo Italian = ItalianDigits();

    private static CultureInfo ItalianDigits()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        return CultureInfo.ReadOnly(culture);
    }

    [Fact]
    public void Default_IsExactlyZero()
    {
        Estimate e = default;
        Assert.Equal(Estimate.Exactly(0m), e);
        Assert.Equal((0m, 0m), (e.Lower, e.Upper));
        Assert.True(e.Contains(0m));
        Assert.False(e.Contains(0.0001m));
    }

    [Fact]
    public void FromParsed_UnqualifiedBillions_IsRoundedToTheBillion()
    {
        var e = Estimate.FromParsed(NewsNumberParser.Parse("160 miliardi di yuan", ScalePolicy.ShortScale, Italian));
        Assert.Equal(EstimateKind.Rounded, e.Kind);
        Assert.Equal(159_500_000_000m, e.Lower);
        Assert.Equal(160_500_000_000m, e.Upper);
    }

    [Fact]
    public void FromParsed_About_IsOneUnitOfTheLastDigitEitherSide()
    {
        // "circa 23 miliardi": the last digit is the billion, so 22 to 24 billion (the unhedged "23 miliardi" is 22.5 to 23.5).
        var e = Estimate.FromParsed(NewsNumberParser.Parse("circa 23 miliardi di dollari", ScalePolicy.ShortScale, Italian));
        Assert.Equal(EstimateKind.About, e.Kind);
        Assert.Equal((22_000_000_000m, 24_000_000_000m), (e.Lower!.Value, e.Upper!.Value));
        var wide = Estimate.FromParsed(NewsNumberParser.Parse("circa 23 miliardi", ScalePolicy.ShortScale, Italian), 0.1m);
        Assert.Equal((20_700_000_000m, 25_300_000_000m), (wide.Lower!.Value, wide.Upper!.Value));
    }

    [Fact]
    public void FromParsed_DecimalMantissa_RoundsAtItsLastDecimal()
    {
        var number = NewsNumberParser.Parse("1,5 miliardi", ScalePolicy.ShortScale, Italian);
        Assert.Equal(100_000_000m, Estimate.RoundingUnitOf(number));
        Assert.Equal(1_450_000_000m, Estimate.FromParsed(number).Lower);
    }

    [Fact]
    public void FromParsed_Over_IsOpenAbove()
    {
        var e = Estimate.FromParsed(NewsNumberParser.Parse("oltre 30 trilioni di token", ScalePolicy.ShortScale, Italian));
        Assert.Equal(EstimateKind.Over, e.Kind);
        Assert.Equal(30_000_000_000_000m, e.Lower);
        Assert.False(e.LowerInclusive);
        Assert.Null(e.Upper);
        Assert.False(e.IsBounded);
    }

    [Fact]
    public void FromParsed_Range_IsBetweenItsBounds()
    {
        var e = Estimate.FromParsed(NewsNumberParser.ParseRange("tra i 350 e i 400 miliardi di dollari", ScalePolicy.ShortScale, Italian));
        Assert.Equal(EstimateKind.Between, e.Kind);
        Assert.Equal((350_000_000_000m, 400_000_000_000m), (e.Stated, e.StatedHigh));
        Assert.Equal((350_000_000_000m, 400_000_000_000m), (e.Lower!.Value, e.Upper!.Value));
    }

    [Fact]
    public void Nearly_IsJustBelowTheFigure()
    {
        var e = Estimate.Nearly(50m, 1m);
        Assert.True(e.Contains(49m));
        Assert.True(e.Contains(49.99m));
        Assert.False(e.Contains(50m));
        Assert.False(e.UpperInclusive);
    }

    [Fact]
    public void Compare_TouchingBoundsWithAnExclusiveSide_AreOrdered()
    {
        Assert.Equal(EstimateOrder.Less, Estimate.Under(10m).Compare(Estimate.AtLeast(10m)));
        Assert.Equal(EstimateOrder.Overlapping, Estimate.AtMost(10m).Compare(Estimate.AtLeast(10m)));
        Assert.Equal(EstimateOrder.Greater, Estimate.Over(10m).Compare(Estimate.Exactly(10m)));
    }

    [Fact]
    public void Divide_ShareOfRoundedFigures_IsAnInterval()
    {
        var share = Estimate.Rounded(85m, 1m).Divide(Estimate.Rounded(150m, 1m));
        Assert.Equal(EstimateKind.Derived, share.Kind);
        Assert.Equal(84.5m / 150.5m, share.Lower);
        Assert.Equal(85.5m / 149.5m, share.Upper);
        Assert.Equal(85m / 150m, share.Stated);
    }

    [Fact]
    public void ToString_IsInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = Italian;
            Assert.Equal("Rounded 1.5 in [1.45, 1.55]", Estimate.Rounded(1.5m, 0.1m).ToString());
            Assert.Equal("Over 30 in (30, +inf)", Estimate.Over(30m).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Rounded_NonPositiveUnit_Throws(int unit)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.Rounded(1m, unit));
        Assert.Equal("unit", e.ParamName);
        Assert.Contains("greater than zero", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_ReversedBounds_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => Estimate.Between(400m, 350m));
        Assert.Equal("high", e.ParamName);
        Assert.Contains("350 is less than the lower bound 400", e.Message.Replace("upper bound ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1)]
    public void About_ToleranceOutOfRange_Throws(double tolerance)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.About(1m, 1m, (decimal)tolerance));
        Assert.Equal("relativeTolerance", e.ParamName);
    }

    [Fact]
    public void Multiply_Unbounded_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Estimate.Over(30m).Multiply(Estimate.Exactly(2m)));
        Assert.Contains("no bound", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiply_NonPositiveFactor_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Estimate.Exactly(3m).Multiply(0m));
        Assert.Equal("factor", e.ParamName);
    }

    [Fact]
    public void Divide_DivisorAdmittingZero_Throws()
    {
        Assert.Throws<DivideByZeroException>(() => Estimate.Exactly(3m).Divide(Estimate.Between(-1m, 1m)));
        Assert.Throws<DivideByZeroException>(() => Estimate.Exactly(3m).Divide(Estimate.Between(0m, 1m)));
    }

    [Fact]
    public void FromParsed_Null_Throws()
    {
        Assert.Equal("number", Assert.Throws<ArgumentNullException>(() => Estimate.FromParsed((ParsedNumber)null!)).ParamName);
        Assert.Equal("range", Assert.Throws<ArgumentNullException>(() => Estimate.FromParsed((ParsedRange)null!)).ParamName);
    }
}
