using System;
using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>
/// Thrown by <see cref="ResolvedPeriod.Parse(string, DateOnly)"/> and its overloads when period words cannot be resolved
/// against the as-of date: words the library does not know, a fiscal period without a fiscal calendar, a day that does
/// not exist, a year outside 1–9999, or a span that starts after the as-of date (<see cref="DomainModelFormatException.Error"/>
/// says which). The message names the words and what is accepted. The library's one format exception, with the as-of
/// date the words were resolved against.
/// </summary>
public sealed class UnresolvedPeriodException : DomainModelFormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">Why the words do not resolve, e.g. <see cref="ParseError.UnknownPeriod"/> or <see cref="ParseError.NeedsFiscalCalendar"/>.</param>
    /// <param name="phrase">The period words, as given.</param>
    /// <param name="asOf">The as-of date they were resolved against.</param>
    /// <param name="message">The message, naming the words and what is allowed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="error"/> is <see cref="ParseError.None"/> or undefined.</exception>
    public UnresolvedPeriodException(ParseError error, string phrase, DateOnly asOf, string message)
        : base(error, phrase, 0, message)
    {
        AsOf = asOf;
    }

    /// <summary>The period words, as given (the same as <see cref="DomainModelFormatException.Input"/>).</summary>
    public string Phrase => Input;

    /// <summary>The as-of date they were resolved against.</summary>
    public DateOnly AsOf { get; }
}
