using System;
using DomainModel.Claims;
using DomainModel.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Periods;

/// <summary>
/// Periods that refer to another period ("a year earlier", "nel trimestre precedente", "im Vorjahreszeitraum", "im Jahr
/// darauf"): resolved only against the period given, never against the as-of date. Expected days are written out by hand
/// or computed from year, quarter and month numbers, not by the library.
/// </summary>
public sealed class RelativePeriodTests
{
    private static readonly DateOnly AsOf = new(2025, 11, 25);

    private static ResolvedPeriod Q3Of2025 => ResolvedPeriod.Parse("Q3 2025", AsOf);

    [Theory]
    [InlineData("a year earlier", "2024-07-01..2024-09-30")]
    [InlineData("the same quarter last year", "2024-07-01..2024-09-30")]
    [InlineData("the year-earlier quarter", "2024-07-01..2024-09-30")]
    [InlineData("nello stesso periodo dell'anno scorso", "2024-07-01..2024-09-30")]
    [InlineData("dello stesso trimestre del 2024", "2024-07-01..2024-09-30")]
    [InlineData("the same quarter of 2023", "2023-07-01..2023-09-30")]
    [InlineData("im Vorjahreszeitraum", "2024-07-01..2024-09-30")]
    [InlineData("the previous quarter", "2025-04-01..2025-06-30")]
    [InlineData("nel trimestre precedente", "2025-04-01..2025-06-30")]
    [InlineData("im Vorquartal", "2025-04-01..2025-06-30")]
    [InlineData("the following quarter", "2025-10-01..2025-12-31")]
    [InlineData("a year later", "2026-07-01..2026-09-30")]
    [InlineData("im Jahr darauf", "2026-07-01..2026-09-30")]
    public void RelativeWords_MoveTheReferencePeriod(string words, string expected)
    {
        var period = ResolvedPeriod.ParseRelative(words, Q3Of2025);
        Assert.Equal(DateRange.Parse(expected), period.Span);
        Assert.Equal(PeriodKind.Exact, period.Kind);
        Assert.Equal(words, period.Text);
        Assert.Equal(AsOf, period.AsOf);
        Assert.True(period.IsRelative);
        Assert.Equal(Q3Of2025, period.Reference);
    }

    [Theory]
    [InlineData("a year earlier")]
    [InlineData("nel trimestre precedente")]
    [InlineData("im Vorjahreszeitraum")]
    [InlineData("im Jahr darauf")]
    public void RelativeWords_WithoutAReference_AreRefused_NotGuessedFromTheAsOfDate(string words)
    {
        var e = Assert.Throws<UnresolvedPeriodException>(() => ResolvedPeriod.Parse(words, AsOf));
        Assert.Equal(ParseError.NeedsReferencePeriod, e.Error);
        Assert.Contains("relative to another one", e.Message, StringComparison.Ordinal);
        Assert.Contains("ParseRelative", e.Message, StringComparison.Ordinal);
        Assert.False(ResolvedPeriod.TryParse(words, AsOf, out _));
    }

    [Fact]
    public void PreviousQuarter_OfAPeriodThatIsNotAQuarter_IsRefused()
    {
        var year = ResolvedPeriod.Parse("nel 2025", AsOf);
        var e = Assert.Throws<UnresolvedPeriodException>(() => ResolvedPeriod.ParseRelative("the previous quarter", year));
        Assert.Contains("2025-01-01..2025-12-31) is not a quarter", e.Message, StringComparison.Ordinal);
        // A year earlier of a year is the year before.
        Assert.Equal(DateRange.OfYear(2024), ResolvedPeriod.ParseRelative("a year earlier", year).Span);
    }

    [Fact]
    public void WordsThatAreNotRelative_AreRefused_ByParseRelative()
    {
        var e = Assert.Throws<UnresolvedPeriodException>(() => ResolvedPeriod.ParseRelative("nel 2024", Q3Of2025));
        Assert.Contains("is not a period relative to another one", e.Message, StringComparison.Ordinal);
        Assert.False(ResolvedPeriod.TryParseRelative(null, Q3Of2025, null, out _));
    }

