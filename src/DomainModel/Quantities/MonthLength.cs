using System;
using System.Diagnostics.CodeAnalysis;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// The length of "a month" used to convert a <see cref="TokenRate"/> between a monthly period and a day-based one:
/// 30 days, a twelfth of a Julian or Gregorian year, or a specific calendar month. Months have no one length, so
/// every such conversion takes one explicitly and the converted rate records it.
/// </summary>
/// <remarks>
/// <para><b>Default:</b> <c>default(MonthLength)</c> is <see cref="ThirtyDays"/>.</para>
/// <para><b>Equality:</b> the kind and, for a calendar month, the year and month. Not ordered.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public readonly struct MonthLength : IEquatable<MonthLength>
{
    private readonly int _year;
    private readonly int _month;

    private MonthLength(MonthLengthKind kind, int year, int month)
    {
        Kind = kind;
        _year = year;
        _month = month;
    }

    /// <summary>30 days.</summary>
    public static MonthLength ThirtyDays => default;

    /// <summary>365.25 / 12 = 30.4375 days.</summary>
    public static MonthLength JulianAverage => new(MonthLengthKind.JulianAverage, 0, 0);

    /// <summary>365.2425 / 12 = 30.436875 days.</summary>
    public static MonthLength GregorianAverage => new(MonthLengthKind.GregorianAverage, 0, 0);

    /// <summary>Which rule this is.</summary>
    public MonthLengthKind Kind { get; }

    /// <summary>The year of a <see cref="MonthLengthKind.CalendarMonth"/>, else null.</summary>
    public int? Year => Kind == MonthLengthKind.CalendarMonth ? _year : null;

    /// <summary>The month (1–12) of a <see cref="MonthLengthKind.CalendarMonth"/>, else null.</summary>
    public int? Month => Kind == MonthLengthKind.CalendarMonth ? _month : null;

    /// <summary>The length in days, exactly (30, 30.4375, 30.436875, or 28–31).</summary>
    public decimal Days => Kind switch
    {
        MonthLengthKind.JulianAverage => 30.4375m,
        MonthLengthKind.GregorianAverage => 30.436875m,
        MonthLengthKind.CalendarMonth => DateTime.DaysInMonth(_year, _month),
        _ => 30m,
    };

    /// <summary>A specific calendar month of the proleptic Gregorian calendar (October 2025: 31 days).</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The month length.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="month"/> is out of range.</exception>
    public static MonthLength CalendarMonth(int year, int month)
    {
        Preconditions.CheckRange(year, 1, 9999);
        Preconditions.CheckRange(month, 1, 12);
        return new MonthLength(MonthLengthKind.CalendarMonth, year, month);
    }

    /// <summary>Equal when the rule (and calendar month) is the same.</summary>
    /// <param name="other">The other month length.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(MonthLength other) => Kind == other.Kind && _year == other._year && _month == other._month;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is MonthLength other && Equals(other);

    /// <summary>A hash consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Kind, _year, _month);

    /// <summary>Equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(MonthLength left, MonthLength right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(MonthLength left, MonthLength right) => !left.Equals(right);

    /// <summary>"30 days", "365.25/12 days (30.4375)", "365.2425/12 days (30.436875)", "2025-10 (31 days)".</summary>
    /// <returns>The invariant text.</returns>
    public override string ToString() => Kind switch
    {
        MonthLengthKind.JulianAverage => "365.25/12 days (30.4375)",
        MonthLengthKind.GregorianAverage => "365.2425/12 days (30.436875)",
        MonthLengthKind.CalendarMonth => FormattableString.Invariant($"{_year:D4}-{_month:D2} ({Days} days)"),
        _ => "30 days",
    };
}
