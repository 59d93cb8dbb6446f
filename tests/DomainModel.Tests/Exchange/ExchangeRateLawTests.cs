using System;
using System.Linq;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainModel.Tests.Exchange;

/// <summary>Laws of <see cref="ExchangeRate"/> conversion, inversion and crossing, on generated rates and amounts.</summary>
[Properties(Arbitrary = new[] { typeof(ExchangeArbitraries) }, MaxTest = 200)]
public sealed class ExchangeRateLawTests
{
    private static readonly MidpointRounding[] Modes = [MidpointRounding.ToEven, MidpointRounding.AwayFromZero];

    private static decimal Unit(Currency c) => 1m / ExchangeArbitraries.Pow10(c.MinorUnits!.Value);

    /// <summary>
    /// There and back with rounding to minor units. For x in the base currency B (a whole number of B's minor units,
    /// d_B decimals) and a rate v to Q (d_Q decimals): y = round(x·v, d_Q), x' = round(y / v, d_B). Then
    /// |x' − x| ≤ ½·10^−d_B + ½·10^−d_Q / v, because |y/v − x| ≤ ½·10^−d_Q / v and the last rounding adds at most
    /// ½·10^−d_B. In particular x' = x whenever 10^−d_Q / v &lt; 10^−d_B (the quote's minor unit is finer than the base's
    /// in value). The same holds from Q to B with the roles swapped (v replaced by 1/v).
    /// </summary>
    [Property]
    public Property ThereAndBack_IsWithinTheRoundingBound(ExchangeRate rate, int seed) =>
        Prop.ForAll(
            Arb.From(ExchangeArbitraries.AmountIn(rate.Base)),
            x =>
            {
                var mode = Modes[Math.Abs(seed % 2)];
                var y = rate.Convert(x, mode);
                var back = rate.Convert(y, mode);
                decimal bound = (Unit(rate.Base) / 2m) + (Unit(rate.Quote) / 2m / rate.Value);
                bool exactExpected = Unit(rate.Quote) / rate.Value < Unit(rate.Base);
                return back.Currency == x.Currency
                    && Math.Abs(back.Amount - x.Amount) <= bound
                    && (!exactExpected || back == x);
            });

    /// <summary>The same bound starting in the quote currency: |x' − x| ≤ ½·10^−d_Q + ½·10^−d_B · v.</summary>
    [Property]
    public Property ThereAndBack_FromTheQuote_IsWithinTheRoundingBound(ExchangeRate rate) =>
        Prop.ForAll(
            Arb.From(ExchangeArbitraries.AmountIn(rate.Quote)),
            x =>
            {
                var back = rate.Convert(rate.Convert(x, MidpointRounding.ToEven), MidpointRounding.ToEven);
                decimal bound = (Unit(rate.Quote) / 2m) + (Unit(rate.Base) / 2m * rate.Value);
                return back.Currency == x.Currency && Math.Abs(back.Amount - x.Amount) <= bound;
            });

    /// <summary>A rate of value 1 changes only the currency, in both directions, exactly.</summary>
    [Property]
    public Property UnitRate_ChangesOnlyTheCurrency(ExchangeRate template) =>
        Prop.ForAll(
            Arb.From(ExchangeArbitraries.AmountIn(template.Base)),
            x =>
            {
                var one = new ExchangeRate(template.Base, template.Quote, 1m, template.Validity, template.Kind, template.Source);
                var there = one.Convert(x);
                var back = one.Convert(new Money(x.Amount, template.Quote));
                return there == new Money(x.Amount, template.Quote) && back == x;
            });

    /// <summary>Conversion is monotonic (non-decreasing) in both directions.</summary>
    [Property]
    public Property Conversion_IsMonotonic(ExchangeRate rate) =>
        Prop.ForAll(
            Arb.From(ExchangeArbitraries.AmountIn(rate.Base)),
            Arb.From(ExchangeArbitraries.AmountIn(rate.Base)),
            (a, b) =>
            {
                var (lo, hi) = a <= b ? (a, b) : (b, a);
                var loQ = new Money(lo.Amount, rate.Quote);
                var hiQ = new Money(hi.Amount, rate.Quote);
                return rate.Convert(lo) <= rate.Convert(hi)
                    && rate.Convert(loQ) <= rate.Convert(hiQ)
                    && rate.Convert(lo, MidpointRounding.ToEven) <= rate.Convert(hi, MidpointRounding.ToEven);
            });

