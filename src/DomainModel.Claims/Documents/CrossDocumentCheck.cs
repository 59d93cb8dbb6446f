using DomainModel.Claims;

namespace DomainModel.Claims;

/// <summary>
/// A check of a claim of one document against a claim of another about the same subject and metric
/// (<see cref="CrossDocumentChecks"/>): whether two articles' figures for the same thing agree, whether a part stays
/// within its whole, whether a later figure is above an earlier one. Both documents and both claims are named.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CrossDocumentCheck
{
    internal CrossDocumentCheck(RelationKind kind, ClaimsDocument firstDocument, DocumentClaim firstClaim, ClaimsDocument secondDocument, DocumentClaim secondClaim, ClaimCheck check, DocumentRelation? relation = null)
    {
        Relation = relation;
        Kind = kind;
        FirstDocument = firstDocument;
        FirstClaim = firstClaim;
        SecondDocument = secondDocument;
        SecondClaim = secondClaim;
        Check = check;
    }

    /// <summary>The relation a document states with a claim of another document (<see cref="DocumentRelation.IsCrossDocument"/>), or null for a pair <see cref="CrossDocumentChecks"/> found by subject and metric.</summary>
    public DocumentRelation? Relation { get; }

    /// <summary>The relation checked: for a pair found by subject and metric <see cref="RelationKind.Consistent"/>, <see cref="RelationKind.PartOf"/> or <see cref="RelationKind.Increase"/>; for a stated <see cref="Relation"/>, its kind.</summary>
    public RelationKind Kind { get; }

    /// <summary>The document of the first claim of <see cref="Check"/> (the earlier figure, the part).</summary>
    public ClaimsDocument FirstDocument { get; }

    /// <summary>The first claim.</summary>
    public DocumentClaim FirstClaim { get; }

    /// <summary>The document of the second claim (the later figure, the whole).</summary>
    public ClaimsDocument SecondDocument { get; }

    /// <summary>The second claim.</summary>
    public DocumentClaim SecondClaim { get; }

    /// <summary>The check, with its verdict and computed value.</summary>
    public ClaimCheck Check { get; }

    /// <summary>The verdict of <see cref="Check"/>.</summary>
    public Verdict Verdict => Check.Verdict;

    /// <summary>Returns <c>[Verdict] relation: first-id (first title) / second-id (second title): explanation</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"[{Verdict}] {Check.Relation}: {FirstClaim.Id} ({FirstDocument.Article.Title}) / {SecondClaim.Id} ({SecondDocument.Article.Title}): {Check.Explanation}";
}
