using System;
using System.IO;
using System.Linq;
using DomainModel.ArticleReport;
using DomainModel.ArticleReport.Cli;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary>The report program's <c>draft</c> command: the document it writes loads, and bad input is exit code 2 with one line on standard error and nothing written.</summary>
public sealed class DraftCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "draft-cmd-" + Guid.NewGuid().ToString("N"));

    public DraftCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = ReportRunner.Run(args, output, error, ansi: false, width: 1000);
        return (code, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    private string Article(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Draft_ToAFile_LoadsBesideTheArticle_AndTheReportReadsIt()
    {
        string article = Article("seed.it.txt", File.ReadAllText(ReportOptions.ShippedArticle));
        string document = Path.Combine(_dir, "out", "seed.claims.json");
        Directory.CreateDirectory(Path.GetDirectoryName(document)!);
        var (code, output, error) = Run("draft", article, "--as-of", "2025-12-31", "--publisher", "Financial Times", "-o", document);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.StartsWith($"drafted {document}: 13 claims and 8 relations from seed.it.txt, 13 claims and 8 relations with guessed fields to review", Lines(output)[0], StringComparison.Ordinal);
        var loaded = ClaimsDocument.Load(document);
        Assert.Equal("../seed.it.txt", loaded.Article.TextPath);
        Assert.Equal("Financial Times", loaded.Article.Publisher);
        Assert.Equal(13, loaded.Claims.Count);

        var (reportCode, report, reportError) = Run(document);
        Assert.Equal(0, reportCode);
        Assert.Empty(reportError);
        Assert.Contains("Guesses    13 of 13 claims and 8 of 8 relations carry guessed fields", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_ToStandardOutput_TheJsonOnly_NoteOnStandardError()
    {
        string article = Article("tencent.en.txt", File.ReadAllText(RepositoryPaths.Combine("docs", "articles", "tencent-q3-2025.en.txt")));
        var (code, output, error) = Run("draft", article, "--as-of", "2025-11-14");
        Assert.Equal(0, code);
        var document = ClaimsDocument.Parse(output, File.ReadAllText(article));
        Assert.Equal("unknown publisher", document.Article.Publisher);
        Assert.Equal(7, document.Claims.Count);
        Assert.StartsWith("note: drafted 7 claims and 2 relations from tencent.en.txt", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_LanguageFromTheWords_WhenTheNameHasNone()
    {
        string article = Article("article.txt", "MADE UP. The company reported revenue of $5 billion in the third quarter of 2025, and the margin was 40% for the year.");
        var (code, output, _) = Run("draft", article, "--as-of", "2025-12-31");
        Assert.Equal(0, code);
        Assert.Equal(DomainModel.Text.NewsLanguage.English, ClaimsDocument.Parse(output, File.ReadAllText(article)).Article.Language);
    }

    [Theory]
    [InlineData("--language", "de", "error: draft: --language: 'de' is not a language the drafter reads; give it or en.")]
    [InlineData("--as-of", "31/12/2025", "error: draft: --as-of: '31/12/2025' is not a date in the form yyyy-MM-dd (e.g. 2025-12-31).")]
    [InlineData("--publisher", " ", "error: draft: --publisher: the name is empty or has spaces around it.")]
    public void Draft_BadOption_Exit2_OneLine_NothingWritten(string option, string value, string expected)
    {
        string article = Article("a.it.txt", File.ReadAllText(ReportOptions.ShippedArticle));
        string document = Path.Combine(_dir, "a.claims.json");
        var (code, output, error) = Run("draft", article, option, value, "-o", document);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal(expected, Assert.Single(Lines(error)));
        Assert.False(File.Exists(document));
    }

    [Fact]
    public void Draft_MissingArticle_Exit2()
    {
        var (code, output, error) = Run("draft", Path.Combine(_dir, "none.it.txt"));
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("error: draft: ARTICLE '", Assert.Single(Lines(error)), StringComparison.Ordinal);
        Assert.Contains("cannot be read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_German_Exit2_ClearError()
    {
        string article = Article("infineon.de.txt", File.ReadAllText(RepositoryPaths.Combine("docs", "articles", "infineon-q1-2025-26.de.txt")));
        var (code, output, error) = Run("draft", article);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal($"error: draft: ARTICLE '{article}': German (.de.) is not a language the drafter reads (it, en).", Assert.Single(Lines(error)));
    }

    [Fact]
    public void Draft_Binary_Exit2_NothingWritten()
    {
        string article = Path.Combine(_dir, "blob.en.txt");
        File.WriteAllBytes(article, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x31, 0x32]);
        string document = Path.Combine(_dir, "blob.claims.json");
        var (code, output, error) = Run("draft", article, "-o", document);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal($"error: draft: ARTICLE '{article}': nothing to draft: the text contains NUL characters: it looks like a binary file, not an article.", Assert.Single(Lines(error)));
        Assert.False(File.Exists(document));
    }

    [Fact]
    public void Draft_UnwritableOutput_Exit2()
    {
        string article = Article("b.it.txt", File.ReadAllText(ReportOptions.ShippedArticle));
        var (code, output, error) = Run("draft", article, "-o", Path.Combine(_dir, "no-such-dir", "b.claims.json"));
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("error: draft: -o '", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_Help_Exit0()
    {
        var (code, output, error) = Run("draft", "--help");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("--language", output, StringComparison.Ordinal);
        Assert.Contains("-o, --out, --output", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_NoArticle_Exit2()
    {
        var (code, output, error) = Run("draft");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Single(Lines(error));
    }
}
