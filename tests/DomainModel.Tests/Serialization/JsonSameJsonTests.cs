using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Claims;
using DomainModel.Exchange;
using DomainModel.Serialization;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Xunit;

namespace DomainModel.Tests.Serialization;

/// <summary>
/// Issue 23, item 6, as a law: for every public type with JSON, default options (reflection, the <c>[JsonConverter]</c>
/// attributes) and the resolvers alone write the same JSON, and each reads the other's JSON back to an equal value,
/// also with numbers written as strings. Estimates and claims of every quantity included.
/// </summary>
public sealed class JsonSameJsonTests
{
    // The generated money includes a made-up currency (XQG): every set of options has its catalog registered.
    private static readonly JsonSerializerOptions Default = new JsonSerializerOptions().AddDomainModel(TextArbitraries.Catalog);

    private static readonly JsonSerializerOptions ValuesResolver = new JsonSerializerOptions { TypeInfoResolver = DomainModelJsonResolver.Default }.AddDomainModel(TextArbitraries.Catalog);

    private static readonly JsonSerializerOptions ClaimsResolver = new JsonSerializerOptions { TypeInfoResolver = ClaimsJsonResolver.Default }.AddDomainModel(TextArbitraries.Catalog);

    private static readonly JsonSerializerOptions DefaultStrings = new JsonSerializerOptions { NumberHandling = JsonNumberHandling.WriteAsString }.AddDomainModel(TextArbitraries.Catalog);

    private static readonly JsonSerializerOptions ResolverStrings = new JsonSerializerOptions { TypeInfoResolver = ClaimsJsonResolver.Default, NumberHandling = JsonNumberHandling.WriteAsString }.AddDomainModel(TextArbitraries.Catalog);

    private static bool Same<T>(T value, Func<T, T, bool> equal, bool valuesResolver = true)
    {
        string json = JsonSerializer.Serialize(value, Default);
        bool same = json == JsonSerializer.Serialize(value, ClaimsResolver)
            && (!valuesResolver || json == JsonSerializer.Serialize(value, ValuesResolver))
            && JsonSerializer.Serialize(value, DefaultStrings) == JsonSerializer.Serialize(value, ResolverStrings);
        return same
            && equal(value, JsonSerializer.Deserialize<T>(json, ClaimsResolver)!)
            && equal(value, JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, ClaimsResolver), Default)!)
            && equal(value, JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, ResolverStrings), DefaultStrings)!);
    }

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 100)]
    public bool Values_AreTheSame(Money m, ExchangeRate r, RateValidity v, DateRange d, CountKind k, UnitCount c, PricePerUnit p) =>
        Same(m, (a, b) => a.ToString() == b.ToString())
        && Same(m.Currency, (a, b) => a == b)
        && Same(r, (a, b) => a.Equals(b) && a.ToString() == b.ToString())
        && Same(v, (a, b) => a == b)
        && Same(d, (a, b) => a == b)
        && Same(k, (a, b) => a == b)
        && Same(c, (a, b) => a == b)
        && Same(p, (a, b) => a == b && a.Price.ToString() == b.Price.ToString());

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 100)]
    public bool Quantities_AreTheSame(TokenVolume v, TokenRate r, ActiveUsers u, Share s, FiscalQuarter q) =>
        Same(v, (a, b) => a == b && a.Unit == b.Unit)
        && Same(r, (a, b) => a == b && a.MonthLength == b.MonthLength && a.ToString() == b.ToString())
        && Same(u, (a, b) => a == b)
        && Same(s, (a, b) => a.ToString() == b.ToString())
        && Same(new FiscalYear(FiscalCalendars.Microsoft, q.Year.Label), (a, b) => a == b)
        && Same(new FiscalQuarter(new FiscalYear(FiscalCalendars.Nvidia, q.Year.Label), q.Number), (a, b) => a == b)
        && Same<Share?>(s, (a, b) => a.ToString() == b.ToString())
        && Same<Money?>(null, (a, b) => b is null);

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 100)]
    public bool Estimates_AreTheSame(Money m, UnitCount c, PricePerUnit p, TokenRate r, ActiveUsers u, Share s, PositiveInt kind) =>
        Same(Pick(m, kind.Get), (a, b) => a == b && a.Stated.ToString() == b.Stated.ToString())
        && Same(Pick(c, kind.Get), (a, b) => a == b)
        && Same(Pick(p, kind.Get), (a, b) => a == b)
        && Same(Pick(r, kind.Get), (a, b) => a == b)
        && Same(Pick(u, kind.Get), (a, b) => a == b)
        && Same(Pick(s, kind.Get), (a, b) => a.ToString() == b.ToString())
        && Same(Pick(m, kind.Get).Interval, (a, b) => a == b);

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 100)]
    public bool Claims_AreTheSame(Money m, Share s, ResolvedPeriod period, PositiveInt kind)
    {
        var quote = new Quote("made-up words", 3);
        var source = SourceChain.Of(["Made-up Weekly", "Acme"]);
        return Same(new Claim<Money>("c1", "Acme", quote, source, period, Pick(m, kind.Get)), SameClaim, valuesResolver: false)
            && Same(new Claim<Share>("c2", "Acme", quote, source, period, Pick(s, kind.Get)), SameClaim, valuesResolver: false)
            && Same(period, (a, b) => a == b, valuesResolver: false);
    }

    private static bool SameClaim<T>(Claim<T> a, Claim<T> b)
        where T : struct, IEstimable<T> =>
        a.Id == b.Id && a.Subject == b.Subject && a.Quote == b.Quote && a.Source.Equals(b.Source) && a.Period == b.Period && a.Estimate == b.Estimate;

    /// <summary>One of the kinds of estimate of a value (exact, over, at most, between it and itself).</summary>
    private static Estimate<T> Pick<T>(T value, int kind)
        where T : struct, IEstimable<T> => (kind % 4) switch
        {
            0 => Estimate.Exactly(value),
            1 => Estimate.Over(value),
            2 => Estimate.AtMost(value),
            _ => Estimate.Between(value, value),
        };
}
