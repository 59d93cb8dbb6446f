using System;
using System.Globalization;
using DomainModel.Periods;
using DomainModel.Utility;

namespace DomainModel.Fiscal;

/// <summary>
/// The rule that cuts a company's time into fiscal years: the calendar year, a year from a fixed month and day, or a
/// 52/53-week year ending on a weekday at the end of a month; with the rule that names each year and the source the
/// rule was taken from.
/// </summary>
/// <remarks>
/// <para>Fiscal years are numbered from <see cref="MinYear"/> to <see cref="MaxYear"/>.</para>
/// <para>Equality compares every part of the rule and the name. Immutable and thread-safe.</para>
/// </remarks>
public sealed class FiscalCalendar : IEquatable<FiscalCalendar>
{
    /// <summary>The first fiscal year number a calendar gives.</summary>
    public const int MinYear = 1900;

    /// <summary>The last fiscal year number a calendar gives.</summary>
    public const int MaxYear = 2199;

    private FiscalCalendar(
        string name, string source, FiscalCalendarKind kind, FiscalYearNaming naming,
        int startMonth, int startDay, int endMonth, DayOfWeek endWeekday, WeekYearEndRule endRule, int extraWeekQuarter)
    {
        Name = Required(name, nameof(name));
        Source = Required(source, nameof(source));
        Kind = kind;
        Naming = naming;
        _startMonth = startMonth;
        _startDay = startDay;
        _endMonth = endMonth;
        _endWeekday = endWeekday;
        _endRule = endRule;
        ExtraWeekQuarter = extraWeekQuarter;
    }

    private readonly int _startMonth;
    private readonly int _startDay;
    private readonly int _endMonth;
    private readonly DayOfWeek _endWeekday;
    private readonly WeekYearEndRule _endRule;

    /// <summary>The calendar's name (usually the company's).</summary>
    public string Name { get; }

    /// <summary>Where the rule comes from (a filing, the company's own statement, or an assumption, said as such).</summary>
    public string Source { get; }

    /// <summary>How the calendar cuts time into years.</summary>
    public FiscalCalendarKind Kind { get; }

    /// <summary>
    /// Which calendar year gives a fiscal year its number. For a 52/53-week calendar named by its start, a year is
    /// named by the calendar year in which its first week ends, so that a year starting in the last days of December
    /// takes the next year's number and no two years share one.
    /// </summary>
    public FiscalYearNaming Naming { get; }

    /// <summary>The month a year starts in (1 for calendar years), or null for 52/53-week calendars.</summary>
    public int? StartMonth => Kind == FiscalCalendarKind.FiftyTwoFiftyThreeWeek ? null : _startMonth;

    /// <summary>The day of the month a year starts on (1 for calendar years), or null for 52/53-week calendars.</summary>
    public int? StartDay => Kind == FiscalCalendarKind.FiftyTwoFiftyThreeWeek ? null : _startDay;

    /// <summary>The month a 52/53-week year ends in, or null for other calendars.</summary>
    public int? EndMonth => Kind == FiscalCalendarKind.FiftyTwoFiftyThreeWeek ? _endMonth : null;

    /// <summary>The weekday a 52/53-week year ends on, or null for other calendars.</summary>
    public DayOfWeek? EndWeekday => Kind == FiscalCalendarKind.FiftyTwoFiftyThreeWeek ? _endWeekday : null;

    /// <summary>Where in the end month a 52/53-week year ends, or null for other calendars.</summary>
    public WeekYearEndRule? EndRule => Kind == FiscalCalendarKind.FiftyTwoFiftyThreeWeek ? _endRule : null;

    /// <summary>The quarter (1–4) that takes the 53rd week of a 53-week year; quarters are otherwise 13 weeks each. 4 for other calendars.</summary>
    public int ExtraWeekQuarter { get; }

    /// <summary>A calendar whose fiscal years are calendar years.</summary>
    /// <param name="name">The calendar's name.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public static FiscalCalendar CalendarYear(string name, string source) =>
        new(name, source, FiscalCalendarKind.CalendarYear, FiscalYearNaming.ByEndYear, 1, 1, 12, DayOfWeek.Sunday, WeekYearEndRule.LastWeekdayOfMonth, 4);

