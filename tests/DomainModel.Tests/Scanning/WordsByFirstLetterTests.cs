using System;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Scanning;

/// <summary>
/// The scanner's word indices (<see cref="WordsByFirstLetter"/>, by first or by last letter) leave out no word that
/// matches: at every position of random texts, the words of a random list that <see cref="TextCursor.WordAt"/> finds
/// starting there (or <see cref="TextCursor.EndsWithWord"/> ending there) are exactly those of the whole list, in the
/// same order, with letters whose case mapping leaves ASCII (ı, İ, ſ, K), accents, marks and empty words among them.
/// </summary>
public sealed class WordsByFirstLetterTests
{
    private const string Alphabet = "aAbBkKsSiIlLzZ ıİſKßÉéàÀ€$£~≈.,'-09\u00A0";

    private static readonly string[] LexiconWords =
        [.. Lexicon.All.SelectMany(l => l.HedgeList.Select(h => h.Key).Concat(l.Articles).Concat(l.CountNouns).Concat(l.CurrencyNames.Select(n => n.Words))).Distinct(StringComparer.Ordinal)];

    public static Arbitrary<(string Text, string[] Words)> Cases() =>
        Arb.From(
            from text in Gen.ListOf(Gen.Elements(Alphabet.ToCharArray())).Select(l => new string([.. l.Take(16)]))
            from words in Gen.ListOf(Gen.OneOf(
                Gen.Elements(LexiconWords),
                Gen.Elements("", "s", "S", "ſ", "i", "ı", "İ", "k", "K", "é", "~", "la", "LA", "ſa", "aſ", "aı"),
                Gen.ListOf(Gen.Elements(Alphabet.ToCharArray())).Select(l => new string([.. l.Take(3)]))))
            select (text, words.Take(12).ToArray()));

    [Property(Arbitrary = new[] { typeof(WordsByFirstLetterTests) }, MaxTest = 1500)]
    public void Index_FindsEveryWordTheWholeListFinds((string Text, string[] Words) c)
    {
        var cursor = new TextCursor(c.Text);
        var byFirst = new WordsByFirstLetter(c.Words);
        var byLast = new WordsByFirstLetter(c.Words, last: true);
        for (int p = 0; p <= c.Text.Length; p++)
        {
            int[] starting = [.. Enumerable.Range(0, c.Words.Length).Where(w => cursor.WordAt(p, c.Words[w], out _))];
            int[] ending = [.. Enumerable.Range(0, c.Words.Length).Where(w => cursor.EndsWithWord(p, c.Words[w], 0, out _))];
            var first = p < c.Text.Length ? byFirst.At(c.Text[p]).ToArray() : byFirst.All.ToArray();
            var last = p > 0 ? byLast.At(c.Text[p - 1]).ToArray() : byLast.All.ToArray();
            Assert.Equal(starting, first.Where(w => cursor.WordAt(p, c.Words[w], out _)).ToArray());
            Assert.Equal(ending, last.Where(w => cursor.EndsWithWord(p, c.Words[w], 0, out _)).ToArray());
            Assert.True(first.SequenceEqual(first.Order()) && last.SequenceEqual(last.Order()), "the indices come in list order");
        }
    }

    [Fact]
    public void Index_VisitsOnlyTheWordsOfTheLetter()
    {
        var index = new WordsByFirstLetter(["due", "tre", "dieci", "Sei", "ſette"]);
        Assert.Equal([0, 2, 4], index.At('D').ToArray()); // ſ upper-cases to S, so "ſette" is tried everywhere
        Assert.Equal([3, 4], index.At('s').ToArray());
        Assert.Equal([4], index.At('q').ToArray());
        Assert.Equal([0, 1, 2, 3, 4], index.At('é').ToArray());
        var byLast = new WordsByFirstLetter(["circa", "oltre", "fino a", "≈"], last: true);
        Assert.Equal([0, 2, 3], byLast.At('A').ToArray());
    }
}
