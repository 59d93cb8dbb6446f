using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using DomainModel.Text;
using DomainModel.Utility;
using UnitsNet;

namespace DomainModel;

/// <summary>
/// Arithmetic on estimates that keeps their uncertainty: every result contains every exact combination of admitted
/// inputs (bounds are rounded outwards), open bounds stay open where the result does not reach them, and units are
/// checked with the model's own exceptions. Results are of kind <see cref="EstimateKind.Derived"/>.
/// </summary>
/// <remarks>Stateless and thread-safe. Named methods, so they read well in F# pipelines.</remarks>
public static partial class EstimateMath
{
    /// <summary>Converts an estimate of money at an exact rate value between two currencies, in whichever direction
    /// (the implementation of <c>ExchangeRate.Convert(Estimate&lt;Money&gt;)</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Estimate<Money> ConvertAt(in Estimate<Money> amount, Currency baseCurrency, Currency quoteCurrency, decimal v)
    {
        var currency = amount.Stated.Currency;
        bool multiply = Direction(currency, baseCurrency, quoteCurrency);
        return Scale(in amount.IntervalRef, multiply ? quoteCurrency : baseCurrency, v, v, v, multiply, amount);
    }

    /// <summary>Converts an estimate of money by a range of rate values, outwards (the implementation of
    /// <c>ExchangeRateRange.Convert(Estimate&lt;Money&gt;)</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Estimate<Money> ConvertWithin(in Estimate<Money> amount, Currency baseCurrency, Currency quoteCurrency, decimal min, decimal mid, decimal max)
    {
        var currency = amount.Stated.Currency;
        bool multiply = Direction(currency, baseCurrency, quoteCurrency);
        return Scale(in amount.IntervalRef, multiply ? quoteCurrency : baseCurrency, min, mid, max, multiply, amount);
    }

    /// <summary>The total of a count at a price per unit ("20.000 unità" at "$ 20.000 per unità").</summary>
    /// <param name="count">The count.</param>
    /// <param name="price">The price per unit of the same kind, admitting no negative price.</param>
    /// <returns>The estimate of the total, in the price's currency.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="ArgumentException">The price admits a negative value or has no lower bound.</exception>
    /// <exception cref="OverflowException">A bound, or the product of the stated figures, is beyond the range of decimal (a bound rounded outwards would not fit).</exception>
    public static Estimate<Money> Total(Estimate<UnitCount> count, Estimate<PricePerUnit> price) => TotalOf(in count, in price);

