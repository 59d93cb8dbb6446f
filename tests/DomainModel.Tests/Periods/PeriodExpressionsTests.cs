using System;
using DomainModel.Periods;
using Xunit;

namespace DomainModel.Tests.Periods;

/// <summary>The article's period expressions, as of mid-December 2025 (the article reports December figures).</summary>
public sealed class PeriodExpressionsTests
{
    private static readonly DateOnly AsOf = new(2025, 12, 15);

    [Theory]
    [InlineData("ad agosto", "2025-08-01..2025-08-31", PeriodKind.Exact)]
    [InlineData("in ottobre", "2025-10-01..2025-10-31", PeriodKind.Exact)]
    [InlineData("a dicembre", "2025-12-01..2025-12-31", PeriodKind.Exact)]
    [InlineData("in August", "2025-08-01..2025-08-31", PeriodKind.Exact)]
    [InlineData("quest’anno", "2025-01-01..2025-12-31", PeriodKind.Exact)]
    [InlineData("this year", "2025-01-01..2025-12-31", PeriodKind.Exact)]
    [InlineData("nel 2026", "2026-01-01..2026-12-31", PeriodKind.Exact)]
    [InlineData("in 2025", "2025-01-01..2025-12-31", PeriodKind.Exact)]
    [InlineData("all’inizio di dicembre", "2025-12-01..2025-12-10", PeriodKind.Approximate)]
    [InlineData("early December", "2025-12-01..2025-12-10", PeriodKind.Approximate)]
    [InlineData("entro metà febbraio", "2026-02-11..2026-02-20", PeriodKind.Deadline)]
    [InlineData("by mid-February", "2026-02-11..2026-02-20", PeriodKind.Deadline)]
    [InlineData("entro ottobre", "2025-10-01..2025-10-31", PeriodKind.Deadline)]
    [InlineData("alla fine di febbraio 2024", "2024-02-21..2024-02-29", PeriodKind.Approximate)]
    [InlineData("  In   OTTOBRE ", "2025-10-01..2025-10-31", PeriodKind.Exact)]
    public void Resolve_ArticleExpressions(string text, string range, PeriodKind kind)
    {
        var period = PeriodExpressions.Resolve(text, AsOf);
        Assert.Equal(DateRange.Parse(range, null), period.Range);
        Assert.Equal(kind, period.Kind);
        Assert.Equal(text, period.Text);
        Assert.False(string.IsNullOrWhiteSpace(period.Rule));
    }

    [Theory]
    [InlineData(MonthResolution.Nearest, 2026)]
    [InlineData(MonthResolution.MostRecent, 2025)]
    [InlineData(MonthResolution.Next, 2026)]
    public void Resolve_MonthWithoutYear_FollowsTheResolution(MonthResolution resolution, int year) =>
        Assert.Equal(year, PeriodExpressions.Resolve("febbraio", AsOf, resolution).Range.Start.Year);

    [Fact]
    public void Resolve_AsOfMonth_IsThatMonthUnderEveryResolution()
    {
        foreach (var resolution in Enum.GetValues<MonthResolution>())
        {
            Assert.Equal(2025, PeriodExpressions.Resolve("dicembre", AsOf, resolution).Range.Start.Year);
        }
    }

    [Theory]
    [InlineData("presto")]
    [InlineData("ad agostino")]
    [InlineData("")]
    [InlineData("entro il secolo")]
    public void Resolve_UnknownExpression_ThrowsFormatExceptionNamingIt(string text)
    {
        var e = Assert.Throws<FormatException>(() => PeriodExpressions.Resolve(text, AsOf));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
        Assert.False(PeriodExpressions.TryResolve(text, AsOf, MonthResolution.Nearest, out _));
    }

    [Fact]
    public void Resolve_Null_Throws() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => PeriodExpressions.Resolve(null!, AsOf)).ParamName);
}
