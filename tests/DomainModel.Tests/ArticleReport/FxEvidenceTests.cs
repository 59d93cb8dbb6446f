using System;
using System.Globalization;
using System.IO;
using System.Linq;
using DomainModel.ArticleReport;
using DomainModel;
using DomainModel.Exchange;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary>
/// The rates behind "160 miliardi di yuan, circa 23 miliardi di dollari", from the ECB file the report ships. Expected
/// values are computed here from the file's text (EUR/CNY ÷ EUR/USD, rounded to 20 significant digits), not by the library.
/// </summary>
public sealed class FxEvidenceTests
{
    private static readonly FxEvidence Shipped = FxEvidence.Load(ReportOptions.ShippedRates);

    private static readonly string[] ShippedLines = File.ReadAllLines(ReportOptions.ShippedRates);

    /// <summary>EUR/USD and EUR/CNY of a day, read from the shipped CSV's text.</summary>
    private static (decimal Usd, decimal Cny) Row(string date)
    {
        string[] header = ShippedLines[0].Split(',');
        string[] cells = ShippedLines.Single(l => l.StartsWith(date + ",", StringComparison.Ordinal)).Split(',');
        return (decimal.Parse(cells[Array.IndexOf(header, "USD")], CultureInfo.InvariantCulture), decimal.Parse(cells[Array.IndexOf(header, "CNY")], CultureInfo.InvariantCulture));
    }

    /// <summary>CNY per USD of a day: the cross rounded to 20 significant digits (19 decimals for a value in 1–10).</summary>
    private static decimal Cross(string date)
    {
        var (usd, cny) = Row(date);
        return Math.Round(cny / usd, 19, MidpointRounding.ToEven);
    }

    [Fact]
    public void ShippedFile_IsTheEcbHistoryFrom2024_NewestFirst()
    {
        Assert.StartsWith("Date,USD,JPY,BGN,CYP,CZK,DKK,EEK,GBP,", ShippedLines[0], StringComparison.Ordinal);
        Assert.StartsWith("2026-04-13,", ShippedLines[1], StringComparison.Ordinal);
        Assert.StartsWith("2024-01-02,", ShippedLines[^1], StringComparison.Ordinal);
        var dates = ShippedLines.Skip(1).Select(l => DateOnly.ParseExact(l[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal(dates.Length, Shipped.Rates.Dates.Count);
        Assert.Empty(Shipped.Rates.SkippedCurrencyCodes);
        Assert.Equal("European Central Bank, euro foreign exchange reference rates (eurofxref-hist.csv, 581 days, 2024-01-02 to 2026-04-13)", Shipped.SourceLine);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(ReportOptions.ShippedRates)!, "README.md")));
    }

    [Fact]
    public void CrossOn_TheAsOfDate_IsADerivedCrossThroughEur_WithBothLegsAndTheirDates()
    {
        var evidence = Shipped.CrossOn(Currency.USD, Currency.CNY, new DateOnly(2025, 12, 31));
        var rate = Assert.IsType<ExchangeRate>(evidence.Rate);
        Assert.Equal(Cross("2025-12-31"), rate.Value); // 8.2262 / 1.175
        Assert.Equal(7.0010212765957446809m, rate.Value);
        Assert.Equal(new RateValidity(new DateOnly(2025, 12, 31)), rate.Validity);
        Assert.Equal(RateKind.Derived, rate.Kind);
        Assert.Equal(["EUR/USD 1.175 2025-12-31 OfficialReference ECB", "EUR/CNY 8.2262 2025-12-31 OfficialReference ECB"], rate.Legs.Select(l => l.ToString()));
        Assert.Null(evidence.Note);
        Assert.Equal(
            [
                "USD/CNY on 2025-12-31: 7.0010, rate of 2025-12-31; Derived: cross through EUR of two ECB reference rates, not an ECB reference rate",
                "  leg EUR/USD 1.1750, ECB reference rate of 2025-12-31",
                "  leg EUR/CNY 8.2262, ECB reference rate of 2025-12-31",
            ],
            evidence.Lines);
    }

