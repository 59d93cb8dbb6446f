using System;
using System.Linq;
using DomainModel;
using DomainModel.Claims;
using FsCheck;
using FsCheck.Fluent;

namespace DomainModel.Tests.Infrastructure;

/// <summary>
/// FsCheck arbitraries for fiscal calendars and years and for date ranges. Calendars cover every kind: the
/// company calendars, month-based calendars with any start month and any day that exists in it every year (both
/// naming rules), and 52/53-week calendars with any end month, weekday, end rule, naming rule, month pattern and
/// extra-week quarter. Dates lie in 1901–2198, inside every calendar's supported range.
/// </summary>
public static class FiscalArbitraries
{
    public static readonly DateOnly FirstDate = new(1901, 1, 1);
    public static readonly DateOnly LastDate = new(2198, 12, 31);

    public static readonly FiscalCalendar[] Companies = [.. FiscalCalendars.All];

    public static Gen<FiscalYearNaming> NamingGen => Gen.Elements(FiscalYearNaming.ByEndYear, FiscalYearNaming.ByStartYear);

    public static Gen<FiscalCalendar> MonthBasedGen =>
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(2001, month))
        from naming in NamingGen
        select FiscalCalendar.MonthBased("Month-based", month, day, naming, "generated");

    public static Gen<FiscalCalendar> WeekBasedGen =>
        from month in Gen.Choose(1, 12)
        from weekday in Gen.Choose(0, 6)
        from rule in Gen.Elements(WeekYearEndRule.LastWeekdayOfMonth, WeekYearEndRule.WeekdayNearestEndOfMonth)
        from naming in NamingGen
        from pattern in Gen.Elements(WeekPattern.FourFourFive, WeekPattern.FourFiveFour, WeekPattern.FiveFourFour)
        from extra in Gen.Choose(1, 4)
        select FiscalCalendar.WeekBased("52/53-week", month, (DayOfWeek)weekday, rule, naming, pattern, extra, "generated");

    public static Gen<FiscalCalendar> CalendarGen => Gen.Frequency(
        (2, Gen.Elements(Companies)),
        (3, MonthBasedGen),
        (4, WeekBasedGen));

    public static Gen<DateOnly> DateGen =>
        Gen.Choose(FirstDate.DayNumber, LastDate.DayNumber).Select(DateOnly.FromDayNumber);

    public static Gen<FiscalYear> YearGen =>
        from calendar in CalendarGen
        from label in Gen.Choose(FiscalYear.MinLabel, FiscalYear.MaxLabel)
        select new FiscalYear(calendar, label);

    /// <summary>Ranges up to about three years long, starting anywhere in the date range.</summary>
    public static Gen<DateRange> RangeGen =>
        from start in DateGen
        from length in Gen.Frequency((3, Gen.Choose(0, 40)), (2, Gen.Choose(0, 1100)))
        select new DateRange(start, start.AddDays(length));

    public static Arbitrary<FiscalCalendar> CalendarArb() => Arb.From(CalendarGen);

    public static Arbitrary<DateOnly> DateArb() => Arb.From(DateGen);

    public static Arbitrary<FiscalYear> YearArb() => Arb.From(YearGen);

    public static Arbitrary<DateRange> RangeArb() => Arb.From(RangeGen);

    /// <summary>Every day of a range (for brute-force checks of small ranges).</summary>
    public static DateOnly[] Days(DateRange range) =>
        Enumerable.Range(0, range.LengthInDays).Select(i => range.Start.AddDays(i)).ToArray();
}