    /// <summary>A calendar whose years start on a fixed month and day (Microsoft: 1 July, named by the year it ends).</summary>
    /// <param name="name">The calendar's name.</param>
    /// <param name="startMonth">1 to 12.</param>
    /// <param name="startDay">A day that exists in that month in every year: 29 February is refused (use 1 March).</param>
    /// <param name="naming">Which calendar year names a fiscal year.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 1–12, the day does not exist in that month every year, or <paramref name="naming"/> is undefined.</exception>
    public static FiscalCalendar MonthBased(string name, int startMonth, int startDay, FiscalYearNaming naming, string source)
    {
        Preconditions.CheckRange(startMonth, 1, 12);
        int days = DateTime.DaysInMonth(2001, startMonth); // a common year: every year has this day
        if (startDay < 1 || startDay > days)
        {
            throw new ArgumentOutOfRangeException(nameof(startDay), startDay, string.Create(CultureInfo.InvariantCulture,
                $"Day {startDay} does not exist in month {startMonth} every year: allowed is 1 to {days}{(startMonth == 2 ? " (29 February exists only in leap years; start on 1 March instead)" : string.Empty)}."));
        }

        CheckNaming(naming);
        return new(name, source, FiscalCalendarKind.MonthBased, naming, startMonth, startDay, 12, DayOfWeek.Sunday, WeekYearEndRule.LastWeekdayOfMonth, 4);
    }

    /// <summary>A 52/53-week calendar: each year ends on <paramref name="endWeekday"/> at the end of <paramref name="endMonth"/>.</summary>
    /// <param name="name">The calendar's name.</param>
    /// <param name="endMonth">1 to 12: the month in which (or, nearest-rule, at whose end) the year ends.</param>
    /// <param name="endWeekday">The weekday every year ends on.</param>
    /// <param name="endRule">The last such weekday of the month, or the one nearest its last day.</param>
    /// <param name="naming">Which calendar year names a fiscal year (Nvidia: the year it ends).</param>
    /// <param name="extraWeekQuarter">1 to 4: the quarter that takes the 53rd week.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 1–12, the quarter not 1–4, or an enum value is undefined.</exception>
    public static FiscalCalendar FiftyTwoFiftyThreeWeek(
        string name, int endMonth, DayOfWeek endWeekday, WeekYearEndRule endRule, FiscalYearNaming naming, int extraWeekQuarter, string source)
    {
        Preconditions.CheckRange(endMonth, 1, 12);
        Preconditions.CheckRange(extraWeekQuarter, 1, 4);
        if (endWeekday is < DayOfWeek.Sunday or > DayOfWeek.Saturday)
        {
            Preconditions.ThrowRange(nameof(endWeekday), endWeekday, DayOfWeek.Sunday, DayOfWeek.Saturday);
        }

        if (endRule is not (WeekYearEndRule.LastWeekdayOfMonth or WeekYearEndRule.WeekdayNearestEndOfMonth))
        {
            Preconditions.ThrowRange(nameof(endRule), endRule, WeekYearEndRule.LastWeekdayOfMonth, WeekYearEndRule.WeekdayNearestEndOfMonth);
        }

        CheckNaming(naming);
        return new(name, source, FiscalCalendarKind.FiftyTwoFiftyThreeWeek, naming, 1, 1, endMonth, endWeekday, endRule, extraWeekQuarter);
    }

    /// <summary>The fiscal year with the given number.</summary>
    /// <param name="year">From <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The fiscal year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public FiscalYear Year(int year)
    {
        Preconditions.CheckRange(year, MinYear, MaxYear);
        return new FiscalYear(this, year, Bounds(year));
    }

    /// <summary>The fiscal year that contains a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The fiscal year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day's fiscal year is numbered outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public FiscalYear YearOf(DateOnly date)
    {
        if (date.Year < MinYear - 1 || date.Year > MaxYear + 1)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is outside the fiscal years {MinYear}–{MaxYear} this library numbers."));
        }

