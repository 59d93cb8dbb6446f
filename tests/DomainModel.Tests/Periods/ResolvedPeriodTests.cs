using System;
using System.Globalization;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Periods;

/// <summary>Resolution of the article's period phrases (and their English equivalents) by <see cref="ResolvedPeriod"/>.</summary>
public sealed class ResolvedPeriodTests
{
    /// <summary>The article was written in mid-December 2025 (it reports early-December news and a February deadline).</summary>
    private static readonly DateOnly ArticleDate = new(2025, 12, 15);

    private static DateRange R(string text) => DateRange.Parse(text);

    [Theory]
    [InlineData("ad agosto", "2025-08-01..2025-08-31")]
    [InlineData("in ottobre", "2025-10-01..2025-10-31")]
    [InlineData("A dicembre", "2025-12-01..2025-12-31")]
    [InlineData("a dicembre,", "2025-12-01..2025-12-31")]
    [InlineData("nel mese di agosto", "2025-08-01..2025-08-31")]
    [InlineData("agosto 2024", "2024-08-01..2024-08-31")]
    [InlineData("ad agosto del 2024", "2024-08-01..2024-08-31")]
    [InlineData("in August", "2025-08-01..2025-08-31")]
    [InlineData("in October", "2025-10-01..2025-10-31")]
    [InlineData("December", "2025-12-01..2025-12-31")]
    [InlineData("in February 2024", "2024-02-01..2024-02-29")]
    [InlineData("quest’anno", "2025-01-01..2025-12-31")]
    [InlineData("quest'anno", "2025-01-01..2025-12-31")]
    [InlineData("this year", "2025-01-01..2025-12-31")]
    [InlineData("nel 2026", "2026-01-01..2026-12-31")]
    [InlineData("nel 2025", "2025-01-01..2025-12-31")]
    [InlineData("in 2026", "2026-01-01..2026-12-31")]
    [InlineData("2026", "2026-01-01..2026-12-31")]
    [InlineData("l'anno prossimo", "2026-01-01..2026-12-31")]
    [InlineData("next year", "2026-01-01..2026-12-31")]
    [InlineData("l’anno scorso", "2024-01-01..2024-12-31")]
    [InlineData("last year", "2024-01-01..2024-12-31")]
    public void Parse_MonthOrYear_IsExact_WithSingleDayBounds(string text, string span)
    {
        var period = ResolvedPeriod.Parse(text, ArticleDate);
        Assert.Equal(PeriodKind.Exact, period.Kind);
        Assert.Equal(R(span), period.Span);
        Assert.Equal(DateRange.SingleDay(R(span).Start), period.StartBound);
        Assert.Equal(DateRange.SingleDay(R(span).End), period.EndBound);
        Assert.Equal(text, period.Text);
        Assert.Equal(ArticleDate, period.AsOf);
    }

    [Theory]
    [InlineData("All’inizio di dicembre", "2025-12-01..2025-12-10")]
    [InlineData("all'inizio di dicembre", "2025-12-01..2025-12-10")]
    [InlineData("ai primi di dicembre", "2025-12-01..2025-12-10")]
    [InlineData("early December", "2025-12-01..2025-12-10")]
    [InlineData("at the beginning of December", "2025-12-01..2025-12-10")]
    [InlineData("a metà febbraio", "2026-02-11..2026-02-20")]
    [InlineData("a meta febbraio", "2026-02-11..2026-02-20")]
    [InlineData("mid-February", "2026-02-11..2026-02-20")]
    [InlineData("in mid–February", "2026-02-11..2026-02-20")]
    [InlineData("alla fine di ottobre", "2025-10-21..2025-10-31")]
    [InlineData("late October", "2025-10-21..2025-10-31")]
    [InlineData("at the end of February 2024", "2024-02-21..2024-02-29")]
    [InlineData("fine febbraio 2025", "2025-02-21..2025-02-28")]
    public void Parse_PartOfAMonth_IsApproximate_WithTheWholeWindowForEachBound(string text, string window)
    {
        var period = ResolvedPeriod.Parse(text, ArticleDate);
        Assert.Equal(PeriodKind.Approximate, period.Kind);
        Assert.Equal(R(window), period.StartBound);
        Assert.Equal(R(window), period.EndBound);
        Assert.Equal(R(window), period.Span);
    }

