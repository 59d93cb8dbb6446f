using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// A rule that divides time into fiscal years: the calendar year, a year starting on a fixed month and day, or a
/// 52/53-week year ending on a given weekday at the end of a month; with the rule that names (numbers) each year,
/// a name (e.g. "Microsoft") and a note on where the rule comes from.
/// </summary>
/// <remarks>
/// <para><b>Construction:</b> <see cref="CalendarYear"/>, <see cref="MonthBased"/> and <see cref="WeekBased(string, int, DayOfWeek, WeekYearEndRule, FiscalYearNaming, string)"/>
/// validate every argument. A month-based calendar starting on 1 January is the calendar year and is created as
/// <see cref="FiscalCalendarKind.CalendarYear"/>, so one rule has one representation. 29 February is refused as a
/// start day (it does not exist in every year; use 28 February or 1 March).</para>
/// <para><b>Supported years:</b> fiscal years labelled <see cref="FiscalYear.MinLabel"/> to <see cref="FiscalYear.MaxLabel"/>;
/// <see cref="SupportedRange"/> is the span of days they cover, and <see cref="YearOf"/> refuses days outside it.</para>
/// <para><b>Equality:</b> value equality over every property (name and source included, compared ordinally): the
/// Alphabet and Meta calendars have the same rule but are different calendars, and their years do not compare.</para>
/// <para>There is no ordering. The company calendars live in <see cref="FiscalCalendars"/>; there is no registry.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<FiscalCalendar>))]
public sealed class FiscalCalendar : IEquatable<FiscalCalendar>
{
    private readonly int _startMonth;
    private readonly int _startDay;
    private readonly int _endMonth;
    private readonly DayOfWeek _endWeekday;
    private readonly WeekYearEndRule _weekRule;
    private readonly WeekPattern _pattern;
    private readonly int _extraWeekQuarter;

    private FiscalCalendar(
        string name,
        string source,
        FiscalCalendarKind kind,
        FiscalYearNaming naming,
        int startMonth,
        int startDay,
        int endMonth,
        DayOfWeek endWeekday,
        WeekYearEndRule weekRule,
        WeekPattern pattern,
        int extraWeekQuarter)
    {
        Name = name;
        Source = source;
        Kind = kind;
        Naming = naming;
        _startMonth = startMonth;
        _startDay = startDay;
        _endMonth = endMonth;
        _endWeekday = endWeekday;
        _weekRule = weekRule;
        _pattern = pattern;
        _extraWeekQuarter = extraWeekQuarter;
        SupportedRange = DateRange.Trusted(FirstDayOf(FiscalYear.MinLabel), LastDayOf(FiscalYear.MaxLabel));
    }

    /// <summary>The calendar's name, e.g. "Microsoft"; it starts the text of its years ("Microsoft FY2025").</summary>
    public string Name { get; }

    /// <summary>Where the rule comes from (a filing, a statement, or an assumption, said as such).</summary>
    public string Source { get; }

    /// <summary>The kind of rule.</summary>
    public FiscalCalendarKind Kind { get; }

    /// <summary>Which calendar year names a fiscal year (always <see cref="FiscalYearNaming.ByEndYear"/> for the calendar year).</summary>
    public FiscalYearNaming Naming { get; }

    /// <summary>The month (1–12) on which every fiscal year starts; 1 for the calendar year; <see langword="null"/> for a 52/53-week calendar.</summary>
    public int? StartMonth => Kind == FiscalCalendarKind.WeekBased ? null : _startMonth;

    /// <summary>The day of <see cref="StartMonth"/> on which every fiscal year starts; <see langword="null"/> for a 52/53-week calendar.</summary>
    public int? StartDay => Kind == FiscalCalendarKind.WeekBased ? null : _startDay;

    /// <summary>The month (1–12) at whose end a 52/53-week year ends; <see langword="null"/> for the other kinds.</summary>
    public int? EndMonth => Kind == FiscalCalendarKind.WeekBased ? _endMonth : null;

    /// <summary>The weekday on which a 52/53-week year ends; <see langword="null"/> for the other kinds.</summary>
    public DayOfWeek? EndWeekday => Kind == FiscalCalendarKind.WeekBased ? _endWeekday : null;

