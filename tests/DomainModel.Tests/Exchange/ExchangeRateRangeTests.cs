using System;
using DomainModel.Currencies;
using DomainModel.Exchange;
using DomainModel.Monetary;
using Xunit;

namespace DomainModel.Tests.Exchange;

/// <summary>Implied rates from the article's figures, <see cref="ExchangeRateRange"/> and <see cref="StatedAmount"/>.</summary>
public sealed class ExchangeRateRangeTests
{
    private const decimal Billion = 1_000_000_000m;
    private static readonly RateValidity ArticleDay = new(new DateOnly(2025, 12, 19));

    /// <summary>"160 billion yuan, about 23 billion dollars": 23 billion stated to the nearest billion, 160 billion taken as exact.</summary>
    private static ExchangeRateRange Article(bool yuanRounded = false) => ExchangeRateRange.Implied(
        StatedAmount.ToNearest(new Money(23 * Billion, Currency.USD), Billion),
        yuanRounded ? StatedAmount.ToNearest(new Money(160 * Billion, Currency.CNY), Billion) : StatedAmount.Exact(new Money(160 * Billion, Currency.CNY)),
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
            StatedAmount.ToNearest(new Money(0m, Currency.USD), Billion),
            StatedAmount.Exact(new Money(160 * Billion, Currency.CNY)),
            ArticleDay,
            "x"));
        Assert.Equal("baseAmount", e.ParamName);
        Assert.Contains("not positive", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Implied_SameCurrency_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ExchangeRateRange.Implied(
            StatedAmount.Exact(new Money(1m, Currency.USD)), StatedAmount.Exact(new Money(2m, Currency.USD)), ArticleDay, "x"));
        Assert.Contains("same base and quote", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RefusedBounds_Throw()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExchangeRateRange(Currency.USD, Currency.CNY, 8m, 7m, ArticleDay, "x"));
        Assert.Equal("max", e.ParamName);
        Assert.Contains("below its minimum", e.Message, StringComparison.Ordinal);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRateRange(Currency.USD, Currency.CNY, 0m, 7m, ArticleDay, "x")).ParamName);
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

    // ---- StatedAmount -------------------------------------------------------------------------------------

    [Fact]
    public void StatedAmount_ToNearest_HasHalfAUnitEachSide()
    {
        var usd = StatedAmount.ToNearest(new Money(23 * Billion, Currency.USD), Billion);
        Assert.Equal(new Money(22.5m * Billion, Currency.USD), usd.Low);
        Assert.Equal(new Money(23.5m * Billion, Currency.USD), usd.High);
        Assert.False(usd.IsExact);
        Assert.Equal("USD 23000000000 ±500000000", usd.ToString());
        Assert.Equal(usd, StatedAmount.ToNearest(new Money(23_000_000_000.0m, Currency.USD), Billion));
        var exact = StatedAmount.Exact(new Money(160 * Billion, Currency.CNY));
        Assert.True(exact.IsExact);
        Assert.Equal(exact.Amount, exact.Low);
        Assert.Equal("CNY 160000000000", exact.ToString());
        Assert.True(default(StatedAmount).IsExact);
    }

    [Theory]
    [InlineData("23000000000", "1000000000")]
    [InlineData("160000000000", "10000000000")]
    [InlineData("7", "1")]
    [InlineData("0", "1")]
    [InlineData("23.50", "0.01")]
    [InlineData("-400", "100")]
    public void StatedAmount_InferFromTrailingZeros_FollowsTheStatedRule(string amount, string unit)
    {
        var stated = StatedAmount.InferFromTrailingZeros(new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Currency.USD));
        Assert.Equal(decimal.Parse(unit, System.Globalization.CultureInfo.InvariantCulture), stated.Unit);
    }

    [Fact]
    public void StatedAmount_BadUnit_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => StatedAmount.ToNearest(new Money(23m, Currency.USD), 0m));
        Assert.Equal("unit", e.ParamName);
        Assert.Contains("not positive", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => StatedAmount.ToNearest(new Money(23m, Currency.USD), -1m));
        var m = Assert.Throws<ArgumentException>(() => StatedAmount.ToNearest(new Money(23.5m * Billion, Currency.USD), Billion));
        Assert.Equal("amount", m.ParamName);
        Assert.Contains("not a whole multiple", m.Message, StringComparison.Ordinal);
    }
}
