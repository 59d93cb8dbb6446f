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
public static partial class CrossDocumentChecks
{
    /// <summary>The most pairs of claims <see cref="Check(IReadOnlyList{ClaimsDocument})"/> checks in one call: 500,000
    /// (each finding holds a few hundred bytes, so about 200 MB at the limit). The pairs grow with the square of the
    /// copies of one statement; <see cref="Timeline(IReadOnlyList{ClaimsDocument})"/> merges identical statements and
    /// has no such growth.</summary>
    public const int DefaultMaxPairs = 500_000;

    /// <summary>Checks every pair of claims from different documents that state the same thing, or a part and its whole.</summary>
    /// <param name="documents">The documents, two or more for any finding.</param>
    /// <returns>The checks, documents in the given order, claims in each document's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">The documents give more than <see cref="DefaultMaxPairs"/> pairs to check (the message says how many).</exception>
    public static IReadOnlyList<CrossDocumentCheck> Check(IReadOnlyList<ClaimsDocument> documents) => Check(documents, DefaultMaxPairs);

    /// <summary>
    /// Checks every pair of claims from different documents that state the same thing, or a part and its whole, with
    /// a bound on the work: claims are paired through an index of (subject, metric, quantity, unit), so only pairs
    /// that can give a finding are counted, and more than <paramref name="maxPairs"/> of them is refused before any is
    /// checked. The same findings, in the same order, as pairing every claim with every other.
    /// </summary>
    /// <param name="documents">The documents, two or more for any finding.</param>
    /// <param name="maxPairs">The most pairs to check, at least 0.</param>
    /// <returns>The checks, documents in the given order, claims in each document's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of them is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPairs"/> is negative.</exception>
    /// <exception cref="ArgumentException">The documents give more than <paramref name="maxPairs"/> pairs to check (the message says how many).</exception>
    public static IReadOnlyList<CrossDocumentCheck> Check(IReadOnlyList<ClaimsDocument> documents, int maxPairs) => Check(documents, maxPairs, null);

    /// <summary>As <see cref="Check(IReadOnlyList{ClaimsDocument}, int)"/>, pairing by subject and metric only the
    /// claims of the (subject, metric) that <paramref name="shard"/> keeps, and the parts of such a whole
    /// (<see cref="CrossDocumentShards"/>); the stated relations are all checked. Null keeps every one.</summary>
    internal static IReadOnlyList<CrossDocumentCheck> Check(IReadOnlyList<ClaimsDocument> documents, int maxPairs, Func<string, string, bool>? shard)
    {
        Preconditions.CheckNotNull(documents);
        Preconditions.CheckRange(maxPairs, 0, int.MaxValue);
        for (int i = 0; i < documents.Count; i++)
        {
            if (documents[i] is null)
            {
                throw new ArgumentNullException(nameof(documents), FormattableString.Invariant($"The document at index {i} is null."));
            }
        }

        var pairs = CandidatePairs(documents, maxPairs, shard);
        var checks = Stated(documents, out var stated);
        foreach (var (i, a, j, b) in pairs)
        {
            DocumentClaim first = documents[i].Claims[a], second = documents[j].Claims[b];
            if (!stated.Contains((first, second)))
            {
                Pair(documents[i], first, documents[j], second, checks);
            }
        }

        return checks;
    }

