using System;
using System.IO;
using System.Linq;
using DomainModel.ArticleReport;
using DomainModel.ArticleReport.Rendering;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary>What the charts draw: which series, which axis scale, each bar's bounds; for the seed article, a real
/// English article and a made-up token series that spans more than two orders of magnitude.</summary>
public sealed class ChartDataTests
{
    // The ECB's reference rates of 2025-12-31 in the shipped file: EUR/USD 1.1750, EUR/CNY 8.2262.
    private const double UsdCny = 8.2262 / 1.1750;

    private static ClaimsReport Seed() => Load(
        RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "article.it.txt"),
        RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "Documents", "bytedance-ai-2026.it.claims.json"));

    private static ClaimsReport Load(string article, string document) =>
        new(ClaimsDocument.Load(document, File.ReadAllText(article)), new ReportOptions(ReportOptions.DefaultAsOf, null), RateFile.Load(ReportOptions.ShippedRates));

    [Fact]
    public void Money_EveryCurrencyIsDrawn_ConvertedToDollarsAtTheDayRate_AndSaidSo()
    {
        var chart = ChartData.Money(Seed());
        Assert.Equal(Currency.USD, chart.Currency);
        Assert.Equal("bn USD", chart.UnitName);
        Assert.Equal(["capex-2026-cny", "capex-2026-usd", "capex-2025-cny", "chips-2025-cny", "bigtech-2025-usd"], chart.Bars.Select(b => b.ClaimId));
        Assert.Equal(["160 bn CNY", null, "150 bn CNY", "85 bn CNY", null], chart.Bars.Select(b => b.ConvertedFrom));
        Assert.Contains("CNY converted at USD/CNY 7.0010 of 2025-12-31", chart.Title, StringComparison.Ordinal);
        Assert.Contains(chart.Notes, n => n.StartsWith("CNY figures converted to USD at USD/CNY 7.0010", StringComparison.Ordinal));
    }

    [Fact]
    public void Money_EachBar_RunsFromTheLowerToTheUpperBound_NothingWidened()
    {
        var bars = ChartData.Money(Seed()).Bars.ToDictionary(b => b.ClaimId);
        // "160 miliardi di yuan": 159.5 to 160.5 bn CNY at the cross of the day.
        Assert.Equal(159.5 / UsdCny, bars["capex-2026-cny"].Lower, 6);
        Assert.Equal(160.5 / UsdCny, bars["capex-2026-cny"].Upper, 6);
        // "circa 23 miliardi di dollari": 22 to 24 (one billion either side), drawn as stated.
        Assert.Equal((22.0, 24.0), (bars["capex-2026-usd"].Lower, bars["capex-2026-usd"].Upper));
        Assert.Equal((350d, 400d), (bars["bigtech-2025-usd"].Lower, bars["bigtech-2025-usd"].Upper));
        Assert.Equal(84.5 / UsdCny, bars["chips-2025-cny"].Lower, 6);
        Assert.Equal(85.5 / UsdCny, bars["chips-2025-cny"].Upper, 6);
        Assert.All(bars.Values, b => Assert.InRange(b.Stated, b.Lower, b.Upper));
    }

    [Fact]
    public void Money_TheLargeRangeSquashesNoBar_TheAxisIsLog_AndEveryFigureStandsAboveATenth()
    {
        var chart = ChartData.Money(Seed());
        // 350–400 bn beside 12.1 bn: on a linear axis from zero 12.1 bn would sit at 12.1 / 400 = 3 % of the height.
        Assert.Equal(AxisScale.Log10, chart.Axis.Scale);
        Assert.All(chart.Bars, b =>
        {
            Assert.InRange(chart.Axis.Position(b.Stated), 0.1, 1);
            Assert.InRange(chart.Axis.Position(b.Lower), 0, 1);
            Assert.InRange(chart.Axis.Position(b.Upper), 0, 1);
        });
        Assert.All(chart.Axis.Ticks, t => Assert.InRange(t, chart.Axis.Min, chart.Axis.Max));
    }

    [Theory]
    [InlineData(12.0, 23.5, false)] // made up: within 8 times, every figure stands above a tenth of a linear axis
    [InlineData(12.0, 95.0, false)]
    [InlineData(12.0, 100.0, true)]
    [InlineData(12.0, 400.0, true)]
    public void MoneyAxis_IsLinearFromZero_UnlessAFigureWouldBeSquashed(double small, double large, bool log)
    {
        var bars = new[] { new ChartBar("small", small - 0.5, small + 0.5, small, "small", null), new ChartBar("large", large - 1, large, large - 0.5, "large", null) };
        var axis = ChartData.MoneyAxis(bars);
        Assert.Equal(log ? AxisScale.Log10 : AxisScale.Linear, axis.Scale);
        if (!log)
        {
            Assert.Equal(0, axis.Min);
        }

        Assert.All(bars, b => Assert.InRange(axis.Position(b.Stated), 0.1, 1));
    }

    [Fact]
    public void Money_OfARealEnglishArticle_ConvertsTheYuanFiguresToo()
    {
        var report = Load(RepositoryPaths.Combine("docs", "articles", "tencent-q3-2025.en.txt"), RepositoryPaths.Combine("docs", "articles", "tencent-q3-2025.en.claims.json"));
        var chart = ChartData.Money(report);
        int moneyClaims = report.Claims.Count(c => c is Claim<Money>);
        Assert.Equal(moneyClaims, chart.Bars.Count);
        Assert.Contains(chart.Bars, b => b.ConvertedFrom is not null && b.ConvertedFrom.EndsWith("CNY", StringComparison.Ordinal));
        Assert.All(chart.Bars, b => Assert.True(b.Lower <= b.Upper));
    }

    [Fact]
    public void Volumes_OfTheSeed_PerSeriesPerDay_OnALinearAxis()
    {
        var chart = ChartData.Volumes(Seed());
        Assert.Equal("T tokens/day", chart.UnitName);
        Assert.Equal(AxisScale.Linear, chart.Axis.Scale); // 30 to 50 T: well within two orders of magnitude
        Assert.Equal(["ByteDance", "ByteDance", "Google"], chart.Points.Select(p => p.Series));
        Assert.Equal([30d, 50d, 43d], chart.Points.Select(p => p.Stated));
        Assert.Equal(0, chart.Axis.Min);
    }

    [Fact]
    public void Volumes_SpanningMoreThanTwoOrdersOfMagnitude_AreOnALogAxis()
    {
        // Made up, after the English article: 100 bn tokens a day growing to 14 T a day.
        string dir = Path.Combine(Path.GetTempPath(), "domainmodel-chart-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.txt"), "Daily token calls rose from 100 billion in 2024 to 14 trillion in 2025.");
            File.WriteAllText(Path.Combine(dir, "a.claims.json"), """
                {
                  "schema": "claims-document/v1",
                  "article": { "title": "Made up", "publisher": "Made up", "language": "en", "scale": "short",
                    "asOf": { "date": "2025-12-31", "reason": "made up" }, "text": "a.txt", "madeUp": true },
                  "claims": [
                    { "id": "early", "subject": "China", "metric": "daily token calls", "quote": "from 100 billion in 2024", "figure": "100 billion",
                      "measure": { "kind": "tokens", "per": "day" }, "period": "in 2024", "source": "made up" },
                    { "id": "late", "subject": "China", "metric": "daily token calls", "quote": "to 14 trillion in 2025", "figure": "14 trillion",
                      "measure": { "kind": "tokens", "per": "day" }, "period": "in 2025", "source": "made up" }
                  ]
                }
                """);
            var chart = ChartData.Volumes(Load(Path.Combine(dir, "a.txt"), Path.Combine(dir, "a.claims.json")));
            Assert.Equal(AxisScale.Log10, chart.Axis.Scale);
            Assert.Equal([0.1, 14d], chart.Points.Select(p => p.Stated));
            Assert.All(chart.Points, p => Assert.InRange(chart.Axis.Position(p.Stated), 0.1, 1));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("china-token-calls-2025.en")]
    [InlineData("tencent-q3-2025.en")] // no token volumes: that panel says so
    [InlineData("nvidia-q1-fy2026.en")]
    [InlineData("alibaba-q2-fy2026-infogioco.it")]
    public void Png_OfEachRealArticleThatLoads_IsDrawn(string name)
    {
        var report = Load(RepositoryPaths.Combine("docs", "articles", name + ".txt"), RepositoryPaths.Combine("docs", "articles", name + ".claims.json"));
        byte[] png = ChartReport.ToPng(report);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.All(ChartData.Money(report).Bars, b => Assert.InRange(ChartData.Money(report).Axis.Position(b.Stated), 0.1, 1));
    }

    [Fact]
    public void Svg_IsOneSvgDocumentPerPanel_WithNoExternalReference()
    {
        var report = Seed();
        foreach (string svg in new[] { ChartReport.MoneySvg(ChartData.Money(report)), ChartReport.VolumeSvg(ChartData.Volumes(report)) })
        {
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(svg, "<svg "));
            Assert.DoesNotContain("http://www.w3.org/1999/xlink\" href=\"http", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("<image", svg, StringComparison.Ordinal);
        }
    }
}
