using System;
using System.Collections.Generic;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// The cross-document checks split into shards by (subject, metric), for an engine that groups records by a key
/// (a Dask or Spark shuffle) and checks each group apart. A document belongs to the shard of each of its claims'
/// subject and metric and, for a claim that is part of a whole ("partOf"), to the shard of the whole's subject and
/// metric. Every finding <see cref="CrossDocumentChecks.Check(IReadOnlyList{ClaimsDocument})"/> pairs by subject and
/// metric has one home shard: a pair about the same subject and metric the shard of both, a part and its whole the
/// whole's. Both claims of such a pair are in their home shard's documents, so checking each shard's documents and
/// keeping the findings of that shard gives, over all shards, exactly the findings of all the documents together.
/// </summary>
/// <remarks>Keys are upper-cased with the invariant culture, as <see cref="StringComparison.OrdinalIgnoreCase"/>
/// (which pairs claims) compares them, so an engine groups them by plain string equality. A relation a document states
/// with a claim of another document is homed in the shard of its first claim and is found there only when the other
/// document is in that shard too. Stateless and thread-safe.</remarks>
internal static class CrossDocumentShards
{
    /// <summary>A shard's key: subject and metric, upper-cased invariantly.</summary>
    internal readonly record struct Key(string Subject, string Metric)
    {
        public static Key Of(string subject, string metric) => new(subject.ToUpperInvariant(), metric.ToUpperInvariant());
    }

    /// <summary>The shards a document belongs to, each once, in the order its claims first name them.</summary>
    public static IReadOnlyList<Key> Of(ClaimsDocument document)
    {
        Preconditions.CheckNotNull(document);
        var keys = new List<Key>();
        var seen = new HashSet<Key>();
        foreach (var claim in document.Claims)
        {
            var own = Key.Of(claim.Subject, claim.Metric);
            if (seen.Add(own))
            {
                keys.Add(own);
            }

            if (claim.PartOfSubject is { } wholeSubject && claim.PartOfMetric is { } wholeMetric && seen.Add(Key.Of(wholeSubject, wholeMetric)))
            {
                keys.Add(Key.Of(wholeSubject, wholeMetric));
            }
        }

        return keys;
    }

    /// <summary>The shard a finding belongs to: a part and its whole (found by "partOf") the whole's, any other finding
    /// its first claim's.</summary>
    public static Key Home(CrossDocumentCheck check)
    {
        Preconditions.CheckNotNull(check);
        var claim = check.Relation is null && check.Kind == RelationKind.PartOf ? check.SecondClaim : check.FirstClaim;
        return Key.Of(claim.Subject, claim.Metric);
    }

    /// <summary>The findings of <see cref="CrossDocumentChecks.Check(IReadOnlyList{ClaimsDocument})"/> over the
    /// documents whose home is <paramref name="shard"/>, in the same order (only that shard's claims are paired). Given
    /// the shard's documents in the order of all the documents, each finding is written as the check of all of them
    /// writes it (which claim is first).</summary>
    /// <exception cref="ArgumentException">As <see cref="CrossDocumentChecks.Check(IReadOnlyList{ClaimsDocument})"/>.</exception>
    public static IReadOnlyList<CrossDocumentCheck> Check(IReadOnlyList<ClaimsDocument> documents, Key shard)
    {
        var checks = new List<CrossDocumentCheck>();
        foreach (var check in CrossDocumentChecks.Check(documents, CrossDocumentChecks.DefaultMaxPairs, (subject, metric) => Key.Of(subject, metric) == shard))
        {
            if (Home(check) == shard)
            {
                checks.Add(check);
            }
        }

        return checks;
    }

    /// <summary>The <see cref="CrossDocumentChecks.Timeline(IReadOnlyList{ClaimsDocument})"/> of the documents, only
    /// the findings and agreements whose home is <paramref name="shard"/> (only that shard's claims, and the parts of its
    /// wholes, are indexed). Given the documents of the shard in the order of all the documents, each finding is the
    /// timeline of all of them's (the same statements with the same sources, the same check, the same pairs), and the
    /// findings are in the same order; summed over all shards, the agreements are the timeline's.</summary>
    /// <remarks>A statement's sources are claims of one (subject, metric), or parts of one whole, so all of them are in
    /// the documents of its shard. A claim a relation across documents names is never merged (<see
    /// cref="CrossDocumentChecks.Timeline(IReadOnlyList{ClaimsDocument})"/>); a shard that lacks the other document
    /// does not know the relation, so documents that state relations across documents are checked together, not by
    /// shard (the batch command refuses them in its shard modes).</remarks>
    /// <exception cref="ArgumentException">As <see cref="CrossDocumentChecks.Timeline(IReadOnlyList{ClaimsDocument})"/>, for this shard's findings.</exception>
    public static CrossDocumentTimeline Timeline(IReadOnlyList<ClaimsDocument> documents, Key shard) =>
        CrossDocumentChecks.Timeline(documents, CrossDocumentChecks.DefaultMaxFindings, (subject, metric) => Key.Of(subject, metric) == shard);

    /// <summary>The shard a timeline's finding belongs to: a part and its whole (found by "partOf") the whole's, any
    /// other finding its first statement's.</summary>
    public static Key Home(CrossDocumentFinding finding)
    {
        Preconditions.CheckNotNull(finding);
        var claim = finding.Relation is null && finding.Kind == RelationKind.PartOf ? finding.Second.Claim : finding.First.Claim;
        return Key.Of(claim.Subject, claim.Metric);
    }
}
