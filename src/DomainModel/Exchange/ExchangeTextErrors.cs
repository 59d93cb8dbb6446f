using System;
using DomainModel.Text;

namespace DomainModel.Exchange;

/// <summary>
/// Every message of the text of exchange rates and validities (<see cref="ExchangeRate"/>, <see cref="RateValidity"/>),
/// in one place: each quotes the input (or the part of it that is wrong) and says what is accepted; invariant.
/// </summary>
internal static class ExchangeTextErrors
{
    internal const string Kinds = "Spot, OfficialReference, PeriodAverage, Implied and Derived";

    internal static ParseFailure NotRate(ReadOnlySpan<char> s) =>
        new(ParseError.InvalidForm, 0, s.Length, $"'{s}' is not an exchange rate: expected 'BASE/QUOTE value validity kind source', e.g. 'USD/CNY 7.1234 2025-12-05 Spot ECB'.");

    internal static ParseFailure NotMarketForm(ReadOnlySpan<char> s) =>
        new(ParseError.InvalidForm, 0, s.Length, $"'{s}' is not in the market form 'BASE/QUOTE value' (e.g. 'USD/CNY 7.1234': two ISO codes, a slash, one space, the value).");

    internal static ParseFailure NotCode(ReadOnlySpan<char> s, int start) =>
        new(ParseError.UnknownCode, start, 3, $"'{s.Slice(start, 3)}' in '{s}' is not an ISO 4217 currency code.");

    internal static ParseFailure NotValue(ReadOnlySpan<char> s, int start) =>
        new(ParseError.InvalidNumber, start, s.Length - start, $"'{s[start..]}' in '{s}' is not a decimal number (invariant: digits and a point, no grouping, no exponent).");

    internal static ParseFailure NotKind(ReadOnlySpan<char> s, int start, int length) =>
        new(ParseError.UnknownName, start, length, $"'{s.Slice(start, length)}' is not a rate kind; allowed are {Kinds}.");

    internal static ParseFailure PaddedSource(ReadOnlySpan<char> s, int start) =>
        new(ParseError.InvalidValue, start, s.Length - start, $"The source '{s[start..]}' has leading or trailing white space.");

    /// <summary>A part that reads but that a rate refuses (a pair, a value, a source); <paramref name="why"/> is the constructor's message.</summary>
    internal static ParseFailure Refused(int start, int length, string why) => new(ParseError.InvalidValue, start, length, why);

    // ---- Validities -------------------------------------------------------------------------------------------

    internal static ParseFailure NotValidityDay(ReadOnlySpan<char> s, int start, int length) =>
        new(ParseError.InvalidDate, start, length, $"'{s.Slice(start, length)}' is not a date in the form yyyy-MM-dd (a validity is yyyy-MM-dd or yyyy-MM-dd/yyyy-MM-dd).");

    internal static ParseFailure ValidityEndsBeforeStart(ReadOnlySpan<char> s) =>
        new(ParseError.InvalidValue, 0, s.Length, $"The period '{s}' ends before it starts.");

    internal static string UnknownFormat(ReadOnlySpan<char> format) =>
        $"Format '{format}' is not supported for an exchange rate; use \"G\" (round trip) or \"M\" (market form).";
}
