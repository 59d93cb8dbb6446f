using System;
using System.IO;
using System.Text.Json;
using DomainModel.ArticleReport;
using DomainModel.ArticleReport.Rendering;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary>
/// The report shows where each claim's period comes from: the article's words, words relative to another claim's
/// period ("relativeTo"), or a period the document states with its reason, shown as the document's reading and not as
/// the article's words. The article and its figures are made up for tests.
/// </summary>
public sealed class PeriodReadingReportTests
{
    private const string Text =
        "MADE UP FOR TESTS. In the third quarter of 2025 revenue was $12.4 billion, compared with $10.1 billion a year earlier. " +
        "The company closed the quarter with $3.2 billion in cash.";

    private const string Json = """
        { "schema": "claims-document/v1", "article": { "title": "t", "publisher": "p", "language": "en", "published": "2025-11-20", "text": "a.txt", "madeUp": true },
          "claims": [
            { "id": "revenue-q3", "subject": "Made-up Co", "metric": "revenue", "quote": "revenue was $12.4 billion", "figure": "$12.4 billion", "measure": { "kind": "money", "currency": "USD" }, "period": "the third quarter of 2025", "source": "made up" },
            { "id": "revenue-q3-2024", "subject": "Made-up Co", "metric": "revenue", "quote": "$10.1 billion a year earlier", "figure": "$10.1 billion", "measure": { "kind": "money", "currency": "USD" }, "period": "a year earlier", "relativeTo": "revenue-q3", "source": "made up" },
            { "id": "cash", "subject": "Made-up Co", "metric": "cash", "quote": "closed the quarter with $3.2 billion in cash", "figure": "$3.2 billion", "measure": { "kind": "money", "currency": "USD" },
              "period": { "from": "2025-09-30", "to": "2025-09-30", "reason": "cash at the end of the quarter the release covers" }, "source": "made up" }
          ] }
        """;

    private static ClaimsReport Report() => new(ClaimsDocument.Parse(Json, Text), new ReportOptions(ReportOptions.DefaultAsOf, null), null);

    [Fact]
    public void Tables_ShowTheReferenceAndTheDocumentsReading()
    {
        using var writer = new StringWriter();
        TableReport.Write(TableReport.Console(writer, false, 1000), Report());
        string text = writer.ToString();
        Assert.Contains("\"a year earlier\", relative to revenue-q3's period", text, StringComparison.Ordinal);
        Assert.Contains("the document's reading (not the article's words): cash at the end of the quarter the release covers", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"\"", text, StringComparison.Ordinal); // no empty quotes for a period without words
    }

    [Fact]
    public void Html_ShowsThem_AndJson_CarriesTheReferenceAndTheReason()
    {
        string html = HtmlReport.ToHtml(Report(), new ReviewOptions("DomainModel fact check (made up)", new DateOnly(2026, 1, 15)));
        Assert.Contains(HtmlReport.E("2024-07-01..2024-09-30 \"a year earlier\", relative to revenue-q3's period"), html, StringComparison.Ordinal);
        Assert.Contains(HtmlReport.E("2025-09-30..2025-09-30, the document's reading (not the article's words): cash at the end of the quarter the release covers"), html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(JsonReport.ToUtf8(Report()));
        var claims = json.RootElement.GetProperty("claims");
        Assert.Equal("2025-07-01..2025-09-30", claims[1].GetProperty("claim").GetProperty("period").GetProperty("relativeTo").GetProperty("span").GetString());
        Assert.Equal("cash at the end of the quarter the release covers", claims[2].GetProperty("claim").GetProperty("period").GetProperty("reason").GetString());
        Assert.Equal(string.Empty, claims[2].GetProperty("claim").GetProperty("period").GetProperty("text").GetString());
    }
}
