using System;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.Periods;

/// <summary>Ranges of whole months: "from April to June 2025", "tra aprile e giugno".</summary>
public sealed class MonthRangePeriodTests
{
    private static readonly DateOnly AsOf = new(2025, 9, 30);

    [Theory]
    [InlineData("from April to June 2025", "2025-04-01..2025-06-30")]
    [InlineData("April to June 2025", "2025-04-01..2025-06-30")]
    [InlineData("between April and June 2025", "2025-04-01..2025-06-30")]
    [InlineData("tra aprile e giugno", "2025-04-01..2025-06-30")]       // no year: June nearest to 2025-09-30
    [InlineData("da aprile a giugno 2024", "2024-04-01..2024-06-30")]
    [InlineData("tra aprile e giugno del 2024", "2024-04-01..2024-06-30")]
    [InlineData("from November to February 2026", "2025-11-01..2026-02-28")] // across the new year
    [InlineData("von April bis Juni 2025", "2025-04-01..2025-06-30")]
    public void MonthRange_IsTheWholeMonths(string words, string expected)
    {
        var period = ResolvedPeriod.Parse(words, AsOf);
        Assert.Equal(PeriodKind.Exact, period.Kind);
        Assert.Equal(DateRange.Parse(expected), period.Span);
        Assert.Equal(DateRange.SingleDay(period.Span.Start), period.StartBound);
        Assert.Equal(DateRange.SingleDay(period.Span.End), period.EndBound);
    }

    [Theory]
    [InlineData("April and June 2025")] // two months, not a range
    [InlineData("aprile e giugno")]
    [InlineData("from April to June 2025 onwards")]
    public void NotARange_IsNotResolvedAsOne(string words)
    {
        bool resolved = ResolvedPeriod.TryParse(words, AsOf, out var period);
        Assert.False(resolved && period.Span == DateRange.Parse("2025-04-01..2025-06-30"), period.ToString());
    }
}
