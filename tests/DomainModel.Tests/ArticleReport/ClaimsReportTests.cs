using System;
using System.IO;
using System.Linq;
using DomainModel.ArticleReport;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary>The main job, end to end: the report over the article as shipped.</summary>
public sealed class ClaimsReportTests
{
    private static readonly string ArticleText = File.ReadAllText(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "article.it.txt"));

    private static string Run(ReportOptions options, out bool allQuotesFound, string? article = null, System.Collections.Generic.IReadOnlyList<ClaimSpec>? catalog = null)
    {
        var report = new ClaimsReport(article ?? ArticleText, options, catalog ?? ArticleClaims.Catalog);
        using var writer = new StringWriter();
        report.Write(writer);
        allQuotesFound = report.AllQuotesFound;
        return writer.ToString();
    }

    [IcuFact]
    public void Report_EveryQuote_IsFoundVerbatimInTheArticle()
    {
        string text = Run(new ReportOptions(ReportOptions.DefaultAsOf, null), out bool found);
        Assert.True(found);
        Assert.DoesNotContain("NOT FOUND", text, StringComparison.Ordinal);
        Assert.Equal(ArticleClaims.Catalog.Count, CountOccurrences(text, "; source: "));
    }

    [IcuFact]
    public void Report_Verdicts_FlagAboutHalfAndApproaching()
    {
        string text = Run(new ReportOptions(ReportOptions.DefaultAsOf, null), out _);
        Assert.Contains("Verdicts: 4 agrees, 2 disagrees, 1 inconclusive.", text, StringComparison.Ordinal);
        Assert.Contains("[Disagrees] about 50 %", text, StringComparison.Ordinal);
        Assert.Contains("[Disagrees] approaches", text, StringComparison.Ordinal);
        Assert.Contains("[Inconclusive] increase", text, StringComparison.Ordinal);
        Assert.Contains("Microsoft FY2025 (2024-07-01..2025-06-30): shares 181 of its 365 days", text, StringComparison.Ordinal);
        Assert.Contains("fall in Nvidia FY2027 Q1", text, StringComparison.Ordinal);
        Assert.Contains("period: Exact 2025-08-01..2025-08-31 \"ad agosto\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OpenBounds_PrintOpen_AndCountsAreWhole()
    {
        string text = Run(new ReportOptions(ReportOptions.DefaultAsOf, null), out _);
        Assert.Contains("tokens-oct         (30 trillion, +inf) tokens per 1 d", text, StringComparison.Ordinal);
        Assert.Contains("h200-order         20000 H200 unit", text, StringComparison.Ordinal);
        Assert.DoesNotContain("19999.5, 20000.5] H200 unit", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ComputedSection_ComesFromTheClaims()
    {
        string text = Run(new ReportOptions(ReportOptions.DefaultAsOf, null), out _);

        // 20000 × [19999.5, 20000.5] = [399.99, 400.01] million; 84.5/150.5 = 56.146…%, 85.5/149.5 = 57.190…%.
        Assert.Contains("= [399.99 million, 400.01 million] USD", text, StringComparison.Ordinal);
        Assert.Contains("allocation: [56.14 %, 57.2 %]", text, StringComparison.Ordinal);

        // 159.5 − 150.5 = 9 and 160.5 − 149.5 = 11 billion; 159.5/150.5 − 1 = 5.98 %, 160.5/149.5 − 1 = 7.36 %.
        Assert.Contains("[9 billion, 11 billion] CNY, a change of [+5.98 %, +7.36 %]", text, StringComparison.Ordinal);

        // Over 30 T then 49.5..50.5 T: at most 50.5/30 − 1 = +68.33… % (shown rounded up), no bound below but −100 %.
        Assert.Contains("a change of (-100 %, +68.34 %)", text, StringComparison.Ordinal);

        // 20000 of 40000..80000 = 25 % to 50 %; 160/23.5 and 160.5/22.5 bound the implied USD/CNY.
        Assert.Contains("first H200 batch: [25 %, 50 %]", text, StringComparison.Ordinal);
        Assert.Contains("USD/CNY [6.7872340425531914893, 7.1333333333333333334]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ChangingOneClaimsFigure_ChangesTheComputedLines()
    {
        string article = ArticleText.Replace("investire 160 miliardi di yuan", "investire 170 miliardi di yuan", StringComparison.Ordinal);
        var catalog = ArticleClaims.Catalog
            .Select(s => s.Id == "capex-2026-cny" ? s with { Quote = "prevede di investire 170 miliardi di yuan", Figure = "170 miliardi" } : s)
            .ToList();
        string before = Run(new ReportOptions(ReportOptions.DefaultAsOf, null), out _);
        string after = Run(new ReportOptions(ReportOptions.DefaultAsOf, null), out bool found, article, catalog);
        Assert.True(found);

        // 169.5 − 150.5 = 19 and 170.5 − 149.5 = 21 billion.
        Assert.Contains("[19 billion, 21 billion] CNY", after, StringComparison.Ordinal);
        Assert.DoesNotContain("[9 billion, 11 billion] CNY", after, StringComparison.Ordinal);
        Assert.Contains("[9 billion, 11 billion] CNY", before, StringComparison.Ordinal);
        Assert.Contains("USD/CNY [7.2127659574468085106,", after, StringComparison.Ordinal); // 169.5 / 23.5
    }

    [IcuFact]
    public void Report_WithAnEcbFile_ChecksTheYuanDollarEquivalence()
    {
        string ecb = Path.Combine(AppContext.BaseDirectory, "Exchange", "Data", "eurofxref-hist.csv");
        string text = Run(new ReportOptions(new DateOnly(2025, 12, 5), ecb), out _);
        Assert.Contains("[Agrees] equivalent in USD", text, StringComparison.Ordinal);
        Assert.Contains("inside the implied range", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_UnknownOption_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ReportOptions.Parse(["--rate"]));
        Assert.Contains("--rate", e.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 12, 1), ReportOptions.Parse(["--as-of", "2025-12-01"]).AsOf);
    }

    [Fact]
    public void ReportSources_HaveNoFigureLiteralOutsideTheCatalog()
    {
        string report = File.ReadAllText(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "ClaimsReport.cs"));
        Assert.DoesNotContain("new Money(", report, StringComparison.Ordinal);
        Assert.DoesNotContain("1m / ", report, StringComparison.Ordinal);
        Assert.DoesNotContain("_000", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Estimate.Over", File.ReadAllText(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "ArticleClaims.cs")), StringComparison.Ordinal);
    }

    private static int CountOccurrences(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
