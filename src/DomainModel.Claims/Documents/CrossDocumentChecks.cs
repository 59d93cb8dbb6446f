using System;
using System.Collections.Generic;
using System.Linq;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// Checks claims of different documents against each other. Two claims are about the same thing when their subject
/// and metric are equal (ignoring case) and they measure the same quantity in the same unit (CNY with CNY, monthly
/// with monthly active users):
/// <list type="bullet">
/// <item>periods that overlap: <see cref="ClaimChecks.Consistent{T}"/> (two sources' figures must overlap);</item>
/// <item>one period wholly before the other: <see cref="ClaimChecks.Increase{T}"/> (a figure growing over time; a
/// Disagrees verdict says the later figure is lower);</item>
/// <item>a claim whose "partOf" names the subject and metric of the other, periods overlapping:
/// <see cref="ClaimChecks.PartOf{T}"/> (a part cannot exceed its whole).</item>
/// </list>
/// Besides, every relation a document states with a claim of another document (<c>"claims": ["other-id#capex-2026-cny",
/// "forecast-2026"]</c>, <see cref="ClaimsDocument.CrossDocumentRelations"/>) is checked with its own kind and
/// parameters ("percentAbove" 25 "atLeast"...), and a pair it names is not paired again by subject and metric: the
/// document says what the two figures are to each other, which is not "the same quantity".
/// </summary>
/// <remarks>Stateless and thread-safe. Claims of one document are not paired with each other (their relations are
/// the document's own). A pair the check itself refuses — a whole admitting zero, which no ratio can divide by, or
/// periods a part and its whole do not share — gives no finding, and so does a stated relation naming a document that is
/// not among those given (or a claim it does not have).</remarks>
public static class CrossDocumentChecks
{
    /// <summary>Checks every pair of claims from different documents that state the same thing, or a part and its whole.</summary>
    /// <param name="documents">The documents, two or more for any finding.</param>
    /// <returns>The checks, documents in the given order, claims in each document's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of them is null.</exception>
    public static IReadOnlyList<CrossDocumentCheck> Check(IReadOnlyList<ClaimsDocument> documents)
    {
        Preconditions.CheckNotNull(documents);
        for (int i = 0; i < documents.Count; i++)
        {
            if (documents[i] is null)
            {
                throw new ArgumentNullException(nameof(documents), FormattableString.Invariant($"The document at index {i} is null."));
            }
        }

        var checks = new List<CrossDocumentCheck>();
        var stated = new HashSet<(DocumentClaim, DocumentClaim)>();
        foreach (var document in documents)
        {
            foreach (var relation in document.CrossDocumentRelations)
            {
                if (Resolve(documents, document, relation.ClaimIds[0]) is not { } first || Resolve(documents, document, relation.ClaimIds[1]) is not { } second)
                {
                    continue;
                }

                stated.Add((first.Claim, second.Claim));
                stated.Add((second.Claim, first.Claim));
                if (first.Claim.Claim.QuantityType != second.Claim.Claim.QuantityType || first.Claim.Claim.UnitText != second.Claim.Claim.UnitText && relation.Kind != RelationKind.Equivalent)
                {
                    continue; // different quantities: no check between them
                }

                try
                {
                    var check = RelationCheck.Run(relation.Spec, first.Claim.Claim, second.Claim.Claim, document.Claims, document.Article);
                    checks.Add(new CrossDocumentCheck(relation.Kind, first.Document, first.Claim, second.Document, second.Claim, check, relation));
                }
                catch (Exception e) when (e is ArgumentException or OverflowException)
                {
                    // A pair the check refuses gives no finding, as for the pairs found by subject and metric.
                }
            }
        }

        for (int i = 0; i < documents.Count; i++)
        {
            for (int j = i + 1; j < documents.Count; j++)
            {
                foreach (var a in documents[i].Claims)
                {
                    foreach (var b in documents[j].Claims)
                    {
                        if (!stated.Contains((a, b)))
                        {
                            Pair(documents[i], a, documents[j], b, checks);
                        }
                    }
                }
            }
        }

        return checks;
    }

    private static (ClaimsDocument Document, DocumentClaim Claim)? Resolve(IReadOnlyList<ClaimsDocument> documents, ClaimsDocument own, string reference)
    {
        int hash = reference.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            return own.Claims.FirstOrDefault(c => c.Id == reference) is { } local ? (own, local) : null;
        }

        string documentId = reference[..hash], claimId = reference[(hash + 1)..];
        foreach (var document in documents)
        {
            if (document.Id == documentId && document.Claims.FirstOrDefault(c => c.Id == claimId) is { } claim)
            {
                return (document, claim);
            }
        }

        return null;
    }

    private static void Pair(ClaimsDocument da, DocumentClaim a, ClaimsDocument db, DocumentClaim b, List<CrossDocumentCheck> checks)
    {
        if (a.Claim.QuantityType != b.Claim.QuantityType || a.Claim.UnitText != b.Claim.UnitText)
        {
            return;
        }

        var pa = a.Claim.Period.Span;
        var pb = b.Claim.Period.Span;
        if (Same(a.Subject, b.Subject) && Same(a.Metric, b.Metric))
        {
            if (pa.Overlaps(pb))
            {
                Add(RelationKind.Consistent, da, a, db, b, checks);
            }
            else if (pa.End < pb.Start)
            {
                Add(RelationKind.Increase, da, a, db, b, checks);
            }
            else
            {
                Add(RelationKind.Increase, db, b, da, a, checks);
            }
        }
        else if (pa.Overlaps(pb) && Same(a.PartOfSubject, b.Subject) && Same(a.PartOfMetric, b.Metric))
        {
            Add(RelationKind.PartOf, da, a, db, b, checks);
        }
        else if (pa.Overlaps(pb) && Same(b.PartOfSubject, a.Subject) && Same(b.PartOfMetric, a.Metric))
        {
            Add(RelationKind.PartOf, db, b, da, a, checks);
        }
    }

    private static void Add(RelationKind kind, ClaimsDocument firstDocument, DocumentClaim first, ClaimsDocument secondDocument, DocumentClaim second, List<CrossDocumentCheck> checks)
    {
        try
        {
            var check = RelationCheck.Dispatch(first.Claim, second.Claim, new Cross(kind));
            checks.Add(new CrossDocumentCheck(kind, firstDocument, first, secondDocument, second, check));
        }
        catch (ArgumentException)
        {
            // A pair the check refuses (a figure admitting zero or a negative value cannot be a ratio's whole) is no finding.
        }
    }

    private static bool Same(string? x, string? y) => x is not null && y is not null && string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

    private sealed class Cross(RelationKind kind) : RelationCheck.IPairCheck
    {
        public ClaimCheck Apply<T>(Claim<T> first, Claim<T> second)
            where T : struct, IEstimable<T> => kind switch
            {
                RelationKind.Consistent => ClaimChecks.Consistent(first, second),
                RelationKind.PartOf => ClaimChecks.PartOf(first, second),
                _ => ClaimChecks.Increase(first, second),
            };
    }
}
