using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using DomainModel.ArticleReport;
using DomainModel.ArticleReport.Cli;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary>The report's command line: each option, the exit codes, what goes to standard output and standard error.</summary>
public sealed class CommandLineTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = ReportRunner.Run(args, output, error, ansi: false, width: Wide); // wide: no cell wraps, lines can be matched whole
        return (code, output.ToString(), error.ToString());
    }

    private const int Wide = 1000;

    private static string EcbPath(string file) => Path.Combine(AppContext.BaseDirectory, "Exchange", "Data", file);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    // ---- Defaults -----------------------------------------------------------------------------------------

    [Fact]
    public void NoArguments_TheShippedArticleAndRates_AsOf20251231()
    {
        var (code, output, error) = Run();
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("2025-12-31: the article reports December 2025 figures", output, StringComparison.Ordinal);
        Assert.Contains("European Central Bank, euro foreign exchange reference rates (eurofxref-hist.csv, 581 days, 2024-01-02 to 2026-04-13)", output, StringComparison.Ordinal);
        Assert.Contains("USD/CNY on 2025-12-31: 7.0010, ECB cross via EUR of 2025-12-31, the rate of the as-of date; Derived: cross through EUR", output, StringComparison.Ordinal);
        Assert.Contains("leg EUR/USD 1.1750, ECB reference rate of 2025-12-31", output, StringComparison.Ordinal);
        Assert.Contains("leg EUR/CNY 8.2262, ECB reference rate of 2025-12-31", output, StringComparison.Ordinal);

        // 159.5 bn / 7.00102 = 22.782 bn, 160.5 bn / 7.00102 = 22.925.. bn (rounded up): inside 22.5–23.5 bn.
        string onDate = Lines(output).Single(l => l.Contains("159.5–160.5 bn CNY ÷ USD/CNY 7.0010", StringComparison.Ordinal));
        Assert.Contains("✓ agrees", onDate, StringComparison.Ordinal);
        Assert.Contains("= 22.782–22.926 bn USD", onDate, StringComparison.Ordinal);
        // The 2026 budget stated on 2025-12-31: no average of 2026 was known, and none of another year is used.
        string average = Lines(output).Single(l => l.Contains("no rate: no USD/CNY average over 2026-01-01..2026-12-31", StringComparison.Ordinal));
        Assert.Contains("? undetermined", average, StringComparison.Ordinal);
        Assert.DoesNotContain("7.1874", output, StringComparison.Ordinal); // the 2025 average, once used in its place
    }

    [Fact]
    public void Parse_Defaults()
    {
        var options = ReportOptions.Parse([]);
        Assert.Equal(ReportOptions.DefaultAsOf, options.AsOf);
        Assert.Equal(ReportOptions.ShippedRates, options.EcbFile);
        Assert.Equal(ReportOptions.ShippedArticle, options.Article);
        Assert.True(File.Exists(options.EcbFile));
        Assert.True(File.Exists(options.Article));
    }

    // ---- --help -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_WritesTheUsageToStandardOutput_Exit0(string option)
    {
        var (code, output, error) = Run(option);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("--as-of <yyyy-MM-dd>", output, StringComparison.Ordinal);
        Assert.Contains("--rates <FILE>", output, StringComparison.Ordinal);
        Assert.Contains("<ARTICLE DOCUMENT>", output, StringComparison.Ordinal);
        Assert.Contains("European Central Bank, euro foreign exchange reference rates", string.Join(' ', output.Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.All(Lines(output), l => Assert.True(l.Length <= 110, l)); // wrapped, though not a console
        Assert.DoesNotContain("--ecb", output, StringComparison.Ordinal); // the former name still works, unlisted
        Assert.DoesNotContain("1. Claims", output, StringComparison.Ordinal);
        Assert.True(ReportCommandLine.Parse([option]).IsHelp);
    }

    // ---- --as-of ------------------------------------------------------------------------------------------

    [Fact]
    public void AsOf_ResolvesPeriodsAndTakesTheRateOnThatDate()
    {
        var (code, output, error) = Run("--as-of", "2025-12-05");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("2025-12-05: given with --as-of", output, StringComparison.Ordinal);
        Assert.Contains("USD/CNY on 2025-12-05: 7.0702, ECB cross via EUR of 2025-12-05, the rate of the as-of date;", output, StringComparison.Ordinal); // 8.2333 / 1.1645
        Assert.Contains("leg EUR/USD 1.1645, ECB reference rate of 2025-12-05", output, StringComparison.Ordinal);
        Assert.Contains("leg EUR/CNY 8.2333, ECB reference rate of 2025-12-05", output, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 12, 5), ReportOptions.Parse(["--as-of", "2025-12-05"]).AsOf);
    }

    [Fact]
    public void AsOf_OnAWeekend_SaysWhichDayTheRateIsOf()
    {
        var (code, output, _) = Run("--as-of", "2025-12-27");
        Assert.Equal(0, code);
        // A Saturday after Christmas: the ECB published nothing on 25, 26 and 27 December; 8.2679 / 1.1787 of the 24th.
        Assert.Contains("USD/CNY on 2025-12-27: 7.0144, ECB cross via EUR on 2025-12-24, 3 days before the as-of date, the latest earlier rate (at most 31 days allowed);", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AsOf_WithNoRateWithinTheLookBack_TheRateLineSaysSo()
    {
        var (code, output, error) = Run("--as-of", "2024-01-01");
        Assert.Equal(0, code);
        Assert.Empty(error);
        string line = Lines(output).Single(l => l.Contains("at the USD/CNY on 2024-01-01", StringComparison.Ordinal));
        Assert.Contains("? undetermined", line, StringComparison.Ordinal);
        Assert.Contains("no rate: no USD/CNY rate from ECB on 2024-01-01 or in the 31 days before it (the policy's maximum age)", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("2025-02-30")]
    [InlineData("31/12/2025")]
    [InlineData("2025-12-31T00:00")]
    [InlineData("today")]
    [InlineData("")]
    public void AsOf_NotADate_OneLineOnStandardError_Exit2_NothingWritten(string text)
    {
        var (code, output, error) = Run("--as-of", text);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal($"error: --as-of: '{text}' is not a date in the form yyyy-MM-dd (e.g. 2025-12-31).", Assert.Single(Lines(error)));
    }

    [Fact]
    public void AsOf_WithoutAValue_Exit2()
    {
        var (code, output, error) = Run("--as-of");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--as-of", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public void AsOf_ADateTheArticleCannotBeResolvedAgainst_Exit2()
    {
        var (code, output, error) = Run("--as-of", "9999-12-31");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("error: --as-of 9999-12-31: the article's periods cannot be resolved as of that date: ", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    // ---- --rates ------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("eurofxref-hist.csv")]
    [InlineData("eurofxref-hist.xml")]
    [InlineData("eurofxref-daily.xml")]
    public void Rates_AnotherEcbFile_CsvOrXml(string file)
    {
        var (code, output, error) = Run("--rates", EcbPath(file), "--as-of", "2025-12-05");
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains($"European Central Bank, euro foreign exchange reference rates ({file},", output, StringComparison.Ordinal);
        Assert.Contains("USD/CNY on 2025-12-05: 7.0702, ECB cross via EUR of 2025-12-05, the rate of the as-of date;", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rates_AnAverageOfAYearNotStarted_TheAverageLineSaysWhyThereIsNone()
    {
        var (_, output, _) = Run("--rates", EcbPath("eurofxref-daily.xml"), "--as-of", "2025-12-05");
        Assert.Contains("no rate: no USD/CNY average over 2026-01-01..2026-12-31: the period starts after the statement's date, 2025-12-05", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecb_TheFormerName_StillWorks_ButNotWithRates()
    {
        Assert.Equal(EcbPath("eurofxref-daily.xml"), ReportOptions.Parse(["--ecb", EcbPath("eurofxref-daily.xml")]).EcbFile);
        var (code, output, error) = Run("--ecb", EcbPath("eurofxref-daily.xml"), "--rates", EcbPath("eurofxref-hist.csv"));
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal("error: --ecb is the former name of --rates: give one of them.", Assert.Single(Lines(error)));
    }

    [Fact]
    public void Rates_MissingFile_Exit2_NothingWritten()
    {
        string missing = EcbPath("missing.csv");
        var (code, output, error) = Run("--rates", missing);
        Assert.Equal(2, code);
        Assert.Empty(output);
        string line = Assert.Single(Lines(error));
        Assert.StartsWith($"error: --rates '{missing}' cannot be read: ", line, StringComparison.Ordinal);
        Assert.Contains("missing.csv", line[40..], StringComparison.Ordinal);
    }

    [Fact]
    public void Rates_NotAnEcbFile_Exit2_NamesTheLine()
    {
        var (code, output, error) = Run("--rates", ReportOptions.ShippedArticle);
        Assert.Equal(2, code);
        Assert.Empty(output);
        string line = Assert.Single(Lines(error));
        Assert.StartsWith($"error: --rates '{ReportOptions.ShippedArticle}' cannot be read: ", line, StringComparison.Ordinal);
        Assert.Contains("line 1", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Rates_CsvNotNamedCsv_IsReadByItsContent()
    {
        string copy = Path.Combine(Path.GetTempPath(), $"rates-{Guid.NewGuid():N}.txt");
        File.Copy(EcbPath("eurofxref-hist.csv"), copy);
        try
        {
            var (code, output, error) = Run("--rates", copy);
            Assert.Equal(0, code);
            Assert.Empty(error);
            Assert.Contains($"European Central Bank, euro foreign exchange reference rates ({Path.GetFileName(copy)},", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public void Rates_ADirectory_Exit2()
    {
        var (code, output, error) = Run("--rates", AppContext.BaseDirectory);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("error: --rates ", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--rates")]
    [InlineData("--rates", "")]
    [InlineData("--rates", " ")]
    public void Rates_WithoutAFileName_Exit2(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--rates", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    // ---- ARTICLE ------------------------------------------------------------------------------------------

    [Fact]
    public void Article_AnotherCopy_IsRead()
    {
        string copy = Path.Combine(Path.GetTempPath(), $"article-{Guid.NewGuid():N}.txt");
        File.Copy(ReportOptions.ShippedArticle, copy);
        try
        {
            // An article alone is drafted first, and the report says so (standard error and the "Guesses" line).
            var (code, output, error) = Run(copy);
            Assert.Equal(0, code);
            Assert.StartsWith($"note: no claims document was given for '{copy}': the report checks a draft (13 claims and 8 relations from ", Assert.Single(Lines(error)), StringComparison.Ordinal);
            Assert.Contains("Guesses    13 of 13 claims and 8 of 8 relations carry guessed fields: a draft not yet reviewed (docs/drafting.md)", output, StringComparison.Ordinal);
            Assert.Contains("guessed: subject, metric", output, StringComparison.Ordinal);
            Assert.Contains("increase: [guessed: type, claims] \"rispetto ai 150 miliardi di yuan\"", output, StringComparison.Ordinal);
            Assert.DoesNotContain("NOT FOUND", output, StringComparison.Ordinal);
            Assert.Equal(copy, ReportOptions.Parse([copy]).Article);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public void Article_WithoutFigures_Exit2_NothingToDraft_NothingWritten()
    {
        string other = Path.Combine(Path.GetTempPath(), $"article-{Guid.NewGuid():N}.txt");
        File.WriteAllText(other, "Un altro articolo, senza le cifre del primo, con il suo testo e la sua data.");
        try
        {
            var (code, output, error) = Run(other);
            Assert.Equal(2, code);
            Assert.Empty(output);
            Assert.Equal($"error: ARTICLE '{other}': nothing to draft: the text has no quantity figures (money, counts, tokens, users, shares) to draft claims from.", Assert.Single(Lines(error)));
        }
        finally
        {
            File.Delete(other);
        }
    }

    [Fact]
    public void Article_Missing_Exit2_NothingWritten()
    {
        var (code, output, error) = Run("no-such-article.txt");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("error: ARTICLE 'no-such-article.txt' cannot be read: ", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public void Articles_TwoOfThem_EachWithTheSeedDocument_AreCheckedAcross()
    {
        var (code, output, error) = Run(ReportOptions.ShippedArticle, ReportOptions.ShippedArticle);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("Across documents", output, StringComparison.Ordinal);
        Assert.Contains("Also checked: ByteDance's AI infrastructure spending in 2026", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleAndDocument_AndADocumentAlone_AreCheckedAcross()
    {
        string madeUp = RepositoryPaths.Combine("tests", "DomainModel.Tests", "Documents", "Data", "chips-race.en.claims.json");
        var (code, output, error) = Run(ReportOptions.ShippedArticle, ReportInputs.ShippedDocument, madeUp);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("Figure coverage: 14 of the article's 14 quantity figures are covered by the document (claims, relations, statements not checkable); not covered: every one is in a quote of the document.", output, StringComparison.Ordinal);
        Assert.Contains("Also checked: ByteDance outspends its rivals (made up for tests)", output, StringComparison.Ordinal);
        Assert.Contains("13 contradicted", output, StringComparison.Ordinal);
        Assert.Contains("capex-2026-cny", output[output.IndexOf("Across documents", StringComparison.Ordinal)..], StringComparison.Ordinal);

        var (jsonCode, json, _) = Run(madeUp, ReportInputs.ShippedDocument, "--json", "-");
        Assert.Equal(0, jsonCode);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var across = doc.RootElement.GetProperty("acrossDocuments");
        var findings = across.GetProperty("findings");
        var timeline = DomainModel.Claims.CrossDocumentChecks.Timeline([DomainModel.Claims.ClaimsDocument.Load(madeUp), DomainModel.Claims.ClaimsDocument.Load(ReportInputs.ShippedDocument)]);
        Assert.Equal(timeline.Claims, across.GetProperty("claims").GetInt32());
        Assert.Equal(timeline.Agreements, across.GetProperty("agreements").GetInt32());
        Assert.Equal(timeline.Findings.Count, findings.GetArrayLength());
        Assert.True(findings.GetArrayLength() > 0);
        Assert.Equal("ByteDance outspends its rivals (made up for tests)", findings[0].GetProperty("first").GetProperty("document").GetString());
        Assert.Equal(1, findings[0].GetProperty("pairs").GetInt64());
        Assert.Equal(1, findings[0].GetProperty("first").GetProperty("sources").GetArrayLength());
        Assert.Equal(0, doc.RootElement.GetProperty("otherDocuments")[0].GetProperty("uncovered").GetArrayLength());
    }

    [Fact]
    public void Document_Bad_Exit2_ThePathNamed()
    {
        string bad = Path.Combine(Path.GetTempPath(), $"doc-{Guid.NewGuid():N}.json");
        File.WriteAllText(bad, File.ReadAllText(ReportInputs.ShippedDocument).Replace("\"CNY\"", "\"XYZ\"", StringComparison.Ordinal));
        try
        {
            var (code, output, error) = Run(ReportOptions.ShippedArticle, bad);
            Assert.Equal(2, code);
            Assert.Empty(output);
            Assert.Contains("$.claims[0].measure.currency: unknown currency 'XYZ'", Assert.Single(Lines(error)), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bad);
        }
    }

    // ---- Unknown options ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("--rate", "x")]
    [InlineData("-x")]
    public void UnknownOption_IsNamed_Exit2_NothingWritten(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal($"error: Unknown option '{args[0]}' (--help lists the options).", Assert.Single(Lines(error)));
        var e = Assert.Throws<ArgumentException>(() => ReportOptions.Parse(args));
        Assert.Contains(args[0], e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[diagram]")]
    [InlineData("[article.txt]")]
    public void Directives_AreRefused_NotDropped(string token)
    {
        var (code, output, error) = Run(token, "--as-of", "2025-12-05");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal($"error: '{token}' is read as a directive, and the report has none; to name a file write ./{token}", Assert.Single(Lines(error)));
    }

    [Fact]
    public void ResponseFiles_AreNotExpanded()
    {
        var (code, output, error) = Run("@args.rsp");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("error: ARTICLE '@args.rsp' cannot be read: ", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    // ---- The program itself -------------------------------------------------------------------------------

    [Fact]
    public void Program_RunAsAPersonWould_ExitCodesAndStreams()
    {
        var ok = RunProgram("--as-of", "2025-12-05");
        Assert.Equal(0, ok.Code);
        Assert.Empty(ok.Error);
        Assert.Contains("USD/CNY on 2025-12-05: 7.0702", ok.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', ok.Output); // redirected: no ANSI escapes
        Assert.All(Lines(ok.Output), l => Assert.Equal(l.TrimEnd(), l)); // and no padding at line ends

        var help = RunProgram("--help");
        Assert.Equal(0, help.Code);
        Assert.Contains("Usage:", help.Output, StringComparison.Ordinal);

        var bad = RunProgram("--as-of", "2025-13-01");
        Assert.Equal(2, bad.Code);
        Assert.Empty(bad.Output);
        Assert.Equal("error: --as-of: '2025-13-01' is not a date in the form yyyy-MM-dd (e.g. 2025-12-31).", Assert.Single(Lines(bad.Error)));
    }

    private static (int Code, string Output, string Error) RunProgram(params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "DomainModel.ArticleReport.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
