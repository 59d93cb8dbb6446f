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

    private Estimate<Money> _amount;
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
        _cnyUsd = new ExchangeRate(Currency.CNY, Currency.USD, _rate, Day, RateKind.Spot, "made up");
        _cnyUsdRange = new ExchangeRateRange(Currency.CNY, Currency.USD, _rateMin, _rateMax, new RateValidity(Day), "made up");
        _count = Estimate.Between(new UnitCount((long)_countLow, Gpu), new UnitCount((long)_countHigh, Gpu));
        _price = Estimate.Between(new PricePerUnit(new Money(_priceLow, Currency.USD), Gpu), new PricePerUnit(new Money(_priceHigh, Currency.USD), Gpu));
        var source = SourceChain.Of("made up");
        var asOf = new DateOnly(2025, 12, 31);
        _claim2025 = new Claim<Money>("capex-2025", "capex", new Quote("150 miliardi", 0), source, ResolvedPeriod.Parse("nel 2025", asOf), _earlier);
        _claim2026 = new Claim<Money>("capex-2026", "capex", new Quote("160 miliardi", 0), source, ResolvedPeriod.Parse("nel 2026", asOf), _amount);
    }

    // ---- Convert by a rate: [150, 170] bn × 0.1406 = [21.09, 23.902] bn ----

    [Benchmark(Baseline = true), BenchmarkCategory("EstimateConvertRate")]
    public (decimal, decimal) DecimalBoundsTimesRate() => (_low * _rate, _high * _rate);

    [Benchmark, BenchmarkCategory("EstimateConvertRate")]
    [ExpectedResult(nameof(ExpectedConvertRate), "bounds worked out by hand")]
    public (decimal, decimal) EstimateConvertRate() => Bounds(_cnyUsd.Convert(_amount));

    public (decimal, decimal) ExpectedConvertRate() => (21_090_000_000m, 23_902_000_000m);

    // ---- Convert by a range of rates, outwards: [150 × 0.1390, 170 × 0.1420] bn = [20.85, 24.14] bn ----

    [Benchmark(Baseline = true), BenchmarkCategory("EstimateConvertRange")]
    public (decimal, decimal) DecimalBoundsTimesRange() => (_low * _rateMin, _high * _rateMax);

    [Benchmark, BenchmarkCategory("EstimateConvertRange")]
    [ExpectedResult(nameof(ExpectedConvertRange), "bounds worked out by hand")]
    public (decimal, decimal) EstimateConvertRange() => Bounds(_cnyUsdRange.Convert(_amount));

    public (decimal, decimal) ExpectedConvertRange() => (20_850_000_000m, 24_140_000_000m);

    // ---- Compare [150, 170] with [100, 140]: wholly greater ----

    [Benchmark(Baseline = true), BenchmarkCategory("EstimateCompare")]
    public int DecimalIntervalCompare() => _low > _earlierHigh ? 1 : _high < _earlierLow ? -1 : 0;

    [Benchmark, BenchmarkCategory("EstimateCompare")]
    [ExpectedResult(nameof(ExpectedCompare), "150 > 140: every admitted value is greater")]
    public EstimateOrder EstimateCompare() => _amount.Compare(_earlier);

    public EstimateOrder ExpectedCompare() => EstimateOrder.Greater;

    // ---- Product: [18 000, 22 000] units × USD [18 000, 22 000] = USD [324, 484] million ----

    [Benchmark(Baseline = true), BenchmarkCategory("EstimateTotal")]
    public (decimal, decimal) DecimalBoundsProduct() => (_countLow * _priceLow, _countHigh * _priceHigh);

    [Benchmark, BenchmarkCategory("EstimateTotal")]
    [ExpectedResult(nameof(ExpectedTotal), "bounds worked out by hand")]
    public (decimal, decimal) EstimateTotal() => Bounds(EstimateMath.Total(_count, _price));

    public (decimal, decimal) ExpectedTotal() => (324_000_000m, 484_000_000m);

    // ---- Claim check: [100, 140] bn in 2025 to [150, 170] bn in 2026, later ÷ earlier in [150/140, 170/100] ----

    [Benchmark(Baseline = true), BenchmarkCategory("ClaimIncrease")]
    public (Verdict, decimal, decimal) DecimalGrowthAndVerdict() =>
        (_low > _earlierHigh ? Verdict.Agrees : _high < _earlierLow ? Verdict.Disagrees : Verdict.Inconclusive,
         Math.Round(_low / _earlierHigh, 4), Math.Round(_high / _earlierLow, 4));

    [Benchmark, BenchmarkCategory("ClaimIncrease")]
    [ExpectedResult(nameof(ExpectedIncrease), "150/140 = 1.0714..., 170/100 = 1.7, worked out by hand")]
    public (Verdict, decimal, decimal) ClaimCheckIncrease()
    {
        var check = ClaimChecks.Increase(_claim2025, _claim2026);
        return (check.Verdict, Math.Round(check.ComputedInterval.Lower!.Value, 4), Math.Round(check.ComputedInterval.Upper!.Value, 4));
    }

    public (Verdict, decimal, decimal) ExpectedIncrease() => (Verdict.Agrees, 1.0714m, 1.7m);

    private static (decimal, decimal) Bounds(Estimate<Money> estimate) => (estimate.Lower!.Value.Amount, estimate.Upper!.Value.Amount);
}
