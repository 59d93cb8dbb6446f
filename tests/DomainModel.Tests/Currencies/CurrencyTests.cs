using System;
using System.Collections.Generic;
using System.Text.Json;
using DomainModel.Text;
using DomainModel;
using DomainModel.Serialization;
using Xunit;

namespace DomainModel.Tests.Currencies;

/// <summary>Bad input and JSON for <see cref="Currency"/> (the table itself is proved in <see cref="Iso4217TableTests"/>).</summary>
public sealed class CurrencyTests
{
    [Theory]
    [InlineData("usd")]
    [InlineData("Usd")]
    [InlineData("")]
    [InlineData("US")]
    [InlineData("USDD")]
    [InlineData("US1")]
    [InlineData(" USD")]
    public void FromCode_MalformedCode_ThrowsArgumentExceptionNamingIt(string code)
    {
        var e = Assert.Throws<ArgumentException>(() => Currency.FromCode(code));
        Assert.IsNotType<UnknownCurrencyException>(e);
        Assert.Equal("code", e.ParamName);
        Assert.Contains($"'{code}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("three upper-case ASCII letters", e.Message, StringComparison.Ordinal);
        Assert.False(Currency.TryFromCode(code, out var currency));
        Assert.Equal(default, currency);
        Assert.False(Currency.IsWellFormedIsoCode(code));
        Assert.Throws<DomainModelFormatException>(() => Currency.Parse(code, null));
    }

    [Fact]
    public void FromCode_UnknownCode_ThrowsUnknownCurrency()
    {
        var e = Assert.Throws<UnknownCurrencyException>(() => Currency.FromCode("ZZZ"));
        Assert.Equal("code", e.ParamName);
        Assert.Equal("ZZZ", e.Code);
        Assert.Contains("'ZZZ' is not a currency code known to ISO 4217", e.Message, StringComparison.Ordinal);
        Assert.False(Currency.TryFromCode("ZZZ", out _));
        Assert.Throws<UnknownCurrencyException>(() => Currency.Parse("ZZZ", null));
    }

    [Fact]
    public void FromCode_Null_ThrowsArgumentNull()
    {
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => Currency.FromCode(null!)).ParamName);
        Assert.False(Currency.TryFromCode((string?)null, out _));
        Assert.False(Currency.IsWellFormedIsoCode((string?)null));
        Assert.True(Currency.IsWellFormedIsoCode("USD"));
    }

    [Theory]
    [InlineData("USD")]
    [InlineData("CNY")]
    [InlineData("FRF")] // historic codes stay ISO's
    [InlineData("XXX")]
    public void CreateCustom_IsoCode_IsRefused(string code)
    {
        var e = Assert.Throws<ArgumentException>(() => Currency.CreateCustom(code, 2, "Mine"));
        Assert.Equal("code", e.ParamName);
        Assert.Contains($"'{code}' is an ISO 4217 code", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateCustom_BadArguments_AreRefused()
    {
        Assert.Contains("not a valid custom currency code", Assert.Throws<ArgumentException>(() => Currency.CreateCustom("x1", 2, "Mine")).Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Currency.CreateCustom("XQG", 2, "  ")).ParamName);
        Assert.Equal("minorUnits", Assert.Throws<ArgumentOutOfRangeException>(() => Currency.CreateCustom("XQG", 29, "Mine")).ParamName);
        var numeric = Assert.Throws<ArgumentException>(() => Currency.CreateCustom("XQG", 2, "Mine", 840));
        Assert.Equal("numericCode", numeric.ParamName);
        Assert.Contains("USD", numeric.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_IsTheCode_AlsoAsDictionaryKey()
    {
        Assert.Equal("\"CNY\"", JsonSerializer.Serialize(Currency.CNY));
        Assert.Equal(Currency.CNY, JsonSerializer.Deserialize<Currency>("\"CNY\""));
        var byCurrency = new Dictionary<Currency, decimal> { [Currency.USD] = 23_000_000_000m };
        string json = JsonSerializer.Serialize(byCurrency);
        Assert.Equal("{\"USD\":23000000000}", json);
        Assert.Equal(23_000_000_000m, JsonSerializer.Deserialize<Dictionary<Currency, decimal>>(json)![Currency.USD]);
    }

    [Theory]
    [InlineData("{\"c\":\"usd\"}", "not a currency code")]
    [InlineData("{\"c\":\"ZZZ\"}", "not a currency code known")]
    [InlineData("{\"c\":5}", "must be a JSON string such as \"CNY\", not a number")]
    [InlineData("{\"c\":null}", "must be a JSON string such as \"CNY\", not null")]
    public void Json_BadCode_ThrowsJsonExceptionWithThePath(string json, string message)
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, Currency>>(json));
        Assert.Equal("$.c", e.Path);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_CustomCurrency_NeedsAConverterWithTheCatalog()
    {
        var xcg = Currency.CreateCustom("XQG", 2, "Made-up Guilder");
        var options = new JsonSerializerOptions().AddDomainModel(CurrencyCatalog.Iso4217.With(xcg));
        Assert.Equal(xcg, JsonSerializer.Deserialize<Currency>("\"XQG\"", options));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Currency>("\"XQG\""));
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => new JsonSerializerOptions().AddDomainModel(null!)).ParamName);
    }
}
