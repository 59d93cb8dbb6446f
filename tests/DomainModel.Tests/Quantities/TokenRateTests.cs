using System;
using DomainModel;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using UnitsNet;
using Xunit;

namespace DomainModel.Tests.Quantities;

public sealed class TokenRateTests
{
    public static class Arbs
    {
        public static Arbitrary<MonthLength> MonthLengthArb() => Arb.From(Gen.OneOf(
            Gen.Elements(MonthLength.ThirtyDays, MonthLength.JulianAverage, MonthLength.GregorianAverage),
            from year in Gen.Choose(1990, 2100)
            from month in Gen.Choose(1, 12)
            select MonthLength.CalendarMonth(year, month)));

        public static Arbitrary<TokenVolume> TokenVolumeArb() => QuantityArbitraries.TokenVolumeArb();

        public static Arbitrary<MidpointRounding> RoundingArb() => Arb.From(Gen.Elements(Enum.GetValues<MidpointRounding>()));
    }

    /// <summary>Daily → monthly → daily returns the daily volume: a month is at least 28 days, so the monthly rounding error shrinks below half a token on the way back.</summary>
    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 300)]
    public bool DailyToMonthlyAndBack_RoundTrips(TokenVolume volume, MonthLength monthLength, MidpointRounding rounding)
    {
        var daily = TokenRate.PerDay(volume);
        var monthly = daily.ToMonthly(monthLength, rounding);
        var back = monthly.ToDaily(monthLength, MidpointRounding.ToEven);
        return back == daily && back.Volume.Unit == volume.Unit && monthly.MonthLength == monthLength && back.MonthLength == monthLength;
    }

    /// <summary>With directed modes both ways the round trip is not the identity, but it keeps its direction and stays within a token.</summary>
    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 300)]
    public bool DailyToMonthlyAndBack_Directed_KeepsItsDirection_WithinOneToken(TokenVolume volume, MonthLength monthLength)
    {
        var daily = TokenRate.PerDay(volume);
        decimal original = daily.Volume.Tokens;
        decimal Trip(MidpointRounding mode) => daily.ToMonthly(monthLength, mode).ToDaily(monthLength, mode).Volume.Tokens;
        decimal down = Trip(MidpointRounding.ToNegativeInfinity), zero = Trip(MidpointRounding.ToZero), up = Trip(MidpointRounding.ToPositiveInfinity);
        return down <= original && zero <= original && up >= original
            && original - down <= 1m && original - zero <= 1m && up - original <= 1m;
    }

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 200)]
    public bool DayToWeekAndBack_IsExact_AndNeedsNoMonth(TokenVolume volume)
    {
        var daily = TokenRate.PerDay(volume);
        var weekly = daily.ToPeriod(Duration.FromWeeks(1), MonthLength.ThirtyDays, MidpointRounding.ToZero);
        return weekly.Volume.Tokens == volume.Tokens * 7 && weekly.MonthLength is null
            && weekly.ToPeriod(Duration.FromDays(1), MonthLength.JulianAverage, MidpointRounding.ToZero) == daily;
    }

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 200)]
    public bool ThirtyDayMonth_IsThirtyDays(TokenVolume volume) =>
        TokenRate.PerDay(volume).ToMonthly(MonthLength.ThirtyDays, MidpointRounding.ToEven).Volume.Tokens == volume.Tokens * 30;

    [Fact]
    public void ToMonthly_FiftyTrillionADay_StatesTheMonthLength()
    {
        var daily = TokenRate.PerDay(TokenVolume.FromTrillions(50));
        var julian = daily.ToMonthly(MonthLength.JulianAverage, MidpointRounding.ToEven);
        Assert.Equal(1_521_875_000_000_000m, julian.Volume.Tokens);
        Assert.Equal(MonthLength.JulianAverage, julian.MonthLength);
        Assert.Equal("1521.875 T tokens per 1 mo (month = 365.25/12 days (30.4375))", julian.ToString());
        var october = daily.ToMonthly(MonthLength.CalendarMonth(2025, 10), MidpointRounding.ToEven);
        Assert.Equal(TokenVolume.FromTrillions(1550), october.Volume);
        Assert.Equal("2025-10 (31 days)", october.MonthLength.ToString());
        Assert.Equal(TokenVolume.FromTrillions(1500), daily.ToMonthly(MonthLength.ThirtyDays, MidpointRounding.ToEven).Volume);
    }

    [Fact]
    public void ToDaily_RoundsWithTheGivenMode()
    {
        var monthly = TokenRate.PerMonth(TokenVolume.FromTokens(100));
        Assert.Equal(3m, monthly.ToDaily(MonthLength.ThirtyDays, MidpointRounding.ToZero).Volume.Tokens);
        Assert.Equal(4m, monthly.ToDaily(MonthLength.ThirtyDays, MidpointRounding.ToPositiveInfinity).Volume.Tokens);
        var fortyFive = TokenRate.PerMonth(TokenVolume.FromTokens(45));
        Assert.Equal(2m, fortyFive.ToDaily(MonthLength.ThirtyDays, MidpointRounding.ToEven).Volume.Tokens);
        Assert.Equal(2m, fortyFive.ToDaily(MonthLength.ThirtyDays, MidpointRounding.AwayFromZero).Volume.Tokens);
        var fifteen = TokenRate.PerMonth(TokenVolume.FromTokens(15));
        Assert.Equal(0m, fifteen.ToDaily(MonthLength.ThirtyDays, MidpointRounding.ToEven).Volume.Tokens);
        Assert.Equal(1m, fifteen.ToDaily(MonthLength.ThirtyDays, MidpointRounding.AwayFromZero).Volume.Tokens);
    }

    [Fact]
    public void SamePeriod_AddsAndCompares()
    {
        var bytedance = TokenRate.PerDay(TokenVolume.FromTrillions(50));
        var google = TokenRate.PerDay(TokenVolume.FromTrillions(43));
        Assert.True(bytedance > google);
        Assert.Equal(TokenRate.PerDay(TokenVolume.FromTrillions(93)), bytedance + google);
        Assert.Equal(TokenRate.PerDay(TokenVolume.FromTrillions(7)), bytedance.Subtract(google));
    }

    [Fact]
    public void DifferentPeriods_Throw_NamingBoth()
    {
        var daily = TokenRate.PerDay(TokenVolume.FromTrillions(50));
        var monthly = TokenRate.PerMonth(TokenVolume.FromTrillions(50));
        var e = Assert.Throws<MismatchException>(() => daily < monthly);
        Assert.Equal("right", e.ParamName);
        Assert.Contains("Cannot compare a rate per 1 d and a rate per 1 mo", e.Message, StringComparison.Ordinal);
        Assert.Throws<MismatchException>(() => daily + TokenRate.Per(TokenVolume.Zero, Duration.FromHours(24)));
        Assert.False(daily.Equals(monthly));
        Assert.False(daily.HasSamePeriod(monthly));
    }

    [Fact]
    public void Constructor_BadPeriod_Throws()
    {
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => TokenRate.Per(TokenVolume.Zero, Duration.FromDays(0)));
        Assert.Equal("period", zero.ParamName);
        Assert.Contains("must be positive", zero.Message, StringComparison.Ordinal);
        var third = Assert.Throws<ArgumentOutOfRangeException>(() => TokenRate.Per(TokenVolume.Zero, Duration.FromDays(1.0 / 3)));
        Assert.Contains("exactly representable", third.Message, StringComparison.Ordinal);
        var sol = Assert.Throws<ArgumentException>(() => TokenRate.Per(TokenVolume.Zero, Duration.From(1, UnitsNet.Units.DurationUnit.Sol)));
        Assert.Contains("Sol", sol.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthLength_CalendarMonth_ValidatesRange()
    {
        Assert.Equal(29m, MonthLength.CalendarMonth(2024, 2).Days);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MonthLength.CalendarMonth(2025, 13));
        Assert.Equal("month", e.ParamName);
    }

    [Fact]
    public void Default_IsZeroPerDay() =>
        Assert.Equal(TokenRate.PerDay(TokenVolume.Zero), default(TokenRate));
}
