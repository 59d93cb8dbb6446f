using System.Collections.Generic;

namespace DomainModel.Claims;

/// <summary>
/// A figure or a relation the article states that no check can decide, marked in the document
/// <c>"notCheckable": "reason"</c> ("a 1,000x increase since its May 2024 launch": the baseline is not stated). Its
/// quote counts as covered (<see cref="ClaimsDocument.UncoveredFigures"/>); a report shows it as undetermined, with the
/// reason.
/// </summary>
/// <remarks>Immutable and thread-safe; built only by the loader.</remarks>
public sealed class UncheckedStatement
{
    internal UncheckedStatement(UncheckedSpec spec, RelationKind? kind, Quote? quote)
    {
        Spec = spec;
        Kind = kind;
        Quote = quote;
    }

    /// <summary>The statement's id (a claim id or a relation id of the document).</summary>
    public string Id => Spec.Id;

    /// <summary>Whether the document states it under "relations" (true) or "claims" (false).</summary>
    public bool IsRelation => Spec.IsRelation;

    /// <summary>For a relation, what it states ("multiple" for "1,000x"); null for a claim.</summary>
    public RelationKind? Kind { get; }

    /// <summary>For a relation, the claims it names that the document has (zero to two; a claim of another document as <c>document-id#claim-id</c>); empty for a claim.</summary>
    public IReadOnlyList<string> ClaimIds => Spec.ClaimIds;

    /// <summary>For a claim, who or what the figure is about; null for a relation.</summary>
    public string? Subject => Spec.Subject;

    /// <summary>For a claim, what is measured; null for a relation.</summary>
    public string? Metric => Spec.Metric;

    /// <summary>The article's words, found in its text, or null for a relation without a quote.</summary>
    public Quote? Quote { get; }

    /// <summary>The figure as written inside the quote ("1,000x"), or null.</summary>
    public string? Figure => Spec.Figure;

    /// <summary>Why it cannot be checked ("the baseline of May 2024 is not stated").</summary>
    public string Reason => Spec.Reason;

    /// <summary>A short description for a report ("note"), or null.</summary>
    public string? Note => Spec.Note;

    internal UncheckedSpec Spec { get; }

    /// <summary>Returns <c>id: stated, not checkable: reason</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: stated, not checkable: {Reason}";
}
