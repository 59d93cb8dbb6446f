using System;
using System.Text.Json;
using DomainModel;
using DomainModel.Serialization;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Serialization;

/// <summary>JSON of <see cref="Estimate"/>: the shape, round trips with and without the resolver, refused input.</summary>
public sealed class EstimateJsonTests
{
    private static readonly JsonSerializerOptions Resolver = new() { TypeInfoResolver = DomainModelJsonResolver.Default };

    [Fact]
    public void Shape_IsKindStatedAndBounds()
    {
        string json = JsonSerializer.Serialize(Estimate.Rounded(160m, 1m), Resolver);
        Assert.Equal("{\"kind\":\"rounded\",\"stated\":160,\"statedHigh\":160,\"lower\":159.5,\"lowerInclusive\":true,\"upper\":160.5,\"upperInclusive\":true}", json);
        Assert.Equal(
            "{\"kind\":\"over\",\"stated\":30,\"statedHigh\":30,\"lower\":30,\"lowerInclusive\":false,\"upper\":null,\"upperInclusive\":false}",
            JsonSerializer.Serialize(Estimate.Over(30m)));
    }

    [Property(MaxTest = 200)]
    public bool RoundTrip_GivesTheSameEstimate(decimal a, decimal b, PositiveInt which)
    {
        decimal low = Math.Min(a, b), high = Math.Max(a, b);
        var estimate = (which.Get % 6) switch
        {
            0 => Estimate.Between(low, high),
            1 => Estimate.Over(a),
            2 => Estimate.AtMost(a),
            3 => Estimate.Exactly(a),
            4 => Estimate.Under(b),
            _ => Estimate.AtLeast(b),
        };
        return JsonSerializer.Deserialize<Estimate>(JsonSerializer.Serialize(estimate, Resolver), Resolver) == estimate
            && JsonSerializer.Deserialize<Estimate>(JsonSerializer.Serialize(estimate)) == estimate;
    }

    [Theory]
    [InlineData("{\"kind\":\"rounded\",\"stated\":1,\"statedHigh\":1,\"lower\":2,\"lowerInclusive\":true,\"upper\":1,\"upperInclusive\":true}", "admit no value")]
    [InlineData("{\"kind\":\"rounded\",\"stated\":1,\"statedHigh\":1,\"lower\":1,\"lowerInclusive\":false,\"upper\":1,\"upperInclusive\":true}", "admit no value")]
    [InlineData("{\"kind\":\"over\",\"stated\":1,\"statedHigh\":1,\"lower\":1,\"lowerInclusive\":false,\"upper\":null,\"upperInclusive\":true}", "cannot be inclusive")]
    [InlineData("{\"kind\":\"Guess\",\"stated\":1,\"statedHigh\":1,\"lower\":1,\"lowerInclusive\":true,\"upper\":1,\"upperInclusive\":true}", "is not allowed here")]
    [InlineData("{\"kind\":\"exact\",\"stated\":2,\"statedHigh\":1,\"lower\":1,\"lowerInclusive\":true,\"upper\":2,\"upperInclusive\":true}", "statedHigh 1 is below")]
    [InlineData("{\"kind\":\"exact\",\"stated\":1,\"statedHigh\":1,\"lower\":1,\"lowerInclusive\":true,\"upper\":1}", "needs the property \"upperInclusive\"")]
    [InlineData("{\"kind\":\"exact\",\"stated\":1,\"statedHigh\":1,\"lower\":1,\"lowerInclusive\":true,\"upper\":1,\"upperInclusive\":true,\"unit\":\"USD\"}", "is not a property")]
    [InlineData("[1,2]", "must be a JSON object")]
    public void BadInput_IsRefused_WithTheReason(string json, string reason)
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Estimate>(json, Resolver));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Estimate>(json));
    }

    [Fact]
    public void NullArguments_Throw()
    {
        var converter = new EstimateJsonConverter();
        Assert.Throws<ArgumentNullException>(() => converter.Write(null!, Estimate.Exactly(1m), new JsonSerializerOptions()));
    }
}

/// <summary>JSON of <see cref="Estimate{T}"/> through the resolver: the stated value in its own shape, then the interval.</summary>
public sealed class TypedEstimateJsonTests
{
    private static readonly JsonSerializerOptions Resolver = new() { TypeInfoResolver = DomainModelJsonResolver.Default };

    [Fact]
    public void Money_RoundTrips_WithItsCurrency()
    {
        var estimate = Estimate.About(new DomainModel.Money(23_000_000_000m, DomainModel.Currency.USD), 1_000_000_000m);
        string json = JsonSerializer.Serialize(estimate, Resolver);
        Assert.StartsWith("{\"stated\":{\"amount\":23000000000,\"currency\":\"USD\"},\"interval\":{\"kind\":\"about\"", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<Estimate<DomainModel.Money>>(json, Resolver);
        Assert.Equal(estimate.Interval, back.Interval);
        Assert.Equal(estimate.Stated, back.Stated);
    }

    [Fact]
    public void Counts_RefuseAnIntervalWithNoWholeValue()
    {
        string json = "{\"stated\":{\"count\":19,\"kind\":\"H200 unit\"},\"interval\":{\"kind\":\"derived\",\"stated\":19.2,\"statedHigh\":19.8,\"lower\":19.2,\"lowerInclusive\":true,\"upper\":19.8,\"upperInclusive\":true}}";
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Estimate<DomainModel.UnitCount>>(json, Resolver));
        Assert.Contains("interval", e.Message, StringComparison.Ordinal);
    }
}
