using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>
/// The cross-document timeline (identical statements merged, consistency across overlapping periods, increase between
/// neighbours in time and every fall) against the straightforward all-pairs check: on random small sets of the real
/// documents and of made-up one-line documents, every all-pairs disagreement is listed, each listed finding has the
/// all-pairs verdict of every pair it stands for, and no pair is counted twice.
/// </summary>
public sealed class CrossDocumentTimelineTests
{
    private static readonly ClaimsDocument[] Library = LoadAll();

    // MADE UP FOR TESTS: one company's revenue, stated in several ways for several periods.
    private static readonly string[] Figures = ["10 billion", "11 billion", "about 11 billion", "6 billion", "more than 5 billion", "less than 13 billion", "12 billion"];
    private static readonly string[] Periods = ["in 2024", "in 2025", "in 2026", "in the first quarter of 2025"];

    // The shipped documents, with the plan and forecasts of the across-documents tests before the real articles'.
    private static ClaimsDocument[] LoadAll()
    {
        var shipped = DocumentFiles.Shipped();
        return [.. shipped[..3], StatementsAcrossDocumentsTests.LoadPlan(), StatementsAcrossDocumentsTests.LoadForecast(), StatementsAcrossDocumentsTests.LoadForecast("20", "rounded"), .. shipped[3..]];
    }

    /// <summary>A made-up document of one company's revenue: each (figure, period) one claim; a part "from China" when asked.</summary>
    internal static ClaimsDocument MadeUpRevenue(int number, IReadOnlyList<(int Figure, int Period, bool Part)> claims)
    {
        var text = new System.Text.StringBuilder("MADE UP FOR TESTS.");
        var json = new List<string>();
        for (int k = 0; k < claims.Count; k++)
        {
            var (f, p, part) = claims[k];
            string metric = part ? "revenue from China" : "revenue";
            string quote = $"{metric} was {Figures[f]} dollars {Periods[p]}";
            text.Append(' ').Append("Its ").Append(quote).Append('.');
            string partOf = part ? ", \"partOf\": { \"subject\": \"Acme\", \"metric\": \"revenue\" }" : string.Empty;
            string figure = Figures[f];
            json.Add($$"""{ "id": "c{{k}}", "subject": "{{(k % 2 == 0 ? "Acme" : "ACME")}}", "metric": "{{metric}}", "quote": "{{quote}}", "figure": "{{figure}}", "measure": { "kind": "money", "currency": "USD" }, "period": "{{Periods[p]}}", "source": "Made-up News"{{partOf}} }""");
        }

        string document = $$"""
            {
              "schema": "claims-document/v1",
              "article": { "title": "Revenue {{number}} (made up for tests)", "publisher": "Made-up News", "language": "en", "published": "2027-01-15", "text": "revenue.txt", "madeUp": true },
              "claims": [ {{string.Join(", ", json)}} ]
            }
            """;
        return ClaimsDocument.Parse(document, text.ToString());
    }

    private static bool Has(CrossDocumentStatement s, ClaimsDocument document, DocumentClaim claim) =>
        s.Sources.Any(x => ReferenceEquals(x.Document, document) && ReferenceEquals(x.Claim, claim));

    private static bool Covers(CrossDocumentFinding f, CrossDocumentCheck c) =>
        f.Kind == c.Kind && Equals(f.Relation, c.Relation)
        && (Has(f.First, c.FirstDocument, c.FirstClaim) && Has(f.Second, c.SecondDocument, c.SecondClaim)
            || c.Kind == RelationKind.Consistent && c.Relation is null && Has(f.First, c.SecondDocument, c.SecondClaim) && Has(f.Second, c.FirstDocument, c.FirstClaim));

    /// <summary>The law: every all-pairs disagreement is listed; every listed finding has, for each all-pairs pair it covers, that pair's verdict; no pair twice.</summary>
    private static bool AgreesWithAllPairs(ClaimsDocument[] documents)
    {
        var timeline = CrossDocumentChecks.Timeline(documents);
        var allPairs = CrossDocumentChecks.CheckAllPairs(documents);
        foreach (var c in allPairs)
        {
            var covering = timeline.Findings.Where(f => Covers(f, c)).ToList();
            if (c.Verdict == Verdict.Disagrees && covering.Count == 0)
            {
                return false;
            }

            if (covering.Any(f => f.Verdict != c.Verdict))
            {
                return false;
            }
        }

        long counted = timeline.Findings.Sum(f => f.Pairs) + timeline.AgreeingPairs;
        return timeline.Findings.All(f => f.Verdict != Verdict.Agrees && allPairs.Any(c => Covers(f, c)))
            && counted <= allPairs.Count
            && timeline.Statements.Sum(s => s.Sources.Count) == documents.Sum(d => d.Claims.Count);
    }

    [Property(MaxTest = 60)]
    public Property Timeline_ListsEveryAllPairsDisagreement_OnRandomSetsOfTheRealDocuments() => Prop.ForAll(
        Gen.ListOf(Gen.Choose(0, Library.Length - 1)).Select(l => l.Take(7).ToArray()).ToArbitrary(),
        picks => AgreesWithAllPairs([.. picks.Select(i => Library[i])]));

