using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Exchange;

namespace DomainModel.Benchmarks;

/// <summary>
/// Estimates of Money (interval arithmetic with directed rounding) against the same bounds computed on raw decimals,
/// and a claim check against the raw growth bounds and verdict. The figures are the article's orders of magnitude
/// (CNY 150–170 billion, 20 000 units at USD 20 000); the rates are made up. Every library result is also checked
/// against values worked out by hand (<see cref="ExpectedResultAttribute"/>): all products here are exact in decimal.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EstimateBenchmarks
{
    private static readonly DateOnly Day = new(2025, 12, 31);
    private static readonly CountKind Gpu = new("H200");

    private decimal _low = 150_000_000_000m;
    private decimal _high = 170_000_000_000m;
    private decimal _earlierLow = 100_000_000_000m;
    private decimal _earlierHigh = 140_000_000_000m;
    private decimal _rate = 0.1406m;
    private decimal _rateMin = 0.1390m;
    private decimal _rateMax = 0.1420m;
    private decimal _countLow = 18_000m;
    private decimal _countHigh = 22_000m;
    private decimal _priceLow = 18_000m;
    private decimal _priceHigh = 22_000m;

    private decimal _stated = 160_000_000_000m;
    private decimal _earlierStated = 120_000_000_000m;
    private decimal _usdCny = 7.0886m;
    private decimal _countStated = 20_000m;
    private decimal _priceStated = 20_000m;
    private string _currencyCode = "CNY";
    private string _baseCode = "CNY";
    private string _kindCode = "H200";
    private string _priceKindCode = "H200";
    private bool _hasLower = true;
    private bool _hasUpper = true;
    private bool _upperOpen = false;
    private bool _lowerOpen = false;
    private DateOnly _start2025 = new(2025, 1, 1);
    private DateOnly _end2025 = new(2025, 12, 31);
    private DateOnly _start2026 = new(2026, 1, 1);
    private DateOnly _end2026 = new(2026, 12, 31);

    private Estimate<Money> _amount;
    private ExchangeRate _usdCnyRate = null!;
    private Estimate<Money> _earlier;
    private ExchangeRate _cnyUsd = null!;
    private ExchangeRateRange _cnyUsdRange = null!;
    private Estimate<UnitCount> _count;
    private Estimate<PricePerUnit> _price;
    private Claim<Money> _claim2025 = null!;
    private Claim<Money> _claim2026 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _amount = Estimate.Between(new Money(_low, Currency.CNY), new Money(_high, Currency.CNY));
        _earlier = Estimate.Between(new Money(_earlierLow, Currency.CNY), new Money(_earlierHigh, Currency.CNY));
        _usdCnyRate = new ExchangeRate(Currency.USD, Currency.CNY, _usdCny, Day, RateKind.Spot, "made up");
        _cnyUsd = new ExchangeRate(Currency.CNY, Currency.USD, _rate, Day, RateKind.Spot, "made up");
        _cnyUsdRange = new ExchangeRateRange(Currency.CNY, Currency.USD, _rateMin, _rateMax, new RateValidity(Day), "made up");
        _count = Estimate.Between(new UnitCount((long)_countLow, Gpu), new UnitCount((long)_countHigh, Gpu));
        _price = Estimate.Between(new PricePerUnit(new Money(_priceLow, Currency.USD), Gpu), new PricePerUnit(new Money(_priceHigh, Currency.USD), Gpu));
        var source = SourceChain.Of("made up");
        var asOf = new DateOnly(2025, 12, 31);
        _claim2025 = new Claim<Money>("capex-2025", "capex", new Quote("150 miliardi", 0), source, ResolvedPeriod.Parse("nel 2025", asOf), _earlier);
        _claim2026 = new Claim<Money>("capex-2026", "capex", new Quote("160 miliardi", 0), source, ResolvedPeriod.Parse("nel 2026", asOf), _amount);
    }

    // Baselines do on raw decimals what the library call does: test the unit (a currency code compare), test that each
    // bound exists, compute both bounds and the stated figure, and test each product or quotient for exactness the way
    // decimal's scales prove it (the library's fast test). What they leave out is said at each one: building the typed
    // result (the magnitude checks of Estimate<T>) and the open/closed flags.

    // ---- Convert by a rate: [150, 170] bn × 0.1406 = [21.09, 23.902] bn ----

    [Benchmark(Baseline = true), BenchmarkCategory("EstimateConvertRate")]
    public (decimal, decimal) DecimalBoundsTimesRate()
    {
        // Leaves out: the typed result and its open-bound flags.
        if (_currencyCode != _baseCode || !_hasLower || !_hasUpper)
        {
            throw new InvalidOperationException();
        }

        decimal low = _low * _rate, high = _high * _rate, stated = _stated * _rate;
        bool exact = _low.Scale + _rate.Scale <= 28 && _high.Scale + _rate.Scale <= 28 && stated != 0m;
        return exact ? (low, high) : (low - 1m, high + 1m);
    }

    [Benchmark, BenchmarkCategory("EstimateConvertRate")]
    [ExpectedResult(nameof(ExpectedConvertRate), "bounds worked out by hand")]
    public (decimal, decimal) EstimateConvertRate() => Bounds(_cnyUsd.Convert(_amount));

    public (decimal, decimal) ExpectedConvertRate() => (21_090_000_000m, 23_902_000_000m);

    // ---- Convert by division: [150, 170] bn CNY at USD/CNY 7.0886, outwards: every bound is inexact ----

    [Benchmark(Baseline = true), BenchmarkCategory("EstimateConvertDivide")]
    public (decimal, decimal) DecimalBoundsOverRate()
    {
        // Leaves out: the typed result, the open-bound flags, and the exact test of each inexact quotient (the
        // library compares it with the exact value in 384-bit integers and steps outwards; here the quotient's
        // last digit is moved outwards unconditionally, the cheapest sound widening).
        if (_currencyCode != _baseCode || !_hasLower || !_hasUpper)
        {
            throw new InvalidOperationException();
        }

        decimal low = _low / _usdCny, high = _high / _usdCny, stated = _stated / _usdCny;
        _ = stated;
        return (low - new decimal(1, 0, 0, false, (byte)low.Scale), high + new decimal(1, 0, 0, false, (byte)high.Scale));
    }

    [Benchmark, BenchmarkCategory("EstimateConvertDivide")]
    [ExpectedResult(nameof(ExpectedConvertDivide), "150e9 / 7.0886 and 170e9 / 7.0886 rounded outwards at decimal's finest scale, by hand")]
    public (decimal, decimal) EstimateConvertDivide() => Bounds(_usdCnyRate.Convert(_amount));

    public (decimal, decimal) ExpectedConvertDivide() => (DownQuotient(_low, _usdCny), UpQuotient(_high, _usdCny));

    // ---- Convert by a range of rates, outwards: [150 × 0.1390, 170 × 0.1420] bn = [20.85, 24.14] bn ----

    [Benchmark(Baseline = true), BenchmarkCategory("EstimateConvertRange")]
    public (decimal, decimal) DecimalBoundsTimesRange()
    {
        // Leaves out: the typed result and its open-bound flags.
        if (_currencyCode != _baseCode || !_hasLower || !_hasUpper)
        {
            throw new InvalidOperationException();
        }

        decimal low = _low * _rateMin, high = _high * _rateMax, stated = _stated * ((_rateMin + _rateMax) / 2m);
        bool exact = _low.Scale + _rateMin.Scale <= 28 && _high.Scale + _rateMax.Scale <= 28 && stated != 0m;
        return exact ? (low, high) : (low - 1m, high + 1m);
    }

    [Benchmark, BenchmarkCategory("EstimateConvertRange")]
    [ExpectedResult(nameof(ExpectedConvertRange), "bounds worked out by hand")]
    public (decimal, decimal) EstimateConvertRange() => Bounds(_cnyUsdRange.Convert(_amount));

    public (decimal, decimal) ExpectedConvertRange() => (20_850_000_000m, 24_140_000_000m);

    // ---- Compare [150, 170] with [100, 140]: wholly greater ----

    [Benchmark(Baseline = true), BenchmarkCategory("EstimateCompare")]
    public int DecimalIntervalCompare()
    {
        // The same tests as the library: the unit, both bounds' existence, open bounds at equal values. Leaves out nothing.
        if (_currencyCode != _baseCode)
        {
            throw new InvalidOperationException();
        }

        bool below = _hasUpper && _hasLower && (_high < _earlierLow || (_high == _earlierLow && (_upperOpen || _lowerOpen)));
        bool above = _hasUpper && _hasLower && (_earlierHigh < _low || (_earlierHigh == _low && (_upperOpen || _lowerOpen)));
        return below ? -1 : above ? 1 : 0;
    }

    [Benchmark, BenchmarkCategory("EstimateCompare")]
    [ExpectedResult(nameof(ExpectedCompare), "150 > 140: every admitted value is greater")]
    public EstimateOrder EstimateCompare() => _amount.Compare(_earlier);

    public EstimateOrder ExpectedCompare() => EstimateOrder.Greater;

    // ---- Product: [18 000, 22 000] units × USD [18 000, 22 000] = USD [324, 484] million ----

    [Benchmark(Baseline = true), BenchmarkCategory("EstimateTotal")]
    public (decimal, decimal) DecimalBoundsProduct()
    {
        // The same tests: the count kinds, a non-negative price, both products, the stated product, exactness by
        // scales. Leaves out: the typed result (Money in the price's currency) and the open-bound flags.
        if (_kindCode != _priceKindCode || _priceLow < 0m)
        {
            throw new InvalidOperationException();
        }

        decimal low = _countLow * _priceLow, high = _countHigh * _priceHigh, stated = _countStated * _priceStated;
        bool exact = _countLow.Scale + _priceLow.Scale <= 28 && _countHigh.Scale + _priceHigh.Scale <= 28 && stated != 0m;
        return exact ? (low, high) : (low - 1m, high + 1m);
    }

    [Benchmark, BenchmarkCategory("EstimateTotal")]
    [ExpectedResult(nameof(ExpectedTotal), "bounds worked out by hand")]
    public (decimal, decimal) EstimateTotal() => Bounds(EstimateMath.Total(_count, _price));

    public (decimal, decimal) ExpectedTotal() => (324_000_000m, 484_000_000m);

    // ---- Claim check: [100, 140] bn in 2025 to [150, 170] bn in 2026, later ÷ earlier in [150/140, 170/100] ----

    [Benchmark(Baseline = true), BenchmarkCategory("ClaimIncrease")]
    public (Verdict, decimal, decimal) DecimalGrowthAndVerdict()
    {
        // The same work: the unit, the periods' order, the interval order, both quotients rounded outwards (here by
        // moving the last digit unconditionally, where the library tests exactness first), the stated quotient.
        // Leaves out: the typed results (the check object, the growth estimate) and the explanation, which the
        // library writes only when it is read.
        if (_currencyCode != _baseCode || !(_start2025 <= _start2026 && _end2025 <= _end2026 && _start2025 != _start2026))
        {
            throw new InvalidOperationException();
        }

        var verdict = _low > _earlierHigh ? Verdict.Agrees : _high < _earlierLow ? Verdict.Disagrees : Verdict.Inconclusive;
        decimal low = _low / _earlierHigh, high = _high / _earlierLow, stated = _stated / _earlierStated;
        _ = stated;
        low -= new decimal(1, 0, 0, false, (byte)low.Scale);
        high += new decimal(1, 0, 0, false, (byte)high.Scale);
        return (verdict, Math.Round(low, 4), Math.Round(high, 4));
    }

    [Benchmark, BenchmarkCategory("ClaimIncrease")]
    [ExpectedResult(nameof(ExpectedIncrease), "150/140 = 1.0714..., 170/100 = 1.7, worked out by hand")]
    public (Verdict, decimal, decimal) ClaimCheckIncrease()
    {
        var check = ClaimChecks.Increase(_claim2025, _claim2026);
        return (check.Verdict, Math.Round(check.ComputedInterval.Lower!.Value, 4), Math.Round(check.ComputedInterval.Upper!.Value, 4));
    }

    public (Verdict, decimal, decimal) ExpectedIncrease() => (Verdict.Agrees, 1.0714m, 1.7m);

    /// <summary>a ÷ b rounded down, by hand: decimal's nearest quotient, one unit of its last place lower when it lies above the exact value (checked by multiplying back in BigInteger).</summary>
    private static decimal DownQuotient(decimal a, decimal b) => Directed(a, b, down: true);

    private static decimal UpQuotient(decimal a, decimal b) => Directed(a, b, down: false);

    private static decimal Directed(decimal a, decimal b, bool down)
    {
        // q = a / b to nearest; compare q·b with a exactly: mq·mb·10^sa against ma·10^(sq+sb), mantissas from GetBits.
        decimal q = a / b;
        var left = Mantissa(q) * Mantissa(b) * System.Numerics.BigInteger.Pow(10, a.Scale);
        var right = Mantissa(a) * System.Numerics.BigInteger.Pow(10, q.Scale + b.Scale);
        int order = left.CompareTo(right); // a, b > 0 here
        // One unit of the finest scale that still fits 96 bits: the quotient's own scale, raised while it fits.
        int scale = q.Scale;
        var mantissa = Mantissa(q);
        while (scale < 28 && mantissa * 10 < (System.Numerics.BigInteger.One << 96))
        {
            mantissa *= 10;
            scale++;
        }

        decimal unit = new(1, 0, 0, false, (byte)scale);
        return down ? (order > 0 ? q - unit : q) : (order < 0 ? q + unit : q);
    }

    private static System.Numerics.BigInteger Mantissa(decimal x)
    {
        int[] bits = decimal.GetBits(x);
        return new System.Numerics.BigInteger((uint)bits[0]) + (new System.Numerics.BigInteger((uint)bits[1]) << 32) + (new System.Numerics.BigInteger((uint)bits[2]) << 64);
    }

    private static (decimal, decimal) Bounds(Estimate<Money> estimate) => (estimate.Lower!.Value.Amount, estimate.Upper!.Value.Amount);
}
