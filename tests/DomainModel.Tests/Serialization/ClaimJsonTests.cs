using System;
using System.Linq;
using System.Text.Json;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Serialization;
using DomainModel.Tests.Documents;
using Xunit;

namespace DomainModel.Tests.Serialization;

/// <summary>JSON of <see cref="Claim{T}"/> through the resolver: every seed claim round-trips; bad input is refused.</summary>
public sealed class ClaimJsonTests
{
    private static readonly JsonSerializerOptions Resolver = new() { TypeInfoResolver = ClaimsJsonResolver.Default };

    private static void RoundTrip<T>(Claim<T> claim)
        where T : struct, DomainModel.IEstimable<T>
    {
        string json = JsonSerializer.Serialize(claim, Resolver);
        var back = JsonSerializer.Deserialize<Claim<T>>(json, Resolver)!;
        Assert.Equal(claim.Id, back.Id);
        Assert.Equal(claim.Subject, back.Subject);
        Assert.Equal(claim.Quote, back.Quote);
        Assert.Equal(claim.Source, back.Source);
        Assert.Equal(claim.Period, back.Period);
        Assert.Equal(claim.Interval, back.Interval);
        Assert.Equal(claim.UnitText, back.UnitText);
        Assert.Equal(json, JsonSerializer.Serialize(back, Resolver));
    }

    [Fact]
    public void SeedClaims_RoundTrip()
    {
        foreach (var claim in DocumentFiles.Seed.Claims.Select(c => c.Claim))
        {
            switch (claim)
            {
                case Claim<Money> m: RoundTrip(m); break;
                case Claim<UnitCount> u: RoundTrip(u); break;
                case Claim<PricePerUnit> p: RoundTrip(p); break;
                case Claim<ActiveUsers> a: RoundTrip(a); break;
                case Claim<TokenRate> t: RoundTrip(t); break;
                default: throw new InvalidOperationException(claim.QuantityType.Name);
            }
        }
    }

    [Fact]
    public void Shape_AndBadInput()
    {
        var claim = (Claim<Money>)DocumentFiles.Seed.Claim("capex-2026-cny").Claim;
        string json = JsonSerializer.Serialize(claim, Resolver);
        Assert.StartsWith("{\"id\":\"capex-2026-cny\",\"subject\":\"ByteDance\",\"quote\":{\"text\":\"prevede di investire 160 miliardi di yuan\",\"offset\":", json, StringComparison.Ordinal);
        Assert.Contains("\"source\":[\"Financial Times\"],\"period\":", json, StringComparison.Ordinal);
        var unknown = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Claim<Money>>(json.Replace("\"subject\"", "\"topic\"", StringComparison.Ordinal), Resolver));
        Assert.Contains("\"topic\" is not a property", unknown.Message, StringComparison.Ordinal);
        var blank = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Claim<Money>>(json.Replace("\"id\":\"capex-2026-cny\"", "\"id\":\" \"", StringComparison.Ordinal), Resolver));
        Assert.Contains("Claim", blank.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Claim<Money>>("{\"id\":\"x\"}", Resolver));
    }
}
