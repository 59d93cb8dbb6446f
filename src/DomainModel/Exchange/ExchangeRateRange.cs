using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel.Exchange;

/// <summary>
/// A range of exchange rates between two currencies, both ends included: what a text implies when it states two
/// rounded amounts as equivalent. "160 billion yuan, about 23 billion dollars", with 23 billion meaning 22.5 to 23.5
/// billion, implies USD/CNY between 160/23.5 = 6.8085… and 160/22.5 = 7.1111….
/// </summary>
/// <remarks>
/// <para><b>Bounds:</b> <see cref="Min"/> and <see cref="Max"/> obey the rules of <see cref="ExchangeRate"/> values. Bounds
/// computed here are rounded outwards (min down, max up) to 20 significant digits, so the range never excludes a rate the
/// statement allows.</para>
/// <para><b>Equality:</b> equal when base, quote, bounds (numerically), validity and source are equal. No ordering
/// (overlapping ranges are neither smaller nor larger).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ExchangeRateRange : IEquatable<ExchangeRateRange>
{
    /// <summary>Creates a range of rates (1 base = between min and max quote).</summary>
    /// <param name="base">The base currency.</param>
    /// <param name="quote">The quote currency.</param>
    /// <param name="min">The smallest rate, a valid rate value.</param>
    /// <param name="max">The largest rate, a valid rate value, not below <paramref name="min"/>.</param>
    /// <param name="validity">When the statement holds.</param>
    /// <param name="source">Who made the statement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The currencies are refused (equal, or XXX), the source is refused, or <paramref name="max"/> is below <paramref name="min"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not a valid rate value.</exception>
    public ExchangeRateRange(Currency @base, Currency quote, decimal min, decimal max, RateValidity validity, string source)
        : this(@base, quote, min, max, validity, source, nameof(quote), nameof(min), nameof(max))
    {
    }

    /// <summary>The checks of the public constructor, in its order and with the messages of a rate's (currencies, the
    /// minimum, the source, then the maximum), naming the caller's parameters (constants): the public constructor's
    /// own, or <c>quoteAmount</c> for <see cref="Implied"/>, whose bounds are computed.</summary>
    private ExchangeRateRange(Currency @base, Currency quote, decimal min, decimal max, RateValidity validity, string source, string pairName, string minName, string maxName)
    {
        Preconditions.CheckNotNull(source);
        if (ExchangeRate.CheckPair(@base, quote) is { } pairRefused)
        {
            throw new ArgumentException(pairRefused, pairName);
        }

        if (RatePrecision.Check(min) is { } minRefused)
        {
            throw Preconditions.OutOfRange(minName, min, minRefused);
        }

        if (ExchangeRate.CheckSource(source) is { } sourceRefused)
        {
            throw new ArgumentException(sourceRefused, nameof(source));
        }

        if (RatePrecision.Check(max) is { } maxRefused)
        {
            throw Preconditions.OutOfRange(maxName, max, maxRefused);
        }

        if (max < min)
        {
            throw new ArgumentException(Preconditions.Invariant($"The range's maximum {max} is below its minimum {min}."), maxName);
        }

        Base = @base;
        Quote = quote;
        Min = min;
        Max = max;
        Validity = validity;
        Source = source.Trim();
    }

    /// <summary>The base currency.</summary>
    public Currency Base { get; }

    /// <summary>The quote currency.</summary>
    public Currency Quote { get; }

    /// <summary>The smallest rate in the range (units of quote per unit of base).</summary>
    public decimal Min { get; }

    /// <summary>The largest rate in the range.</summary>
    public decimal Max { get; }

    /// <summary>The middle of the range, (min + max) / 2, rounded to 20 significant digits (half to even).</summary>
    public decimal Mid => RatePrecision.Round((Min + Max) / 2m, MidpointRounding.ToEven);

    /// <summary>When the statement holds.</summary>
    public RateValidity Validity { get; }

    /// <summary>Who made the statement.</summary>
    public string Source { get; }

    /// <summary>The pair in market notation, <c>USD/CNY</c>.</summary>
    public string Pair => Base.Code + "/" + Quote.Code;

    /// <summary>
    /// The range of rates implied by two amounts stated as equivalent ("160 miliardi di yuan, circa 23 miliardi di
    /// dollari"): 1 unit of <paramref name="baseAmount"/>'s currency is worth between quote.Lower / base.Upper and
    /// quote.Upper / base.Lower of <paramref name="quoteAmount"/>'s currency. Each bound is computed exactly and rounded
    /// outwards to 20 significant digits, so the range never excludes a rate the two statements allow (open bounds of
    /// the amounts are included: the range is closed). The caller picks the direction by which amount it passes first.
    /// </summary>
    /// <param name="baseAmount">The estimate in the currency that becomes the base (e.g. about 23 billion USD).</param>
    /// <param name="quoteAmount">The estimate in the currency that becomes the quote (e.g. 160 billion CNY).</param>
    /// <param name="validity">When the statement holds (e.g. the article's date).</param>
    /// <param name="source">Who made the statement (e.g. "Financial Times").</param>
    /// <returns>The implied range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The currencies are equal or XXX, an estimate is unbounded or admits zero or a negative amount, or the source is refused.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An implied bound falls outside 1E-12 to 1E+12.</exception>
    public static ExchangeRateRange Implied(Estimate<Money> baseAmount, Estimate<Money> quoteAmount, RateValidity validity, string source)
    {
        Preconditions.CheckNotNull(source);
        var (baseLow, baseHigh) = PositiveBounds(baseAmount, nameof(baseAmount));
        var (quoteLow, quoteHigh) = PositiveBounds(quoteAmount, nameof(quoteAmount));
        if (!DirectedDecimal.TryDivide(quoteLow, baseHigh, up: false, out decimal low)
            || !DirectedDecimal.TryDivide(quoteHigh, baseLow, up: true, out decimal high)
            || low == 0m)
        {
            throw Preconditions.OutOfRange(nameof(quoteAmount), quoteAmount.ToString(), Preconditions.Invariant($"The rate implied by {quoteAmount} for {baseAmount} is beyond the range of decimal (or below its smallest positive value), far outside the accepted range 1E-12 to 1E+12 (almost always a unit error)."));
        }

        decimal min = RatePrecision.Round(low, MidpointRounding.ToNegativeInfinity);
        decimal max = RatePrecision.Round(high, MidpointRounding.ToPositiveInfinity);
        return new ExchangeRateRange(baseAmount.Stated.Currency, quoteAmount.Stated.Currency, min, max, validity, source, nameof(quoteAmount), nameof(quoteAmount), nameof(quoteAmount));
    }

    /// <summary>Whether a value (units of quote per unit of base) lies within the range, ends included.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether min ≤ value ≤ max.</returns>
    public bool Contains(decimal value) => Min <= value && value <= Max;

    /// <summary>Whether a rate lies within the range. The rate may be written in either direction: a CNY/USD rate is
    /// compared through its reciprocal (exactly, by cross-multiplying). Validity, kind and source are not compared.</summary>
    /// <param name="rate">A rate between the same two currencies.</param>
    /// <returns>Whether the rate lies within the range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rate"/> is null.</exception>
    /// <exception cref="ArgumentException">The rate is between other currencies.</exception>
    public bool Contains(ExchangeRate rate)
    {
        Preconditions.CheckNotNull(rate);
        if (rate.Base == Base && rate.Quote == Quote)
        {
            return Contains(rate.Value);
        }

        if (rate.Base == Quote && rate.Quote == Base)
        {
            // min ≤ 1/v ≤ max  ⇔  min·v ≤ 1 ≤ max·v, for v > 0.
            return Min * rate.Value <= 1m && 1m <= Max * rate.Value;
        }

        throw new ArgumentException(Preconditions.Invariant($"A {rate.Pair} rate cannot lie in a {Pair} range: it must be {Pair} or {Quote.Code}/{Base.Code}."), nameof(rate));
    }

    /// <summary>The same range seen the other way: [1/max, 1/min], rounded outwards to 20 significant digits.</summary>
    /// <returns>The inverse range.</returns>
    public ExchangeRateRange Inverse() => new(
        Quote,
        Base,
        RatePrecision.Round(DirectedDecimal.DivideDown(1m, Max), MidpointRounding.ToNegativeInfinity),
        RatePrecision.Round(DirectedDecimal.DivideUp(1m, Min), MidpointRounding.ToPositiveInfinity),
        Validity,
        Source);

    /// <summary>The middle of the range as a rate of kind <see cref="RateKind.Implied"/>, with the range's validity and source.</summary>
    /// <returns>The rate <see cref="Mid"/>.</returns>
    public ExchangeRate ToMidRate() => ExchangeRate.Trusted(Base, Quote, Mid, Validity, RateKind.Implied, Source);

    /// <summary>Invariant text: <c>USD/CNY [6.8085106382978723404, 7.1111111111111111112] 2025-12-05 Financial Times</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Pair} [{Min}, {Max}] {Validity} {Source}");

    /// <summary>Equal when base, quote, bounds (numerically), validity and source are equal.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals([NotNullWhen(true)] ExchangeRateRange? other) =>
        other is not null && Base == other.Base && Quote == other.Quote && Min == other.Min && Max == other.Max
        && Validity == other.Validity && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ExchangeRateRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Base, Quote, Min, Max, Validity, StringComparer.Ordinal.GetHashCode(Source));

    /// <summary>Equality; two nulls are equal.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ExchangeRateRange? left, ExchangeRateRange? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ExchangeRateRange? left, ExchangeRateRange? right) => !(left == right);

    private static (decimal Low, decimal High) PositiveBounds(Estimate<Money> amount, string paramName)
    {
        if (amount.Interval.Lower is not decimal low || amount.Interval.Upper is not decimal high || low <= 0m)
        {
            throw new ArgumentException(
                Preconditions.Invariant($"{amount} admits amounts that are unbounded or not positive; an implied rate needs amounts whose whole stated range is above zero and bounded."),
                paramName);
        }

        return (low, high);
    }

    /// <summary>Converts an estimate of money by this range of rates, outwards: the result admits every admitted amount
    /// times (or divided by) every rate of the range.</summary>
    /// <param name="amount">The estimate, in the range's base or quote currency.</param>
    /// <returns>The estimate in the other currency, of kind <see cref="EstimateKind.Derived"/>.</returns>
    /// <exception cref="MismatchException">The amount is in neither currency of the range.</exception>
    /// <exception cref="OverflowException">A bound leaves the range of decimal.</exception>
    public Estimate<Money> Convert(Estimate<Money> amount) => EstimateMath.ConvertWithin(amount, Base, Quote, Min, Mid, Max);
}
