using System;
using System.Diagnostics.CodeAnalysis;
using DomainModel.Utility;
using UnitsNet;
using UnitsNet.Units;

namespace DomainModel;

/// <summary>
/// A token volume consumed over a stated span of days ("China alone consumed 7.359 trillion tokens" in "the week of
/// March 16-22, 2026"): a <see cref="TokenVolume"/> and the <see cref="DateRange"/> it was consumed in. A total, not a
/// rate: <see cref="ToAverageRate"/> turns it into the average <see cref="TokenRate"/> over the span, whose length it
/// states.
/// </summary>
/// <remarks>
/// <para><b>Span:</b> whole days, both ends included (<see cref="DateRange"/>); <see cref="Days"/> is its length (7 for
/// a week, 366 for 2024).</para>
/// <para><b>Average rate:</b> volume × period ÷ span, computed exactly and rounded to whole tokens with a
/// <see cref="MidpointRounding"/> the caller chooses; a month (UnitsNet's <see cref="DurationUnit.Month30"/>) is as long
/// as the <see cref="MonthLength"/> the caller gives, and the converted rate says so. <see cref="FromRate"/> is the
/// other way: a rate consumed over a span.</para>
/// <para><b>Unit safety:</b> volumes over spans of the same length compare (a week against another week); addition and
/// subtraction need the same span. Otherwise <see cref="MismatchException"/>: a week's volume and a month's
/// compare only as average rates.</para>
/// <para><b>Equality and ordering:</b> by volume (the number of tokens) and span; ordered by volume, then span, among
/// spans of the same length. <b>Default:</b> <c>default(TokenVolumeOver)</c> is 0 tokens over the single day
/// 0001-01-01.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(TokenVolumeOverJsonConverter))]
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<TokenVolumeOver>))]
public readonly struct TokenVolumeOver : IEquatable<TokenVolumeOver>, IComparable<TokenVolumeOver>, IComparable, IEstimable<TokenVolumeOver>, IDisplayable
{
    private const decimal SecondsPerDay = 86_400m;
    private readonly TokenVolume _volume;
    private readonly DateRange _span;

    /// <summary>Creates a volume consumed over a span.</summary>
    /// <param name="volume">The volume consumed.</param>
    /// <param name="span">The days it was consumed in, both ends included.</param>
    public TokenVolumeOver(TokenVolume volume, DateRange span)
    {
        _volume = volume;
        _span = span;
    }

    /// <summary>The volume consumed.</summary>
    public TokenVolume Volume => _volume;

    /// <summary>The days it was consumed in.</summary>
    public DateRange Span => _span;

    /// <summary>The span's length in days, both ends included.</summary>
    public int Days => _span.LengthInDays;

    /// <summary>A volume over a span (named twin of the constructor).</summary>
    /// <param name="volume">The volume.</param>
    /// <param name="span">The span.</param>
    /// <returns>The volume over the span.</returns>
    public static TokenVolumeOver Of(TokenVolume volume, DateRange span) => new(volume, span);

    /// <summary>
    /// The volume a rate amounts to over a span: rate × span ÷ period, computed exactly and rounded to whole tokens
    /// (100 T tokens per day over a week is 700 T tokens). A month is <paramref name="monthLength"/> days long.
    /// </summary>
    /// <param name="rate">The rate.</param>
    /// <param name="span">The span.</param>
    /// <param name="monthLength">How long a month is, used when the rate is monthly.</param>
    /// <param name="rounding">How to round to whole tokens.</param>
    /// <returns>The volume over the span, in the rate's volume unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not defined.</exception>
    /// <exception cref="OverflowException">The volume is too large.</exception>
    public static TokenVolumeOver FromRate(TokenRate rate, DateRange span, MonthLength monthLength, MidpointRounding rounding)
    {
        CheckRounding(rounding);
        decimal periodSeconds = TokenRate.SecondsIn(rate.Period, monthLength);
        decimal tokens = ExactRational.ToDecimal(ExactRational.RoundQuotient(rate.Volume.Tokens, SpanSeconds(span), periodSeconds, rounding))
            ?? throw new OverflowException($"{rate} over {span} exceeds the largest token volume.");
        return new TokenVolumeOver(TokenVolume.FromTokens(tokens).ToUnit(rate.Volume.Unit), span);
    }

    /// <summary>
    /// The average rate over the span: volume × <paramref name="period"/> ÷ span, computed exactly and rounded to whole
    /// tokens (7.359 T tokens over 7 days is 1.051285714286 T, rounded 1,051,285,714,286 tokens, per day). A month
    /// (<see cref="DurationUnit.Month30"/>) is <paramref name="monthLength"/> days long, and the rate's
    /// <see cref="TokenRate.MonthLength"/> says so.
    /// </summary>
    /// <param name="period">The rate's period (1 day, 1 week, 1 hour...), as accepted by <see cref="TokenRate"/>.</param>
    /// <param name="monthLength">How long a month is.</param>
    /// <param name="rounding">How to round to whole tokens.</param>
    /// <returns>The average rate, its volume in this volume's unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is invalid, or <paramref name="rounding"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is in an unsupported unit.</exception>
    /// <exception cref="OverflowException">The rate's volume is too large.</exception>
    public TokenRate ToAverageRate(Duration period, MonthLength monthLength, MidpointRounding rounding)
    {
        CheckRounding(rounding);
        var unit = new TokenRate(TokenVolume.Zero, period); // validates the period
        decimal tokens = ExactRational.ToDecimal(ExactRational.RoundQuotient(_volume.Tokens, TokenRate.SecondsIn(unit.Period, monthLength), SpanSeconds(_span), rounding))
            ?? throw new OverflowException($"{this} per {MismatchException.Describe(period)} exceeds the largest token volume.");
        return new TokenRate(TokenVolume.FromTokens(tokens).ToUnit(_volume.Unit), period, period.Unit == DurationUnit.Month30 ? monthLength : null);
    }

    /// <summary>The average rate per 1 day (see <see cref="ToAverageRate"/>).</summary>
    /// <param name="rounding">How to round to whole tokens.</param>
    /// <returns>The average daily rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not defined.</exception>
    public TokenRate ToAveragePerDay(MidpointRounding rounding) => ToAverageRate(Duration.FromDays(1), MonthLength.ThirtyDays, rounding);

    /// <summary>Whether the two spans have the same length in days, so that the volumes compare.</summary>
    /// <param name="other">The other volume.</param>
    /// <returns>Whether the spans are equally long.</returns>
    public bool HasSameLength(TokenVolumeOver other) => Days == other.Days;

    // ---- Arithmetic ---------------------------------------------------------------------------------------

    /// <summary>Adds two volumes over the same span ("China's and the rest of the world's, that week").</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume, over the same span.</param>
    /// <returns>The sum over the span.</returns>
    /// <exception cref="MismatchException">The spans differ.</exception>
    /// <exception cref="OverflowException">The sum is too large.</exception>
    public static TokenVolumeOver operator +(TokenVolumeOver left, TokenVolumeOver right) => Sum(left, right, nameof(right));

    // + and Add, naming the caller's parameter (a constant) when the spans differ.
    private static TokenVolumeOver Sum(TokenVolumeOver left, TokenVolumeOver right, string paramName)
    {
        CheckSameSpan(left, right, "add", paramName);
        return new TokenVolumeOver(left._volume + right._volume, left._span);
    }

    /// <summary>Subtracts a smaller or equal volume over the same span.</summary>
    /// <param name="left">The volume to subtract from.</param>
    /// <param name="right">The volume to subtract, over the same span.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="MismatchException">The spans differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative.</exception>
    public static TokenVolumeOver operator -(TokenVolumeOver left, TokenVolumeOver right) => Difference(left, right, nameof(right));

    // - and Subtract, naming the caller's parameter (a constant) when the spans differ or the volume is too large.
    private static TokenVolumeOver Difference(TokenVolumeOver left, TokenVolumeOver right, string paramName)
    {
        CheckSameSpan(left, right, "subtract", paramName);
        return new TokenVolumeOver(TokenVolume.Difference(left._volume, right._volume, paramName), left._span);
    }

    /// <summary>Adds a volume over the same span (named twin of <c>+</c>).</summary>
    /// <param name="other">The volume to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="MismatchException">The spans differ.</exception>
    /// <exception cref="OverflowException">The sum is too large.</exception>
    public TokenVolumeOver Add(TokenVolumeOver other) => Sum(this, other, nameof(other));

    /// <summary>Subtracts a volume over the same span (named twin of <c>-</c>).</summary>
    /// <param name="other">The volume to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="MismatchException">The spans differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative.</exception>
    public TokenVolumeOver Subtract(TokenVolumeOver other) => Difference(this, other, nameof(other));

    // ---- Equality and ordering -----------------------------------------------------------------------------

    /// <summary>Equal when the numbers of tokens and the spans are equal (the volume's display unit is not compared).</summary>
    /// <param name="other">The other volume.</param>
    /// <returns>Whether they are equal; never throws.</returns>
    public bool Equals(TokenVolumeOver other) => _volume.Equals(other._volume) && _span.Equals(other._span);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is TokenVolumeOver other && Equals(other);

    /// <summary>A hash consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(_volume, _span);

    /// <summary>Compares by volume, then by span, two volumes over spans of the same length.</summary>
    /// <param name="other">The other volume.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="MismatchException">The spans have different lengths.</exception>
    public int CompareTo(TokenVolumeOver other) => CompareTo(other, nameof(other));

    // CompareTo naming the caller's parameter (a constant) when the lengths differ.
    private int CompareTo(TokenVolumeOver other, string paramName)
    {
        CheckSameLength(this, other, "compare", paramName);
        int c = _volume.CompareTo(other._volume);
        return c != 0 ? c : _span.CompareTo(other._span);
    }

    /// <summary>Compares with a boxed <see cref="TokenVolumeOver"/> (F#'s <c>compare</c>).</summary>
    /// <param name="obj">Null (which sorts first) or a <see cref="TokenVolumeOver"/>.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="TokenVolumeOver"/>.</exception>
    /// <exception cref="MismatchException">The spans have different lengths.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        TokenVolumeOver other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(TokenVolumeOver)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TokenVolumeOver left, TokenVolumeOver right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TokenVolumeOver left, TokenVolumeOver right) => !left.Equals(right);

    /// <summary>Ordering among spans of the same length.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>Whether left sorts first.</returns>
    /// <exception cref="MismatchException">The spans have different lengths.</exception>
    public static bool operator <(TokenVolumeOver left, TokenVolumeOver right) => left.CompareTo(right, nameof(right)) < 0;

    /// <summary>Ordering among spans of the same length.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>Whether left sorts last.</returns>
    /// <exception cref="MismatchException">The spans have different lengths.</exception>
    public static bool operator >(TokenVolumeOver left, TokenVolumeOver right) => left.CompareTo(right, nameof(right)) > 0;

    /// <summary>Ordering among spans of the same length.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>Whether left sorts first or equal.</returns>
    /// <exception cref="MismatchException">The spans have different lengths.</exception>
    public static bool operator <=(TokenVolumeOver left, TokenVolumeOver right) => left.CompareTo(right, nameof(right)) <= 0;

    /// <summary>Ordering among spans of the same length.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>Whether left sorts last or equal.</returns>
    /// <exception cref="MismatchException">The spans have different lengths.</exception>
    public static bool operator >=(TokenVolumeOver left, TokenVolumeOver right) => left.CompareTo(right, nameof(right)) >= 0;

    /// <summary>Invariant text: "7359 B tokens over 2026-03-16..2026-03-22 (7 days)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{_volume} over {Describe(_span)}";

    /// <inheritdoc/>
    string IDisplayable.DisplayText() => ToString();

    /// <summary>"2026-03-16..2026-03-22 (7 days)".</summary>
    internal static string Describe(DateRange span) =>
        Preconditions.Invariant($"{span} ({span.LengthInDays} {(span.LengthInDays == 1 ? "day" : "days")})");

    // ---- Helpers ------------------------------------------------------------------------------------------

    internal static decimal SpanSeconds(DateRange span) => span.LengthInDays * SecondsPerDay;

    private static void CheckRounding(MidpointRounding rounding)
    {
        if (rounding is < MidpointRounding.ToEven or > MidpointRounding.ToPositiveInfinity)
        {
            Preconditions.ThrowRange(nameof(rounding), rounding, MidpointRounding.ToEven, MidpointRounding.ToPositiveInfinity);
        }
    }

    private static void CheckSameSpan(TokenVolumeOver left, TokenVolumeOver right, string operation, string paramName)
    {
        if (left._span != right._span)
        {
            throw MismatchException.Spans(left._span, right._span, operation, paramName);
        }
    }

    private static void CheckSameLength(TokenVolumeOver left, TokenVolumeOver right, string operation, string paramName)
    {
        if (left.Days != right.Days)
        {
            throw MismatchException.Spans(left._span, right._span, operation, paramName);
        }
    }

    // ---- Estimates (explicit) -----------------------------------------------------------------------------

    /// <inheritdoc />
    decimal IEstimable<TokenVolumeOver>.Magnitude => _volume.Tokens;

    /// <inheritdoc />
    decimal IEstimable<TokenVolumeOver>.Granularity => 1m;

    /// <inheritdoc />
    string IEstimable<TokenVolumeOver>.UnitText => "tokens over " + Describe(_span);

    /// <inheritdoc />
    TokenVolumeOver IEstimable<TokenVolumeOver>.WithMagnitude(decimal magnitude) => new(TokenVolume.FromTokens(magnitude), _span);

    /// <inheritdoc />
    void IEstimable<TokenVolumeOver>.CheckCommensurable(TokenVolumeOver other, string operation) => CheckSameLength(this, other, operation, nameof(other));

    /// <summary>The unit check of <see cref="IEstimable{TSelf}.CheckCommensurable"/>, naming <paramref name="paramName"/>
    /// (the parameter of the public member that was called) in the mismatch exception.</summary>
    /// <param name="other">The other value.</param>
    /// <param name="operation">What was attempted, for the message.</param>
    /// <param name="paramName">The caller's parameter that held <paramref name="other"/>.</param>
    internal void CheckCommensurable(TokenVolumeOver other, string operation, string paramName) => CheckSameLength(this, other, operation, paramName);
}
