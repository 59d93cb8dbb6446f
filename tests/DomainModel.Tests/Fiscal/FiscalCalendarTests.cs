using System;
using System.Linq;
using DomainModel.Fiscal;
using DomainModel.Periods;
using Xunit;

namespace DomainModel.Tests.Fiscal;

public sealed class FiscalCalendarTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Microsoft_FY2025And2026_RunJulyToJune()
    {
        var fy2025 = FiscalCalendars.Microsoft.Year(2025);
        Assert.Equal(new DateRange(D(2024, 7, 1), D(2025, 6, 30)), fy2025.Range);
        Assert.Equal(new DateRange(D(2025, 7, 1), D(2026, 6, 30)), fy2025.Next().Range);
        Assert.Equal(2026, FiscalCalendars.Microsoft.YearOf(D(2025, 7, 1)).Number);
        Assert.Equal(2025, FiscalCalendars.Microsoft.YearOf(D(2025, 6, 30)).Number);
        Assert.Equal("Microsoft FY2025 (2024-07-01..2025-06-30)", fy2025.ToString());
        Assert.Equal(new DateRange(D(2024, 10, 1), D(2024, 12, 31)), fy2025.Quarters[1]);
    }

    [Theory]
    [InlineData(2021, 2021, 1, 31, 371)] // a 53-week year
    [InlineData(2022, 2022, 1, 30, 364)]
    [InlineData(2023, 2023, 1, 29, 364)]
    [InlineData(2024, 2024, 1, 28, 364)]
    [InlineData(2025, 2025, 1, 26, 364)]
    [InlineData(2026, 2026, 1, 25, 364)]
    public void Nvidia_YearEnds_MatchItsPublishedFiscalYearEnds(int fiscal, int y, int m, int d, int days)
    {
        var year = FiscalCalendars.Nvidia.Year(fiscal);
        Assert.Equal(D(y, m, d), year.LastDay);
        Assert.Equal(DayOfWeek.Sunday, year.LastDay.DayOfWeek);
        Assert.Equal(days, year.LengthInDays);
    }

    [Fact]
    public void Nvidia_Fiscal2026_RunsFromJanuary27_2025()
    {
        var year = FiscalCalendars.Nvidia.Year(2026);
        Assert.Equal(D(2025, 1, 27), year.FirstDay);
        Assert.Equal(year, FiscalCalendars.Nvidia.YearOf(D(2025, 12, 15)));
        Assert.Equal(2027, FiscalCalendars.Nvidia.YearOf(D(2026, 1, 26)).Number);
        Assert.False(year.HasFiftyThirdWeek);
        Assert.True(FiscalCalendars.Nvidia.Year(2021).HasFiftyThirdWeek);
        Assert.Equal(98, FiscalCalendars.Nvidia.Year(2021).Quarters[3].LengthInDays);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void CalendarYears_OfTheArticlesCompanies_AreJanuaryToDecember(int number)
    {
        foreach (var calendar in new[] { FiscalCalendars.Gregorian, FiscalCalendars.ByteDance, FiscalCalendars.Alphabet, FiscalCalendars.Amazon, FiscalCalendars.Meta })
        {
            Assert.Equal(DateRange.Year(number), calendar.Year(number).Range);
            Assert.False(string.IsNullOrWhiteSpace(calendar.Source));
        }
    }

    [Fact]
    public void Overlap_MicrosoftFY2025WithCalendar2025_Is181Days()
    {
        var microsoft = FiscalCalendars.Microsoft.Year(2025);
        var calendar = FiscalCalendars.Gregorian.Year(2025);
        Assert.Equal(181, microsoft.OverlapInDays(calendar));
        Assert.Equal(181m / 365m, microsoft.OverlapFraction(calendar));
        Assert.Equal(184, FiscalCalendars.Microsoft.Year(2026).OverlapInDays(calendar));
    }

    [Fact]
    public void WeekdayNearestEndOfMonth_CanEndInTheNextMonth()
    {
        // Years ending on the Saturday nearest 30 September: in 2023 that Saturday was 30 September, in 2022 1 October.
        var calendar = FiscalCalendar.FiftyTwoFiftyThreeWeek("Nearest", 9, DayOfWeek.Saturday, WeekYearEndRule.WeekdayNearestEndOfMonth, FiscalYearNaming.ByEndYear, 1, "test");
        Assert.Equal(D(2022, 10, 1), calendar.Year(2022).LastDay);
        Assert.Equal(D(2023, 9, 30), calendar.Year(2023).LastDay);
        Assert.Equal(D(2022, 9, 24), FiscalCalendar.FiftyTwoFiftyThreeWeek("Last", 9, DayOfWeek.Saturday, WeekYearEndRule.LastWeekdayOfMonth, FiscalYearNaming.ByEndYear, 4, "test").Year(2022).LastDay);
    }

    [Fact]
    public void ByStartYear_NamesTheYearItStarts()
    {
        var calendar = FiscalCalendar.MonthBased("Start-named", 4, 1, FiscalYearNaming.ByStartYear, "test");
        Assert.Equal(new DateRange(D(2025, 4, 1), D(2026, 3, 31)), calendar.Year(2025).Range);
        Assert.Equal(2025, calendar.YearOf(D(2026, 3, 31)).Number);
    }

    [Fact]
    public void FiftyTwoFiftyThreeWeek_ByStartYear_JanuaryEnd_IsNamedByTheYearBefore()
    {
        // Saturday nearest 31 January, named by the start: the year ending on Saturday 2025-02-01 is fiscal 2024.
        var calendar = FiscalCalendar.FiftyTwoFiftyThreeWeek("Retail", 1, DayOfWeek.Saturday, WeekYearEndRule.WeekdayNearestEndOfMonth, FiscalYearNaming.ByStartYear, 4, "test");
        Assert.Equal(new DateRange(D(2024, 2, 4), D(2025, 2, 1)), calendar.Year(2024).Range);
        Assert.Equal(2024, calendar.YearOf(D(2024, 12, 25)).Number);
    }

    [Fact]
    public void FiftyTwoFiftyThreeWeek_ByStartYear_DecemberEnd_TakesTheYearItsFirstWeekEndsIn()
    {
        var calendar = FiscalCalendar.FiftyTwoFiftyThreeWeek("December", 12, DayOfWeek.Saturday, WeekYearEndRule.LastWeekdayOfMonth, FiscalYearNaming.ByStartYear, 4, "test");
        var year = calendar.Year(2025);
        Assert.Equal(D(2024, 12, 29), year.FirstDay); // the last Saturday of December 2024 was the 28th
        Assert.Equal(D(2025, 12, 27), year.LastDay);
    }

    [Fact]
    public void MonthBased_Month13_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendar.MonthBased("x", 13, 1, FiscalYearNaming.ByEndYear, "s"));
        Assert.Equal("startMonth", e.ParamName);
        Assert.Contains("1 to 12", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 30)]
    [InlineData(2, 29)]
    [InlineData(4, 31)]
    [InlineData(1, 0)]
    public void MonthBased_DayMissingInSomeYear_Throws(int month, int day)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendar.MonthBased("x", month, day, FiscalYearNaming.ByEndYear, "s"));
        Assert.Equal("startDay", e.ParamName);
        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2200)]
    public void Year_OutOfRange_Throws(int number)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendars.Microsoft.Year(number));
        Assert.Equal("year", e.ParamName);
        Assert.Contains("1900 to 2199", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void YearOf_DayOutsideTheNumberedYears_Throws()
    {
        Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendars.Gregorian.YearOf(D(1700, 1, 1))).ParamName);
        Assert.False(FiscalCalendars.Gregorian.TryYearOf(D(2300, 1, 1), out _));
        Assert.True(FiscalCalendars.Gregorian.TryYearOf(D(2025, 1, 1), out var y) && y.Number == 2025);
    }

    [Fact]
    public void CompareTo_YearsOfTwoCalendars_Throws()
    {
        var e = Assert.Throws<FiscalCalendarMismatchException>(() => FiscalCalendars.Microsoft.Year(2025).CompareTo(FiscalCalendars.Nvidia.Year(2025)));
        Assert.Contains("Microsoft", e.Message, StringComparison.Ordinal);
        Assert.Contains("Nvidia", e.Message, StringComparison.Ordinal);
        Assert.Equal("other", e.ParamName);
        Assert.Throws<FiscalCalendarMismatchException>(() => FiscalCalendars.Microsoft.Year(2025) < FiscalCalendars.Gregorian.Year(2025));
        var sort = Assert.Throws<InvalidOperationException>(() => new[] { FiscalCalendars.Microsoft.Year(2025), FiscalCalendars.Meta.Year(2025) }.Order().ToArray());
        Assert.IsType<FiscalCalendarMismatchException>(sort.InnerException);
    }

    [Fact]
    public void FiftyTwoFiftyThreeWeek_BadArguments_Throw()
    {
        Assert.Equal("endMonth", Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendar.FiftyTwoFiftyThreeWeek("x", 0, DayOfWeek.Sunday, WeekYearEndRule.LastWeekdayOfMonth, FiscalYearNaming.ByEndYear, 4, "s")).ParamName);
        Assert.Equal("extraWeekQuarter", Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendar.FiftyTwoFiftyThreeWeek("x", 1, DayOfWeek.Sunday, WeekYearEndRule.LastWeekdayOfMonth, FiscalYearNaming.ByEndYear, 5, "s")).ParamName);
        Assert.Equal("endWeekday", Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendar.FiftyTwoFiftyThreeWeek("x", 1, (DayOfWeek)7, WeekYearEndRule.LastWeekdayOfMonth, FiscalYearNaming.ByEndYear, 4, "s")).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => FiscalCalendar.CalendarYear(" ", "s")).ParamName);
    }

    [Fact]
    public void QuarterOf_DayOutsideTheYear_Throws() =>
        Assert.Equal("date", Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendars.Microsoft.Year(2025).QuarterOf(D(2025, 7, 1))).ParamName);

    [Fact]
    public void DateRange_EndBeforeStart_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new DateRange(D(2025, 2, 1), D(2025, 1, 31)));
        Assert.Equal("end", e.ParamName);
        Assert.Contains("2025-01-31 is before the start 2025-02-01", e.Message, StringComparison.Ordinal);
        Assert.False(DateRange.TryParse("2025-02-01..2025-01-31", null, out _));
        Assert.Throws<FormatException>(() => DateRange.Parse("2025-02-01", null));
    }
}
