using DomainModel.Tests.Infrastructure;
using System;
using System.Globalization;
using DomainModel.Claims;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Claims;

/// <summary>The checks on the article's own figures and words (shared/seed/article.it.txt).</summary>
public sealed class ClaimChecksTests
{
    private static readonly CultureInfo Italian = TestCultures.Get("it-IT");

    private static Claim FromText(string id, string quote, string figure, string unit, string period = "2026", string source = "Financial Times") =>
        Claim.FromText(id, id, quote, figure, source, period, unit, ScalePolicy.ShortScale, Italian);

    private static readonly Claim Capex2026Cny = FromText("capex-2026-cny", "prevede di investire 160 miliardi di yuan", "160 miliardi", "CNY");
    private static readonly Claim Capex2026Usd = FromText("capex-2026-usd", "circa 23 miliardi di dollari", "circa 23 miliardi", "USD");
    private static readonly Claim Capex2025Cny = FromText("capex-2025-cny", "rispetto ai 150 miliardi di yuan stanziati quest'anno", "150 miliardi", "CNY", "2025");
    private static readonly Claim Chips2025Cny = FromText("chips-2025-cny", "ovvero 85 miliardi di yuan, dedicati ai processori IA avanzati", "85 miliardi", "CNY", "2025");
    private static readonly Claim BigTech2025Usd = FromText("bigtech-2025-usd", "tra i 350 e i 400 miliardi di dollari", "tra i 350 e i 400 miliardi", "USD", "2025");
    // "ha superato i 30 trilioni": the verb carries the "over", so the estimate is stated explicitly.
    private static readonly Claim TokensOctober = new("tokens-oct", "daily tokens", "ha superato i 30 trilioni di token in ottobre", "ByteDance", "ottobre", "token/day", Estimate.Over(30_000_000_000_000m));
    private static readonly Claim TokensDecember = FromText("tokens-dec", "questa cifra è salita a 50 trilioni di token", "50 trilioni", "token/day", "dicembre", "ByteDance");
    private static readonly Claim TokensGoogle = FromText("tokens-google", "ai 43 trilioni di token dichiarati da Google", "43 trilioni", "token/day", "dicembre", "Google");
    private static readonly Claim H200Order = FromText("h200-order", "l'acquisto iniziale di 20.000 unità H200", "20.000", "H200 unit");
    private static readonly Claim H200Batch = FromText("h200-batch", "con il primo lotto composto da 40.000-80.000 unità", "40.000-80.000", "H200 unit", "febbraio", "Nvidia");

