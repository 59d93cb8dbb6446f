using DomainModel.Claims;

namespace DomainModel.Claims;

/// <summary>
/// A finding of <see cref="CrossDocumentChecks.Timeline(System.Collections.Generic.IReadOnlyList{ClaimsDocument})"/>:
/// one check between two distinct statements (each with all its sources), which stands for every pair of their
/// claims from different documents; or, with <see cref="First"/> and <see cref="Second"/> the same statement, the
/// check of a statement made by several documents against itself.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CrossDocumentFinding
{
    internal CrossDocumentFinding(RelationKind kind, CrossDocumentStatement first, CrossDocumentStatement second, ClaimCheck check, long pairs, DocumentRelation? relation = null)
    {
        Kind = kind;
        First = first;
        Second = second;
        Check = check;
        Pairs = pairs;
        Relation = relation;
    }

    /// <summary>The relation a document states with a claim of another document, or null for statements paired by subject and metric.</summary>
    public DocumentRelation? Relation { get; }

    /// <summary>The relation checked: <see cref="RelationKind.Consistent"/> (periods that overlap), <see cref="RelationKind.Increase"/> (neighbours in time, or a later figure below an earlier one), <see cref="RelationKind.PartOf"/>, or the kind of a stated <see cref="Relation"/>.</summary>
    public RelationKind Kind { get; }

    /// <summary>The first statement (the earlier figure, the part).</summary>
    public CrossDocumentStatement First { get; }

    /// <summary>The second statement (the later figure, the whole); the same as <see cref="First"/> for a statement made by several documents.</summary>
    public CrossDocumentStatement Second { get; }

    /// <summary>The check of one pair of their claims from different documents (the first of <see cref="First"/>'s and of <see cref="Second"/>'s sources that are so); the same verdict holds for every such pair.</summary>
    public ClaimCheck Check { get; }

    /// <summary>The verdict of <see cref="Check"/>.</summary>
    public Verdict Verdict => Check.Verdict;

    /// <summary>How many pairs of claims from different documents the finding stands for.</summary>
    public long Pairs { get; }

    /// <summary>Returns <c>[Verdict] relation: first (title) / second (title), N pairs: explanation</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"[{Verdict}] {Check.Relation}: {First} / {Second}, {Pairs} pair{(Pairs == 1 ? string.Empty : "s")}: {Check.Explanation}";
}
