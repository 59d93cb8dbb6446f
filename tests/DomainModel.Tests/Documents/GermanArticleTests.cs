using System;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>
/// The German articles of docs/articles, read with the German lexicon: the Nvidia article (upday, 27 August 2025)
/// loads end to end with every figure covered; the Infineon article's (Reuters, 4 February 2026) German figures and
/// period words are read as the text means them. Expectations are computed by hand from the texts.
/// </summary>
public sealed class GermanArticleTests
{
    private static ClaimsDocument Load(string name) => ClaimsDocument.Load(RepositoryPaths.Combine("docs", "articles", name + ".claims.json"));

    [Fact]
    public void Nvidia_Loads_InGerman_WithEveryFigureCovered()
    {
        var nvidia = Load("nvidia-q2-fy2026.de");
        Assert.Equal(NewsLanguage.German, nvidia.Article.Language);
        Assert.Equal(ScalePolicy.LongScale, nvidia.Article.Scale);
        Assert.Empty(nvidia.UncoveredFigures());
        Assert.Equal(5, nvidia.Claims.Count);
        Assert.Equal(6, nvidia.NotCheckable.Count);
        Assert.All(nvidia.NotCheckable, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
    }

    [Fact]
    public void Nvidia_Figures_AreReadOnTheLongScale()
    {
        var nvidia = Load("nvidia-q2-fy2026.de");
        // "auf 46,74 Milliarden Dollar": 46.74 × 10^9, rounded to 10^7.
        var revenue = nvidia.Claims.Single(c => c.Claim.Id == "revenue-q2").Claim;
        Assert.Equal(46_735_000_000m, revenue.Interval.Lower);
        Assert.Equal(46_745_000_000m, revenue.Interval.Upper);
        // "50-Milliarden-Dollar-Geschäft": the scale word joined by hyphens.
        var ambition = nvidia.Claims.Single(c => c.Claim.Id == "china-business-ambition").Claim;
        Assert.Equal(50_000_000_000m, ambition.Interval.Stated);
        // "im Wert von 650 Millionen Dollar".
        Assert.Equal(650_000_000m, nvidia.Claims.Single(c => c.Claim.Id == "h20-sales-outside-china-q2").Claim.Interval.Stated);
    }

    [Fact]
    public void Nvidia_Periods_AreThisYear_AndTheLastCompletedFiscalQuarter()
    {
        var nvidia = Load("nvidia-q2-fy2026.de");
        // "für dieses Jahr", as of 2025-08-27: the calendar year 2025.
        var potential = nvidia.Claims.Single(c => c.Claim.Id == "china-potential-2025").Claim.Period.Span;
        Assert.Equal(new DateOnly(2025, 1, 1), potential.Start);
        Assert.Equal(new DateOnly(2025, 12, 31), potential.End);
        // "Im vergangenen Quartal" in Nvidia's calendar, as of 2025-08-27 (in Q3 FY2026, from 28 July 2025): Q2 FY2026,
        // 28 April to 27 July 2025 ("the quarter ended July 27, 2025" of Nvidia's release).
        var quarter = nvidia.Claims.Single(c => c.Claim.Id == "revenue-q2").Claim.Period.Span;
        Assert.Equal(new DateOnly(2025, 4, 28), quarter.Start);
        Assert.Equal(new DateOnly(2025, 7, 27), quarter.End);
    }

    [Fact]
    public void Nvidia_Verdicts()
    {
        var nvidia = Load("nvidia-q2-fy2026.de");
        // 50 bn twice: the same figure. 41.35–41.45 bn of data centre revenue within 46.735–46.745 bn.
        Assert.Equal(Verdict.Agrees, nvidia.Relations.Single(r => r.Id == "ambition-is-the-potential").Check().Verdict);
        Assert.Equal(Verdict.Agrees, nvidia.Relations.Single(r => r.Id == "data-centre-part-of-revenue").Check().Verdict);
    }

    [Fact]
    public void Nvidia_Scan_FindsTheGermanFigures()
    {
        var nvidia = Load("nvidia-q2-fy2026.de");
        var figures = FigureScanner.Scan(nvidia.Article.Text, NewsLanguage.German, ScalePolicy.LongScale).Where(m => m.IsQuantity).ToArray();
        var market = figures.Single(m => m.Text.StartsWith("rund 4,4", StringComparison.Ordinal));
        Assert.Equal(NumberQualifier.About, market.Qualifier);
        Assert.Equal(4_400_000_000_000m, market.Value);
        Assert.Equal("USD", market.Currency!.Value.Code);
        Assert.Equal(FigureKind.Percentage, figures.Single(m => m.Text == "15 Prozent").Kind);
        Assert.Equal(50_000_000_000m, figures.First().Value); // "50-Milliarden-Dollar"
    }

    [Fact]
    public void Infineon_Text_IsReadInGerman()
    {
        string text = System.IO.File.ReadAllText(RepositoryPaths.Combine("docs", "articles", "infineon-q1-2025-26.de.txt"));
        var infineon = FiscalCalendar.MonthBased("Infineon", 10, 1, FiscalYearNaming.ByEndYear, "made up for tests: 1 October to 30 September, as Infineon's");
        var reader = new ArticleReader(text, new AsOfDate(new DateOnly(2026, 2, 4), "the dateline"), NewsLanguage.German, ScalePolicy.LongScale, infineon);

        // "rund 2,7 statt 2,2 Milliarden Euro": "Milliarden" is written once for both; "rund" is about, one rounding unit
        // (0.1 bn) either side: 2.6–2.8 bn.
        var investment = reader.Read("investment", "Infineon", "Die Investitionen sollen im laufenden Geschäftsjahr 2025/26 rund 2,7 statt 2,2 Milliarden Euro betragen", "2,7", "im laufenden Geschäftsjahr 2025/26", SourceChain.Of("Reuters"), Money.Zero(Currency.EUR));
        Assert.Equal(EstimateKind.About, investment.Interval.Kind);
        Assert.Equal(2_600_000_000m, investment.Interval.Lower);
        Assert.Equal(2_800_000_000m, investment.Interval.Upper);
        // "Geschäftsjahr 2025/26": 1 October 2025 to 30 September 2026.
        Assert.Equal(new DateOnly(2025, 10, 1), investment.Period.Span.Start);
        Assert.Equal(new DateOnly(2026, 9, 30), investment.Period.Span.End);

        // "Im ersten Quartal des Geschäftsjahres": October to December 2025; "Für das laufende zweite Quartal": January to March 2026.
        var q1 = reader.ResolvePeriod("Im ersten Quartal des Geschäftsjahres").Span;
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)), (q1.Start, q1.End));
        var q2 = reader.ResolvePeriod("Für das laufende zweite Quartal").Span;
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), (q2.Start, q2.End));

        var outlook = reader.Read("outlook", "Infineon", "rechnet Infineon mit einem Umsatz von etwa 3,8 Milliarden Euro", "3,8 Milliarden", "Für das laufende zweite Quartal", SourceChain.Of("Reuters"), Money.Zero(Currency.EUR));
        Assert.Equal(EstimateKind.About, outlook.Interval.Kind); // "etwa": about, one unit (0.1 bn) either side: 3.7–3.9 bn
        Assert.Equal(3_700_000_000m, outlook.Interval.Lower);
        Assert.Equal(3_900_000_000m, outlook.Interval.Upper);
    }

    [Fact]
    public void Infineon_Scan_CoversItsFigures_AndReadsTheDateAndTheFiscalYear()
    {
        string text = System.IO.File.ReadAllText(RepositoryPaths.Combine("docs", "articles", "infineon-q1-2025-26.de.txt"));
        var mentions = FigureScanner.Scan(text, NewsLanguage.German, ScalePolicy.LongScale);
        Assert.Equal(FigureKind.Date, mentions.Single(m => m.Text == "04. Feb").Kind);
        Assert.Equal(FigureKind.Date, mentions.Single(m => m.Text == "2025/26").Kind);
        var quantities = mentions.Where(m => m.IsQuantity).Select(m => m.Text).ToArray();
        Assert.Equal(
            ["rund 2,7", "2,2 Milliarden Euro", "1,5 Milliarden Euro", "2,5 Milliarden Euro", "3,66 Milliarden Euro", "655 Millionen Euro", "17,9 Prozent", "16,7 Prozent", "etwa 3,8 Milliarden Euro"],
            quantities);
    }
}
