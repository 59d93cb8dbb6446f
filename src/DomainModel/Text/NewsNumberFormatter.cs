using System;
using System.Globalization;

namespace DomainModel.Text;

/// <summary>
/// Writes a figure as news does, with a scale word from a million up: "50 trilioni", "1,5 miliardi", "1.5 billion",
/// "20.000" — the inverse of <see cref="NewsNumberParser.Parse"/> for the same policy and culture.
/// </summary>
/// <remarks>
/// <para>The largest scale word not above the value is used (under the policy, only words whose value that policy
/// fixes: with <see cref="ScalePolicy.RejectAmbiguous"/> Italian stops at miliardi, "50.000 miliardi"; with
/// <see cref="ScalePolicy.LongScale"/> English skips 10^9, "5,000 million"). The mantissa is written exactly, with the
/// culture's group and decimal separators and no trailing zeros. Italian uses the singular after exactly 1
/// ("1 miliardo"). Values below a million are written in digits only.</para>
/// <para>Never reads the current culture (null is invariant). Thread-safe.</para>
/// </remarks>
public static class NewsNumberFormatter
{
    private const string MantissaFormat = "#,0.############################";

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
    public static string Format(decimal value, NewsLanguage language, ScalePolicy policy = ScalePolicy.ShortScale, CultureInfo? culture = null)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "News figures are written without a sign: allowed is zero or more.");
        }

        if (language is < NewsLanguage.English or > NewsLanguage.Italian)
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Allowed are English and Italian.");
        }

        if (policy is < ScalePolicy.ShortScale or > ScalePolicy.RejectAmbiguous)
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy, "Allowed are ShortScale, LongScale, ByLanguage and RejectAmbiguous.");
        }

        var provider = culture ?? CultureInfo.InvariantCulture;
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
                return mantissa.ToString(MantissaFormat, provider) + " " + (mantissa == 1m ? singular : plural);
            }
        }

        return value.ToString(MantissaFormat, provider);
    }
}
