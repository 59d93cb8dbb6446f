using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DomainModel;

namespace DomainModel.Benchmarks;

/// <summary>Token-volume arithmetic against the same on long and decimal.</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TokenBenchmarks
{
    // AddLong adds this many pairs per invocation and stores every sum: one long addition is below the timer's
    // resolution once the call's overhead is subtracted (a single `_a + _b` measured 0.0 ns), so each add is timed
    // over many operands and its result written where the JIT cannot drop it. The figures are per addition.
    private const int Pairs = 256;

    private long _a = 50_000_000_000_000;
    private long _b = 43_000_000_000_000;
    private decimal _da = 50_000_000_000_000m;
    private decimal _db = 43_000_000_000_000m;
    private TokenVolume _va;
    private TokenVolume _vb;
    private readonly long[] _longLeft = new long[Pairs];
    private readonly long[] _longRight = new long[Pairs];
    private readonly long[] _longSums = new long[Pairs];
    private readonly TokenVolume[] _volumeLeft = new TokenVolume[Pairs];
    private readonly TokenVolume[] _volumeRight = new TokenVolume[Pairs];
    private readonly TokenVolume[] _volumeSums = new TokenVolume[Pairs];

    [GlobalSetup]
    public void Setup()
    {
        _va = TokenVolume.FromTokens(_da);
        _vb = TokenVolume.FromTokens(_db);
        for (int i = 0; i < Pairs; i++)
        {
            // 50 T + i·7.3 G and 43 T + i·1.1 G tokens: the same magnitudes as _a and _b, a different pair each time.
            _longLeft[i] = _a + (i * 7_300_000_000L);
            _longRight[i] = _b + (i * 1_100_000_000L);
            _volumeLeft[i] = TokenVolume.FromTokens(_longLeft[i]);
            _volumeRight[i] = TokenVolume.FromTokens(_longRight[i]);
        }
    }

    /// <summary>Adds the token counts as longs, checked (the library's sum refuses overflow too), into an array.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs), BenchmarkCategory("AddLong")]
    public long[] LongAdd()
    {
        long[] left = _longLeft, right = _longRight, sums = _longSums;
        for (int i = 0; i < sums.Length; i++)
        {
            sums[i] = checked(left[i] + right[i]);
        }

        return sums;
    }

    [Benchmark(OperationsPerInvoke = Pairs), BenchmarkCategory("AddLong")]
    public TokenVolume[] TokenVolumeAdd()
    {
        TokenVolume[] left = _volumeLeft, right = _volumeRight, sums = _volumeSums;
        for (int i = 0; i < sums.Length; i++)
        {
            sums[i] = left[i] + right[i];
        }

        return sums;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("AddDecimal")]
    public decimal DecimalAdd() => _da + _db;

    [Benchmark, BenchmarkCategory("AddDecimal")]
    public decimal TokenVolumeAddVsDecimal() => (_va + _vb).Tokens;

    [Benchmark(Baseline = true), BenchmarkCategory("ToTrillions")]
    public decimal DecimalDivide() => _da / 1_000_000_000_000m;

    [Benchmark, BenchmarkCategory("ToTrillions")]
    public decimal TokenVolumeAsTrillions() => _va.As(TokenVolumeUnit.Trillion);
}
