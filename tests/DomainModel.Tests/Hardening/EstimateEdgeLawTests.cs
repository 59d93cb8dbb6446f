using System;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Exchange;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using DomainModel.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainModel.Tests.Hardening;

/// <summary>
/// The outward-rounding law at decimal's edges (27–29-digit values, every scale, both signs, every estimate kind,
/// very small rates), against an exact rational oracle (<see cref="Rational"/>): every result contains every exact
/// combination of its inputs' bounds, is as tight as decimal allows where the exact bound is a decimal, and refuses
/// (documented exception) only where the exact bound is beyond decimal's range; no text throws.
/// </summary>
public sealed class EstimateEdgeLawTests
{
    private static readonly RateValidity Day = new(new DateOnly(2025, 12, 5));

    private static Arbitrary<decimal> Edge => EdgeArbitraries.EdgeDecimal().ToArbitrary();

    private static Arbitrary<decimal> Positive => EdgeArbitraries.PositiveEdgeDecimal.ToArbitrary();

    private static Arbitrary<(decimal, decimal)> PositivePairs =>
        (from a in EdgeArbitraries.PositiveEdgeDecimal from b in EdgeArbitraries.PositiveEdgeDecimal select (a, b)).ToArbitrary();

    private static Arbitrary<Estimate> Estimates => EdgeArbitraries.EdgeEstimate().ToArbitrary();

    private static Arbitrary<Estimate> NonNegativeEstimates => EdgeArbitraries.EdgeEstimate(nonNegative: true).ToArbitrary();

    /// <summary>A directed result: on its side of the exact value, equal to it when a decimal holds it, refused only beyond range.</summary>
    private static bool Directed(bool ok, decimal result, Rational exact, bool up)
    {
        if (!ok)
        {
            return !exact.WithinDecimalRange; // the documented refusal: no bound beyond ±decimal.MaxValue
        }

        var r = Rational.Of(result);
        bool side = up ? r >= exact : r <= exact;
        return side && (!exact.IsDecimal || r.Equals(exact));
    }

    [Property(MaxTest = 1000)]
    public Property DirectedProducts_AreOnTheirSide_AndTight() => Prop.ForAll(Edge, Edge, (a, b) =>
    {
        var exact = Rational.Of(a) * Rational.Of(b);
        bool down = DirectedDecimal.TryMultiply(a, b, up: false, out decimal low);
        bool up = DirectedDecimal.TryMultiply(a, b, up: true, out decimal high);
        return Directed(down, low, exact, up: false) && Directed(up, high, exact, up: true);
    });

    [Property(MaxTest = 1000)]
    public Property DirectedQuotients_AreOnTheirSide_AndTight() => Prop.ForAll(Edge, Edge, (a, b) =>
    {
        if (b == 0m)
        {
            return true;
        }

        var exact = Rational.Of(a) / Rational.Of(b);
        bool down = DirectedDecimal.TryDivide(a, b, up: false, out decimal low);
        bool up = DirectedDecimal.TryDivide(a, b, up: true, out decimal high);
        return Directed(down, low, exact, up: false) && Directed(up, high, exact, up: true);
    });

    [Property(MaxTest = 1000)]
    public Property DirectedSums_AreOnTheirSide_AndTight() => Prop.ForAll(Edge, Edge, (a, b) =>
    {
        var exact = Rational.Of(a) + Rational.Of(b);
        bool down = DirectedDecimal.TryAdd(a, b, up: false, out decimal low);
        bool up = DirectedDecimal.TryAdd(a, b, up: true, out decimal high);
        return Directed(down, low, exact, up: false) && Directed(up, high, exact, up: true);
    });

    /// <summary>The step below or above a directed result is on the wrong side: no decimal lies between it and the exact value
    /// at the finest scale (the tightness half of the law where the exact value is not a decimal).</summary>
    [Property(MaxTest = 500)]
    public Property DirectedQuotients_HaveNoDecimalBetweenThemAndTheExactValue() => Prop.ForAll(Edge, Positive, (a, b) =>
    {
        var exact = Rational.Of(a) / Rational.Of(b);
        if (!DirectedDecimal.TryDivide(a, b, up: false, out decimal low) || !DirectedDecimal.TryDivide(a, b, up: true, out decimal high))
        {
            return true;
        }

        // Between low and high (both rounded outwards from one exact value) there is at most the exact value itself:
        // their distance is at most one unit of the finest scale decimal holds there.
        var gap = Rational.Of(high) - Rational.Of(low);
        return exact.IsDecimal ? low == high : gap <= FinestUnitNear(low, high);
    });

