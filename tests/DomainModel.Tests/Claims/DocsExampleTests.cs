using System;
using DomainModel.Claims;
using DomainModel.Currencies;
using DomainModel.Monetary;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Claims;

/// <summary>The worked example of docs/claims.md, line for line, with the outputs its comments state.</summary>
public sealed class DocsExampleTests
{
    [Fact]
    public void WorkedExample_PrintsWhatTheDocsSay()
    {
        string article = "ByteDance prevede di investire 160 miliardi di yuan nel 2026, "
            + "rispetto ai 150 miliardi di yuan stanziati quest’anno, di cui circa la metà, ovvero 85 miliardi di yuan.";
        var reader = new ArticleReader(article, new AsOfDate(new DateOnly(2025, 12, 31), "the article reports December 2025 figures"),
            NewsLanguage.Italian, ScalePolicy.ShortScale);
        var ft = SourceChain.Of("Financial Times");
        var cny = Money.Zero(Currency.CNY);

        var plan = reader.Read("capex-2026", "AI budget", "prevede di investire 160 miliardi di yuan", "160 miliardi", "nel 2026", ft, cny);
        var now = reader.Read("capex-2025", "AI budget", "rispetto ai 150 miliardi di yuan stanziati quest’anno", "150 miliardi", "quest’anno", ft, cny);
        var chips = reader.Read("chips-2025", "of which processors", "ovvero 85 miliardi di yuan", "85 miliardi", "quest’anno", ft, cny);

        Assert.Equal("[159.5 billion, 160.5 billion] CNY", plan.Estimate.ToIntervalString());
        var increase = ClaimChecks.Increase(now, plan);
        Assert.Equal(Verdict.Agrees, increase.Verdict);
        Assert.Equal("[+5.98 %, +7.36 %]", EstimateMath.DescribeGrowth(increase.Computed));
        var half = ClaimChecks.IsAboutFraction(chips, now, 0.5m, 0.05m);
        Assert.Equal("Disagrees: [56.14 %, 57.2 %]", $"{half.Verdict}: {half.Computed.ToIntervalString()}");
    }
}
