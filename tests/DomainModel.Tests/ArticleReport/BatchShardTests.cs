using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DomainModel.ArticleReport.Batch;
using DomainModel.Tests.Documents;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary><c>claimcheck batch --index</c>, <c>--cross</c>, <c>--shard</c> and <c>--shards</c>: each document's shards, the
/// cross-document timeline of all the documents, and that of one shard; the shards' findings grouped as an engine
/// groups them are the findings of all the documents, and their agreements summed its agreements.</summary>
public sealed class BatchShardTests
{
    private static readonly string[] Paths = BatchRun.ShippedDocuments;

    private static (int Code, string[] Lines) Run(string stdin, params string[] args) => BatchRun.Run(stdin, args);

    private static string[] CrossLines(IEnumerable<string> lines) => [.. lines.Where(l => l.StartsWith("{\"cross\":", StringComparison.Ordinal))];

    // A document as a line of standard input, named, with its article's text (found by its "text", relative to it).
    private static string Line(string name, string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        string text = document.RootElement.GetProperty("article").GetProperty("text").GetString()!;
        string article = File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, text));
        return JsonSerializer.Serialize(new { name, document = document.RootElement, article });
    }

    [Fact]
    public void ShardsOfEveryDocument_CheckedApart_GiveTheCrossFindingsOfAll()
    {
        // Every document twice, under two names: copies of one statement are findings between the two.
        var lines = new Dictionary<string, string>();
        foreach (string copy in new[] { "a", "b" })
        {
            foreach (string path in Paths)
            {
                lines[copy + ":" + path] = Line(copy + ":" + path, path);
            }
        }

        string input = string.Join("\n", lines.Values) + "\n";
        var all = Run(input, "-", "--cross");
        var cross = CrossLines(all.Lines);
        Assert.NotEmpty(cross);
        Assert.Equal(all.Lines.Length - lines.Count - 1, cross.Length); // document lines, cross lines, the summary

        var index = Run(input, "-", "--index");
        var groups = new Dictionary<(string, string), List<string>>();
        foreach (string line in index.Lines[..^1])
        {
            using var json = JsonDocument.Parse(line);
            if (!json.RootElement.GetProperty("ok").GetBoolean())
            {
                continue;
            }

            foreach (var shard in json.RootElement.GetProperty("shards").EnumerateArray())
            {
                var key = (shard[0].GetString()!, shard[1].GetString()!);
                Assert.Equal(key.Item1.ToUpperInvariant(), key.Item1);
                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = [];
                }

                group.Add(lines[json.RootElement.GetProperty("document").GetString()!]);
            }
        }

        var sharded = new List<string>();
        var counts = new long[5];
        foreach (var ((subject, metric), group) in groups)
        {
            var shard = Run(string.Join("\n", group) + "\n", "-", "--shard", subject, metric);
            Assert.Equal(0, shard.Code);
            Assert.StartsWith("{\"summary\":", shard.Lines[^1], StringComparison.Ordinal);
            Assert.Equal(shard.Lines.Length - 1, CrossLines(shard.Lines).Length); // no document lines
            sharded.AddRange(CrossLines(shard.Lines));
            var c = CrossCounts(shard.Lines[^1]);
            for (int k = 0; k < counts.Length; k++)
            {
                counts[k] += c[k];
            }
        }

        Assert.Equal(cross.Order(StringComparer.Ordinal), sharded.Order(StringComparer.Ordinal));
        Assert.Equal(CrossCounts(all.Lines[^1]), counts); // the agreements too, counted per shard

        // --shards: every shard at once, each line naming its shard (what a shuffled partition holds).
        var named = groups.SelectMany(g => g.Value.Select(line => "{\"shard\":" + JsonSerializer.Serialize(new[] { g.Key.Item1, g.Key.Item2 }) + "," + line[1..]));
        var together = Run(string.Join("\n", named) + "\n", "-", "--shards");
        Assert.Equal(0, together.Code);
        Assert.Equal(cross.Order(StringComparer.Ordinal), CrossLines(together.Lines).Order(StringComparer.Ordinal));
        Assert.Equal(together.Lines.Length - 1, CrossLines(together.Lines).Length);
        Assert.Equal(1, Run(Line("x", DocumentFiles.SeedPath) + "\n", "-", "--shards").Code); // a line without its shard does not load

        Assert.Equal(CrossCounts(all.Lines[^1]), CrossCounts(together.Lines[^1]));

        // The timeline's lines: each copy's statement one finding with both sources; agreements counted, not listed.
        var total = CrossCounts(all.Lines[^1]);
        Assert.Equal(cross.Length + total[1], total[0]);
        Assert.True(total[1] > 0);
        Assert.Equal(cross.Length, total[2] + total[3]);
        long listedPairs = 0;
        foreach (string line in cross)
        {
            using var json = JsonDocument.Parse(line);
            var finding = json.RootElement.GetProperty("cross");
            Assert.NotEqual("Agrees", finding.GetProperty("verdict").GetString());
            Assert.Equal(0, finding.GetProperty("first").GetArrayLength() % 2); // every document twice: every statement from both copies
            listedPairs += finding.GetProperty("pairs").GetInt64();
        }

        Assert.True(total[4] > listedPairs); // the agreements' pairs besides
    }

    /// <summary>The summary's cross-document counts: checks, agrees, disagrees, inconclusive, pairs.</summary>
    private static long[] CrossCounts(string summary)
    {
        using var json = JsonDocument.Parse(summary);
        var c = json.RootElement.GetProperty("summary").GetProperty("cross");
        return [c.GetProperty("checks").GetInt64(), c.GetProperty("agrees").GetInt64(), c.GetProperty("disagrees").GetInt64(), c.GetProperty("inconclusive").GetInt64(), c.GetProperty("pairs").GetInt64()];
    }

    [Fact]
    public void Shards_RefuseADocumentThatStatesARelationAcrossDocuments_CrossChecksIt()
    {
        static string Line(string name, DomainModel.Claims.ClaimsDocument d) =>
            JsonSerializer.Serialize(new { name, shard = new[] { "ACME", "AI SPENDING" }, document = JsonDocument.Parse(d.ToJson()).RootElement, article = d.Article.Text });
        string input = Line("plan", StatementsAcrossDocumentsTests.LoadPlan()) + "\n" + Line("forecast", StatementsAcrossDocumentsTests.LoadForecast("20", "atMost")) + "\n";
        var cross = Run(input, "-", "--cross");
        Assert.Equal(0, cross.Code);
        using (var json = JsonDocument.Parse(Assert.Single(CrossLines(cross.Lines))))
        {
            Assert.True(json.RootElement.GetProperty("cross").GetProperty("stated").GetBoolean());
        }

        foreach (var shards in new[] { Run(input, "-", "--shards"), Run(input, "-", "--shard", "Acme", "AI spending") })
        {
            Assert.Equal(1, shards.Code);
            Assert.Empty(CrossLines(shards.Lines));
            string error = Assert.Single(shards.Lines, l => l.StartsWith("{\"crossError\":", StringComparison.Ordinal));
            using var json = JsonDocument.Parse(error);
            Assert.Contains("'forecast'", json.RootElement.GetProperty("crossError").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void JsonLines_NameTheirDocuments_InEveryLine()
    {
        string Line(string name) => JsonSerializer.Serialize(new { name, document = JsonDocument.Parse(DocumentFiles.Seed.ToJson()).RootElement, article = DocumentFiles.SeedText });
        var (code, lines) = Run(Line("first") + "\n" + Line("second") + "\n", "-", "--cross");
        Assert.Equal(0, code);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("first", first.RootElement.GetProperty("document").GetString());
        var cross = CrossLines(lines);
        Assert.NotEmpty(cross);
        foreach (string line in cross)
        {
            using var json = JsonDocument.Parse(line);
            var finding = json.RootElement.GetProperty("cross");
            string[] named = [.. finding.GetProperty("first").EnumerateArray().Concat(finding.GetProperty("second").EnumerateArray()).Select(s => s.GetProperty("document").GetString()!).Distinct()];
            Assert.Equal(["first", "second"], named.Order(StringComparer.Ordinal)); // both copies, each by its name
        }
    }

    [Fact]
    public void CrossWithShard_OrAShardWithoutItsMetric_IsAUsageError()
    {
        Assert.Equal(2, Run("", DocumentFiles.SeedPath, "--cross", "--shard", "ByteDance", "capex").Code);
        Assert.Equal(2, Run("", DocumentFiles.SeedPath, "--shard", "ByteDance").Code);
    }
}
