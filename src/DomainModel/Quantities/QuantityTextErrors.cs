using System;
using DomainModel.Text;

namespace DomainModel;

/// <summary>
/// Every message of the text forms of the quantities (<see cref="UnitCount"/>, <see cref="PricePerUnit"/>,
/// <see cref="ActiveUsers"/>, <see cref="TokenVolume"/>), in one place so that they stay consistent and tests can
/// assert them. Each quotes the input, says what was wrong and what is accepted; all are culture-invariant.
/// </summary>
internal static class QuantityTextErrors
{
    internal const string UnitCountExample = "40000 × H200 GPU";

    internal const string PricePerUnitExample = "USD 30000 per H200 GPU";

    internal const string ActiveUsersExample = "157000000 monthly active users, 2025-08-01..2025-08-31";

    internal static ParseFailure NotUnitCount(ReadOnlySpan<char> s) =>
        Whole(s, $"'{s}' is not a unit count: expected the count, \" × \" and the kind, e.g. \"{UnitCountExample}\".");

    internal static ParseFailure NotPricePerUnit(ReadOnlySpan<char> s) =>
        Whole(s, $"'{s}' is not a price per unit: expected the price, \" per \" and the kind, e.g. \"{PricePerUnitExample}\".");

    internal static ParseFailure NotActiveUsers(ReadOnlySpan<char> s) =>
        Whole(s, $"'{s}' is not an active-users figure: expected e.g. \"{ActiveUsersExample}\".");

    internal static ParseFailure NotCount(ReadOnlySpan<char> s, int start, int length) =>
        new(ParseError.InvalidNumber, start, length, $"'{s.Slice(start, length)}' is not a count: expected digits only (0 to 9223372036854775807), e.g. \"{UnitCountExample}\".");

    internal static ParseFailure NotPrice(ReadOnlySpan<char> s, int start, int length) =>
        new(ParseError.InvalidValue, start, length, $"'{s.Slice(start, length)}' is not a price: expected money in its invariant form, zero or more, e.g. \"USD 30000\".");

    internal static ParseFailure NotUsers(ReadOnlySpan<char> s, int start, int length) =>
        new(ParseError.InvalidNumber, start, length, $"'{s.Slice(start, length)}' is not a number of users: expected digits only.");

    internal static ParseFailure NotKind(ReadOnlySpan<char> s, int start) =>
        new(ParseError.InvalidValue, start, s.Length - start, $"'{s[start..]}' is not a count kind: 1 to 100 characters, without leading or trailing white space or control characters.");

    internal static ParseFailure NotWindow(ReadOnlySpan<char> s, int start, int length) =>
        new(ParseError.UnknownName, start, length, $"'{s.Slice(start, length)}' is not a window: expected \"daily active users\", \"weekly active users\" or \"monthly active users\".");

    internal static ParseFailure NotPeriod(ReadOnlySpan<char> s, int start) =>
        new(ParseError.InvalidDate, start, s.Length - start, $"'{s[start..]}' is not a period: expected yyyy-MM-dd..yyyy-MM-dd with the end on or after the start.");

    // ---- Token volumes ----------------------------------------------------------------------------------------

    internal static ParseFailure NotTokenVolume(string s, string units) =>
        Whole(s, $"'{s}' is not a token volume: expected a number and a unit, such as '50 T tokens'; units are {units}.");

    internal static ParseFailure NotTokenNumber(string s, int start, string number, string cultureName) =>
        new(ParseError.InvalidNumber, start, number.Length, $"'{number}' in '{s}' is not a non-negative number in the culture '{cultureName}'.");

    internal static ParseFailure MisplacedTokenGroup(string s, int start, string number, string cultureName, string groupSeparator, string groupRule) =>
        new(ParseError.MisplacedGroupSeparator, start, number.Length, $"'{number}' in '{s}' has a misplaced group separator '{groupSeparator}' for the culture '{cultureName}': it must separate groups of {groupRule} digits (so '1,5' is refused under the invariant culture; pass a culture whose decimal separator is ',').");

    internal static ParseFailure TooPreciseTokens(string s, int start, string number) =>
        new(ParseError.TooPrecise, start, number.Length, $"'{number}' in '{s}' has more significant digits than decimal holds (28 to 29): it would be rounded.");

    internal static ParseFailure NotTokenUnit(string s, int start, string unitText, string units) =>
        new(ParseError.UnknownName, start, unitText.Length, $"'{unitText}' in '{s}' is not a token unit: allowed are {units}.");

    internal static ParseFailure InvalidTokenVolume(string s, string why, bool outOfRange) =>
        new(outOfRange ? ParseError.Overflow : ParseError.InvalidValue, 0, s.Length, $"'{s}' is not a valid token volume: {why}");

    private static ParseFailure Whole(ReadOnlySpan<char> s, string message) => new(ParseError.InvalidForm, 0, s.Length, message);
}