    [Fact]
    public void FiscalYear_InTheCompanysCalendar_TheYearAfter()
    {
        // Infineon: fiscal years from 1 October. "im laufenden Geschäftsjahr 2025/26" is 2025-10-01..2026-09-30; "im Jahr
        // darauf" is 2026/27: 2026-10-01..2027-09-30.
        var infineon = FiscalCalendar.MonthBased("Infineon", 10, 1, FiscalYearNaming.ByEndYear, "made up for tests");
        var current = ResolvedPeriod.Parse("im laufenden Geschäftsjahr 2025/26", new DateOnly(2026, 2, 4), infineon);
        var next = ResolvedPeriod.ParseRelative("im Jahr darauf", current, infineon);
        Assert.Equal(new DateRange(new DateOnly(2026, 10, 1), new DateOnly(2027, 9, 30)), next.Span);
    }

    [Fact]
    public void WeekBasedQuarter_AYearEarlier_IsTheSameFiscalQuarterOfTheYearBefore()
    {
        // Nvidia's Q1 FY2026 is 2025-01-27..2025-04-27; Q1 FY2025 is 2024-01-29..2024-04-28 (Nvidia's releases), which a
        // shift by twelve months of each end (2024-01-27..2024-04-27) would miss by two days and one day.
        var q1 = ResolvedPeriod.Parse("Q1 FY2026", new DateOnly(2025, 5, 28), FiscalCalendars.Nvidia);
        Assert.Equal(new DateRange(new DateOnly(2025, 1, 27), new DateOnly(2025, 4, 27)), q1.Span);
        var earlier = ResolvedPeriod.ParseRelative("a year ago", q1, FiscalCalendars.Nvidia);
        Assert.Equal(new DateRange(new DateOnly(2024, 1, 29), new DateOnly(2024, 4, 28)), earlier.Span);
        // Q4 FY2025: 2024-10-28..2025-01-26.
        var previous = ResolvedPeriod.ParseRelative("the previous quarter", q1, FiscalCalendars.Nvidia);
        Assert.Equal(new DateRange(new DateOnly(2024, 10, 28), new DateOnly(2025, 1, 26)), previous.Span);
    }

    [Fact]
    public void ApproximateAndDeadlineReferences_KeepTheirKind()
    {
        var early = ResolvedPeriod.Parse("early December 2025", AsOf);
        var before = ResolvedPeriod.ParseRelative("a year earlier", early);
        Assert.Equal(PeriodKind.Approximate, before.Kind);
        Assert.Equal(new DateRange(new DateOnly(2024, 12, 1), new DateOnly(2024, 12, 10)), before.Span);
        var deadline = ResolvedPeriod.Parse("by mid-February 2026", AsOf);
        var later = ResolvedPeriod.ParseRelative("a year later", deadline);
        Assert.Equal(PeriodKind.Deadline, later.Kind);
        Assert.Null(later.StartBound);
        Assert.Equal(new DateRange(new DateOnly(2027, 2, 11), new DateOnly(2027, 2, 20)), later.EndBound);
    }