    /// <summary><see cref="Total"/> on the estimates in place: the refusals are thrown out of line, so no copy of either
    /// estimate and no message state is kept on the frame of the common case.</summary>
    private static Estimate<Money> TotalOf(in Estimate<UnitCount> count, in Estimate<PricePerUnit> price)
    {
        if (count.Stated.Kind != price.Stated.Kind)
        {
            ThrowTotalKinds(in count, in price);
        }

        ref readonly var c = ref count.IntervalRef;
        ref readonly var p = ref price.IntervalRef;
        decimal pLow = p.LowerBound;
        if (!p.HasLower || DecimalMagnitude.IsBelowZero(pLow))
        {
            ThrowNegativePrice(in price);
        }

        // A count is never negative, so the bounds multiply bound by bound; no lower count bound means 0.
        decimal cLow = c.HasLower ? c.LowerBound : 0m;
        if (!DirectedDecimal.TryMultiply(cLow, pLow, up: false, out decimal low))
        {
            ThrowTotalOverflow(in count, in price);
        }

        bool lowOpen = ProductOpen(cLow, c.LowerOpen, pLow, p.LowerOpen);
        decimal high = 0m;
        bool hasHigh = c.HasUpper && p.HasUpper, highOpen = false;
        if (hasHigh)
        {
            decimal cu = c.UpperBound, pu = p.UpperBound;
            if (!DirectedDecimal.TryMultiply(cu, pu, up: true, out high))
            {
                ThrowTotalOverflow(in count, in price);
            }

            highOpen = ProductOpen(cu, c.UpperOpen, pu, p.UpperOpen);
        }

        if (!TryNearestProduct(c.Stated, p.Stated, out decimal stated))
        {
            ThrowTotalOverflow(in count, in price);
        }

        stated = Clamp(stated, true, low, hasHigh, high);

        // Money takes every amount and has no granularity: the result is valid as it is (see Estimate<T>).
        var money = new Money(stated, price.Stated.Price.Currency);
        return new Estimate<Money>(money, Estimate.CreateDerived(stated, true, low, lowOpen, hasHigh, high, highOpen), proven: true);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowTotalKinds(in Estimate<UnitCount> count, in Estimate<PricePerUnit> price) =>
        throw MismatchException.CountKinds(count.Stated.Kind, price.Stated.Kind, "price", nameof(price));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNegativePrice(in Estimate<PricePerUnit> price) =>
        throw new ArgumentException(Preconditions.Invariant($"A price per unit must admit no negative value to multiply a count; {price} was given."), nameof(price));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowTotalOverflow(in Estimate<UnitCount> count, in Estimate<PricePerUnit> price) =>
        throw Overflow("multiply", count, price);

    /// <summary>The share a part is of a whole ("85 miliardi" of "150 miliardi"): every admitted part over every admitted whole.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="part">The part, bounded below by zero or more.</param>
    /// <param name="whole">The whole, in the same unit, admitting only values above zero.</param>
    /// <returns>The estimate of the share (it may exceed 1 when the part can exceed the whole).</returns>
    /// <exception cref="ArgumentException">The units differ (the type's mismatch exception), the part admits a negative value, or the whole admits zero or less.</exception>
    /// <exception cref="OverflowException">A bound, or the ratio of the stated figures, is beyond the range of decimal.</exception>
    public static Estimate<Share> Ratio<T>(Estimate<T> part, Estimate<T> whole)
        where T : struct, IEstimable<T> => RatioOf(in part, in whole, nameof(part), nameof(whole));

    /// <summary><see cref="Ratio{T}"/> on the estimates in place, its refusals naming the
    /// parameters of the public member that was called (<paramref name="partName"/> and <paramref name="wholeName"/>,
    /// constants: <c>later</c> and <c>earlier</c> for <see cref="Growth{T}"/>, the claims' names for a claim check);
    /// they are thrown out of line.</summary>
    internal static Estimate<Share> RatioOf<T>(in Estimate<T> part, in Estimate<T> whole, string partName, string wholeName)
        where T : struct, IEstimable<T>
    {
        Commensurability.Check(part.Stated, whole.Stated, "take a share of", wholeName);
        ref readonly var p = ref part.IntervalRef;
        ref readonly var w = ref whole.IntervalRef;
        decimal pLow = p.LowerBound;
        if (!p.HasLower || DecimalMagnitude.IsBelowZero(pLow))
        {
            ThrowNegativePart(in part, partName);
        }

        decimal wLow = w.LowerBound;
        bool wLowZero = DecimalMagnitude.IsZero(wLow);
        if (!w.HasLower || DecimalMagnitude.IsBelowZero(wLow) || (wLowZero && !w.LowerOpen))
        {
            ThrowWholeNotPositive(in whole, wholeName);
        }

        bool pLowClosedZero = DecimalMagnitude.IsZero(pLow) && !p.LowerOpen;
        decimal low;
        bool lowOpen;
        if (w.HasUpper)
        {
            if (!DirectedDecimal.TryDivide(pLow, w.UpperBound, up: false, out low))
            {
                throw Overflow("divide", part, whole);
            }

            lowOpen = !pLowClosedZero && (p.LowerOpen || w.UpperOpen);
        }
        else
        {
            (low, lowOpen) = (0m, !pLowClosedZero);
        }

        decimal high = 0m;
        bool hasHigh = false, highOpen = false;
        if (p.HasUpper && DecimalMagnitude.IsZero(p.UpperBound) && !p.UpperOpen)
        {
            (high, hasHigh) = (0m, true);
        }
        else if (p.HasUpper && !wLowZero)
        {
            if (!DirectedDecimal.TryDivide(p.UpperBound, wLow, up: true, out high))
            {
                throw Overflow("divide", part, whole);
            }

            (hasHigh, highOpen) = (true, p.UpperOpen || w.LowerOpen);
        }

        decimal stated = low;
        decimal ws = w.Stated, ps = p.Stated;
        if (!DecimalMagnitude.IsBelowZero(ws) && !DecimalMagnitude.IsZero(ws) && !DecimalMagnitude.IsBelowZero(ps) && !TryNearest(ps, ws, Nearest.Divide, out stated))
        {
            stated = hasHigh ? high : throw Overflow("divide", part, whole);
        }

        stated = Clamp(stated, true, low, hasHigh, high);

        // Every bound is zero or more (a part of zero or more over a whole above zero), and a share takes every such
        // magnitude with no granularity: the result is valid as it is (see Estimate<T>).
        return new Estimate<Share>(Share.OfFraction(stated), Estimate.CreateDerived(stated, true, low, lowOpen, hasHigh, high, highOpen), proven: true);
    }

    /// <summary>
    /// Growth from an earlier to a later figure, as the factor later ÷ earlier (1.0667 is +6.67 %): "over 30 T" then
    /// "50 T" gives a factor below 50.5/30, i.e. growth of at most +68.33 %, with no lower bound but zero.
    /// </summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="earlier">The earlier figure, admitting only values above zero.</param>
    /// <param name="later">The later figure, in the same unit, admitting no negative value.</param>
    /// <returns>The estimate of the growth factor; <see cref="DescribeGrowth"/> writes it as a change in percent.</returns>
    /// <exception cref="ArgumentException">The units differ, or a figure admits values refused by <see cref="Ratio{T}"/>.</exception>
    /// <exception cref="OverflowException">A bound leaves the range of decimal.</exception>
    public static Estimate<Share> Growth<T>(Estimate<T> earlier, Estimate<T> later)
        where T : struct, IEstimable<T> => RatioOf(in later, in earlier, nameof(later), nameof(earlier));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNegativePart<T>(in Estimate<T> part, string partName)
        where T : struct, IEstimable<T> =>
        throw new ArgumentException(Preconditions.Invariant($"A share needs a part that admits no negative value; {part} was given."), partName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowWholeNotPositive<T>(in Estimate<T> whole, string wholeName)
        where T : struct, IEstimable<T> =>
        throw new ArgumentException(Preconditions.Invariant($"A share needs a whole that admits only values above zero; {whole} was given."), wholeName);

    /// <summary>Writes a growth factor as a change in percent, with open bounds open: <c>(-100 %, +68.34 %)</c>.</summary>
    /// <param name="growth">A growth factor (from <see cref="Growth{T}"/>).</param>
    /// <returns>The text.</returns>
    public static string DescribeGrowth(Estimate<Share> growth)
    {
        var g = growth.Interval;
        var change = Estimate.Create(EstimateKind.Derived, g.Stated - 1m, g.Stated - 1m, g.Lower - 1m, g.LowerOpen, g.Upper - 1m, g.UpperOpen);
        return change.ToIntervalString(NumberStyle.SignedPercent);
    }

    /// <summary>The difference later − earlier of two estimates in one unit: every admitted later value minus every admitted earlier one.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="later">The minuend.</param>
    /// <param name="earlier">The subtrahend, in the same unit.</param>
    /// <returns>The estimate of the difference.</returns>
    /// <exception cref="ArgumentException">The units differ, or the difference admits a value the type refuses (a negative count).</exception>
    /// <exception cref="OverflowException">A bound leaves the range of decimal.</exception>
    public static Estimate<T> Difference<T>(Estimate<T> later, Estimate<T> earlier)
        where T : struct, IEstimable<T>
    {
        Commensurability.Check(later.Stated, earlier.Stated, "subtract", nameof(earlier));
        var a = later.Interval;
        var b = earlier.Interval;
        decimal? low = null, high = null;
        if (a.Lower is decimal al && b.Upper is decimal bu)
        {
            low = DirectedDecimal.TryAdd(al, -bu, up: false, out decimal l) ? l : throw Overflow("subtract", later, earlier);
        }

        if (a.Upper is decimal au && b.Lower is decimal bl)
        {
            high = DirectedDecimal.TryAdd(au, -bl, up: true, out decimal h) ? h : throw Overflow("subtract", later, earlier);
        }

        if (!TryNearest(a.Stated, -b.Stated, Nearest.Add, out decimal stated))
        {
            throw Overflow("subtract", later, earlier);
        }

        stated = Clamp(stated, low, high);
        // A difference the type refuses (a negative count) is too large a subtrahend: it names the earlier figure.
        return new Estimate<T>(later.Stated, Estimate.Create(EstimateKind.Derived, stated, stated, low, a.LowerOpen || b.UpperOpen, high, a.UpperOpen || b.LowerOpen), nameof(earlier));
    }

    /// <summary>
    /// A token rate over another period ("50 trilioni" a day as tokens a month), with an explicit month length: each
    /// bound scaled exactly and rounded outwards to whole tokens.
    /// </summary>
    /// <param name="rate">The rate.</param>
    /// <param name="period">The new period (see <see cref="TokenRate.ToPeriod"/>).</param>
    /// <param name="monthLength">How long a month is.</param>
    /// <returns>The estimate over <paramref name="period"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is invalid.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is in an unsupported unit.</exception>
    /// <exception cref="OverflowException">A bound is too large.</exception>
    public static Estimate<TokenRate> ToPeriod(Estimate<TokenRate> rate, Duration period, MonthLength monthLength)
    {
        var target = rate.Stated.ToPeriod(period, monthLength, MidpointRounding.ToEven);
        decimal from = TokenRate.SecondsIn(rate.Stated.Period, monthLength);
        decimal to = TokenRate.SecondsIn(period, monthLength);
        var r = rate.Interval;
        decimal? low = r.Lower is decimal l ? Whole(l, to, from, MidpointRounding.ToNegativeInfinity) : null;
        decimal? high = r.Upper is decimal u ? Whole(u, to, from, MidpointRounding.ToPositiveInfinity) : null;
        bool lowExact = r.Lower is decimal l2 && low == ExactOrNull(l2, to, from);
        bool highExact = r.Upper is decimal u2 && high == ExactOrNull(u2, to, from);
        decimal stated = Whole(r.Stated, to, from, MidpointRounding.ToEven);
        stated = Clamp(stated, low, high);
        IEstimable<TokenRate> unit = target;
        return new Estimate<TokenRate>(unit.WithMagnitude(0m), Estimate.Create(EstimateKind.Derived, stated, stated, low, lowExact && r.LowerOpen, high, highExact && r.UpperOpen), nameof(rate));
    }

    /// <summary>A token rate per month of <paramref name="monthLength"/> (see <see cref="ToPeriod"/>).</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="monthLength">How long a month is.</param>
    /// <returns>The monthly estimate.</returns>
    /// <exception cref="OverflowException">A bound is too large.</exception>
    public static Estimate<TokenRate> ToMonthly(Estimate<TokenRate> rate, MonthLength monthLength) => ToPeriod(rate, Duration.FromMonths30(1), monthLength);

    /// <summary>A token rate per day (see <see cref="ToPeriod"/>).</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="monthLength">How long a month is, when the rate is monthly.</param>
    /// <returns>The daily estimate.</returns>
    /// <exception cref="OverflowException">A bound is too large.</exception>
    public static Estimate<TokenRate> ToDaily(Estimate<TokenRate> rate, MonthLength monthLength) => ToPeriod(rate, Duration.FromDays(1), monthLength);

    // ---- helpers -------------------------------------------------------------------------------------------

    /// <summary>True to multiply (the amount is in the base currency), false to divide (in the quote currency).</summary>
    private static bool Direction(Currency currency, Currency @base, Currency quote)
    {
        if (currency == @base)
        {
            return true;
        }

        return currency == quote ? false : throw DirectionMismatch(currency, @base, quote);
    }

    private static MismatchException DirectionMismatch(Currency currency, Currency @base, Currency quote) =>
        MismatchException.Currencies(currency, @base, $"convert by a {@base.Code}/{quote.Code} rate", "amount");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Estimate<Money> Scale(in Estimate a, Currency target, decimal min, decimal mid, decimal max, bool multiply, in Estimate<Money> amount)
    {
        // Positive factors: a non-negative bound is smallest with the smallest factor (multiplying) or the largest divisor.
        decimal low = 0m, high = 0m;
        bool hasLow = a.HasLower, hasHigh = a.HasUpper;
        if (hasLow)
        {
            decimal l = a.LowerBound;
            bool below = DecimalMagnitude.IsBelowZero(l);
            bool ok = multiply
                ? DirectedDecimal.TryMultiply(l, below ? max : min, up: false, out low)
                : DirectedDecimal.TryDivide(l, below ? min : max, up: false, out low);
            if (!ok)
            {
                ThrowConvertOverflow(in amount, target);
            }
        }

        if (hasHigh)
        {
            decimal u = a.UpperBound;
            bool below = DecimalMagnitude.IsBelowZero(u);
            bool ok = multiply
                ? DirectedDecimal.TryMultiply(u, below ? min : max, up: true, out high)
                : DirectedDecimal.TryDivide(u, below ? max : min, up: true, out high);
            if (!ok)
            {
                ThrowConvertOverflow(in amount, target);
            }
        }

        decimal statedAmount = a.Stated;
        if (!(multiply ? TryNearestProduct(statedAmount, mid, out decimal stated) : TryNearestQuotient(statedAmount, mid, out stated)))
        {
            bool toHigh = !DecimalMagnitude.IsBelowZero(statedAmount);
            if (toHigh ? !hasHigh : !hasLow)
            {
                ThrowConvertOverflow(in amount, target);
            }

            stated = toHigh ? high : low;
        }

        stated = Clamp(stated, hasLow, low, hasHigh, high);

        // Money takes every amount and has no granularity: the result is valid as it is (see Estimate<T>).
        return new Estimate<Money>(new Money(stated, target), Estimate.CreateDerived(stated, hasLow, low, a.LowerOpen, hasHigh, high, a.UpperOpen), proven: true);
    }

    /// <summary>The refusal of a conversion beyond decimal's range, out of line: the caller keeps no copy of the
    /// estimate and no message state on its frame.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowConvertOverflow(in Estimate<Money> amount, Currency target) =>
        throw Overflow("convert", amount, new Money(0m, target));

    private static bool ProductOpen(decimal a, bool aOpen, decimal b, bool bOpen) =>
        (aOpen || bOpen) && !(DecimalMagnitude.IsZero(a) && !aOpen) && !(DecimalMagnitude.IsZero(b) && !bOpen);

    private static decimal Whole(decimal tokens, decimal to, decimal from, MidpointRounding mode) =>
        ExactRational.ToDecimal(ExactRational.RoundQuotient(tokens, to, from, mode))
        ?? throw new OverflowException(Preconditions.Invariant($"{tokens} tokens over the new period exceed the range of decimal."));

    private static decimal? ExactOrNull(decimal tokens, decimal to, decimal from)
    {
        decimal down = Whole(tokens, to, from, MidpointRounding.ToNegativeInfinity);
        decimal up = Whole(tokens, to, from, MidpointRounding.ToPositiveInfinity);
        return down == up ? down : null;
    }

    private static decimal Clamp(decimal value, decimal? low, decimal? high) =>
        low is decimal l && value < l ? l : high is decimal h && value > h ? h : value;

    /// <summary><see cref="Clamp(decimal, decimal?, decimal?)"/> without nullable bounds, comparing inline where cheap.</summary>
    private static decimal Clamp(decimal value, bool hasLow, decimal low, bool hasHigh, decimal high) =>
        hasLow && DecimalMagnitude.Compare(value, low) < 0 ? low : hasHigh && DecimalMagnitude.Compare(value, high) > 0 ? high : value;

    private enum Nearest
    {
        Multiply,
        Divide,
        Add,
    }

    /// <summary>The stated figure of a result: decimal's own nearest rounding; false when it leaves decimal's range.</summary>
    private static bool TryNearest(decimal a, decimal b, Nearest operation, out decimal result) => operation switch
    {
        Nearest.Multiply => TryNearestProduct(a, b, out result),
        Nearest.Divide => TryNearestQuotient(a, b, out result),
        _ => TryNearestGuarded(a, b, operation, out result),
    };

    /// <summary>a × b to nearest (decimal's product); no exception handler where the mantissas prove it fits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryNearestProduct(decimal a, decimal b, out decimal result)
    {
        if (DecimalMagnitude.TryExactProduct(a, b, out result))
        {
            return true; // exact, so decimal's nearest product itself
        }

        if (DecimalMagnitude.ProductCannotOverflow(a, b))
        {
            result = a * b; // both mantissas below 2^48: the product's integer part is below 2^96
            return true;
        }

        return TryNearestGuarded(a, b, Nearest.Multiply, out result);
    }

    /// <summary>a ÷ b to nearest (decimal's quotient); no exception handler where |b| ≥ 1 proves it fits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryNearestQuotient(decimal a, decimal b, out decimal result)
    {
        if (DecimalMagnitude.QuotientCannotOverflow(b))
        {
            result = a / b; // |b| ≥ 1: no larger than a
            return true;
        }

        return TryNearestGuarded(a, b, Nearest.Divide, out result);
    }

    /// <summary>The guarded form of <see cref="TryNearest"/>: decimal's operator, an overflow caught.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryNearestGuarded(decimal a, decimal b, Nearest operation, out decimal result)
    {
        try
        {
            result = operation switch
            {
                Nearest.Multiply => a * b,
                Nearest.Divide => a / b,
                _ => a + b,
            };
            return true;
        }
        catch (OverflowException)
        {
            result = 0m;
            return false;
        }
    }

    /// <summary>The refusal of a result beyond decimal's range; the message is written only here, when it is thrown.</summary>
    private static OverflowException Overflow<TLeft, TRight>(string operation, TLeft left, TRight right) =>
        new(Preconditions.Invariant($"Cannot {operation} {left} and {right}: a bound rounded outwards, or the stated result, is beyond the range of decimal (±{decimal.MaxValue})."));
}
