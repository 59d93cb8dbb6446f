using System;
using System.Collections.Generic;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Exchange;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>The "derived" section: figures the document computes from its claims, evaluated while loading.</summary>
public sealed class DerivedFigureTests
{
    // MADE UP FOR TESTS: a short English article with two amounts of one sum, a count, a price and two rates.
    internal const string Text = "MADE UP FOR TESTS. Acme will spend 160 billion yuan, about 23 billion dollars, in 2026, against 150 billion yuan in 2025. "
        + "It ordered 20,000 chips at $20,000 each in 2026. It processed 50 trillion tokens a day in December 2025, up from 30 trillion tokens a day in October 2025.";

    internal static string Document(string derived, string extraClaims = "", string relations = "", string id = "acme") => $$"""
        {
          "schema": "claims-document/v1",
          "id": "{{id}}",
          "article": { "title": "Acme", "publisher": "Made-up News", "language": "en", "published": "2026-01-15", "text": "acme.txt", "madeUp": true },
          "claims": [
            { "id": "capex-2026-cny", "subject": "Acme", "metric": "capex", "quote": "will spend 160 billion yuan", "figure": "160 billion", "measure": { "kind": "money", "currency": "CNY" }, "period": "in 2026", "source": "Acme" },
            { "id": "capex-2026-usd", "subject": "Acme", "metric": "capex", "quote": "about 23 billion dollars", "figure": "about 23 billion", "measure": { "kind": "money", "currency": "USD" }, "period": "in 2026", "source": "Acme" },
            { "id": "capex-2025-cny", "subject": "Acme", "metric": "capex", "quote": "against 150 billion yuan in 2025", "figure": "150 billion", "measure": { "kind": "money", "currency": "CNY" }, "period": "in 2025", "source": "Acme" },
            { "id": "chips", "subject": "Acme", "metric": "chips ordered", "quote": "ordered 20,000 chips", "figure": "20,000", "measure": { "kind": "count", "of": "chip" }, "period": "in 2026", "source": "Acme" },
            { "id": "chip-price", "subject": "Acme", "metric": "chip price", "quote": "at $20,000 each", "figure": "20,000", "measure": { "kind": "price", "currency": "USD", "per": "chip" }, "period": "in 2026", "source": "Acme" },
            { "id": "tokens-dec", "subject": "Acme", "metric": "daily tokens", "quote": "processed 50 trillion tokens a day", "figure": "50 trillion", "measure": { "kind": "tokens", "per": "day" }, "period": "in December 2025", "source": "Acme" },
            { "id": "tokens-oct", "subject": "Acme", "metric": "daily tokens", "quote": "up from 30 trillion tokens a day", "figure": "30 trillion", "measure": { "kind": "tokens", "per": "day" }, "period": "in October 2025", "source": "Acme" }{{extraClaims}}
          ],
          "derived": [{{derived}}]{{relations}}
        }
        """;

    internal static ClaimsDocument Load(string derived, ClaimsDocumentOptions? options = null, string extraClaims = "", string relations = "") =>
        ClaimsDocument.Parse(Document(derived, extraClaims, relations), Text, options ?? ClaimsDocumentOptions.Default);

    /// <summary>The bounds contain the exact ones and are within 1E-20 (relative) of them: rounded outwards, never inwards.</summary>
    private static void AssertBounds(DerivedFigure figure, decimal lower, decimal upper)
    {
        Assert.True(figure.IsEvaluated, figure.ToString());
        decimal low = figure.Interval!.Value.Lower!.Value, high = figure.Interval!.Value.Upper!.Value;
        Assert.True(low <= lower && lower - low <= Math.Abs(lower) * 1e-20m, $"lower {low} for {lower}");
        Assert.True(high >= upper && high - upper <= Math.Abs(upper) * 1e-20m, $"upper {high} for {upper}");
    }

