using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DomainModel;

namespace DomainModel.Benchmarks;

/// <summary>Token-volume arithmetic against the same on long and decimal.</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TokenBenchmarks
{
    private long _a = 50_000_000_000_000;
    private long _b = 43_000_000_000_000;
    private decimal _da = 50_000_000_000_000m;
    private decimal _db = 43_000_000_000_000m;
    private TokenVolume _va;
    private TokenVolume _vb;

    [GlobalSetup]
    public void Setup()
    {
        _va = TokenVolume.FromTokens(_da);
        _vb = TokenVolume.FromTokens(_db);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("AddLong")]
    public decimal LongAdd() => _a + _b;

    [Benchmark, BenchmarkCategory("AddLong")]
    public decimal TokenVolumeAdd() => (_va + _vb).Tokens;

    [Benchmark(Baseline = true), BenchmarkCategory("AddDecimal")]
    public decimal DecimalAdd() => _da + _db;

    [Benchmark, BenchmarkCategory("AddDecimal")]
    public decimal TokenVolumeAddVsDecimal() => (_va + _vb).Tokens;

    [Benchmark(Baseline = true), BenchmarkCategory("ToTrillions")]
    public decimal DecimalDivide() => _da / 1_000_000_000_000m;

    [Benchmark, BenchmarkCategory("ToTrillions")]
    public decimal TokenVolumeAsTrillions() => _va.As(TokenVolumeUnit.Trillion);
}
