using System;
using System.Globalization;
using System.Linq;
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

    [CulturesFact]
    public void Policy()
    {
        #region snippet: fx-policy
        // Real ECB reference rates (EUR/USD, EUR/CNY) of five days; USD/CNY is their cross.
        var history = ExchangeRateTable.Empty.WithName("ECB").WithPivot(Currency.EUR).With(new[]
        {
            ("2025-08-01", 1.1404m, 8.2243m), ("2025-08-04", 1.1565m, 8.2993m), ("2026-04-09", 1.1685m, 7.9863m),
            ("2026-04-10", 1.1711m, 7.9967m), ("2026-04-13", 1.1684m, 7.9827m),
        }.SelectMany(d => new[]
        {
            new ExchangeRate(Currency.EUR, Currency.USD, d.Item2, DateOnly.Parse(d.Item1, CultureInfo.InvariantCulture), RateKind.OfficialReference, "ECB"),
            new ExchangeRate(Currency.EUR, Currency.CNY, d.Item3, DateOnly.Parse(d.Item1, CultureInfo.InvariantCulture), RateKind.OfficialReference, "ECB"),
        }));

        var statement = new DateOnly(2026, 5, 13);
        RateChoice onDate = new RatePolicy(60).RateOn(history, Currency.USD, Currency.CNY, statement);
        // EarlierDate, AgeDays 30: the rate of 2026-04-13, 7.9827 / 1.1684 = 6.8322 CNY per USD
        RateChoice plan = new RatePolicy(60).AverageOver(history, Currency.USD, Currency.CNY,
            new DateRange(statement.AddDays(1), statement.AddYears(5)), statement);      // None: the period starts after the statement

        // The article's own figures imply 7.197–7.224 CNY per USD: when was that the market's rate?
        var implied = new ExchangeRateRange(Currency.USD, Currency.CNY, 7.197m, 7.224m, new RateValidity(statement), "article");
        StaleConversion stale = StaleConversion.Find(implied, history, statement);
        // "7.1970–7.2240 CNY per USD was last current on 2025-08-01, 285 days (9 months) before 2026-05-13 (ECB: USD/CNY 7.2118);
        //  the latest rate, of 2026-04-13, is 6.8322"
        #endregion

        Assert.Equal((RateChoiceKind.EarlierDate, 30), (onDate.Kind, onDate.AgeDays));
        Assert.Equal(new DateOnly(2026, 4, 13), onDate.Rate!.Validity.Start);
        Assert.InRange(onDate.Rate.Value, 6.83216m, 6.83217m); // 7.9827 / 1.1684 = 6.832163…
        Assert.Equal(RateChoiceKind.None, plan.Kind);
        Assert.Equal((StaleConversionKind.LastCurrent, new DateOnly(2025, 8, 1), 285, 9), (stale.Kind, stale.LastCurrent!.Value, stale.DaysBefore!.Value, stale.MonthsBefore!.Value));
        Assert.Equal("7.1970–7.2240 CNY per USD was last current on 2025-08-01, 285 days (9 months) before 2026-05-13 (ECB: USD/CNY 7.2118); the latest rate, of 2026-04-13, is 6.8322", stale.ToString());
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
        // "160 miliardi di yuan, circa 23 miliardi di dollari", both read as rounded to the billion (the narrowest reading:
        // 22.5 to 23.5; "circa" read as Estimate.About is one billion either side, 22 to 24, and implies a wider range).
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
