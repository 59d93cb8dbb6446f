using System;
using DomainModel;
using DomainModel.Exchange;
using Xunit;

namespace DomainModel.Tests.Exchange;

/// <summary>Implied rates from the article's figures and <see cref="ExchangeRateRange"/>.</summary>
public sealed class ExchangeRateRangeTests
{
    private const decimal Billion = 1_000_000_000m;
    private static readonly RateValidity ArticleDay = new(new DateOnly(2025, 12, 19));

    /// <summary>"160 billion yuan, about 23 billion dollars": 23 billion stated to the nearest billion, 160 billion taken as exact.</summary>
    private static ExchangeRateRange Article(bool yuanRounded = false) => ExchangeRateRange.Implied(
        Estimate.Rounded(new Money(23 * Billion, Currency.USD), Billion),
        yuanRounded ? Estimate.Rounded(new Money(160 * Billion, Currency.CNY), Billion) : Estimate.Exactly(new Money(160 * Billion, Currency.CNY)),
        ArticleDay,
        "Financial Times");

    [Fact]
    public void Implied_ArticleFigures_GiveARange()
    {
        var range = Article();
        Assert.Equal(Currency.USD, range.Base);
        Assert.Equal(Currency.CNY, range.Quote);
        Assert.Equal(6.8085106382978723404m, range.Min); // 160 / 23.5 rounded down at 20 digits
        Assert.Equal(7.1111111111111111112m, range.Max); // 160 / 22.5 rounded up
        Assert.True(range.Min <= 160m / 23.5m && 160m / 22.5m <= range.Max);
        Assert.Equal("USD/CNY [6.8085106382978723404, 7.1111111111111111112] 2025-12-19 Financial Times", range.ToString());
    }

    [Fact]
    public void Implied_BothRounded_IsWider()
    {
        var range = Article(yuanRounded: true);
        Assert.Equal(159.5m / 23.5m, range.Min, 18);
        Assert.True(range.Max >= 160.5m / 22.5m);
        Assert.True(range.Min < Article().Min && range.Max > Article().Max);
    }

    [Theory]
    [InlineData("7.1", true)] // a rate around the end of 2025
    [InlineData("7.05", true)]
    [InlineData("6.81", true)]
    [InlineData("7.2", false)] // roughly the 2024 average: outside the range
    [InlineData("6.5", false)]
    public void Contains_PublishedRates(string value, bool expected)
    {
        var rate = ExchangeRate.ParseMarket("USD/CNY " + value, ArticleDay, RateKind.Spot, "market");
        Assert.Equal(expected, Article().Contains(rate));
        Assert.Equal(expected, Article().Contains(rate.Inverse()));
    }

    [Fact]
    public void Contains_ReversePair_ComparesExactly()
    {
        var range = new ExchangeRateRange(Currency.USD, Currency.CNY, 7m, 8m, ArticleDay, "test");
        Assert.True(range.Contains(new ExchangeRate(Currency.CNY, Currency.USD, 0.125m, ArticleDay.Start, RateKind.Spot, "x")));
        Assert.False(range.Contains(new ExchangeRate(Currency.CNY, Currency.USD, 0.1249m, ArticleDay.Start, RateKind.Spot, "x")));
    }

    [Fact]
    public void Contains_OtherPair_Throws()
    {
        var eurUsd = new ExchangeRate(Currency.EUR, Currency.USD, 1.16m, ArticleDay, RateKind.Spot, "ECB");
        var e = Assert.Throws<ArgumentException>(() => Article().Contains(eurUsd));
        Assert.Equal("rate", e.ParamName);
        Assert.Contains("EUR/USD", e.Message, StringComparison.Ordinal);
        Assert.Contains("USD/CNY", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MidAndInverse()
    {
        var range = Article();
        Assert.Equal(6.9598108747044917258m, range.Mid);
        var mid = range.ToMidRate();
        Assert.Equal(RateKind.Implied, mid.Kind);
        Assert.Equal(range.Mid, mid.Value);
        var inverse = range.Inverse();
        Assert.Equal(Currency.CNY, inverse.Base);
        Assert.True(inverse.Min <= 22.5m / 160m && 23.5m / 160m <= inverse.Max);
        Assert.Equal(0.14062499999999999999m, inverse.Min);
        Assert.Equal(0.14687500000000000001m, inverse.Max);
    }

    [Fact]
    public void Implied_AmountRangeReachingZero_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ExchangeRateRange.Implied(
            Estimate.Rounded(new Money(0m, Currency.USD), Billion),
            Estimate.Exactly(new Money(160 * Billion, Currency.CNY)),
            ArticleDay,
            "x"));
        Assert.Equal("baseAmount", e.ParamName);
        Assert.Contains("not positive", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Implied_SameCurrency_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ExchangeRateRange.Implied(
            Estimate.Exactly(new Money(1m, Currency.USD)), Estimate.Exactly(new Money(2m, Currency.USD)), ArticleDay, "x"));
        Assert.Contains("same base and quote", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RefusedBounds_Throw()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExchangeRateRange(Currency.USD, Currency.CNY, 8m, 7m, ArticleDay, "x"));
        Assert.Equal("max", e.ParamName);
        Assert.Contains("below its minimum", e.Message, StringComparison.Ordinal);
        Assert.Equal("min", Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRateRange(Currency.USD, Currency.CNY, 0m, 7m, ArticleDay, "x")).ParamName); // the constructor's own parameter
        Assert.Equal("max", Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRateRange(Currency.USD, Currency.CNY, 7m, 2e12m, ArticleDay, "x")).ParamName);
    }

    [Fact]
    public void Equality()
    {
        Assert.Equal(Article(), Article());
        Assert.True(Article() == Article());
        Assert.NotEqual(Article(), Article(yuanRounded: true));
        Assert.Equal(Article().GetHashCode(), Article().GetHashCode());
    }

    // ---- Outward rounding ---------------------------------------------------------------------------------

    [Fact]
    public void Implied_OpenAndOverBounds_AreRefusedOrClosed()
    {
        var over = Estimate.Over(new Money(23 * Billion, Currency.USD));
        var e = Assert.Throws<ArgumentException>(() => ExchangeRateRange.Implied(over, Estimate.Exactly(new Money(160 * Billion, Currency.CNY)), ArticleDay, "x"));
        Assert.Equal("baseAmount", e.ParamName);
        Assert.Contains("unbounded", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Implied_NeverExcludesTheExactRate_WhereDecimalDivisionRoundsTheWrongWay()
    {
        // 1 / 3 at 28 digits is below the exact third; a range whose bound is taken from it must still hold the third.
        var range = ExchangeRateRange.Implied(
            Estimate.Exactly(new Money(3m, Currency.USD)), Estimate.Exactly(new Money(1m, Currency.CNY)), ArticleDay, "x");
        Assert.True(range.Min * 3m <= 1m);
        Assert.True(range.Max * 3m >= 1m);
        var inverse = range.Inverse();
        Assert.True(inverse.Min <= 3m && 3m <= inverse.Max);
    }
}
