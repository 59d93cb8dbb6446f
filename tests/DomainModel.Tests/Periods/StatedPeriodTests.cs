using System;
using System.Text.Json;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.Periods;

/// <summary>
/// <see cref="ResolvedPeriod.Stated"/> takes a span anywhere relative to its as-of date, as a parsed phrase does: a
/// stated period that ends (or lies wholly) after the date it was resolved against is a statement about the future, the
/// reader's reading of guidance or a forecast, and must stay possible, like "nel 2026" read as of 2025-12-31.
/// </summary>
public sealed class StatedPeriodTests
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    [Fact]
    public void Stated_OfAFutureSpan_IsKeptAsGiven_AsAParsedForecastIs()
    {
        var forecast = ResolvedPeriod.Parse("nel 2026", AsOf);
        Assert.Equal(new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), forecast.Span); // after AsOf

        var year2026 = new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var stated = ResolvedPeriod.Stated(year2026, AsOf, "the outlook is for the whole of 2026");
        Assert.Equal(year2026, stated.Span);
        Assert.Equal(AsOf, stated.AsOf);
        Assert.Equal(PeriodKind.Exact, stated.Kind);
        Assert.True(stated.IsStated);
        Assert.Equal(forecast.StartBound, stated.StartBound);
        Assert.Equal(forecast.EndBound, stated.EndBound);

        // Around the as-of date (the current quarter, still running) and wholly before it, alike.
        var currentQuarter = new DateRange(new DateOnly(2025, 11, 1), new DateOnly(2026, 1, 31));
        Assert.Equal(currentQuarter, ResolvedPeriod.Stated(currentQuarter, AsOf, "the current quarter, ending in January").Span);
        var past = new DateRange(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30));
        Assert.Equal(past, ResolvedPeriod.Stated(past, AsOf, "the quarter ended 30 September").Span);

        // The last day there is, after the as-of date.
        var last = DateRange.SingleDay(DateOnly.MaxValue);
        Assert.Equal(last, ResolvedPeriod.Stated(last, AsOf, "the end of the calendar").Span);
    }

    [Fact]
    public void Stated_OfAFutureSpan_RoundTripsThroughJson()
    {
        var stated = ResolvedPeriod.Stated(new DateRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)), AsOf, "guidance for the next quarter");
        string json = JsonSerializer.Serialize(stated);
        Assert.Contains("2026-04-01..2026-06-30", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<ResolvedPeriod>(json);
        Assert.Equal(stated, back);
        Assert.Equal("guidance for the next quarter", back.StatedReason);
    }
}