    [Theory]
    [InlineData("2025-12-27", "2025-12-24", "a Saturday")] // Christmas week: 25 and 26 December are ECB closing days
    [InlineData("2025-12-26", "2025-12-24", "a weekday without ECB rates in the file: an ECB closing day")]
    [InlineData("2025-12-07", "2025-12-05", "a Sunday")]
    [InlineData("2026-04-20", "2026-04-13", "after the file's last day, 2026-04-13")] // 7 days after the file's last day
    public void CrossOn_ADayWithoutRates_TakesTheLatestDayBefore_AndSaysSo(string asked, string found, string why)
    {
        var date = DateOnly.ParseExact(asked, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var evidence = Shipped.CrossOn(Currency.USD, Currency.CNY, date);
        Assert.Equal(Cross(found), evidence.Rate!.Value);
        Assert.Equal(found, evidence.Rate.Validity.ToString());
        Assert.All(evidence.Rate.Legs, l => Assert.Equal(found, l.Validity.ToString()));
        Assert.Contains($"no rate on {asked} ({why})", evidence.Note, StringComparison.Ordinal);
        Assert.Contains($"rate of {found}", evidence.Lines[0], StringComparison.Ordinal);
        Assert.Equal(evidence.Note, evidence.Lines[1].Trim());
    }

    [Theory]
    [InlineData("1999-01-01", "1998-12-25")]
    [InlineData("2023-12-31", "2023-12-24")]
    [InlineData("2026-04-21", "2026-04-14")] // 8 days after the last day: beyond the look-back
    public void CrossOn_NoRateWithinTheLookBack_IsSaid_NotDropped(string asked, string earliest)
    {
        var date = DateOnly.ParseExact(asked, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var evidence = Shipped.CrossOn(Currency.USD, Currency.CNY, date);
        Assert.False(evidence.Found);
        Assert.Null(evidence.Rate);
        Assert.Equal(7, evidence.LookBackDays);
        string line = Assert.Single(evidence.Lines);
        Assert.Equal($"USD/CNY on {asked}: no rate within the look-back of 7 days before {asked} (none from {earliest} to {asked}) in eurofxref-hist.csv, which covers 2024-01-02 to 2026-04-13", line);
        Assert.Equal(line, evidence.ToString());
    }

    [Fact]
    public void YearAverage_2025_IsTheMeanOfTheDailyCrosses()
    {
        var days = ShippedLines.Skip(1).Where(l => l.StartsWith("2025-", StringComparison.Ordinal)).Select(l => l[..10]).ToArray();
        decimal expected = Math.Round(days.Sum(Cross) / days.Length, 19, MidpointRounding.ToEven);
        var evidence = Shipped.YearAverage(Currency.USD, Currency.CNY, 2025);
        var rate = evidence.Rate!;
        Assert.Equal(255, days.Length);
        Assert.Equal(expected, rate.Value);
        Assert.Equal(7.1873590928998713792m, rate.Value);
        Assert.Equal(RateKind.PeriodAverage, rate.Kind);
        Assert.Equal(new RateValidity(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), rate.Validity);
        Assert.Equal(255, rate.Legs.Count);
        Assert.All(rate.Legs, l => Assert.Equal(RateKind.Derived, l.Kind));
        Assert.Null(evidence.Note);
        Assert.Equal("USD/CNY average of 2025: 7.1874, over 2025-01-01 to 2025-12-31; PeriodAverage: mean of 255 daily crosses from ECB data, not an ECB figure", evidence.Lines[0]);
        Assert.Equal("  first day: USD/CNY 7.2995 on 2025-01-02 = EUR/USD 1.0321 and EUR/CNY 7.5338", evidence.Lines[1]);
        Assert.Equal("  last day:  USD/CNY 7.0010 on 2025-12-31 = EUR/USD 1.1750 and EUR/CNY 8.2262", evidence.Lines[2]);
    }

    [Fact]
    public void YearAverage_OfAnIncompleteYear_UsesTheLatestCompleteYear_AndSaysSo()
    {
        Assert.False(Shipped.IsWholeYear(2026));
        Assert.True(Shipped.IsWholeYear(2025));
        Assert.True(Shipped.IsWholeYear(2024)); // from 2024-01-02, the first business day
        var evidence = Shipped.YearAverage(Currency.USD, Currency.CNY, 2026);
        Assert.Equal(Shipped.YearAverage(Currency.USD, Currency.CNY, 2025).Rate, evidence.Rate);
        Assert.Equal("average of 2025", evidence.Asked);
        Assert.Equal("2026 is not complete in eurofxref-hist.csv (it covers 2024-01-02 to 2026-04-13): the latest complete year, 2025, is used", evidence.Note);
        Assert.Equal("  " + evidence.Note, evidence.Lines[1]);
    }

    [Fact]
    public void YearAverage_NoCompleteYear_IsSaid()
    {
        var evidence = Shipped.YearAverage(Currency.USD, Currency.CNY, 2023);
        Assert.False(evidence.Found);
        Assert.Equal("USD/CNY average of 2023: no complete year up to 2023 with USD and CNY rates in eurofxref-hist.csv, which covers 2024-01-02 to 2026-04-13", Assert.Single(evidence.Lines));
        var daily = FxEvidence.Load(EcbPath("eurofxref-daily.xml"));
        Assert.False(daily.YearAverage(Currency.USD, Currency.CNY, 2025).Found);
    }

    [Fact]
    public void Load_TellsXmlFromCsvByContent()
    {
        var xml = FxEvidence.Load(EcbPath("eurofxref-daily.xml"));
        var csv = FxEvidence.Load(EcbPath("eurofxref-hist.csv"));
        Assert.Equal("eurofxref-daily.xml", xml.FileName);
        Assert.Equal(xml.CrossOn(Currency.USD, Currency.CNY, new DateOnly(2025, 12, 5)).Rate, csv.CrossOn(Currency.USD, Currency.CNY, new DateOnly(2025, 12, 5)).Rate);
        Assert.Equal(Math.Round(8.2333m / 1.1645m, 19, MidpointRounding.ToEven), xml.CrossOn(Currency.USD, Currency.CNY, new DateOnly(2025, 12, 5)).Rate!.Value);
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Throws<FileNotFoundException>(() => FxEvidence.Load(EcbPath("missing.csv")));
        Assert.Throws<EcbFormatException>(() => FxEvidence.Load(ReportOptions.ShippedArticle));
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => FxEvidence.Load(null!)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => Shipped.CrossOn(Currency.USD, Currency.USD, new DateOnly(2025, 12, 31))).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => Shipped.YearAverage(Currency.CNY, Currency.CNY, 2025)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => Shipped.YearAverage(Currency.USD, Currency.CNY, 0)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => Shipped.YearAverage(Currency.USD, Currency.CNY, 10000)).ParamName);
        Assert.False(Shipped.IsWholeYear(0));
    }

    private static string EcbPath(string file) => Path.Combine(AppContext.BaseDirectory, "Exchange", "Data", file);
}