    private static Rational FinestUnitNear(decimal low, decimal high)
    {
        decimal larger = Math.Max(Math.Abs(low), Math.Abs(high));
        int digits = larger == 0m ? 1 : (int)Math.Floor(Math.Log10((double)larger)) + 1;
        int scale = Math.Clamp(28 - digits, 0, 28); // 28 significant digits always fit; 29 sometimes
        return new Rational(1, System.Numerics.BigInteger.Pow(10, scale));
    }

    [Property(MaxTest = 1000)]
    public Property Rounded_ContainsValuePlusOrMinusHalfAUnit_About_AWholeUnit() => Prop.ForAll(Edge, Positive, (value, unit) =>
    {
        var v = Rational.Of(value);
        var u = Rational.Of(unit);
        var half = u / new Rational(2, 1);
        Rational lo = v - half, hi = v + half;
        bool fits = lo.WithinDecimalRange && hi.WithinDecimalRange;
        bool aboutFits = (v - u).WithinDecimalRange && (v + u).WithinDecimalRange;
        try
        {
            var rounded = Estimate.Rounded(value, unit);
            var nearly = Estimate.Nearly(value, unit);
            bool roundedHolds = Rational.Of(rounded.Lower!.Value) <= lo && Rational.Of(rounded.Upper!.Value) >= hi
                && Rational.Of(nearly.Lower!.Value) <= v - u && nearly.Upper == value
                && rounded.Lower <= rounded.Upper;
            try
            {
                // "about": one rounding unit either side, so at least as wide as the rounding on both sides (strictly
                // wider as rationals; at the edge of decimal precision both may round out to the same decimal).
                var about = Estimate.About(value, unit);
                return roundedHolds && Rational.Of(about.Lower!.Value) <= v - u && Rational.Of(about.Upper!.Value) >= v + u
                    && about.Lower <= rounded.Lower && about.Upper >= rounded.Upper;
            }
            catch (OverflowException)
            {
                return roundedHolds && !aboutFits; // refused only when value ± unit is beyond decimal
            }
        }
        catch (OverflowException)
        {
            // Refused only when a bound (of Rounded, or Nearly's value − unit) is beyond decimal.
            return !fits || !(v - u).WithinDecimalRange;
        }
    });

    [Property(MaxTest = 1000)]
    public Property Difference_ContainsEveryDifferenceOfBounds() => Prop.ForAll(Estimates, Estimates, (a, b) =>
    {
        var later = Estimate.Of(Money.Zero(Currency.USD), a);
        var earlier = Estimate.Of(Money.Zero(Currency.USD), b);
        Estimate<Money> d;
        try
        {
            d = EstimateMath.Difference(later, earlier);
        }
        catch (OverflowException)
        {
            return BeyondRange(a.Lower, b.Upper, -1) || BeyondRange(a.Upper, b.Lower, 1) || !(Rational.Of(a.Stated) - Rational.Of(b.Stated)).WithinDecimalRange;
        }

        var r = d.Interval;
        bool lowOk = a.Lower is not decimal al || b.Upper is not decimal bu ? r.Lower is null : r.Lower is decimal rl && Rational.Of(rl) <= Rational.Of(al) - Rational.Of(bu);
        bool highOk = a.Upper is not decimal au || b.Lower is not decimal bl ? r.Upper is null : r.Upper is decimal ru && Rational.Of(ru) >= Rational.Of(au) - Rational.Of(bl);
        return lowOk && highOk && Never(() => d.ToString()) && Never(() => d.ToIntervalString());
    });

    private static bool BeyondRange(decimal? x, decimal? y, int direction) =>
        x is decimal a && y is decimal b && !(Rational.Of(a) - Rational.Of(b)).WithinDecimalRange;

