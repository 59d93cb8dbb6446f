using System;
using DomainModel.Currencies;
using DomainModel.Estimates;
using DomainModel.Exchange;
using DomainModel.Monetary;
using Xunit;

namespace DomainModel.Tests.Docs;

/// <summary>The code blocks of docs/fx.md, run and checked.</summary>
public sealed class FxGuideTests
{
    [Fact]
    public void Convert()
    {
        #region snippet: fx-convert
        // USD/CNY 7.0683: one US dollar is 7.0683 yuan (ECB reference rates of 5 December 2025, crossed via EUR).
        var rate = ExchangeRate.Parse("USD/CNY 7.0683 2025-12-05 OfficialReference ECB", null);
        var budget = new Money(160_000_000_000m, Currency.CNY);
        Money dollars = rate.Convert(budget, MidpointRounding.ToEven);  // quote → base divides: USD 22636277464.17
        Money yuan = rate.Convert(new Money(1m, Currency.USD));          // base → quote multiplies: CNY 7.0683
        ExchangeRate inverse = rate.Inverse();                           // CNY/USD, same date, kind and source
        #endregion

        Assert.Equal(new Money(22_636_277_464.17m, Currency.USD), dollars);
        Assert.Equal(new Money(7.0683m, Currency.CNY), yuan);
        Assert.Equal((Currency.CNY, Currency.USD, new DateOnly(2025, 12, 5)), (inverse.Base, inverse.Quote, inverse.Validity.Start));
    }

    [Fact]
    public void Table()
    {
        #region snippet: fx-table
        var friday = new DateOnly(2025, 12, 5);
        var table = ExchangeRateTable.Empty.With(
            new ExchangeRate(Currency.USD, Currency.CNY, 7.0683m, friday, RateKind.OfficialReference, "ECB"));
        ExchangeRate weekend = table.GetRate(Currency.USD, Currency.CNY, friday.AddDays(2)); // Sunday: Friday's rate (look-back 7 days)
        ExchangeRate reciprocal = table.GetRate(Currency.CNY, Currency.USD, friday);         // derived: the inverse
        bool found = table.TryGetRate(Currency.USD, Currency.CNY, friday.AddDays(30), out _); // false: too old
        #endregion

        Assert.Equal(7.0683m, weekend.Value);
        Assert.Equal((Currency.CNY, Currency.USD), (reciprocal.Base, reciprocal.Quote));
        Assert.Equal(new Money(7.0683m, Currency.CNY), reciprocal.Convert(new Money(1m, Currency.USD), 4, MidpointRounding.ToEven));
        Assert.False(found);
    }

    [Fact]
    public void ImpliedRange()
    {
        #region snippet: fx-implied
        // "160 miliardi di yuan, circa 23 miliardi di dollari": 23 billion to the nearest billion is 22.5 to 23.5.
        var implied = ExchangeRateRange.Implied(
            Estimate.Rounded(new Money(23_000_000_000m, Currency.USD), 1_000_000_000m),
            Estimate.Rounded(new Money(160_000_000_000m, Currency.CNY), 1_000_000_000m),
            new RateValidity(new DateOnly(2025, 12, 31)), "article");
        var ecb = ExchangeRate.Parse("USD/CNY 7.0683 2025-12-05 OfficialReference ECB", null);
        bool plausible = implied.Contains(ecb);                          // true: 6.79 ≤ 7.07 ≤ 7.13
        #endregion

        Assert.True(plausible);
        Assert.False(implied.Contains(ExchangeRate.Parse("USD/CNY 7.3 2025-12-05 OfficialReference ECB", null)));
    }
}
