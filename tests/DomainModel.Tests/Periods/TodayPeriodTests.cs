using System;
using DomainModel.Claims;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Periods;

/// <summary>"today", "oggi": the as-of day itself, never the clock.</summary>
public sealed class TodayPeriodTests
{
    [Theory]
    [InlineData("today")]
    [InlineData("Today")]
    [InlineData("as of today")]
    [InlineData("oggi")]
    [InlineData("ad oggi")]
    [InlineData("a tutt'oggi")]
    [InlineData("heute")]
    public void Today_IsTheAsOfDay(string words)
    {
        var asOf = new DateOnly(2026, 5, 13);
        var period = ResolvedPeriod.Parse(words, asOf);
        Assert.Equal(PeriodKind.Exact, period.Kind);
        Assert.Equal(DateRange.SingleDay(asOf), period.Span);
        Assert.Equal(DateRange.SingleDay(asOf), period.StartBound);
        Assert.Equal(DateRange.SingleDay(asOf), period.EndBound);
    }

    [Fact]
    public void ByToday_IsADeadlineOnTheAsOfDay()
    {
        var asOf = new DateOnly(2026, 5, 13);
        var period = ResolvedPeriod.Parse("entro oggi", asOf);
        Assert.Equal(PeriodKind.Deadline, period.Kind);
        Assert.Null(period.StartBound);
        Assert.Equal(DateRange.SingleDay(asOf), period.EndBound);
    }

    [Property(MaxTest = 200)]
    public bool Today_FollowsTheAsOfDate(int dayNumber)
    {
        var asOf = DateOnly.FromDayNumber(Math.Abs(dayNumber % DateOnly.MaxValue.DayNumber));
        return ResolvedPeriod.Parse("today", asOf).Span == DateRange.SingleDay(asOf)
            && ResolvedPeriod.Parse("oggi", asOf).Span == DateRange.SingleDay(asOf);
    }
}