    [Theory]
    [InlineData("entro metà febbraio", "2026-02-11..2026-02-20")]
    [InlineData("by mid-February", "2026-02-11..2026-02-20")]
    [InlineData("entro la metà di febbraio", "2026-02-11..2026-02-20")]
    [InlineData("entro ottobre", "2025-10-01..2025-10-31")]
    [InlineData("by October", "2025-10-01..2025-10-31")]
    [InlineData("entro la fine di gennaio", "2026-01-21..2026-01-31")]
    [InlineData("by the end of January", "2026-01-21..2026-01-31")]
    [InlineData("entro il 2026", "2026-01-01..2026-12-31")]
    [InlineData("by 2026", "2026-01-01..2026-12-31")]
    public void Parse_Deadline_HasNoStart_AndItsEndBoundIsWhereTheDeadlineCanBe(string text, string endBound)
    {
        var period = ResolvedPeriod.Parse(text, ArticleDate);
        Assert.Equal(PeriodKind.Deadline, period.Kind);
        Assert.Null(period.StartBound);
        Assert.Equal(R(endBound), period.EndBound);
        Assert.Equal(R(endBound), period.Span);
    }

    [Fact]
    public void Parse_TheArticlesPhrases_AsOfMidDecember2025()
    {
        Assert.Equal("Exact 2025-08-01..2025-08-31 \"ad agosto\"", ResolvedPeriod.Parse("ad agosto", ArticleDate).ToString());
        Assert.Equal("Approximate within 2025-12-01..2025-12-10 \"All’inizio di dicembre\"", ResolvedPeriod.Parse("All’inizio di dicembre", ArticleDate).ToString());
        Assert.Equal("Deadline by a day in 2026-02-11..2026-02-20 \"entro metà febbraio\"", ResolvedPeriod.Parse("entro metà febbraio", ArticleDate).ToString());
    }

    [Theory]
    [InlineData(MonthWithoutYear.Nearest, "ad agosto", "2025-08-01..2025-08-31")]
    [InlineData(MonthWithoutYear.MostRecent, "ad agosto", "2025-08-01..2025-08-31")]
    [InlineData(MonthWithoutYear.Next, "ad agosto", "2026-08-01..2026-08-31")]
    [InlineData(MonthWithoutYear.Nearest, "entro metà febbraio", "2026-02-11..2026-02-20")]
    [InlineData(MonthWithoutYear.MostRecent, "entro metà febbraio", "2025-02-11..2025-02-20")]
    [InlineData(MonthWithoutYear.Next, "entro metà febbraio", "2026-02-11..2026-02-20")]
    [InlineData(MonthWithoutYear.MostRecent, "a dicembre", "2025-12-01..2025-12-31")]
    [InlineData(MonthWithoutYear.Next, "a dicembre", "2025-12-01..2025-12-31")]
    [InlineData(MonthWithoutYear.Nearest, "in June", "2025-06-01..2025-06-30")]
    [InlineData(MonthWithoutYear.Nearest, "in May", "2026-05-01..2026-05-31")]
    [InlineData(MonthWithoutYear.Next, "agosto 2024", "2024-08-01..2024-08-31")]
    public void Parse_MonthWithoutYear_FollowsTheRule(MonthWithoutYear rule, string text, string span)
    {
        Assert.Equal(R(span), ResolvedPeriod.Parse(text, ArticleDate, rule).Span);
        Assert.True(ResolvedPeriod.TryParse(text, ArticleDate, rule, out var period));
        Assert.Equal(R(span), period.Span);
    }

    [Property(MaxTest = 300)]
    public Property MonthWithoutYear_Rules_PlaceTheMonthWhereTheyPromise() => Prop.ForAll(
        Arb.From(FiscalArbitraries.DateGen),
        Arb.From(Gen.Choose(1, 12)),
        (asOf, month) =>
        {
            string name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            var nearest = ResolvedPeriod.Parse("in " + name, asOf).Span;
            var recent = ResolvedPeriod.Parse("in " + name, asOf, MonthWithoutYear.MostRecent).Span;
            var next = ResolvedPeriod.Parse(name, asOf, MonthWithoutYear.Next).Span;
            int Offset(DateRange r) => ((r.Start.Year - asOf.Year) * 12) + r.Start.Month - asOf.Month;
            return nearest.Start.Month == month && recent.Start.Month == month && next.Start.Month == month
                && Offset(nearest) is >= -6 and <= 5
                && Offset(recent) is >= -11 and <= 0 && recent.Start <= asOf
                && Offset(next) is >= 0 and <= 11 && next.End >= asOf;
        });

