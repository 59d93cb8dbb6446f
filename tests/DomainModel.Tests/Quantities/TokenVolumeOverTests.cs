using System;
using System.Numerics;
using System.Text.Json;
using DomainModel;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using UnitsNet;
using Xunit;

namespace DomainModel.Tests.Quantities;

/// <summary>A token volume consumed over a span: a total, not a rate; its average rate states the span's length.</summary>
public sealed class TokenVolumeOverTests
{
    private static readonly DateRange Week = new(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 22));

    public static class Arbs
    {
        public static Arbitrary<TokenVolume> TokenVolumeArb() => QuantityArbitraries.TokenVolumeArb();

        public static Arbitrary<DateRange> SpanArb() => Arb.From(
            from start in Gen.Choose(730_000, 740_000)
            from length in Gen.Choose(1, 800)
            select new DateRange(DateOnly.FromDayNumber(start), DateOnly.FromDayNumber(start + length - 1)));

        public static Arbitrary<MidpointRounding> RoundingArb() => Arb.From(Gen.Elements(Enum.GetValues<MidpointRounding>()));
    }

    [Fact]
    public void TheWeekOfMarch16To22_AveragesPerDay_WithTheSpanStated()
    {
        var china = new TokenVolumeOver(TokenVolume.FromTrillions(7.359m), Week);
        Assert.Equal(7, china.Days);
        Assert.Equal("7.359 T tokens over 2026-03-16..2026-03-22 (7 days)", china.ToString());

        // 7,359,000,000,000 / 7 = 1,051,285,714,285.714…: to even (and to nearest) 1,051,285,714,286; toward zero …285.
        var perDay = china.ToAveragePerDay(MidpointRounding.ToEven);
        Assert.Equal(1_051_285_714_286m, perDay.Volume.Tokens);
        Assert.Equal(Duration.FromDays(1), perDay.Period);
        Assert.Null(perDay.MonthLength);
        Assert.Equal(1_051_285_714_285m, china.ToAverageRate(Duration.FromDays(1), MonthLength.ThirtyDays, MidpointRounding.ToZero).Volume.Tokens);

        // Per hour: / (7 × 24) = 43,803,571,428.571…; per week: the volume itself; per Julian-average month: × 30.4375 / 7.
        Assert.Equal(43_803_571_429m, china.ToAverageRate(Duration.FromHours(1), MonthLength.ThirtyDays, MidpointRounding.ToEven).Volume.Tokens);
        Assert.Equal(7_359_000_000_000m, china.ToAverageRate(Duration.FromWeeks(1), MonthLength.ThirtyDays, MidpointRounding.ToEven).Volume.Tokens);
        var monthly = china.ToAverageRate(Duration.FromMonths30(1), MonthLength.JulianAverage, MidpointRounding.ToEven);
        Assert.Equal(31_998_508_928_571m, monthly.Volume.Tokens); // 7,359e9 × 30.4375 / 7 = 31,998,508,928,571.43…
        Assert.Equal(MonthLength.JulianAverage, monthly.MonthLength);
    }

    [Fact]
    public void FromRate_IsTheRateTimesTheSpan()
    {
        Assert.Equal(TokenVolume.FromTrillions(700), TokenVolumeOver.FromRate(TokenRate.PerDay(TokenVolume.FromTrillions(100)), Week, MonthLength.ThirtyDays, MidpointRounding.ToEven).Volume);
        var year2024 = DateRange.OfYear(2024);
        Assert.Equal(366_000_000_000_000m, TokenVolumeOver.FromRate(TokenRate.PerDay(TokenVolume.FromTrillions(1)), year2024, MonthLength.ThirtyDays, MidpointRounding.ToEven).Volume.Tokens);

        // A monthly rate over a week depends on the month's length: 30 T per 30-day month is 7 T a week.
        Assert.Equal(7_000_000_000_000m, TokenVolumeOver.FromRate(TokenRate.PerMonth(TokenVolume.FromTrillions(30)), Week, MonthLength.ThirtyDays, MidpointRounding.ToEven).Volume.Tokens);

        // A year of 365 days over 2024 (366 days): 365 T a year is 366 T.
        Assert.Equal(366_000_000_000_000m, TokenVolumeOver.FromRate(TokenRate.PerYear(TokenVolume.FromTrillions(365)), year2024, MonthLength.ThirtyDays, MidpointRounding.ToEven).Volume.Tokens);
    }

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 300)]
    public bool AverageRate_IsTheExactQuotientRounded(TokenVolume volume, DateRange span, MidpointRounding rounding)
    {
        var over = new TokenVolumeOver(volume, span);
        var perDay = over.ToAveragePerDay(rounding);
        var exact = new BigInteger(volume.Tokens);
        var (q, r) = BigInteger.DivRem(exact, span.LengthInDays);
        decimal floor = (decimal)q;
        decimal ceiling = r.IsZero ? floor : floor + 1m;

        // Independently: the result is the floor or the ceiling of tokens / days, and exact when it divides.
        return (perDay.Volume.Tokens == floor || perDay.Volume.Tokens == ceiling) && (!r.IsZero || perDay.Volume.Tokens == floor);
    }

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 300)]
    public bool RateOverSpanAndBack_ReturnsTheRate(TokenVolume volume, DateRange span)
    {
        var rate = TokenRate.PerDay(volume);
        var over = TokenVolumeOver.FromRate(rate, span, MonthLength.ThirtyDays, MidpointRounding.ToEven);
        return over.Volume.Tokens == volume.Tokens * span.LengthInDays && over.ToAveragePerDay(MidpointRounding.ToEven) == rate;
    }

    [Fact]
    public void Comparison_NeedsSpansOfTheSameLength_Addition_TheSameSpan()
    {
        var a = new TokenVolumeOver(TokenVolume.FromTrillions(7), Week);
        var nextWeek = new TokenVolumeOver(TokenVolume.FromTrillions(8), new DateRange(new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 29)));
        var march = new TokenVolumeOver(TokenVolume.FromTrillions(30), DateRange.OfMonth(2026, 3));
        Assert.True(a < nextWeek);
        Assert.Equal(-1, a.CompareTo(nextWeek));
        var e = Assert.Throws<MismatchException>(() => a < march);
        Assert.Equal("compare", e.Operation);
        Assert.Contains("2026-03-01..2026-03-31 (31 days)", e.Message, StringComparison.Ordinal);
        Assert.Throws<MismatchException>(() => a + nextWeek);
        Assert.Equal(new TokenVolumeOver(TokenVolume.FromTrillions(14), Week), a + a);
        Assert.Equal(new TokenVolumeOver(TokenVolume.Zero, Week), a.Subtract(a));
        Assert.Throws<ArgumentOutOfRangeException>(() => a - (a + a));

        // Equality: tokens and span, not the display unit; ordering agrees with it.
        Assert.Equal(a, new TokenVolumeOver(TokenVolume.FromBillions(7000), Week));
        Assert.NotEqual(a, new TokenVolumeOver(TokenVolume.FromTrillions(7), nextWeek.Span));
        Assert.Equal(0, a.CompareTo(new TokenVolumeOver(TokenVolume.FromBillions(7000), Week)));
        Assert.NotEqual(0, a.CompareTo(new TokenVolumeOver(TokenVolume.FromTrillions(7), nextWeek.Span)));
        Assert.Equal(1, a.CompareTo(null));
        Assert.Throws<ArgumentException>(() => a.CompareTo("x"));
    }

    [Fact]
    public void Estimates_ComparedOverSpansOfTheSameLength()
    {
        var a = Estimate.Rounded(new TokenVolumeOver(TokenVolume.FromTrillions(7.359m), Week), 1_000_000_000m);
        Assert.Equal("tokens over 2026-03-16..2026-03-22 (7 days)", a.UnitText);
        Assert.Equal(7_358_500_000_000m, a.Interval.Lower);
        var month = Estimate.Exactly(new TokenVolumeOver(TokenVolume.FromTrillions(30), DateRange.OfMonth(2026, 3)));
        Assert.Throws<MismatchException>(() => a.Compare(month));
    }

    [Fact]
    public void Json_RoundTrips_AndFaultsNameThePath()
    {
        var value = new TokenVolumeOver(TokenVolume.FromTrillions(7.359m), Week);
        string json = JsonSerializer.Serialize(value);
        Assert.Equal("{\"volume\":{\"tokens\":7359000000000,\"unit\":\"trillion\"},\"span\":\"2026-03-16..2026-03-22\"}", json);
        Assert.Equal(value, JsonSerializer.Deserialize<TokenVolumeOver>(json));
        Assert.Equal(TokenVolumeUnit.Trillion, JsonSerializer.Deserialize<TokenVolumeOver>(json).Volume.Unit);
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<TokenVolumeOver>("{\"volume\":{\"tokens\":1,\"unit\":\"Token\"},\"span\":\"2026-03-22..2026-03-16\"}"));
        Assert.Contains("span", e.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<TokenVolumeOver>("{\"volume\":{\"tokens\":1,\"unit\":\"Token\"}}"));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<TokenVolumeOver>("{\"span\":\"2026-03-16..2026-03-22\",\"rate\":1}"));
    }

    [Fact]
    public void RatesPerAnyUnitOfTime()
    {
        var v = TokenVolume.FromTrillions(1);
        Assert.Equal(Duration.FromMinutes(1), TokenRate.PerMinute(v).Period);
        Assert.Equal(Duration.FromHours(1), TokenRate.PerHour(v).Period);
        Assert.Equal(Duration.FromWeeks(1), TokenRate.PerWeek(v).Period);
        Assert.Equal(Duration.FromYears365(1), TokenRate.PerYear(v).Period);

        // 1 T a week is 1/7 T a day; 1 T a minute is 1,440 T a day.
        Assert.Equal(142_857_142_857m, TokenRate.PerWeek(v).ToDaily(MonthLength.ThirtyDays, MidpointRounding.ToEven).Volume.Tokens);
        Assert.Equal(1_440_000_000_000_000m, TokenRate.PerMinute(v).ToDaily(MonthLength.ThirtyDays, MidpointRounding.ToEven).Volume.Tokens);
    }
}
