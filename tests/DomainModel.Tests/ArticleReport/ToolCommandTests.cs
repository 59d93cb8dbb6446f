using System;
using System.IO;
using System.Linq;
using System.Reflection;
using DomainModel.ArticleReport;
using DomainModel.ArticleReport.Cli;
using DomainModel.ArticleReport.Rendering;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary>The program as the tool people install (claimcheck): its commands, version and help; the terminal: the
/// tables at 80 columns, signed ranges, the progress bar on standard error.</summary>
public sealed class ToolCommandTests
{
    private static (int Code, string Output, string Error) Run(string[] args, int width = 140, bool progress = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = ReportRunner.Run(args, output, error, ansi: false, width, progress);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_IsTheDefaultCommand()
    {
        var none = Run([]);
        var check = Run(["check"]);
        Assert.Equal(0, check.Code);
        Assert.Equal(none.Output, check.Output);
        Assert.Equal(Run(["--json", "-"]).Output, Run(["check", "--json", "-"]).Output);
    }

    [Fact]
    public void Version_IsTheAssemblysInformationalVersion()
    {
        string expected = typeof(ReportRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var (code, output, error) = Run(["--version"]);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal(expected + Environment.NewLine, output);
        Assert.Matches("^[0-9]+\\.[0-9]+\\.[0-9]+", expected);
    }

    [Fact]
    public void Help_ListsTheCommands_TheOptions_AndExamples()
    {
        var (code, output, _) = Run(["--help"]);
        Assert.Equal(0, code);
        Assert.Contains("Commands:", output, StringComparison.Ordinal);
        Assert.Contains("  check ", output, StringComparison.Ordinal);
        Assert.Contains("  draft ", output, StringComparison.Ordinal);
        Assert.Contains("--html", output, StringComparison.Ordinal);
        Assert.Contains("Examples:", output, StringComparison.Ordinal);
        Assert.All(ToolCommands.Examples, e => Assert.Contains("  " + e.Command + Environment.NewLine, output, StringComparison.Ordinal));
        var check = Run(["check", "--help"]);
        Assert.DoesNotContain("Commands:", check.Output, StringComparison.Ordinal);
        Assert.Contains("Examples:", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Examples_OfCheck_AreValidCommandLines()
    {
        foreach (var (command, _) in ToolCommands.Examples.Where(e => e.Command.StartsWith(ToolCommands.CommandName + " check ", StringComparison.Ordinal)))
        {
            string line = command[(ToolCommands.CommandName + " check ").Length..];
            int redirect = line.IndexOf(" >", StringComparison.Ordinal);
            string[] args = (redirect < 0 ? line : line[..redirect]).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a.Trim('"')).ToArray();
            var parsed = ReportCommandLine.Parse(args);
            Assert.True(parsed.Error is null, $"{command}: {parsed.Error}");
        }
    }

    [Fact]
    public void Draft_WritesADocumentThatLoads_NotesOnStandardError()
    {
        string article = RepositoryPaths.Combine("docs", "articles", "tencent-q3-2025.en.txt");
        var (code, output, error) = Run(["draft", article, "--language", "en", "--as-of", "2025-11-13", "--publisher", "Yicai Global"]);
        Assert.Equal(0, code);
        var document = ClaimsDocument.Parse(output, File.ReadAllText(article));
        Assert.NotEmpty(document.Claims);
        Assert.Equal("Yicai Global", document.Article.Publisher);
        Assert.All(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("note: ", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("draft", "missing.txt", "--language", "en", "--as-of", "2025-12-31")]
    [InlineData("draft", "x.txt", "--as-of", "2025-12-31")]
    [InlineData("draft", "x.txt", "--language", "en", "--as-of", "2025-02-30")]
    public void Draft_BadArguments_Exit2_OneLine_NothingWritten(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("error: draft: ", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_At80Columns_FitTheWidth_TheComputationFoldedUnderEachCheck()
    {
        var (code, output, _) = Run([], width: 80);
        Assert.Equal(0, code);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
        // Ten checks: each has its computation and its tolerance on a line of their own under the verdict.
        Assert.Equal(10, lines.Count(l => l.StartsWith("│   computation ", StringComparison.Ordinal)));
        Assert.Equal(10, lines.Count(l => l.StartsWith("│   tolerance ", StringComparison.Ordinal)));
        Assert.Equal(10, lines.Count(l => l.StartsWith("│ ✗ contradicted ", StringComparison.Ordinal) || l.StartsWith("│ ? undetermined ", StringComparison.Ordinal) || l.StartsWith("│ ✓ agrees ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Tables_Wide_KeepTheColumns()
    {
        var (_, output, _) = Run([], width: 140);
        Assert.Contains("│ Verdict ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("│   computation ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+5.9–+7.4%", "+5.9 to +7.4 %")]
    [InlineData("-3.0–+1.2%", "-3.0 to +1.2 %")]
    [InlineData("+0.6–+2.0", "+0.6 to +2.0")]
    [InlineData("56.1–57.2%", "56.1–57.2%")] // unsigned: the dash reads as a range
    [InlineData("(-100.0%, +68.4%)", "(-100.0%, +68.4%)")]
    [InlineData("+6.0%", "+6.0%")]
    public void SignedRanges_ReadWithTo(string text, string expected) => Assert.Equal(expected, DomainModel.Text.NewsNumberFormatter.SignedRange(text));

    [Fact]
    public void SignedRanges_InTheReport_ReadWithTo()
    {
        var (_, output, _) = Run([], width: 1000);
        Assert.Contains("a change of +5.9 to +7.4 %", output, StringComparison.Ordinal);
        Assert.DoesNotContain("–+", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_OnATerminal_IsDrawnOnStandardError_AndErasedBeforeTheOutput()
    {
        var (code, output, error) = Run(["--json", "-"], progress: true);
        Assert.Equal(0, code);
        Assert.StartsWith("\r[", error, StringComparison.Ordinal);
        Assert.Contains("loading bytedance-ai-2026.it.claims.json", error, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[K", error, StringComparison.Ordinal);
        // rates, one document, checking, JSON, tables: five steps, 0/5 to 4/5.
        Assert.Equal(5, error.Split('\r', StringSplitOptions.RemoveEmptyEntries).Count(f => f.StartsWith('[')));
        Assert.Contains("] 4/5 ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
        using var _ = System.Text.Json.JsonDocument.Parse(output);
    }

    [Fact]
    public void Progress_WhenStandardErrorIsNotATerminal_IsNotDrawn()
    {
        var (code, _, error) = Run(["--json", "-"], progress: false);
        Assert.Equal(0, code);
        Assert.Empty(error);
    }

    [Fact]
    public void Progress_OnAnError_IsErasedBeforeTheErrorLine()
    {
        var (code, _, error) = Run(["missing.claims.json"], progress: true);
        Assert.Equal(2, code);
        int erase = error.LastIndexOf("\r\u001b[K", StringComparison.Ordinal);
        Assert.True(erase >= 0);
        Assert.StartsWith("error: ", error[(erase + 4)..], StringComparison.Ordinal);
    }
}
