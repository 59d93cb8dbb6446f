using System.Globalization;
using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>
/// The one place where a news language is mapped to the way its digits are written (Italian "20.000" and "1,5",
/// English "20,000" and "1.5"). Built from the invariant culture, so it needs no ICU data and creates no named culture.
/// </summary>
internal static class LanguageConventions
{
    private static readonly CultureInfo ItalianDigits = Digits(",", ".");
    private static readonly CultureInfo EnglishDigits = Digits(".", ",");

    internal static CultureInfo DigitsOf(NewsLanguage language) => language == NewsLanguage.Italian ? ItalianDigits : EnglishDigits;

    private static CultureInfo Digits(string decimalSeparator, string groupSeparator)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = decimalSeparator;
        culture.NumberFormat.NumberGroupSeparator = groupSeparator;
        culture.NumberFormat.CurrencyDecimalSeparator = decimalSeparator;
        culture.NumberFormat.CurrencyGroupSeparator = groupSeparator;
        return CultureInfo.ReadOnly(culture);
    }
}
