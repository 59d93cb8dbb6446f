using System;
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
    internal static Estimate<Money> ConvertAt(Estimate<Money> amount, Currency baseCurrency, Currency quoteCurrency, decimal v)
    {
        var (target, multiply) = Direction(amount, baseCurrency, quoteCurrency);
        return Scale(amount, target, v, v, v, multiply);
    }

    /// <summary>Converts an estimate of money by a range of rate values, outwards (the implementation of
    /// <c>ExchangeRateRange.Convert(Estimate&lt;Money&gt;)</c>).</summary>
    internal static Estimate<Money> ConvertWithin(Estimate<Money> amount, Currency baseCurrency, Currency quoteCurrency, decimal min, decimal mid, decimal max)
    {
        var (target, multiply) = Direction(amount, baseCurrency, quoteCurrency);
        return Scale(amount, target, min, mid, max, multiply);
    }

    /// <summary>The total of a count at a price per unit ("20.000 unità" at "$ 20.000 per unità").</summary>
    /// <param name="count">The count.</param>
    /// <param name="price">The price per unit of the same kind, admitting no negative price.</param>
    /// <returns>The estimate of the total, in the price's currency.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="ArgumentException">The price admits a negative value or has no lower bound.</exception>
    /// <exception cref="OverflowException">A bound, or the product of the stated figures, is beyond the range of decimal (a bound rounded outwards would not fit).</exception>
    public static Estimate<Money> Total(Estimate<UnitCount> count, Estimate<PricePerUnit> price)
    {
        if (count.Stated.Kind != price.Stated.Kind)
        {
            throw MismatchException.CountKinds(count.Stated.Kind, price.Stated.Kind, "price", nameof(price));
        }

        var c = count.Interval;
        var p = price.Interval;
        if (!(p.Lower is decimal pLow && pLow >= 0m))
        {
            throw new ArgumentException(Preconditions.Invariant($"A price per unit must admit no negative value to multiply a count; {price} was given."), nameof(price));
        }

        decimal cLow = c.Lower ?? 0m;
        bool cLowOpen = c.Lower is not null && c.LowerOpen;
        if (!DirectedDecimal.TryMultiply(cLow, pLow, up: false, out decimal low))
        {
            throw Overflow("multiply", count, price);
        }

        bool lowOpen = ProductOpen(cLow, cLowOpen, pLow, p.LowerOpen);
        decimal? high = null;
        bool highOpen = false;
        if (c.Upper is decimal cu && p.Upper is decimal pu)
        {
            if (!DirectedDecimal.TryMultiply(cu, pu, up: true, out decimal h))
            {
                throw Overflow("multiply", count, price);
            }

            (high, highOpen) = (h, ProductOpen(cu, c.UpperOpen, pu, p.UpperOpen));
        }

        if (!TryNearest(c.Stated, p.Stated, Nearest.Multiply, out decimal stated))
        {
            throw Overflow("multiply", count, price);
        }

        var currency = price.Stated.Price.Currency;
        return new Estimate<Money>(new Money(0m, currency), Estimate.Create(EstimateKind.Derived, Clamp(stated, low, high), Clamp(stated, low, high), low, lowOpen, high, highOpen));
    }

    /// <summary>The share a part is of a whole ("85 miliardi" of "150 miliardi"): every admitted part over every admitted whole.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="part">The part, bounded below by zero or more.</param>
    /// <param name="whole">The whole, in the same unit, admitting only values above zero.</param>
    /// <returns>The estimate of the share (it may exceed 1 when the part can exceed the whole).</returns>
    /// <exception cref="ArgumentException">The units differ (the type's mismatch exception), the part admits a negative value, or the whole admits zero or less.</exception>
    /// <exception cref="OverflowException">A bound, or the ratio of the stated figures, is beyond the range of decimal.</exception>
    public static Estimate<Share> Ratio<T>(Estimate<T> part, Estimate<T> whole)
        where T : struct, IEstimable<T>
    {
        part.Stated.CheckCommensurable(whole.Stated, "take a share of");
        var p = part.Interval;
        var w = whole.Interval;
        if (!(p.Lower is decimal pLow && pLow >= 0m))
        {
            throw new ArgumentException(Preconditions.Invariant($"A share needs a part that admits no negative value; {part} was given."), nameof(part));
        }

        if (!(w.Lower is decimal wLow && (wLow > 0m || (wLow == 0m && w.LowerOpen))))
        {
            throw new ArgumentException(Preconditions.Invariant($"A share needs a whole that admits only values above zero; {whole} was given."), nameof(whole));
        }

        decimal low;
        bool lowOpen;
        if (w.Upper is decimal wu)
        {
            if (!DirectedDecimal.TryDivide(pLow, wu, up: false, out low))
            {
                throw Overflow("divide", part, whole);
            }

            lowOpen = !(pLow == 0m && !p.LowerOpen) && (p.LowerOpen || w.UpperOpen);
        }
        else
        {
            (low, lowOpen) = (0m, !(pLow == 0m && !p.LowerOpen));
        }

        decimal? high = null;
        bool highOpen = false;
        if (p.Upper is decimal pu && pu == 0m && !p.UpperOpen)
        {
            (high, highOpen) = (0m, false);
        }
        else if (p.Upper is decimal pu2 && wLow > 0m)
        {
            if (!DirectedDecimal.TryDivide(pu2, wLow, up: true, out decimal h))
            {
                throw Overflow("divide", part, whole);
            }

            (high, highOpen) = (h, p.UpperOpen || w.LowerOpen);
        }

        decimal stated = low;
        if (w.Stated > 0m && p.Stated >= 0m && !TryNearest(p.Stated, w.Stated, Nearest.Divide, out stated))
        {
            stated = high ?? throw Overflow("divide", part, whole);
        }

        stated = Clamp(stated, low, high);
        return new Estimate<Share>(new Share(0m, 1m), Estimate.Create(EstimateKind.Derived, stated, stated, low, lowOpen, high, highOpen));
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
        where T : struct, IEstimable<T> => Ratio(later, earlier);

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
        later.Stated.CheckCommensurable(earlier.Stated, "subtract");
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
        return new Estimate<T>(later.Stated, Estimate.Create(EstimateKind.Derived, stated, stated, low, a.LowerOpen || b.UpperOpen, high, a.UpperOpen || b.LowerOpen));
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
        return new Estimate<TokenRate>(unit.WithMagnitude(0m), Estimate.Create(EstimateKind.Derived, stated, stated, low, lowExact && r.LowerOpen, high, highExact && r.UpperOpen));
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

    private static (Money Target, bool Multiply) Direction(Estimate<Money> amount, Currency @base, Currency quote)
    {
        var currency = amount.Stated.Currency;
        if (currency == @base)
        {
            return (new Money(0m, quote), true);
        }

        if (currency == quote)
        {
            return (new Money(0m, @base), false);
        }

        throw MismatchException.Currencies(currency, @base, $"convert by a {@base.Code}/{quote.Code} rate", nameof(amount));
    }

    private static Estimate<Money> Scale(Estimate<Money> amount, Money target, decimal min, decimal mid, decimal max, bool multiply)
    {
        var a = amount.Interval;

        // Positive factors: a non-negative bound is smallest with the smallest factor (multiplying) or the largest divisor.
        decimal? low = null, high = null;
        if (a.Lower is decimal l)
        {
            bool ok = multiply
                ? DirectedDecimal.TryMultiply(l, l >= 0m ? min : max, up: false, out decimal r)
                : DirectedDecimal.TryDivide(l, l >= 0m ? max : min, up: false, out r);
            low = ok ? r : throw Overflow("convert", amount, target);
        }

        if (a.Upper is decimal u)
        {
            bool ok = multiply
                ? DirectedDecimal.TryMultiply(u, u >= 0m ? max : min, up: true, out decimal r)
                : DirectedDecimal.TryDivide(u, u >= 0m ? min : max, up: true, out r);
            high = ok ? r : throw Overflow("convert", amount, target);
        }

        if (!TryNearest(a.Stated, mid, multiply ? Nearest.Multiply : Nearest.Divide, out decimal stated))
        {
            stated = (a.Stated >= 0m ? high : low) ?? throw Overflow("convert", amount, target);
        }

        stated = Clamp(stated, low, high);
        return new Estimate<Money>(target, Estimate.Create(EstimateKind.Derived, stated, stated, low, a.LowerOpen, high, a.UpperOpen));
    }

    private static bool ProductOpen(decimal a, bool aOpen, decimal b, bool bOpen) =>
        (aOpen || bOpen) && !(a == 0m && !aOpen) && !(b == 0m && !bOpen);

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

    private enum Nearest
    {
        Multiply,
        Divide,
        Add,
    }

    /// <summary>The stated figure of a result: decimal's own nearest rounding; false when it leaves decimal's range.</summary>
    private static bool TryNearest(decimal a, decimal b, Nearest operation, out decimal result)
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
