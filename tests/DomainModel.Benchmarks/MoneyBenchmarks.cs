using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DomainModel;

namespace DomainModel.Benchmarks;

/// <summary>Money operations against the same work on raw <see cref="decimal"/>.</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MoneyBenchmarks
{
    private decimal _a = 160_000_000_000.25m;
    private decimal _b = 23_000_000_000.5m;
    private decimal _factor = 1.0725m;
    private decimal _product = 171_600_000_000.268125m;
    private Money _ma;
    private Money _mb;
    private Money _mProduct;

    [GlobalSetup]
    public void Setup()
    {
        _ma = new Money(_a, Currency.CNY);
        _mb = new Money(_b, Currency.CNY);
        _mProduct = new Money(_product, Currency.CNY);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Add")]
    public decimal DecimalAdd() => _a + _b;

    [Benchmark, BenchmarkCategory("Add")]
    public Money MoneyAdd() => _ma + _mb;

    [Benchmark(Baseline = true), BenchmarkCategory("Subtract")]
    public decimal DecimalSubtract() => _a - _b;

    [Benchmark, BenchmarkCategory("Subtract")]
    public Money MoneySubtract() => _ma - _mb;

    [Benchmark(Baseline = true), BenchmarkCategory("Multiply")]
    public decimal DecimalMultiply() => _a * _factor;

    [Benchmark, BenchmarkCategory("Multiply")]
    public Money MoneyMultiply() => _ma * _factor;

    [Benchmark(Baseline = true), BenchmarkCategory("Compare")]
    public int DecimalCompare() => _a.CompareTo(_b);

    [Benchmark, BenchmarkCategory("Compare")]
    public int MoneyCompare() => _ma.CompareTo(_mb);

    [Benchmark(Baseline = true), BenchmarkCategory("LessThan")]
    public bool DecimalLessThan() => _a < _b;

    [Benchmark, BenchmarkCategory("LessThan")]
    public bool MoneyLessThan() => _ma < _mb;

    [Benchmark(Baseline = true), BenchmarkCategory("Equals")]
    public bool DecimalEquals() => _a == _b;

    [Benchmark, BenchmarkCategory("Equals")]
    public bool MoneyEquals() => _ma == _mb;

    [Benchmark(Baseline = true), BenchmarkCategory("Hash")]
    public int DecimalHash() => _a.GetHashCode();

    [Benchmark, BenchmarkCategory("Hash")]
    [ExpectedResult(nameof(ExpectedMoneyHash), "Money's hash combines the amount's hash with the currency code's")]
    public int MoneyHash() => _ma.GetHashCode();

    /// <summary>Money's hash from raw parts: the amount's hash times 31 plus the ordinal hash of the code.</summary>
    public int ExpectedMoneyHash() => unchecked((_a.GetHashCode() * 31) + "CNY".GetHashCode(StringComparison.Ordinal));

    [Benchmark(Baseline = true), BenchmarkCategory("Divide")]
    public decimal DecimalDivide() => _a / 2.5m;

    [Benchmark, BenchmarkCategory("Divide")]
    public Money MoneyDivide() => _ma / 2.5m;

    [Benchmark(Baseline = true), BenchmarkCategory("Round")]
    public decimal DecimalRound() => decimal.Round(_a * _factor, 2, MidpointRounding.ToEven);

    [Benchmark, BenchmarkCategory("Round")]
    public Money MoneyRound() => (_ma * _factor).Round(MidpointRounding.ToEven);

    // The round alone, without the product in front of it (171600000000.268125 to 2 decimals). The baseline leaves out
    // the look-up of the currency's minor unit (it is given 2); both validate the mode (decimal.Round does too).

    [Benchmark(Baseline = true), BenchmarkCategory("RoundOnly")]
    public decimal DecimalRoundOnly() => decimal.Round(_product, 2, MidpointRounding.ToEven);

    [Benchmark, BenchmarkCategory("RoundOnly")]
    [ExpectedResult(nameof(ExpectedRoundOnly), "171600000000.268125 to cents, worked out by hand")]
    public Money MoneyRoundOnly() => _mProduct.Round(MidpointRounding.ToEven);

    public decimal ExpectedRoundOnly() => 171_600_000_000.27m;

    [Benchmark(Baseline = true), BenchmarkCategory("Allocate7")]
    public decimal[] DecimalAllocate()
    {
        // The same split done by hand: whole cents, remainder to the first parts.
        const int parts = 7;
        decimal cents = _a * 100m;
        decimal quotient = decimal.Truncate(cents / parts);
        int extra = (int)(cents - (quotient * parts));
        var result = new decimal[parts];
        for (int i = 0; i < parts; i++)
        {
            result[i] = (i < extra ? quotient + 1m : quotient) / 100m;
        }

        return result;
    }

    [Benchmark, BenchmarkCategory("Allocate7")]
    public IReadOnlyList<Money> MoneyAllocate() => _ma.Allocate(7);
}
