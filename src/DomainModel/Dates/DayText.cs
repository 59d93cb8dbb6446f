using System;
using System.Globalization;

namespace DomainModel;

/// <summary>The one reader of a day in the invariant form yyyy-MM-dd, shared by the text of date ranges and validities.</summary>
internal static class DayText
{
    internal const string Format = "yyyy-MM-dd";

    /// <summary>Reads exactly yyyy-MM-dd (a day that exists, no white space); never throws.</summary>
    internal static bool TryParse(ReadOnlySpan<char> s, out DateOnly day) =>
        DateOnly.TryParseExact(s, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