    /// <summary>
    /// Before rounding, base → quote is linear and exact: c(a + b) = c(a) + c(b) and c(k·a) = k·c(a), because amounts have at
    /// most 16 significant digits and rate values at most 9, so every product fits decimal's 28 digits. Quote → base
    /// divides, which decimal rounds to 28 significant digits: there the law holds within 1E-20 of the amounts' size.
    /// </summary>
    [Property]
    public Property Conversion_IsLinearBeforeRounding(ExchangeRate rate, sbyte factor) =>
        Prop.ForAll(
            Arb.From(ExchangeArbitraries.AmountIn(rate.Base)),
            Arb.From(ExchangeArbitraries.AmountIn(rate.Base)),
            (a, b) =>
            {
                decimal k = factor;
                bool multiplies = rate.Convert(a + b) == rate.Convert(a) + rate.Convert(b)
                    && rate.Convert(a * k) == rate.Convert(a) * k;
                var aq = new Money(a.Amount, rate.Quote);
                var bq = new Money(b.Amount, rate.Quote);
                decimal scale = (Math.Abs(a.Amount) + Math.Abs(b.Amount) + 1m) / rate.Value;
                decimal gap = Math.Abs((rate.Convert(aq + bq) - (rate.Convert(aq) + rate.Convert(bq))).Amount);
                return multiplies && gap <= scale * 1e-20m;
            });

    /// <summary>Inverse of the inverse is the rate itself, exactly (the inverse keeps its leg).</summary>
    [Property]
    public bool InverseOfInverse_IsTheRate(ExchangeRate rate) =>
        rate.Inverse().Inverse().Equals(rate) && ReferenceEquals(rate.Inverse().Inverse(), rate);

    /// <summary>
    /// Numerically, through values that lost their legs (read back from text): 1/(1/v), each reciprocal rounded to 20
    /// significant digits, is within v·2E-19 of v (each rounding is at most half a unit in the 20th digit, 5E-20 relative,
    /// plus decimal's own 28-digit division).
    /// </summary>
    [Property]
    public bool InverseOfInverse_OfValues_IsWithinTwentyDigits(ExchangeRate rate)
    {
        var inverse = ExchangeRate.Parse(rate.Inverse().ToString(), null);
        var twice = inverse.Inverse();
        return twice.Base == rate.Base && twice.Quote == rate.Quote
            && Math.Abs(twice.Value - rate.Value) <= rate.Value * 2e-19m;
    }

    /// <summary>The value of an inverse is 1/v within half a unit of its 20th significant digit (relative 5E-20).</summary>
    [Property]
    public bool Inverse_ValueTimesRate_IsOne(ExchangeRate rate) =>
        Math.Abs((rate.Inverse().Value * rate.Value) - 1m) <= 5e-20m + 1e-27m;

    /// <summary>
    /// Triangulated and direct conversions agree. Converting x through EUR with two rates (unrounded) and with their
    /// cross rate differ by at most |result|·(1E-19 + 1E-28 / cross) (the cross rate is rounded to 20 significant digits,
    /// or to decimal's 28 decimal places when that is coarser, i.e. below 1E-8) plus decimal's
    /// 28-digit rounding; once rounded to the target's minor unit, they differ by at most that bound plus one minor unit
    /// (for amounts below 10^(19 − minor units) of the target, that is at most one minor unit).
    /// </summary>
    [Property]
    public Property TriangulatedAndDirect_Agree() =>
        Prop.ForAll(
            Arb.From(from pair in ExchangeArbitraries.PairGen.Where(p => p.Base != Currency.EUR && p.Quote != Currency.EUR)
                     from a in ExchangeArbitraries.RateValueGen
                     from b in ExchangeArbitraries.RateValueGen
                     from x in ExchangeArbitraries.AmountIn(pair.Base)
                     select (pair, a, b, x)),
            t =>
            {
                var day = ExchangeArbitraries.Origin;
                var eurFrom = new ExchangeRate(Currency.EUR, t.pair.Base, t.a, day, RateKind.OfficialReference, "ECB");
                var eurTo = new ExchangeRate(Currency.EUR, t.pair.Quote, t.b, day, RateKind.OfficialReference, "ECB");
                var cross = eurFrom.CrossWith(eurTo);
                var twoSteps = eurTo.Convert(eurFrom.Convert(t.x));
                var direct = cross.Convert(t.x);
                decimal relative = 1e-19m + (1e-28m / cross.Value); // 20 digits, or 28 decimals below 1E-8
                decimal tolerance = (Math.Abs(direct.Amount) * relative) + 1e-20m;
                var unit = Unit(t.pair.Quote);
                return direct.Currency == twoSteps.Currency
                    && Math.Abs(direct.Amount - twoSteps.Amount) <= tolerance
                    && Math.Abs(direct.Round(MidpointRounding.ToEven).Amount - twoSteps.Round(MidpointRounding.ToEven).Amount) <= tolerance + unit;
            });

    /// <summary>Text round-trips every generated rate, and its inverse (legs aside).</summary>
    [Property]
    public bool Text_RoundTrips(ExchangeRate rate) =>
        ExchangeRate.Parse(rate.ToString(), null).Equals(rate)
        && ExchangeRate.Parse(rate.Inverse().ToString(), null).Equals(rate.Inverse());
}
