using System;
using System.Text.Json;
using DomainModel.Claims;
using DomainModel.Serialization;
using DomainModel.Tests.Infrastructure;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Serialization;

/// <summary>
/// Money's compact JSON form <c>"CNY 160000000000.25"</c> (<see cref="MoneyJsonForm.CompactString"/>): written only when
/// asked for, read always; it round-trips exactly (scale kept) with reflection-based options and with the resolver,
/// nested too, and refuses what the object form refuses.
/// </summary>
public sealed class MoneyCompactJsonTests
{
    private static JsonSerializerOptions Compact(JsonSerializerOptions options) =>
        options.AddDomainModel(TextArbitraries.Catalog, [], MoneyJsonForm.CompactString);

    private static JsonSerializerOptions[] CompactOptions() =>
    [
        Compact(new JsonSerializerOptions()),
        Compact(new JsonSerializerOptions { TypeInfoResolver = ClaimsJsonResolver.Default }),
    ];

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 300)]
    public bool Money_RoundTrips_InTheCompactForm(Money m)
    {
        foreach (var options in CompactOptions())
        {
            string json = JsonSerializer.Serialize(m, options);
            var back = JsonSerializer.Deserialize<Money>(json, options);

            // The compact form is the round-trip text as one JSON string, and it is read with any options of the catalog.
            var plain = new JsonSerializerOptions().AddDomainModel(TextArbitraries.Catalog);
            var backPlain = JsonSerializer.Deserialize<Money>(json, plain);
            if (json != JsonSerializer.Serialize(m.ToString()) || back.ToString() != m.ToString() || back != m
                || backPlain.ToString() != m.ToString() || JsonSerializer.Serialize(back, options) != json)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool PricePerUnit_RoundTrips_WithACompactPrice(PricePerUnit p)
    {
        foreach (var options in CompactOptions())
        {
            string json = JsonSerializer.Serialize(p, options);
            var back = JsonSerializer.Deserialize<PricePerUnit>(json, options);
            if (back != p || back.Price.ToString() != p.Price.ToString() || !json.Contains(JsonSerializer.Serialize(p.Price.ToString()), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void CompactForm_IsOneString_AndTheDefaultIsTheObject()
    {
        var money = new Money(160_000_000_000.25m, Currency.CNY);
        Assert.Equal("\"CNY 160000000000.25\"", JsonSerializer.Serialize(money, Compact(new JsonSerializerOptions())));
        Assert.Equal("{\"amount\":160000000000.25,\"currency\":\"CNY\"}", JsonSerializer.Serialize(money));
        Assert.Equal(money, JsonSerializer.Deserialize<Money>("\"CNY 160000000000.25\""));
        Assert.Equal("1.50", JsonSerializer.Deserialize<Money>("\"USD 1.50\"").Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void CompactEstimate_RoundTrips_WithEveryMoneyCompact()
    {
        var options = Compact(new JsonSerializerOptions { TypeInfoResolver = ClaimsJsonResolver.Default });
        var estimate = Estimate.Rounded(new Money(160_000_000_000m, Currency.CNY), 1_000_000_000m);
        string json = JsonSerializer.Serialize(estimate, options);
        Assert.StartsWith("{\"stated\":\"CNY 160000000000\",", json, StringComparison.Ordinal);
        Assert.Equal(estimate, JsonSerializer.Deserialize<Estimate<Money>>(json, options));
    }

    [Theory]
    [InlineData("\"CNY\"")]
    [InlineData("\"CNY160\"")]
    [InlineData("\" 160\"")]
    [InlineData("\"CNY  160\"")]
    [InlineData("\"CNY 160 \"")]
    [InlineData("\"cny 160\"")]
    [InlineData("\"QQQ 160\"")]
    [InlineData("\"CNY 1,600\"")]
    [InlineData("\"CNY 1e-30\"")]
    [InlineData("\"CNY 7.00000000000000000000000000001\"")]
    [InlineData("\"CNY 1e40\"")]
    [InlineData("\"CNY \"")]
    [InlineData("\"CNY 16€\"")]
    [InlineData("160")]
    public void MalformedCompactForms_AreRefused(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Money>(json));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Money>(json, Compact(new JsonSerializerOptions { TypeInfoResolver = ClaimsJsonResolver.Default })));
    }

    [Fact]
    public void AnUndefinedForm_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonSerializerOptions().AddDomainModel(CurrencyCatalog.Iso4217, [], (MoneyJsonForm)2));
}
