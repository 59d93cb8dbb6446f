using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DomainModel;

namespace DomainModel.Benchmarks;

/// <summary>Currency look-up by code against a plain dictionary of the same codes.</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CurrencyLookupBenchmarks
{
    private readonly string _code = new(['C', 'N', 'Y']); // not interned: as it comes from parsed text
    private readonly char[] _codeChars = ['C', 'N', 'Y'];
    private Dictionary<string, int> _dictionary = new();

    [GlobalSetup]
    public void Setup() =>
        _dictionary = Currency.Iso4217Current.Concat(Currency.Iso4217Historic).ToDictionary(c => c.Code, c => c.NumericCode);

    [Benchmark(Baseline = true), BenchmarkCategory("ByCode")]
    public int DictionaryByCode() => _dictionary.TryGetValue(_code, out int numeric) ? numeric : -1;

    [Benchmark, BenchmarkCategory("ByCode")]
    public int CurrencyByCode() => Currency.TryFromCode(_code, out var c) ? c.NumericCode : -1;

    [Benchmark, BenchmarkCategory("ByCode")]
    public int CurrencyBySpan() => Currency.TryFromCode(_codeChars.AsSpan(), out var c) ? c.NumericCode : -1;

    [Benchmark, BenchmarkCategory("ByCode")]
    public int CurrencyFromCode() => Currency.FromCode(_code).NumericCode;
}
