using System;
using System.IO;
using DomainModel.ArticleReport;
using DomainModel.ArticleReport.Rendering;
using DomainModel.Claims;
using DomainModel.Exchange;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary>The report says when the rate a two-currency statement implies was current in its rate file.</summary>
public sealed class StaleConversionReportTests
{
    [Fact]
    public void SeedStatement_ImpliesARateCurrentOnTheAsOfDate()
    {
        string text = File.ReadAllText(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "article.it.txt"));
        string json = File.ReadAllText(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "Documents", "bytedance-ai-2026.it.claims.json"));
        var report = new ClaimsReport(ClaimsDocument.Parse(json, text), new ReportOptions(ReportOptions.DefaultAsOf, null), RateFile.Load(ReportOptions.ShippedRates));

        // "160 miliardi di yuan, circa 23 miliardi di dollari" ("circa 23" is 22 to 24): 159.5 / 24 = 6.6458… to
        // 160.5 / 22 = 7.2954… CNY per USD;
        // the ECB cross of 2025-12-31 is 8.2262 / 1.175 = 7.0010…, inside it.
        var row = Assert.Single(report.StaleConversions);
        Assert.Equal(["capex-2026-cny", "capex-2026-usd"], row.ClaimIds);
        Assert.Equal(StaleConversionKind.Current, row.Finding.Kind);
        Assert.Equal(new DateOnly(2025, 12, 31), row.Finding.LastCurrent);
        Assert.InRange(row.Finding.Range.Min, 6.64583m, 6.64584m);
        Assert.InRange(row.Finding.Range.Max, 7.29545m, 7.29546m);

        using var writer = new StringWriter();
        TableReport.Write(TableReport.Console(writer, false, 1000), report);
        Assert.Contains("When was the article's rate current? budget-in-dollars (capex-2026-cny, capex-2026-usd): 6.6458\u20137.2955 CNY per USD is current", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutARateFile_NothingIsSaid()
    {
        string text = File.ReadAllText(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "article.it.txt"));
        string json = File.ReadAllText(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "Documents", "bytedance-ai-2026.it.claims.json"));
        var report = new ClaimsReport(ClaimsDocument.Parse(json, text), new ReportOptions(ReportOptions.DefaultAsOf, null), null);
        Assert.Empty(report.StaleConversions);
    }
}
