using System;
using System.Linq;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Claims;
using FsCheck;
using FsCheck.Fluent;
using UnitsNet;

namespace DomainModel.Tests.Infrastructure;

/// <summary>Generators for the value types that JSON round-trip properties cover.</summary>
public static class JsonArbitraries
{
    public static readonly string[] Kinds = ["H200 GPU", "unit", "chip", "data centre", "Blackwell B200"];

    public static readonly string[] Phrases =
    [
        "ad agosto", "in ottobre", "nel 2026", "quest'anno", "all'inizio di dicembre", "entro metà febbraio",
        "in August", "this year", "mid-February", "late October", "by October", "early December",
    ];

    public static Gen<CountKind> KindGen => Gen.Elements(Kinds).Select(k => new CountKind(k));

    public static Gen<RateValidity> ValidityGen => FiscalArbitraries.RangeGen.Select(RateValidity.FromRange);

    public static Gen<ResolvedPeriod> PeriodGen =>
        from phrase in Gen.Elements(Phrases)
        from asOf in FiscalArbitraries.DateGen
        from rule in Gen.Elements(MonthWithoutYear.Nearest, MonthWithoutYear.MostRecent, MonthWithoutYear.Next)
        select ResolvedPeriod.Parse(phrase, asOf, rule);

    public static Gen<UnitCount> UnitCountGen =>
        from count in Gen.Choose(0, int.MaxValue)
        from scale in Gen.Choose(0, 9)
        from kind in KindGen
        select new UnitCount(count * (long)Math.Pow(10, scale), kind);

    public static Gen<PricePerUnit> PriceGen =>
        from currency in ExchangeArbitraries.CurrencyGen
        from money in ExchangeArbitraries.AmountIn(currency)
        from kind in KindGen
        select new PricePerUnit(new Money(Math.Abs(money.Amount), money.Currency), kind);

    /// <summary>Whole token counts of up to 20 digits in any unit (no culture is touched: these run in invariant mode too).</summary>
    public static Gen<TokenVolume> VolumeGen =>
        from significant in Gen.Choose(0, 999_999_999)
        from more in Gen.Choose(0, 99_999)
        from zeros in Gen.Choose(0, 6)
        from unit in Gen.Elements(Enum.GetValues<TokenVolumeUnit>())
        select TokenVolume.FromTokens(((significant * 100_000m) + more) * ExchangeArbitraries.Pow10(zeros)).ToUnit(unit);

    public static Gen<Duration> DurationGen => Gen.Elements(
        Duration.FromDays(1), Duration.FromDays(7), Duration.FromMonths30(1), Duration.FromHours(0.5),
        Duration.FromYears365(1), Duration.FromSeconds(86_400), Duration.FromWeeks(2));

    public static Gen<MonthLength> MonthLengthGen => Gen.OneOf(
        Gen.Elements(MonthLength.ThirtyDays, MonthLength.JulianAverage, MonthLength.GregorianAverage),
        from year in Gen.Choose(1990, 2100)
        from month in Gen.Choose(1, 12)
        select MonthLength.CalendarMonth(year, month));

    public static Gen<TokenRate> TokenRateGen =>
        from volume in VolumeGen
        from period in DurationGen
        from converted in Gen.Elements(false, true)
        from month in MonthLengthGen
        let rate = TokenRate.Per(volume, period)
        select converted ? rate.ToMonthly(month, MidpointRounding.ToEven) : rate;

    public static Gen<ActiveUsers> ActiveUsersGen =>
        from users in Gen.Choose(0, int.MaxValue)
        from window in Gen.Elements(ActivityWindow.Daily, ActivityWindow.Weekly, ActivityWindow.Monthly)
        from range in FiscalArbitraries.RangeGen
        select new ActiveUsers(users, window, range.Start, range.End);

    public static Gen<Share> ShareGen =>
        from numerator in Gen.Choose(0, int.MaxValue)
        from denominator in Gen.Choose(1, int.MaxValue)
        from scale in Gen.Choose(0, 4)
        select new Share(numerator / ExchangeArbitraries.Pow10(scale), denominator / ExchangeArbitraries.Pow10(scale));

    public static Gen<FiscalQuarter> QuarterGen =>
        from year in FiscalArbitraries.YearGen
        from number in Gen.Choose(1, 4)
        select new FiscalQuarter(year, number);

    public static Arbitrary<ExchangeRate> ExchangeRateArb() => ExchangeArbitraries.ExchangeRateArb();

    public static Arbitrary<RateValidity> RateValidityArb() => Arb.From(ValidityGen);

    public static Arbitrary<DateRange> DateRangeArb() => FiscalArbitraries.RangeArb();

    public static Arbitrary<ResolvedPeriod> ResolvedPeriodArb() => Arb.From(PeriodGen);

    public static Arbitrary<CountKind> CountKindArb() => Arb.From(KindGen);

    public static Arbitrary<UnitCount> UnitCountArb() => Arb.From(UnitCountGen);

    public static Arbitrary<PricePerUnit> PricePerUnitArb() => Arb.From(PriceGen);

    public static Arbitrary<TokenVolume> TokenVolumeArb() => Arb.From(VolumeGen);

    public static Arbitrary<TokenRate> TokenRateArb() => Arb.From(TokenRateGen);

    public static Arbitrary<ActiveUsers> ActiveUsersArb() => Arb.From(ActiveUsersGen);

    public static Arbitrary<Share> ShareArb() => Arb.From(ShareGen);

    public static Arbitrary<FiscalYear> FiscalYearArb() => FiscalArbitraries.YearArb();

    public static Arbitrary<FiscalQuarter> FiscalQuarterArb() => Arb.From(QuarterGen);

    public static Arbitrary<Money> MoneyArb() => DomainArbitraries.MoneyArb();
}