    /// <summary>The straightforward path: the stated relations, then every claim of every document against every claim
    /// of every later document (the reference the indexed <see cref="Check(IReadOnlyList{ClaimsDocument}, int)"/> must
    /// equal; tests compare them).</summary>
    internal static IReadOnlyList<CrossDocumentCheck> CheckAllPairs(IReadOnlyList<ClaimsDocument> documents)
    {
        var checks = Stated(documents, out var stated);
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

    /// <summary>The checks of the relations documents state across documents, and the pairs they name (not paired again).</summary>
    private static List<CrossDocumentCheck> Stated(IReadOnlyList<ClaimsDocument> documents, out HashSet<(DocumentClaim, DocumentClaim)> stated)
    {
        var checks = new List<CrossDocumentCheck>();
        stated = new HashSet<(DocumentClaim, DocumentClaim)>();
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

        return checks;
    }

    /// <summary>The pairs (document i, claim a, document j, claim b), i &lt; j, that state the same subject and metric in
    /// the same quantity and unit, or whose first claim is part of the second's subject and metric (or the reverse):
    /// the only pairs that can give a finding, in the order of pairing every claim with every other.</summary>
    private static List<(int I, int A, int J, int B)> CandidatePairs(IReadOnlyList<ClaimsDocument> documents, int maxPairs, Func<string, string, bool>? shard)
    {
        var groups = new Dictionary<Key, List<(int Document, int Claim)>>(KeyComparer.Instance);
        for (int i = 0; i < documents.Count; i++)
        {
            var claims = documents[i].Claims;
            for (int c = 0; c < claims.Count; c++)
            {
                var key = new Key(claims[c].Subject, claims[c].Metric, claims[c].Claim.QuantityType, claims[c].Claim.UnitText);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add((i, c));
            }
        }

        var pairs = new HashSet<(int, int, int, int)>();
        void Add(int i, int a, int j, int b)
        {
            var pair = i < j ? (i, a, j, b) : (j, b, i, a);
            if (pairs.Add(pair) && pairs.Count > maxPairs)
            {
                throw new ArgumentException(
                    FormattableString.Invariant($"The {documents.Count} documents give more than {maxPairs} pairs of claims about the same subject and metric to check (each finding holds a few hundred bytes); check fewer documents at once, or pass a higher limit."),
                    nameof(documents));
            }
        }

        foreach (var (key, list) in groups)
        {
            if (shard is not null && !shard(key.Subject, key.Metric))
            {
                continue;
            }

            for (int x = 0; x < list.Count; x++)
            {
                for (int y = x + 1; y < list.Count; y++)
                {
                    if (list[x].Document != list[y].Document)
                    {
                        Add(list[x].Document, list[x].Claim, list[y].Document, list[y].Claim);
                    }
                }
            }
        }

        for (int i = 0; i < documents.Count; i++)
        {
            var claims = documents[i].Claims;
            for (int c = 0; c < claims.Count; c++)
            {
                var part = claims[c];
                if (part.PartOfSubject is null || part.PartOfMetric is null || (shard is not null && !shard(part.PartOfSubject, part.PartOfMetric))
                    || !groups.TryGetValue(new Key(part.PartOfSubject, part.PartOfMetric, part.Claim.QuantityType, part.Claim.UnitText), out var wholes))
                {
                    continue;
                }

                foreach (var (document, claim) in wholes)
                {
                    if (document != i)
                    {
                        Add(i, c, document, claim);
                    }
                }
            }
        }

        var ordered = new List<(int I, int A, int J, int B)>(pairs.Count);
        foreach (var p in pairs)
        {
            ordered.Add(p);
        }

        ordered.Sort(static (x, y) => x.I != y.I ? x.I.CompareTo(y.I) : x.J != y.J ? x.J.CompareTo(y.J) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        return ordered;
    }

    private readonly record struct Key(string Subject, string Metric, Type Quantity, string Unit);

    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        internal static readonly KeyComparer Instance = new();

        public bool Equals(Key x, Key y) =>
            string.Equals(x.Subject, y.Subject, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Metric, y.Metric, StringComparison.OrdinalIgnoreCase)
            && x.Quantity == y.Quantity && string.Equals(x.Unit, y.Unit, StringComparison.Ordinal);

        public int GetHashCode(Key key) => HashCode.Combine(
            StringComparer.OrdinalIgnoreCase.GetHashCode(key.Subject), StringComparer.OrdinalIgnoreCase.GetHashCode(key.Metric), key.Quantity, StringComparer.Ordinal.GetHashCode(key.Unit));
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

    private static bool TryAdd(RelationKind kind, DocumentClaim first, DocumentClaim second, out ClaimCheck? check)
    {
        try
        {
            check = RelationCheck.Dispatch(first.Claim, second.Claim, new Cross(kind));
            return true;
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            check = null;
            return false;
        }
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
