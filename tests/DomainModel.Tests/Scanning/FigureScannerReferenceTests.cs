using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Scanning;

/// <summary>
/// The scanner's fast paths change no figure: <see cref="FigureScanner.Scan(string, NewsLanguage, ScalePolicy)"/> finds
/// exactly the mentions (every property, bounds included) of <see cref="ReferenceFigureScan"/>, the scanner as written
/// before them, on the real articles, on the articles mutated at random (characters replaced, deleted, case flipped,
/// words of every lexicon and letters beyond ASCII inserted) and on random texts of figure pieces.
/// </summary>
public sealed class FigureScannerReferenceTests
{
    private static readonly ScalePolicy[] Policies = [ScalePolicy.ShortScale, ScalePolicy.LongScale, ScalePolicy.ByLanguage, ScalePolicy.RejectAmbiguous];

    /// <summary>The real texts, each with its language: the report's seed article and docs/articles.</summary>
    private static readonly (string Text, NewsLanguage Language)[] Articles = LoadArticles();

    /// <summary>Characters the fast paths must not misjudge: both cases of ASCII letters, letters whose case mapping
    /// leaves ASCII (ı, İ, ſ, the Kelvin sign), accents, symbols, digits and separators.</summary>
    private static readonly string OddCharacters = "aAzZlLmMtTdDuUhHeEiIıİſKﬀßÄäÉéÈèàÀìòù€$£¥~≈0123456789.,-–—%°'’ \u00A0\u202F\t\n";

    /// <summary>Every word of every lexicon the scanner reads, as written and in upper case.</summary>
    private static readonly string[] LexiconWords = Lexicon.All.SelectMany(WordsOf).Distinct(StringComparer.Ordinal).ToArray();

    [Fact]
    public void RealArticles_ScanAsTheReferenceDoes()
    {
        Assert.True(Articles.Length >= 8, "the seed article and docs/articles are read");
        foreach (var (text, language) in Articles)
        {
            foreach (var policy in Policies)
            {
                AssertSameAsReference(text, language, policy);
            }
        }
    }

    public static Arbitrary<(int Seed, int Article, int Mutations)> Mutation() =>
        Arb.From(
            from seed in Gen.Choose(0, int.MaxValue)
            from article in Gen.Choose(0, Articles.Length - 1)
            from mutations in Gen.Choose(1, 60)
            select (seed, article, mutations));

    public static Arbitrary<(int Seed, int Pieces)> Soup() =>
        Arb.From(
            from seed in Gen.Choose(0, int.MaxValue)
            from pieces in Gen.Choose(0, 80)
            select (seed, pieces));

    [Property(Arbitrary = new[] { typeof(FigureScannerReferenceTests) }, MaxTest = 150)]
    public void MutatedArticles_ScanAsTheReferenceDoes((int Seed, int Article, int Mutations) c)
    {
        var random = new Random(c.Seed);
        var (original, language) = Articles[c.Article];
        var text = new StringBuilder(original);
        for (int m = 0; m < c.Mutations && text.Length > 0; m++)
        {
            int at = random.Next(text.Length);
            switch (random.Next(5))
            {
                case 0:
                    text[at] = OddCharacters[random.Next(OddCharacters.Length)];
                    break;
                case 1:
                    text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(4)));
                    break;
                case 2:
                    text[at] = char.IsUpper(text[at]) ? char.ToLowerInvariant(text[at]) : char.ToUpperInvariant(text[at]);
                    break;
                case 3:
                    text.Insert(at, LexiconWords[random.Next(LexiconWords.Length)]);
                    break;
                default:
                    text.Insert(at, OddCharacters[random.Next(OddCharacters.Length)]);
                    break;
            }
        }

        string mutated = text.ToString();
        AssertSameAsReference(mutated, language, Policies[c.Seed % Policies.Length]);
        AssertSameAsReference(mutated, (NewsLanguage)(c.Seed % 3), ScalePolicy.ShortScale);
    }

    [Property(Arbitrary = new[] { typeof(FigureScannerReferenceTests) }, MaxTest = 300)]
    public void PiecesOfFigures_ScanAsTheReferenceDoes((int Seed, int Pieces) c)
    {
        var random = new Random(c.Seed);
        var text = new StringBuilder();
        for (int p = 0; p < c.Pieces; p++)
        {
            switch (random.Next(4))
            {
                case 0:
                    text.Append(LexiconWords[random.Next(LexiconWords.Length)]);
                    break;
                case 1:
                    text.Append(random.Next(0, 3000).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case 2:
                    text.Append(OddCharacters[random.Next(OddCharacters.Length)]);
                    break;
                default:
                    text.Append(' ');
                    break;
            }
        }

        foreach (var language in new[] { NewsLanguage.English, NewsLanguage.Italian, NewsLanguage.German })
        {
            AssertSameAsReference(text.ToString(), language, Policies[c.Seed % Policies.Length]);
        }
    }

    private static void AssertSameAsReference(string text, NewsLanguage language, ScalePolicy policy)
    {
        var expected = new ReferenceFigureScan(text, language, policy).Run();
        var actual = FigureScanner.Scan(text, language, policy);
        Assert.True(expected.Count == actual.Count, $"{language}, {policy}: {actual.Count} mentions, the reference {expected.Count}, in '{text}'");
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].Equals(actual[i]), $"{language}, {policy}: mention {i} is {actual[i]}, the reference {expected[i]}, in '{text}'");
        }
    }

    private static IEnumerable<string> WordsOf(Lexicon l)
    {
        var words = l.NumberWords.Select(w => w.Word)
            .Concat(l.MultipleWords).Concat(l.PercentWords).Concat(l.TokenWords).Concat(l.CountNouns).Concat(l.CountAdjectivesBefore)
            .Concat(l.CountAdjectivesAfter).Concat(l.CurrencyNames.Select(n => n.Words)).Concat(l.CurrencySymbols.Select(s => s.Symbol))
            .Concat(l.HedgeList.Select(h => h.Key)).Concat(l.Articles).Concat(l.RangeArticles).Concat(l.RangeWords.Select(r => r.Word))
            .Concat(l.RangeWords.SelectMany(r => r.Connectors)).Concat(l.ScaleWords.Select(s => s.Word)).Concat(l.ScaleAbbreviations.Select(a => a.Word))
            .Concat(l.MonthTable.Select(m => m.Name)).Concat(l.MonthAbbreviations).Concat(l.YearJoiners).Concat(l.PeriodJoiners)
            .Concat(l.OrdinalSuffixes).Concat(l.PerWords).Concat(l.UnitPrefixes).Concat(l.HalfPeriodWordsBefore).Concat(l.HalfNotBefore)
            .Concat(new[] { l.HalfWord, l.HalfArticle }.OfType<string>())
            .Select(w => " " + w + " ");
        return words.Concat(words.Select(w => w.ToUpperInvariant()));
    }

    private static (string, NewsLanguage)[] LoadArticles()
    {
        var articles = new List<(string, NewsLanguage)>
        {
            (File.ReadAllText(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "article.it.txt")), NewsLanguage.Italian),
        };
        foreach (string path in Directory.GetFiles(RepositoryPaths.Combine("docs", "articles"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            string code = Path.GetFileNameWithoutExtension(path).Split('.')[^1];
            if (Lexicon.TryFromCode(code, out var lexicon))
            {
                articles.Add((File.ReadAllText(path), lexicon.Language));
            }
        }

        return [.. articles];
    }
}
