using System;
using System.Diagnostics.CodeAnalysis;
using DomainModel;

namespace DomainModel.Exchange;

/// <summary>
/// A source of exchange rates by pair and date. A rate returned goes from <c>from</c> to <c>to</c> (base = from,
/// quote = to) and is never dated after the date asked for. Implementations: <see cref="ExchangeRateTable"/>,
/// <see cref="ExchangeRateProviderChain"/>.
/// </summary>
/// <remarks>Implementations must be thread-safe for reading; <see cref="Lookup"/> and <see cref="TryGetRate"/> never throw
/// for a missing rate.</remarks>
public interface IExchangeRateProvider
{
    /// <summary>A name for messages ("ECB", "chain of ECB, manual").</summary>
    string Name { get; }

    /// <summary>Looks up a rate and reports what was tried; never throws for a missing rate or a same-currency pair.</summary>
    /// <param name="from">The currency to convert from.</param>
    /// <param name="to">The currency to convert to.</param>
    /// <param name="date">The date of the rate wanted.</param>
    /// <returns>The result, found or not.</returns>
    RateLookupResult Lookup(Currency from, Currency to, DateOnly date);

    /// <summary>Looks up a rate without throwing.</summary>
    /// <param name="from">The currency to convert from.</param>
    /// <param name="to">The currency to convert to.</param>
    /// <param name="date">The date of the rate wanted.</param>
    /// <param name="rate">The rate from → to, or null.</param>
    /// <returns>Whether a rate was found.</returns>
    bool TryGetRate(Currency from, Currency to, DateOnly date, [NotNullWhen(true)] out ExchangeRate? rate);

    /// <summary>Gets a rate.</summary>
    /// <param name="from">The currency to convert from.</param>
    /// <param name="to">The currency to convert to.</param>
    /// <param name="date">The date of the rate wanted.</param>
    /// <returns>The rate from → to.</returns>
    /// <exception cref="ArgumentException"><paramref name="from"/> and <paramref name="to"/> are the same currency.</exception>
    /// <exception cref="RateNotFoundException">No rate was found; the message names the pair, the date and what was tried.</exception>
    ExchangeRate GetRate(Currency from, Currency to, DateOnly date);
}
