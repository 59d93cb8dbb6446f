using System;
using System.Text.Json;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Claims;
using DomainModel.Serialization;
using Xunit;

namespace DomainModel.NoReflection.Tests;

/// <summary>
/// This project runs with reflection-based System.Text.Json switched off, as Native AOT and .NET 10 file-based apps
/// do: <see cref="DomainModelJsonResolver"/> alone must serve every value type.
/// </summary>
public sealed class ResolverWithoutReflectionTests
{
    private static readonly JsonSerializerOptions Options = new() { TypeInfoResolver = ClaimsJsonResolver.Default };

    [Fact]
    public void ReflectionIsOff_SoDefaultOptionsCannotSerialize()
    {
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault);
        Assert.Throws<InvalidOperationException>(() => JsonSerializer.Serialize(new Money(1m, Currency.FromCode("USD"))));
    }

    private static void RoundTrip<T>(T value, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(value, Options));
        Assert.Equal(value, JsonSerializer.Deserialize<T>(json, Options));
    }

    [Fact]
    public void EveryValueType_RoundTrips_WithTheResolverAlone()
    {
        var usd = Currency.FromCode("USD");
        RoundTrip(new Money(160_000_000_000m, Currency.FromCode("CNY")), "{\"amount\":160000000000,\"currency\":\"CNY\"}");
        RoundTrip(usd, "\"USD\"");
        RoundTrip(new ExchangeRate(usd, Currency.FromCode("CNY"), 7.1234m, new DateOnly(2025, 12, 5), RateKind.Spot, "ECB"),
            "{\"base\":\"USD\",\"quote\":\"CNY\",\"value\":7.1234,\"validity\":\"2025-12-05\",\"kind\":\"spot\",\"source\":\"ECB\"}");
        RoundTrip(new RateValidity(new DateOnly(2025, 12, 5)), "\"2025-12-05\"");
        RoundTrip(DateRange.OfYear(2025), "\"2025-01-01..2025-12-31\"");
        RoundTrip(ResolvedPeriod.Parse("in August", new DateOnly(2025, 12, 5)),
            "{\"text\":\"in August\",\"asOf\":\"2025-12-05\",\"kind\":\"exact\",\"span\":\"2025-08-01..2025-08-31\",\"startBound\":\"2025-08-01..2025-08-01\",\"endBound\":\"2025-08-31..2025-08-31\"}");
        RoundTrip(new CountKind("H200 GPU"), "\"H200 GPU\"");
        RoundTrip(new UnitCount(20_000, new CountKind("H200 GPU")), "{\"count\":20000,\"kind\":\"H200 GPU\"}");
        RoundTrip(new PricePerUnit(new Money(20_000m, usd), new CountKind("H200 GPU")), "{\"price\":{\"amount\":20000,\"currency\":\"USD\"},\"kind\":\"H200 GPU\"}");
        RoundTrip(TokenVolume.FromTrillions(30m), "{\"tokens\":30000000000000,\"unit\":\"trillion\"}");
        RoundTrip(TokenRate.PerDay(TokenVolume.FromTrillions(50m)), "{\"volume\":{\"tokens\":50000000000000,\"unit\":\"trillion\"},\"period\":{\"value\":1,\"unit\":\"day\"}}");
        RoundTrip(new TokenVolumeOver(TokenVolume.FromTrillions(7.359m), new DateRange(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 22))), "{\"volume\":{\"tokens\":7359000000000,\"unit\":\"trillion\"},\"span\":\"2026-03-16..2026-03-22\"}");
        RoundTrip(ActiveUsers.Monthly(157_000_000, 2025, 8), "{\"users\":157000000,\"window\":\"monthly\",\"period\":\"2025-08-01..2025-08-31\"}");
        RoundTrip(new Share(1m, 2m), "{\"numerator\":1,\"denominator\":2}");
        RoundTrip(new FiscalYear(FiscalCalendars.Nvidia, 2026), "{\"calendar\":\"Nvidia\",\"label\":2026}");
        RoundTrip(new FiscalQuarter(new FiscalYear(FiscalCalendars.Nvidia, 2026), 4), "{\"calendar\":\"Nvidia\",\"year\":2026,\"quarter\":4}");
        RoundTrip<Money?>(null, "null");
    }

    [Fact]
    public void BadJson_IsAJsonExceptionWithThePath()
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<TokenVolume>("{\"tokens\":0.5,\"unit\":\"token\"}", Options));
        Assert.Contains("Path: $.tokens", e.Message, StringComparison.Ordinal);
    }
}
