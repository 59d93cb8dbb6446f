using System;
using System.Linq;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>Statements marked "not checkable", relations naming a claim of another document, and the loading options.</summary>
public sealed class StatementsAcrossDocumentsTests
{
    // MADE UP FOR TESTS: a plan in one article, a forecast and an unchecked multiple in another.
    private const string PlanText = "MADE UP FOR TESTS. Acme plans to spend 160 billion yuan on AI in 2026.";
    private const string ForecastText = "MADE UP FOR TESTS. Acme's AI spending will exceed 200 billion yuan in 2026, at least 25% above its plan. "
        + "Its token use rose 1,000x since its launch, and it served 30 million users this year.";

    private static string Plan(string id = "acme-plan") => $$"""
        {
          "schema": "claims-document/v1",
          "id": "{{id}}",
          "article": { "title": "Plan", "publisher": "Made-up News", "language": "en", "published": "2025-12-01", "text": "plan.txt", "madeUp": true },
          "claims": [
            { "id": "capex-2026", "subject": "Acme", "metric": "AI spending", "quote": "plans to spend 160 billion yuan", "figure": "160 billion", "measure": { "kind": "money", "currency": "CNY" }, "period": "in 2026", "source": "Acme" }
          ]
        }
        """;

    private static string Forecast(string percent = "25", string bound = "atLeast", string target = "acme-plan#capex-2026") => $$"""
        {
          "schema": "claims-document/v1",
          "id": "acme-forecast",
          "article": { "title": "Forecast", "publisher": "Made-up News", "language": "en", "published": "2026-01-15", "text": "forecast.txt", "madeUp": true },
          "claims": [
            { "id": "capex-2026", "subject": "Acme", "metric": "AI spending", "quote": "will exceed 200 billion yuan", "figure": "exceed 200 billion", "measure": { "kind": "money", "currency": "CNY" }, "period": "in 2026", "source": "Acme" },
            { "id": "users", "subject": "Acme", "metric": "users", "quote": "served 30 million users this year", "figure": "30 million", "notCheckable": "a count of users without a window (daily, monthly) the format can state" }
          ],
          "relations": [
            { "id": "above-plan", "type": "percentAbove", "claims": ["capex-2026", "{{target}}"], "percent": {{percent}}, "bound": "{{bound}}", "quote": "at least 25% above its plan" },
            { "id": "tokens-1000x", "type": "multiple", "quote": "rose 1,000x since its launch", "notCheckable": "the token use at the launch is not stated" }
          ]
        }
        """;

    internal static ClaimsDocument LoadPlan(string id = "acme-plan") => ClaimsDocument.Parse(Plan(id), PlanText);

    internal static ClaimsDocument LoadForecast(string percent = "25", string bound = "atLeast", string target = "acme-plan#capex-2026") =>
        ClaimsDocument.Parse(Forecast(percent, bound, target), ForecastText);

    [Fact]
    public void NotCheckable_ClaimAndRelation_AreKeptWithTheirReason_AndCovered()
    {
        var doc = LoadForecast();
        Assert.Single(doc.Claims);
        Assert.Equal(["users", "tokens-1000x"], doc.NotCheckable.Select(s => s.Id));
        var multiple = doc.NotCheckable.Single(s => s.IsRelation);
        Assert.Equal(RelationKind.Multiple, multiple.Kind);
        Assert.Equal("the token use at the launch is not stated", multiple.Reason);
        Assert.Equal("rose 1,000x since its launch", multiple.Quote!.Value.Text);
        var users = doc.NotCheckable.Single(s => !s.IsRelation);
        Assert.Equal("Acme", users.Subject);
        Assert.Null(users.Kind);
        Assert.Empty(doc.UncoveredFigures()); // 200 billion, 25%, 1,000x, 30 million: each inside a quote
        Assert.Equal(doc.ToJson(), ClaimsDocument.Parse(doc.ToJson(), ForecastText).ToJson());
    }