    [Fact]
    public void February_AYearLater_EndsOnItsOwnLastDay()
    {
        var february = ResolvedPeriod.Parse("February 2024", AsOf);
        Assert.Equal(new DateRange(new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 28)), ResolvedPeriod.ParseRelative("a year later", february).Span);
    }

    [Fact]
    public void RelativeTo_ShowsInTheText_AndTakesPartInEquality()
    {
        var a = ResolvedPeriod.ParseRelative("a year earlier", Q3Of2025);
        Assert.Equal("Exact 2024-07-01..2024-09-30 \"a year earlier\" relative to 2025-07-01..2025-09-30", a.ToString());
        var direct = ResolvedPeriod.Parse("Q3 2024", AsOf);
        Assert.NotEqual(direct, a);
        Assert.Equal(a, ResolvedPeriod.ParseRelative("a year earlier", Q3Of2025));
        Assert.Equal(a.GetHashCode(), ResolvedPeriod.ParseRelative("a year earlier", Q3Of2025).GetHashCode());
    }

    [Fact]
    public void Stated_IsTheReadersReading_WithItsReason()
    {
        var span = new DateRange(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30));
        var stated = ResolvedPeriod.Stated(span, AsOf, "the results release covers the quarter ended 30 September");
        Assert.True(stated.IsStated);
        Assert.Equal(string.Empty, stated.Text);
        Assert.Equal(span, stated.Span);
        Assert.Equal(PeriodKind.Exact, stated.Kind);
        Assert.Equal("Exact 2025-07-01..2025-09-30 stated: the results release covers the quarter ended 30 September", stated.ToString());
        Assert.False(ResolvedPeriod.Parse("Q3 2025", AsOf).IsStated);
        Assert.Throws<ArgumentException>(() => ResolvedPeriod.Stated(span, AsOf, " "));
    }

    // ---- Laws ---------------------------------------------------------------------------------------------------

    /// <summary>A calendar quarter of a four-digit year in 1001..9998 (as a phrase "Qn yyyy").</summary>
    private static (int Year, int Quarter) Quarter(int year, int quarter) => (1001 + (Math.Abs(year % 8998)), 1 + (Math.Abs(quarter % 4)));

    [Property]
    public bool AYearEarlier_OfAnyQuarter_IsTheSameQuarterOfTheYearBefore(int y, int q)
    {
        var (year, quarter) = Quarter(y, q);
        var reference = ResolvedPeriod.Parse($"Q{quarter} {year}", AsOf);
        var earlier = ResolvedPeriod.ParseRelative("a year earlier", reference).Span;
        int first = (3 * (quarter - 1)) + 1;
        return earlier.Start == new DateOnly(year - 1, first, 1)
            && earlier.End == new DateOnly(year - 1, first + 2, DateTime.DaysInMonth(year - 1, first + 2));
    }

    [Property]
    public bool PreviousQuarter_ThenFollowingQuarter_IsTheQuarterAgain_AndAQuarterLong(int y, int q)
    {
        var (year, quarter) = Quarter(y, q);
        var reference = ResolvedPeriod.Parse($"Q{quarter} {year}", AsOf);
        var previous = ResolvedPeriod.ParseRelative("the previous quarter", reference);
        var back = ResolvedPeriod.ParseRelative("the following quarter", previous);
        var p = previous.Span;
        int months = ((p.End.Year * 12) + p.End.Month) - ((p.Start.Year * 12) + p.Start.Month) + 1;
        return back.Span == reference.Span && months == 3 && p.Start.Day == 1 && p.End.AddDays(1) == reference.Span.Start;
    }

    [Property]
    public bool AYearEarlier_OfAnyYear_IsTheYearBefore_InAnyMonthBasedCalendar(int y, int m)
    {
        int label = 1901 + Math.Abs(y % 298);
        int month = 2 + Math.Abs(m % 11); // February to December: a January start is the calendar year
        var calendar = FiscalCalendar.MonthBased("made up for tests", month, 1, FiscalYearNaming.ByEndYear, "made up for tests");
        var fiscal = new FiscalYear(calendar, label);
        var reference = ResolvedPeriod.Parse($"fiscal {label}", fiscal.FirstDay, calendar);
        var earlier = ResolvedPeriod.ParseRelative("the previous year", reference, calendar).Span;
        var later = ResolvedPeriod.ParseRelative("the following year", reference, calendar).Span;
        return earlier == new FiscalYear(calendar, label - 1).Range && later == new FiscalYear(calendar, label + 1).Range
            && earlier.LengthInDays == DaysOfFiscalYear(calendar, label - 1);
    }

    private static int DaysOfFiscalYear(FiscalCalendar calendar, int label)
    {
        // Twelve whole months from the start: the days from the first day to the first day a year later.
        var first = new FiscalYear(calendar, label).FirstDay;
        return first.AddYears(1).DayNumber - first.DayNumber;
    }

    [Property]
    public bool AYearEarlier_ThenAYearLater_OfAWeekBasedQuarter_IsTheQuarterAgain(int y, int q)
    {
        int label = 1901 + Math.Abs(y % 297);
        int quarter = 1 + Math.Abs(q % 4);
        var calendar = FiscalCalendars.Nvidia;
        var range = new FiscalYear(calendar, label).Quarter(quarter).Range;
        var reference = ResolvedPeriod.Parse($"Q{quarter} FY{label}", range.Start, calendar);
        var earlier = ResolvedPeriod.ParseRelative("a year earlier", reference, calendar);
        var again = ResolvedPeriod.ParseRelative("a year later", earlier, calendar);
        return earlier.Span == new FiscalYear(calendar, label - 1).Quarter(quarter).Range && again.Span == range;
    }
}