    /// <summary>Where in the month a 52/53-week year ends; <see langword="null"/> for the other kinds.</summary>
    public WeekYearEndRule? WeekRule => Kind == FiscalCalendarKind.WeekBased ? _weekRule : null;

    /// <summary>How a 52/53-week year's quarters split into fiscal months; <see langword="null"/> for the other kinds.</summary>
    public WeekPattern? MonthPattern => Kind == FiscalCalendarKind.WeekBased ? _pattern : null;

    /// <summary>
    /// The quarter (1–4) that takes the 53rd week of a 53-week year, in its last fiscal month, making it 14 weeks
    /// long; <see langword="null"/> for the other kinds. Defaults to 4 (Nvidia's fiscal 2021 fourth quarter was a
    /// 14-week quarter).
    /// </summary>
    public int? ExtraWeekQuarter => Kind == FiscalCalendarKind.WeekBased ? _extraWeekQuarter : null;

    /// <summary>The days covered by the supported fiscal years, from the first day of FY<see cref="FiscalYear.MinLabel"/> to the last day of FY<see cref="FiscalYear.MaxLabel"/>.</summary>
    public DateRange SupportedRange { get; }

    /// <summary>The rule in words, e.g. "52/53-week year ending on the last Sunday of January, named by the calendar year of its end; quarters 4-4-5 weeks, 53rd week in Q4".</summary>
    public string RuleDescription => Kind switch
    {
        FiscalCalendarKind.CalendarYear => "calendar year, 1 January to 31 December",
        FiscalCalendarKind.MonthBased => string.Create(
            CultureInfo.InvariantCulture,
            $"year starting on {_startDay} {MonthName(_startMonth)}, named by the calendar year in which it {(Naming == FiscalYearNaming.ByEndYear ? "ends" : "starts")}"),
        _ => string.Create(
            CultureInfo.InvariantCulture,
            $"52/53-week year ending on the {_endWeekday} {(_weekRule == WeekYearEndRule.LastWeekdayOfMonth ? "that is the last of" : "nearest the end of")} {MonthName(_endMonth)}, named by the calendar year {(Naming == FiscalYearNaming.ByEndYear ? "of its end month" : "of its first full month")}; quarters {PatternText(_pattern)} weeks, 53rd week in Q{_extraWeekQuarter}"),
    };

    // ---- Factories ----------------------------------------------------------------------------------------

    /// <summary>A calendar whose fiscal year is the calendar year (1 January to 31 December, named by that year).</summary>
    /// <param name="name">The calendar's name, e.g. "Alphabet": not empty or white space.</param>
    /// <param name="source">Where the rule comes from (may be empty, not null).</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static FiscalCalendar CalendarYear(string name, string source)
    {
        CheckName(name);
        Preconditions.CheckNotNull(source);
        return new FiscalCalendar(name, source, FiscalCalendarKind.CalendarYear, FiscalYearNaming.ByEndYear, 1, 1, 12, default, default, default, 4);
    }

    /// <summary>
    /// A calendar whose fiscal year starts every year on the same month and day and ends the day before the next
    /// one starts (Microsoft: 1 July, named by the year in which it ends).
    /// </summary>
    /// <param name="name">The calendar's name: not empty or white space.</param>
    /// <param name="startMonth">1 to 12.</param>
    /// <param name="startDay">A day that exists in that month in every year: 1 to 28 for February (29 February is refused), 1 to 30 or 31 otherwise.</param>
    /// <param name="naming">Which calendar year names a fiscal year (ignored, and reported as <see cref="FiscalYearNaming.ByEndYear"/>, when the start is 1 January).</param>
    /// <param name="source">Where the rule comes from (may be empty, not null).</param>
    /// <returns>The calendar; a <see cref="FiscalCalendarKind.CalendarYear"/> one when the start is 1 January.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startMonth"/> is outside 1–12, <paramref name="startDay"/> does not exist in that month in every year, or <paramref name="naming"/> is not a defined value.</exception>
    public static FiscalCalendar MonthBased(string name, int startMonth, int startDay, FiscalYearNaming naming, string source)
    {
        CheckName(name);
        Preconditions.CheckNotNull(source);
        Preconditions.CheckRange(startMonth, 1, 12);
        CheckStartDay(startMonth, startDay);
        CheckNaming(naming);
        if (startMonth == 1 && startDay == 1)
        {
            return CalendarYear(name, source);
        }

        int endMonth = startDay == 1 ? (startMonth == 1 ? 12 : startMonth - 1) : startMonth;
        return new FiscalCalendar(name, source, FiscalCalendarKind.MonthBased, naming, startMonth, startDay, endMonth, default, default, default, 4);
    }

