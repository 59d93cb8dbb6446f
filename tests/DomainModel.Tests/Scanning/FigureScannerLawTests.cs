using System;
using System.Linq;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Scanning;

/// <summary>Laws of <see cref="FigureScanner"/>: a figure written by <see cref="NewsNumberFormatter"/> into neutral text is found where it was put, with its value; any text scans without throwing into ordered, non-overlapping mentions that are the text's own characters.</summary>
public sealed class FigureScannerLawTests
{
    private static readonly string[] NeutralWords = ["spesa", "piano", "budget", "report", "alpha", "beta", "società", "company", "growth", "rete"];

    private static readonly string[] Pieces =
    [
        "1", "20", "2026", "1.500", "1,5", "40.000-80.000", "$", "US$", "¥", "€", "%", "x", " ", " ", "-", ",", ".", "miliardi", "billion",
        "bn", "di", "yuan", "dollari", "token", "unità", "H200", "tra i", "e i", "circa", "oltre", "la metà", "marzo", "March", "volte",
        "dieci", "3rd", "21°", "USD", "per", "utenti", "attivi", "’", "'", "\u00A0", "l'", "the week of",
    ];

    public static Arbitrary<(decimal Value, NewsLanguage Language, string Prefix)> Embedded() =>
        Arb.From(
            from mantissa in Gen.Choose(1, 999_999)
            from exponent in Gen.Choose(0, 3)
            from scale in Gen.Elements(1_000_000m, 1_000_000_000m, 1_000_000_000_000m)
            from language in Gen.Elements(NewsLanguage.English, NewsLanguage.Italian)
            from words in Gen.ListOf(Gen.Elements(NeutralWords)).Select(l => l.Take(6).ToArray())
            select (mantissa / DecimalPow(exponent) * scale, language, string.Concat(words.Select(w => w + " "))));

    public static Arbitrary<string> Soup() =>
        Arb.From(Gen.ListOf(Gen.Elements(Pieces)).Select(l => string.Concat(l.Take(30))));

    [Property(Arbitrary = new[] { typeof(FigureScannerLawTests) }, MaxTest = 300)]
    public void FormattedAmount_EmbeddedInText_IsFoundAtItsOffset_WithItsValue((decimal Value, NewsLanguage Language, string Prefix) c)
    {
        var conventions = c.Language == NewsLanguage.Italian ? NumberConventions.Italian : NumberConventions.Invariant;
        string figure = NewsNumberFormatter.Format(c.Value, c.Language, conventions, ScalePolicy.ShortScale);
        string unit = c.Language == NewsLanguage.Italian ? " di yuan" : " yuan";
        string text = c.Prefix + figure + unit + ", fine.";
        var mention = FigureScanner.Scan(text, c.Language).Single();
        Assert.Equal(c.Prefix.Length, mention.Offset);
        Assert.Equal(figure + unit, mention.Text);
        Assert.Equal(FigureKind.Money, mention.Kind);
        Assert.Equal(new Money(c.Value, Currency.CNY), mention.Money);
    }

    [Property(Arbitrary = new[] { typeof(FigureScannerLawTests) }, MaxTest = 500)]
    public void AnyText_ScansToOrderedNonOverlappingMentionsOfItsOwnCharacters(string text)
    {
        foreach (var language in new[] { NewsLanguage.English, NewsLanguage.Italian })
        {
            var mentions = FigureScanner.Scan(text, language);
            int end = 0;
            foreach (var m in mentions)
            {
                Assert.True(m.Offset >= end, $"'{text}': {m} overlaps the previous mention");
                Assert.True(m.Length > 0);
                Assert.Equal(text.Substring(m.Offset, m.Length), m.Text);
                foreach (var bound in m.Bounds)
                {
                    Assert.True(bound.Offset >= m.Offset && bound.Offset + bound.Length <= m.Offset + m.Length, $"'{text}': bound {bound} outside {m}");
                }

                end = m.Offset + m.Length;
            }
        }
    }

    [Property(MaxTest = 300)]
    public void RandomStrings_NeverThrow(NonNull<string> text)
    {
        _ = FigureScanner.Scan(text.Get, NewsLanguage.Italian);
        _ = FigureScanner.Scan(text.Get, NewsLanguage.English);
    }

    private static decimal DecimalPow(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
