using System;
using DomainModel;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainModel.Tests.Claims;

/// <summary>Laws of <see cref="Estimate"/> as an interval of admitted values.</summary>
[Properties(Arbitrary = new[] { typeof(EstimateLawTests.Arbitraries) }, MaxTest = 300)]
public sealed class EstimateLawTests
{
    [Property]
    public bool RoundedAndAbout_AdmitTheirFigure_AndNothingBeyondHalfAUnit(decimal value, PositiveInt unitExponent)
    {
        decimal unit = Pow10(unitExponent.Get % 12);
        var rounded = Estimate.Rounded(value, unit);
        var about = Estimate.About(value, unit);
        return rounded.Contains(value) && about.Contains(value)
            && rounded.Contains(value + (unit / 2m)) && !rounded.Contains(value + unit)
            && !rounded.Contains(value - unit);
    }

    [Property]
    public bool OpenBounds_AdmitOnlyTheirSide(decimal value) =>
        Estimate.Over(value).Contains(value + 1m) && !Estimate.Over(value).Contains(value)
        && Estimate.AtLeast(value).Contains(value) && !Estimate.AtLeast(value).Contains(value - 1m)
        && Estimate.Under(value).Contains(value - 1m) && !Estimate.Under(value).Contains(value)
        && Estimate.AtMost(value).Contains(value) && !Estimate.AtMost(value).Contains(value + 1m);

    [Property]
    public bool Compare_IsAntisymmetric_AndAgreesWithContainedPoints(decimal a, decimal b, decimal c, decimal d)
    {
        var x = Estimate.Between(Math.Min(a, b), Math.Max(a, b));
        var y = Estimate.Between(Math.Min(c, d), Math.Max(c, d));
        var xy = x.Compare(y);
        var yx = y.Compare(x);
        bool antisymmetric = (xy, yx) switch
        {
            (EstimateOrder.Less, EstimateOrder.Greater) => true,
            (EstimateOrder.Greater, EstimateOrder.Less) => true,
            (EstimateOrder.Overlapping, EstimateOrder.Overlapping) => true,
            _ => false,
        };
        bool pointwise = xy switch
        {
            EstimateOrder.Less => x.Upper < y.Lower,
            EstimateOrder.Greater => x.Lower > y.Upper,
            _ => x.Upper >= y.Lower && y.Upper >= x.Lower,
        };
        return antisymmetric && pointwise && x.Overlaps(y) == (xy == EstimateOrder.Overlapping);
    }

    [Property]
    public bool Multiply_AdmitsEveryProductOfAdmittedValues(decimal a, decimal b, decimal c, decimal d, byte s, byte t)
    {
        var x = Estimate.Between(Math.Min(a, b), Math.Max(a, b));
        var y = Estimate.Between(Math.Min(c, d), Math.Max(c, d));
        decimal px = Pick(x, s);
        decimal py = Pick(y, t);
        return x.Multiply(y).Contains(px * py);
    }

    [Property]
    public bool Divide_AdmitsEveryQuotientOfAdmittedValues_WithinDecimalRounding(decimal a, decimal b, PositiveInt c, PositiveInt d, byte s, byte t)
    {
        var x = Estimate.Between(Math.Min(a, b), Math.Max(a, b));
        var y = Estimate.Between(Math.Min(c.Get, d.Get), Math.Max(c.Get, d.Get));
        decimal q = Pick(x, s) / Pick(y, t);
        var quotient = x.Divide(y);
        decimal slack = Math.Max(Math.Abs(q) * 1e-20m, 1e-20m);
        return quotient.Lower - slack <= q && q <= quotient.Upper + slack;
    }

    [Property]
    public bool ScalingByAPositiveFactor_KeepsContainment(decimal value, PositiveInt unitExponent, PositiveInt factorThousandths)
    {
        decimal unit = Pow10(unitExponent.Get % 6);
        decimal factor = factorThousandths.Get / 1000m;
        var e = Estimate.Rounded(value, unit);
        return e.Multiply(factor).Contains(value * factor) && e.Multiply(factor).Kind == EstimateKind.Rounded;
    }

    private static decimal Pick(Estimate e, byte where) => e.Lower!.Value + ((e.Upper!.Value - e.Lower.Value) * (where / 255m));

    private static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    /// <summary>Decimals of up to 12 integer digits and 4 decimals, so that products of two stay exact.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<decimal> Decimal() => Arb.From(
            from whole in Gen.Choose(-999_999, 999_999)
            from part in Gen.Choose(0, 999_999)
            from scale in Gen.Choose(0, 4)
            select ((whole * 1_000_000m) + part) / Pow10(scale));
    }
}
