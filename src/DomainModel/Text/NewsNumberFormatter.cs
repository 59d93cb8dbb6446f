using System;
using System.Globalization;
using DomainModel.Utility;

namespace DomainModel.Text;

/// <summary>
/// Writes a figure as news does, with a scale word from a million up: "50 trilioni", "1,5 miliardi", "1.5 billion",
/// "20.000".
/// </summary>
/// <remarks>
/// <para>The largest scale word not above the value is used (under the policy, only words whose value that policy
/// fixes: with <see cref="ScalePolicy.RejectAmbiguous"/> Italian stops at miliardi, "50.000 miliardi"; with
/// <see cref="ScalePolicy.LongScale"/> English skips 10^9, "5,000 million"). The mantissa is written exactly, with the
/// culture's group and decimal separators and no trailing zeros. Italian uses the singular after exactly 1
/// ("1 miliardo"). Values below a million are written in digits only.</para>
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
public static class NewsNumberFormatter
{
    private static readonly (decimal Value, string Singular, string Plural)[] EnglishShort =
        [(ScaleWords.Trillion, "trillion", "trillion"), (ScaleWords.Billion, "billion", "billion"), (ScaleWords.Million, "million", "million")];

    private static readonly (decimal Value, string Singular, string Plural)[] EnglishLong =
        [(ScaleWords.Quintillion, "trillion", "trillion"), (ScaleWords.Trillion, "billion", "billion"), (ScaleWords.Million, "million", "million")];

    private static readonly (decimal Value, string Singular, string Plural)[] ItalianShort =
        [(ScaleWords.Trillion, "trilione", "trilioni"), (ScaleWords.Billion, "miliardo", "miliardi"), (ScaleWords.Million, "milione", "milioni")];

    private static readonly (decimal Value, string Singular, string Plural)[] ItalianLong =
        [(ScaleWords.Quintillion, "trilione", "trilioni"), (ScaleWords.Trillion, "bilione", "bilioni"), (ScaleWords.Billion, "miliardo", "miliardi"), (ScaleWords.Million, "milione", "milioni")];

    private static readonly (decimal Value, string Singular, string Plural)[] ItalianUnambiguous =
        [(ScaleWords.Billion, "miliardo", "miliardi"), (ScaleWords.Million, "milione", "milioni")];

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

        if (language is < NewsLanguage.English or > NewsLanguage.Italian)
        {
            throw Preconditions.OutOfRange(nameof(language), language, Preconditions.Invariant($"News language {(int)language} is not defined: allowed are English and Italian."));
        }

        if (policy is < ScalePolicy.ShortScale or > ScalePolicy.RejectAmbiguous)
        {
            throw Preconditions.OutOfRange(nameof(policy), policy, Preconditions.Invariant($"Scale policy {(int)policy} is not defined: allowed are ShortScale, LongScale, ByLanguage and RejectAmbiguous."));
        }

        var words = (language, policy) switch
        {
            (NewsLanguage.English, ScalePolicy.LongScale) => EnglishLong,
            (NewsLanguage.English, _) => EnglishShort,
            (_, ScalePolicy.ShortScale) => ItalianShort,
            (_, ScalePolicy.RejectAmbiguous) => ItalianUnambiguous,
            _ => ItalianLong,
        };
        foreach (var (scale, singular, plural) in words)
        {
            if (value >= scale)
            {
                decimal mantissa = value / scale; // exact: a power of ten only moves the decimal point
                return conventions.Format(mantissa) + " " + (mantissa == 1m ? singular : plural);
            }
        }

        return conventions.Format(value);
    }
}
