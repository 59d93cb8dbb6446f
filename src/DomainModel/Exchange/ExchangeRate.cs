using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using DomainModel.Text;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel.Exchange;

/// <summary>
/// An exchange rate: 1 <see cref="Base"/> = <see cref="Value"/> <see cref="Quote"/> (<c>USD/CNY 7.1234</c>: one dollar is
/// 7.1234 yuan), with when it holds (<see cref="Validity"/>), what kind of figure it is (<see cref="Kind"/>) and who
/// stated it (<see cref="Source"/>); a rate computed from others keeps them in <see cref="Legs"/>.
/// </summary>
/// <remarks>
/// <para><b>Why a class:</b> a rate carries two currencies, a decimal, a validity, a kind, a source and its legs (other
/// rates: a recursive structure), about 60 bytes; and no zero-initialised value could be valid (a zero rate is exactly
/// what must be unrepresentable). A sealed immutable class has no <c>default</c> to document and no invalid instance.</para>
/// <para><b>Values accepted:</b> positive, within 1E-12 to 1E+12, with at most 20 significant digits (trailing zeros not
/// counted); see docs/fx.md. The range is closed under inversion, so <see cref="Inverse"/> never fails. Rates computed
/// here (inverse, cross, averages) are rounded to 20 significant digits, half to even (to 28 decimal places, decimal's
/// limit, when that is coarser: below 1E-8).</para>
/// <para><b>Direction:</b> <see cref="Convert(Money)"/> multiplies an amount in the base currency and divides an amount in the
/// quote currency; any other currency throws <see cref="MismatchException"/>.</para>
/// <para><b>Equality:</b> equal when base, quote, numeric value (7.1 equals 7.10, as for <see cref="decimal"/>), validity,
/// kind and source (ordinal) are equal. <see cref="Legs"/> are not compared: they say how a rate was made, not what it is.
/// <b>Ordering:</b> only rates of the same base and quote compare, by value, then validity, kind and source (consistent
/// with equality); rates of different pairs throw <see cref="ArgumentException"/>.</para>
/// <para><b>Text:</b> <see cref="ToString()"/> is the invariant, round-trip form <c>USD/CNY 7.1234 2025-12-05 Spot ECB</c>
/// (pair, value, validity, kind, source); the market form <c>USD/CNY 7.1234</c> is format <c>"M"</c> and is read by
/// <see cref="ParseMarket"/>. Codes are ISO 4217; legs are not written.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ExchangeRateJsonConverter))]
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<ExchangeRate>))]
public sealed class ExchangeRate : IEquatable<ExchangeRate>, IComparable<ExchangeRate>, IComparable, ISpanFormattable, ISpanParsable<ExchangeRate>
{
    /// <summary>The most significant digits a rate value may carry: 20 (trailing zeros not counted).</summary>
    public const int MaxSignificantDigits = RatePrecision.MaxSignificantDigits;

    /// <summary>The smallest rate value accepted: 1E-12.</summary>
    public const decimal MinValue = RatePrecision.MinValue;

    /// <summary>The largest rate value accepted: 1E+12.</summary>
    public const decimal MaxValue = RatePrecision.MaxValue;

    private const int MaxSourceLength = 200;
    private static readonly IReadOnlyList<ExchangeRate> NoLegs = Array.Empty<ExchangeRate>();

