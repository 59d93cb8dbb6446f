using System;
using DomainModel.Text;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// Every message of period words that do not resolve (<see cref="ResolvedPeriod.Parse(string, DateOnly, MonthWithoutYear, FiscalCalendar?)"/>),
/// in one place: each quotes the words, says why and what is accepted; invariant.
/// </summary>
internal static class PeriodTextErrors
{
    internal const string Accepted =
        "expected a month (\"ad agosto\", \"in August\"), a year " +
        "(\"nel 2026\", \"quest'anno\", \"this year\"), part of a month or year (\"all'inizio di dicembre\", \"mid-February\", " +
        "\"early 2024\", \"fine 2025\"), a quarter or half (\"Q3 2025\", \"il secondo trimestre\", \"H1 2025\"), a fiscal period " +
        "(\"Q4 FY2026\", \"l'esercizio 2025\"), days or a week (\"16 marzo 2026\", \"the week of March 16-22, 2026\"), a span " +
        "(\"negli ultimi 12 mesi\", \"over the next three years\", \"since its May 2024 launch\") or a deadline (\"entro metà febbraio\", \"by October\"); a period relative to another one (\"a year earlier\", \"nel trimestre precedente\", \"im Vorjahreszeitraum\") is resolved against that period.";

    /// <summary>The failure of words given as a period relative to another one that are not such words, or whose reference does not fit.</summary>
    internal static ParseFailure UnresolvedRelative(ParseError error, string text, ResolvedPeriod reference, string? mismatch)
    {
        if (mismatch is not null)
        {
            return new ParseFailure(error, 0, text.Length, $"'{text}' cannot be resolved against the period it refers to: {mismatch}.");
        }

        if (error == ParseError.UnknownPeriod)
        {
            return new ParseFailure(error, 0, text.Length, $"'{text}' is not a period relative to another one: expected words such as \"a year earlier\", \"the same quarter last year\", \"the previous quarter\", \"the following year\", \"the same quarter of 2024\", \"nel trimestre precedente\", \"nello stesso periodo dell'anno scorso\", \"im Vorjahreszeitraum\", \"im Jahr darauf\", \"im Vorquartal\".");
        }

        return new ParseFailure(error, 0, text.Length, Preconditions.Invariant($"'{text}', relative to {reference.Span}, resolves to a year outside 1 to 9999 (or to a fiscal year outside {FiscalYear.MinLabel} to {FiscalYear.MaxLabel})."));
    }

    /// <summary>The failure for a code of <see cref="PeriodPhraseParser.Parse(string, DateOnly, MonthWithoutYear, FiscalCalendar?, out ResolvedPeriod)"/>.</summary>
    internal static ParseFailure Unresolved(ParseError error, string text, DateOnly asOf)
    {
        string at = DateRange.Format(asOf);
        string message = error switch
        {
            ParseError.YearOutOfRange => Preconditions.Invariant($"'{text}' resolves, as of {at}, to a year outside 1 to 9999 (or to a fiscal year outside {FiscalYear.MinLabel} to {FiscalYear.MaxLabel})."),
            ParseError.NeedsFiscalCalendar => $"'{text}' is a fiscal period and no fiscal calendar was given: pass the company's calendar (FiscalCalendars.Find(\"Apple\"), or one built with FiscalCalendar.MonthBased or WeekBased).",
            ParseError.NoSuchDay => $"'{text}' names a day that does not exist (or a day range that ends before it starts).",
            ParseError.StartsAfterAsOf => $"'{text}' is a span that starts after the as-of date {at}.",
            ParseError.NeedsReferencePeriod => $"'{text}' names a period relative to another one, not to the as-of date: resolve it against the period it refers to (ResolvedPeriod.ParseRelative; in a claims document, \"relativeTo\" names the claim whose period it is).",
            _ => $"'{text}' is not a period phrase this library resolves: {Accepted}",
        };
        return new ParseFailure(error == ParseError.None ? ParseError.UnknownPeriod : error, 0, text.Length, message);
    }
}
