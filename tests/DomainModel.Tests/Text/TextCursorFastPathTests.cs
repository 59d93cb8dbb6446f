using System;
using System.Linq;
using DomainModel.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Text;

/// <summary>
/// The one-character tests in front of <see cref="TextCursor"/>'s word comparisons (<see cref="TextCursor.WordAt"/>,
/// <see cref="TextCursor.EndsWithWord"/>, <see cref="TextCursor.TryWord"/>, <see cref="TextCursor.TryHedge"/>,
/// <see cref="TextCursor.SymbolAt"/>) change no answer: each agrees with its straightforward definition (the whole
/// ordinal comparison, written here again) on random texts and words of ASCII letters of both cases, letters whose case
/// mapping leaves ASCII (ı, İ, ſ, K), accents, symbols and spaces, at every position.
/// </summary>
public sealed class TextCursorFastPathTests
{
    private const string Alphabet = "aAbBkKsSiIzZ ıİſKßÉéàÀ€$£¥~≈.,'-0123456789\u00A0";

    private static readonly string[] Words =
        [.. Lexicon.All.SelectMany(l => l.HedgeList.Select(h => h.Key).Concat(l.Articles).Concat(l.CurrencySymbols.Select(s => s.Symbol))).Distinct(StringComparer.Ordinal), "", "K", "k", "S", "ſ", "I", "ı", "i", "É", "é"];

    public static Arbitrary<(string Text, string Word)> Cases() =>
        Arb.From(
            from text in Gen.ListOf(Gen.Elements(Alphabet.ToCharArray())).Select(l => new string([.. l.Take(12)]))
            from word in Gen.OneOf(Gen.Elements(Words), Gen.ListOf(Gen.Elements(Alphabet.ToCharArray())).Select(l => new string([.. l.Take(3)])))
            select (text, word));

    [Property(Arbitrary = new[] { typeof(TextCursorFastPathTests) }, MaxTest = 2000)]
    public void WordTests_AgreeWithTheWholeComparison((string Text, string Word) c)
    {
        var cursor = new TextCursor(c.Text);
        string t = c.Text, w = c.Word;
        for (int p = 0; p <= t.Length; p++)
        {
            int end = p + w.Length;
            bool wordAt = end <= t.Length && t.AsSpan(p, w.Length).Equals(w, StringComparison.OrdinalIgnoreCase)
                && (p == 0 || !char.IsLetterOrDigit(t[p - 1])) && (end == t.Length || !char.IsLetterOrDigit(t[end]));
            Assert.Equal(wordAt, cursor.WordAt(p, w, out _));

            int start = p - w.Length;
            bool endsWith = start >= 0 && t.AsSpan(start, w.Length).Equals(w, StringComparison.OrdinalIgnoreCase) && (start == 0 || !char.IsLetterOrDigit(t[start - 1]));
            Assert.Equal(endsWith, cursor.EndsWithWord(p, w, 0, out _));

            cursor.Position = p;
            bool tryWord = end < t.Length && char.IsWhiteSpace(t[end]) && t.AsSpan(p, w.Length).Equals(w, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(tryWord, cursor.TryWord(w));

            cursor.Position = p;
            bool tryHedge = w.Length > 0 && char.IsLetter(w[^1])
                ? tryWord
                : end < t.Length && t.AsSpan(p, w.Length).Equals(w, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(tryHedge, cursor.TryHedge(w));

            foreach (var lexicon in Lexicon.All)
            {
                string? symbol = lexicon.CurrencySymbols.Select(s => s.Symbol).FirstOrDefault(s => t.AsSpan(p).StartsWith(s, StringComparison.Ordinal));
                Assert.Equal(symbol, cursor.SymbolAt(p, lexicon));
            }
        }
    }

    [Fact]
    public void MayEqualIgnoreCase_IsFalseOnlyWhereTheOrdinalComparisonFails()
    {
        for (int a = 0; a < 0x300; a++)
        {
            for (int b = 0; b < 0x300; b++)
            {
                ReadOnlySpan<char> x = [(char)a], y = [(char)b];
                bool equal = x.Equals(y, StringComparison.OrdinalIgnoreCase);
                Assert.True(!equal || TextCursor.MayEqualIgnoreCase((char)a, (char)b), $"U+{a:X4} and U+{b:X4}");
            }
        }
    }
}
