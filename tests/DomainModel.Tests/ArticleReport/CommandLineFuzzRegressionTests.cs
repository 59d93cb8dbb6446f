using System.IO;
using DomainModel.ArticleReport.Cli;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary>What the fuzz target of the whole command line (tests/DomainModel.Fuzz, target <c>cli</c>) found: each
/// input refused with exit 2 and one line on standard error, never an exception.</summary>
public sealed class CommandLineFuzzRegressionTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = ReportRunner.Run(args, TextReader.Null, output, error, ansi: false, width: 140, progress: false);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("l--versio\u000077,7.927")] // the fuzzer's input: Path.GetFullPath threw ArgumentException "Null character in path"
    [InlineData("check", "a\u0000.json")]
    [InlineData("draft", "article\u0000.txt")]
    [InlineData("batch", "docs\u0000")]
    [InlineData("check", "--as-of", "2025-12-31\u0000")]
    public void AnArgumentWithANulCharacter_IsRefusedInOneLine(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal("error: argument " + (System.Array.FindIndex(args, a => a.Contains('\u0000', System.StringComparison.Ordinal)) + 1) + " is text with a NUL character; no option, date or path has one." + System.Environment.NewLine, error);
    }
}
