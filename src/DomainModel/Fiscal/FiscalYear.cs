using System;
using System.Collections.Generic;
using System.Globalization;
using DomainModel.Periods;
using DomainModel.Utility;

namespace DomainModel.Fiscal;

/// <summary>
/// One fiscal year of a <see cref="FiscalCalendar"/>: Microsoft FY2025 (2024-07-01 to 2025-06-30), Nvidia fiscal 2026
/// (2025-01-27 to 2026-01-25), calendar 2025. Get one from <see cref="FiscalCalendar.Year(int)"/> or
/// <see cref="FiscalCalendar.YearOf(DateOnly)"/>.
/// </summary>
/// <remarks>
/// <para>Equality: same calendar and number. Ordering only within one calendar (by number, which agrees with the
/// order of their dates); across calendars <see cref="FiscalCalendarMismatchException"/> is thrown, also from the
/// non-generic <see cref="IComparable"/> that F#'s <c>compare</c> and sorting use. Immutable and thread-safe.</para>
/// </remarks>
public sealed class FiscalYear : IEquatable<FiscalYear>, IComparable<FiscalYear>, IComparable
{
    private IReadOnlyList<DateRange>? _quarters;

    internal FiscalYear(FiscalCalendar calendar, int number, DateRange range)
    {
        Calendar = calendar;
        Number = number;
        Range = range;
    }

    /// <summary>The calendar.</summary>
    public FiscalCalendar Calendar { get; }

    /// <summary>The year's number under the calendar's naming rule (2025 for Microsoft FY2025).</summary>
    public int Number { get; }

    /// <summary>The days of the year, both ends included.</summary>
    public DateRange Range { get; }

    /// <summary>The first day.</summary>
    public DateOnly FirstDay => Range.Start;

    /// <summary>The last day.</summary>
    public DateOnly LastDay => Range.End;

    /// <summary>The number of days (365 or 366; 364 or 371 for 52/53-week years).</summary>
    public int LengthInDays => Range.LengthInDays;

    /// <summary>The length in weeks, exactly (52 or 53 for 52/53-week years; 52 1/7 or 52 2/7 otherwise).</summary>
    public decimal LengthInWeeks => LengthInDays / 7m;

    /// <summary>Whether a 52/53-week year has 53 weeks.</summary>
    public bool HasFiftyThirdWeek => Calendar.Kind == FiscalCalendarKind.FiftyTwoFiftyThreeWeek && LengthInDays == 371;

    /// <summary>
    /// The four quarters, contiguous, covering the year exactly. Calendar and month-based years: three calendar months
    /// each from the start day. 52/53-week years: 13 weeks each, the 53rd week in <see cref="FiscalCalendar.ExtraWeekQuarter"/>.
    /// </summary>
    public IReadOnlyList<DateRange> Quarters => _quarters ??= MakeQuarters();

    /// <summary>Whether the day belongs to this year.</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether FirstDay ≤ date ≤ LastDay.</returns>
    public bool Contains(DateOnly date) => Range.Contains(date);

    /// <summary>The quarter (1–4) a day of this year falls in.</summary>
    /// <param name="date">A day of this year.</param>
    /// <returns>1 to 4.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day is not in this year.</exception>
    public int QuarterOf(DateOnly date)
    {
        if (!Contains(date))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is not in {this}."));
        }

        for (int q = 0; q < 3; q++)
        {
            if (date <= Quarters[q].End)
            {
                return q + 1;
            }
        }

