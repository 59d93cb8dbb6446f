using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel.Exchange;

/// <summary>
/// Providers asked in order: the first that finds a rate answers. The attempts of every provider asked are kept,
/// so a rate found by the second provider says why the first had none.
/// </summary>
/// <remarks>Immutable (the list of providers is copied) and thread-safe when its providers are.</remarks>
public sealed class ExchangeRateProviderChain : IExchangeRateProvider
{
    private readonly IExchangeRateProvider[] _providers;

    /// <summary>Creates a chain.</summary>
    /// <param name="providers">One or more providers, in the order they are asked.</param>
    /// <exception cref="ArgumentNullException"><paramref name="providers"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="providers"/> is empty.</exception>
    public ExchangeRateProviderChain(params IExchangeRateProvider[] providers)
        : this((IEnumerable<IExchangeRateProvider>)Preconditions.CheckNotNull(providers))
    {
    }

    /// <summary>Creates a chain from any sequence of providers (an F# list, a C# list).</summary>
    /// <param name="providers">One or more providers, in the order they are asked.</param>
    /// <exception cref="ArgumentNullException"><paramref name="providers"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="providers"/> is empty.</exception>
    public ExchangeRateProviderChain(IEnumerable<IExchangeRateProvider> providers)
    {
        Preconditions.CheckNotNull(providers);
        _providers = providers.ToArray();
        Preconditions.CheckArgument(_providers.Length > 0, nameof(providers), "A chain needs at least one provider.");
        if (_providers.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(providers), "The chain's providers contain null.");
        }

        Name = "chain of " + string.Join(", ", _providers.Select(p => p.Name));
    }

    /// <summary>"chain of " and the providers' names.</summary>
    public string Name { get; }

    /// <summary>The providers, in the order they are asked.</summary>
    public IReadOnlyList<IExchangeRateProvider> Providers => _providers;

    /// <inheritdoc />
    public RateLookupResult Lookup(Currency from, Currency to, DateOnly date)
    {
        var attempts = new List<string>();
        foreach (var provider in _providers)
        {
            var result = provider.Lookup(from, to, date);
            attempts.AddRange(result.Attempts);
            if (result.Found)
            {
                return RateLookupResult.Success(date, result.Rate, attempts);
            }
        }

        return RateLookupResult.Failure(from, to, date, attempts);
    }

    /// <inheritdoc />
    public bool TryGetRate(Currency from, Currency to, DateOnly date, [NotNullWhen(true)] out ExchangeRate? rate)
    {
        rate = Lookup(from, to, date).Rate;
        return rate is not null;
    }

    /// <inheritdoc />
    public ExchangeRate GetRate(Currency from, Currency to, DateOnly date)
    {
        if (from == to)
        {
            throw new ArgumentException($"{from.Code} to {to.Code} is the same currency: no exchange rate is needed.", nameof(to));
        }

        return Lookup(from, to, date).GetRateOrThrow();
    }
}
