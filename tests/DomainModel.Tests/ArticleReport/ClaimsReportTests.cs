using System;
using System.IO;
using DomainModel.ArticleReport;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary>The main job, end to end: the report over the article as shipped.</summary>
public sealed class ClaimsReportTests
{
    private static string Run(ReportOptions options, out bool allQuotesFound)
    {
        string article = File.ReadAllText(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "article.it.txt"));
        var report = new ClaimsReport(article, options);
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
        Assert.Equal(ArticleClaims.All.Count, CountOccurrences(text, "; source: "));
    }

    [IcuFact]
    public void Report_Verdicts_FlagAboutHalfAndApproaching()
    {
        string text = Run(new ReportOptions(ReportOptions.DefaultAsOf, null), out _);
        Assert.Contains("Verdicts: 4 agrees, 2 disagrees, 1 inconclusive.", text, StringComparison.Ordinal);
        Assert.Contains("[Disagrees] about 50 %", text, StringComparison.Ordinal);
        Assert.Contains("[Disagrees] approaches", text, StringComparison.Ordinal);
        Assert.Contains("USD 400000000", text, StringComparison.Ordinal);
        Assert.Contains("56.7 %", text, StringComparison.Ordinal);
        Assert.Contains("Microsoft FY2025 (2024-07-01..2025-06-30): shares 181 of its 365 days", text, StringComparison.Ordinal);
        Assert.Contains("fall in Nvidia FY2027 Q1", text, StringComparison.Ordinal);
        Assert.Contains("period: Exact 2025-08-01..2025-08-31 \"ad agosto\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not resolved", text, StringComparison.Ordinal);
    }

    [IcuFact]
    public void Report_WithAnEcbFile_ChecksTheYuanDollarEquivalence()
    {
        string ecb = Path.Combine(AppContext.BaseDirectory, "Exchange", "Data", "eurofxref-hist.csv");
        string text = Run(new ReportOptions(new DateOnly(2025, 12, 5), ecb), out _);
        Assert.Contains("equivalent in USD", text, StringComparison.Ordinal);
        Assert.Contains("inside the implied range", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_UnknownOption_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ReportOptions.Parse(["--rate"]));
        Assert.Contains("--rate", e.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 12, 1), ReportOptions.Parse(["--as-of", "2025-12-01"]).AsOf);
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
