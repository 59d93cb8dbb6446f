using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel.Exchange;

/// <summary>
/// The outcome of asking a provider for a rate: the rate found (from → to, with its legs) or nothing, and in both cases
/// what was tried, so that a user can see how a rate was chosen or why none was.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RateLookupResult
{
    private RateLookupResult(Currency from, Currency to, DateOnly date, ExchangeRate? rate, IReadOnlyList<string> attempts)
    {
        From = from;
        To = to;
        Date = date;
        Rate = rate;
        Attempts = attempts;
    }

    /// <summary>The currency to convert from.</summary>
    public Currency From { get; }

    /// <summary>The currency to convert to.</summary>
    public Currency To { get; }

    /// <summary>The date asked for.</summary>
    public DateOnly Date { get; }

    /// <summary>The rate found (base <see cref="From"/>, quote <see cref="To"/>), or null.</summary>
    public ExchangeRate? Rate { get; }

    /// <summary>Whether a rate was found.</summary>
    [MemberNotNullWhen(true, nameof(Rate))]
    public bool Found => Rate is not null;

    /// <summary>What was tried, one line each, in order.</summary>
    public IReadOnlyList<string> Attempts { get; }

    /// <summary>A successful look-up.</summary>
    /// <param name="date">The date asked for.</param>
    /// <param name="rate">The rate found; its base and quote are the pair asked for.</param>
    /// <param name="attempts">What was tried.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rate"/> or <paramref name="attempts"/> is null.</exception>
    public static RateLookupResult Success(DateOnly date, ExchangeRate rate, IEnumerable<string> attempts)
    {
        Preconditions.CheckNotNull(rate);
        Preconditions.CheckNotNull(attempts);
        return new RateLookupResult(rate.Base, rate.Quote, date, rate, attempts.ToArray());
    }

    /// <summary>A failed look-up.</summary>
    /// <param name="from">The currency to convert from.</param>
    /// <param name="to">The currency to convert to.</param>
    /// <param name="date">The date asked for.</param>
    /// <param name="attempts">What was tried.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attempts"/> is null.</exception>
    public static RateLookupResult Failure(Currency from, Currency to, DateOnly date, IEnumerable<string> attempts)
    {
        Preconditions.CheckNotNull(attempts);
        return new RateLookupResult(from, to, date, null, attempts.ToArray());
    }

    /// <summary>The rate, or an exception that names the pair, the date and what was tried.</summary>
    /// <returns>The rate.</returns>
    /// <exception cref="RateNotFoundException">No rate was found.</exception>
    public ExchangeRate GetRateOrThrow() => Rate ?? throw new RateNotFoundException(From, To, Date, Attempts);
}
