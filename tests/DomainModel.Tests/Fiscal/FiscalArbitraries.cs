using System;
using DomainModel.Fiscal;
using FsCheck;
using FsCheck.Fluent;

namespace DomainModel.Tests.Fiscal;

/// <summary>Calendars of every kind and rule, and days well inside the numbered years.</summary>
public static class FiscalArbitraries
{
    public static Arbitrary<FiscalCalendar> Calendar() => Arb.From(Gen.OneOf(
        Gen.Constant(FiscalCalendar.CalendarYear("Calendar", "test")),
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(2001, 1)).Select(d => d)
        from naming in Gen.Elements(FiscalYearNaming.ByEndYear, FiscalYearNaming.ByStartYear)
        select FiscalCalendar.MonthBased("Months", month, Math.Min(day, DateTime.DaysInMonth(2001, month)), naming, "test"),
        from month in Gen.Choose(1, 12)
        from weekday in Gen.Elements(Enum.GetValues<DayOfWeek>())
        from rule in Gen.Elements(WeekYearEndRule.LastWeekdayOfMonth, WeekYearEndRule.WeekdayNearestEndOfMonth)
        from naming in Gen.Elements(FiscalYearNaming.ByEndYear, FiscalYearNaming.ByStartYear)
        from quarter in Gen.Choose(1, 4)
        select FiscalCalendar.FiftyTwoFiftyThreeWeek("Weeks", month, weekday, rule, naming, quarter, "test")));

    public static Arbitrary<DateOnly> Day() => Arb.From(
        from dayNumber in Gen.Choose(new DateOnly(1902, 1, 1).DayNumber, new DateOnly(2197, 12, 31).DayNumber)
        select DateOnly.FromDayNumber(dayNumber));
}
