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
/// <see cref="JsonDocument"/> and reading the claim ids (target: at most 10 times the baseline, the quote search and
/// the period resolution included).
/// </summary>
/// <remarks>
/// The baseline parses the same text once and reads one string per claim. It leaves out the loader's first pass over
/// the text (every token checked, so that a fault of the text is reported with its line and column before any field is
/// read), the check of every field of every object (allowed, once, required) with its JSON path, and the work on the
/// article: each quote found word for word, each figure read into a typed estimate, each period resolved, each
/// relation checked and each derived figure computed.
/// </remarks>
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
