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

    private const int Pairs = 256;
    private readonly decimal[] _left = new decimal[Pairs];
    private readonly decimal[] _right = new decimal[Pairs];
    private readonly Money[] _moneyLeft = new Money[Pairs];
    private readonly Money[] _moneyRight = new Money[Pairs];
    private readonly int[] _decimalCompared = new int[Pairs];
    private readonly int[] _moneyCompared = new int[Pairs];
    private readonly bool[] _decimalLess = new bool[Pairs];
    private readonly bool[] _moneyLess = new bool[Pairs];
    private readonly bool[] _decimalEqual = new bool[Pairs];
    private readonly bool[] _moneyEqual = new bool[Pairs];

    [GlobalSetup]
    public void Setup()
    {
        _ma = new Money(_a, Currency.CNY);
        _mb = new Money(_b, Currency.CNY);
        _mProduct = new Money(_product, Currency.CNY);
        for (int i = 0; i < Pairs; i++)
        {
            decimal left = _a + (i * 1_234_567.89m);
            _left[i] = left;
            _right[i] = (i % 4) switch
            {
                0 => left,
                1 => _b + (i * 98_765.4m),
                2 => left + 0.01m,
                _ => left * 1.00m,
            };
            _moneyLeft[i] = new Money(_left[i], Currency.CNY);
            _moneyRight[i] = new Money(_right[i], Currency.CNY);
        }
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

    // Compare, LessThan and Equals run over Pairs operand pairs per invocation (one comparison alone takes about 3 ns,
    // where call overhead, code alignment and the machine moved single-pair ratios from 0.4x to 1.9x between runs of
    // the same code). The pairs cycle through four cases: equal bits; the single-pair benchmarks' case, a smaller
    // amount one scale apart (160000000000.25 against 23000000000.5); a larger amount of the same scale; an equal
    // amount two scales apart (x.25 against x.2500). Decimal and Money get the same amounts, every result is stored (and
    // compared pair by pair in the dry run); figures are per comparison.

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs), BenchmarkCategory("Compare")]
    public int[] DecimalCompare()
    {
        decimal[] left = _left, right = _right;
        int[] results = _decimalCompared;
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = left[i].CompareTo(right[i]);
        }

        return results;
    }

    [Benchmark(OperationsPerInvoke = Pairs), BenchmarkCategory("Compare")]
    public int[] MoneyCompare()
    {
        Money[] left = _moneyLeft, right = _moneyRight;
        int[] results = _moneyCompared;
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = left[i].CompareTo(right[i]);
        }

        return results;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs), BenchmarkCategory("LessThan")]
    public bool[] DecimalLessThan()
    {
        decimal[] left = _left, right = _right;
        bool[] results = _decimalLess;
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = left[i] < right[i];
        }

        return results;
    }

    [Benchmark(OperationsPerInvoke = Pairs), BenchmarkCategory("LessThan")]
    public bool[] MoneyLessThan()
    {
        Money[] left = _moneyLeft, right = _moneyRight;
        bool[] results = _moneyLess;
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = left[i] < right[i];
        }

        return results;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs), BenchmarkCategory("Equals")]
    public bool[] DecimalEquals()
    {
        decimal[] left = _left, right = _right;
        bool[] results = _decimalEqual;
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = left[i] == right[i];
        }

        return results;
    }

    [Benchmark(OperationsPerInvoke = Pairs), BenchmarkCategory("Equals")]
    public bool[] MoneyEquals()
    {
        Money[] left = _moneyLeft, right = _moneyRight;
        bool[] results = _moneyEqual;
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = left[i] == right[i];
        }

        return results;
    }

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
