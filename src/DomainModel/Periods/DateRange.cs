using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel.Utility;

namespace DomainModel.Periods;

/// <summary>
/// An inclusive range of days: <see cref="Start"/> to <see cref="End"/>, both included, <see cref="Start"/> ≤ <see cref="End"/>.
/// </summary>
/// <remarks>
/// <para>Equality compares both ends; ordering is by start, then end. Text: <c>2024-07-01..2025-06-30</c> (invariant,
/// round-trips through <see cref="Parse(string, IFormatProvider?)"/>).</para>
/// <para><c>default(DateRange)</c> is the single day 0001-01-01. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct DateRange : IEquatable<DateRange>, IComparable<DateRange>, IComparable, ISpanFormattable, ISpanParsable<DateRange>
{
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>Creates the range from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public DateRange(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The end {end:yyyy-MM-dd} is before the start {start:yyyy-MM-dd}; a range needs start <= end."), nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day, included.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day, included.</summary>
    public DateOnly End { get; }

    /// <summary>The number of days, ends included (a single day is 1).</summary>
    public int LengthInDays => End.DayNumber - Start.DayNumber + 1;

    /// <summary>One day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The range of that day alone.</returns>
    public static DateRange OfDay(DateOnly day) => new(day, day);

    /// <summary>A whole calendar month.</summary>
    /// <param name="year">1 to 9999.</param>
    /// <param name="month">1 to 12.</param>
    /// <returns>The month's first to last day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static DateRange Month(int year, int month)
    {
        Preconditions.CheckRange(year, 1, 9999);
        Preconditions.CheckRange(month, 1, 12);
        return new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>A whole calendar year.</summary>
    /// <param name="year">1 to 9999.</param>
    /// <returns>1 January to 31 December.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static DateRange Year(int year)
    {
        Preconditions.CheckRange(year, 1, 9999);
        return new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    /// <summary>Whether the day lies within the range.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Whether Start ≤ day ≤ End.</returns>
    public bool Contains(DateOnly day) => Start <= day && day <= End;

    /// <summary>Whether another range lies wholly within this one.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>Whether both its ends are within this range.</returns>
    public bool Contains(DateRange other) => Start <= other.Start && other.End <= End;

    /// <summary>Whether the ranges share at least one day.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>Whether they overlap.</returns>
    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;

    /// <summary>The number of days both ranges cover (0 when they do not overlap). Symmetric.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>The shared days.</returns>
    public int OverlapInDays(DateRange other) => TryIntersect(other, out var shared) ? shared.LengthInDays : 0;

    /// <summary>The share of this range's days that the other range covers, exactly (shared days / this length).</summary>
    /// <param name="other">The other range.</param>
    /// <returns>From 0 to 1.</returns>
    public decimal OverlapFraction(DateRange other) => (decimal)OverlapInDays(other) / LengthInDays;

    /// <summary>The days both ranges cover.</summary>
    /// <param name="other">The other range.</param>
    /// <param name="intersection">The shared days, or <c>default</c>.</param>
    /// <returns>Whether they overlap.</returns>
    public bool TryIntersect(DateRange other, out DateRange intersection)
    {
        if (!Overlaps(other))
        {
            intersection = default;
            return false;
        }

        intersection = new DateRange(Start > other.Start ? Start : other.Start, End < other.End ? End : other.End);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(DateRange other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is DateRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Orders by start, then by end.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(DateRange other)
    {
        int c = Start.CompareTo(other.Start);
        return c != 0 ? c : End.CompareTo(other.End);
    }

    /// <inheritdoc cref="CompareTo(DateRange)"/>
    /// <param name="obj">Null (which sorts first) or a <see cref="DateRange"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="DateRange"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        DateRange other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(DateRange)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>The invariant text <c>yyyy-MM-dd..yyyy-MM-dd</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}");

    /// <summary>The invariant text; no format other than null or empty is defined.</summary>
    /// <param name="format">Null or empty.</param>
    /// <param name="formatProvider">Ignored: the form is invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">A format is given.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        string.IsNullOrEmpty(format) ? ToString() : throw new FormatException($"DateRange format '{format}' is not supported: only the default form yyyy-MM-dd..yyyy-MM-dd exists.");

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty.</param>
    /// <param name="provider">Ignored.</param>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (!format.IsEmpty)
        {
            throw new FormatException($"DateRange format '{format.ToString()}' is not supported: only the default form yyyy-MM-dd..yyyy-MM-dd exists.");
        }

        charsWritten = 0;
        if (destination.Length < 22
            || !Start.TryFormat(destination, out int a, DayFormat, CultureInfo.InvariantCulture))
        {
            return false;
        }

        destination[a] = '.';
        destination[a + 1] = '.';
        if (!End.TryFormat(destination[(a + 2)..], out int b, DayFormat, CultureInfo.InvariantCulture))
        {
            return false;
        }

        charsWritten = a + 2 + b;
        return true;
    }

    /// <summary>Parses <c>yyyy-MM-dd..yyyy-MM-dd</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not of that form, or the end is before the start.</exception>
    public static DateRange Parse(string s, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
    public static DateRange Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s.ToString()}' is not a date range: expected yyyy-MM-dd..yyyy-MM-dd with the start not after the end.");

    /// <summary>Parses <c>yyyy-MM-dd..yyyy-MM-dd</c> without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The range, or <c>default</c>.</param>
    /// <returns>Whether the text is a valid range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DateRange result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), provider, out result);
    }

    /// <inheritdoc cref="TryParse(string?, IFormatProvider?, out DateRange)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DateRange result)
    {
        result = default;
        int dots = s.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0
            || !DateOnly.TryParseExact(s[..dots], DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(s[(dots + 2)..], DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            || end < start)
        {
            return false;
        }

        result = new DateRange(start, end);
        return true;
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether both ends are equal.</returns>
    public static bool operator ==(DateRange left, DateRange right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether an end differs.</returns>
    public static bool operator !=(DateRange left, DateRange right) => !left.Equals(right);

    /// <summary>Ordering by start, then end.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether left sorts first.</returns>
    public static bool operator <(DateRange left, DateRange right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by start, then end.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether left sorts last.</returns>
    public static bool operator >(DateRange left, DateRange right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by start, then end.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether left sorts first or equal.</returns>
    public static bool operator <=(DateRange left, DateRange right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by start, then end.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether left sorts last or equal.</returns>
    public static bool operator >=(DateRange left, DateRange right) => left.CompareTo(right) >= 0;
}
