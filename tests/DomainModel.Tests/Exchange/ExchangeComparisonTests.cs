using System;
using DomainModel;
using DomainModel.Exchange;
using Xunit;

namespace DomainModel.Tests.Exchange;

/// <summary>Comparing the article's amounts across currencies with <see cref="ExchangeComparison"/>.</summary>
public sealed class ExchangeComparisonTests
{
    private static readonly DateOnly Fri = new(2025, 12, 5);

    private static readonly ExchangeRateTable Ecb = EcbReferenceRates.ReadXml(EcbReferenceRatesTests.DataPath("eurofxref-daily.xml")).ToTable();

    [Fact]
    public void Compare_ArticleAmounts_SaysWhichRateItUsed()
    {
        var yuan = new Money(160_000_000_000m, Currency.CNY);
        var dollars = new Money(23_000_000_000m, Currency.USD);
        var comparison = ExchangeComparison.Compare(yuan, dollars, Ecb, Fri.AddDays(2));
        Assert.True(comparison.IsLess); // 160 bn CNY ≈ 22.63 bn USD at the cross of the ECB's rates of 2025-12-05
        Assert.Equal(-1, comparison.Result);
        Assert.Equal(Currency.CNY, comparison.Rate!.Base);
        Assert.Equal(Currency.USD, comparison.Rate.Quote);
        Assert.Equal(new RateValidity(Fri), comparison.Rate.Validity);
        Assert.Equal(2, comparison.Rate.Legs.Count);
        Assert.Equal(0.14143781958631411463m, comparison.Rate.Value); // 1.1645 / 8.2333 to 20 significant digits
        Assert.Equal(new Money(22_630_051_133.81m, Currency.USD), comparison.LeftConverted.Round(MidpointRounding.ToEven)); // 160E9 × that
        Assert.StartsWith("CNY 160000000000 (= USD 22630051133.81", comparison.ToString(), StringComparison.Ordinal);
        Assert.Contains("< USD 23000000000 using CNY/USD", comparison.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SameCurrency_NeedsNoRate()
    {
        var comparison = ExchangeComparison.Compare(new Money(2m, Currency.USD), new Money(1m, Currency.USD), Ecb, Fri);
        Assert.True(comparison.IsGreater);
        Assert.Null(comparison.Rate);
        Assert.Equal("USD 2 > USD 1", comparison.ToString());
        Assert.True(ExchangeComparison.Compare(new Money(1m, Currency.USD), new Money(1.00m, Currency.USD), Ecb, Fri).IsEqual);
    }

    [Fact]
    public void Compare_NoRate_Throws()
    {
        var e = Assert.Throws<RateNotFoundException>(() => ExchangeComparison.Compare(new Money(1m, Currency.CNY), new Money(1m, Currency.USD), Ecb, new DateOnly(2024, 1, 1)));
        Assert.Contains("No CNY/USD rate for 2024-01-01", e.Message, StringComparison.Ordinal);
        Assert.Equal("provider", Assert.Throws<ArgumentNullException>(() => ExchangeComparison.Compare(default, default, null!, Fri)).ParamName);
    }
}
