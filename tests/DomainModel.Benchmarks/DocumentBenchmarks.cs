using System;
using System.Diagnostics;
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
/// The baseline parses the same text once and reads one string per claim; the loader parses it once too. The baseline
/// leaves out the loader's checks of the text (encoded to UTF-8 by the loader itself, so that a lone surrogate is
/// reported with its line and column, and looked through for an escaped half of a surrogate pair; the pass over every
/// token runs only when one may be there or the parse fails), the check of every field of every object (allowed,
/// once, required, its JSON path built when one is reported), and the work on the article: each quote found word for
/// word, each figure read into a typed estimate, each period resolved, each relation checked and each derived figure
/// computed. Both are called for a few seconds in the setup (see <see cref="Setup"/>).
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

        // Both are called for a while before BenchmarkDotNet's own warm-up: the loader's many methods reach their
        // optimised (tier-1, profile-guided) code only after some thousands of calls, more than the short job's three
        // warm-up iterations make on a busy machine, and a run measured before that is a mix of tiers (noisy, up to
        // three times slower). Nothing is kept from these calls.
        WarmUp(() => JsonDocumentIds(), TimeSpan.FromSeconds(0.5));
        WarmUp(() => LoadClaimsDocument(), TimeSpan.FromSeconds(3));
    }

    private static void WarmUp(Func<string> call, TimeSpan time)
    {
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < 500 || clock.Elapsed < time; i++)
        {
            _ = call();
        }
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
