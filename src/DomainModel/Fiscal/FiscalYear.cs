using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// One fiscal year of a <see cref="FiscalCalendar"/>: the calendar and the year's label (its number), e.g. Microsoft
/// FY2025 = 2024-07-01..2025-06-30, or Nvidia fiscal 2026 = 2025-01-27..2026-01-25.
/// </summary>
/// <remarks>
/// <para><b>Range:</b> labels <see cref="MinLabel"/> to <see cref="MaxLabel"/>, the years news and filings talk about,
/// checked by the constructor; the bound keeps every year, its neighbours and its quarters far inside
/// <see cref="DateOnly"/>'s range for every possible rule.</para>
/// <para><b>Days:</b> <see cref="FirstDay"/> and <see cref="LastDay"/> are both inclusive; consecutive years are
/// contiguous (the day after one year's last day is the next year's first day).</para>
/// <para><b>Equality:</b> same calendar (value equality) and same label. <b>Ordering:</b> by label, which is the
/// order of the years' dates, only within one calendar: comparing years of two calendars throws
/// <see cref="MismatchException"/> (in C# and through <see cref="IComparable"/> in F#'s <c>compare</c>
/// and <c>List.sort</c>). Compare their <see cref="Range"/>s to order years of different calendars by date.</para>
/// <para><b>Overlap</b> works across calendars: Microsoft FY2025 and calendar 2025 share 181 days.</para>
/// <para><b>Default:</b> <c>default(FiscalYear)</c> is FY1900 of <see cref="FiscalCalendars.Calendar"/> (the calendar year 1900).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(FiscalYearJsonConverter))]
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<FiscalYear>))]
public readonly struct FiscalYear : IEquatable<FiscalYear>, IComparable<FiscalYear>, IComparable
{
    /// <summary>The smallest supported label.</summary>
    public const int MinLabel = 1900;

    /// <summary>The largest supported label.</summary>
    public const int MaxLabel = 2199;

    private readonly FiscalCalendar? _calendar;
    private readonly int _offset; // label - MinLabel, so that default(FiscalYear) is a valid year

    /// <summary>Creates the fiscal year of a calendar with the given label.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="label">The year's number as the calendar names it, <see cref="MinLabel"/> to <see cref="MaxLabel"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="label"/> is outside <see cref="MinLabel"/>–<see cref="MaxLabel"/>.</exception>
    public FiscalYear(FiscalCalendar calendar, int label)
    {
        Preconditions.CheckNotNull(calendar);
        Preconditions.CheckRange(label, MinLabel, MaxLabel);
        _calendar = calendar;
        _offset = label - MinLabel;
    }

    /// <summary>The calendar.</summary>
    public FiscalCalendar Calendar => _calendar ?? FiscalCalendars.Calendar;

    /// <summary>The label: the year's number as its calendar names it (2025 for Microsoft FY2025).</summary>
    public int Label => _offset + MinLabel;

    /// <summary>The first day (inclusive).</summary>
    public DateOnly FirstDay => Calendar.FirstDayOf(Label);

    /// <summary>The last day (inclusive).</summary>
    public DateOnly LastDay => Calendar.LastDayOf(Label);

    /// <summary>The year's days, <see cref="FirstDay"/>..<see cref="LastDay"/>.</summary>
    public DateRange Range => DateRange.Trusted(FirstDay, LastDay);

    /// <summary>The number of days: 365 or 366, or 364 or 371 for a 52/53-week year.</summary>
    public int LengthInDays => LastDay.DayNumber - FirstDay.DayNumber + 1;

    /// <summary>
    /// The number of whole weeks: exactly 52 or 53 for a 52/53-week year; 52 for a 365- or 366-day year, which
    /// has one or two days more (see <see cref="LengthInDays"/>).
    /// </summary>
    public int LengthInWeeks => LengthInDays / 7;

    /// <summary>Whether this is a 53-week (371-day) year of a 52/53-week calendar.</summary>
    public bool HasFiftyThreeWeeks => LengthInDays == 371;

    /// <summary>The four quarters, in order; they partition the year (see <see cref="FiscalQuarter"/>).</summary>
    public IReadOnlyList<FiscalQuarter> Quarters => [new(this, 1), new(this, 2), new(this, 3), new(this, 4)];

    /// <summary>
    /// The twelve fiscal months, in order; they partition the year. For a calendar or month-based year: the months
    /// starting on the start day (1 July..31 July for Microsoft). For a 52/53-week year: whole weeks following the
    /// calendar's <see cref="WeekPattern"/>, the 53rd week in the last month of <see cref="FiscalCalendar.ExtraWeekQuarter"/>.
    /// </summary>
    public IReadOnlyList<DateRange> Months
    {
        get
        {
            var months = new DateRange[12];
            for (int i = 0; i < 12; i++)
            {
                months[i] = Calendar.MonthRange(Label, i + 1);
            }

            return months;
        }
    }

    /// <summary>One quarter of the year.</summary>
    /// <param name="number">1 to 4.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1–4.</exception>
    public FiscalQuarter Quarter(int number) => new(this, number);

    /// <summary>Whether the day is in this fiscal year.</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether <c>FirstDay &lt;= date &lt;= LastDay</c>.</returns>
    public bool Contains(DateOnly date) => FirstDay <= date && date <= LastDay;

    /// <summary>The following fiscal year of the same calendar.</summary>
    /// <returns>The year labelled one more.</returns>
    /// <exception cref="InvalidOperationException">This is FY<see cref="MaxLabel"/>, the last supported year.</exception>
    public FiscalYear Next()
    {
        if (Label == MaxLabel)
        {
            throw new InvalidOperationException(Preconditions.Invariant($"{this} is the last supported fiscal year (labels {MinLabel} to {MaxLabel}); it has no next year."));
        }

        return new FiscalYear(Calendar, Label + 1);
    }

    /// <summary>The preceding fiscal year of the same calendar.</summary>
    /// <returns>The year labelled one less.</returns>
    /// <exception cref="InvalidOperationException">This is FY<see cref="MinLabel"/>, the first supported year.</exception>
    public FiscalYear Previous()
    {
        if (Label == MinLabel)
        {
            throw new InvalidOperationException(Preconditions.Invariant($"{this} is the first supported fiscal year (labels {MinLabel} to {MaxLabel}); it has no previous year."));
        }

        return new FiscalYear(Calendar, Label - 1);
    }

    // ---- Overlap ------------------------------------------------------------------------------------------

    /// <summary>The number of days this year shares with another fiscal year, of any calendar. Symmetric.</summary>
    /// <param name="other">The other year.</param>
    /// <returns>0 to the smaller of the two lengths.</returns>
    public int OverlapDays(FiscalYear other) => Range.OverlapDays(other.Range);

    /// <summary>The number of days this year shares with a date range. Symmetric.</summary>
    /// <param name="range">The range.</param>
    /// <returns>0 to the smaller of the two lengths.</returns>
    public int OverlapDays(DateRange range) => Range.OverlapDays(range);

    /// <summary>The share of this year's days that the other fiscal year covers, 0 to 1 (see <see cref="DateRange.OverlapFraction"/>).</summary>
    /// <param name="other">The other year.</param>
    /// <returns>The fraction of this year (181/365 of Microsoft FY2025 lies in calendar 2025).</returns>
    public decimal OverlapFraction(FiscalYear other) => Range.OverlapFraction(other.Range);

    /// <summary>The share of this year's days that a date range covers, 0 to 1 (see <see cref="DateRange.OverlapFraction"/>).</summary>
    /// <param name="range">The range.</param>
    /// <returns>The fraction of this year.</returns>
    public decimal OverlapFraction(DateRange range) => Range.OverlapFraction(range);

    // ---- Equality and ordering ---------------------------------------------------------------------------

    /// <summary>Equal when the calendars are equal and the labels are equal.</summary>
    /// <param name="other">The other year.</param>
    /// <returns>Whether they are equal. Never throws: years of two calendars are simply not equal.</returns>
    public bool Equals(FiscalYear other) => _offset == other._offset && Calendar.Equals(other.Calendar);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is FiscalYear other && Equals(other);

    /// <summary>A hash consistent with <see cref="Equals(FiscalYear)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Calendar, _offset);

    /// <summary>Orders years of one calendar by label, which is the order of their dates.</summary>
    /// <param name="other">A year of the same calendar.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="MismatchException">The calendars differ.</exception>
    public int CompareTo(FiscalYear other) => CompareTo(other, nameof(other));

    // CompareTo naming the caller's parameter (a constant) when the calendars differ.
    internal int CompareTo(FiscalYear other, string paramName)
    {
        CheckSameCalendar(Calendar, other.Calendar, paramName);
        return _offset.CompareTo(other._offset);
    }

    /// <summary>Compares with a boxed <see cref="FiscalYear"/> of the same calendar (used by F#'s <c>compare</c> and sorting).</summary>
    /// <param name="obj">Null (which sorts first) or a <see cref="FiscalYear"/>.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="FiscalYear"/>.</exception>
    /// <exception cref="MismatchException">The calendars differ.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        FiscalYear other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(FiscalYear)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>Equality (see <see cref="Equals(FiscalYear)"/>).</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FiscalYear left, FiscalYear right) => left.Equals(right);

    /// <summary>Inequality (see <see cref="Equals(FiscalYear)"/>).</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FiscalYear left, FiscalYear right) => !left.Equals(right);

    /// <summary>Ordering within one calendar.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether left is earlier than right.</returns>
    /// <exception cref="MismatchException">The calendars differ.</exception>
    public static bool operator <(FiscalYear left, FiscalYear right) => left.CompareTo(right, nameof(right)) < 0;

    /// <summary>Ordering within one calendar.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether left is later than right.</returns>
    /// <exception cref="MismatchException">The calendars differ.</exception>
    public static bool operator >(FiscalYear left, FiscalYear right) => left.CompareTo(right, nameof(right)) > 0;

    /// <summary>Ordering within one calendar.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether left is earlier than or equal to right.</returns>
    /// <exception cref="MismatchException">The calendars differ.</exception>
    public static bool operator <=(FiscalYear left, FiscalYear right) => left.CompareTo(right, nameof(right)) <= 0;

    /// <summary>Ordering within one calendar.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether left is later than or equal to right.</returns>
    /// <exception cref="MismatchException">The calendars differ.</exception>
    public static bool operator >=(FiscalYear left, FiscalYear right) => left.CompareTo(right, nameof(right)) >= 0;

    /// <summary>The invariant text: name, label and days, e.g. <c>Microsoft FY2025 (2024-07-01..2025-06-30)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Preconditions.Invariant($"{Calendar.Name} FY{Label} ({Range})");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckSameCalendar(FiscalCalendar left, FiscalCalendar right, string paramName)
    {
        if (!left.Equals(right))
        {
            throw MismatchException.FiscalCalendars(left, right, paramName);
        }
    }
}