        return 4;
    }

    /// <summary>The next fiscal year of the same calendar; its first day is the day after this year's last.</summary>
    /// <returns>The next year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">This is the last year numbered (<see cref="FiscalCalendar.MaxYear"/>).</exception>
    public FiscalYear Next() => Calendar.Year(Number + 1);

    /// <summary>The previous fiscal year of the same calendar.</summary>
    /// <returns>The previous year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">This is the first year numbered (<see cref="FiscalCalendar.MinYear"/>).</exception>
    public FiscalYear Previous() => Calendar.Year(Number - 1);

    /// <summary>The days this year shares with a range (0 when none). Symmetric.</summary>
    /// <param name="range">The range.</param>
    /// <returns>The shared days.</returns>
    public int OverlapInDays(DateRange range) => Range.OverlapInDays(range);

    /// <summary>The days this year shares with another fiscal year, of any calendar (Microsoft FY2025 and calendar 2025 share 181). Symmetric.</summary>
    /// <param name="other">The other year.</param>
    /// <returns>The shared days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public int OverlapInDays(FiscalYear other) => Range.OverlapInDays(Preconditions.CheckNotNull(other).Range);

    /// <summary>The share of this year's days that a range covers, exactly.</summary>
    /// <param name="range">The range.</param>
    /// <returns>From 0 to 1.</returns>
    public decimal OverlapFraction(DateRange range) => Range.OverlapFraction(range);

    /// <summary>The share of this year's days that another fiscal year covers, exactly.</summary>
    /// <param name="other">The other year.</param>
    /// <returns>From 0 to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public decimal OverlapFraction(FiscalYear other) => Range.OverlapFraction(Preconditions.CheckNotNull(other).Range);

    /// <inheritdoc />
    public bool Equals(FiscalYear? other) => other is not null && Number == other.Number && Calendar.Equals(other.Calendar);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FiscalYear);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Calendar, Number);

    /// <summary>Orders years of one calendar by number (equivalently, by date).</summary>
    /// <param name="other">A year of the same calendar; null sorts first.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="FiscalCalendarMismatchException">The calendars differ.</exception>
    public int CompareTo(FiscalYear? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (!Calendar.Equals(other.Calendar))
        {
            throw new FiscalCalendarMismatchException(Calendar, other.Calendar, nameof(other));
        }

        return Number.CompareTo(other.Number);
    }

    /// <inheritdoc cref="CompareTo(FiscalYear?)"/>
    /// <param name="obj">Null (which sorts first) or a <see cref="FiscalYear"/> of the same calendar.</param>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="FiscalYear"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        FiscalYear other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(FiscalYear)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>E.g. <c>Microsoft FY2025 (2024-07-01..2025-06-30)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Calendar.Name} FY{Number} ({Range})");

    /// <summary>Equality.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FiscalYear? left, FiscalYear? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FiscalYear? left, FiscalYear? right) => !(left == right);

    /// <summary>Ordering within one calendar.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether left comes first.</returns>
    /// <exception cref="FiscalCalendarMismatchException">The calendars differ.</exception>
    public static bool operator <(FiscalYear left, FiscalYear right) => Compare(left, right) < 0;

    /// <summary>Ordering within one calendar.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether left comes last.</returns>
    /// <exception cref="FiscalCalendarMismatchException">The calendars differ.</exception>
    public static bool operator >(FiscalYear left, FiscalYear right) => Compare(left, right) > 0;

    /// <summary>Ordering within one calendar.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether left comes first or is equal.</returns>
    /// <exception cref="FiscalCalendarMismatchException">The calendars differ.</exception>
    public static bool operator <=(FiscalYear left, FiscalYear right) => Compare(left, right) <= 0;

    /// <summary>Ordering within one calendar.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns>Whether left comes last or is equal.</returns>
    /// <exception cref="FiscalCalendarMismatchException">The calendars differ.</exception>
    public static bool operator >=(FiscalYear left, FiscalYear right) => Compare(left, right) >= 0;

    private static int Compare(FiscalYear? left, FiscalYear? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private DateRange[] MakeQuarters()
    {
        var starts = new DateOnly[5];
        starts[0] = FirstDay;
        if (Calendar.Kind == FiscalCalendarKind.FiftyTwoFiftyThreeWeek)
        {
            for (int q = 1; q <= 4; q++)
            {
                int weeks = 13 + (HasFiftyThirdWeek && q == Calendar.ExtraWeekQuarter ? 1 : 0);
                starts[q] = starts[q - 1].AddDays(weeks * 7);
            }
        }
        else
        {
            for (int q = 1; q <= 4; q++)
            {
                starts[q] = FirstDay.AddMonths(3 * q);
            }
        }

        starts[4] = LastDay.AddDays(1);
        var quarters = new DateRange[4];
        for (int q = 0; q < 4; q++)
        {
            quarters[q] = new DateRange(starts[q], starts[q + 1].AddDays(-1));
        }

        return quarters;
    }
}