    [Property(MaxTest = 1000)]
    public Property Ratio_ContainsEveryQuotientOfBounds() => Prop.ForAll(NonNegativeEstimates, NonNegativeEstimates, (a, b) =>
    {
        if (a.Lower is not decimal pl || pl < 0m || b.Lower is not decimal wl || !(wl > 0m || (wl == 0m && !b.LowerInclusive)))
        {
            return true;
        }

        var part = Estimate.Of(Money.Zero(Currency.EUR), a);
        var whole = Estimate.Of(Money.Zero(Currency.EUR), b);
        Estimate<Share> ratio;
        try
        {
            ratio = EstimateMath.Ratio(part, whole);
        }
        catch (OverflowException)
        {
            // Refused only when a bound's quotient is beyond decimal.
            return (a.Upper is decimal pu && wl > 0m && !(Rational.Of(pu) / Rational.Of(wl)).WithinDecimalRange)
                || (b.Upper is decimal wu0 && wu0 > 0m && !(Rational.Of(a.Lower!.Value) / Rational.Of(wu0)).WithinDecimalRange)
                || (b.Stated > 0m && !(Rational.Of(a.Stated) / Rational.Of(b.Stated)).WithinDecimalRange);
        }

        var r = ratio.Interval;
        bool lowOk = b.Upper is decimal wu ? Rational.Of(r.Lower!.Value) <= Rational.Of(a.Lower!.Value) / Rational.Of(wu) : r.Lower == 0m;
        bool highOk = r.Upper is not decimal ru
            || (a.Upper is decimal pu2 && (wl > 0m ? Rational.Of(ru) >= Rational.Of(pu2) / Rational.Of(wl) : pu2 == 0m));
        return lowOk && highOk && Never(() => ratio.ToString()) && Never(() => EstimateMath.DescribeGrowth(ratio));
    });

