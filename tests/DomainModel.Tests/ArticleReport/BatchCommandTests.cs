using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using DomainModel.ArticleReport.Batch;
using DomainModel.Tests.Documents;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary><c>claimcheck batch</c>: one JSON line per document in the input's order whatever the parallelism, a
/// summary line, documents from files, folders and JSON Lines on standard input.</summary>
public sealed class BatchCommandTests
{
    private static readonly string[] Paths = BatchRun.ShippedDocuments;

    private static (int Code, string[] Lines) Run(string stdin, params string[] args) => BatchRun.Run(stdin, args);

    [Fact]
    public void SameLines_InTheSameOrder_WhateverTheParallelism()
    {
        // 3 rounds of every document, a missing file in the middle: 31+ items over several windows.
        string list = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(list, [.. Paths, "no/such/file.claims.json", .. Paths, .. Paths]);
            var one = Run("", "--list", list, "--parallel", "1");
            var four = Run("", "--list", list, "--parallel", "4");
            var many = Run("", "--list", list, "--parallel", "16");
            Assert.Equal(one.Lines, four.Lines);
            Assert.Equal(one.Lines, many.Lines);
            Assert.Equal((Paths.Length * 3) + 2, one.Lines.Length); // one line each and the summary
            Assert.Equal(1, one.Code); // one document did not load
            for (int i = 0; i < Paths.Length; i++)
            {
                using var line = JsonDocument.Parse(one.Lines[i]);
                Assert.Equal(Paths[i], line.RootElement.GetProperty("document").GetString());
            }

            using var missing = JsonDocument.Parse(one.Lines[Paths.Length]);
            Assert.False(missing.RootElement.GetProperty("ok").GetBoolean());
            using var summary = JsonDocument.Parse(one.Lines[^1]);
            var s = summary.RootElement.GetProperty("summary");
            Assert.Equal((Paths.Length * 3) + 1, s.GetProperty("documents").GetInt32());
            Assert.Equal(1 + (3 * Paths.Count(p => !ClaimsDocumentLoads(p))), s.GetProperty("failed").GetInt32());
        }
        finally
        {
            File.Delete(list);
        }
    }

    private static bool ClaimsDocumentLoads(string path) => DomainModel.Claims.ClaimsDocument.TryLoad(path, out _, out _);

    [Fact]
    public void SeedLine_HasTheDocumentsChecks_AndTheSummaryAddsThemUp()
    {
        var (code, lines) = Run("", DocumentFiles.SeedPath);
        Assert.Equal(0, code);
        using var line = JsonDocument.Parse(lines[0]);
        var checks = DocumentFiles.Seed.Check();
        var written = line.RootElement.GetProperty("checks").EnumerateArray().ToArray();
        Assert.Equal(checks.Count, written.Length);
        Assert.Equal(checks.Select(c => c.Verdict.ToString()), written.Select(c => c.GetProperty("verdict").GetString()));
        using var summary = JsonDocument.Parse(lines[1]);
        Assert.Equal(checks.Count, summary.RootElement.GetProperty("summary").GetProperty("checks").GetInt32());
        Assert.Equal(checks.Count(c => c.Verdict == DomainModel.Claims.Verdict.Agrees), summary.RootElement.GetProperty("summary").GetProperty("agrees").GetInt32());
    }

    [Fact]
    public void JsonLines_OnStandardInput_AreDocumentsWithTheirArticles()
    {
        string json = JsonSerializer.Serialize(new { document = JsonDocument.Parse(DocumentFiles.Seed.ToJson()).RootElement, article = DocumentFiles.SeedText });
        var (code, lines) = Run(json + "\n" + "not json\n", "-");
        Assert.Equal(1, code);
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("stdin:1", first.RootElement.GetProperty("document").GetString());
        Assert.True(first.RootElement.GetProperty("ok").GetBoolean());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.False(second.RootElement.GetProperty("ok").GetBoolean());
    }

    [Theory]
    [InlineData("0", "'0'")]
    [InlineData("-1", "'-1'")]
    [InlineData("257", "'257'")]
    [InlineData("2147483647", "'2147483647'")]
    [InlineData("99999999999", "'99999999999'")]
    [InlineData("four", "'four'")]
    [InlineData("", "''")]
    [InlineData(null, "nothing")]
    public void Parallel_OutsideOneTo256_IsOneLineOnStandardError_AndExit2(string? n, string shown)
    {
        string[] args = n is null ? [DocumentFiles.SeedPath, "--parallel"] : [DocumentFiles.SeedPath, "--parallel", n];
        var output = new StringWriter();
        var error = new StringWriter();
        int code = BatchCommand.Run(args, new StringReader(""), output, error);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output.ToString());
        string[] lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"claimcheck batch: --parallel needs a whole number of workers from 1 to 256, not {shown} (see claimcheck batch --help).", Assert.Single(lines).TrimEnd('\r'));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("256")]
    public void Parallel_AtItsBounds_IsAccepted(string n)
    {
        var (code, lines) = Run("", DocumentFiles.SeedPath, "--parallel", n);
        Assert.Equal(0, code);
        Assert.Equal(2, lines.Length); // the document's line and the summary
    }

    [Fact]
    public void Help_StatesTheBoundOfParallel()
    {
        var (code, lines) = Run("", "--help");
        Assert.Equal(0, code);
        Assert.Contains(lines, l => l.Contains("--parallel N", StringComparison.Ordinal) && l.Contains($"1 to {BatchCommand.MaxParallel}", StringComparison.Ordinal));
        Assert.Equal(256, BatchCommand.MaxParallel);
    }

    [Fact]
    public void NoDocuments_OrAnUnknownOption_IsAUsageError()
    {
        Assert.Equal(2, Run("").Code);
        Assert.Equal(2, Run("", "--nope").Code);
    }
}
