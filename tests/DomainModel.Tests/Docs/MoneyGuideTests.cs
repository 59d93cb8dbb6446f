using System;
using System.Globalization;
using System.Text.Json;
using DomainModel;
using Xunit;

namespace DomainModel.Tests.Docs;

/// <summary>The code blocks of docs/money.md, run and checked.</summary>
public sealed class MoneyGuideTests
{
    [Fact]
    public void UnitSafety()
    {
        #region snippet: money-unit-safety
        var budget = new Money(160_000_000_000m, Currency.CNY);       // "160 miliardi di yuan"
        var thisYear = new Money(150_000_000_000m, Currency.CNY);
        Money increase = budget - thisYear;                            // CNY 10000000000
        decimal ratio = budget / thisYear;                             // 1.0666…: Money ÷ Money is a number
        Money doubled = budget * 2m;                                   // scalars only multiply and divide

        var dollars = new Money(23_000_000_000m, Currency.USD);
        bool refused = false;
        try { _ = budget + dollars; }
        catch (MismatchException) { refused = true; }         // convert with an exchange rate first
        #endregion

        Assert.Equal(new Money(10_000_000_000m, Currency.CNY), increase);
        Assert.Equal(160m / 150m, ratio);
        Assert.Equal(new Money(320_000_000_000m, Currency.CNY), doubled);
        Assert.True(refused);
    }

    [Fact]
    public void RoundingAndAllocation()
    {
        #region snippet: money-allocate
        var cents = new Money(2.345m, Currency.USD).Round(MidpointRounding.ToEven);       // USD 2.34
        var away = new Money(2.345m, Currency.USD).Round(MidpointRounding.AwayFromZero);  // USD 2.35

        var thirds = new Money(100m, Currency.USD).Allocate(3);                // USD 33.34, 33.33, 33.33
        var byRatio = new Money(100m, Currency.USD).Allocate([1m, 1m, 1m, 2m]); // 20.00, 20.00, 20.00, 40.00
        var yen = new Money(100m, Currency.JPY).Allocate(3);                   // JPY 34, 33, 33: no minor units
        #endregion

        Assert.Equal(new Money(2.34m, Currency.USD), cents);
        Assert.Equal(new Money(2.35m, Currency.USD), away);
        Assert.Equal([new Money(33.34m, Currency.USD), new Money(33.33m, Currency.USD), new Money(33.33m, Currency.USD)], thirds);
        Assert.Equal([20m, 20m, 20m, 40m], new[] { byRatio[0].Amount, byRatio[1].Amount, byRatio[2].Amount, byRatio[3].Amount });
        Assert.Equal([34m, 33m, 33m], new[] { yen[0].Amount, yen[1].Amount, yen[2].Amount });
    }

    [CulturesFact]
    public void Text()
    {
        #region snippet: money-text
        var italian = CultureInfo.GetCultureInfo("it-IT");
        var price = new Money(20_000m, Currency.USD);
        string roundTrip = price.ToString();                     // "USD 20000", whatever the culture
        string shown = price.ToString("C", italian);             // "USD 20.000,00"
        Money parsed = Money.Parse("$ 20.000", italian, Currency.USD); // "$" is ambiguous: the caller says USD
        bool known = Money.TryParse("ZZZ 5", null, out _);       // false: no such currency
        #endregion

        Assert.Equal("USD 20000", roundTrip);
        Assert.Equal("USD 20.000,00", shown);
        Assert.Equal(price, parsed);
        Assert.False(known);
    }

    [Fact]
    public void Json()
    {
        #region snippet: money-json
        var budget = new Money(160_000_000_000m, Currency.CNY);
        string json = JsonSerializer.Serialize(budget);          // {"amount":160000000000,"currency":"CNY"}
        Money back = JsonSerializer.Deserialize<Money>(json);

        bool rejected = false;
        try { JsonSerializer.Deserialize<Money>("""{"amount":1,"currency":"ZZZ"}"""); }
        catch (JsonException) { rejected = true; }               // unknown code: never a default value
        #endregion

        Assert.Equal("""{"amount":160000000000,"currency":"CNY"}""", json);
        Assert.Equal(budget, back);
        Assert.True(rejected);
    }
}