        int label = LabelOf(date);
        if (label < MinYear || label > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} falls in {Name} fiscal year {label}, outside {MinYear}–{MaxYear}."));
        }

        return new FiscalYear(this, label, Bounds(label));
    }

    /// <summary>Tries to get the fiscal year that contains a day.</summary>
    /// <param name="date">The day.</param>
    /// <param name="year">The fiscal year, or null.</param>
    /// <returns>Whether the day's fiscal year is within range.</returns>
    public bool TryYearOf(DateOnly date, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FiscalYear? year)
    {
        year = null;
        if (date.Year < MinYear - 1 || date.Year > MaxYear + 1)
        {
            return false;
        }

        int label = LabelOf(date);
        if (label < MinYear || label > MaxYear)
        {
            return false;
        }

        year = new FiscalYear(this, label, Bounds(label));
        return true;
    }

    /// <inheritdoc />
    public bool Equals(FiscalCalendar? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Name == other.Name && Source == other.Source && Kind == other.Kind && Naming == other.Naming
                && _startMonth == other._startMonth && _startDay == other._startDay && _endMonth == other._endMonth
                && _endWeekday == other._endWeekday && _endRule == other._endRule && ExtraWeekQuarter == other.ExtraWeekQuarter));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FiscalCalendar);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Kind, Naming, _startMonth, _startDay, _endMonth, _endWeekday, _endRule);

    /// <summary>The name and the rule, e.g. <c>Microsoft: fiscal years from 07-01, named by the year they end</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string naming = Naming == FiscalYearNaming.ByEndYear ? "named by the year they end" : "named by the year they start";
        return Kind switch
        {
            FiscalCalendarKind.CalendarYear => $"{Name}: calendar years",
            FiscalCalendarKind.MonthBased => string.Create(CultureInfo.InvariantCulture, $"{Name}: fiscal years from {_startMonth:00}-{_startDay:00}, {naming}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{Name}: 52/53-week years ending on the {(_endRule == WeekYearEndRule.LastWeekdayOfMonth ? "last" : "nearest-to-month-end")} {_endWeekday} of month {_endMonth}, {naming}"),
        };
    }

    /// <summary>Equality (see <see cref="Equals(FiscalCalendar?)"/>).</summary>
    /// <param name="left">The first calendar.</param>
    /// <param name="right">The second calendar.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FiscalCalendar? left, FiscalCalendar? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first calendar.</param>
    /// <param name="right">The second calendar.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FiscalCalendar? left, FiscalCalendar? right) => !(left == right);

    internal DateRange Bounds(int label)
    {
        if (Kind == FiscalCalendarKind.FiftyTwoFiftyThreeWeek)
        {
            // The anchor is the calendar year whose end month closes the fiscal year.
            int anchor = label + StartNamingOffset;
            return new DateRange(WeekYearStart(anchor), WeekYearEnd(anchor));
        }

        int startYear = Naming == FiscalYearNaming.ByStartYear || StartsOnNewYear ? label : label - 1;
        var start = new DateOnly(startYear, _startMonth, _startDay);
        return new DateRange(start, start.AddYears(1).AddDays(-1));
    }

    internal int LabelOf(DateOnly date)
    {
        if (Kind == FiscalCalendarKind.FiftyTwoFiftyThreeWeek)
        {
            int anchor = date.Year;
            if (date > WeekYearEnd(anchor))
            {
                anchor++;
            }
            else if (date < WeekYearStart(anchor))
            {
                anchor--;
            }

            return anchor - StartNamingOffset;
        }

        int startYear = date >= new DateOnly(date.Year, _startMonth, _startDay) ? date.Year : date.Year - 1;
        return Naming == FiscalYearNaming.ByStartYear || StartsOnNewYear ? startYear : startYear + 1;
    }

    private bool StartsOnNewYear => _startMonth == 1 && _startDay == 1;

    // 52/53-week years named by their start: named by the calendar year in which their first week ends, which is the
    // anchor year when the end month is December (a year may start in the last days of December) and the year before
    // it otherwise. Named by their end: the anchor year.
    private int StartNamingOffset => Naming == FiscalYearNaming.ByStartYear && _endMonth != 12 ? 1 : 0;

    private DateOnly WeekYearStart(int anchor) => WeekYearEnd(anchor - 1).AddDays(1);

    // The end of the 52/53-week year anchored on the end month of the given calendar year.
    private DateOnly WeekYearEnd(int anchor)
    {
        var last = new DateOnly(anchor, _endMonth, DateTime.DaysInMonth(anchor, _endMonth));
        int back = ((int)last.DayOfWeek - (int)_endWeekday + 7) % 7;
        return _endRule == WeekYearEndRule.LastWeekdayOfMonth || back <= 3 ? last.AddDays(-back) : last.AddDays(7 - back);
    }

    private static void CheckNaming(FiscalYearNaming naming)
    {
        if (naming is not (FiscalYearNaming.ByEndYear or FiscalYearNaming.ByStartYear))
        {
            Preconditions.ThrowRange(nameof(naming), naming, FiscalYearNaming.ByEndYear, FiscalYearNaming.ByStartYear);
        }
    }

    private static string Required(string value, string paramName)
    {
        Preconditions.CheckNotNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The text must not be empty or white space.", paramName);
        }

        return value;
    }
}
