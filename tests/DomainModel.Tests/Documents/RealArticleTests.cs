using System;
using System.IO;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Exchange;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>
/// The real articles of docs/articles: each of the documents below loads, covers every quantity figure of its text,
/// and gives the verdicts computed here by hand from the article's figures and the ECB file shipped with the report.
/// </summary>
public sealed class RealArticleTests
{
    private static readonly EcbReferenceRates Ecb = EcbReferenceRates.ReadCsv(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "Data", "eurofxref-hist.csv"));

    private static ClaimsDocument Load(string name) => ClaimsDocument.Load(RepositoryPaths.Combine("docs", "articles", name + ".claims.json"));

    [Theory]
    [InlineData("tencent-q3-2025.en", 7, 3)]
    [InlineData("alibaba-q2-fy2026-infogioco.it", 7, 6)]
    [InlineData("nvidia-q1-fy2026.en", 13, 7)]
    [InlineData("china-token-calls-2025.en", 2, 4)]
    [InlineData("infineon-q1-2025-26.de", 9, 4)]
    [InlineData("alibaba-q2-fy2026-investire.it", 5, 2)]
    public void Document_CoversEveryFigure_WithItsStatementsNotCheckable(string name, int claims, int notCheckable)
    {
        var document = Load(name);
        Assert.Empty(document.UncoveredFigures());
        Assert.Equal(claims, document.Claims.Count);
        Assert.Equal(notCheckable, document.NotCheckable.Count);
        Assert.All(document.NotCheckable, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.All(document.Derived, d => Assert.True(d.IsEvaluated, d.ToString()));
        Assert.Equal(name, document.Id);
        Assert.False(document.Article.MadeUp);
    }

    [Fact]
    public void Tencent_Verdicts()
    {
        var tencent = Load("tencent-q3-2025.en");
        // The revenue at the rate the net-profit pair implies: USD/CNY 63.05 / 8.95 = 7.0447 to 63.15 / 8.85 = 7.1356, so
        // 192.85 to 192.95 bn CNY is 192.85 / 7.1356 = 27.03 to 192.95 / 7.0447 = 27.39 bn USD: around "USD27.2 billion"
        // (27.15 to 27.25), not within it.
        Assert.Equal(Verdict.Inconclusive, tencent.Relations.Single(r => r.Id == "revenue-at-profit-rate").Check().Verdict);
        Assert.Equal(Verdict.Agrees, tencent.Relations.Single(r => r.Id == "domestic-games-part-of-revenue").Check().Verdict);
        // ECB 2025-11-14: EUR/USD 1.1648, EUR/CNY 8.2655, so USD/CNY 7.0961; 63.05 / 7.0961 = 8.885 and 63.15 / 7.0961 = 8.899
        // bn USD, within "USD8.9 billion" (8.85 to 8.95).
        var rates = Ecb.ToTable();
        Assert.Equal(Verdict.Agrees, tencent.Relations.Single(r => r.Id == "net-profit-in-dollars").Check(rates).Verdict);
        var rate = tencent.DerivedFigure("net-profit-rate").ImpliedRate!;
        Assert.InRange(rate.Min, 7.04469m, 7.04470m); // 63.05 / 8.95
        Assert.InRange(rate.Max, 7.13559m, 7.13560m); // 63.15 / 8.85
        // "CNY53.2 billion a year earlier", relative to the third quarter of 2025: July to September 2024. "a 19 percent
        // increase": 63.05 / 53.25 − 1 = 18.40 % to 63.15 / 53.15 − 1 = 18.81 %, partly inside "19 percent" (18.5 % to 19.5 %).
        var prior = tencent.Claims.Single(c => c.Id == "net-profit-q3-2024-cny");
        Assert.Equal("net-profit-q3-cny", prior.RelativeTo);
        Assert.Equal(new DateRange(new DateOnly(2024, 7, 1), new DateOnly(2024, 9, 30)), prior.Claim.Period.Span);
        var up = tencent.Relations.Single(r => r.Id == "net-profit-up-19-percent").Check();
        Assert.Equal(Verdict.Inconclusive, up.Verdict);
        Assert.Equal(3, tencent.NotFigures.Count); // "Nov. 14", "Sept. 30", "3D"
    }

    [Fact]
    public void Alibaba_Verdicts()
    {
        var alibaba = Load("alibaba-q2-fy2026-infogioco.it");
        // 39.75 to 39.85 bn CNY against the forecast 37.85 to 37.95: above every value.
        Assert.Equal(Verdict.Agrees, alibaba.Relations.Single(r => r.Id == "cloud-beats-forecast").Check().Verdict);
        // The profit at the revenue pair's rate, 247.75 / 35.5 = 6.9789 to 247.85 / 34.5 = 7.1841: 20.985 / 7.1841 = 2.921 to
        // 20.995 / 6.9789 = 3.008 bn USD, around "2,95 miliardi di $" (2.945 to 2.955).
        Assert.Equal(Verdict.Inconclusive, alibaba.Relations.Single(r => r.Id == "profit-at-revenue-rate").Check().Verdict);
        // ECB 2025-11-25: EUR/USD 1.1551, EUR/CNY 8.1845, so USD/CNY 7.0855. The profit: 20.985 / 7.0855 = 2.9617 to
        // 20.995 / 7.0855 = 2.9631 bn USD, above "2,95 miliardi" (at most 2.955): contradicted. The revenue: 247.75 / 7.0855
        // = 34.966 to 247.85 / 7.0855 = 34.980, within "35 miliardi" (34.5 to 35.5).
        var rates = Ecb.ToTable();
        Assert.Equal(Verdict.Disagrees, alibaba.Relations.Single(r => r.Id == "profit-in-dollars").Check(rates).Verdict);
        Assert.Equal(Verdict.Agrees, alibaba.Relations.Single(r => r.Id == "revenue-in-dollars").Check(rates).Verdict);
        var share = alibaba.DerivedFigure("cloud-share").Interval!.Value;
        Assert.InRange(share.Lower!.Value, 0.16037926165019164817m, 0.160379261650191648174299m); // 39.75 / 247.85 = 0.1603792616501916481742989711…, rounded down
        Assert.InRange(share.Upper!.Value, 0.160847628657921291624621m, 0.16084762865792129163m); // 39.85 / 247.75 = 0.1608476286579212916246215943…, rounded up
        Assert.False(Assert.Single(alibaba.NotCheckable, s => s.Id == "ai-plan-3y-cny").IsRelation);
    }

    [Fact]
    public void Nvidia_Verdicts()
    {
        var nvidia = Load("nvidia-q1-fy2026.en");
        // "71.3%" against "61.0%": 71.25 / 61.05 = 1.1671 to 71.35 / 60.95 = 1.1706, above 1 in every case.
        Assert.Equal(Verdict.Agrees, nvidia.Relations.Single(r => r.Id == "margin-ex-charge-exceeds").Check().Verdict);
        Assert.Equal(Verdict.Agrees, nvidia.Relations.Single(r => r.Id == "data-centre-part-of-revenue").Check().Verdict);
        var share = nvidia.DerivedFigure("data-centre-share").Interval!.Value;
        Assert.InRange(share.Lower!.Value, 0.88448471121177802944m, 0.884484711211778029445074m); // 39.05 / 44.15 = 0.8844847112117780294450736…, rounded down
        Assert.InRange(share.Upper!.Value, 0.888762769580022701475595m, 0.88876276958002270148m); // 39.15 / 44.05 = 0.8887627695800227014755959…, rounded up
        var gap = nvidia.DerivedFigure("margin-gap-ex-charge").Interval!.Value;
        Assert.Equal(0.7125m - 0.6105m, gap.Lower); // 71.25 % − 61.05 %
        Assert.Equal(0.7135m - 0.6095m, gap.Upper);
    }

    [Fact]
    public void Infineon_RelativePeriods_AndVerdicts()
    {
        var infineon = Load("infineon-q1-2025-26.de");
        // Infineon's fiscal year runs from 1 October: "im laufenden Geschäftsjahr 2025/26" is 2025-10-01..2026-09-30 and
        // "im Jahr darauf" the year after it, 2026-10-01..2027-09-30.
        var next = infineon.Claims.Single(c => c.Id == "ai-chip-revenue-fy2027");
        Assert.Equal("ai-chip-revenue-fy2026", next.RelativeTo);
        Assert.Equal(new DateRange(new DateOnly(2026, 10, 1), new DateOnly(2027, 9, 30)), next.Claim.Period.Span);
        // "Im ersten Quartal des Geschäftsjahres" as of 2026-02-04: October to December 2025; "im Vorjahreszeitraum" the
        // same quarter a year earlier, October to December 2024.
        Assert.Equal(new DateRange(new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)), infineon.Claims.Single(c => c.Id == "segment-margin-q1").Claim.Period.Span);
        Assert.Equal(new DateRange(new DateOnly(2024, 10, 1), new DateOnly(2024, 12, 31)), infineon.Claims.Single(c => c.Id == "segment-margin-q1-prior-year").Claim.Period.Span);
        // 1.45–1.55 bn then 2.45–2.55 bn: an increase in every case, periods in order. 16.65–16.75 % then 17.85–17.95 %: up.
        Assert.Equal(Verdict.Agrees, infineon.Relations.Single(r => r.Id == "ai-chip-revenue-up").Check().Verdict);
        Assert.Equal(Verdict.Agrees, infineon.Relations.Single(r => r.Id == "segment-margin-up").Check().Verdict);
        // 2.65–2.75 bn against 2.15–2.25 bn.
        Assert.Equal(Verdict.Agrees, infineon.Relations.Single(r => r.Id == "investment-raised").Check().Verdict);
    }

    [Fact]
    public void Investire_SameQuarterOf2024_AndTheFivePercent()
    {
        var investire = Load("alibaba-q2-fy2026-investire.it");
        // "Nel trimestre terminato il 30 settembre 2025": July to September 2025; "dello stesso trimestre del 2024" relative
        // to it: July to September 2024.
        Assert.Equal(new DateRange(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30)), investire.Claims.Single(c => c.Id == "revenue-q2-cny").Claim.Period.Span);
        var prior = investire.Claims.Single(c => c.Id == "revenue-q2-prior-year-cny");
        Assert.Equal("revenue-q2-cny", prior.RelativeTo);
        Assert.Equal(new DateRange(new DateOnly(2024, 7, 1), new DateOnly(2024, 9, 30)), prior.Claim.Period.Span);
        // 247.795–247.805 against 236.495–236.505 bn: 247.795 / 236.505 − 1 = 4.774 % to 247.805 / 236.495 − 1 = 4.782 %,
        // within "circa il 5%" read as rounded (4.5 % to 5.5 %).
        Assert.Equal(Verdict.Agrees, investire.Relations.Single(r => r.Id == "revenue-up-5-percent").Check().Verdict);
        // 132.575–132.585 of 247.795–247.805 bn: a part of the whole.
        Assert.Equal(Verdict.Agrees, investire.Relations.Single(r => r.Id == "china-ecommerce-part-of-revenue").Check().Verdict);
    }
}
