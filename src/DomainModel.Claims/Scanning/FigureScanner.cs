using System;
using System.Collections.Generic;
using DomainModel.Utility;
using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>
/// Finds every figure in the running text of an article, in English, Italian or German (the words of the language's
/// <see cref="Lexicon"/>): amounts of money ("160 miliardi di
/// yuan", "$ 20.000", "US$53 billion", "¥5bn", "USD 20bn"), ranges ("40.000-80.000 unità", "tra i 350 e i 400
/// miliardi di dollari", "between 350 and 400 billion"), percentages ("25%", "6 per cento"), multiples ("1,000x",
/// "dieci volte"), counts of named things ("20.000 unità H200", "157 milioni di utenti attivi mensili"), token
/// volumes ("30 trilioni di token"), fractions in words ("la metà"), each with the qualifier written before it
/// ("circa", "oltre", "up to"); and tells dates, years ("nel 2026") and ordinals ("3rd") apart from quantities.
/// </summary>
/// <remarks>
/// <para><b>Built on <see cref="NewsNumberParser"/>:</b> every number is read by it, with the words of the text's
/// <see cref="Lexicon"/> (scale words, hedges, articles, currency symbols and names, units, months) and its digit
/// conventions: Italian and German ',' decimals and '.' thousands ("20.000" is 20000), English '.' decimals and ','
/// thousands. Digits that do not fit
/// the language are read only where the separator is certain without a culture ("1.5" in Italian text is 1.5); digits
/// that stay ambiguous get a null value, never a guess. No <see cref="System.Globalization.CultureInfo"/> is looked up,
/// so scanning works with invariant globalization.</para>
/// <para><b>Currencies:</b> ISO codes before or after the number ("USD 20bn", "20 miliardi CNY"); names as news writes
/// them ("yuan", "renminbi", "dollari", "dollars", "euro", "yen", "sterline", "won", "Hong Kong dollars"...), where a
/// bare "dollars"/"dollari" is the US dollar; symbols $ and US$ (US dollar), € (euro), £ (pound sterling). ¥ stands
/// for yen or yuan and gives a <see cref="FigureKind.Money"/> mention with a null currency.</para>
/// <para><b>Signs:</b> a number after a minus sign ("-5%") is found without a value (the parser reads no signs).</para>
/// <para><b>Not figures:</b> digits inside words and model names ("H200", "Q3", "FY2026", "GPT-4"), and period words without
/// digits ("ad agosto", "metà febbraio": see <see cref="ResolvedPeriod"/>).</para>
/// <para>Mentions come in text order and never overlap. Never reads the current culture. Thread-safe.</para>
/// <para><b>Limits:</b> no limit on a text's length or its figures; the time grows with the length of the text (an
/// article of 50 MB is scanned whole), and <see cref="Scan(string, NewsLanguage)"/> holds every figure it returns
/// (several hundred bytes each: a million figures in one text take hundreds of megabytes). <see cref="Enumerate"/>
/// finds the same figures one at a time and holds only the one in hand (docs/reliability.md).</para>
/// </remarks>
public static class FigureScanner
{
    /// <summary>Finds every figure in a text, reading billion/bilione and trillion/trilione on the short scale.</summary>
    /// <param name="text">The running text of the article.</param>
    /// <param name="language">The language of the text (its digit conventions and words).</param>
    /// <returns>The figures, in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static IReadOnlyList<FigureMention> Scan(string text, NewsLanguage language) => Scan(text, language, ScalePolicy.ShortScale);

    /// <summary>Finds every figure in a text.</summary>
    /// <param name="text">The running text of the article.</param>
    /// <param name="language">The language of the text (its digit conventions and words).</param>
    /// <param name="policy">How to read billion/bilione and trillion/trilione.</param>
    /// <returns>The figures, in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> or <paramref name="policy"/> is not defined.</exception>
    public static IReadOnlyList<FigureMention> Scan(string text, NewsLanguage language, ScalePolicy policy)
    {
        Preconditions.CheckNotNull(text);
        _ = Lexicon.For(language);

        if (policy is < ScalePolicy.ShortScale or > ScalePolicy.RejectAmbiguous)
        {
            Preconditions.ThrowRange(nameof(policy), policy, ScalePolicy.ShortScale, ScalePolicy.RejectAmbiguous);
        }

        return new FigureScan(text, language, policy).Run();
    }

    /// <summary>
    /// Finds the figures of a text one at a time: the mentions <see cref="Scan(string, NewsLanguage, ScalePolicy)"/>
    /// lists, in the same order, each found as the enumeration reaches it, so memory holds one figure at a time
    /// whatever the length of the text or the number of its figures. Each enumeration scans the text again.
    /// </summary>
    /// <param name="text">The running text of the article.</param>
    /// <param name="language">The language of the text (its digit conventions and words).</param>
    /// <param name="policy">How to read billion/bilione and trillion/trilione.</param>
    /// <returns>The figures, in text order, found as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> or <paramref name="policy"/> is not defined.</exception>
    public static IEnumerable<FigureMention> Enumerate(string text, NewsLanguage language, ScalePolicy policy)
    {
        Preconditions.CheckNotNull(text);
        _ = Lexicon.For(language);

        if (policy is < ScalePolicy.ShortScale or > ScalePolicy.RejectAmbiguous)
        {
            Preconditions.ThrowRange(nameof(policy), policy, ScalePolicy.ShortScale, ScalePolicy.RejectAmbiguous);
        }

        return Lazily(text, language, policy); // the arguments are checked when called, the text scanned when enumerated
    }

    private static IEnumerable<FigureMention> Lazily(string text, NewsLanguage language, ScalePolicy policy)
    {
        foreach (var mention in new FigureScan(text, language, policy).Mentions())
        {
            yield return mention;
        }
    }
}
