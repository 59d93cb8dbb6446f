using System.Text.Json;
using DomainModel;
using DomainModel.Serialization;
using Xunit;

namespace DomainModel.Tests.Docs;

/// <summary>The code blocks of docs/json.md, run and checked.</summary>
public sealed class JsonGuideTests
{
    [Fact]
    public void WithoutReflection()
    {
        #region snippet: json-resolver
        var options = new JsonSerializerOptions { TypeInfoResolver = DomainModelJsonResolver.Default };
        var money = new Money(160_000_000_000m, Currency.FromCode("CNY"));
        string json = JsonSerializer.Serialize(money, options);            // {"amount":160000000000,"currency":"CNY"}
        Money back = JsonSerializer.Deserialize<Money>(json, options);
        #endregion

        Assert.Equal("""{"amount":160000000000,"currency":"CNY"}""", json);
        Assert.Equal(money, back);
        Assert.Equal(Currency.CNY, back.Currency);
    }

    [Fact]
    public void Register()
    {
        #region snippet: json-register
        var acme = FiscalCalendar.MonthBased("Acme Chips", 4, 1, FiscalYearNaming.ByEndYear, "made up: fiscal years end on 31 March");
        var xqg = Currency.CreateCustom("XQG", 2, "Made-up Guilder");
        var options = new JsonSerializerOptions().AddDomainModel(CurrencyCatalog.Iso4217.With(xqg), [acme]);
        string json = JsonSerializer.Serialize(new FiscalYear(acme, 2026), options);   // {"calendar":"Acme Chips","label":2026}
        FiscalYear back = JsonSerializer.Deserialize<FiscalYear>(json, options);
        Money guilders = JsonSerializer.Deserialize<Money>("""{"amount":12.50,"currency":"XQG"}""", options);
        #endregion

        Assert.Equal("""{"calendar":"Acme Chips","label":2026}""", json);
        Assert.Equal(new FiscalYear(acme, 2026), back);
        Assert.Equal(new Money(12.50m, xqg), guilders);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Serialize(new FiscalYear(acme, 2026)));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Money>("""{"amount":12.50,"currency":"XQG"}"""));
    }
}