    /// <summary>Creates a rate that holds over a validity (a day or a period).</summary>
    /// <param name="base">The base currency (1 unit of it …).</param>
    /// <param name="quote">The quote currency (… is worth <paramref name="value"/> of it); not the base, not XXX.</param>
    /// <param name="value">Positive, 1E-12 to 1E+12, at most 20 significant digits.</param>
    /// <param name="validity">When the rate holds.</param>
    /// <param name="kind">A defined <see cref="RateKind"/>.</param>
    /// <param name="source">Who stated the rate, e.g. <c>"ECB"</c>: non-blank, at most 200 characters, no control characters; trimmed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">A currency is XXX, the currencies are equal, or the source is blank, too long or has control characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not positive, outside 1E-12 to 1E+12, or has more than 20 significant digits; or <paramref name="kind"/> is undefined.</exception>
    public ExchangeRate(Currency @base, Currency quote, decimal value, RateValidity validity, RateKind kind, string source)
    {
        Preconditions.CheckNotNull(source);
        string? error = CheckPair(@base, quote);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(quote));
        }

        error = RatePrecision.Check(value);
        if (error is not null)
        {
            throw Preconditions.OutOfRange(nameof(value), value, error);
        }

        if (!IsDefined(kind))
        {
            throw Preconditions.OutOfRange(nameof(kind), kind, Preconditions.Invariant($"Rate kind {(int)kind} is not defined; allowed are Spot, OfficialReference, PeriodAverage, Implied and Derived."));
        }

        error = CheckSource(source);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(source));
        }

        Base = @base;
        Quote = quote;
        Value = value;
        Validity = validity;
        Kind = kind;
        Source = source.Trim();
        Legs = NoLegs;
    }

    /// <summary>Creates a rate that holds on one day.</summary>
    /// <param name="base">The base currency.</param>
    /// <param name="quote">The quote currency; not the base, not XXX.</param>
    /// <param name="value">Positive, 1E-12 to 1E+12, at most 20 significant digits.</param>
    /// <param name="date">The day the rate holds.</param>
    /// <param name="kind">A defined <see cref="RateKind"/>.</param>
    /// <param name="source">Who stated the rate, e.g. <c>"ECB"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">A currency is XXX, the currencies are equal, or the source is blank, too long or has control characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> or <paramref name="kind"/> is refused (see the other constructor).</exception>
    public ExchangeRate(Currency @base, Currency quote, decimal value, DateOnly date, RateKind kind, string source)
        : this(@base, quote, value, new RateValidity(date), kind, source)
    {
    }

    /// <summary>Trusted: the caller has validated everything (values computed here are rounded and range-checked).</summary>
    private ExchangeRate(Currency @base, Currency quote, decimal value, RateValidity validity, RateKind kind, string source, IReadOnlyList<ExchangeRate> legs)
    {
        Base = @base;
        Quote = quote;
        Value = value;
        Validity = validity;
        Kind = kind;
        Source = source;
        Legs = legs;
    }

    /// <summary>The base currency: 1 unit of it is worth <see cref="Value"/> units of <see cref="Quote"/>.</summary>
    public Currency Base { get; }

    /// <summary>The quote currency.</summary>
    public Currency Quote { get; }

    /// <summary>Units of <see cref="Quote"/> per unit of <see cref="Base"/>, exactly as given (scale included).</summary>
    public decimal Value { get; }

    /// <summary>When the rate holds.</summary>
    public RateValidity Validity { get; }

    /// <summary>What kind of figure it is.</summary>
    public RateKind Kind { get; }

    /// <summary>Who stated it (for a derived rate, the sources of its legs joined by <c>" + "</c>).</summary>
    public string Source { get; }

    /// <summary>The rates this one was computed from (one for an inverse, two for a cross rate, the daily rates of an
    /// average); empty for a rate stated by a source, or read back from text.</summary>
    public IReadOnlyList<ExchangeRate> Legs { get; }

    /// <summary>The pair in market notation, <c>USD/CNY</c>.</summary>
    public string Pair => Base.Code + "/" + Quote.Code;

    /// <summary>Whether the rate converts amounts in this currency (it is the base or the quote).</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Whether <paramref name="currency"/> is <see cref="Base"/> or <see cref="Quote"/>.</returns>
    public bool Involves(Currency currency) => currency == Base || currency == Quote;

    // ---- Conversion ---------------------------------------------------------------------------------------

    /// <summary>
    /// Converts money exactly, without rounding: an amount in <see cref="Base"/> is multiplied by <see cref="Value"/> and
    /// comes out in <see cref="Quote"/>; an amount in <see cref="Quote"/> is divided and comes out in <see cref="Base"/>.
    /// Exact while the result fits decimal's 28–29 significant digits (a division usually does not; decimal then rounds
    /// to the nearest representable value).
    /// </summary>
    /// <param name="money">An amount in the base or the quote currency.</param>
    /// <returns>The amount in the other currency.</returns>
    /// <exception cref="MismatchException">The money is in neither currency of the rate.</exception>
    /// <exception cref="OverflowException">The result is outside the range of decimal.</exception>
    public Money Convert(Money money)
    {
        try
        {
            if (money.Currency == Base)
            {
                return new Money(money.Amount * Value, Quote);
            }

            if (money.Currency == Quote)
            {
                return new Money(money.Amount / Value, Base);
            }
        }
        catch (OverflowException e)
        {
            throw new OverflowException(Preconditions.Invariant($"Converting {money} with {Pair} {Value} gives a result outside the range of decimal."), e);
        }

        throw MismatchException.RateCurrency(Base, Quote, money.Currency, nameof(money));
    }

    /// <summary>Converts an estimate of money by this exact rate, in whichever direction the rate is written; the
    /// result admits every admitted amount converted (bounds rounded outwards, open bounds kept open).</summary>
    /// <param name="amount">The estimate, in the base or the quote currency.</param>
    /// <returns>The estimate in the other currency, of kind <see cref="EstimateKind.Derived"/>.</returns>
    /// <exception cref="MismatchException">The amount is in neither currency of the rate.</exception>
    /// <exception cref="OverflowException">A bound leaves the range of decimal.</exception>
    public Estimate<Money> Convert(Estimate<Money> amount) => EstimateMath.ConvertAt(amount, Base, Quote, Value);

    /// <summary>Converts money and rounds the result to the target currency's minor unit (see <see cref="Convert(Money)"/>).</summary>
    /// <param name="money">An amount in the base or the quote currency.</param>
    /// <param name="mode">How to round (the caller's choice; there is no default).</param>
    /// <returns>The rounded amount in the other currency.</returns>
    /// <exception cref="MismatchException">The money is in neither currency of the rate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">The target currency has no minor unit; use <see cref="Convert(Money, int, MidpointRounding)"/>.</exception>
    /// <exception cref="OverflowException">The result is outside the range of decimal.</exception>
    public Money Convert(Money money, MidpointRounding mode)
    {
        CheckMode(mode);
        Currency target = Target(money);
        return target.Definition.MinorUnits is int decimals ? ConvertRounded(money, decimals, mode) : Convert(money).Round(mode);
    }

    /// <summary>Converts money and rounds the result to a number of decimals (see <see cref="Convert(Money)"/>).</summary>
    /// <param name="money">An amount in the base or the quote currency.</param>
    /// <param name="decimals">0 to 28.</param>
    /// <param name="mode">How to round.</param>
    /// <returns>The rounded amount in the other currency.</returns>
    /// <exception cref="MismatchException">The money is in neither currency of the rate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28 or <paramref name="mode"/> is not a defined value.</exception>
    /// <exception cref="OverflowException">The result is outside the range of decimal.</exception>
    public Money Convert(Money money, int decimals, MidpointRounding mode)
    {
        Preconditions.CheckRange(decimals, 0, 28);
        CheckMode(mode);
        return ConvertRounded(money, decimals, mode);
    }

    /// <summary>The exact product or quotient rounded once, to the given decimals (decimal's own 28-29 digit rounding
    /// first and then the mode would round twice: 2.0099999999999999999999999999 × 0.5 would become 1.01 AwayFromZero).</summary>
    private Money ConvertRounded(Money money, int decimals, MidpointRounding mode)
    {
        Currency target = Target(money);
        return TryConvertFast(money.Amount, target == Quote, decimals, mode, out decimal fast)
            ? new Money(fast, target)
            : ConvertRoundedExact(money, decimals, mode);
    }

    /// <summary>
    /// The same result as <see cref="ConvertRoundedExact"/>, bit for bit, in 128-bit integers, without allocating; false
    /// when an intermediate does not fit 128 bits or the result does not fit decimal (the exact path then decides).
    /// With a = ma/10^sa and the rate r = mr/10^sr, the result's units at <paramref name="decimals"/> d are
    /// a·r·10^d = ma·mr·10^(d−sa−sr) or a/r·10^d = ma·10^(sr+d−sa)/mr: one integer quotient N/D with its remainder,
    /// rounded once.
    /// </summary>
    internal bool TryConvertFast(decimal amount, bool multiply, int decimals, MidpointRounding mode, out decimal result)
    {
        result = default;
        UInt128 ma = DecimalMagnitude.Decompose(amount, out int sa, out bool negative);
        UInt128 mr = DecimalMagnitude.Decompose(Value, out int sr, out _);
        UInt128 numerator;
        UInt128 denominator;
        if (multiply)
        {
            if (!TryMultiply(ma, mr, out numerator))
            {
                return false;
            }

            int shift = decimals - sa - sr;
            denominator = UInt128.One;
            if (shift > 0 ? !TryMultiplyPow10(numerator, shift, out numerator) : !TryPow10(-shift, out denominator))
            {
                return false;
            }
        }
        else
        {
            int shift = sr + decimals - sa;
            numerator = ma;
            denominator = mr;
            if (shift > 0 ? !TryMultiplyPow10(ma, shift, out numerator) : !TryMultiplyPow10(mr, -shift, out denominator))
            {
                return false;
            }
        }

        UInt128 quotient = numerator / denominator;
        UInt128 remainder = numerator - (quotient * denominator);
        if (remainder != UInt128.Zero)
        {
            UInt128 rest = denominator - remainder; // remainder vs half the denominator, without overflow: 2r ≥ D ⇔ r ≥ D − r
            bool up = mode switch
            {
                MidpointRounding.ToZero => false,
                MidpointRounding.ToNegativeInfinity => negative,
                MidpointRounding.ToPositiveInfinity => !negative,
                MidpointRounding.AwayFromZero => remainder >= rest,
                _ => remainder > rest || (remainder == rest && (quotient & UInt128.One) != UInt128.Zero), // ToEven
            };
            if (up)
            {
                quotient++;
            }
        }

        if (quotient > DecimalMagnitude.MaxMantissa)
        {
            return false;
        }

        result = DecimalMagnitude.Compose(quotient, negative && quotient != UInt128.Zero, decimals);
        return true;
    }

    /// <summary>x·y when it fits 128 bits.</summary>
    private static bool TryMultiply(UInt128 x, UInt128 y, out UInt128 product)
    {
        if ((ulong)(y >> 64) == 0)
        {
            return TryMultiply(x, (ulong)y, out product);
        }

        if ((ulong)(x >> 64) == 0)
        {
            return TryMultiply(y, (ulong)x, out product);
        }

        product = default;
        return false;
    }

    /// <summary>x·y when it fits 128 bits.</summary>
    private static bool TryMultiply(UInt128 x, ulong y, out UInt128 product)
    {
        ulong upperHigh = Math.BigMul((ulong)(x >> 64), y, out ulong upperLow);
        ulong lowerHigh = Math.BigMul((ulong)x, y, out ulong lowerLow);
        ulong middle = upperLow + lowerHigh;
        product = new UInt128(middle, lowerLow);
        return upperHigh == 0 && middle >= upperLow;
    }

    /// <summary>x·10^exponent when it fits 128 bits (exponent ≥ 0).</summary>
    private static bool TryMultiplyPow10(UInt128 x, int exponent, out UInt128 product)
    {
        product = x;
        while (exponent > 19)
        {
            if (!TryMultiply(product, DecimalMagnitude.Pow10(19), out product))
            {
                return false;
            }

            exponent -= 19;
        }

        return TryMultiply(product, DecimalMagnitude.Pow10(exponent), out product);
    }

    /// <summary>10^exponent when it fits 128 bits (exponent ≥ 0; up to 38).</summary>
    private static bool TryPow10(int exponent, out UInt128 power) => TryMultiplyPow10(UInt128.One, exponent, out power);

    /// <summary>The exact product or quotient through <see cref="System.Numerics.BigInteger"/>, rounded once (the
    /// reference the fast path must equal; tests compare the two).</summary>
    internal Money ConvertRoundedExact(Money money, int decimals, MidpointRounding mode)
    {
        Currency target = Target(money);
        var (amountNumerator, amountDenominator) = ExactRational.FromDecimal(money.Amount);
        var (rateNumerator, rateDenominator) = ExactRational.FromDecimal(Value);
        var scale = System.Numerics.BigInteger.Pow(10, decimals);
        var units = target == Quote
            ? ExactRational.RoundDivide(amountNumerator * rateNumerator * scale, amountDenominator * rateDenominator, mode)
            : ExactRational.RoundDivide(amountNumerator * rateDenominator * scale, amountDenominator * rateNumerator, mode);
        return ExactRational.TryToDecimal(units, decimals, out decimal exact)
            ? new Money(exact, target)
            : throw new OverflowException(Preconditions.Invariant($"Converting {money} with {Pair} {Value} gives a result outside the range of decimal at {decimals} decimals."));
    }

    private Currency Target(Money money) =>
        money.Currency == Base ? Quote
        : money.Currency == Quote ? Base
        : throw MismatchException.RateCurrency(Base, Quote, money.Currency, nameof(money));

    private static void CheckMode(MidpointRounding mode)
    {
        if (mode is < MidpointRounding.ToEven or > MidpointRounding.ToPositiveInfinity)
        {
            Preconditions.ThrowRange(nameof(mode), mode, MidpointRounding.ToEven, MidpointRounding.ToPositiveInfinity);
        }
    }

    /// <summary>units × 10^-scale as a decimal with exactly that scale (units fits decimal).</summary>
    private static decimal WithScale(System.Numerics.BigInteger units, int scale)
    {
        decimal whole = (decimal)System.Numerics.BigInteger.Abs(units);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(whole, bits);
        return new decimal(bits[0], bits[1], bits[2], units.Sign < 0, (byte)scale);
    }

    /// <summary>numerator/denominator (both positive) rounded once to 20 significant digits, half to even.</summary>
    private static decimal RoundSignificant(System.Numerics.BigInteger numerator, System.Numerics.BigInteger denominator)
    {
        // exponent = floor(log10(numerator / denominator))
        int exponent = numerator.ToString(CultureInfo.InvariantCulture).Length - denominator.ToString(CultureInfo.InvariantCulture).Length;
        var ten = new System.Numerics.BigInteger(10);
        bool below = exponent >= 0
            ? numerator < denominator * System.Numerics.BigInteger.Pow(ten, exponent)
            : numerator * System.Numerics.BigInteger.Pow(ten, -exponent) < denominator;
        if (below)
        {
            exponent--;
        }

        int decimals = Math.Clamp(RatePrecision.MaxSignificantDigits - 1 - exponent, 0, 28);
        var units = ExactRational.RoundDivide(numerator * System.Numerics.BigInteger.Pow(ten, decimals), denominator, MidpointRounding.ToEven);
        while (decimals > 0 && !units.IsZero && (units % ten).IsZero)
        {
            units /= ten;
            decimals--;
        }

        return ExactRational.ToDecimal(units) is not null ? WithScale(units, decimals) : decimal.MaxValue;
    }

    // ---- Derived rates ------------------------------------------------------------------------------------

    /// <summary>
    /// The opposite direction: <c>CNY/USD 1/7.1234</c>, rounded to 20 significant digits (half to even), of kind
    /// <see cref="RateKind.Derived"/> with this rate as its one leg, same validity and source. The inverse of a rate
    /// made by <see cref="Inverse"/> is the original rate itself, so <c>r.Inverse().Inverse()</c> equals <c>r</c> exactly.
    /// </summary>
    /// <returns>The inverse rate.</returns>
    public ExchangeRate Inverse()
    {
        if (Kind == RateKind.Derived && Legs.Count == 1 && Legs[0].Base == Quote && Legs[0].Quote == Base)
        {
            return Legs[0];
        }

        var (n, d) = ExactRational.FromDecimal(Value);
        decimal inverse = RoundSignificant(d, n);
        return new ExchangeRate(Quote, Base, inverse, Validity, RateKind.Derived, Source, [this]);
    }

    /// <summary>
    /// The cross rate of this rate and another that share exactly one currency: from this rate's other currency to
    /// <paramref name="other"/>'s other currency. <c>EUR/USD 1.05</c> crossed with <c>EUR/CNY 7.5</c> is
    /// <c>USD/CNY 7.142857…</c>. Either rate may be written in either direction.
    /// </summary>
    /// <param name="other">A rate sharing one currency with this one.</param>
    /// <returns>A <see cref="RateKind.Derived"/> rate, rounded to 20 significant digits (half to even), valid on the days
    /// both rates hold, with both rates as legs and their sources combined (<c>"ECB"</c>, or <c>"ECB + Fed"</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The rates share no currency or both, their validities share no day, or the
    /// cross rate falls outside 1E-12 to 1E+12.</exception>
    public ExchangeRate CrossWith(ExchangeRate other)
    {
        Preconditions.CheckNotNull(other);
        string? error = TryCross(other, out var cross);
        return error is null ? cross! : throw new ArgumentException(error, nameof(other));
    }

    /// <summary>The cross rate, or why there is none (never throws).</summary>
    internal string? TryCross(ExchangeRate other, out ExchangeRate? cross)
    {
        cross = null;
        Currency shared;
        if (Involves(other.Base) && Involves(other.Quote))
        {
            return $"{Pair} and {other.Pair} have the same two currencies; a cross rate needs two rates sharing exactly one currency.";
        }
        else if (Involves(other.Base))
        {
            shared = other.Base;
        }
        else if (Involves(other.Quote))
        {
            shared = other.Quote;
        }
        else
        {
            return $"{Pair} and {other.Pair} share no currency; a cross rate needs two rates sharing exactly one currency.";
        }

        if (!Validity.TryIntersect(other.Validity, out var validity))
        {
            return $"{Pair} holds on {Validity} and {other.Pair} on {other.Validity}: no common day, so they cannot be crossed.";
        }

        // Orient as this: from → shared and other: shared → to, multiplying or dividing the stated values once.
        // Both values lie in 1E-12..1E+12, so products and quotients lie in 1E-24..1E+24: no overflow.
        bool thisEndsInShared = Quote == shared;
        bool otherStartsInShared = other.Base == shared;
        // Exactly, as a fraction, rounded once to 20 significant digits (decimal's quotient would round first).
        var (a, aDenominator) = ExactRational.FromDecimal(Value);
        var (b, bDenominator) = ExactRational.FromDecimal(other.Value);
        var (numerator, denominator) = (thisEndsInShared, otherStartsInShared) switch
        {
            (true, true) => (a * b, aDenominator * bDenominator),
            (false, true) => (b * aDenominator, bDenominator * a),
            (true, false) => (a * bDenominator, aDenominator * b),
            (false, false) => (aDenominator * bDenominator, a * b),
        };
        decimal value = RoundSignificant(numerator, denominator);
        Currency from = thisEndsInShared ? Base : Quote;
        Currency to = otherStartsInShared ? other.Quote : other.Base;
        if (value < MinValue || value > MaxValue)
        {
            return Preconditions.Invariant($"The cross rate {from.Code}/{to.Code} of {this} and {other} is {value}, outside the accepted range 1E-12 to 1E+12.");
        }

        cross = new ExchangeRate(from, to, value, validity, RateKind.Derived, CombineSources([this, other]), [this, other]);
        return null;
    }

    /// <summary>The cross rate of two rates sharing exactly one currency, from <paramref name="first"/>'s other currency to
    /// <paramref name="second"/>'s (see <see cref="CrossWith"/>).</summary>
    /// <param name="first">The rate whose other currency becomes the base.</param>
    /// <param name="second">The rate whose other currency becomes the quote.</param>
    /// <returns>The derived cross rate.</returns>
    /// <exception cref="ArgumentNullException">A rate is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="CrossWith"/>.</exception>
    public static ExchangeRate Cross(ExchangeRate first, ExchangeRate second)
    {
        Preconditions.CheckNotNull(first);
        Preconditions.CheckNotNull(second);
        string? error = first.TryCross(second, out var cross);
        return error is null ? cross! : throw new ArgumentException(error, nameof(second));
    }

    /// <summary>A period average of daily rates of one pair (trusted: the caller checked pair and count).</summary>
    internal static ExchangeRate Average(Currency from, Currency to, RateValidity period, IReadOnlyList<ExchangeRate> daily)
    {
        decimal sum = 0m;
        foreach (var rate in daily)
        {
            sum += rate.Value;
        }

        decimal mean = RatePrecision.Round(sum / daily.Count, MidpointRounding.ToEven);
        return new ExchangeRate(from, to, mean, period, RateKind.PeriodAverage, CombineSources(daily), daily);
    }

    internal static ExchangeRate Trusted(Currency @base, Currency quote, decimal value, RateValidity validity, RateKind kind, string source) =>
        new(@base, quote, value, validity, kind, source, NoLegs);

    internal static string CombineSources(IEnumerable<ExchangeRate> legs) =>
        string.Join(" + ", legs.Select(l => l.Source).Distinct(StringComparer.Ordinal));

    // ---- Text ---------------------------------------------------------------------------------------------

    /// <summary>The invariant round-trip form: <c>USD/CNY 7.1234 2025-12-05 Spot ECB</c> (pair, value with its scale, validity, kind, source).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Base.Code}/{Quote.Code} {Value} {Validity} {Kind} {Source}");

    /// <summary>Formats the rate: <c>"G"</c> (or null/empty) is the round-trip form of <see cref="ToString()"/>,
    /// <c>"M"</c> the market form <c>USD/CNY 7.1234</c>. Always invariant.</summary>
    /// <param name="format">"G", "M", null or empty.</param>
    /// <param name="formatProvider">Ignored: the forms are invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="DomainModelFormatException">The format is not one of those.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => ToString(),
        "M" => string.Create(CultureInfo.InvariantCulture, $"{Base.Code}/{Quote.Code} {Value}"),
        _ => throw TextForm.UnknownFormat(format, ExchangeTextErrors.UnknownFormat(format)),
    };

    /// <summary>Writes the rate in the given format (see <see cref="ToString(string?, IFormatProvider?)"/>).</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">"G", "M" or empty.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the destination was large enough and the format known.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string? text = format switch
        {
            "" or "G" => ToString(),
            "M" => ToString("M", provider),
            _ => null,
        };
        if (text is not null && text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Parses the round-trip form <c>USD/CNY 7.1234 2025-12-05 Spot ECB</c> (single spaces; the source is the rest of the text).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The rate (without legs).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not in that form or describes a refused rate; the message says which part.</exception>
    public static ExchangeRate Parse(string s, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses the round-trip form (see <see cref="Parse(string, IFormatProvider?)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="DomainModelFormatException">The text is not in that form or describes a refused rate.</exception>
    public static ExchangeRate Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        return ParseFull(s).GetValueOrThrow(s);
    }

    /// <summary>Parses the round-trip form without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The rate, or null.</param>
    /// <returns>Whether the text was a valid rate.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out ExchangeRate result)
    {
        if (s is null)
        {
            result = null;
            return false;
        }

        return ParseFull(s).TryGetValue(out result);
    }

    /// <summary>Parses the round-trip form without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The rate, or null.</param>
    /// <returns>Whether the text was a valid rate.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out ExchangeRate result) =>
        ParseFull(s).TryGetValue(out result);

    /// <summary>Parses the market form <c>USD/CNY 7.1234</c> (invariant: a point for decimals, no grouping, no exponent)
    /// and attaches the validity, kind and source that the text does not carry.</summary>
    /// <param name="text">The market form.</param>
    /// <param name="validity">When the rate holds.</param>
    /// <param name="kind">A defined <see cref="RateKind"/>.</param>
    /// <param name="source">Who stated it.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not in the market form or the value is refused.</exception>
    /// <exception cref="ArgumentException">The source is refused.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public static ExchangeRate ParseMarket(string text, RateValidity validity, RateKind kind, string source)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(source);
        var pair = ParseMarketCore(text).GetValueOrThrow(text);
        return new ExchangeRate(pair.Base, pair.Quote, pair.Value, validity, kind, source);
    }

    /// <summary>Parses the market form <c>USD/CNY 7.1234</c> without throwing (see <see cref="ParseMarket"/>).</summary>
    /// <param name="text">The market form.</param>
    /// <param name="validity">When the rate holds.</param>
    /// <param name="kind">The kind; an undefined kind gives false.</param>
    /// <param name="source">Who stated it; an invalid source gives false.</param>
    /// <param name="result">The rate, or null.</param>
    /// <returns>Whether a valid rate was made.</returns>
    public static bool TryParseMarket([NotNullWhen(true)] string? text, RateValidity validity, RateKind kind, [NotNullWhen(true)] string? source, [MaybeNullWhen(false)] out ExchangeRate result)
    {
        result = null;
        if (text is null || source is null || !IsDefined(kind) || CheckSource(source) is not null
            || !ParseMarketCore(text).TryGetValue(out var pair))
        {
            return false;
        }

        result = new ExchangeRate(pair.Base, pair.Quote, pair.Value, validity, kind, source.Trim(), NoLegs);
        return true;
    }

    /// <summary>The one parser of the round-trip form; never throws.</summary>
    private static ParseResult<ExchangeRate> ParseFull(ReadOnlySpan<char> s)
    {
        // pair value validity kind source…
        int first = s.IndexOf(' ');
        int second = first < 0 ? -1 : IndexOf(s, ' ', first + 1);
        int third = second < 0 ? -1 : IndexOf(s, ' ', second + 1);
        int fourth = third < 0 ? -1 : IndexOf(s, ' ', third + 1);
        if (fourth < 0)
        {
            return ExchangeTextErrors.NotRate(s);
        }

        var market = ParseMarketCore(s[..second]);
        if (!market.TryGetValue(out var pair))
        {
            return market.Failure;
        }

        var validity = RateValidity.ParseCore(s[(second + 1)..third]);
        if (!validity.Success)
        {
            return validity.Failure.At(second + 1);
        }

        var kindText = s[(third + 1)..fourth];
        if (!TryParseKind(kindText, out var kind))
        {
            return ExchangeTextErrors.NotKind(s, third + 1, kindText.Length);
        }

        string source = s[(fourth + 1)..].ToString();
        if (CheckSource(source) is { } refused)
        {
            return ExchangeTextErrors.Refused(fourth + 1, source.Length, refused);
        }

        if (source.Trim().Length != source.Length)
        {
            return ExchangeTextErrors.PaddedSource(s, fourth + 1);
        }

        validity.TryGetValue(out var days);
        return ParseResult<ExchangeRate>.ForValue(new ExchangeRate(pair.Base, pair.Quote, pair.Value, days, kind, source, NoLegs));
    }

    private static int IndexOf(ReadOnlySpan<char> s, char c, int start)
    {
        int i = s[start..].IndexOf(c);
        return i < 0 ? -1 : start + i;
    }

    /// <summary>The one parser of the market form <c>USD/CNY 7.1234</c>; never throws.</summary>
    private static ParseResult<(Currency Base, Currency Quote, decimal Value)> ParseMarketCore(ReadOnlySpan<char> s)
    {
        int space = s.IndexOf(' ');
        if (space != 7 || s[3] != '/')
        {
            return ExchangeTextErrors.NotMarketForm(s);
        }

        if (!Currency.TryFromCode(s[..3], out var @base))
        {
            return ExchangeTextErrors.NotCode(s, 0);
        }

        if (!Currency.TryFromCode(s[4..7], out var quote))
        {
            return ExchangeTextErrors.NotCode(s, 4);
        }

        if (CheckPair(@base, quote) is { } pairRefused)
        {
            return ExchangeTextErrors.Refused(0, 7, pairRefused);
        }

        if (!decimal.TryParse(s[8..], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal value))
        {
            return ExchangeTextErrors.NotValue(s, 8);
        }

        return RatePrecision.Check(value) is { } valueRefused
            ? ExchangeTextErrors.Refused(8, s.Length - 8, valueRefused)
            : ParseResult<(Currency, Currency, decimal)>.ForValue((@base, quote, value));
    }

    private static bool TryParseKind(ReadOnlySpan<char> text, out RateKind kind)
    {
        foreach (var candidate in Enum.GetValues<RateKind>())
        {
            if (text.SequenceEqual(candidate.ToString()))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static bool IsDefined(RateKind kind) => kind is >= RateKind.Spot and <= RateKind.Derived;

    /// <summary>Why a pair is refused (XXX, or one currency twice), or null.</summary>
    internal static string? CheckPair(Currency @base, Currency quote)
    {
        if (@base == Currency.XXX || quote == Currency.XXX)
        {
            return $"{@base.Code}/{quote.Code} involves XXX, ISO's code for \"no currency\" (also default(Currency)); a rate needs two real currencies.";
        }

        if (@base == quote)
        {
            return $"{@base.Code}/{quote.Code} has the same base and quote currency; a rate needs two different currencies (converting a currency into itself needs no rate).";
        }

        return null;
    }

    /// <summary>Why a source is refused (blank, too long, a control character), or null.</summary>
    internal static string? CheckSource(string source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return "The source must name who stated the rate (e.g. \"ECB\"); it is empty or white space.";
        }

        if (source.Length > MaxSourceLength)
        {
            return Preconditions.Invariant($"The source is {source.Length} characters long; at most {MaxSourceLength} are allowed.");
        }

        if (source.Any(char.IsControl))
        {
            return $"The source '{source.ReplaceLineEndings(" ")}' contains a control character (such as a line break); a source is one line of text.";
        }

        return null;
    }

    // ---- Equality and ordering ----------------------------------------------------------------------------

    /// <summary>Equal when base, quote, numeric value, validity, kind and source are equal (legs are not compared).</summary>
    /// <param name="other">The other rate.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals([NotNullWhen(true)] ExchangeRate? other) =>
        other is not null && (ReferenceEquals(this, other) ||
        (Base == other.Base && Quote == other.Quote && Value == other.Value && Validity == other.Validity
            && Kind == other.Kind && string.Equals(Source, other.Source, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ExchangeRate other && Equals(other);

    /// <summary>A hash consistent with <see cref="Equals(ExchangeRate?)"/> (scale-insensitive, as decimal's own).</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Base, Quote, Value, Validity, Kind, StringComparer.Ordinal.GetHashCode(Source));

    /// <summary>Orders rates of the same base and quote by value, then validity, kind and source (ordinal).</summary>
    /// <param name="other">A rate of the same pair; null sorts first.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException">The pairs differ (USD/CNY and CNY/USD are different pairs).</exception>
    public int CompareTo(ExchangeRate? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (Base != other.Base || Quote != other.Quote)
        {
            throw new ArgumentException($"Cannot compare a {Pair} rate with a {other.Pair} rate: only rates of the same base and quote are ordered (invert one of them first).", nameof(other));
        }

        int c = Value.CompareTo(other.Value);
        if (c == 0)
        {
            c = Validity.CompareTo(other.Validity);
        }

        if (c == 0)
        {
            c = Kind.CompareTo(other.Kind);
        }

        return c != 0 ? c : string.CompareOrdinal(Source, other.Source);
    }

    /// <summary>Compares with another boxed rate of the same pair (used by F#'s <c>compare</c> and sorting).</summary>
    /// <param name="obj">Null (which sorts first) or an <see cref="ExchangeRate"/>.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="ExchangeRate"/>, or its pair differs.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ExchangeRate other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(ExchangeRate)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>Equality (see <see cref="Equals(ExchangeRate?)"/>); two nulls are equal.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ExchangeRate? left, ExchangeRate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality (see <see cref="Equals(ExchangeRate?)"/>).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ExchangeRate? left, ExchangeRate? right) => !(left == right);

    /// <summary>Ordering within one pair (see <see cref="CompareTo(ExchangeRate?)"/>).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether left sorts before right.</returns>
    /// <exception cref="ArgumentException">The pairs differ.</exception>
    public static bool operator <(ExchangeRate? left, ExchangeRate? right) => Compare(left, right) < 0;

    /// <summary>Ordering within one pair.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether left sorts after right.</returns>
    /// <exception cref="ArgumentException">The pairs differ.</exception>
    public static bool operator >(ExchangeRate? left, ExchangeRate? right) => Compare(left, right) > 0;

    /// <summary>Ordering within one pair.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether left sorts before or equal to right.</returns>
    /// <exception cref="ArgumentException">The pairs differ.</exception>
    public static bool operator <=(ExchangeRate? left, ExchangeRate? right) => Compare(left, right) <= 0;

    /// <summary>Ordering within one pair.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether left sorts after or equal to right.</returns>
    /// <exception cref="ArgumentException">The pairs differ.</exception>
    public static bool operator >=(ExchangeRate? left, ExchangeRate? right) => Compare(left, right) >= 0;

    private static int Compare(ExchangeRate? left, ExchangeRate? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
