using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using DomainModel.Claims;

namespace DomainModel.ArticleReport.Batch;

/// <summary>
/// The cross-document lines of <c>claimcheck batch --cross</c>, <c>--shard</c> and <c>--shards</c>: the
/// <see cref="CrossDocumentChecks.Timeline(IReadOnlyList{ClaimsDocument})"/> of the documents (identical statements
/// merged with their sources), one line per finding that is not an agreement, stated relations first, then by
/// statement: <c>{"cross": {"relation", "stated", "verdict", "pairs", "first": [{"document", "claim"}, …], "second":
/// […]}}</c>, each statement with all its sources, the documents named as in their own lines. Agreements are counted
/// in the summary (<c>"cross": {"checks", "agrees", "disagrees", "inconclusive", "pairs"}</c>, the pairs of claims
/// from different documents the findings stand for). One <c>{"crossError": "…"}</c> line when the check refuses the
/// documents.
/// </summary>
internal static class BatchCross
{
    /// <summary>Checks the documents across each other (all of them, or the findings of one shard) and writes the lines.</summary>
    public static void Write(IReadOnlyList<(string Name, ClaimsDocument Document)> loaded, CrossDocumentShards.Key? shard, TextWriter output, BatchCommand.Totals summary)
    {
        var documents = new List<ClaimsDocument>(loaded.Count);
        var names = new string[loaded.Count];
        foreach (var (name, document) in loaded)
        {
            if (shard is { } key && document.CrossDocumentRelations.Count > 0)
            {
                // A claim such a relation names is kept apart from identical statements when the other document is
                // among all those checked, which one shard does not know: these documents are checked together.
                Refuse(FormattableString.Invariant($"The shard ({key.Subject}, {key.Metric}) holds '{name}', which states relations across documents; a shard cannot check them: check these documents together (claimcheck batch --cross)."), output, summary);
                return;
            }

            names[documents.Count] = name;
            documents.Add(document);
        }

        CrossDocumentTimeline timeline;
        try
        {
            timeline = shard is { } key ? CrossDocumentShards.Timeline(documents, key) : CrossDocumentChecks.Timeline(documents);
        }
        catch (ArgumentException e)
        {
            Refuse(e.Message, output, summary);
            return;
        }

        int disagrees = 0, inconclusive = 0;
        long pairs = timeline.AgreeingPairs;
        foreach (var finding in timeline.Findings)
        {
            output.WriteLine(Line(w =>
            {
                w.WriteStartObject("cross");
                w.WriteString("relation", finding.Check.Relation);
                w.WriteBoolean("stated", finding.Relation is not null);
                w.WriteString("verdict", finding.Verdict.ToString());
                w.WriteNumber("pairs", finding.Pairs);
                Sources(w, "first", finding.First, names);
                Sources(w, "second", finding.Second, names);
                w.WriteEndObject();
            }));
            pairs += finding.Pairs;
            if (finding.Verdict == Verdict.Disagrees)
            {
                disagrees++;
            }
            else
            {
                inconclusive++;
            }
        }

        var (c, a, d, n, p) = summary.Cross ?? (0, 0, 0, 0, 0L);
        summary.Cross = (c + timeline.Findings.Count + timeline.Agreements, a + timeline.Agreements, d + disagrees, n + inconclusive, p + pairs);
    }

    private static void Sources(Utf8JsonWriter w, string property, CrossDocumentStatement statement, string[] names)
    {
        w.WriteStartArray(property);
        foreach (var source in statement.Sources)
        {
            w.WriteStartObject();
            w.WriteString("document", names[source.DocumentIndex]);
            w.WriteString("claim", source.Claim.Id);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Refuse(string why, TextWriter output, BatchCommand.Totals summary)
    {
        summary.CrossFailure ??= why;
        output.WriteLine(Line(w => w.WriteString("crossError", why)));
    }

    private static string Line(Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            write(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
