using System;
using System.Linq;
using DomainModel;
using DomainModel.Exchange;
using Xunit;

namespace DomainModel.Tests.Docs;

/// <summary>README's first look, run and checked (README.md is in <see cref="DocSnippets.Guides"/>).</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void FirstLook()
    {
        #region snippet: readme-first-look
        var budget = new Money(160_000_000_000m, Currency.CNY);
        decimal share = new Money(85_000_000_000m, Currency.CNY) / new Money(150_000_000_000m, Currency.CNY); // 0.5666…
        var parts = new Money(100m, Currency.USD).Allocate(3);                    // USD 33.34, 33.33, 33.33
        Money cents = new Money(2.345m, Currency.USD).Round(MidpointRounding.ToEven); // USD 2.34: rounding is always explicit
        // budget + new Money(23_000_000_000m, Currency.USD);                    // MismatchException: convert first

        // The ECB publishes EUR/USD 1.1645 and EUR/CNY 8.2333 for 5 December 2025; USD/CNY is their cross, a derived rate.
        var rate = ExchangeRate.Parse("USD/CNY 7.0702 2025-12-05 Derived ECB", null);
        Money dollars = rate.Convert(budget, MidpointRounding.ToEven);           // quote → base divides: USD 22630194336.79

        // "160 miliardi di yuan, circa 23 miliardi di dollari": each figure admits what its rounding admits.
        Estimate<Money> yuan = Estimate.Rounded(budget, 1_000_000_000m);         // 159.5 to 160.5 bn CNY
        Estimate<Money> usd = Estimate.Rounded(new Money(23_000_000_000m, Currency.USD), 1_000_000_000m); // 22.5 to 23.5 bn
        var implied = ExchangeRateRange.Implied(usd, yuan, new RateValidity(new DateOnly(2025, 12, 31)), "article");
        bool plausible = implied.Contains(rate);                                 // true: 6.787 ≤ 7.070 ≤ 7.133
        Estimate<Money> converted = rate.Convert(yuan);            // 22.56 to 22.70 bn USD
        bool agrees = usd.Contains(converted);                                   // true: inside what "circa 23" admits
        #endregion

        Assert.Equal(85m / 150m, share);
        Assert.Equal([new Money(33.34m, Currency.USD), new Money(33.33m, Currency.USD), new Money(33.33m, Currency.USD)], parts.ToArray());
        Assert.Equal(new Money(2.34m, Currency.USD), cents);
        Assert.Equal(new Money(22_630_194_336.79m, Currency.USD), dollars); // 160e9 / 7.0702 = 22630194336.7938…
        Assert.True(plausible);
        Assert.True(159.5m / 23.5m <= 7.0702m && 7.0702m <= 160.5m / 22.5m);
        Assert.True(converted.Lower!.Value.Amount <= 159_500_000_000m / 7.0702m);
        Assert.True(converted.Lower!.Value.Amount > 159_500_000_000m / 7.0702m - 0.01m);
        Assert.True(converted.Upper!.Value.Amount >= 160_500_000_000m / 7.0702m);
        Assert.True(converted.Upper!.Value.Amount < 160_500_000_000m / 7.0702m + 0.01m);
        Assert.Equal(Currency.USD, converted.Stated.Currency);
        Assert.True(agrees);
    }
}
