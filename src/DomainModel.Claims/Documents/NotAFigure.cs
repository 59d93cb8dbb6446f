namespace DomainModel.Claims;

/// <summary>
/// Words of the article that <see cref="FigureScanner"/> reads as a quantity figure but that are none — a date
/// ("Nov. 14"), a product name ("RTX 5070"), a word ("3D") — as the document states them (<c>"notFigures"</c>), with
/// the reason. <see cref="ClaimsDocument.UncoveredFigures"/> does not list a figure inside one; a report shows them as
/// the document's reading.
/// </summary>
/// <remarks>Immutable and thread-safe; built only by the loader.</remarks>
public sealed class NotAFigure
{
    internal NotAFigure(Quote quote, string reason)
    {
        Quote = quote;
        Reason = reason;
    }

    /// <summary>The words, found in the article's text.</summary>
    public Quote Quote { get; }

    /// <summary>What they are instead ("a date: 14 November").</summary>
    public string Reason { get; }

    /// <summary>Returns <c>"words": reason</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"\"{Quote.Text}\": {Reason}";
}
