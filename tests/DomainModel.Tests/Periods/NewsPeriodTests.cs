using System;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Periods;

/// <summary>
/// Period words beyond a month or a year: parts of a year, quarters and halves, fiscal periods with a company's
/// calendar, days and weeks, spans. Expected days are written out by hand from the conventions in docs/fiscal.md.
/// </summary>
public sealed class NewsPeriodTests
{
    private static readonly DateOnly AsOf = new(2025, 12, 15);

    private static DateRange R(string text) => DateRange.Parse(text);

    [Theory]
    [InlineData("early 2024", "2024-01-01..2024-04-30")]
    [InlineData("inizio 2024", "2024-01-01..2024-04-30")]
    [InlineData("all'inizio del 2024", "2024-01-01..2024-04-30")]
    [InlineData("mid-2025", "2025-05-01..2025-08-31")]
    [InlineData("metà 2025", "2025-05-01..2025-08-31")]
    [InlineData("late 2025", "2025-09-01..2025-12-31")]
    [InlineData("fine 2025", "2025-09-01..2025-12-31")]
    [InlineData("alla fine del 2025", "2025-09-01..2025-12-31")]
    [InlineData("the end of 2025", "2025-09-01..2025-12-31")]
    public void Parse_PartOfAYear_IsApproximate(string text, string window)
    {
        var period = ResolvedPeriod.Parse(text, AsOf);
        Assert.Equal(PeriodKind.Approximate, period.Kind);
        Assert.Equal(R(window), period.StartBound);
        Assert.Equal(R(window), period.EndBound);
    }

    [Theory]
    [InlineData("Q3 2025", "2025-07-01..2025-09-30")]
    [InlineData("q1 2026", "2026-01-01..2026-03-31")]
    [InlineData("il secondo trimestre", "2025-04-01..2025-06-30")]
    [InlineData("nel terzo trimestre del 2024", "2024-07-01..2024-09-30")]
    [InlineData("the fourth quarter of 2025", "2025-10-01..2025-12-31")]
    [InlineData("H1 2025", "2025-01-01..2025-06-30")]
    [InlineData("the second half of 2025", "2025-07-01..2025-12-31")]
    [InlineData("la prima metà del 2025", "2025-01-01..2025-06-30")]
    [InlineData("il primo semestre 2026", "2026-01-01..2026-06-30")]
    [InlineData("16 marzo 2026", "2026-03-16..2026-03-16")]
    [InlineData("March 16, 2026", "2026-03-16..2026-03-16")]
    [InlineData("the week of March 16-22, 2026", "2026-03-16..2026-03-22")]
    [InlineData("the week of March 16, 2026", "2026-03-16..2026-03-22")]
    [InlineData("la settimana del 16 marzo 2026", "2026-03-16..2026-03-22")]
    [InlineData("dal 16 al 22 marzo 2026", "2026-03-16..2026-03-22")]
    [InlineData("March 16-22", "2026-03-16..2026-03-22")]
    [InlineData("over the next three years", "2025-12-16..2028-12-15")]
    [InlineData("nei prossimi 12 mesi", "2025-12-16..2026-12-15")]
    [InlineData("negli ultimi 12 mesi", "2024-12-16..2025-12-15")]
    [InlineData("in the past 30 days", "2025-11-16..2025-12-15")]
    [InlineData("over the last two quarters", "2025-06-16..2025-12-15")]
    public void Parse_QuartersHalvesDaysWeeksSpans_AreExact(string text, string span)
    {
        var period = ResolvedPeriod.Parse(text, AsOf);
        Assert.Equal(PeriodKind.Exact, period.Kind);
        Assert.Equal(R(span), period.Span);
        Assert.Equal(DateRange.SingleDay(R(span).Start), period.StartBound);
        Assert.Equal(DateRange.SingleDay(R(span).End), period.EndBound);
    }

    [Theory]
    [InlineData("since its May 2024 launch", "2024-05-01..2024-05-31")]
    [InlineData("since May 2024", "2024-05-01..2024-05-31")]
    [InlineData("da maggio 2024", "2024-05-01..2024-05-31")]
    [InlineData("since 2024", "2024-01-01..2024-12-31")]
    [InlineData("dal lancio di maggio 2024", "2024-05-01..2024-05-31")]
    public void Parse_Since_StartsWithinTheNamedPeriod_AndEndsOnTheAsOfDate(string text, string start)
    {
        var period = ResolvedPeriod.Parse(text, AsOf);
        Assert.Equal(PeriodKind.Approximate, period.Kind);
        Assert.Equal(R(start), period.StartBound);
        Assert.Equal(DateRange.SingleDay(AsOf), period.EndBound);
    }

