using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.Docs;

/// <summary>The code of docs/documents.md, run and checked; its example document loads; its JSON blocks parse and name every relation.</summary>
public sealed partial class DocumentsGuideTests
{
    private static readonly string Guide = File.ReadAllText(RepositoryPaths.Combine("docs", "documents.md"));

    [Fact]
    public void LoadAndCheck()
    {
        string path = RepositoryPaths.Combine("docs", "documents", "acme.en.claims.json");

        #region snippet: documents-load
        // The article's text is found next to the document ("article.text" is relative to it).
        ClaimsDocument document = ClaimsDocument.Load(path);

        foreach (ClaimCheck check in document.Check())
        {
            Console.WriteLine(check);          // [Agrees] increase (capex-2025, capex-2026): ... change [+9.52 %, +31.58 %]
        }

        var revenue = (Claim<Money>)document.Claim("revenue-fy2026").Claim;
        DateOnly fiscalStart = revenue.Period.Span.Start;            // 2025-04-01: Acme's fiscal 2026, as the document defines it
        int uncovered = document.UncoveredFigures().Count;           // 0: every figure of the text is quoted by a claim

        // A bad document: one exception type, the JSON path and the problem.
        string bad = File.ReadAllText(path).Replace("\"USD\"", "\"USX\"");
        if (!ClaimsDocument.TryParse(bad, document.Article.Text, out _, out ClaimsDocumentException? error))
        {
            Console.WriteLine(error.Message);  // $.claims[0].measure.currency: unknown currency 'USX': expected an ISO 4217 code ...
        }
        #endregion

        Assert.Equal(new DateOnly(2025, 4, 1), fiscalStart);
        Assert.Equal(0, uncovered);
        Assert.Equal("$.claims[0].measure.currency", error!.Path);
        Assert.Equal(
            [Verdict.Agrees, Verdict.Agrees, Verdict.Agrees, Verdict.Inconclusive],
            document.Check().Select(c => c.Verdict));
        Assert.True(document.Article.MadeUp);
    }

    [Fact]
    public void LoadingOptions()
    {
        string seedPath = RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "Documents", "bytedance-ai-2026.it.claims.json");

        #region snippet: documents-options
        var options = new ClaimsDocumentOptions
        {
            AsOf = new AsOfDate(new DateOnly(2023, 12, 31), "read as of the end of 2023"),
            Rates = ExchangeRateTable.Empty.With(new ExchangeRate(Currency.USD, Currency.CNY, 7.0m, new DateOnly(2023, 12, 29), RateKind.Spot, "made up")),
        };
        ClaimsDocument asOf2023 = ClaimsDocument.Load(seedPath, options);
        DateOnly thisYear = asOf2023.Claim("capex-2025-cny").Claim.Period.Span.Start; // 2023-01-01: "quest’anno" as of 2023
        #endregion

        Assert.Equal(new DateOnly(2023, 1, 1), thisYear);
        Assert.Equal("read as of the end of 2023", asOf2023.Article.AsOf.Reason);
    }

    [Fact]
    public void RelativeAndStatedPeriods()
    {
        string infineonPath = RepositoryPaths.Combine("docs", "articles", "infineon-q1-2025-26.de.claims.json");

        #region snippet: documents-periods
        ClaimsDocument infineon = ClaimsDocument.Load(infineonPath);
        DocumentClaim nextYear = infineon.Claim("ai-chip-revenue-fy2027");
        string? basis = nextYear.RelativeTo;                         // "ai-chip-revenue-fy2026": "im laufenden Geschäftsjahr 2025/26"
        DateRange fy2027 = nextYear.Claim.Period.Span;               // 2026-10-01..2027-09-30: the fiscal year after it
        DateRange fy2026 = nextYear.Claim.Period.Reference!.Value.Span; // 2025-10-01..2026-09-30

        // The same, without a document: the words and the period they refer to.
        ResolvedPeriod q3 = ResolvedPeriod.Parse("the three months ended Sept. 30, 2025", new DateOnly(2025, 11, 25));
        ResolvedPeriod yearEarlier = ResolvedPeriod.ParseRelative("nello stesso periodo dell'anno scorso", q3); // 2024-07-01..2024-09-30
        ResolvedPeriod previous = ResolvedPeriod.ParseRelative("im Vorquartal", q3);                           // 2025-04-01..2025-06-30

        // A period stated with its reason: no words of the article, the reader's reading.
        ResolvedPeriod stated = ResolvedPeriod.Stated(q3.Span, q3.AsOf, "the results release covers the quarter ended 30 September");
        bool isReading = stated.IsStated;                            // true; stated.Text is ""
        #endregion

        Assert.Equal("ai-chip-revenue-fy2026", basis);
        Assert.Equal(new DateRange(new DateOnly(2026, 10, 1), new DateOnly(2027, 9, 30)), fy2027);
        Assert.Equal(new DateRange(new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30)), fy2026);
        Assert.Equal(new DateRange(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30)), q3.Span);
        Assert.Equal(new DateRange(new DateOnly(2024, 7, 1), new DateOnly(2024, 9, 30)), yearEarlier.Span);
        Assert.Equal(new DateRange(new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)), previous.Span);
        Assert.True(isReading);
        Assert.Equal(string.Empty, stated.Text);
    }

    [Fact]
    public void AcrossArticles()
    {
        string seedPath = RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "Documents", "bytedance-ai-2026.it.claims.json");
        string madeUpPath = RepositoryPaths.Combine("tests", "DomainModel.Tests", "Documents", "Data", "chips-race.en.claims.json");

        #region snippet: documents-across
        var documents = new[] { ClaimsDocument.Load(seedPath), ClaimsDocument.Load(madeUpPath) };
        foreach (CrossDocumentCheck finding in CrossDocumentChecks.Check(documents))
        {
            // [Disagrees] same quantity: capex-2026-cny (ByteDance's AI ...) / budget-2026 (ByteDance outspends ...): ... do not overlap
            Console.WriteLine(finding);
        }

        // A conversion whose rate the caller passes ("rate": { "source": "provider" }).
        var rates = ExchangeRateTable.Empty.With(new ExchangeRate(Currency.USD, Currency.CNY, 7.0m, new DateOnly(2025, 12, 31), RateKind.Spot, "made up"));
        IReadOnlyList<ClaimCheck> all = documents[0].Check(rates);
        #endregion

        Assert.Equal(20, CrossDocumentChecks.Check(documents).Count);
        Assert.Equal(9, all.Count);
    }

    [Fact]
    public void JsonBlocks_Parse_AndNameEveryRelation()
    {
        var blocks = JsonBlock().Matches(Guide).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(blocks);
        foreach (string block in blocks)
        {
            using var parsed = JsonDocument.Parse(block);
        }

        string all = string.Join("\n", blocks);
        foreach (string type in new[] { "increase", "decrease", "exceeds", "below", "approaches", "aboutFraction", "equivalent", "fitsWithin", "partOf", "multiple", "percentAbove", "percentBelow", "consistent", "total", "ratio", "growth", "difference", "perPeriod", "impliedRate", "convert" })
        {
            Assert.Contains("\"type\": \"" + type + "\"", all, StringComparison.Ordinal);
        }

        string schema = File.ReadAllText(RepositoryPaths.Combine("docs", "schema", "claims-document.v1.schema.json"));
        Assert.Equal(13 + 7, Regex.Matches(schema, "\"type\": \\{\\s*\"const\"").Count); // the relations and the derived figures
        Assert.Contains("\"const\": \"" + ClaimsDocument.SchemaVersion + "\"", schema, StringComparison.Ordinal);
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
