using System;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>The made-up English article (Documents/Data/chips-race.en.txt): its document contradicts each relation once.</summary>
public sealed class MadeUpDocumentTests
{
    private static readonly ClaimsDocument MadeUp = DocumentFiles.MadeUp;

    [Fact]
    public void Article_IsMarkedMadeUp_AndReadAsOfItsPublicationDate()
    {
        Assert.True(MadeUp.Article.MadeUp);
        Assert.StartsWith("MADE UP FOR TESTS", MadeUp.Article.Text, StringComparison.Ordinal);
        Assert.Equal(NewsLanguage.English, MadeUp.Article.Language);
        Assert.Equal(new DateOnly(2026, 1, 15), MadeUp.Article.AsOf.Date);
        Assert.False(MadeUp.Article.AsOfGiven);
        Assert.Equal("the publication date", MadeUp.Article.AsOf.Reason);
        Assert.Empty(MadeUp.UncoveredFigures());
    }

    [Fact]
    public void EveryRelationKind_IsStated_AndContradicted()
    {
        Assert.Equal(Enum.GetValues<RelationKind>().Order(), MadeUp.Relations.Select(r => r.Kind).Order());
        Assert.All(MadeUp.Check(), c => Assert.Equal(Verdict.Disagrees, c.Verdict));
    }

    [Theory]
    [InlineData("increase-contradicted", 199.5, 250.5, 200.5, 249.5)] // 200 after 250: a fall
    [InlineData("decrease-contradicted", 179.5, 150.5, 180.5, 149.5)] // "fell" from 150 to 180 million
    [InlineData("exceeds-contradicted", 39, 80.5, 41, 79.5)] // "about 40" (39 to 41, one unit either side) does not exceed 80
    [InlineData("below-contradicted", 299.5, 200.5, 300.5, 199.5)] // 300 is not below 200
    [InlineData("approaches-contradicted", 89.5, 60.5, 90.5, 59.5)] // 90 is past 60, not approaching it
    [InlineData("about-half-contradicted", 49.5, 250.5, 50.5, 249.5)] // 50 of 250 is a fifth
    [InlineData("fits-within-contradicted", 90000, 40000, 90000, 40000)] // 90,000 in a batch of 40,000
    [InlineData("part-of-contradicted", 259.5, 200.5, 260.5, 199.5)] // a part of 260 of a whole of 200
    [InlineData("multiple-contradicted", 89.5, 5.5, 90.5, 4.5)] // 90 over 5 is 18 times, not ten
    [InlineData("percent-above-contradicted", 199.5, 180.5, 200.5, 179.5)] // 200 is 11 % above 180, not 25 %
    [InlineData("percent-below-contradicted", 54.5, 60.5, 55.5, 59.5)] // 55 is 8.3 % below 60, not 6 %
    [InlineData("consistent-contradicted", 44.5, 90.5, 45.5, 89.5)] // 45 and 90 do not overlap
    public void Relation_Disagrees_WithTheRatioOfItsFigures(string id, double lowTop, double lowBottom, double highTop, double highBottom)
    {
        var check = MadeUp.Relations.Single(r => r.Id == id).Check();
        decimal low = (decimal)lowTop / (decimal)lowBottom, high = (decimal)highTop / (decimal)highBottom;
        SeedDocumentTests.AssertRatio(check, Verdict.Disagrees, low, high);
    }

    [Fact]
    public void Conversion_AtTheDocumentsRate_Disagrees()
    {
        var relation = MadeUp.Relations.Single(r => r.Kind == RelationKind.Equivalent);
        Assert.Equal(RateSource.Document, relation.RateSource);
        var check = relation.Check();
        Assert.Equal(Verdict.Disagrees, check.Verdict);

        // 200 ± 0.5 billion CNY at 7.1 CNY per USD: 28.10 to 28.24 billion USD, not "about 40 billion dollars".
        Assert.InRange(check.ComputedInterval.Lower!.Value, 28.09m * 1e9m, 28.1m * 1e9m);
        Assert.InRange(check.ComputedInterval.Upper!.Value, 28.23m * 1e9m, 28.25m * 1e9m);
    }

    [Fact]
    public void ImpliedRate_FromTwoOtherClaims_IsAccepted()
    {
        // The article's own implied rate: convert the 2026 budget with the rate its two 2026 figures imply (a tautology that must agree or be inconclusive).
        string json = DocumentFiles.MadeUpJson.Replace(
            "\"rate\": {\n        \"source\": \"document\",\n        \"base\": \"USD\",\n        \"quote\": \"CNY\",\n        \"value\": 7.1,\n        \"date\": \"2026-01-15\",\n        \"provider\": \"made-up rate for tests\"\n      }",
            "\"rate\": { \"source\": \"implied\", \"claims\": [\"budget-2026-usd\", \"budget-2026\"] }",
            StringComparison.Ordinal);
        Assert.Contains("implied", json, StringComparison.Ordinal);
        var document = ClaimsDocument.Parse(json, DocumentFiles.MadeUpText);
        var relation = document.Relations.Single(r => r.Kind == RelationKind.Equivalent);
        Assert.Equal(RateSource.Implied, relation.RateSource);
        Assert.NotEqual(Verdict.Disagrees, relation.Check().Verdict);
    }
}
