using System;
using System.Globalization;
using System.IO;
using System.Linq;
using DomainModel.ArticleReport;
using DomainModel.Exchange;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary>
/// The rates the report checks "160 miliardi di yuan, circa 23 miliardi di dollari" against, chosen by the library's
/// <see cref="RatePolicy"/> over the ECB file the report ships, and the words the report says about them. Expected
/// values are computed here from the file's text (EUR/CNY ÷ EUR/USD, a plain scan of its rows), not by the library.
/// </summary>
public sealed class RateFileTests
{
    private static readonly RateFile Shipped = RateFile.Load(ReportOptions.ShippedRates);

    private static readonly string[] ShippedLines = File.ReadAllLines(ReportOptions.ShippedRates);

    /// <summary>Every day of the file with its CNY per USD cross, from the CSV's text.</summary>
    private static (DateOnly Day, decimal Cross)[] Crosses()
    {
        string[] header = ShippedLines[0].Split(',');
        int usd = Array.IndexOf(header, "USD"), cny = Array.IndexOf(header, "CNY");
        return [.. ShippedLines.Skip(1).Select(l => l.Split(',')).Select(c => (DateOnly.ParseExact(c[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), decimal.Parse(c[cny], CultureInfo.InvariantCulture) / decimal.Parse(c[usd], CultureInfo.InvariantCulture))).OrderBy(p => p.Item1)];
    }

    [Fact]
    public void ShippedFile_IsTheEcbHistoryFrom2024_ReadAsCsv_WithThePolicyInTheSourceLine()
    {
        Assert.StartsWith("Date,USD,JPY,BGN,CYP,CZK,DKK,EEK,GBP,", ShippedLines[0], StringComparison.Ordinal);
        Assert.StartsWith("2026-04-13,", ShippedLines[1], StringComparison.Ordinal);
        Assert.StartsWith("2024-01-02,", ShippedLines[^1], StringComparison.Ordinal);
        Assert.Equal(ShippedLines.Length - 1, Shipped.Rates.Dates.Count);
        Assert.Equal(EcbFileFormat.Csv, Shipped.Rates.Format);
        Assert.Equal(31, Shipped.Policy.MaxAgeDays);
        Assert.Equal("European Central Bank, euro foreign exchange reference rates (eurofxref-hist.csv, 581 days, 2024-01-02 to 2026-04-13); the rate of the date, else the latest earlier one up to 31 days before; averages only over days up to the statement's date", Shipped.SourceLine);
    }

    [Fact]
    public void OnTheAsOfDate_TheCrossOfThatDay_SaidSo()
    {
        var choices = Shipped.Policy.ForStatement(Shipped.Table, Currency.USD, Currency.CNY, DateRange.OfYear(2025), new DateOnly(2025, 12, 31));
        var onDate = new RateEvidence(choices[0]);
        Assert.Equal(RateChoiceKind.OnDate, onDate.Choice.Kind);
        Assert.Equal(Math.Round(8.2262m / 1.175m, 19, MidpointRounding.ToEven), onDate.Rate!.Value);
        Assert.Equal("on 2025-12-31", onDate.Asked);
        Assert.Equal("USD/CNY on 2025-12-31: 7.0010, ECB cross via EUR of 2025-12-31, the rate of the as-of date; Derived: cross through EUR of two ECB reference rates, not an ECB reference rate", onDate.Lines[0]);
        Assert.Equal(["  leg EUR/USD 1.1750, ECB reference rate of 2025-12-31", "  leg EUR/CNY 8.2262, ECB reference rate of 2025-12-31"], onDate.Lines.Skip(1));
    }

    [Fact]
    public void AfterTheFilesLastDay_TheLatestEarlierCross_With30DaysOfAge()
    {
        // The article on Alibaba's token consumption is of 2026-05-13; the file ends 2026-04-13, 30 days before.
        var asOf = new DateOnly(2026, 5, 13);
        var (last, cross) = Crosses()[^1];
        Assert.Equal(new DateOnly(2026, 4, 13), last);
        var evidence = new RateEvidence(Shipped.Policy.RateOn(Shipped.Table, Currency.USD, Currency.CNY, asOf));
        Assert.Equal(RateChoiceKind.EarlierDate, evidence.Choice.Kind);
        Assert.Equal(30, evidence.Choice.AgeDays);
        Assert.InRange(evidence.Rate!.Value, cross - 0.0000000001m, cross + 0.0000000001m);
        Assert.Equal("ECB cross via EUR on 2026-04-13, 30 days before the as-of date, the latest earlier rate (at most 31 days allowed)", evidence.Used);
        Assert.StartsWith("USD/CNY on 2026-05-13: ", evidence.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AStatementDuringItsYear_IsAveragedOnlyUpToItsDate()
    {
        // A figure for 2025 stated on 2025-11-14: the mean of the daily crosses of 2025-01-01…2025-11-14 only.
        var statement = new DateOnly(2025, 11, 14);
        var days = Crosses().Where(p => p.Day.Year == 2025 && p.Day <= statement).ToArray();
        decimal mean = days.Sum(p => p.Cross) / days.Length;
        var evidence = new RateEvidence(Shipped.Policy.ForStatement(Shipped.Table, Currency.USD, Currency.CNY, DateRange.OfYear(2025), statement)[1]);
        Assert.Equal(RateChoiceKind.PartialPeriodAverage, evidence.Choice.Kind);
        Assert.Equal(days.Length, evidence.Rate!.Legs.Count);
        Assert.InRange(evidence.Rate.Value, mean - 0.000000001m, mean + 0.000000001m);
        Assert.Equal("average of 2025-01-01…2025-11-14", evidence.Asked);
        Assert.Equal(FormattableString.Invariant($"mean of {days.Length} daily crosses from {days[0].Day:yyyy-MM-dd} to 2025-11-14"), evidence.Used);
        Assert.Contains("the days up to the statement's date 2025-11-14", evidence.Note, StringComparison.Ordinal);
        Assert.Contains("  " + evidence.Note, evidence.Lines);
    }

    [Fact]
    public void APeriodAfterTheStatement_HasNoAverage_NeverAnotherYearsAverage()
    {
        // The seed's 2026 budget, stated on 2025-12-31: no day of 2026 was known, and the 2025 average is not used in its place.
        var evidence = new RateEvidence(Shipped.Policy.ForStatement(Shipped.Table, Currency.USD, Currency.CNY, DateRange.OfYear(2026), new DateOnly(2025, 12, 31))[1]);
        Assert.False(evidence.Found);
        Assert.Equal("average of 2026-01-01…2026-12-31", evidence.Asked);
        Assert.Equal("USD/CNY average of 2026-01-01…2026-12-31: no USD/CNY average over 2026-01-01..2026-12-31: the period starts after the statement's date, 2025-12-31, so none of its rates was known then; the rate on that date is the one to use", Assert.Single(evidence.Lines));
    }

    [Fact]
    public void OlderThanTheMaximumAge_NoRate_AndWhy()
    {
        var evidence = new RateEvidence(Shipped.Policy.RateOn(Shipped.Table, Currency.USD, Currency.CNY, new DateOnly(2026, 6, 1)));
        Assert.False(evidence.Found);
        Assert.Equal("USD/CNY on 2026-06-01: no USD/CNY rate from ECB on 2026-06-01 or in the 31 days before it (the policy's maximum age)", Assert.Single(evidence.Lines));
    }

    [Fact]
    public void XmlAndCsv_AreToldApartByContent()
    {
        var xml = RateFile.Load(EcbPath("eurofxref-daily.xml"));
        var csv = RateFile.Load(EcbPath("eurofxref-hist.csv"));
        Assert.Equal(EcbFileFormat.Xml, xml.Rates.Format);
        Assert.Equal(EcbFileFormat.Csv, csv.Rates.Format);
        var day = new DateOnly(2025, 12, 5);
        Assert.Equal(Math.Round(8.2333m / 1.1645m, 19, MidpointRounding.ToEven), xml.Policy.RateOn(xml.Table, Currency.USD, Currency.CNY, day).Rate!.Value);
        Assert.Equal(xml.Policy.RateOn(xml.Table, Currency.USD, Currency.CNY, day).Rate, csv.Policy.RateOn(csv.Table, Currency.USD, Currency.CNY, day).Rate);
        Assert.Throws<FileNotFoundException>(() => RateFile.Load(EcbPath("missing.csv")));
        Assert.Throws<EcbFormatException>(() => RateFile.Load(ReportOptions.ShippedArticle));
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => RateFile.Load(null!)).ParamName);
    }

    private static string EcbPath(string name) => Path.Combine(AppContext.BaseDirectory, "Exchange", "Data", name);
}
