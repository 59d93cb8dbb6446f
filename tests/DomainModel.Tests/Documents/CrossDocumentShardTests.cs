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
/// the documents checked together (random small sets of the real documents, repeated and reordered).
/// </summary>
public sealed class CrossDocumentShardTests
{
    private static readonly ClaimsDocument[] Library = LoadAll();

    private static ClaimsDocument[] LoadAll()
    {
        var articles = Directory.GetFiles(RepositoryPaths.Combine("docs", "articles"), "*.claims.json").OrderBy(p => p, StringComparer.Ordinal);
        var loadable = articles.Select(p => ClaimsDocument.TryLoad(p, out var d, out _) ? d : null).OfType<ClaimsDocument>();
        return [DocumentFiles.Seed, DocumentFiles.MadeUp, ClaimsDocument.Load(RepositoryPaths.Combine("docs", "documents", "acme.en.claims.json")), .. loadable];
    }

    // A finding by the objects it names, so that copies of one document are told apart by position, not by title.
    private static (object, object, object, object, RelationKind, Verdict) Identity(CrossDocumentCheck c) =>
        (c.FirstDocument, c.FirstClaim, c.SecondDocument, c.SecondClaim, c.Kind, c.Verdict);

    /// <summary>The findings of every shard over the documents that belong to it, the way an engine groups them.</summary>
    private static List<CrossDocumentCheck> Sharded(IReadOnlyList<ClaimsDocument> documents)
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

        return [.. groups.SelectMany(g => CrossDocumentShards.Check(g.Value, g.Key))];
    }

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
