using System;
using DomainModel.Text;
using DomainModel;
using DomainModel.Exchange;
using Xunit;

namespace DomainModel.Tests.Exchange;

/// <summary>Examples and bad input for <see cref="RateValidity"/>.</summary>
public sealed class RateValidityTests
{
    private static readonly DateOnly Jan1 = new(2025, 1, 1);
    private static readonly DateOnly Dec31 = new(2025, 12, 31);

    [Fact]
    public void SingleDay_And_Period()
    {
        var day = new RateValidity(Jan1);
        Assert.True(day.IsSingleDay);
        Assert.Equal(1, day.DayCount);
        var year = new RateValidity(Jan1, Dec31);
        Assert.False(year.IsSingleDay);
        Assert.Equal(365, year.DayCount);
        Assert.True(year.Contains(new DateOnly(2025, 6, 30)));
        Assert.False(year.Contains(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new RateValidity(Dec31, Jan1));
        Assert.Equal("end", e.ParamName);
        Assert.Contains("2025-01-01, before it starts on 2025-12-31", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Intersect_OverlappingAndDisjoint()
    {
        var h1 = new RateValidity(Jan1, new DateOnly(2025, 6, 30));
        var q2q3 = new RateValidity(new DateOnly(2025, 4, 1), new DateOnly(2025, 9, 30));
        Assert.Equal(new RateValidity(new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)), h1.Intersect(q2q3));
        var later = new RateValidity(new DateOnly(2025, 7, 1));
        Assert.False(h1.TryIntersect(later, out _));
        var e = Assert.Throws<ArgumentException>(() => h1.Intersect(later));
        Assert.Equal("other", e.ParamName);
        Assert.Contains("share no day", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-12-05")]
    [InlineData("2025-01-01/2025-12-31")]
    public void Text_RoundTrips(string text)
    {
        var v = RateValidity.Parse(text, null);
        Assert.Equal(text, v.ToString());
        Assert.True(RateValidity.TryParse(text, null, out var again));
        Assert.Equal(v, again);
    }

    [Theory]
    [InlineData("2025-12-5", "not a date")]
    [InlineData("05.12.2025", "not a date")]
    [InlineData("2025-01-01/", "not a date")]
    [InlineData("2025-12-31/2025-01-01", "ends before it starts")]
    public void Parse_BadText_Throws(string text, string words)
    {
        var e = Assert.Throws<DomainModelFormatException>(() => RateValidity.Parse(text, null));
        Assert.Contains(words, e.Message, StringComparison.Ordinal);
        Assert.False(RateValidity.TryParse(text, null, out _));
    }

    [Fact]
    public void Ordering_ByStartThenEnd()
    {
        var a = new RateValidity(Jan1);
        var b = new RateValidity(Jan1, Dec31);
        Assert.True(a < b);
        Assert.True(b > a);
        var a2 = new RateValidity(Jan1);
        Assert.True(a <= a2 && a >= a2);
        Assert.Equal(0, a.CompareTo((object)new RateValidity(Jan1)));
        Assert.Throws<ArgumentException>(() => a.CompareTo((object)"2025-01-01"));
        Assert.Equal(new RateValidity(DateOnly.MinValue), default);
    }

    [Fact]
    public void Range_AndFromRange_BridgeToDateRange_AndOverlapFiscalYears()
    {
        var period = new RateValidity(new DateOnly(2024, 7, 1), new DateOnly(2025, 6, 30));
        Assert.Equal(new DomainModel.DateRange(period.Start, period.End), period.Range);
        Assert.Equal(period, RateValidity.FromRange(period.Range));
        Assert.Equal(DomainModel.FiscalCalendars.Microsoft.Year(2025).Range, period.Range);
        Assert.True(RateValidity.FromRange(DomainModel.DateRange.SingleDay(Jan1)).IsSingleDay);
    }
}
