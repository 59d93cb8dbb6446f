using System;
using System.Diagnostics.CodeAnalysis;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// One of the four quarters of a <see cref="FiscalYear"/> (Microsoft FY2025 Q1 = 2024-07-01..2024-09-30).
/// </summary>
/// <remarks>
/// <para><b>Days:</b> for a calendar or month-based year, quarter n starts 3(n−1) months after the year's first day;
/// for a 52/53-week year, every quarter is 13 weeks and, in a 53-week year, the quarter named by
/// <see cref="FiscalCalendar.ExtraWeekQuarter"/> (Q4 by default) is 14. The four quarters partition the year.</para>
/// <para><b>Equality and ordering:</b> by year, then number, as for <see cref="FiscalYear"/>: ordering works only
/// within one calendar and throws <see cref="MismatchException"/> otherwise.</para>
/// <para><b>Default:</b> <c>default(FiscalQuarter)</c> is Q1 of <c>default(FiscalYear)</c> (calendar 1900).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(FiscalQuarterJsonConverter))]
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<FiscalQuarter>))]
public readonly struct FiscalQuarter : IEquatable<FiscalQuarter>, IComparable<FiscalQuarter>, IComparable
{
    private readonly FiscalYear _year;
    private readonly int _index; // number - 1, so that default(FiscalQuarter) is Q1

    /// <summary>Creates a quarter of a fiscal year.</summary>
    /// <param name="year">The fiscal year.</param>
    /// <param name="number">1 to 4.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1–4.</exception>
    public FiscalQuarter(FiscalYear year, int number)
    {
        Preconditions.CheckRange(number, 1, 4);
        _year = year;
        _index = number - 1;
    }

    /// <summary>The fiscal year.</summary>
    public FiscalYear Year => _year;

    /// <summary>The quarter's number, 1 to 4.</summary>
    public int Number => _index + 1;

    /// <summary>The quarter's days.</summary>
    public DateRange Range => _year.Calendar.QuarterRange(_year.Label, Number);

    /// <summary>The first day (inclusive).</summary>
    public DateOnly FirstDay => Range.Start;

    /// <summary>The last day (inclusive).</summary>
    public DateOnly LastDay => Range.End;

    /// <summary>The number of days (90 to 92 for a month-based quarter; 91 or 98 for a 13- or 14-week quarter).</summary>
    public int LengthInDays => Range.LengthInDays;

    /// <summary>Whether the day is in this quarter.</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether it lies between <see cref="FirstDay"/> and <see cref="LastDay"/>.</returns>
    public bool Contains(DateOnly date) => Range.Contains(date);

    /// <summary>Equal when the years and the numbers are equal.</summary>
    /// <param name="other">The other quarter.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(FiscalQuarter other) => _index == other._index && _year.Equals(other._year);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is FiscalQuarter other && Equals(other);

    /// <summary>A hash consistent with <see cref="Equals(FiscalQuarter)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(_year, _index);

    /// <summary>Orders quarters of one calendar by year, then number.</summary>
    /// <param name="other">A quarter of the same calendar.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="MismatchException">The calendars differ.</exception>
    public int CompareTo(FiscalQuarter other) => CompareTo(other, nameof(other));

    // CompareTo naming the caller's parameter (a constant) when the calendars differ.
    private int CompareTo(FiscalQuarter other, string paramName)
    {
        int c = _year.CompareTo(other._year, paramName);
        return c != 0 ? c : _index.CompareTo(other._index);
    }

    /// <summary>Compares with a boxed <see cref="FiscalQuarter"/> of the same calendar (used by F#'s <c>compare</c> and sorting).</summary>
    /// <param name="obj">Null (which sorts first) or a <see cref="FiscalQuarter"/>.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="FiscalQuarter"/>.</exception>
    /// <exception cref="MismatchException">The calendars differ.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        FiscalQuarter other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(FiscalQuarter)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>Equality (see <see cref="Equals(FiscalQuarter)"/>).</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FiscalQuarter left, FiscalQuarter right) => left.Equals(right);

    /// <summary>Inequality (see <see cref="Equals(FiscalQuarter)"/>).</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FiscalQuarter left, FiscalQuarter right) => !left.Equals(right);

    /// <summary>Ordering within one calendar.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns>Whether left is earlier than right.</returns>
    /// <exception cref="MismatchException">The calendars differ.</exception>
    public static bool operator <(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right, nameof(right)) < 0;

    /// <summary>Ordering within one calendar.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns>Whether left is later than right.</returns>
    /// <exception cref="MismatchException">The calendars differ.</exception>
    public static bool operator >(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right, nameof(right)) > 0;

    /// <summary>Ordering within one calendar.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns>Whether left is earlier than or equal to right.</returns>
    /// <exception cref="MismatchException">The calendars differ.</exception>
    public static bool operator <=(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right, nameof(right)) <= 0;

    /// <summary>Ordering within one calendar.</summary>
    /// <param name="left">The first quarter.</param>
    /// <param name="right">The second quarter.</param>
    /// <returns>Whether left is later than or equal to right.</returns>
    /// <exception cref="MismatchException">The calendars differ.</exception>
    public static bool operator >=(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right, nameof(right)) >= 0;

    /// <summary>The invariant text, e.g. <c>Microsoft FY2025 Q1 (2024-07-01..2024-09-30)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Preconditions.Invariant($"{_year.Calendar.Name} FY{_year.Label} Q{Number} ({Range})");
}
