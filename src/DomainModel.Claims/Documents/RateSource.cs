namespace DomainModel.Claims;

/// <summary>Where an "equivalent" relation of a claims document takes its exchange rate from.</summary>
public enum RateSource
{
    /// <summary>"implied": the rate the article's own two amounts imply (two other claims of the document).</summary>
    Implied = 0,

    /// <summary>"document": a rate written in the document, with its date and source.</summary>
    Document = 1,

    /// <summary>"provider": a rate looked up on a date in a table or file the caller passes (<see cref="Exchange.IExchangeRateProvider"/>).</summary>
    Provider = 2,
}
