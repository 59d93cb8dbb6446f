using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DomainModel.Claims;
using DomainModel.Text;

namespace DomainModel.Fuzz;

/// <summary>
/// <c>DomainModel.Fuzz limits</c>: the large inputs of docs/reliability.md, too big for the unit suite, run by the
/// hardening step: a million figures in one text and an article of 50 MB through the scanner, the article reader, the
/// drafter and a claims document. Each case checks its answer (computed from the small input it repeats) and, where
/// the limit is memory, that the managed heap stays within the stated bound. Prints each case with its time and
/// "limits: N passed, N failed"; exits 1 on a failure.
/// </summary>
internal static class Limits
{
    private const int Million = 1_000_000;
    private const int FiftyMegabytes = 50 * 1024 * 1024;
    private const long EnumerateBound = 64L * 1024 * 1024; // the heap's growth while a text is enumerated, whatever its size

    internal static int Run()
    {
        string seedArticle = File.ReadAllText(Path.Combine(SeedRoot(), "article.it.txt"));
        string seedJson = File.ReadAllText(Directory.GetFiles(Path.Combine(SeedRoot(), "Documents"), "*.claims.json").Single());
        string millionFigures = string.Concat(Enumerable.Repeat("5% ", Million));
        var article = new StringBuilder(FiftyMegabytes + seedArticle.Length);
        int copies = 0;
        while (article.Length < FiftyMegabytes)
        {
            article.Append(seedArticle).Append("\n\n");
            copies++;
        }

        string big = article.ToString();
        int perCopy = FigureScanner.Scan(seedArticle + "\n\n", NewsLanguage.Italian).Count;
        int passed = 0, failed = 0;
        void Case(string name, Func<string?> body)
        {
            var clock = Stopwatch.StartNew();
            string? failure;
            try
            {
                failure = body();
            }
            catch (Exception e)
            {
                failure = e.GetType().Name + ": " + e.Message;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"limits: {name}: {(failure is null ? "ok" : "FAILED " + failure)} ({clock.Elapsed.TotalSeconds:F1} s, heap {GC.GetTotalMemory(false) / 1048576} MB)"));
            if (failure is null)
            {
                passed++;
            }
            else
            {
                failed++;
            }
        }

        Case("a million figures, enumerated in bounded memory", () => Enumerated(millionFigures, NewsLanguage.English, Million));
        Case("a million figures, scanned into one list", () =>
        {
            var all = FigureScanner.Scan(millionFigures, NewsLanguage.English);
            return all.Count == Million && all[^1].Offset == (3 * Million) - 3 && all.All(m => m.Share is { } s && s.Fraction == 0.05m) ? null : $"{all.Count} figures";
        });
        Case(string.Create(CultureInfo.InvariantCulture, $"an article of {big.Length / 1048576} MB ({copies} copies of the seed article), enumerated in bounded memory"), () => Enumerated(big, NewsLanguage.Italian, perCopy * copies));
        Case("an article of 50 MB, an ArticleReader reads its last figure", () =>
        {
            string text = big + "Nel 2027 la spesa salirà a 170 miliardi di yuan.";
            var reader = new ArticleReader(text, new AsOfDate(new DateOnly(2025, 12, 31), "limits"), NewsLanguage.Italian, ScalePolicy.ShortScale);
            var claim = reader.Read("last", "spesa", "la spesa salirà a 170 miliardi di yuan", "170 miliardi", "Nel 2027", SourceChain.Of("limits"), Money.Zero(Currency.CNY));
            return claim.Quote.Offset == big.Length + "Nel 2027 ".Length && claim.Estimate.Stated.Amount == 170_000_000_000m ? null : claim.ToString();
        });
        Case("an article of 50 MB, the drafter refuses it by its length", () =>
        {
            var draft = ClaimsDraft.FromText(big, NewsLanguage.Italian, new DateOnly(2025, 12, 31));
            return !draft.HasDocument && draft.Problem!.Contains(big.Length.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) ? null : draft.ToString();
        });
        Case("the longest text the drafter reads, a figure in every sentence: MaxClaims claims, loaded", () =>
        {
            var sentences = new StringBuilder();
            for (int i = 1; sentences.Length + 80 < ClaimsDraft.MaxTextLength; i++)
            {
                sentences.Append(CultureInfo.InvariantCulture, $"Nel 2026 la società Alfa{i} investirà {i} miliardi di euro. ");
            }

            string text = sentences.ToString();
            var draft = ClaimsDraft.FromText(text, NewsLanguage.Italian, new DateOnly(2025, 12, 31));
            return draft.HasDocument && draft.Document.Claims.Count == ClaimsDraft.MaxClaims && ClaimsDocument.Parse(draft.ToJson(), text).Claims.Count == ClaimsDraft.MaxClaims ? null : draft.ToString();
        });
        Case("the longest text the drafter reads, a figure without period words in every sentence: nothing to draft, said", () =>
        {
            // Each figure's period search walks back over every earlier sentence; this took 265 s before the figures
            // were indexed by sentence (the step's timeout now catches a return of that growth).
            var sentences = new StringBuilder();
            while (sentences.Length + 26 <= ClaimsDraft.MaxTextLength)
            {
                sentences.Append("Costa 5 miliardi di euro. ");
            }

            string text = sentences.ToString();
            int figures = text.Length / 26;
            var draft = ClaimsDraft.FromText(text, NewsLanguage.Italian, new DateOnly(2025, 12, 31));
            return !draft.HasDocument && draft.Problem!.Contains(figures.ToString(CultureInfo.InvariantCulture) + " quantity figures", StringComparison.Ordinal) ? null : draft.ToString();
        });
        Case("a claims document whose article is 50 MB: loaded, checked, its uncovered figures enumerated", () =>
        {
            var small = ClaimsDocument.Parse(seedJson, seedArticle);
            var document = ClaimsDocument.Parse(seedJson, big);
            bool same = document.Claims.Select(c => c.Claim.Quote).SequenceEqual(small.Claims.Select(c => c.Claim.Quote));
            int uncovered = document.UncoveredFigures().Count, expected = small.UncoveredFigures().Count + ((copies - 1) * FigureScanner.Scan(seedArticle + "\n\n", NewsLanguage.Italian).Count(m => m.IsQuantity));
            return same && document.Check().Count == small.Check().Count && uncovered == expected ? null : $"same quotes {same}, {uncovered} uncovered figures, {expected} expected";
        });
        Console.WriteLine($"limits: {passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    // Counts the figures one at a time; the heap may not grow by more than the bound, whatever the text.
    private static string? Enumerated(string text, NewsLanguage language, int expected)
    {
        GC.Collect();
        long start = GC.GetTotalMemory(true), peak = 0;
        int count = 0;
        foreach (var mention in FigureScanner.Enumerate(text, language, ScalePolicy.ShortScale))
        {
            if (++count % 100_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(true) - start); // what is live, not garbage not yet collected
            }
        }

        return count != expected ? $"{count} figures, {expected} expected"
            : peak > EnumerateBound ? $"the heap grew by {peak / 1048576} MB, more than {EnumerateBound / 1048576} MB"
            : null;
    }

    private static string SeedRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "src", "DomainModel.ArticleReport");
            if (Directory.Exists(Path.Combine(candidate, "Documents")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/DomainModel.ArticleReport not found above " + AppContext.BaseDirectory);
    }
}