    [Theory]
    [InlineData("entro fine 2025", "2025-09-01..2025-12-31")]
    [InlineData("by Q3 2026", "2026-07-01..2026-09-30")]
    [InlineData("entro i prossimi 12 mesi", "2026-12-15..2026-12-15")]
    public void Parse_Deadlines_OfTheNewForms(string text, string end)
    {
        var period = ResolvedPeriod.Parse(text, AsOf);
        Assert.Equal(PeriodKind.Deadline, period.Kind);
        Assert.Null(period.StartBound);
        Assert.Equal(R(end), period.EndBound);
    }

    /// <summary>Fiscal periods in a company's calendar. Apple FY2026 ends on the last Saturday of September 2026 (the 26th); its Q4 is the 13 weeks before.</summary>
    [Theory]
    [InlineData("Apple", "Q4 FY2026", "2026-06-28..2026-09-26")]
    [InlineData("Apple", "fiscal Q1 2025", "2024-09-29..2024-12-28")]
    [InlineData("Apple", "fiscal 2025", "2024-09-29..2025-09-27")]
    [InlineData("Oracle", "fiscal 2025", "2024-06-01..2025-05-31")]
    [InlineData("Oracle", "FY25", "2024-06-01..2025-05-31")]
    [InlineData("Alibaba", "l'esercizio 2025", "2024-04-01..2025-03-31")]
    [InlineData("Alibaba", "il quarto trimestre dell'esercizio 2025", "2025-01-01..2025-03-31")]
    [InlineData("Microsoft", "Q1 FY2026", "2025-07-01..2025-09-30")]
    [InlineData("Microsoft", "the first half of fiscal 2026", "2025-07-01..2025-12-31")]
    [InlineData("Microsoft", "il secondo trimestre fiscale", "2025-10-01..2025-12-31")]
    [InlineData("Nvidia", "Q3 fiscal 2026", "2025-07-28..2025-10-26")]
    public void Parse_FiscalPeriod_WithTheCompanysCalendar(string company, string text, string span)
    {
        var period = ResolvedPeriod.Parse(text, AsOf, FiscalCalendars.Find(company));
        Assert.Equal(PeriodKind.Exact, period.Kind);
        Assert.Equal(R(span), period.Span);
    }

    [Theory]
    [InlineData("Q4 FY2026", "fiscal calendar")]
    [InlineData("l'esercizio 2025", "fiscal calendar")]
    [InlineData("31 febbraio 2026", "does not exist")]
    [InlineData("March 22-16, 2026", "does not exist")]
    [InlineData("since May 2027", "starts after the as-of date 2025-12-15")]
    [InlineData("over the next 5000 years", "outside 1 to 9999")]
    [InlineData("Q5 2025", "not a period phrase")]
    [InlineData("early 2024 and more", "not a period phrase")]
    public void Parse_Unresolved_ThrowsNamingTheWords_TryParseFalse(string text, string why)
    {
        var e = Assert.Throws<UnresolvedPeriodException>(() => ResolvedPeriod.Parse(text, AsOf));
        Assert.Equal(text, e.Phrase);
        Assert.Equal(AsOf, e.AsOf);
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.Contains(why, e.Message, StringComparison.Ordinal);
        Assert.False(ResolvedPeriod.TryParse(text, AsOf, out var period));
        Assert.Equal(default, period);
    }

    [Fact]
    public void Parse_FiscalYearOutsideTheCalendar_Throws()
    {
        var e = Assert.Throws<UnresolvedPeriodException>(() => ResolvedPeriod.Parse("FY1800", AsOf, FiscalCalendars.Apple));
        Assert.Contains("1900 to 2199", e.Message, StringComparison.Ordinal);
        Assert.False(ResolvedPeriod.TryParse("FY1800", AsOf, MonthWithoutYear.Nearest, FiscalCalendars.Apple, out _));
    }

    [Fact]
    public void Parse_NullCalendar_Throws()
    {
        var e = Assert.Throws<ArgumentNullException>(() => ResolvedPeriod.Parse("fiscal 2025", AsOf, (FiscalCalendar)null!));
        Assert.Equal("calendar", e.ParamName);
    }

    [Fact]
    public void Parse_CalendarPhrasesIgnoreTheCalendar()
    {
        Assert.Equal(ResolvedPeriod.Parse("Q3 2025", AsOf), ResolvedPeriod.Parse("Q3 2025", AsOf, FiscalCalendars.Apple));
    }

