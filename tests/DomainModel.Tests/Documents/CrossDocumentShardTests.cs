using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>
/// The cross-document checks split into shards by (subject, metric), as an engine that groups by key checks them:
/// each shard's documents checked apart, the findings of that shard kept; over all shards, exactly the findings of
/// the documents checked together (random small sets of the real documents, repeated and reordered); the same for
/// the timeline (identical statements merged), with made-up one-company documents besides.
/// </summary>
public sealed class CrossDocumentShardTests
{
    private static readonly ClaimsDocument[] Library = DocumentFiles.Shipped();

    // A finding by the objects it names, so that copies of one document are told apart by position, not by title.
    private static (object, object, object, object, RelationKind, Verdict) Identity(CrossDocumentCheck c) =>
        (c.FirstDocument, c.FirstClaim, c.SecondDocument, c.SecondClaim, c.Kind, c.Verdict);

    /// <summary>Every shard's documents, in the given order, the way an engine groups them.</summary>
    private static Dictionary<CrossDocumentShards.Key, List<ClaimsDocument>> Groups(IReadOnlyList<ClaimsDocument> documents)
    {
        var groups = new Dictionary<CrossDocumentShards.Key, List<ClaimsDocument>>();
        foreach (var document in documents)
        {
            foreach (var key in CrossDocumentShards.Of(document))
            {
                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = [];
                }

                group.Add(document);
            }
        }

