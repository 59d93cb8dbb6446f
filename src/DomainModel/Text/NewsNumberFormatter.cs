using System;
using System.Globalization;
using DomainModel.Utility;

namespace DomainModel.Text;

/// <summary>
/// The one writer of news numbers: a figure as news does, with a scale word from a million up ("50 trilioni",
/// "1,5 miliardi", "1.5 billion", "20.000"), and, in a <see cref="NumberStyle"/>, numbers and intervals as the
/// library's texts and reports show them ("22.5–23.5 bn USD", "[56.47 %, 56.86 %]", "over 30 T tokens/day").
/// </summary>
/// <remarks>
/// <para>The words are the language's <see cref="Lexicon"/>'s. The largest scale word not above the value is used
/// (under the policy, only words whose value that policy fixes: with <see cref="ScalePolicy.RejectAmbiguous"/> Italian
/// stops at miliardi, "50.000 miliardi", German at Milliarden; with <see cref="ScalePolicy.LongScale"/> English skips
/// 10^9, "5,000 million"; on the short scale German has no word for 10^12, "1.000 Milliarden"). The mantissa is written exactly, with the
/// culture's group and decimal separators and no trailing zeros. Italian and German use the singular after exactly 1
/// ("1 miliardo", "1 Milliarde"); a singular that a reader given no language would read otherwise ("1 Billion", the
/// English billion) is not written: the next smaller word is. Values below a million are written in digits only.</para>
/// <para><b>Round trip (the contract):</b> for every value from 0 to <see cref="decimal.MaxValue"/>, every language and
/// every policy, reading the text back with the <i>same</i> conventions and policy gives the same value:
/// <c>NewsNumberParser.Parse(Format(v, language, conventions, policy), conventions, policy).Value == v</c>, and the
/// same with a culture (<c>Format(v, language, policy, culture)</c> read with <c>Parse(text, policy, culture)</c>).
/// Formatting with no culture writes <see cref="NumberConventions.Invariant"/> digits ("20,000", "1.5 billion"): read
/// them back with <see cref="NumberConventions.Invariant"/> (or <see cref="CultureInfo.InvariantCulture"/>), not with
/// a null culture, which infers the separators and refuses what could be read two ways ("20,000"). Under
/// <see cref="ScalePolicy.ByLanguage"/> the Italian words are written on the long scale, as that policy reads them.
/// The value is equal (decimal equality); its scale (trailing zeros) is not kept.</para>
/// <para>Never reads the current culture (null is invariant). Thread-safe.</para>
/// </remarks>
public static partial class NewsNumberFormatter
{
    /// <summary>The words of each language under each policy, index language × 4 + policy.</summary>
    private static readonly (decimal Scale, string Singular, string Plural)[][] Tables = BuildTables();

    /// <summary>Formats a non-negative value with a scale word.</summary>
    /// <param name="value">The value, zero or more.</param>
    /// <param name="language">The language of the scale word.</param>
    /// <param name="policy">The scale policy the reader will use.</param>
    /// <param name="culture">The culture of the digits, or null for invariant.</param>
    /// <returns>The text, e.g. "50 trilioni".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, or <paramref name="language"/> or <paramref name="policy"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The culture's number format is not supported by <see cref="NumberConventions.FromCulture"/>.</exception>
    public static string Format(decimal value, NewsLanguage language, ScalePolicy policy = ScalePolicy.ShortScale, CultureInfo? culture = null) =>
        Format(value, language, culture is null ? NumberConventions.Invariant : NumberConventions.FromCulture(culture), policy);

    /// <summary>Formats a non-negative value with a scale word, the digits written under <paramref name="conventions"/>
    /// (no ICU data needed): <c>Format(1.5e9m, NewsLanguage.Italian, NumberConventions.Italian)</c> is "1,5 miliardi".</summary>
    /// <param name="value">The value, zero or more.</param>
    /// <param name="language">The language of the scale word.</param>
    /// <param name="conventions">The separators and grouping of the digits.</param>
    /// <param name="policy">The scale policy the reader will use.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conventions"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, or <paramref name="language"/> or <paramref name="policy"/> is not defined.</exception>
    public static string Format(decimal value, NewsLanguage language, NumberConventions conventions, ScalePolicy policy = ScalePolicy.ShortScale)
    {
        Preconditions.CheckNotNull(conventions);
        if (value < 0m)
        {
            throw Preconditions.OutOfRange(nameof(value), value, Preconditions.Invariant($"News figures are written without a sign: {value} is negative; allowed is zero or more."));
        }

        var lexicon = Lexicon.For(language);
        if (policy is < ScalePolicy.ShortScale or > ScalePolicy.RejectAmbiguous)
        {
            throw Preconditions.OutOfRange(nameof(policy), policy, Preconditions.Invariant($"Scale policy {(int)policy} is not defined: allowed are ShortScale, LongScale, ByLanguage and RejectAmbiguous."));
        }

        foreach (var (scale, singular, plural) in Tables[((int)lexicon.Language * 4) + (int)policy])
        {
            if (value >= scale)
            {
                decimal mantissa = value / scale; // exact: a power of ten only moves the decimal point
                string word = mantissa == 1m ? singular : plural;
                if (ReadsAs(word, policy, Lexicon.Any) != scale)
                {
                    continue; // "1 Billion" would be the English billion to a reader given no language: use a smaller word
                }

                return conventions.Format(mantissa) + " " + word;
            }
        }

        return conventions.Format(value);
    }

    private static (decimal Scale, string Singular, string Plural)[][] BuildTables()
    {
        var tables = new (decimal, string, string)[Lexicon.All.Count * 4][];
        foreach (var lexicon in Lexicon.All)
        {
            for (int policy = 0; policy < 4; policy++)
            {
                tables[((int)lexicon.Language * 4) + policy] = Scales(lexicon, (ScalePolicy)policy);
            }
        }

        return tables;
    }

    /// <summary>The lexicon's written scale words with their value under the policy, largest first; a word the policy
    /// refuses is left out, and of two words with one value the one whose value is fixed is kept ("miliardo", not
    /// "bilione", for 10^9 on the short scale).</summary>
    private static (decimal Scale, string Singular, string Plural)[] Scales(Lexicon lexicon, ScalePolicy policy)
    {
        var found = new System.Collections.Generic.List<(decimal Scale, bool Fixed, string Singular, string Plural)>();
        foreach (var (singular, plural) in lexicon.WrittenScales)
        {
            decimal scale = ReadsAs(plural, policy, lexicon);
            if (scale > 0m && ReadsAs(singular, policy, lexicon) == scale)
            {
                bool isFixed = ReadsAs(plural, ScalePolicy.ShortScale, lexicon) == ReadsAs(plural, ScalePolicy.LongScale, lexicon);
                found.Add((scale, isFixed, singular, plural));
            }
        }

        found.Sort((a, b) => a.Scale != b.Scale ? b.Scale.CompareTo(a.Scale) : b.Fixed.CompareTo(a.Fixed));
        var result = new System.Collections.Generic.List<(decimal, string, string)>();
        foreach (var (scale, _, singular, plural) in found)
        {
            if (result.Count == 0 || result[^1].Item1 != scale)
            {
                result.Add((scale, singular, plural));
            }
        }

        return [.. result];
    }

    private static decimal ReadsAs(string word, ScalePolicy policy, Lexicon lexicon) =>
        ScaleWords.Find(word, policy, lexicon, out decimal value) == ScaleWords.Lookup.Found ? value : 0m;
}