    // ---- Laws ---------------------------------------------------------------------------------------------------

    /// <summary>The four quarters of a calendar year lie inside it, in order, without gaps.</summary>
    [Property(MaxTest = 200)]
    public Property CalendarQuarters_PartitionTheirYear() => Prop.ForAll(
        Arb.From(Gen.Choose(1000, 9999)),
        year =>
        {
            var quarters = new DateRange[4];
            for (int q = 1; q <= 4; q++)
            {
                quarters[q - 1] = ResolvedPeriod.Parse($"Q{q} {year:D4}", AsOf).Span;
                Assert.True(DateRange.OfYear(year).Contains(quarters[q - 1]));
            }

            Assert.Equal(new DateOnly(year, 1, 1), quarters[0].Start);
            Assert.Equal(new DateOnly(year, 12, 31), quarters[3].End);
            for (int q = 1; q < 4; q++)
            {
                Assert.Equal(quarters[q - 1].End.AddDays(1), quarters[q].Start);
            }
        });

    /// <summary>A fiscal quarter read from words is the calendar's quarter and lies inside its fiscal year, for any calendar.</summary>
    [Property(MaxTest = 300)]
    public Property FiscalQuarterWords_AreTheCalendarsQuarter_InsideItsYear() => Prop.ForAll(
        Arb.From(FiscalArbitraries.CalendarGen),
        Arb.From(Gen.Choose(FiscalYear.MinLabel, FiscalYear.MaxLabel)),
        Arb.From(Gen.Choose(1, 4)),
        (calendar, label, q) =>
        {
            var period = ResolvedPeriod.Parse($"Q{q} FY{label}", AsOf, calendar);
            var year = calendar.Year(label);
            Assert.Equal(year.Quarter(q).Range, period.Span);
            Assert.True(year.Range.Contains(period.Span));
            Assert.Equal(year.Range, ResolvedPeriod.Parse($"fiscal {label}", AsOf, calendar).Span);
        });

    private static readonly string[] MovingPhrases =
    [
        "negli ultimi 12 mesi", "over the next three years", "since May 2024", "quest'anno", "il secondo trimestre", "ad agosto",
        "in the past 30 days", "la settimana del 16 marzo",
    ];

    /// <summary>A later as-of date never moves a rolling or relative period earlier.</summary>
    [Property(MaxTest = 300)]
    public Property Resolution_IsMonotonicInTheAsOfDate() => Prop.ForAll(
        Arb.From(Gen.Elements(MovingPhrases)),
        Arb.From(Gen.Choose(new DateOnly(2024, 6, 1).DayNumber, new DateOnly(2090, 1, 1).DayNumber)),
        Arb.From(Gen.Choose(0, 2000)),
        (phrase, day, later) =>
        {
            var first = ResolvedPeriod.Parse(phrase, DateOnly.FromDayNumber(day));
            var second = ResolvedPeriod.Parse(phrase, DateOnly.FromDayNumber(day + later));
            Assert.True(first.Span.End <= second.Span.End, $"{phrase}: {first} then {second}");
            Assert.True(first.Span.Start <= second.Span.Start, $"{phrase}: {first} then {second}");
        });

    /// <summary>"The last N days" is N days ending on the as-of date; "the next N days" N days starting the day after.</summary>
    [Property(MaxTest = 200)]
    public Property DaySpans_HaveTheirLength() => Prop.ForAll(
        Arb.From(Gen.Choose(1, 999)),
        Arb.From(Gen.Choose(new DateOnly(1900, 1, 1).DayNumber, new DateOnly(2200, 1, 1).DayNumber)),
        (n, day) =>
        {
            var asOf = DateOnly.FromDayNumber(day);
            var last = ResolvedPeriod.Parse($"negli ultimi {n} giorni", asOf).Span;
            var next = ResolvedPeriod.Parse($"over the next {n} days", asOf).Span;
            Assert.Equal(n, last.LengthInDays);
            Assert.Equal(asOf, last.End);
            Assert.Equal(n, next.LengthInDays);
            Assert.Equal(asOf.AddDays(1), next.Start);
        });

    [Property(MaxTest = 300)]
    public bool TryParse_WithCalendar_NeverThrows(string? text, int dayNumber) =>
        ResolvedPeriod.TryParse(text, DateOnly.FromDayNumber(Math.Abs(dayNumber % (DateOnly.MaxValue.DayNumber + 1))), MonthWithoutYear.Nearest, FiscalCalendars.Nvidia, out _) || true;
}
