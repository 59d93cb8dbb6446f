using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DomainModel;
using DomainModel.Exchange;

namespace DomainModel.Benchmarks;

/// <summary>Conversion by a rate against decimal multiply + round; dated look-ups against a plain dictionary.</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ExchangeBenchmarks
{
    private static readonly DateOnly Day = new(2025, 12, 5);
    private static readonly DateOnly Saturday = new(2025, 12, 6);
    private readonly decimal _amount = 160_000_000_000.37m;
    private readonly decimal _usdPerCny = 0.1414771m;
    private Money _money;
    private ExchangeRate _cnyUsd = null!;
    private ExchangeRateTable _table = ExchangeRateTable.Empty;
    private Dictionary<(string, string, DateOnly), decimal> _dictionary = new();

    [GlobalSetup]
    public void Setup()
    {
        _money = new Money(_amount, Currency.CNY);
        _cnyUsd = new ExchangeRate(Currency.CNY, Currency.USD, _usdPerCny, Day, RateKind.Spot, "bench");
        var eurUsd = new ExchangeRate(Currency.EUR, Currency.USD, 1.1645m, Day, RateKind.OfficialReference, "ECB");
        var eurCny = new ExchangeRate(Currency.EUR, Currency.CNY, 8.2333m, Day, RateKind.OfficialReference, "ECB");
        _table = ExchangeRateTable.Empty.WithPivot(Currency.EUR).With([eurUsd, eurCny]);
        _dictionary = new() { [("EUR", "USD", Day)] = 1.1645m, [("EUR", "CNY", Day)] = 8.2333m };
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Convert")]
    public decimal DecimalMultiplyRound() => decimal.Round(_amount * _usdPerCny, 2, MidpointRounding.ToEven);

    [Benchmark, BenchmarkCategory("Convert")]
    public Money RateConvertRounded() => _cnyUsd.Convert(_money, MidpointRounding.ToEven);

    [Benchmark(Baseline = true), BenchmarkCategory("LookupDirect")]
    public decimal DictionaryDirect() => _dictionary.TryGetValue(("EUR", "USD", Day), out decimal v) ? v : 0m;

    [Benchmark, BenchmarkCategory("LookupDirect")]
    public decimal TableDirect() => _table.TryGetRate(Currency.EUR, Currency.USD, Day, out var rate) ? rate.Value : 0m;

    [Benchmark, BenchmarkCategory("LookupDirect")]
    // Asked for Saturday, the table looks back to Friday's rate: the dictionary is asked for Friday directly.
    public decimal TableDirectLookBack() => _table.TryGetRate(Currency.EUR, Currency.USD, Saturday, out var rate) ? rate.Value : 0m;

    [Benchmark(Baseline = true), BenchmarkCategory("LookupReciprocal")]
    public decimal DictionaryReciprocal() => _dictionary.TryGetValue(("EUR", "USD", Day), out decimal v) ? 1m / v : 0m;

    [Benchmark, BenchmarkCategory("LookupReciprocal")]
    [RelativeTolerance("1e-19", "the table rounds a derived rate to 20 significant digits; 1/v in decimal keeps 28")]
    public decimal TableReciprocal() => _table.TryGetRate(Currency.USD, Currency.EUR, Day, out var rate) ? rate.Value : 0m;

    [Benchmark(Baseline = true), BenchmarkCategory("LookupTriangulated")]
    public decimal DictionaryTriangulated() =>
        _dictionary.TryGetValue(("EUR", "USD", Day), out decimal usd) && _dictionary.TryGetValue(("EUR", "CNY", Day), out decimal cny) ? cny / usd : 0m;

    [Benchmark, BenchmarkCategory("LookupTriangulated")]
    [RelativeTolerance("1e-19", "the table rounds a cross rate to 20 significant digits; cny/usd in decimal keeps 28")]
    public decimal TableTriangulated() => _table.TryGetRate(Currency.USD, Currency.CNY, Day, out var rate) ? rate.Value : 0m;
}
