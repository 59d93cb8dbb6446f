using System;
using System.Linq;
using System.Text;
using DomainModel.Claims;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Periods;

/// <summary>
/// The period parser's normalisation lowers its text one UTF-16 unit at a time instead of through a lowered copy
/// (<see cref="string.ToLowerInvariant()"/>); it gives what the straightforward normalisation, written here again as it
/// was, gives: on random texts of ASCII of both cases, accents, letters whose case mapping is special (İ, ı, ſ, K, ẞ,
/// Σ, Cherokee, Georgian), apostrophes, dashes, spaces and surrogate pairs (Deseret 𐐀, whose lower case is a pair too),
/// and on the period words of the seed document.
/// </summary>
public sealed class PeriodNormaliseFastPathTests
{
    private const string Alphabet = "aAzZ09 \t\u00A0\u2009-–—,.;:!?'’‘`´ʼàÀáÉéèÈìÌòÒùÙäÄöÖüÜßẞİıſKΣσςΩДдႠⴀᏣꭳ\uD801\uDC00\uD801\uDC28\uD83D\uDE00";

    public static Arbitrary<string> Texts() =>
        Arb.From(Gen.ListOf(Gen.Elements(Alphabet.ToCharArray())).Select(l => new string([.. l.Take(24)])));

    [Property(Arbitrary = new[] { typeof(PeriodNormaliseFastPathTests) }, MaxTest = 3000)]
    public void Normalise_AgreesWithTheLoweredCopy(string text) =>
        Assert.Equal(Straightforward(text), PeriodPhraseParser.Normalise(text));

    [Theory]
    [InlineData("nel 2026")]
    [InlineData("quest’anno")]
    [InlineData("entro metà febbraio")]
    [InlineData("A dicembre")]
    [InlineData("  Im Vorjahreszeitraum, ")]
    [InlineData("İSTANBUL ıI")]
    [InlineData("\uD801\uDC00 ÀB")]
    public void Normalise_AgreesOnPeriodWords(string text) =>
        Assert.Equal(Straightforward(text), PeriodPhraseParser.Normalise(text));

    /// <summary>The normalisation as it was written before the fast path (its Fold is the parser's, copied).</summary>
    private static string Straightforward(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char raw in text.Trim().ToLowerInvariant())
        {
            char c = Fold(raw);
            if (char.IsWhiteSpace(c) || c is '-' or ',')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space && builder[^1] != '\'')
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        while (builder.Length > 0 && builder[^1] is '.' or ';' or ':' or '!' or '?')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    private static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
        'à' or 'á' or 'â' => 'a',
        'è' or 'é' or 'ê' => 'e',
        'ì' or 'í' or 'î' => 'i',
        'ò' or 'ó' or 'ô' => 'o',
        'ù' or 'ú' or 'û' => 'u',
        'ä' => 'a',
        'ö' => 'o',
        'ü' => 'u',
        '\u00A0' => ' ',
        _ => c,
    };
}