    [Fact]
    public void Increase_Capex2026Over2025_Agrees()
    {
        var check = ClaimChecks.Increase(Capex2025Cny, Capex2026Cny);
        Assert.Equal(Verdict.Agrees, check.Verdict);
        Assert.Equal(["capex-2026-cny", "capex-2025-cny"], check.ClaimIds);
        Assert.Contains("ratio 1.067", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Increase_TheOtherWayRound_Disagrees() =>
        Assert.Equal(Verdict.Disagrees, ClaimChecks.Increase(Capex2026Cny, Capex2025Cny).Verdict);

    [Fact]
    public void Increase_OverlappingFigures_IsInconclusive()
    {
        var earlier = new Claim("a", "a", "circa 10", "t", "2025", "X", Estimate.About(10m, 1m));
        var later = new Claim("b", "b", "circa 10", "t", "2026", "X", Estimate.About(10m, 1m));
        Assert.Equal(Verdict.Inconclusive, ClaimChecks.Increase(earlier, later).Verdict);
    }

    [Fact]
    public void IsAboutFraction_85Of150AsAboutHalf_DisagreesAtFivePoints_AndAgreesAtTen()
    {
        var strict = ClaimChecks.IsAboutFraction(Chips2025Cny, Capex2025Cny, 0.5m, 0.05m);
        Assert.Equal(Verdict.Disagrees, strict.Verdict);
        Assert.Contains("56.7 %", strict.Explanation, StringComparison.Ordinal);
        Assert.Equal(85m / 150m, strict.Computed!.Value.Stated);
        Assert.Equal(Verdict.Agrees, ClaimChecks.IsAboutFraction(Chips2025Cny, Capex2025Cny, 0.5m, 0.10m).Verdict);
    }

    [Fact]
    public void EquivalentAfterConversion_160BillionYuanAsAbout23BillionDollars()
    {
        // 1 CNY = 1/7.05 USD agrees; 1/6.5 USD does not (160/6.5 = 24.6 billion).
        var agrees = ClaimChecks.EquivalentAfterConversion(Capex2026Cny, Capex2026Usd, Estimate.Exactly(1m / 7.05m), "USD/CNY 7.05");
        Assert.Equal(Verdict.Agrees, agrees.Verdict);
        Assert.Contains("USD/CNY 7.05", agrees.Explanation, StringComparison.Ordinal);
        var disagrees = ClaimChecks.EquivalentAfterConversion(Capex2026Cny, Capex2026Usd, Estimate.Exactly(1m / 6.5m), "USD/CNY 6.5");
        Assert.Equal(Verdict.Disagrees, disagrees.Verdict);
        var edge = ClaimChecks.EquivalentAfterConversion(Capex2026Cny, Capex2026Usd, Estimate.Exactly(1m / 6.81m), "USD/CNY 6.81");
        Assert.Equal(Verdict.Inconclusive, edge.Verdict);
    }

    [Fact]
    public void Exceeds_BigTechSpendingOverByteDanceBudget_Agrees()
    {
        var inUsd = new Claim("capex-2026-usd", "x", "circa 23 miliardi di dollari", "FT", "2026", "USD", Capex2026Usd.Estimate);
        Assert.Equal(Verdict.Agrees, ClaimChecks.Exceeds(BigTech2025Usd, inUsd).Verdict);
    }

    [Fact]
    public void Increase_TokensFromOverThirtyToFifty_IsInconclusive_BecauseOverThirtyHasNoUpperBound()
    {
        Assert.Equal(Verdict.Inconclusive, ClaimChecks.Increase(TokensOctober, TokensDecember).Verdict);
        var atThirty = new Claim("tokens-oct-30", "daily tokens", "30 trilioni", "ByteDance", "ottobre", "token/day", Estimate.Rounded(30_000_000_000_000m, 1_000_000_000_000m));
        Assert.Equal(Verdict.Agrees, ClaimChecks.Increase(atThirty, TokensDecember).Verdict);
    }

    [Fact]
    public void Approaches_FiftyTrillionTowardsGooglesFortyThree_Disagrees()
    {
        var check = ClaimChecks.Approaches(TokensDecember, TokensGoogle, 0.2m);
        Assert.Equal(Verdict.Disagrees, check.Verdict);
        Assert.Contains("already above", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Approaches_JustBelow_Agrees_AndFarBelow_Disagrees()
    {
        var target = new Claim("t", "t", "43", "u", "p", "s", Estimate.Exactly(43m));
        var near = new Claim("n", "n", "40", "u", "p", "s", Estimate.Exactly(40m));
        var far = new Claim("f", "f", "20", "u", "p", "s", Estimate.Exactly(20m));
        Assert.Equal(Verdict.Agrees, ClaimChecks.Approaches(near, target, 0.2m).Verdict);
        Assert.Equal(Verdict.Disagrees, ClaimChecks.Approaches(far, target, 0.2m).Verdict);
    }

    [Fact]
    public void FitsWithin_OrderOf20000InAFirstBatchOf40000To80000_Agrees()
    {
        Assert.Equal(EstimateKind.Between, H200Batch.Estimate.Kind);
        Assert.Equal(Verdict.Agrees, ClaimChecks.FitsWithin(H200Order, H200Batch).Verdict);
        Assert.Equal(Verdict.Disagrees, ClaimChecks.FitsWithin(
            new Claim("big", "b", "90.000", "s", "p", "H200 unit", Estimate.Exactly(90_000m)), H200Batch).Verdict);
    }

    [Fact]
    public void Consistent_SameFigureTwice_Agrees_DifferentFigures_Disagree()
    {
        Assert.Equal(Verdict.Agrees, ClaimChecks.Consistent(Capex2026Cny, Capex2026Cny).Verdict);
        Assert.Equal(Verdict.Disagrees, ClaimChecks.Consistent(Capex2026Cny, Capex2025Cny).Verdict);
    }

    [Fact]
    public void Checks_AcrossUnits_Throw()
    {
        var e = Assert.Throws<ArgumentException>(() => ClaimChecks.Increase(Capex2025Cny, Capex2026Usd));
        Assert.Contains("capex-2025-cny (CNY)", e.Message, StringComparison.Ordinal);
        Assert.Contains("capex-2026-usd (USD)", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    public void Approaches_CloseFractionOutOfRange_Throws(double within)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ClaimChecks.Approaches(TokensDecember, TokensGoogle, (decimal)within));
        Assert.Equal("withinFraction", e.ParamName);
    }

    [Fact]
    public void Approaches_UnboundedTarget_Throws() =>
        Assert.Throws<InvalidOperationException>(() => ClaimChecks.Approaches(TokensDecember, TokensOctober, 0.2m));

    [Fact]
    public void Claim_FigureNotInQuote_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => FromText("x", "160 miliardi di yuan", "23 miliardi", "CNY"));
        Assert.Equal("figure", e.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Claim_BlankText_Throws(string blank)
    {
        var e = Assert.Throws<ArgumentException>(() => new Claim(blank, "s", "q", "src", "p", "u", default));
        Assert.Equal("id", e.ParamName);
    }

    [Fact]
    public void Claim_UnreadableFigure_ThrowsNewsNumberFormatException() =>
        Assert.Throws<NewsNumberFormatException>(() => FromText("x", "molti miliardi", "molti miliardi", "CNY"));
}
