using System.Linq;
using BenchmarkDotNet.Attributes;
using DomainModel;

namespace DomainModel.Benchmarks;

/// <summary>The sum of one million amounts against the sum of one million decimals.</summary>
public class SumBenchmarks
{
    private const int Count = 1_000_000;
    private decimal[] _amounts = [];
    private Money[] _money = [];

    [GlobalSetup]
    public void Setup()
    {
        _amounts = Enumerable.Range(0, Count).Select(i => (i % 10_000) + 0.01m * (i % 100)).ToArray();
        _money = _amounts.Select(a => new Money(a, Currency.USD)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public decimal DecimalSum()
    {
        decimal total = 0m;
        foreach (decimal amount in _amounts)
        {
            total += amount;
        }

        return total;
    }

    [Benchmark]
    public Money MoneySum() => Money.Sum(_money, Currency.USD);
}