    [Fact]
    public void Total_IsTheCountTimesThePrice()
    {
        var d = Load("""{ "id": "order", "type": "total", "inputs": ["chips", "chip-price"], "label": "the order" }""").DerivedFigure("order");
        Assert.Equal(DerivedKind.Total, d.Kind);
        Assert.Equal(typeof(Money), d.QuantityType);
        Assert.Equal("USD", d.UnitText);
        AssertBounds(d, 20_000m * 19_999.5m, 20_000m * 20_000.5m); // "20,000" is exact for a count, rounded for a price
        Assert.True(d.TryGetEstimate<Money>(out var money));
        Assert.Equal(Currency.USD, money.Stated.Currency);
        Assert.False(d.TryGetEstimate<Share>(out _));
    }

    [Fact]
    public void RatioGrowthAndDifference_OfTwoClaims()
    {
        var doc = Load("""
            { "id": "share", "type": "ratio", "inputs": ["capex-2025-cny", "capex-2026-cny"], "label": "2025 of 2026" },
            { "id": "growth", "type": "growth", "inputs": ["capex-2025-cny", "capex-2026-cny"], "label": "growth" },
            { "id": "more", "type": "difference", "inputs": ["capex-2026-cny", "capex-2025-cny"], "label": "more" }
            """);
        AssertBounds(doc.DerivedFigure("share"), 149.5m / 160.5m, 150.5m / 159.5m);
        Assert.Equal("fraction", doc.DerivedFigure("share").UnitText);
        AssertBounds(doc.DerivedFigure("growth"), 159.5m / 150.5m, 160.5m / 149.5m);
        AssertBounds(doc.DerivedFigure("more"), 9_000_000_000m, 11_000_000_000m); // 159.5 − 150.5, 160.5 − 149.5 billion
        Assert.Equal("CNY", doc.DerivedFigure("more").UnitText);
    }

    [Fact]
    public void PerPeriod_ScalesADailyRateToAMonth_OfTheStatedLength()
    {
        var doc = Load("""
            { "id": "monthly", "type": "perPeriod", "inputs": ["tokens-dec"], "per": "month", "monthLength": "thirtyDays", "label": "per month" },
            { "id": "daily", "type": "perPeriod", "inputs": ["monthly"], "per": "day", "monthLength": "thirtyDays", "label": "back per day" }
            """);
        AssertBounds(doc.DerivedFigure("monthly"), 49.5e12m * 30m, 50.5e12m * 30m);
        AssertBounds(doc.DerivedFigure("daily"), 49.5e12m, 50.5e12m);
    }

    [Fact]
    public void ImpliedRate_AndAConversionAtIt()
    {
        var doc = Load("""
            { "id": "rate", "type": "impliedRate", "inputs": ["capex-2026-usd", "capex-2026-cny"], "label": "the rate" },
            { "id": "in-dollars", "type": "convert", "inputs": ["capex-2025-cny"], "rate": { "source": "implied", "claims": ["capex-2026-usd", "capex-2026-cny"] }, "label": "2025 in dollars" },
            { "id": "at-ecb", "type": "convert", "inputs": ["capex-2025-cny"], "rate": { "source": "document", "base": "USD", "quote": "CNY", "value": 7.0, "date": "2025-12-31", "provider": "made up" }, "label": "2025 at 7" }
            """);
        var rate = doc.DerivedFigure("rate");
        Assert.Equal("USD/CNY", rate.UnitText);
        Assert.Equal(typeof(ExchangeRateRange), rate.QuantityType);
        // "about 23 billion" is 22 to 24 billion (the reader's "about": one unit either side): 159.5 / 24 and 160.5 / 22.
        Assert.True(rate.ImpliedRate!.Min <= 159.5m / 24m && 159.5m / 24m - rate.ImpliedRate.Min < 1e-18m);
        Assert.True(rate.ImpliedRate!.Max >= 160.5m / 22m && rate.ImpliedRate.Max - (160.5m / 22m) < 1e-18m);
        var inDollars = doc.DerivedFigure("in-dollars");
        Assert.Equal("USD", inDollars.UnitText);
        Assert.True(inDollars.Interval!.Value.Lower <= 149.5e9m / (160.5m / 22m));
        Assert.True(inDollars.Interval!.Value.Upper >= 150.5e9m / (159.5m / 24m));
        var atSeven = doc.DerivedFigure("at-ecb");
        Assert.Equal(7.0m, atSeven.Rate!.Value);
        Assert.True(atSeven.Interval!.Value.Lower <= 149.5e9m / 7m && atSeven.Interval!.Value.Lower > 149.5e9m / 7m - 1m);
        Assert.True(atSeven.Interval!.Value.Upper >= 150.5e9m / 7m && atSeven.Interval!.Value.Upper < 150.5e9m / 7m + 1m);
    }