    [Fact]
    public void NotCheckable_WithAnEmptyReason_IsRefused()
    {
        var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse(Forecast().Replace("the token use at the launch is not stated", " ", StringComparison.Ordinal), ForecastText));
        Assert.Equal("$.relations[1].notCheckable", e.Path);
    }

    [Fact]
    public void CrossDocumentRelation_IsKeptApart_AndCheckedWithTheDocumentItNames()
    {
        var plan = LoadPlan();
        var forecast = LoadForecast();
        Assert.Empty(forecast.Relations);
        var relation = Assert.Single(forecast.CrossDocumentRelations);
        Assert.True(relation.IsCrossDocument);
        Assert.Equal(["capex-2026", "acme-plan#capex-2026"], relation.ClaimIds);
        Assert.Throws<InvalidOperationException>(() => relation.Check());

        var findings = CrossDocumentChecks.Check([plan, forecast]);
        // The pair is named by the relation: it is not paired again as "the same quantity" (200+ bn against 160 bn).
        var finding = Assert.Single(findings);
        Assert.Same(relation, finding.Relation);
        Assert.Equal(RelationKind.PercentAbove, finding.Kind);
        Assert.Equal("capex-2026", finding.FirstClaim.Id);
        Assert.Same(forecast, finding.FirstDocument);
        Assert.Same(plan, finding.SecondDocument);
        // Over 200 bn against 159.5–160.5 bn: the ratio exceeds 200 / 160.5 = 1.2461 (24.6 % above), with no upper bound;
        // "at least 25 %" is neither shown nor ruled out.
        Assert.Equal(Verdict.Inconclusive, finding.Verdict);
        Assert.Equal(Verdict.Agrees, Assert.Single(CrossDocumentChecks.Check([plan, LoadForecast("24", "atLeast")])).Verdict); // 24.6 % > 24 %
        Assert.Equal(Verdict.Disagrees, Assert.Single(CrossDocumentChecks.Check([plan, LoadForecast("20", "atMost")])).Verdict); // above 24.6 %, not at most 20 %
        Assert.Equal(Verdict.Disagrees, Assert.Single(CrossDocumentChecks.Check([plan, LoadForecast("20", "rounded")])).Verdict); // not 19.5 % to 20.5 %
    }

    [Fact]
    public void WithoutTheRelation_TheSameSubjectAndMetric_ArePaired()
    {
        string json = Forecast().Replace("\"claims\": [\"capex-2026\", \"acme-plan#capex-2026\"], \"percent\": 25, \"bound\": \"atLeast\", ", "\"notCheckable\": \"checked elsewhere\", ", StringComparison.Ordinal);
        var forecast = ClaimsDocument.Parse(json, ForecastText);
        var finding = Assert.Single(CrossDocumentChecks.Check([LoadPlan(), forecast]));
        Assert.Null(finding.Relation);
        Assert.Equal(RelationKind.Consistent, finding.Kind);
        Assert.Equal(Verdict.Disagrees, finding.Verdict); // over 200 bn and 159.5–160.5 bn do not overlap
    }

    [Fact]
    public void CrossDocumentRelation_NamingADocumentNotGiven_GivesNoFinding()
    {
        Assert.DoesNotContain(CrossDocumentChecks.Check([LoadPlan("other-plan"), LoadForecast()]), f => f.Relation is not null);
    }

    [Theory]
    [InlineData("acme plan#capex-2026", "$.relations[0].claims[1]")]
    [InlineData("acme-plan#", "$.relations[0].claims[1]")]
    [InlineData("acme-forecast#capex-2026", "$.relations[0].claims")]
    public void CrossDocumentReference_Malformed_IsRefused(string target, string path)
    {
        var e = Assert.Throws<ClaimsDocumentException>(() => LoadForecast(target: target));
        Assert.Equal(path, e.Path);
    }

    [Fact]
    public void Options_AsOf_ReplacesTheDocumentsDate_AndIsWritten()
    {
        var asOf = new AsOfDate(new DateOnly(2023, 12, 31), "given by the caller");
        var seed = ClaimsDocument.Load(DocumentFiles.SeedPath, new ClaimsDocumentOptions { AsOf = asOf });
        Assert.Equal(asOf.Date, seed.Article.AsOf.Date);
        Assert.Equal("given by the caller", seed.Article.AsOf.Reason);
        // "quest’anno" is the as-of year: 2023 instead of 2025.
        Assert.Equal(new DateOnly(2023, 1, 1), seed.Claim("capex-2025-cny").Claim.Period.Span.Start);
        Assert.Contains("\"date\": \"2023-12-31\"", seed.ToJson(), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 12, 31), ClaimsDocument.Load(DocumentFiles.SeedPath, ClaimsDocumentOptions.Default).Article.AsOf.Date);
    }

    [Fact]
    public void ShareClaim_WrittenAsAPercentage_IsAFraction()
    {
        var nvidia = ClaimsDocument.Load(DomainModel.Tests.Infrastructure.RepositoryPaths.Combine("docs", "articles", "nvidia-q1-fy2026.en.claims.json"));
        var margin = nvidia.Claim("gaap-gross-margin-q1").Claim.Interval; // "60.5%": 60.45 % to 60.55 %
        Assert.Equal(0.6045m, margin.Lower);
        Assert.Equal(0.6055m, margin.Upper);
    }
}
