using System;
using System.Collections.Generic;

namespace DomainModel.Text;

/// <summary>The scale words and abbreviations the parser knows, and what each is worth under a <see cref="ScalePolicy"/>.</summary>
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

    private enum Meaning
    {
        Fixed,
        EnglishBillion,
        EnglishTrillion,
        ItalianBilione,
        ItalianTrilione,
    }

    /// <summary>Abbreviations: case-sensitive ("M" is million, "m" is not read), fixed on the short scale under every policy.</summary>
    private static readonly Dictionary<string, decimal> Abbreviations = new(StringComparer.Ordinal)
    {
        ["k"] = Thousand, ["K"] = Thousand,
        ["M"] = Million, ["mn"] = Million, ["mln"] = Million,
        ["B"] = Billion, ["bn"] = Billion, ["mld"] = Billion, ["mrd"] = Billion,
        ["T"] = Trillion, ["tn"] = Trillion,
    };

    /// <summary>Words: case-insensitive.</summary>
    private static readonly Dictionary<string, (Meaning Meaning, decimal Value)> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = (Meaning.Fixed, Thousand), ["thousands"] = (Meaning.Fixed, Thousand),
        ["million"] = (Meaning.Fixed, Million), ["millions"] = (Meaning.Fixed, Million),
        ["billion"] = (Meaning.EnglishBillion, 0m), ["billions"] = (Meaning.EnglishBillion, 0m),
        ["trillion"] = (Meaning.EnglishTrillion, 0m), ["trillions"] = (Meaning.EnglishTrillion, 0m),
        ["mila"] = (Meaning.Fixed, Thousand), ["mille"] = (Meaning.Fixed, Thousand),
        ["milione"] = (Meaning.Fixed, Million), ["milioni"] = (Meaning.Fixed, Million),
        ["miliardo"] = (Meaning.Fixed, Billion), ["miliardi"] = (Meaning.Fixed, Billion),
        ["bilione"] = (Meaning.ItalianBilione, 0m), ["bilioni"] = (Meaning.ItalianBilione, 0m),
        ["trilione"] = (Meaning.ItalianTrilione, 0m), ["trilioni"] = (Meaning.ItalianTrilione, 0m),
    };

    private static readonly string[] ScaleLikeEndings = ["illion", "illions", "ilione", "ilioni", "iliardo", "iliardi", "illiard", "illiards"];

    internal static Lookup Find(string word, ScalePolicy policy, out decimal multiplier)
    {
        if (Abbreviations.TryGetValue(word, out multiplier))
        {
            return Lookup.Found;
        }

        if (!Words.TryGetValue(word, out var entry))
        {
            multiplier = 0m;
            return Lookup.NotAScaleWord;
        }

        bool englishLong = policy == ScalePolicy.LongScale;
        bool italianLong = policy is ScalePolicy.LongScale or ScalePolicy.ByLanguage;
        bool rejectItalian = policy == ScalePolicy.RejectAmbiguous;
        multiplier = entry.Meaning switch
        {
            Meaning.EnglishBillion => englishLong ? Trillion : Billion,
            Meaning.EnglishTrillion => englishLong ? Quintillion : Trillion,
            Meaning.ItalianBilione => italianLong ? Trillion : Billion,
            Meaning.ItalianTrilione => italianLong ? Quintillion : Trillion,
            _ => entry.Value,
        };
        return rejectItalian && entry.Meaning is Meaning.ItalianBilione or Meaning.ItalianTrilione
            ? Lookup.RejectedAmbiguous
            : Lookup.Found;
    }

    internal static bool LooksLikeScaleWord(string word)
    {
        foreach (string ending in ScaleLikeEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    internal static string Known => "thousand, million, billion, trillion (and plurals); mila, mille, milione, milioni, miliardo, miliardi, bilione, bilioni, trilione, trilioni; k, K, M, mn, mln, B, bn, mld, mrd, T, tn";
}
