using System;
using DomainModel.Text;

namespace DomainModel;

/// <summary>
/// Every message of the text of days and date ranges (<see cref="DateRange"/>, and the days of
/// <see cref="Exchange.RateValidity"/>), in one place: each quotes the input and says what is accepted; invariant.
/// </summary>
internal static class DateTextErrors
{
    internal const string RangeForm = "yyyy-MM-dd..yyyy-MM-dd with the end on or after the start, e.g. 2024-07-01..2025-06-30";

    internal static ParseFailure NotRange(ReadOnlySpan<char> s) =>
        new(ParseError.InvalidForm, 0, s.Length, $"'{s}' is not a date range: expected {RangeForm}.");

    internal static ParseFailure NotRangeDay(ReadOnlySpan<char> s, int start, int length) =>
        new(ParseError.InvalidDate, start, length, $"'{s}' is not a date range: expected {RangeForm}.");

    internal static ParseFailure RangeEndsBeforeStart(ReadOnlySpan<char> s, int endStart) =>
        new(ParseError.InvalidValue, endStart, s.Length - endStart, $"'{s}' is not a date range: expected {RangeForm}.");
}
