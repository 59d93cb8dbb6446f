using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel.Text;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel.Exchange;

/// <summary>
/// When an exchange rate holds: one day (a daily reference rate) or a period of whole days, both ends included
/// (a monthly or fiscal-year average).
/// </summary>
/// <remarks>
/// <para><b>Text:</b> ISO 8601, invariant: <c>2025-12-05</c> for a day, <c>2025-01-01/2025-12-31</c> (an ISO 8601
/// interval) for a period. <see cref="ToString()"/> round-trips through <see cref="Parse(string, IFormatProvider?)"/>.</para>
/// <para><b>Equality and ordering:</b> equal when both ends are equal; ordered by start, then end.</para>
/// <para><b>Default:</b> <c>default(RateValidity)</c> is the single day 0001-01-01, a valid but meaningless value.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(RateValidityJsonConverter))]
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<RateValidity>))]
public readonly struct RateValidity : IEquatable<RateValidity>, IComparable<RateValidity>, IComparable, ISpanFormattable, ISpanParsable<RateValidity>
{
    // The one span-of-days type of the model; the validity adds rate semantics and its ISO 8601 text.
    private readonly DateRange _days;

    /// <summary>A rate that holds on one day.</summary>
    /// <param name="day">The day.</param>
    public RateValidity(DateOnly day) => _days = DateRange.SingleDay(day);

    /// <summary>A rate that holds over a period, both ends included.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, on or after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public RateValidity(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException(
                Preconditions.Invariant($"The period ends on {end:yyyy-MM-dd}, before it starts on {start:yyyy-MM-dd}; the end must be on or after the start."),
                nameof(end));
        }

        _days = DateRange.Trusted(start, end);
    }

    /// <summary>The first day.</summary>
    public DateOnly Start => _days.Start;

    /// <summary>The last day (equal to <see cref="Start"/> for a single day).</summary>
    public DateOnly End => _days.End;

    /// <summary>Whether the validity is one day.</summary>
    public bool IsSingleDay => _days.Start == _days.End;

    /// <summary>The same days as a <see cref="DateRange"/>, for overlap with fiscal years and periods of text.</summary>
    public DateRange Range => _days;

    /// <summary>The validity covering the days of a range (a single day when the range is one day).</summary>
    /// <param name="range">The days the rate holds.</param>
    /// <returns>The validity.</returns>
    public static RateValidity FromRange(DateRange range) => new(range.Start, range.End);

    /// <summary>The number of days, both ends included (1 for a single day).</summary>
    public int DayCount => _days.LengthInDays;

    /// <summary>Whether the day lies within the validity.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Whether <see cref="Start"/> ≤ day ≤ <see cref="End"/>.</returns>
    public bool Contains(DateOnly day) => _days.Contains(day);

    /// <summary>Whether the two validities share at least one day.</summary>
    /// <param name="other">The other validity.</param>
    /// <returns>Whether they overlap.</returns>
    public bool Overlaps(RateValidity other) => _days.Overlaps(other._days);

    /// <summary>The days common to both validities, without throwing.</summary>
    /// <param name="other">The other validity.</param>
    /// <param name="intersection">The common days, or <c>default</c> when there are none.</param>
    /// <returns>Whether they overlap.</returns>
    public bool TryIntersect(RateValidity other, out RateValidity intersection)
    {
        if (!Overlaps(other))
        {
            intersection = default;
            return false;
        }

        intersection = new RateValidity(_days.Start > other.Start ? _days.Start : other.Start, _days.End < other.End ? _days.End : other.End);
        return true;
    }

    /// <summary>The days common to both validities.</summary>
    /// <param name="other">The other validity.</param>
    /// <returns>The intersection.</returns>
    /// <exception cref="ArgumentException">The validities share no day.</exception>
    public RateValidity Intersect(RateValidity other)
    {
        if (!TryIntersect(other, out var result))
        {
            throw new ArgumentException($"The validities {this} and {other} share no day.", nameof(other));
        }

        return result;
    }

    // ---- Text ---------------------------------------------------------------------------------------------

    /// <summary>The invariant ISO 8601 form: <c>2025-12-05</c> or <c>2025-01-01/2025-12-31</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsSingleDay
        ? _days.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{_days.Start:yyyy-MM-dd}/{_days.End:yyyy-MM-dd}");

    /// <summary>The invariant ISO 8601 form (the format and provider are ignored: the form is fixed).</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the invariant ISO 8601 form.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the destination was large enough.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = ToString();
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Parses <c>yyyy-MM-dd</c> or <c>yyyy-MM-dd/yyyy-MM-dd</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The validity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not in that form, or the period ends before it starts.</exception>
    public static RateValidity Parse(string s, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses <c>yyyy-MM-dd</c> or <c>yyyy-MM-dd/yyyy-MM-dd</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The validity.</returns>
    /// <exception cref="DomainModelFormatException">The text is not in that form, or the period ends before it starts.</exception>
    public static RateValidity Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        return ParseCore(s).GetValueOrThrow(s);
    }

    /// <summary>Parses <c>yyyy-MM-dd</c> or <c>yyyy-MM-dd/yyyy-MM-dd</c> without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The validity, or <c>default</c>.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RateValidity result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return ParseCore(s).TryGetValue(out result);
    }

    /// <summary>Parses <c>yyyy-MM-dd</c> or <c>yyyy-MM-dd/yyyy-MM-dd</c> without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The validity, or <c>default</c>.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RateValidity result) =>
        ParseCore(s).TryGetValue(out result);

    /// <summary>The one parser of validities; never throws. Positions are within <paramref name="s"/>.</summary>
    internal static ParseResult<RateValidity> ParseCore(ReadOnlySpan<char> s)
    {
        int slash = s.IndexOf('/');
        var first = slash < 0 ? s : s[..slash];
        if (!DayText.TryParse(first, out var start))
        {
            return ExchangeTextErrors.NotValidityDay(s, 0, first.Length);
        }

        if (slash < 0)
        {
            return ParseResult<RateValidity>.ForValue(new RateValidity(start));
        }

        if (!DayText.TryParse(s[(slash + 1)..], out var end))
        {
            return ExchangeTextErrors.NotValidityDay(s, slash + 1, s.Length - slash - 1);
        }

        return end < start ? ExchangeTextErrors.ValidityEndsBeforeStart(s) : ParseResult<RateValidity>.ForValue(new RateValidity(start, end));
    }

    // ---- Equality and ordering ----------------------------------------------------------------------------

    /// <summary>Equal when both ends are equal.</summary>
    /// <param name="other">The other validity.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(RateValidity other) => _days.Start == other.Start && _days.End == other.End;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is RateValidity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_days.Start, _days.End);

    /// <summary>Orders by start, then end.</summary>
    /// <param name="other">The other validity.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(RateValidity other)
    {
        int c = _days.Start.CompareTo(other.Start);
        return c != 0 ? c : _days.End.CompareTo(other.End);
    }

    /// <summary>Compares with a boxed <see cref="RateValidity"/> (used by F#'s <c>compare</c>).</summary>
    /// <param name="obj">Null (which sorts first) or a <see cref="RateValidity"/>.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="RateValidity"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        RateValidity other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(RateValidity)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The first validity.</param>
    /// <param name="right">The second validity.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RateValidity left, RateValidity right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first validity.</param>
    /// <param name="right">The second validity.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RateValidity left, RateValidity right) => !left.Equals(right);

    /// <summary>Ordering by start, then end.</summary>
    /// <param name="left">The first validity.</param>
    /// <param name="right">The second validity.</param>
    /// <returns>Whether left sorts before right.</returns>
    public static bool operator <(RateValidity left, RateValidity right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by start, then end.</summary>
    /// <param name="left">The first validity.</param>
    /// <param name="right">The second validity.</param>
    /// <returns>Whether left sorts after right.</returns>
    public static bool operator >(RateValidity left, RateValidity right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by start, then end.</summary>
    /// <param name="left">The first validity.</param>
    /// <param name="right">The second validity.</param>
    /// <returns>Whether left sorts before or equal to right.</returns>
    public static bool operator <=(RateValidity left, RateValidity right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by start, then end.</summary>
    /// <param name="left">The first validity.</param>
    /// <param name="right">The second validity.</param>
    /// <returns>Whether left sorts after or equal to right.</returns>
    public static bool operator >=(RateValidity left, RateValidity right) => left.CompareTo(right) >= 0;
}
