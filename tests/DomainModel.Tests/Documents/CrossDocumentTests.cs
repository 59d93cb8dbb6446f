using System;
using System.Linq;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>Claims of the seed article against the made-up article's claims about the same subject and metric.</summary>
public sealed class CrossDocumentTests
{
    private static readonly ClaimsDocument Seed = DocumentFiles.Seed;
    private static readonly ClaimsDocument MadeUp = DocumentFiles.MadeUp;
    private static readonly CrossDocumentCheck[] Checks = [.. CrossDocumentChecks.Check([Seed, MadeUp])];

    private static CrossDocumentCheck Find(string first, string second) => Checks.Single(c => c.FirstClaim.Id == first && c.SecondClaim.Id == second);

    [Fact]
    public void SameBudget_FromTwoArticles_Disagrees()
    {
        // 160 ± 0.5 billion yuan (the seed) against 200 ± 0.5 (made up), both for 2026.
        var check = Find("capex-2026-cny", "budget-2026");
        Assert.Equal(RelationKind.Consistent, check.Kind);
        Assert.Same(Seed, check.FirstDocument);
        Assert.Same(MadeUp, check.SecondDocument);
        SeedDocumentTests.AssertRatio(check.Check, Verdict.Disagrees, 159.5m / 200.5m, 160.5m / 199.5m);
        Assert.Contains(Seed.Article.Title, check.ToString(), StringComparison.Ordinal);
        Assert.Contains(MadeUp.Article.Title, check.ToString(), StringComparison.Ordinal);
        Assert.Equal(Verdict.Disagrees, Find("capex-2026-usd", "budget-2026-usd").Verdict);
    }

    [Fact]
    public void Figures_OverTime_AreCheckedAsAnIncrease_EarlierFirst()
    {
        // Doubao: 157 million in August (seed), 150 million in September (made up): a fall.
        var fall = Find("doubao-mau-aug", "doubao-mau-sep");
        Assert.Equal(RelationKind.Increase, fall.Kind);
        SeedDocumentTests.AssertRatio(fall.Check, Verdict.Disagrees, 149.5m / 157.5m, 150.5m / 156.5m);
        Assert.Same(MadeUp, Find("doubao-mau-sep", "doubao-mau-oct").FirstDocument);
        Assert.Equal(Verdict.Agrees, Find("doubao-mau-oct", "doubao-mau-nov").Verdict);

        // 250 billion yuan in 2025 (made up) before 160 in 2026 (seed).
        Assert.Equal(Verdict.Disagrees, Find("budget-2025", "capex-2026-cny").Verdict);
    }

    [Fact]
    public void APart_IsCheckedAgainstTheWholeOfTheOtherArticle()
    {
        // The seed's 85 billion for processors within the made-up 250 billion for 2025: 33.7 % to 34.3 %.
        var part = Find("chips-2025-cny", "budget-2025");
        Assert.Equal(RelationKind.PartOf, part.Kind);
        SeedDocumentTests.AssertRatio(part.Check, Verdict.Agrees, 84.5m / 250.5m, 85.5m / 249.5m);
        Assert.Equal(Verdict.Agrees, Find("chips-2025", "capex-2025-cny").Verdict);
    }

    [Fact]
    public void ClaimsOfOneDocument_OrOfDifferentUnits_AreNotPaired()
    {
        Assert.Empty(CrossDocumentChecks.Check([Seed]));
        Assert.Empty(CrossDocumentChecks.Check([]));
        Assert.DoesNotContain(Checks, c => c.FirstDocument == c.SecondDocument);
        Assert.DoesNotContain(Checks, c => c.FirstClaim.Claim.UnitText != c.SecondClaim.Claim.UnitText);
        Assert.DoesNotContain(Checks, c => c.FirstClaim.Id == "capex-2026-cny" && c.SecondClaim.Id == "budget-2026-usd");
        Assert.Equal(20, Checks.Length);
    }
}