    [Property(MaxTest = 150)]
    public Property Timeline_ListsEveryAllPairsDisagreement_OnRandomMadeUpStatements()
    {
        var claim = from f in Gen.Choose(0, Figures.Length - 1) from p in Gen.Choose(0, Periods.Length - 1) from part in Gen.Elements(false, false, false, true) select (f, p, part);
        var document = Gen.NonEmptyListOf(claim).Select(l => l.Distinct().Take(4).ToArray());
        return Prop.ForAll(
            Gen.ListOf(document).Select(l => l.Take(6).ToArray()).ToArbitrary(),
            docs => AgreesWithAllPairs([.. docs.Select((d, i) => MadeUpRevenue(i, d))]));
    }

    [Fact]
    public void AFall_BelowAnEarlierFigure_IsListed_ThoughTheNeighboursBetweenAreInconclusive()
    {
        // 11 billion in 2024, more than 5 billion in 2025, 6 billion in 2026: each step overlaps, the whole is a fall.
        ClaimsDocument[] documents = [MadeUpRevenue(0, [(1, 0, false)]), MadeUpRevenue(1, [(4, 1, false)]), MadeUpRevenue(2, [(3, 2, false)])];
        var timeline = CrossDocumentChecks.Timeline(documents);
        Assert.Equal(
            ["Increase c0 c0 Inconclusive", "Increase c0 c0 Disagrees", "Increase c0 c0 Inconclusive"],
            timeline.Findings.Select(f => $"{f.Kind} {f.First.Claim.Id} {f.Second.Claim.Id} {f.Verdict}"));
        var fall = timeline.Findings[1];
        Assert.Same(documents[0], fall.First.Sources[0].Document);
        Assert.Same(documents[2], fall.Second.Sources[0].Document);
        Assert.Equal(0, timeline.Agreements);
    }

    [Fact]
    public void CopiesOfOneDocument_AreOneStatementEach_WithTheirSources_NotTheSquareOfTheCopies()
    {
        // Two copies of the seed already pair each copy's claims with the other's: 200 copies add sources, not findings.
        var two = CrossDocumentChecks.Timeline([DocumentFiles.Seed, DocumentFiles.Seed, DocumentFiles.MadeUp]);
        var copies = Enumerable.Repeat(DocumentFiles.Seed, 200).Append(DocumentFiles.MadeUp).ToArray();
        var many = CrossDocumentChecks.Timeline(copies);

        Assert.Equal(two.Statements.Count, many.Statements.Count);
        Assert.Equal(two.Findings.Select(f => $"{f.Kind} {f.First.Claim.Id} {f.Second.Claim.Id} {f.Verdict}"), many.Findings.Select(f => $"{f.Kind} {f.First.Claim.Id} {f.Second.Claim.Id} {f.Verdict}"));
        Assert.Equal(DocumentFiles.Seed.Claims.Count, many.Repeated.Count); // every claim of the seed, 200 times
        Assert.All(many.Repeated, s => Assert.Equal(200, s.Sources.Count));
        Assert.All(many.Repeated, s => Assert.Equal(200, s.DocumentCount));

        // 200 × 1 pairs of the seed's budget against the made-up one: one finding.
        var budget = many.Findings.Single(f => f.First.Claim.Id == "capex-2026-cny" && f.Second.Claim.Id == "budget-2026");
        Assert.Equal(Verdict.Disagrees, budget.Verdict);
        Assert.Equal(200, budget.Pairs);
        Assert.True(many.AgreeingPairs > 100 * two.AgreeingPairs); // the copies' pairs among themselves, counted
    }

    [Fact]
    public void SeedAndMadeUp_DisagreementsAreListed_AgreementsCounted()
    {
        var timeline = CrossDocumentChecks.Timeline([DocumentFiles.Seed, DocumentFiles.MadeUp]);
        string[] listed = [.. timeline.Findings.Select(f => $"{f.Kind} {f.First.Claim.Id} {f.Second.Claim.Id} {f.Verdict}")];
        Assert.Contains("Consistent capex-2026-cny budget-2026 Disagrees", listed);
        Assert.Contains("Increase doubao-mau-aug doubao-mau-sep Disagrees", listed);
        Assert.Contains("Increase budget-2025 capex-2026-cny Disagrees", listed);
        Assert.DoesNotContain(timeline.Findings, f => f.Verdict == Verdict.Agrees);
        Assert.True(timeline.Agreements > 0);
        Assert.Empty(timeline.Repeated);
        Assert.Equal(DocumentFiles.Seed.Claims.Count + DocumentFiles.MadeUp.Claims.Count, timeline.Claims);
        Assert.Contains("capex-2026-cny", timeline.Findings[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_BeyondItsBound_RefusesClearly()
    {
        ClaimsDocument[] documents = [DocumentFiles.Seed, DocumentFiles.MadeUp];
        var ex = Assert.Throws<ArgumentException>(() => CrossDocumentChecks.Timeline(documents, 1));
        Assert.Contains("more than 1 findings", ex.Message, StringComparison.Ordinal);
        Assert.Equal("documents", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => CrossDocumentChecks.Timeline(documents, -1));
        Assert.Throws<ArgumentNullException>(() => CrossDocumentChecks.Timeline(null!));
        Assert.Throws<ArgumentNullException>(() => CrossDocumentChecks.Timeline([DocumentFiles.Seed, null!]));
        Assert.Empty(CrossDocumentChecks.Timeline([DocumentFiles.Seed]).Findings);
        Assert.Empty(CrossDocumentChecks.Timeline([]).Statements);
    }
}
