using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel;
using DomainModel.Serialization;
using DomainModel.Tests.Infrastructure;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Monetary;

/// <summary>JSON: the shape, exact round trips and bad JSON with its path.</summary>
public sealed partial class MoneyTests
{
    private static readonly JsonSerializerOptions WithCatalog = new JsonSerializerOptions().AddDomainModel(TextArbitraries.Catalog);

    private static readonly JsonSerializerOptions AsStrings = new(WithCatalog) { NumberHandling = JsonNumberHandling.WriteAsString };

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 300)]
    public bool Json_RoundTrip_IsExact(Money m)
    {
        var asNumber = JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(m, WithCatalog), WithCatalog);
        var asString = JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(m, AsStrings), WithCatalog);
        return asNumber.ToString() == m.ToString() && asString.ToString() == m.ToString() && asNumber.Currency == m.Currency;
    }

    [Theory]
    [InlineData("160000000000", "CNY", "{\"amount\":160000000000,\"currency\":\"CNY\"}")]
    [InlineData("-0.50", "USD", "{\"amount\":-0.50,\"currency\":\"USD\"}")]
    [InlineData("79228162514264337593543950335", "USD", "{\"amount\":79228162514264337593543950335,\"currency\":\"USD\"}")]
    [InlineData("-79228162514264337593543950335", "USD", "{\"amount\":-79228162514264337593543950335,\"currency\":\"USD\"}")]
    [InlineData("0.0000000000000000000000000001", "XAU", "{\"amount\":0.0000000000000000000000000001,\"currency\":\"XAU\"}")]
    [InlineData("1.0000000000000000000000000000", "USD", "{\"amount\":1.0000000000000000000000000000,\"currency\":\"USD\"}")]
    [InlineData("7.922816251426433759354395033", "USD", "{\"amount\":7.922816251426433759354395033,\"currency\":\"USD\"}")]
    public void Json_Write_IsTheDocumentedShape_AndReadsBackExactly(string amount, string code, string json)
    {
        var m = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Currency.FromCode(code));
        Assert.Equal(json, JsonSerializer.Serialize(m));
        var back = JsonSerializer.Deserialize<Money>(json);
        Assert.Equal(m.ToString(), back.ToString());
        string quoted = JsonSerializer.Serialize(m, AsStrings);
        Assert.Equal(json.Replace($"\"amount\":{amount}", $"\"amount\":\"{amount}\"", StringComparison.Ordinal), quoted);
        Assert.Equal(m.ToString(), JsonSerializer.Deserialize<Money>(quoted).ToString());
    }

    [Theory]
    [InlineData("{\"currency\":\"USD\",\"amount\":\"-0.50\"}", "USD -0.50")]
    [InlineData("{\"amount\":1.5e3,\"currency\":\"USD\"}", "USD 1500")]
    [InlineData("{\"amount\":\"1.5E3\",\"currency\":\"USD\"}", "USD 1500")]
    [InlineData("{ \"amount\" : 20000 , \"currency\" : \"USD\" }", "USD 20000")]
    [InlineData("{\"\\u0061mount\":1,\"currency\":\"USD\"}", "USD 1")]
    public void Json_Read_AcceptsNumbersAndStrings(string json, string expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize<Money>(json).ToString());

    [Fact]
    public void Json_Read_NamesAreCaseSensitiveUnlessTheOptionsSayOtherwise()
    {
        const string json = "{\"Amount\":1,\"CURRENCY\":\"USD\"}";
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Money>(json));
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        Assert.Equal(new Money(1m, Currency.USD), JsonSerializer.Deserialize<Money>(json, options));
    }

    [Fact]
    public void Json_NullableMoney_ReadsNull_AndInsideObjects()
    {
        Assert.Null(JsonSerializer.Deserialize<Money?>("null"));
        var prices = new Dictionary<string, Money> { ["unit"] = new(20_000m, Currency.USD), ["plan"] = new(160_000_000_000m, Currency.CNY) };
        string json = JsonSerializer.Serialize(prices);
        Assert.Equal("{\"unit\":{\"amount\":20000,\"currency\":\"USD\"},\"plan\":{\"amount\":160000000000,\"currency\":\"CNY\"}}", json);
        Assert.Equal(prices, JsonSerializer.Deserialize<Dictionary<string, Money>>(json));
    }

    [Theory]
    [InlineData("null", "must be a JSON object {\"amount\":…,\"currency\":…}, not null", "$.price")]
    [InlineData("5", "must be a JSON object", "$.price")]
    [InlineData("[1,\"USD\"]", "must be a JSON object", "$.price")]
    [InlineData("{\"currency\":\"USD\"}", "needs the property \"amount\"", "$.price")]
    [InlineData("{\"amount\":1}", "needs the property \"currency\"", "$.price")]
    [InlineData("{}", "needs the property \"amount\"", "$.price")]
    [InlineData("{\"amount\":1,\"amount\":2,\"currency\":\"USD\"}", "\"amount\" appears twice", "$.price.amount")]
    [InlineData("{\"amount\":1,\"currency\":\"USD\",\"currency\":\"USD\"}", "\"currency\" appears twice", "$.price.currency")]
    [InlineData("{\"amount\":1,\"currency\":\"USD\",\"note\":\"x\"}", "\"note\" is not a property of a Money", "$.price.note")]
    [InlineData("{\"amount\":true,\"currency\":\"USD\"}", "Expected a number (or a string holding one)", "$.price.amount")]
    [InlineData("{\"amount\":null,\"currency\":\"USD\"}", "not null", "$.price.amount")]
    [InlineData("{\"amount\":{},\"currency\":\"USD\"}", "not an object", "$.price.amount")]
    [InlineData("{\"amount\":\"abc\",\"currency\":\"USD\"}", "\"abc\" is not an invariant decimal", "$.price.amount")]
    [InlineData("{\"amount\":\"1,000\",\"currency\":\"USD\"}", "\"1,000\" is not an invariant decimal", "$.price.amount")]
    [InlineData("{\"amount\":1e400,\"currency\":\"USD\"}", "1e400 is outside the range of decimal", "$.price.amount")]
    [InlineData("{\"amount\":79228162514264337593543950336,\"currency\":\"USD\"}", "outside the range of decimal", "$.price.amount")]
    [InlineData("{\"amount\":1,\"currency\":5}", "Expected a JSON string holding a currency code", "$.price.currency")]
    [InlineData("{\"amount\":1,\"currency\":null}", "Expected a JSON string holding a currency code", "$.price.currency")]
    [InlineData("{\"amount\":1,\"currency\":\"usd\"}", "\"usd\" is not a currency code", "$.price.currency")]
    [InlineData("{\"amount\":1,\"currency\":\"ZZZ\"}", "\"ZZZ\" is not a currency code known", "$.price.currency")]
    [InlineData("{\"amount\":1,\"currency\":\"XQG\"}", "\"XQG\" is not a currency code known", "$.price.currency")]
    public void Json_BadMoney_ThrowsJsonExceptionNamingThePath(string value, string message, string path)
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, Money>>($"{{\"price\":{value}}}"));
        Assert.Equal("$.price", e.Path);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Contains($"Path: {path} |", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_BadMoneyInAList_NamesTheIndex()
    {
        const string json = "{\"prices\":[{\"amount\":1,\"currency\":\"USD\"},{\"amount\":\"x\",\"currency\":\"USD\"}]}";
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, List<Money>>>(json));
        Assert.Equal("$.prices[1]", e.Path);
        Assert.Contains("Path: $.prices[1].amount |", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_CustomCurrency_ReadsWithACatalogConverter()
    {
        var m = JsonSerializer.Deserialize<Money>("{\"amount\":12.50,\"currency\":\"XQG\"}", WithCatalog);
        Assert.Equal(DomainArbitraries.Xcg, m.Currency);
        Assert.Equal("XQG 12.50", m.ToString());
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => new JsonSerializerOptions().AddDomainModel(null!)).ParamName);
    }
}
