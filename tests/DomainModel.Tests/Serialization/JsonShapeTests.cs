using System;
using System.Text.Json;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Claims;
using DomainModel.Serialization;
using UnitsNet;
using Xunit;

namespace DomainModel.Tests.Serialization;

/// <summary>
/// The documented JSON shapes (docs/json.md), written out by hand, and the regressions they replace: before the
/// converters, DateRange, RateValidity, UnitCount and Share were written as property dumps and read back as default
/// values, ExchangeRate could not be read back, and TokenVolume, TokenRate and FiscalYear threw on serialize.
/// </summary>
public sealed class JsonShapeTests
{
    private static readonly JsonSerializerOptions Resolver = new() { TypeInfoResolver = ClaimsJsonResolver.Default };

    private static void AssertShape<T>(T value, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(value));
        Assert.Equal(json, JsonSerializer.Serialize(value, Resolver));
        Assert.Equal(value, JsonSerializer.Deserialize<T>(json));
        Assert.Equal(value, JsonSerializer.Deserialize<T>(json, Resolver));
    }

    [Fact]
    public void ExchangeRate_Shape_AndReadsBack()
    {
        var rate = new ExchangeRate(Currency.FromCode("USD"), Currency.FromCode("CNY"), 7.1234m, new DateOnly(2025, 12, 5), RateKind.Spot, "ECB");
        AssertShape(rate, "{\"base\":\"USD\",\"quote\":\"CNY\",\"value\":7.1234,\"validity\":\"2025-12-05\",\"kind\":\"spot\",\"source\":\"ECB\"}");
    }

    [Fact]
    public void RateValidity_Shape() =>
        AssertShape(new RateValidity(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), "\"2025-01-01/2025-12-31\"");

    [Fact]
    public void DateRange_Shape() =>
        AssertShape(new DateRange(new DateOnly(2024, 7, 1), new DateOnly(2025, 6, 30)), "\"2024-07-01..2025-06-30\"");

    [Fact]
    public void ResolvedPeriod_Shape()
    {
        var period = ResolvedPeriod.Parse("entro metà febbraio", new DateOnly(2025, 12, 5));
        AssertShape(period, "{\"text\":\"entro metà febbraio\",\"asOf\":\"2025-12-05\",\"kind\":\"deadline\",\"span\":\"2026-02-11..2026-02-20\",\"startBound\":null,\"endBound\":\"2026-02-11..2026-02-20\"}"
            .Replace("à", "\\u00E0", StringComparison.Ordinal));
    }

    [Fact]
    public void CountKind_Shape_AlsoAsDictionaryKey()
    {
        AssertShape(new CountKind("H200 GPU"), "\"H200 GPU\"");
        AssertShape(CountKind.Unspecified, "\"unit\"");
        var byKind = new System.Collections.Generic.Dictionary<CountKind, int> { [new CountKind("H200 GPU")] = 20_000 };
        Assert.Equal("{\"H200 GPU\":20000}", JsonSerializer.Serialize(byKind));
        Assert.Equal(20_000, JsonSerializer.Deserialize<System.Collections.Generic.Dictionary<CountKind, int>>("{\"H200 GPU\":20000}")![new CountKind("H200 GPU")]);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<CountKind>("\"\""));
    }

    [Fact]
    public void UnitCount_Shape() =>
        AssertShape(new UnitCount(40_000, new CountKind("H200 GPU")), "{\"count\":40000,\"kind\":\"H200 GPU\"}");

    [Fact]
    public void PricePerUnit_Shape() =>
        AssertShape(new PricePerUnit(new Money(30_000m, Currency.FromCode("USD")), new CountKind("H200 GPU")), "{\"price\":{\"amount\":30000,\"currency\":\"USD\"},\"kind\":\"H200 GPU\"}");

    [Fact]
    public void TokenVolume_Shape() =>
        AssertShape(TokenVolume.FromTrillions(50m), "{\"tokens\":50000000000000,\"unit\":\"trillion\"}");

    [Fact]
    public void TokenRate_Shape()
    {
        AssertShape(TokenRate.PerDay(TokenVolume.FromTrillions(50m)), "{\"volume\":{\"tokens\":50000000000000,\"unit\":\"trillion\"},\"period\":{\"value\":1,\"unit\":\"day\"}}");
        var monthly = TokenRate.PerDay(TokenVolume.FromTrillions(50m)).ToMonthly(MonthLength.CalendarMonth(2025, 2), MidpointRounding.ToEven);
        Assert.Equal(
            "{\"volume\":{\"tokens\":1400000000000000,\"unit\":\"trillion\"},\"period\":{\"value\":1,\"unit\":\"month30\"},\"monthLength\":\"2025-02\"}",
            JsonSerializer.Serialize(monthly));
        Assert.Equal(MonthLength.CalendarMonth(2025, 2), JsonSerializer.Deserialize<TokenRate>(JsonSerializer.Serialize(monthly)).MonthLength);
    }

    [Fact]
    public void ActiveUsers_Shape() =>
        AssertShape(ActiveUsers.Monthly(157_000_000, 2025, 8), "{\"users\":157000000,\"window\":\"monthly\",\"period\":\"2025-08-01..2025-08-31\"}");

    [Fact]
    public void Share_Shape() =>
        AssertShape(new Share(85m, 150m), "{\"numerator\":85,\"denominator\":150}");

    [Fact]
    public void FiscalYear_Shape() =>
        AssertShape(new FiscalYear(FiscalCalendars.Microsoft, 2025), "{\"calendar\":\"Microsoft\",\"label\":2025}");

    [Fact]
    public void FiscalQuarter_Shape() =>
        AssertShape(new FiscalQuarter(new FiscalYear(FiscalCalendars.Nvidia, 2025), 4), "{\"calendar\":\"Nvidia\",\"year\":2025,\"quarter\":4}");

    [Fact]
    public void FiscalYear_OfAnUnknownCalendar_IsRefusedOnWrite_NotWrittenAsOneThatReadsBackWrong()
    {
        var lookalike = FiscalCalendar.MonthBased("Microsoft", 10, 1, FiscalYearNaming.ByEndYear, "made up: a calendar that shares Microsoft's name");
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new FiscalYear(lookalike, 2025)));
        Assert.Contains("\"Microsoft\"", e.Message, StringComparison.Ordinal);
        var options = new JsonSerializerOptions().AddDomainModel(CurrencyCatalog.Iso4217, [lookalike]);
        string json = JsonSerializer.Serialize(new FiscalYear(lookalike, 2025), options);
        Assert.Equal(lookalike, JsonSerializer.Deserialize<FiscalYear>(json, options).Calendar);
    }

    [Fact]
    public void FiscalCalendars_DuplicateNames_Throw() =>
        Assert.Throws<ArgumentException>(() => new JsonSerializerOptions().AddDomainModel(CurrencyCatalog.Iso4217, [FiscalCalendars.Meta, FiscalCalendar.CalendarYear("Meta", "made up")]));

    [Fact]
    public void Converters_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => DomainModelJson.AddDomainModel(null!, CurrencyCatalog.Iso4217));
        Assert.Throws<ArgumentNullException>(() => new JsonSerializerOptions().AddDomainModel(null!));
        Assert.Throws<ArgumentNullException>(() => new JsonSerializerOptions().AddDomainModel(CurrencyCatalog.Iso4217, null!));
        Assert.Throws<ArgumentNullException>(() => new JsonSerializerOptions().AddDomainModel(CurrencyCatalog.Iso4217, [null!]));
        Assert.Throws<ArgumentNullException>(() => ClaimsJsonResolver.Default.GetTypeInfo(null!, new JsonSerializerOptions()));
    }
}
