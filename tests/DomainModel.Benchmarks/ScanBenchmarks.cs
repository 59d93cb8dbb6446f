using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DomainModel.Claims;
using DomainModel.Text;

namespace DomainModel.Benchmarks;

/// <summary>
/// Scanning the seed article (src/DomainModel.ArticleReport/article.it.txt, about 2 500 characters) for every
/// figure, against one raw pass over the same characters that finds the runs of digits (target: at most 10 times
/// the baseline, at most 2 KB allocated per figure found; 17 figures).
/// </summary>
/// <remarks>
/// The baseline visits every character once, as the scanner does, and finds where numbers start. It leaves out what
/// makes a figure a value: the words around the digits (qualifiers, range words, scale words, currency names and
/// symbols, units, counted nouns, month names for dates), the figures written in words ("la metà"), reading the digits
/// under the language's conventions (Italian "20.000") into exact decimals, and the mentions themselves (text, unit,
/// typed value), which are all the scanner allocates.
/// </remarks>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ScanBenchmarks
{
    private string _article = "";

    [GlobalSetup]
    public void Setup() => _article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "article.it.txt"));

    [Benchmark(Baseline = true), BenchmarkCategory("ScanArticle")]
    public int DigitRuns()
    {
        int runs = 0;
        bool inRun = false;
        foreach (char c in _article)
        {
            bool digit = char.IsAsciiDigit(c);
            if (digit && !inRun)
            {
                runs++;
            }

            inRun = digit;
        }

        return runs;
    }

    [Benchmark, BenchmarkCategory("ScanArticle")]
    [ExpectedResult(nameof(FiguresReadByHand), "the figures of the article as a reader finds them, with their qualifier and unit words")]
    public IReadOnlyList<FigureMention> ScanArticle() => FigureScanner.Scan(_article, NewsLanguage.Italian);

    /// <summary>The article's figures in order, read by hand ("H200" is a product name, not a figure).</summary>
    public string[] FiguresReadByHand() =>
    [
        "160 miliardi di yuan", "circa 23 miliardi di dollari", "2026", "150 miliardi di yuan", "circa la metà",
        "85 miliardi di yuan", "tra i 350 e i 400 miliardi di dollari", "2025", "2026", "40.000-80.000 unità",
        "20.000 unità H200", "$ 20.000 per unità", "157 milioni di utenti attivi mensili",
        "159 milioni di utenti attivi mensili", "ha superato i 30 trilioni di token", "50 trilioni di token",
        "43 trilioni di token",
    ];
}
