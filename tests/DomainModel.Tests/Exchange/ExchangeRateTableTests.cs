using System;
using System.Collections.Generic;
using System.Linq;
using DomainModel;
using DomainModel.Exchange;
using Xunit;

namespace DomainModel.Tests.Exchange;

/// <summary>Examples and bad input for <see cref="ExchangeRateTable"/>.</summary>
public sealed partial class ExchangeRateTableTests
{
    private static readonly DateOnly Fri = new(2025, 12, 5);
    private static readonly DateOnly Thu = Fri.AddDays(-1);
    private static readonly DateOnly Sun = Fri.AddDays(2);

    private static ExchangeRate Ecb(Currency quote, decimal value, DateOnly day) => new(Currency.EUR, quote, value, day, RateKind.OfficialReference, "ECB");

    private static ExchangeRateTable EcbTable() => ExchangeRateTable.Empty.WithName("ECB").WithPivot(Currency.EUR).With(
    [
        Ecb(Currency.USD, 1.1666m, Thu), Ecb(Currency.CNY, 8.2498m, Thu),
        Ecb(Currency.USD, 1.1645m, Fri), Ecb(Currency.CNY, 8.2333m, Fri),
    ]);

    [Fact]
    public void Empty_HasDocumentedDefaults()
    {
        Assert.Equal(7, ExchangeRateTable.Empty.LookBackDays);
        Assert.Null(ExchangeRateTable.Empty.Pivot);
        Assert.Equal(0, ExchangeRateTable.Empty.Count);
        Assert.Equal("table", ExchangeRateTable.Empty.Name);
    }

    [Fact]
    public void With_ReturnsANewTable_LeavingTheOldOneAlone()
    {
        var one = ExchangeRateTable.Empty.With(Ecb(Currency.USD, 1.1645m, Fri));
        var two = one.With(Ecb(Currency.USD, 1.1666m, Thu));
        Assert.Equal(1, one.Count);
        Assert.Equal(2, two.Count);
        Assert.Equal(0, ExchangeRateTable.Empty.Count);
        Assert.Equal(new[] { Thu, Fri }, two.Rates.Select(r => r.Validity.Start));
        Assert.Equal(2, two.With(Ecb(Currency.USD, 1.16450m, Fri)).Count); // an equal rate again changes nothing
    }

    [Fact]
    public void GetRate_SameDay_IsTheStatedRate()
    {
        var rate = EcbTable().GetRate(Currency.EUR, Currency.USD, Fri);
        Assert.Equal(Ecb(Currency.USD, 1.1645m, Fri), rate);
    }

    [Fact]
    public void GetRate_Weekend_IsFridaysRate_NeverALaterOne()
    {
        var table = EcbTable().With(Ecb(Currency.USD, 1.17m, Sun.AddDays(1)));
        var rate = table.GetRate(Currency.EUR, Currency.USD, Sun);
        Assert.Equal(Fri, rate.Validity.Start);
        Assert.Equal(1.1645m, rate.Value);
        var lookup = table.Lookup(Currency.EUR, Currency.USD, Sun);
        Assert.Contains("direct EUR/USD found on 2025-12-05", Assert.Single(lookup.Attempts), StringComparison.Ordinal);
    }

