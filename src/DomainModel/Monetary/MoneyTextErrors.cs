using System;
using DomainModel.Text;

namespace DomainModel;

/// <summary>
/// Every message of money and currency text and of money JSON, in one place so that they stay consistent and tests can assert them.
/// Messages quote the input, say what was wrong and what is accepted; they are culture-invariant.
/// </summary>
internal static class MoneyTextErrors
{
    internal const string Formats =
        "R or G (round-trip: code, space, amount as held, invariant), C or C0-C28 (code and number in the provider's culture), N or N0-N28 (number only, in the provider's culture)";

    internal static string UnknownFormat(ReadOnlySpan<char> format) =>
        $"Money format '{format}' is not supported: use {Formats}.";

    internal static string InvalidUtf8(string text) =>
        $"The UTF-8 text is not valid UTF-8 (decoded with replacement characters: '{text}').";

    /// <summary>The exception for a failure of <see cref="Money.ParseCore"/>, with its message written now.</summary>
    internal static DomainModelFormatException Exception(ParseFailure failure, ReadOnlySpan<char> text, IFormatProvider? provider, MoneyParseOptions options) =>
        failure.ToException(text, Parse(failure.Error, text, failure.Position..(failure.Position + failure.Length), provider, options));

    internal static string Parse(ParseError error, ReadOnlySpan<char> text, Range token, IFormatProvider? provider, MoneyParseOptions options)
    {
        string s = text.ToString();
        string t = token.Equals(default(Range)) ? string.Empty : text[token].ToString();
        string expected = options.ExpectedCurrency is { } e ? e.Code : string.Empty;
        return error switch
        {
            ParseError.Empty =>
                "The text is empty or white space; expected an amount with its currency, e.g. 'USD 20000', '20000 USD' or '€ 20000'.",
            ParseError.MissingCurrency =>
                $"'{s}' has no currency: write an ISO 4217 code before or after the number ('USD 20000') or pass the currency the amount is in.",
            ParseError.MissingAmount =>
                $"'{s}' has a currency ('{t}') but no amount.",
            ParseError.MissingSeparator =>
                $"'{s}': the code '{t}' must be separated from the number by white space ('USD 5', not 'USD5').",
            ParseError.MalformedCode =>
                $"'{t}' in '{s}' is not a currency code: ISO 4217 codes are three upper-case letters and case-sensitive ('USD', not 'usd').",
            ParseError.UnknownCode =>
                $"'{t}' in '{s}' is not a currency code known to ISO 4217 or to the catalog in use; define custom currencies with Currency.CreateCustom and parse with a CurrencyCatalog that has them.",
            ParseError.UnknownSymbol =>
                $"'{t}' in '{s}' is neither a currency code nor a known currency symbol; write the ISO 4217 code (e.g. 'USD 20000').",
            ParseError.AmbiguousSymbol =>
                $"The symbol '{t}' in '{s}' is ambiguous: it is written for {Candidates(t)}. Pass the currency that is meant (e.g. Money.Parse(text, provider, Currency.FromCode(\"{FirstCandidate(t)}\"))) or a specific culture whose region uses one of them; {MoneyText.Describe(provider)} does not resolve it.",
            ParseError.CurrencyConflict =>
                $"'{s}' is not in {expected}, the expected currency: '{t}' {(CurrencySymbols.TryFind(t, out var codes) ? $"is written for {string.Join(", ", codes)}" : "names another currency")}.",
            ParseError.InvalidNumber =>
                $"'{t}' in '{s}' is not an amount in the number format of {MoneyText.Describe(provider)}: expected an optional leading sign, digits with optional group separators and a decimal separator, within decimal's range (±79,228,162,514,264,337,593,543,950,335), no exponent.",
            ParseError.MisplacedGroupSeparator =>
                $"'{t}' in '{s}' has a group separator '{MoneyText.NumberFormat(provider).NumberGroupSeparator}' where the number format of {MoneyText.Describe(provider)} groups no digits: groups must be of {Text.NumberShape.GroupRule(MoneyText.NumberFormat(provider))} digits ('1,50' is refused under the invariant culture; pass a culture whose decimal separator is ',').",
            ParseError.TooPrecise =>
                $"'{t}' in '{s}' has more significant digits than decimal holds (28 to 29, at most 28 after the decimal separator): it would be rounded.",
            ParseError.InvalidUtf8 => InvalidUtf8(s),
            _ => $"'{s}' is not money.",
        };
    }

    internal static string MalformedCurrencyCode(ReadOnlySpan<char> s) =>
        $"'{s}' is not a well-formed ISO 4217 code: expected exactly three upper-case ASCII letters A-Z.";

    internal static string UnknownCurrencyFormat(ReadOnlySpan<char> format) =>
        $"Currency format '{format}' is not supported: use C (code), N (name) or D (numeric code).";

    private static string Candidates(string symbol) =>
        CurrencySymbols.TryFind(symbol, out var codes) ? string.Join(", ", codes) : "several currencies";

    private static string FirstCandidate(string symbol) =>
        CurrencySymbols.TryFind(symbol, out var codes) && codes.Length > 0 ? codes[0] : "USD";
}
