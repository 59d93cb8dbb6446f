using System;
using System.Linq;
using DomainModel;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.Fiscal;

/// <summary>Real fiscal years of the article's companies, and bad input.</summary>
public sealed partial class FiscalYearTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2025, "2024-07-01", "2025-06-30", 365)]
    [InlineData(2026, "2025-07-01", "2026-06-30", 365)]
    [InlineData(2024, "2023-07-01", "2024-06-30", 366)]
    public void Microsoft_Year_RunsJulyToJune_NamedByItsEndYear(int label, string first, string last, int days)
    {
        var year = FiscalCalendars.Microsoft.Year(label);
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), year.FirstDay);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), year.LastDay);
        Assert.Equal(days, year.LengthInDays);
        Assert.Equal(52, year.LengthInWeeks);
    }

    [Fact]
    public void Microsoft_FY2025_TextQuartersAndYearOf()
    {
        var fy2025 = FiscalCalendars.Microsoft.Year(2025);
        Assert.Equal("Microsoft FY2025 (2024-07-01..2025-06-30)", fy2025.ToString());
        Assert.Equal(
            ["2024-07-01..2024-09-30", "2024-10-01..2024-12-31", "2025-01-01..2025-03-31", "2025-04-01..2025-06-30"],
            fy2025.Quarters.Select(q => q.Range.ToString()));
        Assert.Equal("Microsoft FY2025 Q3 (2025-01-01..2025-03-31)", fy2025.Quarter(3).ToString());
        Assert.Equal(fy2025, FiscalCalendars.Microsoft.YearOf(D(2025, 6, 30)));
        Assert.Equal(fy2025.Next(), FiscalCalendars.Microsoft.YearOf(D(2025, 7, 1)));
        Assert.Equal(2026, FiscalCalendars.Microsoft.YearOf(D(2025, 12, 15)).Label);
        Assert.Equal(new FiscalQuarter(FiscalCalendars.Microsoft.Year(2026), 2), FiscalCalendars.Microsoft.QuarterOf(D(2025, 12, 15)));
        Assert.Equal("2024-07-01..2024-07-31", fy2025.Months[0].ToString());
        Assert.Equal("2025-06-01..2025-06-30", fy2025.Months[11].ToString());
    }

    /// <summary>Nvidia's published year ends (Form 10-K cover pages): the last Sunday of January.</summary>
    [Theory]
    [InlineData(2021, "2021-01-31", 53)]
    [InlineData(2022, "2022-01-30", 52)]
    [InlineData(2023, "2023-01-29", 52)]
    [InlineData(2024, "2024-01-28", 52)]
    [InlineData(2025, "2025-01-26", 52)]
    [InlineData(2026, "2026-01-25", 52)]
    [InlineData(2027, "2027-01-31", 53)]
    public void Nvidia_Year_EndsOnTheLastSundayOfJanuary(int label, string last, int weeks)
    {
        var year = FiscalCalendars.Nvidia.Year(label);
        Assert.Equal(DateOnly.ParseExact(last, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), year.LastDay);
        Assert.Equal(DayOfWeek.Sunday, year.LastDay.DayOfWeek);
        Assert.Equal(weeks, year.LengthInWeeks);
        Assert.Equal(weeks * 7, year.LengthInDays);
        Assert.Equal(weeks == 53, year.HasFiftyThreeWeeks);
    }

    [Fact]
    public void Nvidia_FY2026_StartsTheDayAfterFY2025Ends_AndItsQuartersMatchTheReportedQuarterEnds()
    {
        var fy2026 = FiscalCalendars.Nvidia.Year(2026);
        Assert.Equal("Nvidia FY2026 (2025-01-27..2026-01-25)", fy2026.ToString());
        // Reported quarter ends of fiscal 2026: April 27, July 27 and October 26, 2025.
        Assert.Equal([D(2025, 4, 27), D(2025, 7, 27), D(2025, 10, 26), D(2026, 1, 25)], fy2026.Quarters.Select(q => q.LastDay));
        Assert.All(fy2026.Quarters, q => Assert.Equal(91, q.LengthInDays));
        Assert.Equal(D(2024, 4, 28), FiscalCalendars.Nvidia.Year(2025).Quarter(1).LastDay);
        Assert.Equal(fy2026, FiscalCalendars.Nvidia.YearOf(D(2025, 12, 15)));
        Assert.Equal(2025, FiscalCalendars.Nvidia.YearOf(D(2025, 1, 26)).Label);
        Assert.Equal(2026, FiscalCalendars.Nvidia.YearOf(D(2025, 1, 27)).Label);
    }

    [Fact]
    public void Nvidia_FY2021_PutsThe53rdWeekInAFourteenWeekFourthQuarter()
    {
        var fy2021 = FiscalCalendars.Nvidia.Year(2021);
        Assert.Equal(D(2020, 1, 27), fy2021.FirstDay);
        Assert.Equal([91, 91, 91, 98], fy2021.Quarters.Select(q => q.LengthInDays));
        Assert.Equal(new DateRange(D(2020, 10, 26), D(2021, 1, 31)), fy2021.Quarter(4).Range);
        // 4-4-5 months; the extra week lengthens the last month of Q4 to six weeks.
        Assert.Equal([28, 28, 35, 28, 28, 35, 28, 28, 35, 28, 28, 42], fy2021.Months.Select(m => m.LengthInDays));
        Assert.Equal(4, FiscalCalendars.Nvidia.ExtraWeekQuarter);
        Assert.Equal(WeekPattern.FourFourFive, FiscalCalendars.Nvidia.MonthPattern);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void CalendarYearCompanies_Years_AreTheCalendarYear(int label)
    {
        foreach (var calendar in new[] { FiscalCalendars.Calendar, FiscalCalendars.ByteDance, FiscalCalendars.Alphabet, FiscalCalendars.Amazon, FiscalCalendars.Meta })
        {
            var year = calendar.Year(label);
            Assert.Equal(D(label, 1, 1), year.FirstDay);
            Assert.Equal(D(label, 12, 31), year.LastDay);
            Assert.Equal(365, year.LengthInDays);
            Assert.Equal(FiscalCalendarKind.CalendarYear, calendar.Kind);
            Assert.Equal($"{calendar.Name} FY{label} ({label}-01-01..{label}-12-31)", year.ToString());
        }
    }

    [Fact]
    public void Overlap_AcrossCalendars_CountsTheSharedDays()
    {
        var msft2025 = FiscalCalendars.Microsoft.Year(2025);
        var meta2025 = FiscalCalendars.Meta.Year(2025);
        var nvda2026 = FiscalCalendars.Nvidia.Year(2026);
        Assert.Equal(181, msft2025.OverlapDays(meta2025));
        Assert.Equal(181m / 365m, msft2025.OverlapFraction(meta2025));
        Assert.Equal(339, nvda2026.OverlapDays(meta2025));
        Assert.Equal(339m / 364m, nvda2026.OverlapFraction(meta2025));
        Assert.Equal(339m / 365m, meta2025.OverlapFraction(nvda2026));
        Assert.Equal(31, msft2025.OverlapDays(DateRange.OfMonth(2025, 1)));
        Assert.Equal(0, msft2025.OverlapDays(DateRange.OfMonth(2025, 7)));
        Assert.Equal(1m, msft2025.OverlapFraction(new DateRange(D(2024, 1, 1), D(2026, 1, 1))));
    }

    [Fact]
    public void Default_IsTheCalendarYear1900()
    {
        var year = default(FiscalYear);
        Assert.Equal(FiscalCalendars.Calendar, year.Calendar);
        Assert.Equal(1900, year.Label);
        Assert.Equal(FiscalCalendars.Calendar.Year(1900), year);
        Assert.Equal("Calendar FY1900 (1900-01-01..1900-12-31)", year.ToString());
        Assert.Equal(1, default(FiscalQuarter).Number);
    }

    [Fact]
    public void Equality_IsCalendarValueAndLabel()
    {
        var twin = FiscalCalendar.MonthBased("Microsoft", 7, 1, FiscalYearNaming.ByEndYear, FiscalCalendars.Microsoft.Source);
        Assert.Equal(FiscalCalendars.Microsoft.Year(2025), twin.Year(2025));
        Assert.Equal(FiscalCalendars.Microsoft.Year(2025).GetHashCode(), twin.Year(2025).GetHashCode());
        Assert.NotEqual(FiscalCalendars.Alphabet.Year(2025), FiscalCalendars.Meta.Year(2025));
        Assert.False(FiscalCalendars.Alphabet.Year(2025).Equals((object)"FY2025"));
    }

    // ---- Bad input ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData(1899)]
    [InlineData(2200)]
    [InlineData(0)]
    [InlineData(-2025)]
    public void Constructor_LabelOutOfRange_Throws(int label)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(FiscalCalendars.Microsoft, label));
        Assert.Equal("label", e.ParamName);
        Assert.Contains(label.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
        Assert.Contains("1900 to 2199", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendars.Nvidia.Year(label));
    }

    [Fact]
    public void Constructor_NullCalendar_Throws()
    {
        var e = Assert.Throws<ArgumentNullException>(() => new FiscalYear(null!, 2025));
        Assert.Equal("calendar", e.ParamName);
    }

    [Fact]
    public void YearOf_DateOutsideTheSupportedYears_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendars.Microsoft.YearOf(D(1899, 6, 30)));
        Assert.Equal("date", e.ParamName);
        Assert.Contains("1899-06-30", e.Message, StringComparison.Ordinal);
        Assert.Contains("1899-07-01 to 2199-06-30", e.Message, StringComparison.Ordinal);
        Assert.Equal(new DateRange(D(1899, 7, 1), D(2199, 6, 30)), FiscalCalendars.Microsoft.SupportedRange);
        Assert.Equal(1900, FiscalCalendars.Microsoft.YearOf(D(1899, 7, 1)).Label);
        Assert.Equal(2199, FiscalCalendars.Microsoft.YearOf(D(2199, 6, 30)).Label);
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendars.Nvidia.YearOf(DateOnly.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendars.Nvidia.QuarterOf(DateOnly.MinValue));
    }

    [Fact]
    public void NextAndPrevious_BeyondTheSupportedYears_Throw()
    {
        var next = Assert.Throws<InvalidOperationException>(() => FiscalCalendars.Meta.Year(2199).Next());
        Assert.Contains("Meta FY2199", next.Message, StringComparison.Ordinal);
        Assert.Contains("last supported", next.Message, StringComparison.Ordinal);
        var previous = Assert.Throws<InvalidOperationException>(() => FiscalCalendars.Meta.Year(1900).Previous());
        Assert.Contains("first supported", previous.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_YearsOfTwoCalendars_ThrowsNamingBoth()
    {
        var msft = FiscalCalendars.Microsoft.Year(2025);
        var nvda = FiscalCalendars.Nvidia.Year(2025);
        var e = Assert.Throws<MismatchException>(() => msft.CompareTo(nvda));
        Assert.IsAssignableFrom<ArgumentException>(e);
        Assert.Equal("other", e.ParamName);
        Assert.Contains("'Microsoft'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'Nvidia'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Range", e.Message, StringComparison.Ordinal);
        Assert.Same(FiscalCalendars.Microsoft, e.Expected[0]);
        Assert.Same(FiscalCalendars.Nvidia, e.Given);
        Assert.Throws<MismatchException>(() => ((IComparable)msft).CompareTo(nvda));
        Assert.Throws<MismatchException>(() => msft < nvda);
        Assert.Throws<MismatchException>(() => msft >= nvda);
        // Same rule, different company: still two calendars.
        Assert.Throws<MismatchException>(() => FiscalCalendars.Alphabet.Year(2025) < FiscalCalendars.Meta.Year(2026));
        Assert.Throws<MismatchException>(() => msft.Quarter(1).CompareTo(nvda.Quarter(1)));
        Assert.False(msft == nvda);
    }

    [Fact]
    public void CompareTo_Object_NullSortsFirst_OtherTypesThrow()
    {
        var year = FiscalCalendars.Microsoft.Year(2025);
        Assert.Equal(1, year.CompareTo(null));
        var e = Assert.Throws<ArgumentException>(() => year.CompareTo("FY2025"));
        Assert.Equal("obj", e.ParamName);
        Assert.Contains("System.String", e.Message, StringComparison.Ordinal);
    }
}
