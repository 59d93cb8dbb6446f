using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// A non-empty range of whole days, <see cref="Start"/> to <see cref="End"/>, both inclusive
/// (2024-07-01..2025-06-30 is Microsoft's fiscal 2025, 365 days).
/// </summary>
/// <remarks>
/// <para><b>Invariant:</b> <c>Start &lt;= End</c>, checked by every public constructor and factory; a range
/// always holds at least one day.</para>
/// <para><b>Equality:</b> same start and same end.</para>
/// <para><b>Ordering:</b> by start, then by end (so a range sorts before a longer one with the same start). The
/// order is total and agrees with equality; it says nothing about containment.</para>
/// <para><b>Overlap:</b> <see cref="OverlapDays"/> is symmetric; <see cref="OverlapFraction"/> is the share of
/// <i>this</i> range covered by the other, so it is not symmetric (a day in a year is 1/365 of the year but
/// all of the day).</para>
/// <para><b>Text:</b> <see cref="ToString()"/> is <c>yyyy-MM-dd..yyyy-MM-dd</c> (ISO 8601 dates, invariant), and
/// <see cref="Parse(string)"/> reads it back exactly.</para>
/// <para><b>Default:</b> <c>default(DateRange)</c> is the single day 0001-01-01..0001-01-01.</para>
/// <para>Immutable and thread-safe; 8 bytes.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DateRangeJsonConverter))]
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<DateRange>))]
public readonly partial struct DateRange : IEquatable<DateRange>, IComparable<DateRange>, IComparable
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string Separator = "..";

    private readonly DateOnly _start;
    private readonly DateOnly _end;

    /// <summary>Creates the range <paramref name="start"/>..<paramref name="end"/>, both days included.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, on or after <paramref name="start"/> (equal for a single day).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public DateRange(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw Preconditions.OutOfRange(
                nameof(end),
                end,
                Preconditions.Invariant($"End {Format(end)} is before start {Format(start)}: a date range's end must be on or after its start (both days are included)."));
        }

        _start = start;
        _end = end;
    }

    // The trusted path (day numbers, DateOnly's own representation): the caller has checked start <= end.
    private DateRange([Trusted] int startDayNumber, [Trusted] int endDayNumber)
    {
        Preconditions.DebugCheck(startDayNumber <= endDayNumber, "start <= end");
        _start = DateOnly.FromDayNumber(startDayNumber);
        _end = DateOnly.FromDayNumber(endDayNumber);
    }

    /// <summary>The first day (inclusive).</summary>
    public DateOnly Start => _start;

    /// <summary>The last day (inclusive).</summary>
    public DateOnly End => _end;

    /// <summary>The number of days, both ends included (1 for a single day, 365 or 366 for a calendar year).</summary>
    public int LengthInDays => _end.DayNumber - _start.DayNumber + 1;

    /// <summary>The range of one day.</summary>
    /// <param name="day">The day.</param>
    /// <returns><paramref name="day"/>..<paramref name="day"/>.</returns>
    public static DateRange SingleDay(DateOnly day) => Trusted(day, day);

    /// <summary>The whole of a calendar month.</summary>
    /// <param name="year">1 to 9999.</param>
    /// <param name="month">1 to 12.</param>
    /// <returns>The first to the last day of the month.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999 or <paramref name="month"/> outside 1–12.</exception>
    public static DateRange OfMonth(int year, int month)
    {
        Preconditions.CheckRange(year, 1, 9999);
        Preconditions.CheckRange(month, 1, 12);
        return Trusted(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>The whole of a calendar year, 1 January to 31 December.</summary>
    /// <param name="year">1 to 9999.</param>
    /// <returns>The year's range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public static DateRange OfYear(int year)
    {
        Preconditions.CheckRange(year, 1, 9999);
        return Trusted(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    /// <summary>Whether the day is in the range (ends included).</summary>
    /// <param name="day">The day.</param>
    /// <returns>Whether <c>Start &lt;= day &lt;= End</c>.</returns>
    public bool Contains(DateOnly day) => _start <= day && day <= _end;

    /// <summary>Whether every day of another range is in this one.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>Whether <paramref name="other"/> lies within this range.</returns>
    public bool Contains(DateRange other) => _start <= other._start && other._end <= _end;

    /// <summary>Whether the two ranges share at least one day.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>Whether they overlap.</returns>
    public bool Overlaps(DateRange other) => _start <= other._end && other._start <= _end;

    /// <summary>The number of days the two ranges share (0 when they are disjoint). Symmetric.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>0 to the smaller of the two lengths.</returns>
    public int OverlapDays(DateRange other) => TryIntersect(other, out var common) ? common.LengthInDays : 0;

    /// <summary>
    /// The share of this range's days that the other range covers: <c>OverlapDays(other) / LengthInDays</c>, from 0
    /// to 1 (exact when representable, otherwise decimal division to 28 significant digits). Not symmetric.
    /// </summary>
    /// <param name="other">The other range.</param>
    /// <returns>0 (disjoint) to 1 (this range lies within the other).</returns>
    public decimal OverlapFraction(DateRange other) => (decimal)OverlapDays(other) / LengthInDays;

    /// <summary>The days common to both ranges, without throwing.</summary>
    /// <param name="other">The other range.</param>
    /// <param name="intersection">The common days, or <c>default</c> when there are none.</param>
    /// <returns>Whether the ranges overlap.</returns>
    public bool TryIntersect(DateRange other, out DateRange intersection)
    {
        if (!Overlaps(other))
        {
            intersection = default;
            return false;
        }

        intersection = Trusted(Max(_start, other._start), Min(_end, other._end));
        return true;
    }

    /// <summary>The days common to both ranges.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>The intersection.</returns>
    /// <exception cref="ArgumentException">The ranges share no day (use <see cref="TryIntersect"/> when that is expected).</exception>
    public DateRange Intersect(DateRange other)
    {
        if (!TryIntersect(other, out var intersection))
        {
            throw new ArgumentException($"{this} and {other} share no day, so they have no intersection; call TryIntersect when that can happen.", nameof(other));
        }

        return intersection;
    }

    // ---- Equality and ordering ---------------------------------------------------------------------------

    /// <summary>Equal when the starts and the ends are equal.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(DateRange other) => _start == other._start && _end == other._end;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is DateRange other && Equals(other);

    /// <summary>A hash consistent with <see cref="Equals(DateRange)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(_start, _end);

    /// <summary>Orders by start, then by end.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(DateRange other)
    {
        int c = _start.CompareTo(other._start);
        return c != 0 ? c : _end.CompareTo(other._end);
    }

    /// <summary>Compares with a boxed <see cref="DateRange"/> (used by F#'s <c>compare</c> and sorting).</summary>
    /// <param name="obj">Null (which sorts first) or a <see cref="DateRange"/>.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="DateRange"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        DateRange other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(DateRange)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>Equality (see <see cref="Equals(DateRange)"/>).</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DateRange left, DateRange right) => left.Equals(right);

    /// <summary>Inequality (see <see cref="Equals(DateRange)"/>).</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DateRange left, DateRange right) => !left.Equals(right);

    /// <summary>Ordering by start, then end (see <see cref="CompareTo(DateRange)"/>).</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether left sorts before right.</returns>
    public static bool operator <(DateRange left, DateRange right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by start, then end (see <see cref="CompareTo(DateRange)"/>).</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether left sorts after right.</returns>
    public static bool operator >(DateRange left, DateRange right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by start, then end (see <see cref="CompareTo(DateRange)"/>).</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether left sorts before or equal to right.</returns>
    public static bool operator <=(DateRange left, DateRange right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by start, then end (see <see cref="CompareTo(DateRange)"/>).</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether left sorts after or equal to right.</returns>
    public static bool operator >=(DateRange left, DateRange right) => left.CompareTo(right) >= 0;

    // ---- Text ---------------------------------------------------------------------------------------------

    /// <summary>The invariant, round-trippable text <c>yyyy-MM-dd..yyyy-MM-dd</c>, e.g. <c>2024-07-01..2025-06-30</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(_start) + Separator + Format(_end);

    /// <summary>A range whose caller has checked that <paramref name="start"/> is on or before <paramref name="end"/>.</summary>
    internal static DateRange Trusted([Trusted] DateOnly start, [Trusted] DateOnly end) => new(start.DayNumber, end.DayNumber);

    internal static string Format(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
