using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DomainModel.Scanning;
using DomainModel.Text;

namespace DomainModel.Benchmarks;

/// <summary>
/// Scanning the seed article (src/DomainModel.ArticleReport/article.it.txt, about 2 500 characters) for every
/// figure, against one raw pass over the same characters that finds the runs of digits. The scanner does far more
/// (scale words, ranges, units, dates, Italian grouping), so its ratio is the price of reading figures as values, not
/// a target.
/// </summary>
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
    [ExpectedResult(nameof(FiguresReadByHand), "the figures of the article as a reader finds them")]
    public IReadOnlyList<FigureMention> ScanArticle() => FigureScanner.Scan(_article, NewsLanguage.Italian);

    public string[] FiguresReadByHand() => [];
}
