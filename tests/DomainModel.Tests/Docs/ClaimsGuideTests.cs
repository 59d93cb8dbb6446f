using System;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Docs;

/// <summary>The code blocks of docs/claims.md, run and checked against values worked out by hand.</summary>
public sealed class ClaimsGuideTests
{
    [Fact]
    public void WorkedExample()
    {
        #region snippet: claims-worked-example
        string article = "ByteDance prevede di investire 160 miliardi di yuan nel 2026, "
            + "rispetto ai 150 miliardi di yuan stanziati quest’anno, di cui circa la metà, ovvero 85 miliardi di yuan.";
        var reader = new ArticleReader(article, new AsOfDate(new DateOnly(2025, 12, 31), "the article reports December 2025 figures"),
            NewsLanguage.Italian, ScalePolicy.ShortScale);
        var ft = SourceChain.Of("Financial Times");
        var cny = Money.Zero(Currency.CNY);

        var plan = reader.Read("capex-2026", "AI budget", "prevede di investire 160 miliardi di yuan", "160 miliardi", "nel 2026", ft, cny);
        var now = reader.Read("capex-2025", "AI budget", "rispetto ai 150 miliardi di yuan stanziati quest’anno", "150 miliardi", "quest’anno", ft, cny);
        var chips = reader.Read("chips-2025", "of which processors", "ovvero 85 miliardi di yuan", "85 miliardi", "quest’anno", ft, cny);

        string planned = plan.Estimate.ToIntervalString();               // [159.5 billion, 160.5 billion] CNY
        var increase = ClaimChecks.Increase(now, plan);                 // periods 2025 then 2026: in order
        string growth = EstimateMath.DescribeGrowth(increase.Computed); // [+5.98 %, +7.36 %]
        var half = ClaimChecks.IsAboutFraction(chips, now, 0.5m, 0.05m);
        string share = half.Computed.ToIntervalString();                // [56.14 %, 57.2 %]: not about half
        #endregion

        // "160 miliardi" is rounded to the billion: half a billion either side, both bounds admitted.
        Assert.Equal(new Money(159_500_000_000m, Currency.CNY), plan.Estimate.Lower);
        Assert.Equal(new Money(160_500_000_000m, Currency.CNY), plan.Estimate.Upper);
        Assert.Equal("[159.5 billion, 160.5 billion] CNY", planned);
        Assert.Equal((2026, 2025), (plan.Period.Span.Start.Year, now.Period.Span.Start.Year));

        // Growth lies between the lowest plan over the highest budget and the highest plan over the lowest budget.
        Assert.Equal(Verdict.Agrees, increase.Verdict);
        Assert.True(increase.Computed.Lower <= new Share(159.5m, 150.5m));   // 1.05980…
        Assert.True(increase.Computed.Upper >= new Share(160.5m, 149.5m));   // 1.07357…
        Assert.Equal("[+5.98 %, +7.36 %]", growth);

        // 84.5 / 150.5 = 0.56146… and 85.5 / 149.5 = 0.57190…: every admitted share is beyond 0.5 ± 0.05.
        Assert.Equal(Verdict.Disagrees, half.Verdict);
        Assert.True(half.Computed.Lower <= new Share(84.5m, 150.5m));
        Assert.True(half.Computed.Upper >= new Share(85.5m, 149.5m));
        Assert.True(half.Computed.Lower > new Share(55m, 100m));
        Assert.Equal("[56.14 %, 57.2 %]", share);
    }
}
