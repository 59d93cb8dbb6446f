using System;
using DomainModel;
using DomainModel.Tests.Infrastructure;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Fiscal;

/// <summary>Construction, validation, equality and the company calendars of <see cref="FiscalCalendar"/>.</summary>
public sealed class FiscalCalendarTests
{
    [Theory]
    [InlineData(13)]
    [InlineData(0)]
    [InlineData(-1)]
    public void MonthBased_MonthOutsideOneToTwelve_Throws(int month)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendar.MonthBased("X", month, 1, FiscalYearNaming.ByEndYear, ""));
        Assert.Equal("startMonth", e.ParamName);
        Assert.Contains(FormattableString.Invariant($"Value {month} is out of range"), e.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 12", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthBased_ThirtiethOfFebruary_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendar.MonthBased("X", 2, 30, FiscalYearNaming.ByEndYear, ""));
        Assert.Equal("startDay", e.ParamName);
        Assert.Equal("30", e.ActualValue);
        Assert.Contains("Value 30", e.Message, StringComparison.Ordinal);
        Assert.Contains("February has days 1 to 28", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthBased_TwentyNinthOfFebruary_IsRefusedBecauseItIsNotInEveryYear()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendar.MonthBased("X", 2, 29, FiscalYearNaming.ByStartYear, ""));
        Assert.Equal("startDay", e.ParamName);
        Assert.Contains("leap years", e.Message, StringComparison.Ordinal);
        Assert.Contains("28 February or 1 March", e.Message, StringComparison.Ordinal);
        Assert.Equal(28, FiscalCalendar.MonthBased("X", 2, 28, FiscalYearNaming.ByStartYear, "").StartDay);
    }

    [Theory]
    [InlineData(4, 31, 30)]
    [InlineData(6, 31, 30)]
    [InlineData(1, 0, 31)]
    [InlineData(12, 32, 31)]
    public void MonthBased_DayNotInTheMonth_Throws(int month, int day, int max)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendar.MonthBased("X", month, day, FiscalYearNaming.ByEndYear, ""));
        Assert.Equal("startDay", e.ParamName);
        Assert.Contains($"days 1 to {max}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthBased_UndefinedNaming_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendar.MonthBased("X", 7, 1, (FiscalYearNaming)7, ""));
        Assert.Equal("naming", e.ParamName);
        Assert.Contains("ByEndYear to ByStartYear", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Factories_BlankName_Throw(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => FiscalCalendar.CalendarYear(name, ""));
        Assert.Equal("name", e.ParamName);
        Assert.Contains("needs a name", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FiscalCalendar.MonthBased(name, 7, 1, FiscalYearNaming.ByEndYear, ""));
        Assert.Throws<ArgumentException>(() => FiscalCalendar.WeekBased(name, 1, DayOfWeek.Sunday, WeekYearEndRule.LastWeekdayOfMonth, FiscalYearNaming.ByEndYear, ""));
    }

    [Fact]
    public void Factories_NullArguments_Throw()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => FiscalCalendar.CalendarYear(null!, "")).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => FiscalCalendar.CalendarYear("X", null!)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => FiscalCalendar.MonthBased("X", 7, 1, FiscalYearNaming.ByEndYear, null!)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => FiscalCalendar.WeekBased("X", 1, DayOfWeek.Sunday, WeekYearEndRule.LastWeekdayOfMonth, FiscalYearNaming.ByEndYear, null!)).ParamName);
    }

    [Fact]
    public void WeekBased_BadArguments_ThrowNamingTheParameter()
    {
        static void Check(string param, string allowed, Action act)
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(act);
            Assert.Equal(param, e.ParamName);
            Assert.Contains(allowed, e.Message, StringComparison.Ordinal);
        }

        const WeekYearEndRule last = WeekYearEndRule.LastWeekdayOfMonth;
        const FiscalYearNaming end = FiscalYearNaming.ByEndYear;
        Check("endMonth", "1 to 12", () => FiscalCalendar.WeekBased("X", 13, DayOfWeek.Sunday, last, end, ""));
        Check("endWeekday", "Sunday to Saturday", () => FiscalCalendar.WeekBased("X", 1, (DayOfWeek)7, last, end, ""));
        Check("rule", "LastWeekdayOfMonth to WeekdayNearestEndOfMonth", () => FiscalCalendar.WeekBased("X", 1, DayOfWeek.Sunday, (WeekYearEndRule)2, end, ""));
        Check("naming", "ByEndYear to ByStartYear", () => FiscalCalendar.WeekBased("X", 1, DayOfWeek.Sunday, last, (FiscalYearNaming)(-1), ""));
        Check("pattern", "FourFourFive to FiveFourFour", () => FiscalCalendar.WeekBased("X", 1, DayOfWeek.Sunday, last, end, (WeekPattern)3, 4, ""));
        Check("extraWeekQuarter", "1 to 4", () => FiscalCalendar.WeekBased("X", 1, DayOfWeek.Sunday, last, end, WeekPattern.FourFourFive, 5, ""));
    }

    [Fact]
    public void MonthBased_StartingFirstOfJanuary_IsTheCalendarYear()
    {
        var calendar = FiscalCalendar.MonthBased("Alphabet", 1, 1, FiscalYearNaming.ByStartYear, FiscalCalendars.Alphabet.Source);
        Assert.Equal(FiscalCalendarKind.CalendarYear, calendar.Kind);
        Assert.Equal(FiscalYearNaming.ByEndYear, calendar.Naming);
        Assert.Equal(FiscalCalendars.Alphabet, calendar);
    }

    [Fact]
    public void MonthBased_NamedByStartYear_NamesTheYearItStarts()
    {
        var calendar = FiscalCalendar.MonthBased("Start-named", 7, 1, FiscalYearNaming.ByStartYear, "");
        Assert.Equal("Start-named FY2024 (2024-07-01..2025-06-30)", calendar.Year(2024).ToString());
        Assert.Equal(FiscalCalendars.Microsoft.Year(2025).Range, calendar.Year(2024).Range);
    }

    [Fact]
    public void WeekBased_NearestRule_CanEndInTheNextMonth()
    {
        // The Saturday nearest 31 August: 2025-08-30 (31 August 2025 is a Sunday); 2029-09-01 (31 August 2029 is a Friday).
        var calendar = FiscalCalendar.WeekBased("Nearest", 8, DayOfWeek.Saturday, WeekYearEndRule.WeekdayNearestEndOfMonth, FiscalYearNaming.ByEndYear, "");
        Assert.Equal(new DateOnly(2025, 8, 30), calendar.Year(2025).LastDay);
        Assert.Equal(new DateOnly(2029, 9, 1), calendar.Year(2029).LastDay);
        Assert.Equal(2029, calendar.YearOf(new DateOnly(2029, 9, 1)).Label);
        Assert.Equal(2030, calendar.YearOf(new DateOnly(2029, 9, 2)).Label);
    }

    [Fact]
    public void Properties_AreNullWhereTheKindHasNoSuchRule()
    {
        var msft = FiscalCalendars.Microsoft;
        Assert.Equal((7, 1), (msft.StartMonth!.Value, msft.StartDay!.Value));
        Assert.Null(msft.EndMonth);
        Assert.Null(msft.EndWeekday);
        Assert.Null(msft.WeekRule);
        Assert.Null(msft.MonthPattern);
        Assert.Null(msft.ExtraWeekQuarter);
        var nvda = FiscalCalendars.Nvidia;
        Assert.Null(nvda.StartMonth);
        Assert.Null(nvda.StartDay);
        Assert.Equal(1, nvda.EndMonth);
        Assert.Equal(DayOfWeek.Sunday, nvda.EndWeekday);
        Assert.Equal(WeekYearEndRule.LastWeekdayOfMonth, nvda.WeekRule);
        Assert.Equal(FiscalYearNaming.ByEndYear, nvda.Naming);
    }

    [Fact]
    public void CompanyCalendars_StateTheirRuleAndItsSource()
    {
        Assert.Equal("Microsoft: year starting on 1 July, named by the calendar year in which it ends", FiscalCalendars.Microsoft.ToString());
        Assert.Contains("10-K", FiscalCalendars.Microsoft.Source, StringComparison.Ordinal);
        Assert.Contains("June 30", FiscalCalendars.Microsoft.Source, StringComparison.Ordinal);
        Assert.Contains("last Sunday in January", FiscalCalendars.Nvidia.Source, StringComparison.Ordinal);
        Assert.Contains("53-week", FiscalCalendars.Nvidia.Source, StringComparison.Ordinal);
        Assert.StartsWith("Assumption", FiscalCalendars.ByteDance.Source, StringComparison.Ordinal);
        foreach (var calendar in new[] { FiscalCalendars.Alphabet, FiscalCalendars.Amazon, FiscalCalendars.Meta })
        {
            Assert.Contains("December 31", calendar.Source, StringComparison.Ordinal);
            Assert.Equal(FiscalCalendarKind.CalendarYear, calendar.Kind);
        }

        Assert.Equal("calendar year, 1 January to 31 December", FiscalCalendars.Meta.RuleDescription);
        Assert.Equal("year starting on 1 July, named by the calendar year in which it ends", FiscalCalendars.Microsoft.RuleDescription);
        Assert.Equal(
            "52/53-week year ending on the Sunday that is the last of January, named by the calendar year of its end month; quarters 4-4-5 weeks, 53rd week in Q4",
            FiscalCalendars.Nvidia.RuleDescription);
        Assert.Same(FiscalCalendars.Nvidia, FiscalCalendars.Nvidia);
    }

    [Fact]
    public void Equality_IsValueEquality_OverEveryProperty()
    {
        var a = FiscalCalendar.WeekBased("N", 1, DayOfWeek.Sunday, WeekYearEndRule.LastWeekdayOfMonth, FiscalYearNaming.ByEndYear, "s");
        var b = FiscalCalendar.WeekBased("N", 1, DayOfWeek.Sunday, WeekYearEndRule.LastWeekdayOfMonth, FiscalYearNaming.ByEndYear, WeekPattern.FourFourFive, 4, "s");
        Assert.True(a == b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != FiscalCalendar.WeekBased("n", 1, DayOfWeek.Sunday, WeekYearEndRule.LastWeekdayOfMonth, FiscalYearNaming.ByEndYear, "s"));
        Assert.True(a != FiscalCalendar.WeekBased("N", 1, DayOfWeek.Sunday, WeekYearEndRule.LastWeekdayOfMonth, FiscalYearNaming.ByEndYear, WeekPattern.FourFiveFour, 4, "s"));
        Assert.True(a != FiscalCalendar.WeekBased("N", 1, DayOfWeek.Sunday, WeekYearEndRule.LastWeekdayOfMonth, FiscalYearNaming.ByEndYear, WeekPattern.FourFourFive, 1, "s"));
        Assert.True(a != FiscalCalendar.WeekBased("N", 1, DayOfWeek.Sunday, WeekYearEndRule.WeekdayNearestEndOfMonth, FiscalYearNaming.ByEndYear, "s"));
        Assert.True(a != FiscalCalendar.WeekBased("N", 1, DayOfWeek.Sunday, WeekYearEndRule.LastWeekdayOfMonth, FiscalYearNaming.ByEndYear, "other source"));
        Assert.False(a.Equals(null));
        Assert.False(a == null);
        Assert.True((FiscalCalendar?)null == null);
        Assert.NotEqual(FiscalCalendars.Alphabet, FiscalCalendars.Meta);
    }

    [Property(Arbitrary = new[] { typeof(FiscalArbitraries) }, MaxTest = 200)]
    public bool Equality_IsReflexive_AndHashAgrees(FiscalCalendar a, FiscalCalendar b) =>
        a.Equals(a) && a == FiscalCalendarCopy(a) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) && a.Equals(b) == b.Equals(a);

    private static FiscalCalendar FiscalCalendarCopy(FiscalCalendar c) => c.Kind switch
    {
        FiscalCalendarKind.CalendarYear => FiscalCalendar.CalendarYear(c.Name, c.Source),
        FiscalCalendarKind.MonthBased => FiscalCalendar.MonthBased(c.Name, c.StartMonth!.Value, c.StartDay!.Value, c.Naming, c.Source),
        _ => FiscalCalendar.WeekBased(c.Name, c.EndMonth!.Value, c.EndWeekday!.Value, c.WeekRule!.Value, c.Naming, c.MonthPattern!.Value, c.ExtraWeekQuarter!.Value, c.Source),
    };
}
