using DomainModel.Claims;

namespace DomainModel.Claims;

/// <summary>One source of a <see cref="CrossDocumentStatement"/>: a claim of one of the documents given to
/// <see cref="CrossDocumentChecks.Timeline(System.Collections.Generic.IReadOnlyList{ClaimsDocument})"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CrossDocumentSource
{
    internal CrossDocumentSource(int documentIndex, ClaimsDocument document, DocumentClaim claim)
    {
        DocumentIndex = documentIndex;
        Document = document;
        Claim = claim;
    }

    /// <summary>The index of <see cref="Document"/> in the documents given (the same document given twice is two sources).</summary>
    public int DocumentIndex { get; }

    /// <summary>The document.</summary>
    public ClaimsDocument Document { get; }

    /// <summary>The claim.</summary>
    public DocumentClaim Claim { get; }

    /// <summary>Returns <c>claim-id (title)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Claim.Id} ({Document.Article.Title})";
}