    [Theory]
    [InlineData("la settimana prossima")]
    [InlineData("in Smarch")]
    [InlineData("nel 20266")]
    [InlineData("nel 226")]
    [InlineData("agosto agosto")]
    [InlineData("entro")]
    [InlineData("mid")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Q5 2025")]
    public void Parse_UnknownPhrase_ThrowsFormatExceptionNamingTheText(string text)
    {
        Assert.False(ResolvedPeriod.TryParse(text, ArticleDate, out var period));
        Assert.Equal(default, period);
        var e = Assert.Throws<UnresolvedPeriodException>(() => ResolvedPeriod.Parse(text, ArticleDate));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("not a period phrase", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_YearOutsideDateOnly_ThrowsFormatException_TryParseReturnsFalse()
    {
        var e = Assert.Throws<UnresolvedPeriodException>(() => ResolvedPeriod.Parse("l'anno prossimo", new DateOnly(9999, 6, 1)));
        Assert.Contains("'l'anno prossimo'", e.Message, StringComparison.Ordinal);
        Assert.Contains("outside 1 to 9999", e.Message, StringComparison.Ordinal);
        Assert.False(ResolvedPeriod.TryParse("a dicembre", new DateOnly(1, 1, 15), out _));
        Assert.False(ResolvedPeriod.TryParse("last year", DateOnly.MinValue, out _));
        Assert.False(ResolvedPeriod.TryParse("in January", DateOnly.MaxValue, out _)); // the nearest January is in 10000
        Assert.True(ResolvedPeriod.TryParse("in January", DateOnly.MaxValue, MonthWithoutYear.MostRecent, out var last));
        Assert.Equal(DateRange.OfMonth(9999, 1), last.Span);
    }

    [Fact]
    public void Parse_NullTextOrUndefinedRule_Throws_TryParseReturnsFalse()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => ResolvedPeriod.Parse(null!, ArticleDate)).ParamName);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ResolvedPeriod.Parse("ad agosto", ArticleDate, (MonthWithoutYear)3));
        Assert.Equal("monthRule", e.ParamName);
        Assert.Contains("Nearest to Next", e.Message, StringComparison.Ordinal);
        Assert.False(ResolvedPeriod.TryParse(null, ArticleDate, out _));
        Assert.False(ResolvedPeriod.TryParse("ad agosto", ArticleDate, (MonthWithoutYear)(-1), out _));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Parse_IgnoresTheCurrentCulture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = TestCultures.Get(culture);
            Assert.Equal(R("2025-12-01..2025-12-10"), ResolvedPeriod.Parse("ALL'INIZIO DI DICEMBRE", ArticleDate).Span);
            Assert.Equal(R("2026-01-01..2026-12-31"), ResolvedPeriod.Parse("IN 2026", ArticleDate).Span);
            Assert.Equal("Exact 2025-10-01..2025-10-31 \"in ottobre\"", ResolvedPeriod.Parse("in ottobre", ArticleDate).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Property(MaxTest = 300)]
    public bool TryParse_NeverThrows(string? text, int dayNumber, int rule) =>
        ResolvedPeriod.TryParse(text, DateOnly.FromDayNumber(Math.Abs(dayNumber % (DateOnly.MaxValue.DayNumber + 1))), (MonthWithoutYear)(rule % 4), out _) || true;

    [Fact]
    public void Equality_CoversTextAsOfKindAndBounds()
    {
        var a = ResolvedPeriod.Parse("ad agosto", ArticleDate);
        Assert.Equal(a, ResolvedPeriod.Parse("ad agosto", ArticleDate));
        Assert.Equal(a.GetHashCode(), ResolvedPeriod.Parse("ad agosto", ArticleDate).GetHashCode());
        Assert.True(a != ResolvedPeriod.Parse("in August", ArticleDate));
        Assert.True(a != ResolvedPeriod.Parse("ad agosto", ArticleDate.AddDays(1)));
        Assert.False(ResolvedPeriod.Parse("entro ottobre", ArticleDate) == ResolvedPeriod.Parse("in ottobre", ArticleDate));
        Assert.False(a.Equals((object)"ad agosto"));
        var d = default(ResolvedPeriod);
        Assert.Equal(string.Empty, d.Text);
        Assert.Equal(PeriodKind.Exact, d.Kind);
        Assert.Equal(default(DateRange), d.StartBound);
        Assert.Equal(default(DateRange), d.Span);
    }
}
