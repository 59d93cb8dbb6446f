using System;
using System.Linq;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>The seed article's document: every claim and relation the report checks, expectations worked out by hand from the article's words.</summary>
public sealed class SeedDocumentTests
{
    private const decimal Billion = 1_000_000_000m;
    private const decimal Trillion = 1_000_000_000_000m;
    private static readonly ClaimsDocument Seed = DocumentFiles.Seed;

    [Fact]
    public void Article_IsTheSeedArticle_ReadAsOfTheEndOf2025()
    {
        Assert.Equal(NewsLanguage.Italian, Seed.Article.Language);
        Assert.Equal(ScalePolicy.ShortScale, Seed.Article.Scale);
        Assert.Equal(new DateOnly(2025, 12, 31), Seed.Article.AsOf.Date);
        Assert.True(Seed.Article.AsOfGiven);
        Assert.False(Seed.Article.MadeUp);
        Assert.Equal("../article.it.txt", Seed.Article.TextPath);
        Assert.Equal(DocumentFiles.SeedText, Seed.Article.Text);
    }

    [Fact]
    public void Claims_AreTheThirteenFiguresOfTheArticle()
    {
        string[] ids =
        [
            "capex-2026-cny", "capex-2026-usd", "capex-2025-cny", "chips-2025-cny", "bigtech-2025-usd", "h200-first-batch", "h200-order",
            "h200-price", "doubao-mau-aug", "doubao-mau-oct", "tokens-oct", "tokens-dec", "tokens-google",
        ];
        Assert.Equal(ids, Seed.Claims.Select(c => c.Id));
        var capex = Assert.IsType<Claim<Money>>(Seed.Claim("capex-2026-cny").Claim);
        Assert.Equal(159.5m * Billion, capex.Interval.Lower);
        Assert.Equal(160.5m * Billion, capex.Interval.Upper);
        Assert.Equal(Currency.CNY, capex.Estimate.Stated.Currency);
        Assert.Equal(DateRange.OfYear(2026), capex.Period.Span);
        Assert.Equal(DocumentFiles.SeedText.IndexOf("prevede di investire 160", StringComparison.Ordinal), capex.Quote.Offset);

        var usd = Assert.IsType<Claim<Money>>(Seed.Claim("capex-2026-usd").Claim);
        Assert.Equal(EstimateKind.About, usd.Estimate.Kind);
        Assert.Equal(22m * Billion, usd.Interval.Lower); // "circa 23 miliardi": one unit (a billion) either side
        Assert.Equal(24m * Billion, usd.Interval.Upper);

        var bigTech = Seed.Claim("bigtech-2025-usd").Claim;
        Assert.Equal((350m * Billion, 400m * Billion), (bigTech.Interval.Lower!.Value, bigTech.Interval.Upper!.Value));
        var order = Assert.IsType<Claim<UnitCount>>(Seed.Claim("h200-order").Claim);
        Assert.Equal(new UnitCount(20_000, new CountKind("H200 unit")), order.Estimate.Lower);
        var price = Assert.IsType<Claim<PricePerUnit>>(Seed.Claim("h200-price").Claim);
        Assert.Equal(19_999.5m, price.Interval.Lower);
        var users = Assert.IsType<Claim<ActiveUsers>>(Seed.Claim("doubao-mau-aug").Claim);
        Assert.Equal(ActivityWindow.Monthly, users.Estimate.Stated.Window);
        Assert.Equal(DateRange.OfMonth(2025, 8), users.Period.Span);
        var tokens = Assert.IsType<Claim<TokenRate>>(Seed.Claim("tokens-oct").Claim);
        Assert.Equal(EstimateKind.Over, tokens.Estimate.Kind);
        Assert.Equal(30m * Trillion, tokens.Interval.Lower);
        Assert.Null(tokens.Interval.Upper);
        Assert.Equal("Financial Times citing Goldman Sachs and ByteDance executives", tokens.Source.ToString());
        Assert.Equal("AI infrastructure budget", Seed.Claim("chips-2025-cny").PartOfMetric);
    }

