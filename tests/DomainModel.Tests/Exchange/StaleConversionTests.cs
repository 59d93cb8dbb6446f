using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using DomainModel.Exchange;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.Exchange;

/// <summary>
/// When an implied range was last current, against the real ECB history the report ships; each expectation comes from
/// a straightforward scan of the CSV's EUR/USD and EUR/CNY columns here, compared as exact fractions.
/// </summary>
public sealed class StaleConversionTests
{
    private static readonly ExchangeRateTable Ecb = EcbReferenceRates.ReadCsv(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "Data", "eurofxref-hist.csv")).ToTable();
    private static readonly RateValidity Day = new(new DateOnly(2026, 5, 13));

    /// <summary>The CSV's days, latest first, each with CNY per USD as the fraction cny/usd.</summary>
    private static readonly (DateOnly Date, decimal Usd, decimal Cny)[] Days =
        [.. RatePolicyTests.Csv.OrderByDescending(p => p.Key).Select(p => (p.Key, p.Value.Usd, p.Value.Cny))];

    [Fact]
    public void TheArticlesRange_WasLastCurrentMonthsBefore()
    {
        var asOf = new DateOnly(2026, 5, 13);
        var range = new ExchangeRateRange(Currency.USD, Currency.CNY, 7.197m, 7.224m, Day, "article (implied)");
        var found = StaleConversion.Find(range, Ecb, asOf);
        var expected = Scan(range, asOf);
        Assert.Equal(StaleConversionKind.LastCurrent, expected.Kind);
        Assert.Equal(expected.Kind, found.Kind);
        Assert.Equal(expected.Date, found.LastCurrent);
        Assert.Equal(asOf.DayNumber - expected.Date!.Value.DayNumber, found.DaysBefore);
        Assert.True(found.MonthsBefore >= 6, found.ToString());
        Assert.StartsWith(FormattableString.Invariant($"7.1970\u20137.2240 CNY per USD was last current on {expected.Date:yyyy-MM-dd}, {found.DaysBefore} days ({found.MonthsBefore} months) before 2026-05-13 (ECB: USD/CNY "), found.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("; the latest rate, of 2026-04-13, is " + (Days[0].Cny / Days[0].Usd).ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture), found.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ARangeAroundTheLatestRate_IsCurrent()
    {
        decimal latest = Math.Round(Days[0].Cny / Days[0].Usd, 4);
        var range = new ExchangeRateRange(Currency.USD, Currency.CNY, latest - 0.01m, latest + 0.01m, Day, "test");
        var found = StaleConversion.Find(range, Ecb, new DateOnly(2026, 5, 13));
        Assert.Equal(StaleConversionKind.Current, found.Kind);
        Assert.Equal(Days[0].Date, found.LastCurrent);
        Assert.Equal(30, found.DaysBefore);
    }

    [Fact]
    public void ANarrowRangeBetweenTwoFixings_WasPassedThrough()
    {
        // The latest pair of consecutive fixings with a gap of at least 0.005 CNY, a range of 0.001 in its middle.
        var asOf = new DateOnly(2026, 5, 13);
        int i = Enumerable.Range(0, Days.Length - 1).First(k => Math.Abs(Rate(k) - Rate(k + 1)) >= 0.005m);
        decimal mid = Math.Round((Rate(i) + Rate(i + 1)) / 2m, 4);
        var range = new ExchangeRateRange(Currency.USD, Currency.CNY, mid - 0.0005m, mid + 0.0005m, Day, "test");
        var expected = Scan(range, asOf);
        var found = StaleConversion.Find(range, Ecb, asOf);
        Assert.Equal(expected.Kind, found.Kind);
        if (expected.Kind == StaleConversionKind.PassedThrough)
        {
            Assert.Equal((expected.After, expected.Date), (found.PassedAfter, found.PassedBefore));
            Assert.Contains(FormattableString.Invariant($"was passed through between {expected.After:yyyy-MM-dd} ("), found.ToString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected.Date, found.LastCurrent);
        }
    }

    [Fact]
    public void ManyRanges_AgreeWithTheScan()
    {
        int passes = 0;
        foreach (var asOf in new[] { new DateOnly(2026, 5, 13), new DateOnly(2025, 6, 30), new DateOnly(2024, 12, 24) })
        {
            for (decimal low = 6.80m; low <= 7.40m; low += 0.0137m)
            {
                foreach (decimal width in new[] { 0.0004m, 0.003m, 0.02m })
                {
                    var range = new ExchangeRateRange(Currency.USD, Currency.CNY, low, low + width, Day, "test");
                    var expected = Scan(range, asOf);
                    var found = StaleConversion.Find(range, Ecb, asOf);
                    Assert.Equal(expected.Kind, found.Kind);
                    Assert.Equal(expected.Date, found.EventDate);
                    if (expected.Kind == StaleConversionKind.PassedThrough)
                    {
                        passes++;
                        Assert.Equal(expected.After, found.PassedAfter);
                    }
                }
            }
        }

        Assert.True(passes > 0, "the ranges include at least one the series jumped over");
    }

    [Fact]
    public void BeforeTheHistory_NothingIsFound()
    {
        var range = new ExchangeRateRange(Currency.USD, Currency.CNY, 7m, 7.1m, Day, "test");
        var found = StaleConversion.Find(range, Ecb, new DateOnly(2020, 1, 1));
        Assert.Equal(StaleConversionKind.NeverCurrent, found.Kind);
        Assert.Null(found.Latest);
        Assert.Null(found.EventDate);
        Assert.Equal("7.0000\u20137.1000 CNY per USD: ECB has no USD/CNY rate on or before 2020-01-01", found.ToString());
    }

    [Fact]
    public void WholeMonths_AreCalendarMonths()
    {
        Assert.Equal(11, StaleConversion.WholeMonths(new DateOnly(2025, 5, 14), new DateOnly(2026, 5, 13)));
        Assert.Equal(12, StaleConversion.WholeMonths(new DateOnly(2025, 5, 13), new DateOnly(2026, 5, 13)));
        Assert.Equal(0, StaleConversion.WholeMonths(new DateOnly(2026, 4, 13), new DateOnly(2026, 5, 12)));
        Assert.Equal(1, StaleConversion.WholeMonths(new DateOnly(2025, 1, 31), new DateOnly(2025, 2, 28)));
    }

    private static decimal Rate(int k) => Days[k].Cny / Days[k].Usd;

    /// <summary>The straightforward scan: latest first; inside = min·usd ≤ cny ≤ max·usd (exact, no division).</summary>
    private static (StaleConversionKind Kind, DateOnly? Date, DateOnly? After) Scan(ExchangeRateRange range, DateOnly asOf)
    {
        var days = Days.Where(d => d.Date <= asOf).ToArray();
        if (days.Length == 0)
        {
            return (StaleConversionKind.NeverCurrent, null, null);
        }

        int Side((DateOnly Date, decimal Usd, decimal Cny) d)
        {
            BigInteger cny = Scaled(d.Cny), usdMin = Scaled(d.Usd * range.Min), usdMax = Scaled(d.Usd * range.Max);
            return cny < usdMin ? -1 : cny > usdMax ? 1 : 0;
        }

        if (Side(days[0]) == 0)
        {
            return (StaleConversionKind.Current, days[0].Date, null);
        }

        for (int k = 1; k < days.Length; k++)
        {
            if (Side(days[k]) == 0)
            {
                return (StaleConversionKind.LastCurrent, days[k].Date, null);
            }

            if (Side(days[k]) != Side(days[k - 1]))
            {
                return (StaleConversionKind.PassedThrough, days[k - 1].Date, days[k].Date);
            }
        }

        return (StaleConversionKind.NeverCurrent, null, null);
    }

    /// <summary>A decimal of at most 12 decimal places as a whole number of 10^-12.</summary>
    private static BigInteger Scaled(decimal value) => new(decimal.Round(value * 1_000_000_000_000m, 0));
}