    /// <summary>
    /// A 52/53-week calendar with quarters of 4-4-5 weeks and the 53rd week in the fourth quarter (see the full
    /// overload).
    /// </summary>
    /// <param name="name">The calendar's name: not empty or white space.</param>
    /// <param name="endMonth">The month (1–12) at whose end the year ends.</param>
    /// <param name="endWeekday">The weekday on which the year ends.</param>
    /// <param name="rule">The last such weekday of the month, or the one nearest the month's end.</param>
    /// <param name="naming">Which calendar year names a fiscal year (see <see cref="FiscalYearNaming"/>).</param>
    /// <param name="source">Where the rule comes from (may be empty, not null).</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="endMonth"/> is outside 1–12, or an enum argument is not a defined value.</exception>
    public static FiscalCalendar WeekBased(string name, int endMonth, DayOfWeek endWeekday, WeekYearEndRule rule, FiscalYearNaming naming, string source) =>
        WeekBased(name, endMonth, endWeekday, rule, naming, WeekPattern.FourFourFive, 4, source);

    /// <summary>
    /// A 52/53-week calendar: every year ends on <paramref name="endWeekday"/> at the end of <paramref name="endMonth"/>,
    /// so it lasts 364 or 371 days; quarters are 13 weeks, and in a 53-week year <paramref name="extraWeekQuarter"/> has 14.
    /// </summary>
    /// <param name="name">The calendar's name: not empty or white space.</param>
    /// <param name="endMonth">The month (1–12) at whose end the year ends.</param>
    /// <param name="endWeekday">The weekday on which the year ends.</param>
    /// <param name="rule">The last such weekday of the month, or the one nearest the month's end.</param>
    /// <param name="naming">Which calendar year names a fiscal year (see <see cref="FiscalYearNaming"/>).</param>
    /// <param name="pattern">How each quarter splits into three fiscal months.</param>
    /// <param name="extraWeekQuarter">The quarter (1–4) whose last month takes the 53rd week.</param>
    /// <param name="source">Where the rule comes from (may be empty, not null).</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="endMonth"/> is outside 1–12, <paramref name="extraWeekQuarter"/> outside 1–4, or an enum argument is not a defined value.</exception>
    public static FiscalCalendar WeekBased(
        string name,
        int endMonth,
        DayOfWeek endWeekday,
        WeekYearEndRule rule,
        FiscalYearNaming naming,
        WeekPattern pattern,
        int extraWeekQuarter,
        string source)
    {
        CheckName(name);
        Preconditions.CheckNotNull(source);
        Preconditions.CheckRange(endMonth, 1, 12);
        CheckDefined(endWeekday, DayOfWeek.Sunday, DayOfWeek.Saturday);
        CheckDefined(rule, WeekYearEndRule.LastWeekdayOfMonth, WeekYearEndRule.WeekdayNearestEndOfMonth);
        CheckNaming(naming);
        CheckDefined(pattern, WeekPattern.FourFourFive, WeekPattern.FiveFourFour);
        Preconditions.CheckRange(extraWeekQuarter, 1, 4);
        return new FiscalCalendar(name, source, FiscalCalendarKind.WeekBased, naming, 0, 0, endMonth, endWeekday, rule, pattern, extraWeekQuarter);
    }

    // ---- Years --------------------------------------------------------------------------------------------

    /// <summary>The fiscal year with the given label (same as <c>new FiscalYear(this, label)</c>).</summary>
    /// <param name="label">The year's number, <see cref="FiscalYear.MinLabel"/> to <see cref="FiscalYear.MaxLabel"/>.</param>
    /// <returns>The fiscal year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="label"/> is out of range.</exception>
    public FiscalYear Year(int label) => new(this, label);

