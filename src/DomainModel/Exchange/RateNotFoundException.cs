using System;
using System.Collections.Generic;
using System.Globalization;
using DomainModel;

namespace DomainModel.Exchange;

/// <summary>
/// Thrown when a provider has no rate for a pair on a date (nor within its look-back, nor by reciprocal or
/// triangulation). The message names the pair, the date and everything that was tried.
/// </summary>
public sealed class RateNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="from">The currency to convert from.</param>
    /// <param name="to">The currency to convert to.</param>
    /// <param name="date">The date asked for.</param>
    /// <param name="attempts">What was tried, one line each.</param>
    public RateNotFoundException(Currency from, Currency to, DateOnly date, IReadOnlyList<string> attempts)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"No {from.Code}/{to.Code} rate for {date:yyyy-MM-dd}. Tried: {(attempts is null || attempts.Count == 0 ? "nothing" : string.Join("; ", attempts))}."))
    {
        From = from;
        To = to;
        Date = date;
        Attempts = attempts ?? Array.Empty<string>();
    }

    /// <summary>The currency to convert from.</summary>
    public Currency From { get; }

    /// <summary>The currency to convert to.</summary>
    public Currency To { get; }

    /// <summary>The date asked for.</summary>
    public DateOnly Date { get; }

    /// <summary>What was tried, one line each.</summary>
    public IReadOnlyList<string> Attempts { get; }
}
