using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DomainModel.Claims;

namespace DomainModel.Benchmarks;

/// <summary>
/// Loading the seed article's claims document (13 claims, 9 relations), against parsing the same JSON into a
/// <see cref="JsonDocument"/> and reading the claim ids. Loading does far more (each quote found word for word in the
/// article, each figure read into a typed estimate, each period resolved, each relation checked), so the ratio is the
/// price of a document that cannot load half-built, not a target.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DocumentBenchmarks
{
    private string _article = "";
    private string _json = "";

    [GlobalSetup]
    public void Setup()
    {
        _article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "article.it.txt"));
        _json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "bytedance-ai-2026.it.claims.json"));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("LoadDocument")]
    public string JsonDocumentIds()
    {
        using var document = JsonDocument.Parse(_json);
        return string.Join(",", document.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Benchmark, BenchmarkCategory("LoadDocument")]
    public string LoadClaimsDocument() => string.Join(",", ClaimsDocument.Parse(_json, _article).Claims.Select(c => c.Id));
}