    /// <summary>The one fiscal year of this calendar that contains the day.</summary>
    /// <param name="date">A day within <see cref="SupportedRange"/>.</param>
    /// <returns>The fiscal year containing it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="SupportedRange"/>.</exception>
    public FiscalYear YearOf(DateOnly date)
    {
        if (!SupportedRange.Contains(date))
        {
            Preconditions.ThrowRange(nameof(date), DateRange.Format(date), DateRange.Format(SupportedRange.Start), DateRange.Format(SupportedRange.End));
        }

        int label = Math.Clamp(date.Year, FiscalYear.MinLabel, FiscalYear.MaxLabel);
        while (date > LastDayOf(label))
        {
            label++;
        }

        while (date < FirstDayOf(label))
        {
            label--;
        }

        return new FiscalYear(this, label);
    }

    /// <summary>The fiscal quarter of this calendar that contains the day.</summary>
    /// <param name="date">A day within <see cref="SupportedRange"/>.</param>
    /// <returns>The quarter containing it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="SupportedRange"/>.</exception>
    public FiscalQuarter QuarterOf(DateOnly date)
    {
        var year = YearOf(date);
        for (int q = 1; q < 4; q++)
        {
            if (date <= QuarterRange(year.Label, q).End)
            {
                return new FiscalQuarter(year, q);
            }
        }

        return new FiscalQuarter(year, 4);
    }

    // ---- Equality -----------------------------------------------------------------------------------------

    /// <summary>Equal when every property is equal (name and source compared ordinally).</summary>
    /// <param name="other">The other calendar.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals([NotNullWhen(true)] FiscalCalendar? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Kind == other.Kind
                && Naming == other.Naming
                && _startMonth == other._startMonth
                && _startDay == other._startDay
                && _endMonth == other._endMonth
                && _endWeekday == other._endWeekday
                && _weekRule == other._weekRule
                && _pattern == other._pattern
                && _extraWeekQuarter == other._extraWeekQuarter
                && string.Equals(Name, other.Name, StringComparison.Ordinal)
                && string.Equals(Source, other.Source, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as FiscalCalendar);

    /// <summary>A hash consistent with <see cref="Equals(FiscalCalendar)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Kind);
        hash.Add(Naming);
        hash.Add(_startMonth);
        hash.Add(_startDay);
        hash.Add(_endMonth);
        hash.Add(_endWeekday);
        hash.Add(_weekRule);
        hash.Add(_pattern);
        hash.Add(_extraWeekQuarter);
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Source, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Value equality (see <see cref="Equals(FiscalCalendar)"/>); two nulls are equal.</summary>
    /// <param name="left">The first calendar.</param>
    /// <param name="right">The second calendar.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FiscalCalendar? left, FiscalCalendar? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality (see <see cref="Equals(FiscalCalendar)"/>).</summary>
    /// <param name="left">The first calendar.</param>
    /// <param name="right">The second calendar.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FiscalCalendar? left, FiscalCalendar? right) => !(left == right);

    /// <summary>The name and the rule in words (not the source, which can be long): <c>Microsoft: year starting on 1 July,
    /// named by the calendar year in which it ends</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + ": " + RuleDescription;

    // ---- Rules (internal, unchecked: callers keep labels within a few years of the supported range) ----------

    internal DateOnly FirstDayOf(int label) => Kind == FiscalCalendarKind.WeekBased
        ? WeekYearEnd(AnchorYear(label - 1)).AddDays(1)
        : new DateOnly(StartYear(label), _startMonth, _startDay);

    internal DateOnly LastDayOf(int label) => Kind == FiscalCalendarKind.WeekBased
        ? WeekYearEnd(AnchorYear(label))
        : FirstDayOf(label + 1).AddDays(-1);

    internal DateRange QuarterRange(int label, int quarter)
    {
        var first = FirstDayOf(label);
        if (Kind != FiscalCalendarKind.WeekBased)
        {
            var start = first.AddMonths(3 * (quarter - 1));
            var end = quarter == 4 ? LastDayOf(label) : first.AddMonths(3 * quarter).AddDays(-1);
            return DateRange.Trusted(start, end);
        }

        bool extra = LastDayOf(label).DayNumber - first.DayNumber + 1 == 371;
        int weeksBefore = (13 * (quarter - 1)) + (extra && quarter > _extraWeekQuarter ? 1 : 0);
        int weeks = 13 + (extra && quarter == _extraWeekQuarter ? 1 : 0);
        var qStart = first.AddDays(7 * weeksBefore);
        return DateRange.Trusted(qStart, qStart.AddDays((7 * weeks) - 1));
    }

