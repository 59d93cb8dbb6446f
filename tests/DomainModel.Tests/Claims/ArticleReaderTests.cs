using System;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Claims;

/// <summary>The reader, source chains, quotes and as-of dates: hedges read from the words, and bad input refused.</summary>
public sealed class ArticleReaderTests
{
    private const string Text = "Made-up text for tests: sales were more than 5 million dollars in 2025, up to 80 units by October, "
        + "nearly 2 billion tokens in August, and at least 30,000 users in 2024; costs exceeded 7 million euros in 2025; about 3 million in 2025.";

    private static readonly AsOfDate AsOf = new(new DateOnly(2025, 12, 31), "made-up text dated end of 2025");
    private static readonly ArticleReader English = new(Text, AsOf, NewsLanguage.English, ScalePolicy.ShortScale);
    private static readonly SourceChain Source = SourceChain.Of("Test");

    [Theory]
    [InlineData("sales were more than 5 million dollars", "5 million", "in 2025", EstimateKind.Over)]
    [InlineData("up to 80 units", "80", "by October", EstimateKind.AtMost)]
    [InlineData("nearly 2 billion tokens", "2 billion", "in August", EstimateKind.Nearly)]
    [InlineData("at least 30,000 users", "30,000", "in 2024", EstimateKind.AtLeast)]
    [InlineData("costs exceeded 7 million euros", "7 million", "in 2025", EstimateKind.Over)]
    [InlineData("about 3 million", "3 million", "in 2025", EstimateKind.About)]
    public void Read_TakesTheHedgeFromTheWordsBeforeTheFigure(string quote, string figure, string period, EstimateKind kind)
    {
        var claim = English.Read("x", "x", quote, figure, period, Source, Money.Zero(Currency.USD));
        Assert.Equal(kind, claim.Estimate.Kind);
    }

    [Fact]
    public void Read_ByOctober_IsADeadline_AndCountsAreWhole()
    {
        var claim = English.Read("x", "x", "up to 80 units", "80", "by October", Source, UnitCount.Zero(new CountKind("unit")));
        Assert.Equal(PeriodKind.Deadline, claim.Period.Kind);
        Assert.Null(claim.Interval.Lower);
        Assert.Equal(80m, claim.Interval.Upper);
    }

    [Fact]
    public void Read_BadInput_IsRefusedWithTheReason()
    {
        var usd = Money.Zero(Currency.USD);
        var notInText = Assert.Throws<ArgumentException>(() => English.Read("x", "x", "sales were 9 million", "9 million", "in 2025", Source, usd));
        Assert.Contains("does not appear word for word", notInText.Message, StringComparison.Ordinal);
        var notInQuote = Assert.Throws<ArgumentException>(() => English.Read("x", "x", "about 3 million", "4 million", "in 2025", Source, usd));
        Assert.Equal("figure", notInQuote.ParamName);
        var noPeriod = Assert.Throws<ArgumentException>(() => English.Read("x", "x", "about 3 million", "3 million", "in 2031", Source, usd));
        Assert.Equal("words", noPeriod.ParamName);
        Assert.Throws<ArgumentException>(() => English.Read(" ", "x", "about 3 million", "3 million", "in 2025", Source, usd));
        Assert.Throws<ArgumentNullException>(() => English.Read("x", "x", "about 3 million", "3 million", "in 2025", null!, usd));
        Assert.Throws<ArgumentException>(() => new ArticleReader(Text, default, NewsLanguage.English, ScalePolicy.ShortScale));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleReader(Text, AsOf, (NewsLanguage)9, ScalePolicy.ShortScale));
        Assert.Throws<ArgumentException>(() => new ArticleReader("  ", AsOf, NewsLanguage.English, ScalePolicy.ShortScale));
    }

    [Fact]
    public void SourceChain_ReadsAndWritesCiting()
    {
        var chain = SourceChain.Of("Financial Times").Cite("ByteDance");
        Assert.Equal("Financial Times citing ByteDance", chain.ToString());
        Assert.Equal(chain, SourceChain.Parse(chain.ToString()));
        Assert.Equal("ByteDance", chain.Origin);
        Assert.True(chain == SourceChain.Of(["Financial Times", "ByteDance"]));
        Assert.Throws<ArgumentException>(() => SourceChain.Of(" x"));
        Assert.Throws<ArgumentException>(() => SourceChain.Of("A citing B"));
        Assert.Throws<ArgumentException>(() => SourceChain.Of(Array.Empty<string>()));
        Assert.Throws<ArgumentNullException>(() => SourceChain.Of((string)null!));
        Assert.Throws<ArgumentException>(() => SourceChain.Parse("A citing "));
    }

    [Fact]
    public void Quote_AndAsOfDate_AreValidated()
    {
        var quote = Quote.Find(Text, "about 3 million");
        Assert.Equal(Text.IndexOf("about 3 million", StringComparison.Ordinal), quote.Offset);
        Assert.True(quote.IsIn(Text));
        Assert.False(new Quote("about 3 million", 0).IsIn(Text));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quote("x", -1));
        Assert.Throws<ArgumentException>(() => new Quote(" ", 0));
        Assert.Throws<ArgumentException>(() => Quote.Find(Text, "absent words"));
        Assert.Throws<ArgumentException>(() => new AsOfDate(new DateOnly(2025, 1, 1), ""));
        Assert.Equal("2025-12-31 (made-up text dated end of 2025)", AsOf.ToString());
    }

    [Fact]
    public void TypedEstimates_PrintOpenBoundsOpen_AndSharesAsPercentages()
    {
        var over = Estimate.Over(TokenRate.PerDay(TokenVolume.FromTrillions(30m)));
        Assert.Equal("(30 trillion, +inf) tokens per 1 d", over.ToIntervalString());
        Assert.Equal("Over 30 trillion in (30 trillion, +inf) tokens per 1 d", over.ToString());
        var share = EstimateMath.Ratio(Estimate.Rounded(new Money(85m, Currency.CNY), 1m), Estimate.Rounded(new Money(150m, Currency.CNY), 1m));
        Assert.Equal("[56.14 %, 57.2 %]", share.ToIntervalString());
        Assert.Equal("20000 H200 unit", Estimate.Rounded(new UnitCount(20_000, new CountKind("H200 unit")), 1m).ToIntervalString());
    }

    [Fact]
    public void Estimates_NearDecimalsLimits_OverflowWithContext()
    {
        var e = Assert.Throws<OverflowException>(() => Estimate.Rounded(decimal.MaxValue, 10m));
        Assert.Contains("rounded to a unit of 10", e.Message, StringComparison.Ordinal);
        var parsed = NewsNumberParser.Parse("79228162514264337593543950335", ScalePolicy.ShortScale, null);
        var p = Assert.Throws<OverflowException>(() => Estimate.FromParsed(parsed));
        Assert.Contains("79228162514264337593543950335", p.Message, StringComparison.Ordinal);
    }
}
