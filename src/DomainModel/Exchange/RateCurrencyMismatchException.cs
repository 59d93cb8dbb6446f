using System;
using DomainModel;

namespace DomainModel.Exchange;

/// <summary>
/// Thrown when an exchange rate is asked to convert money in a currency that is neither its base nor its quote
/// (converting francs with a dollar/yuan rate). The message names the rate's pair and the money's currency.
/// </summary>
public sealed class RateCurrencyMismatchException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="base">The rate's base currency.</param>
    /// <param name="quote">The rate's quote currency.</param>
    /// <param name="currency">The currency of the money that was given.</param>
    /// <param name="paramName">The parameter that held the money.</param>
    public RateCurrencyMismatchException(Currency @base, Currency quote, Currency currency, string? paramName)
        : base(
            $"Cannot convert an amount in {currency.Code} with a {@base.Code}/{quote.Code} rate: it converts {@base.Code} to {quote.Code} (multiplying) and {quote.Code} to {@base.Code} (dividing) only; an amount in {currency.Code} needs a rate that involves {currency.Code}.",
            paramName)
    {
        Base = @base;
        Quote = quote;
        Currency = currency;
    }

    /// <summary>The rate's base currency.</summary>
    public Currency Base { get; }

    /// <summary>The rate's quote currency.</summary>
    public Currency Quote { get; }

    /// <summary>The currency of the money that could not be converted.</summary>
    public Currency Currency { get; }
}
