using System;

namespace DomainModel.Text;

/// <summary>
/// Every message of <see cref="NewsNumberParser"/>, in one place so that they stay consistent and tests can assert
/// them. Each quotes the text (and the part at fault), says what was wrong and what is accepted; all are invariant.
/// Positions of the failures about the digits (<see cref="InvalidNumber"/>, <see cref="AmbiguousSeparator"/>,
/// <see cref="TooPrecise"/>) are within the digits; the parser moves them into the text.
/// </summary>
internal static class TextErrors
{
    internal static ParseFailure EmptyFigure() =>
        new(ParseError.Empty, "The text is empty: expected a figure such as '160 miliardi' or '1.5 billion'.");

    internal static ParseFailure EmptyRange() =>
        new(ParseError.Empty, "The text is empty: expected a range such as '40.000-80.000' or 'tra i 350 e i 400 miliardi'.");

    internal static ParseFailure NoRangeConnector(string text, int position, string[]? connectors, string[] joiners) =>
        new(ParseError.InvalidRange, position, 0, $"'{text}' is not a range: after the first number expected {(connectors is null ? "'-', '–', " + Either(joiners) : Either(connectors))} and a second number.");

    internal static ParseFailure NoSecondBound(string text, int position) =>
        new(ParseError.InvalidRange, position, 0, $"'{text}' is not a range: the second bound is missing.");

    internal static ParseFailure ReversedRange(string text, decimal min, decimal max) =>
        new(ParseError.ReversedRange, 0, text.Length, FormattableString.Invariant($"'{text}' is not a valid range: the lower bound {min} exceeds the upper bound {max}."));

    internal static ParseFailure NoNumber(string text, int position) =>
        new(ParseError.NoNumber, position, 0, FormattableString.Invariant($"No number at position {position} of '{text}': expected digits such as '160', '1,5' or '20.000'."));

    internal static ParseFailure AmbiguousScaleWord(string text, int position, string word) =>
        new(ParseError.AmbiguousScaleWord, position, word.Length, $"'{word}' in '{text}' is 10^9 or 10^12 ('bilione', 'Billion'), or 10^12 or 10^18 ('trilione'), depending on the scale; under RejectAmbiguous it is refused. Choose ShortScale (translated news) or LongScale (Italian and German usage).");

    internal static ParseFailure UnknownScaleWord(string text, int position, string word, string known) =>
        new(ParseError.UnknownScaleWord, position, word.Length, $"'{word}' after the number in '{text}' is not a known scale word; known are {known}.");

    internal static ParseFailure AmbiguousSeparator(string text, string digits, int at) =>
        new(ParseError.AmbiguousSeparator, at, 1, $"'{digits}' in '{text}' is ambiguous without a culture: '{digits[at]}' could separate decimals or thousands (it-IT reads '1.500' as 1500, en-US as 1.5). Pass a culture.");

    internal static ParseFailure TooPrecise(string text, string digits) =>
        new(ParseError.TooPrecise, 0, digits.Length, $"'{digits}' in '{text}' has more significant digits than decimal holds (28 to 29, at most 28 after the decimal separator): it would be rounded.");

    internal static ParseFailure InvalidNumber(string text, string digits, string why) =>
        new(ParseError.InvalidNumber, 0, digits.Length, $"'{digits}' in '{text}' is not a valid number: {why}.");

    internal static ParseFailure Overflow(string text) =>
        new(ParseError.Overflow, 0, text.Length, $"'{text}' is outside the range of decimal (at most 79,228,162,514,264,337,593,543,950,335).");

    /// <summary>"'to', 'a' or 'bis'".</summary>
    private static string Either(string[] words) =>
        words.Length == 1 ? "'" + words[0] + "'" : "'" + string.Join("', '", words[..^1]) + "' or '" + words[^1] + "'";
}
