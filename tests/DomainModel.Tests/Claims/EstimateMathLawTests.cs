using System;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Claims;

/// <summary>
/// Laws of typed estimates and their arithmetic: every exact combination of admitted inputs is admitted by the result
/// (checked with exact rational comparisons, not decimal arithmetic), three-valued comparison never contradicts an
/// admitted pair, counts admit no fraction, and mismatched units are refused.
/// </summary>
[Properties(Arbitrary = new[] { typeof(EstimateMathLawTests.Arbitraries) }, MaxTest = 300)]
public sealed class EstimateMathLawTests
{
    private static readonly RateValidity Day = new(new DateOnly(2025, 12, 5));
    private static readonly CountKind Gpu = new("GPU");

    [Property]
    public bool ConvertByRate_AdmitsEveryConvertedAmount(Interval amount, PositiveInt milli, byte where)
    {
        decimal v = milli.Get / 1000m;
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, v, Day, RateKind.Spot, "test");
        var usd = Estimate.Of(Money.Zero(Currency.USD), amount.Value);
        if (!Pick(amount.Value, where, out decimal a))
        {
            return true;
        }

        var toCny = rate.Convert(usd);
        var cny = Estimate.Of(Money.Zero(Currency.CNY), amount.Value);
        var toUsd = rate.Convert(cny);
        return toCny.Stated.Currency == Currency.CNY && Admits(toCny.Interval, a * v, 1m)
            && toUsd.Stated.Currency == Currency.USD && Admits(toUsd.Interval, a, v);
    }

    [Property]
    public bool ConvertByRange_AdmitsEveryAmountTimesEveryRate(Interval amount, PositiveInt lowMilli, PositiveInt spread, byte where, byte rateWhere)
    {
        decimal min = lowMilli.Get / 1000m, max = min + (spread.Get / 1000m);
        var range = new ExchangeRateRange(Currency.USD, Currency.CNY, min, max, Day, "test");
        if (!Pick(amount.Value, where, out decimal a))
        {
            return true;
        }

        decimal r = min + ((max - min) * (rateWhere / 255m));
        var converted = range.Convert(Estimate.Of(Money.Zero(Currency.USD), amount.Value));
        return Admits(converted.Interval, a * r, 1m);
    }

    [Property]
    public bool Total_AdmitsEveryCountTimesEveryPrice(NonNegativeInterval count, NonNegativeInterval price, byte s, byte t)
    {
        Estimate<UnitCount> units;
        try
        {
            units = Estimate.Of(UnitCount.Zero(Gpu), count.Value);
        }
        catch (ArgumentException)
        {
            return true; // the interval admits no whole count
        }

        var prices = Estimate.Of(new PricePerUnit(Money.Zero(Currency.USD), Gpu), price.Value);
        if (!Pick(units.Interval, s, out decimal c) || !Pick(price.Value, t, out decimal p))
        {
            return true;
        }

        c = decimal.Ceiling(c);
        if (!units.Interval.Contains(c))
        {
            return true;
        }

        return Admits(EstimateMath.Total(units, prices).Interval, c * p, 1m);
    }

    [Property]
    public bool Ratio_AdmitsEveryPartOverEveryWhole(NonNegativeInterval part, NonNegativeInterval whole, byte s, byte t)
    {
        var w = whole.Value;
        if (w.Lower is not decimal wl || wl <= 0m)
        {
            return true;
        }

        var ratio = EstimateMath.Ratio(Estimate.Of(Money.Zero(Currency.EUR), part.Value), Estimate.Of(Money.Zero(Currency.EUR), w));
        var growth = EstimateMath.Growth(Estimate.Of(Money.Zero(Currency.EUR), w), Estimate.Of(Money.Zero(Currency.EUR), part.Value));
        if (!Pick(part.Value, s, out decimal p) || !Pick(w, t, out decimal q))
        {
            return true;
        }

        return Admits(ratio.Interval, p, q) && Admits(growth.Interval, p, q);
    }

    [Property]
    public bool Difference_AdmitsEveryDifference(Interval a, Interval b, byte s, byte t)
    {
        var d = EstimateMath.Difference(Estimate.Of(Money.Zero(Currency.EUR), a.Value), Estimate.Of(Money.Zero(Currency.EUR), b.Value));
        return !Pick(a.Value, s, out decimal x) || !Pick(b.Value, t, out decimal y) || Admits(d.Interval, x - y, 1m);
    }

    [Property]
    public bool ToMonthly_AdmitsEveryDailyRateTimesTheMonth(NonNegativeInterval tokens, byte s)
    {
        Estimate<TokenRate> daily;
        try
        {
            daily = Estimate.Of(TokenRate.PerDay(TokenVolume.Zero), tokens.Value);
        }
        catch (ArgumentException)
        {
            return true;
        }

        if (!Pick(daily.Interval, s, out decimal x))
        {
            return true;
        }

        x = decimal.Ceiling(x);
        if (!daily.Interval.Contains(x))
        {
            return true;
        }

        var monthly = EstimateMath.ToMonthly(daily, MonthLength.GregorianAverage);
        var back = EstimateMath.ToDaily(monthly, MonthLength.GregorianAverage);
        return Admits(monthly.Interval, x * 30.436875m, 1m) && Admits(back.Interval, x, 1m);
    }

    [Property]
    public bool Compare_NeverContradictsAnAdmittedPair(Interval a, Interval b, byte s, byte t)
    {
        var x = Estimate.Of(Money.Zero(Currency.USD), a.Value);
        var y = Estimate.Of(Money.Zero(Currency.USD), b.Value);
        if (!Pick(a.Value, s, out decimal p) || !Pick(b.Value, t, out decimal q))
        {
            return true;
        }

        return x.Compare(y) switch
        {
            EstimateOrder.Less => p < q,
            EstimateOrder.Greater => p > q,
            _ => true,
        } && (x.Compare(y) == EstimateOrder.Overlapping) == (y.Compare(x) == EstimateOrder.Overlapping);
    }

    [Property]
    public bool Counts_AdmitNoFraction_AndKeepEveryWholeValue(Interval interval, int probe)
    {
        Estimate<UnitCount> count;
        try
        {
            count = Estimate.Of(UnitCount.Zero(Gpu), interval.Value);
        }
        catch (ArgumentException)
        {
            return true; // negative or no whole value: refused, never half-built
        }

        bool wholeBounds = (count.Interval.Lower is null || count.Interval.Lower % 1m == 0m) && (count.Interval.Upper is null || count.Interval.Upper % 1m == 0m);
        decimal n = Math.Abs(probe % 1_000_000);
        return wholeBounds && count.Interval.Contains(n) == interval.Value.Contains(n);
    }

    [Fact]
    public void MismatchedUnits_AreRefusedWithTheModelsExceptions()
    {
        var cny = Estimate.Rounded(new Money(160m, Currency.CNY), 1m);
        var usd = Estimate.Rounded(new Money(23m, Currency.USD), 1m);
        Assert.Throws<MismatchException>(() => cny.Compare(usd));
        Assert.Throws<MismatchException>(() => EstimateMath.Ratio(cny, usd));
        Assert.Throws<MismatchException>(() => Estimate.Exactly(new UnitCount(1, Gpu)).Compare(Estimate.Exactly(new UnitCount(1, new CountKind("CPU")))));
        Assert.Throws<MismatchException>(() => Estimate.Exactly(TokenRate.PerDay(TokenVolume.FromTokens(1m))).Compare(Estimate.Exactly(TokenRate.PerMonth(TokenVolume.FromTokens(1m)))));
        var eur = Estimate.Exactly(new Money(1m, Currency.EUR));
        Assert.Throws<MismatchException>(() => (new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, RateKind.Spot, "x")).Convert(eur));
        Assert.Throws<MismatchException>(() => EstimateMath.Total(Estimate.Exactly(new UnitCount(1, Gpu)), Estimate.Exactly(new PricePerUnit(new Money(1m, Currency.USD), new CountKind("CPU")))));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /// <summary>An admitted value of a bounded-or-not interval at a fraction of its width (false when none is picked: open bound hit).</summary>
    private static bool Pick(Estimate e, byte where, out decimal value)
    {
        decimal low = e.Lower ?? (e.Upper!.Value - 1000m);
        decimal high = e.Upper ?? (low + 1000m);
        value = low + ((high - low) * (where / 255m));
        return e.Contains(value);
    }

    /// <summary>Whether <paramref name="e"/> admits num/den (den positive), compared exactly.</summary>
    private static bool Admits(Estimate e, decimal num, decimal den)
    {
        bool lowerOk = e.Lower is not decimal l || ExactRational.CompareQuotients(l, 1m, num, den) is var c && (c < 0 || (c == 0 && e.LowerInclusive));
        bool upperOk = e.Upper is not decimal u || ExactRational.CompareQuotients(u, 1m, num, den) is var d && (d > 0 || (d == 0 && e.UpperInclusive));
        return lowerOk && upperOk;
    }

    public sealed record Interval(Estimate Value);

    public sealed record NonNegativeInterval(Estimate Value);

    public static class Arbitraries
    {
        private static Gen<decimal> Number(int min) =>
            from whole in Gen.Choose(min, 9_999_999)
            from scale in Gen.Choose(0, 3)
            select whole / (scale switch { 0 => 1m, 1 => 10m, 2 => 100m, _ => 1000m });

        private static Gen<Estimate> Of(int min) =>
            from a in Number(min)
            from b in Number(min)
            from lowerOpen in Gen.Elements(false, true)
            from upperOpen in Gen.Elements(false, true)
            from shape in Gen.Choose(0, 5)
            let lo = Math.Min(a, b)
            let hi = Math.Max(a, b)
            select shape switch
            {
                0 => Estimate.Over(lo),
                1 => Estimate.AtMost(hi),
                2 => Estimate.Exactly(lo),
                _ => lo == hi ? Estimate.Exactly(lo) : Estimate.Create(EstimateKind.Derived, lo, lo, lo, lowerOpen, hi, upperOpen),
            };

        public static Arbitrary<Interval> Interval() => Arb.From(Of(-9_999_999).Select(e => new Interval(e)));

        public static Arbitrary<NonNegativeInterval> NonNegativeInterval() =>
            Arb.From(Of(0).Where(e => e.Lower is decimal l && l >= 0m).Select(e => new NonNegativeInterval(e)));
    }
}
