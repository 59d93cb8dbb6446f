using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using DomainModel.ArticleReport.Batch;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary><c>claimcheck generate</c>: synthetic documents that load, are marked as made up, have the seed's shape, are
/// the same for the same seed; and a bounded batch run over 200 of them (the small version of
/// tests/DomainModel.Benchmarks/batch-scale.sh).</summary>
public sealed class GenerateCommandTests
{
    private static (int Code, string[] Lines, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = GenerateCommand.Run(args, output, error);
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray(), error.ToString());
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(-7L)]
    [InlineData(20261204L)]
    public void EveryDocument_Loads_IsMarkedMadeUp_AndHasTheSeedsShape(long seed)
    {
        var (code, lines, _) = Run("--count", "40", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--companies", "5");
        Assert.Equal(0, code);
        Assert.Equal(40, lines.Length);
        foreach (string line in lines)
        {
            using var json = JsonDocument.Parse(line);
            string article = json.RootElement.GetProperty("article").GetString()!;
            var document = ClaimsDocument.Parse(json.RootElement.GetProperty("document").GetRawText(), article);
            Assert.StartsWith("MADE UP FOR TESTING", article, StringComparison.Ordinal);
            Assert.True(document.Article.MadeUp);
            Assert.Contains("made up", document.Article.Title, StringComparison.Ordinal);
            Assert.Contains("made up", document.Article.Publisher, StringComparison.Ordinal);
            Assert.Equal(13, document.Claims.Count); // the seed's 13 claims
            Assert.Equal(9, document.Relations.Count);
            Assert.InRange(article.Length, 2000, 3200); // the seed article is 2,552 characters
            Assert.Empty(document.UncoveredFigures());
            Assert.Equal(9, document.Check().Count);
            Assert.Equal(Compact(document.ToJson()), json.RootElement.GetProperty("document").GetRawText()); // as the library writes it
        }
    }

    private static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            document.RootElement.WriteTo(w);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void SameSeed_SameDocuments_OtherSeed_Others_AndARangeInParts_IsTheWhole()
    {
        var a = Run("--count", "30", "--seed", "5").Lines;
        Assert.Equal(a, Run("--count", "30", "--seed", "5").Lines);
        Assert.NotEqual(a, Run("--count", "30", "--seed", "6").Lines);
        string[] inParts = [.. Run("--count", "10", "--seed", "5").Lines, .. Run("--count", "20", "--seed", "5", "--first", "10").Lines];
        Assert.Equal(a, inParts);
        Assert.Equal(30, a.Distinct().Count());
    }

    [Fact]
    public void ADocumentWithContradictions_IsAmongThem_AndTheCompaniesAreShared()
    {
        // Made-up figures mostly grow; about one step in ten falls, and the documents share five companies.
        var documents = Run("--count", "60", "--seed", "3", "--companies", "5").Lines.Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            return ClaimsDocument.Parse(json.RootElement.GetProperty("document").GetRawText(), json.RootElement.GetProperty("article").GetString()!);
        }).ToArray();
        Assert.Contains(documents, d => d.Check().Any(c => c.Verdict == Verdict.Disagrees));
        Assert.Contains(documents, d => d.Check().All(c => c.Verdict != Verdict.Disagrees));
        Assert.InRange(documents.Select(d => d.Claims[0].Subject).Distinct().Count(), 2, 5);
        var timeline = CrossDocumentChecks.Timeline(documents);
        Assert.True(timeline.Agreements > 0);
        Assert.Contains(timeline.Findings, f => f.Verdict == Verdict.Disagrees);
    }

    [Fact]
    public void Folder_IsAnArchiveTheBatchReads_WithTheSameResultsAsTheJsonLines()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"generated-{Guid.NewGuid():N}");
        try
        {
            Assert.Equal(0, Run("--count", "12", "--seed", "9", "--out", folder).Code);
            Assert.Equal(12, Directory.GetFiles(folder, "*.claims.json").Length);
            Assert.Equal(12, Directory.GetFiles(folder, "*.txt").Length);
            foreach (string file in Directory.GetFiles(folder, "*.claims.json"))
            {
                Assert.Equal(ClaimsDocument.Load(file).ToJson() + "\n", File.ReadAllText(file)); // the library's writer, byte for byte
            }

            var fromFolder = Batch(string.Empty, folder);
            var fromLines = Batch(string.Join('\n', Run("--count", "12", "--seed", "9").Lines), "-");
            Assert.Equal(fromLines[^1], fromFolder[^1]); // the same summary
            Assert.Equal(fromLines.Select(Checks), fromFolder.Select(Checks));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        static string Checks(string line)
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.TryGetProperty("checks", out var c) ? c.GetRawText() : json.RootElement.GetRawText();
        }
    }

    [Fact]
    public void TwoHundredDocuments_AreAllChecked_InOneBatch()
    {
        // The bounded version of the scaling run: every document loads and is checked, whatever the workers.
        string input = string.Join('\n', Run("--count", "200", "--seed", "11").Lines);
        var one = Batch(input, "-", "--parallel", "1");
        var two = Batch(input, "-", "--parallel", "2");
        Assert.Equal(one, two);
        Assert.Equal(201, one.Length);
        using var summary = JsonDocument.Parse(one[^1]);
        var s = summary.RootElement.GetProperty("summary");
        Assert.Equal(200, s.GetProperty("documents").GetInt32());
        Assert.Equal(0, s.GetProperty("failed").GetInt32());
        Assert.Equal(200 * 9, s.GetProperty("checks").GetInt32());
    }

    [Theory]
    [InlineData("--count", "x")]
    [InlineData("--count")]
    [InlineData("--companies", "0")]
    [InlineData("--seed", "1.5")]
    [InlineData("--what")]
    public void BadArguments_Exit2_OneLine(params string[] args)
    {
        var (code, lines, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("claimcheck generate: ", error, StringComparison.Ordinal);
    }

    private static string[] Batch(string stdin, params string[] args)
    {
        var output = new StringWriter();
        BatchCommand.Run(args, new StringReader(stdin), output, new StringWriter());
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }
}
