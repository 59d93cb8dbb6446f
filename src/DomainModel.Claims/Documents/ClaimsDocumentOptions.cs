using DomainModel.Exchange;

namespace DomainModel.Claims;

/// <summary>
/// How a <see cref="ClaimsDocument"/> is loaded (<see cref="ClaimsDocument.Load(string, ClaimsDocumentOptions)"/>,
/// <see cref="ClaimsDocument.Parse(string, string, ClaimsDocumentOptions)"/>): an as-of date that replaces the
/// document's own, and the rates a conversion at the caller's rates is evaluated with.
/// </summary>
/// <remarks>Immutable once built (init-only properties); thread-safe when <see cref="Rates"/> is.</remarks>
public sealed class ClaimsDocumentOptions
{
    /// <summary>Options that change nothing: the document's own as-of date, no rates.</summary>
    public static ClaimsDocumentOptions Default { get; } = new();

    /// <summary>
    /// The date the period words are resolved against, with the reason, instead of the document's "asOf" or
    /// "published" (for example a report's <c>--as-of</c>); null keeps the document's. The loaded document's
    /// <see cref="DocumentArticle.AsOf"/> is this date, and <see cref="ClaimsDocument.ToJson"/> writes it.
    /// </summary>
    public AsOfDate? AsOf { get; init; }

    /// <summary>
    /// The rates for derived conversions at the caller's rates (<c>"rate": {"source": "provider"}</c>), looked up on
    /// the rate's date or the as-of date; null leaves them not evaluated (<see cref="DerivedFigure.IsEvaluated"/>).
    /// </summary>
    public IExchangeRateProvider? Rates { get; init; }
}
