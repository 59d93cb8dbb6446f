using System;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.Periods;

/// <summary>The quarter that ends on a named day: "the quarter ended September 30, 2025".</summary>
public sealed class QuarterEndedPeriodTests
{
    private static readonly DateOnly AsOf = new(2025, 11, 25);

    [Theory]
    [InlineData("the quarter ended September 30, 2025", "2025-07-01..2025-09-30")]
    [InlineData("the three months ended September 30", "2025-07-01..2025-09-30")] // no year: the nearest September
    [InlineData("trimestre terminato il 30 settembre 2025", "2025-07-01..2025-09-30")]
    [InlineData("Nel trimestre chiuso al 30 giugno 2025", "2025-04-01..2025-06-30")]
    [InlineData("the quarter ended April 27, 2025", "2025-01-28..2025-04-27")] // a week-based fiscal quarter's end
    public void QuarterEnded_IsTheThreeMonthsToThatDay(string words, string expected)
    {
        var period = ResolvedPeriod.Parse(words, AsOf);
        Assert.Equal(PeriodKind.Exact, period.Kind);
        Assert.Equal(DateRange.Parse(expected), period.Span);
    }

    [Fact]
    public void QuarterEnded_OnADayThatDoesNotExist_IsRefused()
    {
        Assert.False(ResolvedPeriod.TryParse("the quarter ended September 31, 2025", AsOf, out _));
    }
}
