using System;
using System.Linq;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Fiscal;

/// <summary>
/// The company calendars of <see cref="FiscalCalendars"/> against the fiscal year ends the companies published, and
/// the look-up by name. Which dates are from the filings' cover pages and which from memory is said per row.
/// </summary>
public sealed class CompanyCalendarTests
{
    /// <summary>
    /// Year ends as published (cover page of each annual report: "for the fiscal year ended ..."). All rows are
    /// recalled from those reports, and each was re-derived by hand from the rule (e.g. the last Saturday of
    /// September 2024 is the 28th because 30 September 2024 is a Monday).
    /// </summary>
    [Theory]
    [InlineData("Apple", 2024, "2024-09-28")]
    [InlineData("Apple", 2023, "2023-09-30")]
    [InlineData("Apple", 2022, "2022-09-24")]
    [InlineData("Apple", 2025, "2025-09-27")]
    [InlineData("Broadcom", 2024, "2024-11-03")]
    [InlineData("Broadcom", 2023, "2023-10-29")]
    [InlineData("Broadcom", 2025, "2025-11-02")]
    [InlineData("AMD", 2024, "2024-12-28")]
    [InlineData("AMD", 2023, "2023-12-30")]
    [InlineData("AMD", 2022, "2022-12-31")]
    [InlineData("Intel", 2024, "2024-12-28")]
    [InlineData("Intel", 2022, "2022-12-31")]
    [InlineData("Oracle", 2025, "2025-05-31")]
    [InlineData("Oracle", 2024, "2024-05-31")]
    [InlineData("Alibaba", 2025, "2025-03-31")]
    [InlineData("Alibaba", 2024, "2024-03-31")]
    [InlineData("TSMC", 2024, "2024-12-31")]
    [InlineData("Samsung", 2024, "2024-12-31")]
    [InlineData("Tencent", 2024, "2024-12-31")]
    [InlineData("Baidu", 2024, "2024-12-31")]
    [InlineData("JD.com", 2024, "2024-12-31")]
    [InlineData("Xiaomi", 2024, "2024-12-31")]
    public void Year_LastDay_IsThePublishedYearEnd(string company, int label, string lastDay)
    {
        var year = FiscalCalendars.Find(company).Year(label);
        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), year.LastDay);
    }

    [Theory]
    [InlineData("Apple", 2023, true)]
    [InlineData("Apple", 2024, false)]
    [InlineData("Broadcom", 2024, true)]
    [InlineData("Broadcom", 2023, false)]
    [InlineData("AMD", 2022, true)]
    [InlineData("Intel", 2022, true)]
    [InlineData("Intel", 2024, false)]
    public void Year_FiftyThreeWeeks_AsPublished(string company, int label, bool long53)
    {
        Assert.Equal(long53, FiscalCalendars.Find(company).Year(label).HasFiftyThreeWeeks);
    }

    /// <summary>The 14-week first quarters (from memory of the quarterly reports: Apple Q1 FY2023 ended 2022-12-31, Broadcom Q1 FY2024 2024-02-04, AMD and Intel Q1 2022 2022-04-02).</summary>
    [Theory]
    [InlineData("Apple", 2023, "2022-09-25..2022-12-31")]
    [InlineData("Broadcom", 2024, "2023-10-30..2024-02-04")]
    [InlineData("AMD", 2022, "2021-12-26..2022-04-02")]
    [InlineData("Intel", 2022, "2021-12-26..2022-04-02")]
    public void Quarter1_OfFiftyThreeWeekYear_HasFourteenWeeks(string company, int label, string range)
    {
        var q1 = FiscalCalendars.Find(company).Year(label).Quarter(1);
        Assert.Equal(DateRange.Parse(range), q1.Range);
        Assert.Equal(98, q1.LengthInDays);
    }

    [Fact]
    public void MonthBased_Oracle_And_Alibaba_HaveThePublishedRanges()
    {
        Assert.Equal(DateRange.Parse("2024-06-01..2025-05-31"), FiscalCalendars.Oracle.Year(2025).Range);
        Assert.Equal(DateRange.Parse("2024-04-01..2025-03-31"), FiscalCalendars.Alibaba.Year(2025).Range);
        Assert.Equal(DateRange.Parse("2025-03-01..2025-05-31"), FiscalCalendars.Oracle.Year(2025).Quarter(4).Range);
    }

    [Theory]
    [InlineData("google", "Alphabet")]
    [InlineData("Alphabet", "Alphabet")]
    [InlineData("  APPLE ", "Apple")]
    [InlineData("Facebook", "Meta")]
    [InlineData("advanced micro devices", "AMD")]
    [InlineData("Taiwan Semiconductor", "TSMC")]
    [InlineData("Samsung Electronics", "Samsung")]
    [InlineData("jd", "JD.com")]
    [InlineData("Alibaba Group", "Alibaba")]
    [InlineData("nvidia", "Nvidia")]
    [InlineData("Microsoft Corporation", "Microsoft")]
    public void TryFind_NameOrAlias_IgnoringCase(string name, string expected)
    {
        Assert.True(FiscalCalendars.TryFind(name, out var calendar));
        Assert.Equal(expected, calendar.Name);
        Assert.Same(calendar, FiscalCalendars.Find(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Huawei")]
    [InlineData("Appl")]
    public void TryFind_UnknownName_ReturnsFalse(string? name)
    {
        Assert.False(FiscalCalendars.TryFind(name, out var calendar));
        Assert.Null(calendar);
    }

    [Fact]
    public void Find_UnknownName_Throws_ListingKnownNames()
    {
        var e = Assert.Throws<ArgumentException>(() => FiscalCalendars.Find("Huawei"));
        Assert.Equal("name", e.ParamName);
        Assert.Contains("'Huawei'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Broadcom", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => FiscalCalendars.Find(null!));
    }

    [Fact]
    public void All_HasEveryCompanyOnce_WithASource()
    {
        string[] expected =
        [
            "Calendar", "ByteDance", "Alphabet", "Amazon", "Meta", "Microsoft", "Nvidia", "Apple", "Oracle", "Broadcom",
            "AMD", "Intel", "TSMC", "Samsung", "Alibaba", "Tencent", "Baidu", "JD.com", "Xiaomi",
        ];
        Assert.Equal(expected, FiscalCalendars.All.Select(c => c.Name));
        Assert.All(FiscalCalendars.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
    }

    /// <summary>A calendar defined from a plain description through the public factories equals the shipped one except for name and source.</summary>
    [Fact]
    public void Factories_PlainDescription_RebuildsAppleRule()
    {
        var mine = FiscalCalendar.WeekBased("Apple (mine)", 9, DayOfWeek.Saturday, WeekYearEndRule.LastWeekdayOfMonth, FiscalYearNaming.ByEndYear, WeekPattern.FourFourFive, 1, "my document");
        for (int label = 2015; label <= 2030; label++)
        {
            Assert.Equal(FiscalCalendars.Apple.Year(label).Range, mine.Year(label).Range);
        }

        Assert.NotEqual(FiscalCalendars.Apple, mine);
    }

    /// <summary>Every company year is contiguous with the next one, and every company 52/53-week year is 364 or 371 days.</summary>
    [Property(Arbitrary = new[] { typeof(FiscalArbitraries) }, MaxTest = 200)]
    public void CompanyYears_AreContiguous_AndWholeWeeks(int seed)
    {
        var calendar = FiscalCalendars.All[Math.Abs(seed % FiscalCalendars.All.Count)];
        int label = 1950 + Math.Abs(seed % 200);
        var year = calendar.Year(label);
        Assert.Equal(year.LastDay.AddDays(1), year.Next().FirstDay);
        if (calendar.Kind == FiscalCalendarKind.WeekBased)
        {
            Assert.Contains(year.LengthInDays, new[] { 364, 371 });
        }
    }
}
