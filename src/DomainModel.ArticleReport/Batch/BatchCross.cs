using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using DomainModel.Claims;

namespace DomainModel.ArticleReport.Batch;

/// <summary>
/// The cross-document lines of <c>claimcheck batch --cross</c> and <c>--shard</c>: one line per finding,
/// <c>{"cross": {"relation", "stated", "verdict", "first": {"document", "claim"}, "second": {…}}}</c>, the documents
/// named as in their own lines; or one <c>{"crossError": "…"}</c> line when the check refuses the documents.
/// </summary>
internal static class BatchCross
{
    /// <summary>Checks the documents across each other (all of them, or the findings of one shard) and writes the lines.</summary>
    public static void Write(IReadOnlyList<(string Name, ClaimsDocument Document)> loaded, CrossDocumentShards.Key? shard, TextWriter output, BatchCommand.Totals summary)
    {
        var documents = new List<ClaimsDocument>(loaded.Count);
        var names = new Dictionary<ClaimsDocument, string>(ReferenceEqualityComparer.Instance);
        foreach (var (name, document) in loaded)
        {
            documents.Add(document);
            names[document] = name;
        }

        IReadOnlyList<CrossDocumentCheck> checks;
        try
        {
            checks = shard is { } key ? CrossDocumentShards.Check(documents, key) : CrossDocumentChecks.Check(documents);
        }
        catch (ArgumentException e)
        {
            summary.CrossFailure ??= e.Message;
            output.WriteLine(Line(w => w.WriteString("crossError", e.Message)));
            return;
        }

        int agrees = 0, disagrees = 0, inconclusive = 0;
        foreach (var check in checks)
        {
            output.WriteLine(Line(w =>
            {
                w.WriteStartObject("cross");
                w.WriteString("relation", check.Check.Relation);
                w.WriteBoolean("stated", check.Relation is not null);
                w.WriteString("verdict", check.Verdict.ToString());
                w.WriteStartObject("first");
                w.WriteString("document", names[check.FirstDocument]);
                w.WriteString("claim", check.FirstClaim.Id);
                w.WriteEndObject();
                w.WriteStartObject("second");
                w.WriteString("document", names[check.SecondDocument]);
                w.WriteString("claim", check.SecondClaim.Id);
                w.WriteEndObject();
                w.WriteEndObject();
            }));
            switch (check.Verdict)
            {
                case Verdict.Agrees: agrees++; break;
                case Verdict.Disagrees: disagrees++; break;
                default: inconclusive++; break;
            }
        }

        var (c, a, d, n) = summary.Cross ?? (0, 0, 0, 0);
        summary.Cross = (c + checks.Count, a + agrees, d + disagrees, n + inconclusive);
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