    [Fact]
    public void Relations_HaveTheReportsVerdicts_AndComputedValues()
    {
        var checks = Seed.Relations.Where(r => !r.NeedsRateProvider).ToDictionary(r => r.Id, r => r.Check());
        Assert.Equal(8, checks.Count);

        // 160 ± 0.5 over 150 ± 0.5: a growth factor from 159.5/150.5 to 160.5/149.5.
        AssertRatio(checks["budget-increase"], Verdict.Agrees, 159.5m / 150.5m, 160.5m / 149.5m);

        // 85 ± 0.5 of 150 ± 0.5 is 56.1 % to 57.2 %: not "about half" (45 % to 55 %).
        AssertRatio(checks["chips-about-half"], Verdict.Disagrees, 84.5m / 150.5m, 85.5m / 149.5m);
        AssertRatio(checks["chips-part-of-budget"], Verdict.Agrees, 84.5m / 150.5m, 85.5m / 149.5m);
        AssertRatio(checks["bigtech-exceeds"], Verdict.Agrees, 350m / 24m, 400m / 22m); // "circa 23" is 22 to 24
        AssertRatio(checks["order-fits-batch"], Verdict.Agrees, 0.25m, 0.5m);
        AssertRatio(checks["doubao-increase"], Verdict.Agrees, 158.5m / 157.5m, 159.5m / 156.5m);

        // "ha superato i 30 trilioni": over 30, so December's 50 may be less than October's figure.
        Assert.Equal(Verdict.Inconclusive, checks["tokens-increase"].Verdict);

        // 50 ± 0.5 against Google's 43 ± 0.5: already above, not approaching.
        AssertRatio(checks["tokens-approach-google"], Verdict.Disagrees, 49.5m / 43.5m, 50.5m / 42.5m);
        Assert.Equal(Seed.Relations.Select(r => r.Id).Where(id => id != "budget-in-dollars"), checks.Keys);
    }

    [Fact]
    public void Conversion_TakesItsRateFromTheCallersTable()
    {
        var relation = Seed.Relations.Single(r => r.Id == "budget-in-dollars");
        Assert.True(relation.NeedsRateProvider);
        Assert.Equal(RateSource.Provider, relation.RateSource);
        Assert.Throws<InvalidOperationException>(() => relation.Check());

        // 7.0 CNY per USD (a made-up rate): 160 ± 0.5 billion CNY is 22.79 to 22.93 billion USD, inside "circa 23" (22 to 24).
        var table = ExchangeRateTable.Empty.With(new ExchangeRate(Currency.USD, Currency.CNY, 7.0m, new DateOnly(2025, 12, 31), RateKind.Spot, "made up for tests"));
        var check = Assert.IsType<ClaimCheck<Money>>(relation.Check(table));
        Assert.Equal(Verdict.Agrees, check.Verdict);
        Assert.InRange(check.ComputedInterval.Lower!.Value, 22.78m * Billion, 22.79m * Billion);
        Assert.Equal(9, Seed.Check(table).Count);
        Assert.Equal(8, Seed.Check().Count);
        Assert.Throws<RateNotFoundException>(() => relation.Check(ExchangeRateTable.Empty));
    }

    [Fact]
    public void EveryQuantityFigure_IsCoveredByAQuote()
    {
        Assert.Empty(Seed.UncoveredFigures());
        var half = Seed.Relations.Single(r => r.Kind == RelationKind.AboutFraction);
        Assert.Contains("circa la metà", half.Quote!.Value.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UncoveredFigures_ListsAFigureNoQuoteCovers()
    {
        // Without the relations' quotes, "circa la metà" is covered by no claim.
        string json = DocumentFiles.SeedJson[..DocumentFiles.SeedJson.IndexOf("\"relations\"", StringComparison.Ordinal)].TrimEnd().TrimEnd(',') + "\n}";
        var document = ClaimsDocument.Parse(json, DocumentFiles.SeedText);
        var uncovered = Assert.Single(document.UncoveredFigures());
        Assert.Equal("circa la metà", uncovered.Text);
    }

    internal static void AssertRatio(ClaimCheck check, Verdict verdict, decimal low, decimal high)
    {
        Assert.Equal(verdict, check.Verdict);
        Assert.InRange(check.ComputedInterval.Lower!.Value, low - 0.0001m, low + 0.0001m);
        Assert.InRange(check.ComputedInterval.Upper!.Value, high - 0.0001m, high + 0.0001m);
    }
}
