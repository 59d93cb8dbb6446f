using System;
using System.Text.Json;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Claims;
using DomainModel.Serialization;
using Xunit;

namespace DomainModel.Tests.Serialization;

/// <summary>Bad JSON throws <see cref="JsonException"/> naming the path of the fault and what is wrong, with reflection and with the resolver alone.</summary>
public sealed class JsonBadInputTests
{
    private static readonly JsonSerializerOptions Resolver = new() { TypeInfoResolver = ClaimsJsonResolver.Default };

    public sealed record Holder<T>(T Value);

    private static void AssertFails<T>(string valueJson, string path, string fragment)
    {
        string json = "{\"Value\":" + valueJson + "}";
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Holder<T>>(json));
        Assert.Contains("Path: " + path + " ", e.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);

        var direct = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<T>(valueJson, Resolver));
        Assert.Contains("Path: " + path.Replace("$.Value", "$", StringComparison.Ordinal) + " ", direct.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, direct.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null", "$.Value", "not null")]
    [InlineData("[]", "$.Value", "not an array")]
    [InlineData("{\"base\":\"USD\",\"quote\":\"CNY\",\"value\":7.1,\"validity\":\"2025-12-05\",\"kind\":\"Spot\"}", "$.Value", "\"source\"")]
    [InlineData("{\"base\":\"USD\",\"quote\":\"USD\",\"value\":7.1,\"validity\":\"2025-12-05\",\"kind\":\"Spot\",\"source\":\"ECB\"}", "$.Value.quote", "Not a valid ExchangeRate")]
    [InlineData("{\"base\":\"USD\",\"quote\":\"CNY\",\"value\":0,\"validity\":\"2025-12-05\",\"kind\":\"Spot\",\"source\":\"ECB\"}", "$.Value.value", "Not a valid ExchangeRate")]
    [InlineData("{\"base\":\"usd\",\"quote\":\"CNY\",\"value\":7.1,\"validity\":\"2025-12-05\",\"kind\":\"Spot\",\"source\":\"ECB\"}", "$.Value.base", "\"usd\"")]
    [InlineData("{\"base\":\"USD\",\"quote\":\"CNY\",\"value\":7.1,\"validity\":\"2025-12-35\",\"kind\":\"Spot\",\"source\":\"ECB\"}", "$.Value.validity", "2025-12-35")]
    [InlineData("{\"base\":\"USD\",\"quote\":\"CNY\",\"value\":7.1,\"validity\":\"2025-12-05\",\"kind\":\"1\",\"source\":\"ECB\"}", "$.Value.kind", "spot")]
    [InlineData("{\"base\":\"USD\",\"base\":\"USD\"}", "$.Value.base", "twice")]
    [InlineData("{\"rate\":7}", "$.Value.rate", "not a property")]
    public void ExchangeRate_Bad(string json, string path, string fragment)
    {
        if (json == "null")
        {
            // A null reference type reads as null.
            Assert.Null(JsonSerializer.Deserialize<Holder<ExchangeRate>>("{\"Value\":null}")!.Value);
            return;
        }

        AssertFails<ExchangeRate>(json, path, fragment);
    }

    [Theory]
    [InlineData("null", "not null")]
    [InlineData("20250101", "not a number")]
    [InlineData("\"2025-12-31/2025-01-01\"", "2025-12-31/2025-01-01")]
    public void RateValidity_Bad(string json, string fragment) => AssertFails<RateValidity>(json, "$.Value", fragment);

    [Theory]
    [InlineData("null", "not null")]
    [InlineData("{\"start\":\"2025-01-01\"}", "not an object")]
    [InlineData("\"2025-12-31..2025-01-01\"", "end on or after the start")]
    [InlineData("\"2025-01-01/2025-12-31\"", "yyyy-MM-dd..yyyy-MM-dd")]
    public void DateRange_Bad(string json, string fragment) => AssertFails<DateRange>(json, "$.Value", fragment);

    [Theory]
    [InlineData("{\"text\":\"ad agosto\",\"asOf\":\"2025-12-05\",\"kind\":\"Exact\",\"span\":\"2025-09-01..2025-09-30\",\"startBound\":\"2025-09-01..2025-09-01\",\"endBound\":\"2025-09-30..2025-09-30\"}", "$.Value", "inconsistent")]
    [InlineData("{\"text\":\"prima o poi\",\"asOf\":\"2025-12-05\",\"kind\":\"Exact\",\"span\":\"2025-09-01..2025-09-30\",\"startBound\":null,\"endBound\":\"2025-09-30..2025-09-30\"}", "$.Value.text", "prima o poi")]
    [InlineData("{\"text\":\"ad agosto\",\"asOf\":\"05/12/2025\"}", "$.Value.asOf", "yyyy-MM-dd")]
    [InlineData("{\"text\":\"ad agosto\",\"asOf\":\"2025-12-05\"}", "$.Value", "\"kind\"")]
    public void ResolvedPeriod_Bad(string json, string path, string fragment) => AssertFails<ResolvedPeriod>(json, path, fragment);

    [Theory]
    [InlineData("null", "$.Value", "not null")]
    [InlineData("{\"count\":-1,\"kind\":\"GPU\"}", "$.Value.count", "from 0")]
    [InlineData("{\"count\":1.5,\"kind\":\"GPU\"}", "$.Value.count", "whole number")]
    [InlineData("{\"count\":1e30,\"kind\":\"GPU\"}", "$.Value.count", "range of decimal")]
    [InlineData("{\"count\":\"abc\",\"kind\":\"GPU\"}", "$.Value.count", "\"abc\"")]
    [InlineData("{\"count\":1,\"kind\":\" GPU\"}", "$.Value.kind", "not a count kind")]
    [InlineData("{\"count\":1,\"kind\":3}", "$.Value.kind", "not a number")]
    [InlineData("{\"count\":1}", "$.Value", "\"kind\"")]
    public void UnitCount_Bad(string json, string path, string fragment) => AssertFails<UnitCount>(json, path, fragment);

    [Theory]
    [InlineData("{\"price\":{\"amount\":-1,\"currency\":\"USD\"},\"kind\":\"GPU\"}", "$.Value.price.amount", "negative")]
    [InlineData("{\"price\":{\"amount\":1,\"currency\":\"ZZZ\"},\"kind\":\"GPU\"}", "$.Value.price.currency", "\"ZZZ\"")]
    [InlineData("{\"price\":{\"amount\":1},\"kind\":\"GPU\"}", "$.Value.price", "currency")]
    [InlineData("{\"price\":30000,\"kind\":\"GPU\"}", "$.Value.price", "Number")]
    public void PricePerUnit_Bad(string json, string path, string fragment) => AssertFails<PricePerUnit>(json, path, fragment);

    [Theory]
    [InlineData("{\"tokens\":-1,\"unit\":\"Token\"}", "$.Value.tokens", "whole number")]
    [InlineData("{\"tokens\":0.5,\"unit\":\"Token\"}", "$.Value.tokens", "whole number")]
    [InlineData("{\"tokens\":1,\"unit\":\"Tokens\"}", "$.Value.unit", "trillion")]
    [InlineData("{\"tokens\":1,\"unit\":\"2\"}", "$.Value.unit", "trillion")]
    [InlineData("{\"tokens\":1e40,\"unit\":\"Token\"}", "$.Value.tokens", "range of decimal")]
    [InlineData("\"50 T tokens\"", "$.Value", "not a string")]
    public void TokenVolume_Bad(string json, string path, string fragment) => AssertFails<TokenVolume>(json, path, fragment);

    [Theory]
    [InlineData("{\"volume\":{\"tokens\":1,\"unit\":\"Token\"},\"period\":{\"value\":0,\"unit\":\"Day\"}}", "$.Value.period.value", "positive")]
    [InlineData("{\"volume\":{\"tokens\":1,\"unit\":\"Token\"},\"period\":{\"value\":1,\"unit\":\"Sol\"}}", "$.Value.period.unit", "sols")]
    [InlineData("{\"volume\":{\"tokens\":1,\"unit\":\"Token\"},\"period\":{\"value\":1,\"unit\":\"Day\"},\"monthLength\":\"2025-13\"}", "$.Value.monthLength", "2025-13")]
    [InlineData("{\"volume\":{\"tokens\":-5,\"unit\":\"Token\"},\"period\":{\"value\":1,\"unit\":\"Day\"}}", "$.Value.volume.tokens", "whole number")]
    [InlineData("{\"volume\":{\"tokens\":1,\"unit\":\"Token\"}}", "$.Value", "\"period\"")]
    [InlineData("{\"volume\":{\"tokens\":1,\"unit\":\"Token\"},\"period\":{\"value\":1}}", "$.Value.period", "\"unit\"")]
    public void TokenRate_Bad(string json, string path, string fragment) => AssertFails<TokenRate>(json, path, fragment);

    [Theory]
    [InlineData("{\"users\":-1,\"window\":\"Monthly\",\"period\":\"2025-08-01..2025-08-31\"}", "$.Value.users", "from 0")]
    [InlineData("{\"users\":1,\"window\":\"MONTHLY\",\"period\":\"2025-08-01..2025-08-31\"}", "$.Value.window", "monthly")]
    [InlineData("{\"users\":1,\"window\":\"Monthly\",\"period\":\"2025-08-31..2025-08-01\"}", "$.Value.period", "end on or after")]
    public void ActiveUsers_Bad(string json, string path, string fragment) => AssertFails<ActiveUsers>(json, path, fragment);

    [Theory]
    [InlineData("{\"numerator\":-1,\"denominator\":2}", "$.Value.numerator", "zero or more")]
    [InlineData("{\"numerator\":1,\"denominator\":0}", "$.Value.denominator", "more than zero")]
    [InlineData("{\"numerator\":1}", "$.Value", "\"denominator\"")]
    [InlineData("{\"numerator\":1,\"denominator\":2,\"percent\":50}", "$.Value.percent", "not a property")]
    public void Share_Bad(string json, string path, string fragment) => AssertFails<Share>(json, path, fragment);

    [Theory]
    [InlineData("{\"calendar\":\"Contoso\",\"label\":2025}", "$.Value.calendar", "\"Contoso\"")]
    [InlineData("{\"calendar\":\"Microsoft\",\"label\":1800}", "$.Value.label", "from 1900 to 2199")]
    [InlineData("{\"label\":2025}", "$.Value", "\"calendar\"")]
    public void FiscalYear_Bad(string json, string path, string fragment) => AssertFails<FiscalYear>(json, path, fragment);

    [Theory]
    [InlineData("{\"calendar\":\"Nvidia\",\"year\":2025,\"quarter\":5}", "$.Value.quarter", "from 1 to 4")]
    [InlineData("{\"calendar\":\"Nvidia\",\"year\":2025}", "$.Value", "\"quarter\"")]
    public void FiscalQuarter_Bad(string json, string path, string fragment) => AssertFails<FiscalQuarter>(json, path, fragment);

    [Fact]
    public void CaseInsensitiveNames_AreReadWhenTheOptionsSaySo()
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        Assert.Equal(new Share(1m, 4m), JsonSerializer.Deserialize<Share>("{\"Numerator\":1,\"DENOMINATOR\":4}", options));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Share>("{\"Numerator\":1,\"DENOMINATOR\":4}"));
    }

    [Fact]
    public void MalformedJson_StillGivesThePath()
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Holder<Share>>("{\"Value\":{\"numerator\":1,"));
        Assert.NotNull(e.Path);
    }
}