    [Fact]
    public void GetRate_BeyondTheLookBack_Throws_NamingPairDateAndAttempts()
    {
        var table = EcbTable().WithLookBack(1);
        var e = Assert.Throws<RateNotFoundException>(() => table.GetRate(Currency.EUR, Currency.USD, Sun));
        Assert.Equal(Currency.EUR, e.From);
        Assert.Equal(Currency.USD, e.To);
        Assert.Equal(Sun, e.Date);
        Assert.Contains("No EUR/USD rate for 2025-12-07", e.Message, StringComparison.Ordinal);
        Assert.Contains("direct EUR/USD: none from 2025-12-06 to 2025-12-07 (look-back 1 days)", e.Message, StringComparison.Ordinal);
        Assert.Contains("reciprocal of USD/EUR", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<KeyNotFoundException>(e);
        Assert.False(table.TryGetRate(Currency.EUR, Currency.USD, Sun, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void GetRate_ZeroLookBack_IsThatDayOnly()
    {
        var table = EcbTable().WithLookBack(0);
        Assert.True(table.TryGetRate(Currency.EUR, Currency.USD, Fri, out _));
        Assert.False(table.TryGetRate(Currency.EUR, Currency.USD, Fri.AddDays(1), out _));
    }

    [Fact]
    public void GetRate_OppositeDirection_IsTheDerivedReciprocal()
    {
        var rate = EcbTable().GetRate(Currency.USD, Currency.EUR, Fri);
        Assert.Equal(Currency.USD, rate.Base);
        Assert.Equal(Currency.EUR, rate.Quote);
        Assert.Equal(RateKind.Derived, rate.Kind);
        Assert.Equal(Ecb(Currency.USD, 1.1645m, Fri), Assert.Single(rate.Legs));
        Assert.Equal(0.85873765564620008587m, rate.Value);
    }

    [Fact]
    public void GetRate_ThroughThePivot_KeepsBothLegs()
    {
        var rate = EcbTable().GetRate(Currency.USD, Currency.CNY, Sun);
        Assert.Equal(Currency.USD, rate.Base);
        Assert.Equal(Currency.CNY, rate.Quote);
        Assert.Equal(RateKind.Derived, rate.Kind);
        Assert.Equal(new[] { Ecb(Currency.USD, 1.1645m, Fri), Ecb(Currency.CNY, 8.2333m, Fri) }, rate.Legs);
        Assert.Equal(ExchangeRate.Cross(Ecb(Currency.USD, 1.1645m, Fri), Ecb(Currency.CNY, 8.2333m, Fri)), rate);
        Assert.Equal(new RateValidity(Fri), rate.Validity);
        Assert.Contains("cross via EUR of EUR/USD and EUR/CNY found on 2025-12-05", EcbTable().Lookup(Currency.USD, Currency.CNY, Sun).Attempts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void GetRate_PivotLegsOnDifferentDays_AreNotCrossed()
    {
        var table = ExchangeRateTable.Empty.WithPivot(Currency.EUR).With([Ecb(Currency.USD, 1.1645m, Fri), Ecb(Currency.CNY, 8.2498m, Thu)]);
        var e = Assert.Throws<RateNotFoundException>(() => table.GetRate(Currency.USD, Currency.CNY, Sun));
        Assert.Contains("cross via EUR: no day from 2025-11-30 to 2025-12-07 (look-back 7 days) with both USD–EUR (on 2025-12-05) and EUR–CNY (on 2025-12-04)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetRate_WithoutPivot_DoesNotTriangulate()
    {
        var table = EcbTable().WithoutPivot();
        var e = Assert.Throws<RateNotFoundException>(() => table.GetRate(Currency.USD, Currency.CNY, Fri));
        Assert.Contains("no pivot currency set", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetRate_DirectWinsOverPivot_OnTheSameDay()
    {
        var direct = new ExchangeRate(Currency.USD, Currency.CNY, 7.07m, Fri, RateKind.Spot, "PBoC");
        Assert.Same(direct, EcbTable().With(direct).GetRate(Currency.USD, Currency.CNY, Fri));
    }

    [Fact]
    public void GetRate_LaterPivotDayWinsOverOlderDirectRate()
    {
        var direct = new ExchangeRate(Currency.USD, Currency.CNY, 7.07m, Thu, RateKind.Spot, "PBoC");
        var rate = EcbTable().With(direct).GetRate(Currency.USD, Currency.CNY, Fri);
        Assert.Equal(RateKind.Derived, rate.Kind);
        Assert.Equal(Fri, rate.Validity.Start);
    }

    [Fact]
    public void GetRate_SameCurrency_Throws_TryReturnsFalse()
    {
        var e = Assert.Throws<ArgumentException>(() => EcbTable().GetRate(Currency.USD, Currency.USD, Fri));
        Assert.Equal("to", e.ParamName);
        Assert.Contains("same currency", e.Message, StringComparison.Ordinal);
        Assert.False(EcbTable().TryGetRate(Currency.USD, Currency.USD, Fri, out _));
        Assert.False(EcbTable().Lookup(Currency.USD, Currency.USD, Fri).Found);
    }

    [Fact]
    public void GetRate_AtTheStartOfTime_DoesNotUnderflow()
    {
        var table = ExchangeRateTable.Empty.With(Ecb(Currency.USD, 1m, DateOnly.MinValue));
        Assert.True(table.TryGetRate(Currency.EUR, Currency.USD, DateOnly.MinValue.AddDays(3), out _));
        Assert.False(table.TryGetRate(Currency.EUR, Currency.CNY, DateOnly.MinValue, out _));
    }

    // ---- Period averages ------------------------------------------------------------------------------------

    [Fact]
    public void GetAverageRate_IsTheArithmeticMeanOfAvailableDays()
    {
        var rate = EcbTable().GetAverageRate(Currency.EUR, Currency.USD, Thu.AddDays(-3), Sun);
        Assert.Equal((1.1666m + 1.1645m) / 2m, rate.Value);
        Assert.Equal(RateKind.PeriodAverage, rate.Kind);
        Assert.Equal(new RateValidity(Thu.AddDays(-3), Sun), rate.Validity);
        Assert.Equal(2, rate.Legs.Count);
        Assert.Equal("ECB", rate.Source);
    }

    [Fact]
    public void GetAverageRate_ThroughThePivot_AveragesDailyCrossRates()
    {
        var rate = EcbTable().GetAverageRate(Currency.USD, Currency.CNY, Thu, Fri);
        decimal thu = ExchangeRate.Cross(Ecb(Currency.USD, 1.1666m, Thu), Ecb(Currency.CNY, 8.2498m, Thu)).Value;
        decimal fri = ExchangeRate.Cross(Ecb(Currency.USD, 1.1645m, Fri), Ecb(Currency.CNY, 8.2333m, Fri)).Value;
        Assert.Equal(decimal.Round((thu + fri) / 2m, 19), rate.Value);
        Assert.All(rate.Legs, leg => Assert.Equal(RateKind.Derived, leg.Kind));
    }

    [Fact]
    public void GetAverageRate_NoData_Throws()
    {
        var e = Assert.Throws<RateNotFoundException>(() => EcbTable().GetAverageRate(Currency.EUR, Currency.USD, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)));
        Assert.Contains("on any day of 2024-01-01/2024-12-31", e.Message, StringComparison.Ordinal);
        Assert.False(EcbTable().TryGetAverageRate(Currency.EUR, Currency.USD, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), out _));
    }

    [Fact]
    public void GetAverageRate_BadPeriod_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => EcbTable().GetAverageRate(Currency.EUR, Currency.USD, Fri, Thu));
        Assert.Equal("last", e.ParamName); // GetAverageRate's own parameter
        Assert.False(EcbTable().TryGetAverageRate(Currency.EUR, Currency.USD, Fri, Thu, out _));
        Assert.Throws<ArgumentException>(() => EcbTable().GetAverageRate(Currency.EUR, Currency.EUR, Thu, Fri));
    }

    // ---- Bad input -------------------------------------------------------------------------------------------

    [Fact]
    public void With_PeriodRate_Throws()
    {
        var average = new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, new RateValidity(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), RateKind.PeriodAverage, "ECB");
        var e = Assert.Throws<ArgumentException>(() => ExchangeRateTable.Empty.With(average));
        Assert.Equal("rates", e.ParamName);
        Assert.Contains("366 days", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_ConflictingRate_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => EcbTable().With(Ecb(Currency.USD, 1.2m, Fri)));
        Assert.Equal("rates", e.ParamName);
        Assert.Contains("Two different EUR/USD rates for 2025-12-05", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_Null_Throws()
    {
        Assert.Equal("rate", Assert.Throws<ArgumentNullException>(() => ExchangeRateTable.Empty.With((ExchangeRate)null!)).ParamName);
        Assert.Equal("rates", Assert.Throws<ArgumentNullException>(() => ExchangeRateTable.Empty.With(new ExchangeRate[] { null! })).ParamName);
    }

    [Fact]
    public void Settings_BadValues_Throw()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ExchangeRateTable.Empty.WithLookBack(367));
        Assert.Equal("days", e.ParamName);
        Assert.Contains("0 to 366", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ExchangeRateTable.Empty.WithLookBack(-1));
        Assert.Equal("pivot", Assert.Throws<ArgumentException>(() => ExchangeRateTable.Empty.WithPivot(Currency.XXX)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => ExchangeRateTable.Empty.WithName(" ")).ParamName);
    }
}
