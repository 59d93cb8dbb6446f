using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DomainModel.Exchange;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.Exchange;

/// <summary>
/// The rate policy against the real ECB file the report ships (2024-01-02 to 2026-04-13): expectations read from the
/// CSV here, column by column, not through the library's reader.
/// </summary>
public sealed class RatePolicyTests
{
    private static readonly string CsvPath = RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "Data", "eurofxref-hist.csv");
    private static readonly ExchangeRateTable Ecb = EcbReferenceRates.ReadCsv(CsvPath).ToTable();

    /// <summary>Date → (USD per EUR, CNY per EUR), read straight from the CSV.</summary>
    internal static readonly Dictionary<DateOnly, (decimal Usd, decimal Cny)> Csv = ReadCsv();

    [Fact]
    public void OnADateWithARate_IsThatRate()
    {
        var choice = new RatePolicy(30).RateOn(Ecb, Currency.USD, Currency.CNY, new DateOnly(2025, 12, 31));
        Assert.Equal(RateChoiceKind.OnDate, choice.Kind);
        Assert.Equal(0, choice.AgeDays);
        var (usd, cny) = Csv[new DateOnly(2025, 12, 31)];
        Assert.InRange(choice.Rate!.Value, (cny / usd) - 0.0000000001m, (cny / usd) + 0.0000000001m);
        Assert.EndsWith("the rate of the date asked", choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterTheFilesLastDay_TheLatestEarlierRate_WithItsAge()
    {
        var asOf = new DateOnly(2026, 5, 13);
        var last = Csv.Keys.Max();
        Assert.Equal(new DateOnly(2026, 4, 13), last);
        int age = asOf.DayNumber - last.DayNumber;
        Assert.Equal(30, age);

        var choice = new RatePolicy(60).RateOn(Ecb, Currency.USD, Currency.CNY, asOf);
        Assert.Equal(RateChoiceKind.EarlierDate, choice.Kind);
        Assert.Equal(age, choice.AgeDays);
        Assert.Equal(last, choice.Rate!.Validity.Start);
        Assert.Contains("of 2026-04-13, 30 days before (the policy allows at most 60)", choice.Reason, StringComparison.Ordinal);

        // Any provider, asked day by day: the same rate (a chain over the table, whose own look-back is 7 days).
        var chained = new RatePolicy(60).RateOn(new ExchangeRateProviderChain(Ecb), Currency.USD, Currency.CNY, asOf);
        Assert.Equal(choice.Rate, chained.Rate);
        Assert.Equal(30, chained.AgeDays);

        // Older than the maximum age: no rate, and the reason says so.
        var none = new RatePolicy(29).RateOn(Ecb, Currency.USD, Currency.CNY, asOf);
        Assert.Equal(RateChoiceKind.None, none.Kind);
        Assert.False(none.Found);
        Assert.Equal("no USD/CNY rate from ECB on 2026-05-13 or in the 29 days before it (the policy's maximum age)", none.Reason);
        Assert.Throws<RateNotFoundException>(() => none.GetRateOrThrow());
        Assert.Equal(RateChoiceKind.None, new RatePolicy(29).RateOn(new ExchangeRateProviderChain(Ecb), Currency.USD, Currency.CNY, asOf).Kind);
    }

    [Fact]
    public void OnASunday_TheFridayRate()
    {
        var sunday = new DateOnly(2026, 4, 12);
        var choice = new RatePolicy(7).RateOn(Ecb, Currency.USD, Currency.CNY, sunday);
        Assert.Equal(RateChoiceKind.EarlierDate, choice.Kind);
        Assert.Equal(2, choice.AgeDays);
        Assert.Equal(new DateOnly(2026, 4, 10), choice.Rate!.Validity.Start);
        Assert.StartsWith("no USD/CNY rate from ECB on 2026-04-12, a Sunday: the latest earlier one, ", choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AverageOfAYearStatedAtItsEnd_IsTheWholeYear()
    {
        var choice = new RatePolicy(7).AverageOver(Ecb, Currency.USD, Currency.CNY, DateRange.OfYear(2025), new DateOnly(2025, 12, 31));
        Assert.Equal(RateChoiceKind.PeriodAverage, choice.Kind);
        var days = Csv.Where(p => p.Key.Year == 2025).ToList();
        Assert.Equal(days.Count, choice.Rate!.Legs.Count);
        decimal mean = days.Sum(p => p.Value.Cny / p.Value.Usd) / days.Count;
        Assert.InRange(choice.Rate.Value, mean - 0.000000001m, mean + 0.000000001m);
        Assert.Equal(new RateValidity(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), choice.Rate.Validity);
        Assert.Contains(FormattableString.Invariant($"mean of {days.Count} daily rates from {days.Min(p => p.Key):yyyy-MM-dd} to 2025-12-31 in ECB"), choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AverageOfAYearStatedDuringIt_StopsAtTheStatementsDate_AndSaysTheFileEndsEarlier()
    {
        var statement = new DateOnly(2026, 5, 13);
        var choice = new RatePolicy(7).AverageOver(Ecb, Currency.USD, Currency.CNY, DateRange.OfYear(2026), statement);
        Assert.Equal(RateChoiceKind.PartialPeriodAverage, choice.Kind);
        Assert.Equal(new RateValidity(new DateOnly(2026, 1, 1), statement), choice.Rate!.Validity);
        Assert.Equal(Csv.Keys.Count(d => d.Year == 2026), choice.Rate.Legs.Count);
        Assert.Contains("averaged over 2026-01-01..2026-05-13 only, the days up to the statement's date 2026-05-13 (the period 2026-01-01..2026-12-31 ends after it)", choice.Reason, StringComparison.Ordinal);
        Assert.EndsWith("; none after 2026-04-13, 30 days before 2026-05-13", choice.Reason, StringComparison.Ordinal);

        // Every leg is on or before the statement's date.
        Assert.All(choice.Rate.Legs, leg => Assert.True(leg.Validity.End <= statement));
    }

    [Fact]
    public void AverageOfAFuturePeriod_IsRefused_WithTheReason()
    {
        // "over the next five years" from 2026-05-13: none of those rates was known on the statement's date.
        var plan = new DateRange(new DateOnly(2026, 5, 14), new DateOnly(2031, 5, 13));
        var choice = new RatePolicy(30).AverageOver(Ecb, Currency.USD, Currency.CNY, plan, new DateOnly(2026, 5, 13));
        Assert.Equal(RateChoiceKind.None, choice.Kind);
        Assert.Equal(plan, choice.Period);
        Assert.StartsWith("no USD/CNY average over 2026-05-14..2031-05-13: the period starts after the statement's date, 2026-05-13", choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ForAStatement_TheRateOfItsDate_ThenItsPeriodsAverageUpToThatDate()
    {
        // Tencent's third quarter (2025-07-01..2025-09-30) stated on 2025-11-14: the cross of 2025-11-14, then the mean
        // of every daily cross of the quarter (all before the statement), read from the CSV here.
        var quarter = new DateRange(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30));
        var statement = new DateOnly(2025, 11, 14);
        var choices = new RatePolicy(31).ForStatement(Ecb, Currency.USD, Currency.CNY, quarter, statement);
        Assert.Equal([RateChoiceKind.OnDate, RateChoiceKind.PeriodAverage], choices.Select(c => c.Kind));
        var (usd, cny) = Csv[statement];
        Assert.Equal((1.1648m, 8.2655m), (usd, cny));
        Assert.InRange(choices[0].Rate!.Value, (cny / usd) - 0.0000000001m, (cny / usd) + 0.0000000001m);
        var days = Csv.Where(p => quarter.Contains(p.Key)).ToList();
        decimal mean = days.Sum(p => p.Value.Cny / p.Value.Usd) / days.Count;
        Assert.Equal(days.Count, choices[1].Rate!.Legs.Count);
        Assert.InRange(choices[1].Rate!.Value, mean - 0.000000001m, mean + 0.000000001m);
        Assert.Equal(quarter, choices[1].Period);

        // A budget for the next year, stated on the last day of this one: the rate of the day, and no average (none of
        // next year's rates was known), never this year's average in its place.
        var budget = new RatePolicy(31).ForStatement(Ecb, Currency.USD, Currency.CNY, DateRange.OfYear(2026), new DateOnly(2025, 12, 31));
        Assert.Equal([RateChoiceKind.OnDate, RateChoiceKind.None], budget.Select(c => c.Kind));
        Assert.Null(budget[1].Rate);
        Assert.Contains("the period starts after the statement's date, 2025-12-31", budget[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BadArguments_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RatePolicy(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RatePolicy(367));
        Assert.Throws<ArgumentException>(() => new RatePolicy(7).RateOn(Ecb, Currency.USD, Currency.USD, new DateOnly(2025, 1, 2)));
        Assert.Throws<ArgumentNullException>(() => new RatePolicy(7).RateOn(null!, Currency.USD, Currency.CNY, new DateOnly(2025, 1, 2)));
        Assert.Throws<ArgumentNullException>(() => new RatePolicy(7).AverageOver(null!, Currency.USD, Currency.CNY, DateRange.OfYear(2025), new DateOnly(2025, 1, 2)));
        Assert.Throws<ArgumentNullException>(() => new RatePolicy(7).ForStatement(null!, Currency.USD, Currency.CNY, DateRange.OfYear(2025), new DateOnly(2025, 1, 2)));
        Assert.Throws<ArgumentException>(() => new RatePolicy(7).ForStatement(Ecb, Currency.CNY, Currency.CNY, DateRange.OfYear(2025), new DateOnly(2025, 1, 2)));
    }

    private static Dictionary<DateOnly, (decimal, decimal)> ReadCsv()
    {
        var lines = File.ReadAllLines(CsvPath);
        string[] header = lines[0].Split(',');
        int usd = Array.IndexOf(header, "USD"), cny = Array.IndexOf(header, "CNY");
        var result = new Dictionary<DateOnly, (decimal, decimal)>();
        foreach (string line in lines.Skip(1))
        {
            string[] cells = line.Split(',');
            result[DateOnly.ParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)] =
                (decimal.Parse(cells[usd], CultureInfo.InvariantCulture), decimal.Parse(cells[cny], CultureInfo.InvariantCulture));
        }

        return result;
    }
}
