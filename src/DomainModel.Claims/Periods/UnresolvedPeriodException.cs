using System;

namespace DomainModel.Claims;

/// <summary>
/// Thrown by <see cref="ResolvedPeriod.Parse(string, DateOnly)"/> and its overloads when period words cannot be resolved
/// against the as-of date: words the library does not know, a fiscal period without a fiscal calendar, a day that does
/// not exist, a year outside 1–9999, or a span that starts after the as-of date. The message names the words and
/// what is accepted. A <see cref="FormatException"/>, so callers that catch that keep working.
/// </summary>
public sealed class UnresolvedPeriodException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="phrase">The period words, as given.</param>
    /// <param name="asOf">The as-of date they were resolved against.</param>
    /// <param name="message">The message, naming the words and what is allowed.</param>
    public UnresolvedPeriodException(string phrase, DateOnly asOf, string message)
        : base(message)
    {
        Phrase = phrase;
        AsOf = asOf;
    }

    /// <summary>The period words, as given.</summary>
    public string Phrase { get; }

    /// <summary>The as-of date they were resolved against.</summary>
    public DateOnly AsOf { get; }
}