    [Property(MaxTest = 500)]
    public Property ConvertByRate_ContainsEveryConvertedBound() => Prop.ForAll(Estimates, EdgeArbitraries.RateValue.ToArbitrary(), (a, v) =>
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, v, Day, RateKind.Spot, "test");
        var usd = Estimate.Of(Money.Zero(Currency.USD), a);
        var cny = Estimate.Of(Money.Zero(Currency.CNY), a);
        return Contains(() => rate.Convert(usd), a, x => x * Rational.Of(v))
            && Contains(() => rate.Convert(cny), a, x => x / Rational.Of(v));
    });

    [Property(MaxTest = 500)]
    public Property ConvertByRange_ContainsEveryBoundAtEveryRate() => Prop.ForAll(Estimates, EdgeArbitraries.RateValue.ToArbitrary(), EdgeArbitraries.RateValue.ToArbitrary(), (a, v, w) =>
    {
        var range = new ExchangeRateRange(Currency.USD, Currency.CNY, Math.Min(v, w), Math.Max(v, w), Day, "test");
        var usd = Estimate.Of(Money.Zero(Currency.USD), a);
        var cny = Estimate.Of(Money.Zero(Currency.CNY), a);
        return Contains(() => range.Convert(usd), a, x => x * Rational.Of(v), x => x * Rational.Of(w))
            && Contains(() => range.Convert(cny), a, x => x / Rational.Of(v), x => x / Rational.Of(w));
    });

    /// <summary>The converted estimate admits the image of each bound at every rate, or the conversion is refused because an image is beyond decimal.</summary>
    private static bool Contains(Func<Estimate<Money>> convert, Estimate a, params Func<Rational, Rational>[] images)
    {
        Estimate<Money> result;
        try
        {
            result = convert();
        }
        catch (OverflowException)
        {
            return images.Any(image => (a.Lower is decimal l && !image(Rational.Of(l)).WithinDecimalRange)
                || (a.Upper is decimal u && !image(Rational.Of(u)).WithinDecimalRange)
                || !image(Rational.Of(a.Stated)).WithinDecimalRange);
        }

        var r = result.Interval;
        return images.All(image =>
        {
            bool lowOk = a.Lower is not decimal al ? r.Lower is null : r.Lower is decimal rl && Rational.Of(rl) <= image(Rational.Of(al));
            bool highOk = a.Upper is not decimal au ? r.Upper is null : r.Upper is decimal ru && Rational.Of(ru) >= image(Rational.Of(au));
            return lowOk && highOk;
        }) && Never(() => result.ToString());
    }

    [Property(MaxTest = 1000)]
    public Property Implied_ContainsTheExactRates_RoundedOutwardsTo20Digits() => Prop.ForAll(PositivePairs, PositivePairs, (bases, quotes) =>
    {
        var (b1, b2) = bases;
        var (q1, q2) = quotes;
        var baseAmount = Estimate.Of(Money.Zero(Currency.USD), Estimate.Between(Math.Min(b1, b2), Math.Max(b1, b2)));
        var quoteAmount = Estimate.Of(Money.Zero(Currency.CNY), Estimate.Between(Math.Min(q1, q2), Math.Max(q1, q2)));
        var exactMin = Rational.Of(Math.Min(q1, q2)) / Rational.Of(Math.Max(b1, b2));
        var exactMax = Rational.Of(Math.Max(q1, q2)) / Rational.Of(Math.Min(b1, b2));
        ExchangeRateRange range;
        try
        {
            range = ExchangeRateRange.Implied(baseAmount, quoteAmount, Day, "test");
        }
        catch (ArgumentOutOfRangeException)
        {
            // Refused only when an implied bound falls outside 1E-12 to 1E+12.
            return exactMin < Rational.Of(0.000000000001m) || exactMax > Rational.Of(1_000_000_000_000m);
        }

        // Outwards, and tight: one unit in the 20th significant digit more would exclude the exact bound.
        return Rational.Of(range.Min) <= exactMin && Rational.Of(range.Max) >= exactMax
            && Rational.Of(range.Min) + TwentiethDigit(range.Min) > exactMin
            && Rational.Of(range.Max) - TwentiethDigit(range.Max) < exactMax;
    });

    private static Rational TwentiethDigit(decimal value)
    {
        int exponent = (int)Math.Floor(Math.Log10((double)value));
        if (Rational.Of(value) < new Rational(System.Numerics.BigInteger.Pow(10, Math.Max(exponent, 0)), System.Numerics.BigInteger.Pow(10, Math.Max(-exponent, 0))))
        {
            exponent--; // the double logarithm rounded up at a power of ten
        }

        int place = exponent - 19;
        return place >= 0 ? new Rational(System.Numerics.BigInteger.Pow(10, place), 1) : new Rational(1, System.Numerics.BigInteger.Pow(10, Math.Min(-place, 28)));
    }

    [Property(MaxTest = 500)]
    public Property ClaimChecks_AtTheEdges_JudgeByTheExactOrder_AndWriteText() => Prop.ForAll(NonNegativeEstimates, NonNegativeEstimates, (a, b) =>
    {
        if (b.Lower is not decimal wl || !(wl > 0m || (wl == 0m && !b.LowerInclusive)) || a.Lower is not decimal pl || pl < 0m)
        {
            return true;
        }

        var period = ResolvedPeriod.Parse("nel 2025", new DateOnly(2026, 1, 31));
        var later = ResolvedPeriod.Parse("nel 2026", new DateOnly(2026, 12, 31));
        var source = SourceChain.Of("Made-up test source");
        var x = new Claim<Money>("a", "subject", new Quote("a", 0), source, later, Estimate.Of(Money.Zero(Currency.EUR), a));
        var y = new Claim<Money>("b", "subject", new Quote("b", 0), source, period, Estimate.Of(Money.Zero(Currency.EUR), b));
        ClaimCheck<Share> check;
        try
        {
            check = ClaimChecks.Increase(y, x);
        }
        catch (OverflowException)
        {
            return true; // the growth factor's bound is beyond decimal (the ratio law above says when)
        }

        // Agrees only when every admitted later value exceeds every admitted earlier one, exactly.
        bool certainlyGreater = a.Lower is decimal al && b.Upper is decimal bu
            && (Rational.Of(al) > Rational.Of(bu) || (al == bu && (!a.LowerInclusive || !b.UpperInclusive)));
        bool verdictOk = check.Verdict == Verdict.Agrees ? certainlyGreater : !certainlyGreater;
        return verdictOk && Never(() => check.ToString()) && Never(() => check.Explanation);
    });

    /// <summary>The share constructor's fast path (a denominator of 1 or more needs no exact test) refuses exactly the
    /// quotients the exact oracle puts beyond decimal.</summary>
    [Property(MaxTest = 1000)]
    public Property Share_RefusesExactlyTheQuotientsBeyondDecimal() => Prop.ForAll(
        EdgeArbitraries.EdgeDecimal(nonNegative: true).ToArbitrary(), Positive, (n, d) =>
        {
            bool beyond = Rational.Of(n) / Rational.Of(d) > Rational.Of(decimal.MaxValue);
            try
            {
                var share = new Share(n, d);
                return !beyond && share.Numerator == n && share.Denominator == d;
            }
            catch (ArgumentOutOfRangeException)
            {
                return beyond;
            }
        });

    [Property(MaxTest = 1000)]
    public Property Text_NeverThrows() => Prop.ForAll(Estimates, e =>
        Never(() => e.ToString())
        && Never(() => Estimate.Of(Money.Zero(Currency.USD), e).ToString())
        && Never(() => Estimate.Of(Money.Zero(Currency.USD), e).ToIntervalString())
        && Enum.GetValues<NumberStyle>().All(style =>
            Never(() => e.ToIntervalString(style)) && Never(() => e.ToNewsString(style, "USD")) && Never(() => e.ToNewsString(style))));

    private static bool Never(Func<string> text)
    {
        try
        {
            return text().Length > 0;
        }
        catch (Exception)
        {
            return false;
        }
    }
}
