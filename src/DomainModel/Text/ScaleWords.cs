using System;

namespace DomainModel.Text;

/// <summary>What a scale word or abbreviation of a <see cref="Lexicon"/> is worth under a <see cref="ScalePolicy"/>.</summary>
internal static class ScaleWords
{
    internal const decimal Thousand = 1_000m;
    internal const decimal Million = 1_000_000m;
    internal const decimal Billion = 1_000_000_000m;
    internal const decimal Trillion = 1_000_000_000_000m;
    internal const decimal Quintillion = 1_000_000_000_000_000_000m;

    internal enum Lookup
    {
        NotAScaleWord,
        Found,
        RejectedAmbiguous,
    }

    /// <summary>Looks a word up: abbreviations case-sensitively ("M" is million, "m" is not read), fixed under every
    /// policy; words case-insensitively, the first entry of the lexicon that matches. A word whose value differs
    /// between the scales takes the short value under <see cref="ScalePolicy.ShortScale"/>, the long one under
    /// <see cref="ScalePolicy.LongScale"/>, its language's own under <see cref="ScalePolicy.ByLanguage"/>; under
    /// <see cref="ScalePolicy.RejectAmbiguous"/> the words of long-scale languages are refused, the others short.</summary>
    internal static Lookup Find(string word, ScalePolicy policy, Lexicon lexicon, out decimal multiplier) =>
        Find(word.AsSpan(), policy, lexicon, out multiplier, out _);

    /// <summary>As <see cref="Find(string, ScalePolicy, Lexicon, out decimal)"/>, on the characters of the word; also gives the
    /// lexicon's entry that matched (null when none did), which is the word itself when it is written as in the lexicon.</summary>
    internal static Lookup Find(ReadOnlySpan<char> word, ScalePolicy policy, Lexicon lexicon, out decimal multiplier, out string? entryFound)
    {
        foreach (var (abbreviation, value) in lexicon.ScaleAbbreviations)
        {
            if (word.SequenceEqual(abbreviation))
            {
                multiplier = value;
                entryFound = abbreviation;
                return Lookup.Found;
            }
        }

        foreach (var (entry, shortValue, longValue, longLanguage) in lexicon.ScaleWords)
        {
            if (!word.Equals(entry, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            entryFound = entry;
            if (shortValue == longValue)
            {
                multiplier = shortValue;
                return Lookup.Found;
            }

            bool useLong = policy == ScalePolicy.LongScale || (policy == ScalePolicy.ByLanguage && longLanguage);
            multiplier = useLong ? longValue : shortValue;
            return policy == ScalePolicy.RejectAmbiguous && longLanguage ? Lookup.RejectedAmbiguous : Lookup.Found;
        }

        multiplier = 0m;
        entryFound = null;
        return Lookup.NotAScaleWord;
    }

    internal static bool LooksLikeScaleWord(ReadOnlySpan<char> word, Lexicon lexicon)
    {
        foreach (string ending in lexicon.ScaleLikeEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words and abbreviations of a lexicon, for messages.</summary>
    internal static string Known(Lexicon lexicon)
    {
        var words = new System.Collections.Generic.List<string>();
        foreach (var entry in lexicon.ScaleWords)
        {
            words.Add(entry.Word);
        }

        var abbreviations = new System.Collections.Generic.List<string>();
        foreach (var (abbreviation, _) in lexicon.ScaleAbbreviations)
        {
            abbreviations.Add(abbreviation);
        }

        return string.Join(", ", words) + "; " + string.Join(", ", abbreviations);
    }
}