    internal DateRange MonthRange(int label, int month)
    {
        var first = FirstDayOf(label);
        if (Kind != FiscalCalendarKind.WeekBased)
        {
            var start = first.AddMonths(month - 1);
            var end = month == 12 ? LastDayOf(label) : first.AddMonths(month).AddDays(-1);
            return DateRange.Trusted(start, end);
        }

        var quarter = QuarterRange(label, ((month - 1) / 3) + 1);
        int index = (month - 1) % 3;
        int weeksBefore = 0;
        for (int i = 0; i < index; i++)
        {
            weeksBefore += WeeksOfMonth(i);
        }

        var mStart = quarter.Start.AddDays(7 * weeksBefore);
        var mEnd = index == 2 ? quarter.End : mStart.AddDays((7 * WeeksOfMonth(index)) - 1);
        return DateRange.Trusted(mStart, mEnd);
    }

    private int WeeksOfMonth(int index) => (_pattern, index) switch
    {
        (WeekPattern.FourFourFive, 2) => 5,
        (WeekPattern.FourFiveFour, 1) => 5,
        (WeekPattern.FiveFourFour, 0) => 5,
        _ => 4,
    };

    private int StartYear(int label) =>
        Kind == FiscalCalendarKind.CalendarYear || Naming == FiscalYearNaming.ByStartYear ? label : label - 1;

    private int AnchorYear(int label) =>
        Naming == FiscalYearNaming.ByEndYear || _endMonth == 12 ? label : label + 1;

    private DateOnly WeekYearEnd(int anchorYear)
    {
        var monthEnd = new DateOnly(anchorYear, _endMonth, DateTime.DaysInMonth(anchorYear, _endMonth));
        int back = ((int)monthEnd.DayOfWeek - (int)_endWeekday + 7) % 7;
        return _weekRule == WeekYearEndRule.LastWeekdayOfMonth || back <= 3
            ? monthEnd.AddDays(-back)
            : monthEnd.AddDays(7 - back);
    }

    // ---- Validation ---------------------------------------------------------------------------------------

    private static void CheckName(string name, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(name))] string? paramName = null)
    {
        Preconditions.CheckNotNull(name, paramName);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), paramName, "A fiscal calendar needs a name (e.g. \"Microsoft\"); an empty or white-space name was given.");
    }

    private static void CheckStartDay(int startMonth, int startDay)
    {
        // A day that exists in the month in every year: 2001 is not a leap year, so February has 28 days.
        int max = DateTime.DaysInMonth(2001, startMonth);
        if (startDay < 1 || startDay > max)
        {
            string extra = startMonth == 2 && startDay == 29
                ? " 29 February exists only in leap years, so a fiscal year cannot start on it every year; start on 28 February or 1 March."
                : string.Empty;
            throw Preconditions.OutOfRange(
                nameof(startDay),
                startDay,
                Preconditions.Invariant($"Value {startDay} is out of range: {MonthName(startMonth)} has days 1 to {max} inclusive in every year.{extra}"));
        }
    }

    private static void CheckNaming(FiscalYearNaming naming) =>
        CheckDefined(naming, FiscalYearNaming.ByEndYear, FiscalYearNaming.ByStartYear);

    private static void CheckDefined<T>(T value, T min, T max, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, Enum
    {
        int v = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        if (v < Convert.ToInt32(min, CultureInfo.InvariantCulture) || v > Convert.ToInt32(max, CultureInfo.InvariantCulture))
        {
            Preconditions.ThrowRange(paramName, value, min, max);
        }
    }

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static string PatternText(WeekPattern pattern) => pattern switch
    {
        WeekPattern.FourFourFive => "4-4-5",
        WeekPattern.FourFiveFour => "4-5-4",
        _ => "5-4-4",
    };
}
