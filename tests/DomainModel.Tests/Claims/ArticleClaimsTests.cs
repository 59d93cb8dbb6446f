using System;
using System.IO;
using DomainModel.ArticleReport;
using DomainModel.Claims;
using DomainModel.Currencies;
using DomainModel.Dates;
using DomainModel.Estimates;
using DomainModel.Exchange;
using DomainModel.Monetary;
using DomainModel.Periods;
using DomainModel.Quantities;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Claims;

/// <summary>Each of the article's claims (value, kind, period, source) and each check (verdict, computed value); expectations worked out by hand.</summary>
public sealed class ArticleClaimsTests
{
    private const decimal Billion = 1_000_000_000m;
    private const decimal Trillion = 1_000_000_000_000m;
    private static readonly string Article = File.ReadAllText(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "article.it.txt"));
    private static readonly ArticleClaims Claims = ArticleClaims.Read(Article, new AsOfDate(new DateOnly(2025, 12, 31), ArticleClaims.DefaultAsOfReason));

    private static void AssertMoney<T>(Claim<T> claim, decimal? low, decimal? high, EstimateKind kind)
        where T : struct, IEstimable<T>
    {
        Assert.Equal(kind, claim.Estimate.Kind);
        Assert.Equal(low, claim.Interval.Lower);
        Assert.Equal(high, claim.Interval.Upper);
        Assert.True(claim.Quote.IsIn(Article));
        Assert.Equal(Article.IndexOf(claim.Quote.Text, StringComparison.Ordinal), claim.Quote.Offset);
    }

    [Fact]
    public void Capex_Claims_AreMoneyInTheirCurrency_RoundedToTheBillion()
    {
        AssertMoney(Claims.Capex2026Cny, 159.5m * Billion, 160.5m * Billion, EstimateKind.Rounded);
        Assert.Equal(Currency.CNY, Claims.Capex2026Cny.Estimate.Stated.Currency);
        Assert.Equal(DateRange.OfYear(2026), Claims.Capex2026Cny.Period.Span);
        Assert.Equal("Financial Times", Claims.Capex2026Cny.Source.ToString());

        AssertMoney(Claims.Capex2026Usd, 22.5m * Billion, 23.5m * Billion, EstimateKind.About);
        Assert.Equal(Currency.USD, Claims.Capex2026Usd.Estimate.Stated.Currency);

        AssertMoney(Claims.Capex2025Cny, 149.5m * Billion, 150.5m * Billion, EstimateKind.Rounded);
        Assert.Equal(DateRange.OfYear(2025), Claims.Capex2025Cny.Period.Span); // "quest'anno" as of 2025-12-31
        AssertMoney(Claims.Chips2025Cny, 84.5m * Billion, 85.5m * Billion, EstimateKind.Rounded);
        AssertMoney(Claims.BigTech2025Usd, 350m * Billion, 400m * Billion, EstimateKind.Between);
        Assert.Equal(DateRange.OfYear(2025), Claims.BigTech2025Usd.Period.Span);
    }

    [Fact]
    public void H200_Claims_AreWholeCounts_AndAPricePerUnit()
    {
        AssertMoney(Claims.H200FirstBatch, 40_000m, 80_000m, EstimateKind.Between);
        AssertMoney(Claims.H200Order, 20_000m, 20_000m, EstimateKind.Rounded); // "20.000 unità" admits only 20000
        Assert.Equal(new UnitCount(20_000, new CountKind("H200 unit")), Claims.H200Order.Estimate.Lower);
        AssertMoney(Claims.H200Price, 19_999.5m, 20_000.5m, EstimateKind.Rounded);
        Assert.Equal("USD per H200 unit", Claims.H200Price.UnitText);
        Assert.Equal(PeriodKind.Deadline, Claims.H200Order.Period.Kind);
        Assert.Equal(new DateRange(new DateOnly(2026, 2, 11), new DateOnly(2026, 2, 20)), Claims.H200Order.Period.EndBound);
    }

    [Fact]
    public void Doubao_Claims_AreMonthlyActiveUsers_OfTheirMonth()
    {
        AssertMoney(Claims.DoubaoAugust, 156_500_000m, 157_500_000m, EstimateKind.Rounded);
        Assert.Equal(ActivityWindow.Monthly, Claims.DoubaoAugust.Estimate.Stated.Window);
        Assert.Equal(new DateOnly(2025, 8, 1), Claims.DoubaoAugust.Estimate.Stated.PeriodStart);
        Assert.Equal("QuestMobile", Claims.DoubaoAugust.Source.Origin);
        AssertMoney(Claims.DoubaoOctober, 158_500_000m, 159_500_000m, EstimateKind.Rounded);
        Assert.Equal(PeriodKind.Deadline, Claims.DoubaoOctober.Period.Kind); // "entro ottobre"
    }

    [Fact]
    public void Token_Claims_AreDailyRates_WithTheHedgeOfTheVerb()
    {
        AssertMoney(Claims.TokensOctober, 30m * Trillion, null, EstimateKind.Over); // "ha superato i 30 trilioni"
        Assert.False(Claims.TokensOctober.Estimate.LowerInclusive);
        Assert.Equal(DateRange.OfMonth(2025, 10), Claims.TokensOctober.Period.Span);
        Assert.Equal(["Financial Times", "Goldman Sachs and ByteDance executives"], Claims.TokensOctober.Source.Links);
        AssertMoney(Claims.TokensDecember, 49.5m * Trillion, 50.5m * Trillion, EstimateKind.Rounded);
        AssertMoney(Claims.TokensGoogle, 42.5m * Trillion, 43.5m * Trillion, EstimateKind.Rounded);
        Assert.Equal("Google", Claims.TokensGoogle.Source.Reporter);
        Assert.Equal("tokens per 1 d", Claims.TokensGoogle.UnitText);
    }

    [Fact]
    public void Checks_GiveTheirVerdicts_AndTypedComputedValues()
    {
        var increase = ClaimChecks.Increase(Claims.Capex2025Cny, Claims.Capex2026Cny);
        Assert.Equal(Verdict.Agrees, increase.Verdict);
        Assert.Equal(159.5m / 150.5m, increase.Computed.Interval.Lower!.Value, 20);
        Assert.Equal(160.5m / 149.5m, increase.Computed.Interval.Upper!.Value, 20);

        var half = ClaimChecks.IsAboutFraction(Claims.Chips2025Cny, Claims.Capex2025Cny, 0.5m, 0.05m);
        Assert.Equal(Verdict.Disagrees, half.Verdict); // 56.1 % to 57.2 % is not within 45–55 %
        Assert.Equal(Verdict.Agrees, ClaimChecks.IsAboutFraction(Claims.Chips2025Cny, Claims.Capex2025Cny, 0.5m, 0.10m).Verdict);

        Assert.Equal(Verdict.Agrees, ClaimChecks.Exceeds(Claims.BigTech2025Usd, Claims.Capex2026Usd).Verdict);
        var fits = ClaimChecks.FitsWithin(Claims.H200Order, Claims.H200FirstBatch);
        Assert.Equal(Verdict.Agrees, fits.Verdict);
        Assert.Equal(0.25m, fits.Computed.Interval.Lower);
        Assert.Equal(0.5m, fits.Computed.Interval.Upper);

        Assert.Equal(Verdict.Agrees, ClaimChecks.Increase(Claims.DoubaoAugust, Claims.DoubaoOctober).Verdict);

        var tokens = ClaimChecks.Increase(Claims.TokensOctober, Claims.TokensDecember);
        Assert.Equal(Verdict.Inconclusive, tokens.Verdict); // "over 30 T" may already have been above 50 T
        Assert.Equal(0m, tokens.Computed.Interval.Lower);
        Assert.False(tokens.Computed.Interval.LowerInclusive);
        Assert.Equal(50.5m / 30m, tokens.Computed.Interval.Upper!.Value, 20); // growth of at most +68.3 %
        Assert.False(tokens.Computed.Interval.UpperInclusive);

        var approaches = ClaimChecks.Approaches(Claims.TokensDecember, Claims.TokensGoogle, 0.2m);
        Assert.Equal(Verdict.Disagrees, approaches.Verdict); // 50 T is already above 43 T
    }

    [Fact]
    public void Conversion_AtTheEcbRate_Agrees_AndARateOfOtherCurrenciesIsRefused()
    {
        var ecb = new ExchangeRate(Currency.USD, Currency.CNY, 7.0682696436238729068m, new DateOnly(2025, 12, 5), RateKind.Derived, "ECB");
        var check = ClaimChecks.EquivalentAfterConversion(Claims.Capex2026Cny, Claims.Capex2026Usd, ecb);
        Assert.Equal(Verdict.Agrees, check.Verdict);
        Assert.Equal(Currency.USD, check.Computed.Stated.Currency);
        Assert.True(check.Computed.Interval.Lower <= 159.5m * Billion / 7.0682696436238729068m);
        var eurUsd = new ExchangeRate(Currency.EUR, Currency.USD, 1.16m, new DateOnly(2025, 12, 5), RateKind.Spot, "ECB");
        var e = Assert.Throws<ArgumentException>(() => ClaimChecks.EquivalentAfterConversion(Claims.Capex2026Cny, Claims.Capex2026Usd, eurUsd));
        Assert.Contains("EUR/USD", e.Message, StringComparison.Ordinal);
        var implied = ExchangeRateRange.Implied(Claims.Capex2026Usd.Estimate, Claims.Capex2026Cny.Estimate, new RateValidity(new DateOnly(2025, 12, 31)), "FT");

        // Through the range the two figures imply, 159.5/7.1333 to 160.5/6.7872 billion overflows [22.5, 23.5] on both sides.
        var through = ClaimChecks.EquivalentAfterConversion(Claims.Capex2026Cny, Claims.Capex2026Usd, implied);
        Assert.Equal(Verdict.Inconclusive, through.Verdict);
        Assert.True(through.Computed.Interval.Lower < 22.5m * Billion && through.Computed.Interval.Upper > 23.5m * Billion);
    }

    [Fact]
    public void Increase_RefusesPeriodsOutOfOrder()
    {
        var e = Assert.Throws<ArgumentException>(() => ClaimChecks.Increase(Claims.Capex2026Cny, Claims.Capex2025Cny));
        Assert.Equal("later", e.ParamName);
        Assert.Contains("earlier", e.Message, StringComparison.Ordinal);
    }
}