    [Fact]
    public void Conversion_AtTheCallersRates_IsEvaluatedOnlyWithThem()
    {
        const string derived = """{ "id": "usd", "type": "convert", "inputs": ["capex-2025-cny"], "rate": { "source": "provider", "to": "USD", "date": "2025-12-31" }, "label": "in dollars" }""";
        var without = Load(derived).DerivedFigure("usd");
        Assert.False(without.IsEvaluated);
        Assert.Contains("ClaimsDocumentOptions.Rates", without.NotEvaluatedReason, StringComparison.Ordinal);
        var table = ExchangeRateTable.Empty.With(new ExchangeRate(Currency.USD, Currency.FromCode("CNY"), 7.0m, new DateOnly(2025, 12, 31), RateKind.Spot, "made up"));
        var with = Load(derived, new ClaimsDocumentOptions { Rates = table }).DerivedFigure("usd");
        Assert.True(with.IsEvaluated);
        Assert.Equal("CNY/USD", with.Rate!.Pair); // the table's inverse of USD/CNY 7, rounded to the rate's 20 significant digits
        Assert.True(Math.Abs(with.Interval!.Value.Lower!.Value - (149.5e9m / 7m)) < 0.001m);
        Assert.True(Math.Abs(with.Interval!.Value.Upper!.Value - (150.5e9m / 7m)) < 0.001m);
        var empty = ExchangeRateTable.Empty;
        var missing = Load(derived, new ClaimsDocumentOptions { Rates = empty }).DerivedFigure("usd");
        Assert.False(missing.IsEvaluated);
        Assert.Contains("no CNY/USD rate for 2025-12-31", missing.NotEvaluatedReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "x", "type": "total", "inputs": ["capex-2026-cny", "chip-price"], "label": "x" }""", "$.derived[0]", "not a count")]
    [InlineData("""{ "id": "x", "type": "ratio", "inputs": ["capex-2026-cny", "chips"], "label": "x" }""", "$.derived[0]", "different quantities")]
    [InlineData("""{ "id": "x", "type": "ratio", "inputs": ["capex-2026-cny", "nothing"], "label": "x" }""", "$.derived[0].inputs[1]", "no claim and no earlier derived figure")]
    [InlineData("""{ "id": "chips", "type": "ratio", "inputs": ["capex-2026-cny", "capex-2025-cny"], "label": "x" }""", "$.derived[0].id", "used twice")]
    [InlineData("""{ "id": "x", "type": "ratio", "inputs": ["capex-2026-cny"], "label": "x" }""", "$.derived[0].inputs", "takes two inputs, not 1")]
    [InlineData("""{ "id": "x", "type": "perPeriod", "inputs": ["tokens-dec"], "per": "fortnight", "monthLength": "thirtyDays", "label": "x" }""", "$.derived[0].per", "fortnight")]
    [InlineData("""{ "id": "x", "type": "sum", "inputs": ["tokens-dec"], "label": "x" }""", "$.derived[0].type", "sum")]
    [InlineData("""{ "id": "x", "type": "ratio", "inputs": ["capex-2026-cny", "capex-2025-cny"] }""", "$.derived[0]", "label")]
    public void BadDerivedFigure_IsRefused_AtItsPath(string derived, string path, string problem)
    {
        var e = Assert.Throws<ClaimsDocumentException>(() => Load(derived));
        Assert.Equal(path, e.Path);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_RoundTrips_ThroughToJson()
    {
        var doc = Load("""
            { "id": "rate", "type": "impliedRate", "inputs": ["capex-2026-usd", "capex-2026-cny"], "label": "the rate", "note": "a note" },
            { "id": "usd", "type": "convert", "inputs": ["capex-2025-cny"], "rate": { "source": "provider", "to": "USD" }, "label": "in dollars" },
            { "id": "monthly", "type": "perPeriod", "inputs": ["tokens-dec"], "per": "month", "monthLength": "gregorianAverage", "label": "per month" }
            """);
        var again = ClaimsDocument.Parse(doc.ToJson(), Text);
        Assert.Equal(doc.Id, again.Id);
        Assert.Equal(doc.Derived.Select(d => d.ToString()), again.Derived.Select(d => d.ToString()));
        Assert.Equal(doc.ToJson(), again.ToJson());
    }

    [Fact]
    public void SeedDocument_DeclaresTheReportsComputedLines()
    {
        var seed = DocumentFiles.Seed;
        Assert.Equal(
            ["implied-rate", "h200-order-total", "chips-share", "capex-increase", "capex-growth", "doubao-added", "doubao-growth", "tokens-growth", "tokens-dec-monthly", "h200-order-of-batch", "h200-order-of-budget"],
            seed.Derived.Select(d => d.Id));
        Assert.All(seed.Derived, d => Assert.True(d.IsEvaluated));
        AssertBounds(seed.DerivedFigure("h200-order-total"), 399_990_000m, 400_010_000m); // 20,000 × 19,999.5 and × 20,000.5
        AssertBounds(seed.DerivedFigure("capex-increase"), 9e9m, 11e9m);
        // 20,000 / 80,000 and 20,000 / 40,000: "40.000-80.000" is a range of exact counts.
        AssertBounds(seed.DerivedFigure("h200-order-of-batch"), 0.25m, 0.5m);
    }

    /// <summary>A derived difference or ratio is EstimateMath's, whatever the figures.</summary>
    [Property(MaxTest = 60)]
    public bool Derived_EqualsEstimateMath(PositiveInt a, PositiveInt b)
    {
        string text = $"MADE UP FOR TESTS. Acme spent {a.Get} million dollars in 2025 and {b.Get} million dollars in 2026.";
        string json = $$"""
            {
              "schema": "claims-document/v1",
              "article": { "title": "Acme", "publisher": "Made-up News", "language": "en", "published": "2026-01-15", "text": "acme.txt", "madeUp": true },
              "claims": [
                { "id": "y2025", "subject": "Acme", "metric": "spending", "quote": "spent {{a.Get}} million dollars in 2025", "figure": "{{a.Get}} million", "measure": { "kind": "money", "currency": "USD" }, "period": "in 2025", "source": "Acme" },
                { "id": "y2026", "subject": "Acme", "metric": "spending", "quote": "and {{b.Get}} million dollars in 2026", "figure": "{{b.Get}} million", "measure": { "kind": "money", "currency": "USD" }, "period": "in 2026", "source": "Acme" }
              ],
              "derived": [
                { "id": "more", "type": "difference", "inputs": ["y2026", "y2025"], "label": "more" },
                { "id": "share", "type": "ratio", "inputs": ["y2025", "y2026"], "label": "share" }
              ]
            }
            """;
        var doc = ClaimsDocument.Parse(json, text);
        var x = ((Claim<Money>)doc.Claim("y2025").Claim).Estimate;
        var y = ((Claim<Money>)doc.Claim("y2026").Claim).Estimate;
        return doc.DerivedFigure("more").TryGetEstimate<Money>(out var more) && more == EstimateMath.Difference(y, x)
            && doc.DerivedFigure("share").TryGetEstimate<Share>(out var share) && share == EstimateMath.Ratio(x, y);
    }
}
