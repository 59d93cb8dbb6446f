using System;
using DomainModel;
using DomainModel.Exchange;
using Xunit;

namespace DomainModel.Tests.Docs;

/// <summary>The code blocks of docs/fx.md, run and checked.</summary>
public sealed class FxGuideTests
{
    [Fact]
    public void Convert()
    {
        #region snippet: fx-convert
        // USD/CNY 7.0702: one US dollar is 7.0702 yuan, derived from the ECB reference rates of 5 December 2025 (the ECB
        // publishes no USD/CNY): the cross through EUR, EUR/CNY 8.2333 ÷ EUR/USD 1.1645, rounded to 4 decimals.
        var rate = ExchangeRate.Parse("USD/CNY 7.0702 2025-12-05 Derived ECB", null);
        var budget = new Money(160_000_000_000m, Currency.CNY);
        Money dollars = rate.Convert(budget, MidpointRounding.ToEven);  // quote → base divides: USD 22630194336.79
        Money yuan = rate.Convert(new Money(1m, Currency.USD));          // base → quote multiplies: CNY 7.0702
        ExchangeRate inverse = rate.Inverse();                           // CNY/USD, same date, kind and source
        #endregion

        Assert.Equal(new Money(22_630_194_336.79m, Currency.USD), dollars); // 160E9 / 7.0702 = 22630194336.7938…
        Assert.Equal(new Money(7.0702m, Currency.CNY), yuan);
        Assert.Equal((RateKind.Derived, "ECB"), (rate.Kind, rate.Source));
        Assert.Equal((Currency.CNY, Currency.USD, new DateOnly(2025, 12, 5)), (inverse.Base, inverse.Quote, inverse.Validity.Start));
    }

    [Fact]
    public void Table()
    {
        #region snippet: fx-table
        // The ECB's reference rates of Friday 5 December 2025 (it publishes no USD/CNY: the table derives it through EUR).
        var friday = new DateOnly(2025, 12, 5);
        var table = ExchangeRateTable.Empty.WithPivot(Currency.EUR).With(new[]
        {
            new ExchangeRate(Currency.EUR, Currency.USD, 1.1645m, friday, RateKind.OfficialReference, "ECB"),
            new ExchangeRate(Currency.EUR, Currency.CNY, 8.2333m, friday, RateKind.OfficialReference, "ECB"),
        });
        ExchangeRate cross = table.GetRate(Currency.USD, Currency.CNY, friday);             // derived: 8.2333 / 1.1645 = 7.0702447402318591670
        Money dollars = cross.Convert(new Money(160_000_000_000m, Currency.CNY), MidpointRounding.ToEven); // USD 22630051133.81
        ExchangeRate weekend = table.GetRate(Currency.USD, Currency.CNY, friday.AddDays(2)); // Sunday: Friday's rate (look-back 7 days)
        ExchangeRate reciprocal = table.GetRate(Currency.USD, Currency.EUR, friday);         // derived: the inverse of EUR/USD
        bool found = table.TryGetRate(Currency.USD, Currency.CNY, friday.AddDays(30), out _); // false: too old
        #endregion

        // Expected values computed apart (Python's decimal): 8.2333 / 1.1645 and 1 / 1.1645 to 20 significant digits, half
        // to even; 160E9 / 7.0702447402318591670 = 22630051133.8099… to cents.
        Assert.Equal(7.0702447402318591670m, cross.Value);
        Assert.Equal((Currency.USD, Currency.CNY, RateKind.Derived, "ECB", 2), (cross.Base, cross.Quote, cross.Kind, cross.Source, cross.Legs.Count));
        Assert.Equal(new Money(22_630_051_133.81m, Currency.USD), dollars);
        Assert.Equal(cross, weekend);
        Assert.Equal((Currency.USD, Currency.EUR, RateKind.Derived), (reciprocal.Base, reciprocal.Quote, reciprocal.Kind));
        Assert.Equal(0.85873765564620008587m, reciprocal.Value);
        Assert.Equal(new Money(1.1645m, Currency.USD), reciprocal.Convert(new Money(1m, Currency.EUR), 4, MidpointRounding.ToEven));
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
        var ecb = ExchangeRate.Parse("USD/CNY 7.0702 2025-12-05 Derived ECB", null); // 8.2333 ÷ 1.1645, a cross through EUR
        bool plausible = implied.Contains(ecb);                          // true: 159.5/23.5 = 6.79 ≤ 7.07 ≤ 7.13 = 160.5/22.5
        #endregion

        Assert.True(plausible);
        Assert.False(implied.Contains(new ExchangeRate(Currency.USD, Currency.CNY, 7.3m, new DateOnly(2025, 12, 5), RateKind.Spot, "made up"))); // above 7.1333
    }
}
