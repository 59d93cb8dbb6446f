using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Claims;
using DomainModel.Serialization;
using DomainModel.Tests.Infrastructure;
using FsCheck.Xunit;

namespace DomainModel.Tests.Serialization;

/// <summary>
/// Every value type reads back exactly what was written: with reflection-based options (the [JsonConverter]
/// attributes), with <see cref="DomainModelJsonResolver"/> alone, and with numbers written as strings.
/// </summary>
public sealed class JsonRoundTripTests
{
    private static readonly JsonSerializerOptions Reflection = new();

    private static readonly JsonSerializerOptions Resolver = new() { TypeInfoResolver = ClaimsJsonResolver.Default };

    private static readonly JsonSerializerOptions ResolverStrings = new()
    {
        TypeInfoResolver = ClaimsJsonResolver.Default,
        NumberHandling = JsonNumberHandling.WriteAsString,
    };

    private static readonly JsonSerializerOptions[] AllOptions = [Reflection, Resolver, ResolverStrings];

    /// <summary>Round-trips through every set of options; each result must satisfy <paramref name="same"/>.</summary>
    internal static bool RoundTrips<T>(T value, Func<T, T, bool> same, params JsonSerializerOptions[] options)
    {
        foreach (var o in options.Length == 0 ? AllOptions : options)
        {
            string json = JsonSerializer.Serialize(value, o);
            T back = JsonSerializer.Deserialize<T>(json, o)!;
            if (!same(value, back) || JsonSerializer.Serialize(back, o) != json)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool Money_RoundTrips_WithACustomCatalog(Money m)
    {
        return RoundTrips(
            m,
            (a, b) => a.ToString() == b.ToString(),
            new JsonSerializerOptions().AddDomainModel(TextArbitraries.Catalog),
            new JsonSerializerOptions { TypeInfoResolver = ClaimsJsonResolver.Default }.AddDomainModel(TextArbitraries.Catalog),
            new JsonSerializerOptions { TypeInfoResolver = ClaimsJsonResolver.Default, NumberHandling = JsonNumberHandling.WriteAsString }.AddDomainModel(TextArbitraries.Catalog));
    }

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool ExchangeRate_RoundTrips(ExchangeRate r) =>
        RoundTrips(r, (a, b) => a.Equals(b) && a.ToString() == b.ToString() && b.Legs.Count == 0);

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool ExchangeRate_Derived_RoundTripsWithoutLegs(ExchangeRate r) =>
        RoundTrips(r.Inverse(), (a, b) => a.Equals(b) && a.ToString() == b.ToString());

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool RateValidity_RoundTrips(RateValidity v) => RoundTrips(v, (a, b) => a == b);

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool DateRange_RoundTrips(DateRange r) => RoundTrips(r, (a, b) => a == b);

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool DateRange_RoundTripsAsDictionaryKey(DateRange r) =>
        RoundTrips(new Dictionary<DateRange, int> { [r] = 1 }, (a, b) => b.Count == 1 && b[r] == 1, Reflection);

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool ResolvedPeriod_RoundTrips(ResolvedPeriod p) => RoundTrips(p, (a, b) => a == b);

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 100)]
    public bool CountKind_RoundTrips(CountKind k) => RoundTrips(k, (a, b) => a == b);

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool UnitCount_RoundTrips(UnitCount c) => RoundTrips(c, (a, b) => a == b);

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool PricePerUnit_RoundTrips(PricePerUnit p) => RoundTrips(p, (a, b) => a == b && a.Price.ToString() == b.Price.ToString());

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool TokenVolume_RoundTrips(TokenVolume v) => RoundTrips(v, (a, b) => a == b && a.Unit == b.Unit && a.ToString() == b.ToString());

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool TokenRate_RoundTrips(TokenRate r) =>
        RoundTrips(r, (a, b) => a == b && a.MonthLength == b.MonthLength && a.Volume.Unit == b.Volume.Unit && a.ToString() == b.ToString());

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool ActiveUsers_RoundTrips(ActiveUsers u) => RoundTrips(u, (a, b) => a == b);

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool Share_RoundTrips(Share s) => RoundTrips(s, (a, b) => a.ToString() == b.ToString());

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool FiscalYear_RoundTrips_WithItsCalendar(FiscalYear y)
    {
        return RoundTrips(
            y,
            (a, b) => a == b,
            new JsonSerializerOptions().AddDomainModel(CurrencyCatalog.Iso4217, [y.Calendar]),
            new JsonSerializerOptions { TypeInfoResolver = ClaimsJsonResolver.Default }.AddDomainModel(CurrencyCatalog.Iso4217, [y.Calendar]));
    }

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 200)]
    public bool FiscalQuarter_RoundTrips_WithItsCalendar(FiscalQuarter q)
    {
        return RoundTrips(
            q,
            (a, b) => a == b,
            new JsonSerializerOptions().AddDomainModel(CurrencyCatalog.Iso4217, [q.Year.Calendar]),
            new JsonSerializerOptions { TypeInfoResolver = ClaimsJsonResolver.Default }.AddDomainModel(CurrencyCatalog.Iso4217, [q.Year.Calendar]));
    }

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 100)]
    public bool Nullable_RoundTrips(Share s, TokenVolume v)
    {
        return RoundTrips<Share?>(s, (a, b) => a.ToString() == b.ToString())
            && RoundTrips<TokenVolume?>(v, (a, b) => a == b)
            && RoundTrips<TokenVolume?>(null, (a, b) => b is null);
    }
}
