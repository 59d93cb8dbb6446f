using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// A number of active users, with the activity window and the reporting period it was measured over:
/// "157 milioni di utenti attivi mensili ad agosto" is <c>ActiveUsers.Monthly(157_000_000, 2025, 8)</c>.
/// </summary>
/// <remarks>
/// <para><b>Period:</b> an inclusive range of dates (<see cref="PeriodStart"/>–<see cref="PeriodEnd"/>), so that a
/// calendar month, a week or a single day are all expressed the same way; "by October" is the October figure.
/// Active users of different periods are not added (the same user is counted in both); they are compared, which is
/// how growth is told ("159 million by October" &gt; "157 million in August").</para>
/// <para><b>Equality:</b> every field. <b>Ordering:</b> within one <see cref="ActivityWindow"/>, by number of users,
/// then by period; comparing two windows (MAU and DAU) throws <see cref="MismatchException"/>.</para>
/// <para><b>Default:</b> <c>default(ActiveUsers)</c> is 0 daily active users on 0001-01-01.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ActiveUsersJsonConverter))]
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<ActiveUsers>))]
public readonly partial struct ActiveUsers : IEquatable<ActiveUsers>, IComparable<ActiveUsers>, IComparable, IEstimable<ActiveUsers>
{
    private readonly DateRange _period;

    /// <summary>Creates a measurement of active users.</summary>
    /// <param name="users">The number of users, zero or more.</param>
    /// <param name="window">The activity window.</param>
    /// <param name="periodStart">The first day of the reporting period.</param>
    /// <param name="periodEnd">The last day of the reporting period, not before the first.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="users"/> is negative, <paramref name="window"/> is not defined, or <paramref name="periodEnd"/> is before <paramref name="periodStart"/>.</exception>
    public ActiveUsers(long users, ActivityWindow window, DateOnly periodStart, DateOnly periodEnd)
    {
        if (users < 0)
        {
            throw Preconditions.OutOfRange(nameof(users), users, FormattableString.Invariant($"A number of active users cannot be {users}: allowed are 0 to {long.MaxValue}."));
        }

        if (window is < ActivityWindow.Daily or > ActivityWindow.Monthly)
        {
            throw Preconditions.OutOfRange(nameof(window), window, "Allowed are Daily, Weekly and Monthly.");
        }

        if (periodEnd < periodStart)
        {
            throw Preconditions.OutOfRange(nameof(periodEnd), periodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"The period cannot end before it starts ({periodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}).");
        }

        Users = users;
        Window = window;
        _period = DateRange.Trusted(periodStart, periodEnd);
    }

    /// <summary>The number of users.</summary>
    public long Users { get; }

    /// <summary>The activity window.</summary>
    public ActivityWindow Window { get; }

    /// <summary>The first day of the reporting period.</summary>
    public DateOnly PeriodStart => _period.Start;

    /// <summary>The last day of the reporting period (inclusive).</summary>
    public DateOnly PeriodEnd => _period.End;

    /// <summary>The reporting period, as the model's one span of days.</summary>
    public DateRange Period => _period;

    /// <summary>The count kind: "daily active user", "weekly active user" or "monthly active user".</summary>
    public CountKind Kind => KindOf(Window);

    /// <summary>Monthly active users reported for a calendar month ("157 million MAU in August 2025").</summary>
    /// <param name="users">The number of users.</param>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The measurement over that whole month.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="users"/> is negative, or the year or month is out of range.</exception>
    public static ActiveUsers Monthly(long users, int year, int month)
    {
        Utility.Preconditions.CheckRange(year, 1, 9999);
        Utility.Preconditions.CheckRange(month, 1, 12);
        var start = new DateOnly(year, month, 1);
        return new ActiveUsers(users, ActivityWindow.Monthly, start, start.AddMonths(1).AddDays(-1));
    }

    /// <summary>Daily active users on one day.</summary>
    /// <param name="users">The number of users.</param>
    /// <param name="day">The day.</param>
    /// <returns>The measurement.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="users"/> is negative.</exception>
    public static ActiveUsers Daily(long users, DateOnly day) => new(users, ActivityWindow.Daily, day, day);

    /// <summary>The count kind of a window.</summary>
    /// <param name="window">The window.</param>
    /// <returns>"daily active user", "weekly active user" or "monthly active user".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not defined.</exception>
    public static CountKind KindOf(ActivityWindow window) => window switch
    {
        ActivityWindow.Daily => new CountKind("daily active user"),
        ActivityWindow.Weekly => new CountKind("weekly active user"),
        ActivityWindow.Monthly => new CountKind("monthly active user"),
        _ => throw Preconditions.OutOfRange(nameof(window), window, "Allowed are Daily, Weekly and Monthly."),
    };

    /// <summary>The users as a <see cref="UnitCount"/> of <see cref="Kind"/> (the period is dropped).</summary>
    /// <returns>The count.</returns>
    public UnitCount ToUnitCount() => new(Users, Kind);

    /// <summary>Equal when every field is equal.</summary>
    /// <param name="other">The other measurement.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ActiveUsers other) =>
        Users == other.Users && Window == other.Window && PeriodStart == other.PeriodStart && PeriodEnd == other.PeriodEnd;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ActiveUsers other && Equals(other);

    /// <summary>A hash consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Users, Window, PeriodStart, PeriodEnd);

    /// <summary>Orders measurements of one window by users, then period start, then period end.</summary>
    /// <param name="other">The other measurement.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="MismatchException">The windows differ.</exception>
    public int CompareTo(ActiveUsers other) => CompareTo(other, nameof(other));

    // CompareTo naming the caller's parameter (a constant) when the two cannot be compared.
    private int CompareTo(ActiveUsers other, string paramName)
    {
        if (Window != other.Window)
        {
            throw MismatchException.CountKinds(Kind, other.Kind, "compare", paramName);
        }

        int c = Users.CompareTo(other.Users);
        if (c == 0)
        {
            c = PeriodStart.CompareTo(other.PeriodStart);
        }

        return c != 0 ? c : PeriodEnd.CompareTo(other.PeriodEnd);
    }

    /// <summary>Compares with a boxed <see cref="ActiveUsers"/> of the same window.</summary>
    /// <param name="obj">Null (which sorts first) or an <see cref="ActiveUsers"/>.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="ActiveUsers"/>.</exception>
    /// <exception cref="MismatchException">The windows differ.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ActiveUsers other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(ActiveUsers)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ActiveUsers left, ActiveUsers right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ActiveUsers left, ActiveUsers right) => !left.Equals(right);

    /// <summary>Ordering within one window.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether left is smaller.</returns>
    /// <exception cref="MismatchException">The windows differ.</exception>
    public static bool operator <(ActiveUsers left, ActiveUsers right) => left.CompareTo(right, nameof(right)) < 0;

    /// <summary>Ordering within one window.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether left is larger.</returns>
    /// <exception cref="MismatchException">The windows differ.</exception>
    public static bool operator >(ActiveUsers left, ActiveUsers right) => left.CompareTo(right, nameof(right)) > 0;

    /// <summary>Ordering within one window.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether left is smaller or equal.</returns>
    /// <exception cref="MismatchException">The windows differ.</exception>
    public static bool operator <=(ActiveUsers left, ActiveUsers right) => left.CompareTo(right, nameof(right)) <= 0;

    /// <summary>Ordering within one window.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether left is larger or equal.</returns>
    /// <exception cref="MismatchException">The windows differ.</exception>
    public static bool operator >=(ActiveUsers left, ActiveUsers right) => left.CompareTo(right, nameof(right)) >= 0;

    /// <summary>Invariant text: "157000000 monthly active users, 2025-08-01..2025-08-31".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Users} {Kind.Name}s, {PeriodStart:yyyy-MM-dd}..{PeriodEnd:yyyy-MM-dd}");

    // ---- Estimates (explicit) -----------------------------------------------------------------------------

    /// <inheritdoc />
    decimal IEstimable<ActiveUsers>.Magnitude => Users;

    /// <inheritdoc />
    decimal IEstimable<ActiveUsers>.Granularity => 1m;

    /// <inheritdoc />
    string IEstimable<ActiveUsers>.UnitText => Kind.Name;

    /// <inheritdoc />
    ActiveUsers IEstimable<ActiveUsers>.WithMagnitude(decimal magnitude) =>
        new(UnitCount.FromDecimal(magnitude, Kind).Count, Window, PeriodStart, PeriodEnd);

    /// <summary>Estimates compare users of one activity window; the reporting periods may differ (growth from August to October).</summary>
    void IEstimable<ActiveUsers>.CheckCommensurable(ActiveUsers other, string operation) => CheckCommensurable(other, operation, nameof(other));

    /// <summary>The unit check of <see cref="IEstimable{TSelf}.CheckCommensurable"/>, naming <paramref name="paramName"/>
    /// (the parameter of the public member that was called) in the mismatch exception.</summary>
    /// <param name="other">The other value.</param>
    /// <param name="operation">What was attempted, for the message.</param>
    /// <param name="paramName">The caller's parameter that held <paramref name="other"/>.</param>
    internal void CheckCommensurable(ActiveUsers other, string operation, string paramName)
    {
        if (Window != other.Window)
        {
            throw MismatchException.CountKinds(Kind, other.Kind, operation, paramName);
        }
    }
}