        return groups;
    }

    /// <summary>The findings of every shard over the documents that belong to it.</summary>
    private static List<CrossDocumentCheck> Sharded(IReadOnlyList<ClaimsDocument> documents) =>
        [.. Groups(documents).SelectMany(g => CrossDocumentShards.Check(g.Value, g.Key))];

    private static bool SameMultiset(IEnumerable<CrossDocumentCheck> x, IEnumerable<CrossDocumentCheck> y)
    {
        var counts = new Dictionary<(object, object, object, object, RelationKind, Verdict), int>();
        foreach (var c in x)
        {
            counts[Identity(c)] = counts.GetValueOrDefault(Identity(c)) + 1;
        }

        foreach (var c in y)
        {
            if (counts.GetValueOrDefault(Identity(c)) == 0)
            {
                return false;
            }

            counts[Identity(c)]--;
        }

        return counts.Values.All(n => n == 0);
    }

    [Property(MaxTest = 40)]
    public Property Shards_TogetherGiveTheFindingsOfAllTheDocuments() => Prop.ForAll(
        Gen.ListOf(Gen.Choose(0, Library.Length - 1)).Select(l => l.Take(7).ToArray()).ToArbitrary(),
        picks =>
        {
            var documents = picks.Select(i => Library[i]).ToArray();
            return SameMultiset(Sharded(documents), CrossDocumentChecks.Check(documents));
        });

    [Fact]
    public void Shards_OnEveryDocumentTwice_GiveEveryFinding_WithSomeOfEachKind()
    {
        ClaimsDocument[] documents = [.. Library, .. Library];
        var all = CrossDocumentChecks.Check(documents);
        Assert.Contains(all, c => c.Kind == RelationKind.Consistent);
        Assert.Contains(all, c => c.Kind == RelationKind.PartOf);
        Assert.True(SameMultiset(Sharded(documents), all));
    }

    /// <summary>A timeline's finding by what it names: kind, verdict, pairs, the check's relation, and each statement's
    /// sources (the document by its object, numbered in first-seen order, so copies given twice are the same; the claim by id).</summary>
    private static string Identity(CrossDocumentFinding f, Dictionary<ClaimsDocument, int> numbers)
    {
        string Sources(CrossDocumentStatement s) => string.Join(",", s.Sources.Select(x =>
        {
            if (!numbers.TryGetValue(x.Document, out int n))
            {
                numbers[x.Document] = n = numbers.Count;
            }

            return FormattableString.Invariant($"{n}:{x.Claim.Id}");
        }));
        return FormattableString.Invariant($"{f.Kind}|{f.Verdict}|{f.Pairs}|{f.Check.Relation}|{f.Relation is not null}|{Sources(f.First)}|{Sources(f.Second)}");
    }

    /// <summary>The law of the sharded timeline: each shard's timeline, over the documents of that shard in the order
    /// of all of them, lists only findings whose home is that shard, in the order the timeline of all the documents
    /// lists them; over all shards, exactly its findings, and its agreements summed.</summary>
    private static bool TimelineShardsAgree(IReadOnlyList<ClaimsDocument> documents)
    {
        var numbers = new Dictionary<ClaimsDocument, int>(ReferenceEqualityComparer.Instance);
        foreach (var d in documents)
        {
            numbers.TryAdd(d, numbers.Count);
        }

        var all = CrossDocumentChecks.Timeline(documents);
        var place = new Dictionary<string, int>();
        for (int i = 0; i < all.Findings.Count; i++)
        {
            if (!place.TryAdd(Identity(all.Findings[i], numbers), i))
            {
                return false; // a finding listed twice
            }
        }

        var groups = Groups(documents);
        var seen = new HashSet<string>();
        int agreements = 0;
        long agreeingPairs = 0;
        foreach (var (key, group) in groups)
        {
            var shard = CrossDocumentShards.Timeline(group, key);
            agreements += shard.Agreements;
            agreeingPairs += shard.AgreeingPairs;
            int last = -1;
            foreach (var f in shard.Findings)
            {
                string id = Identity(f, numbers);
                if (CrossDocumentShards.Home(f) != key || !place.TryGetValue(id, out int at) || at <= last || !seen.Add(id))
                {
                    return false;
                }

                last = at;
            }
        }

        return seen.Count == all.Findings.Count && agreements == all.Agreements && agreeingPairs == all.AgreeingPairs;
    }

    private static readonly Gen<ClaimsDocument> MadeUpRevenue =
        Gen.NonEmptyListOf(from f in Gen.Choose(0, 6) from p in Gen.Choose(0, 3) from part in Gen.Elements(false, false, true) select (f, p, part))
            .Select(l => CrossDocumentTimelineTests.MadeUpRevenue(0, [.. l.Distinct().Take(4)]));

    [Property(MaxTest = 60)]
    public Property TimelineShards_TogetherGiveTheTimelineOfAllTheDocuments() => Prop.ForAll(
        Gen.ListOf(Gen.OneOf(Gen.Choose(0, Library.Length - 1).Select(i => Library[i]), MadeUpRevenue)).Select(l => l.Take(8).ToArray()).ToArbitrary(),
        documents => TimelineShardsAgree(documents));

    [Fact]
    public void TimelineShards_OnEveryDocumentThrice_GiveEveryFinding_WithMergedStatementsOfEachKind()
    {
        ClaimsDocument[] documents = [.. Library, .. Library, .. Library];
        var all = CrossDocumentChecks.Timeline(documents);
        Assert.Contains(all.Findings, f => f.Kind == RelationKind.Consistent && f.First.Sources.Count == 3);
        Assert.Contains(all.Findings, f => f.Kind == RelationKind.Increase && f.Verdict == Verdict.Disagrees);
        Assert.True(all.Agreements > 0);
        Assert.True(TimelineShardsAgree(documents));

        // The law can fail: a shard that lost a document does not give the timeline of all.
        var key = CrossDocumentShards.Of(DocumentFiles.Seed)[0];
        var shard = documents.Where(d => CrossDocumentShards.Of(d).Contains(key)).ToList();
        var full = CrossDocumentShards.Timeline(shard, key);
        var less = CrossDocumentShards.Timeline(shard.Skip(1).ToList(), key);
        Assert.True(less.Findings.Sum(f => f.Pairs) + less.AgreeingPairs < full.Findings.Sum(f => f.Pairs) + full.AgreeingPairs);
    }

    [Fact]
    public void Keys_AreUpperCasedSubjectAndMetric_PartOfAddsTheWhole()
    {
        var keys = CrossDocumentShards.Of(DocumentFiles.Seed);
        var claims = DocumentFiles.Seed.Claims;
        Assert.Equal(keys.Count, keys.Distinct().Count());
        foreach (var claim in claims)
        {
            Assert.Contains(new CrossDocumentShards.Key(claim.Subject.ToUpperInvariant(), claim.Metric.ToUpperInvariant()), keys);
            if (claim.PartOfSubject is { } s && claim.PartOfMetric is { } m)
            {
                Assert.Contains(new CrossDocumentShards.Key(s.ToUpperInvariant(), m.ToUpperInvariant()), keys);
            }
        }

        Assert.Equal(CrossDocumentShards.Key.Of("ByteDance", "capex"), CrossDocumentShards.Key.Of("bytedance", "CAPEX"));
    }
}
