using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using DomainModel.ArticleReport;
using DomainModel.ArticleReport.Cli;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary>The report's outputs besides the tables: <c>--json</c> (golden file, schema), <c>--chart</c> (PNG), and
/// what happens when an output file cannot be written.</summary>
public sealed class ReportOutputTests : IDisposable
{
    private static readonly string GoldenPath = RepositoryPaths.Combine("tests", "DomainModel.Tests", "ArticleReport", "report.golden.json");

    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}");

    public ReportOutputTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = ReportRunner.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Json_ToStandardOutput_IsTheGoldenFile_AndNothingElse()
    {
        var (code, output, error) = Run("--json", "-");
        Assert.Equal(0, code);
        Assert.Empty(error);
        string expected = File.Exists(GoldenPath) ? File.ReadAllText(GoldenPath).ReplaceLineEndings("\n") : string.Empty;
        if (output != expected && Environment.GetEnvironmentVariable("DOMAINMODEL_REGENERATE") == "1")
        {
            File.WriteAllText(GoldenPath, output);
            expected = output;
        }

        Assert.True(output == expected, "The JSON differs from tests/DomainModel.Tests/ArticleReport/report.golden.json; if the change is meant, run the tests with DOMAINMODEL_REGENERATE=1 and review the diff (raise schemaVersion when a member is removed, renamed or changes meaning).");
        using var doc = JsonDocument.Parse(output); // the whole of standard output is one JSON document
        Assert.Equal(2, doc.RootElement.GetProperty("schemaVersion").GetInt32()); // 2: claims in the library's one claim shape
    }

    [Fact]
    public void Json_Content_TypedClaimsChecksCoverageAndSources()
    {
        var (_, output, _) = Run("--json", "-");
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("2025-12-31", root.GetProperty("asOf").GetProperty("date").GetString());
        Assert.Equal("ShortScale", root.GetProperty("scalePolicy").GetProperty("name").GetString());
        var claims = root.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(DomainModel.Claims.ClaimsDocument.Load(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "Documents", "bytedance-ai-2026.it.claims.json")).Claims.Select(c => c.Id), claims.Select(c => c.GetProperty("claim").GetProperty("id").GetString()));
        var yuan = claims.Single(c => c.GetProperty("claim").GetProperty("id").GetString() == "capex-2026-cny");
        Assert.Equal("Money", yuan.GetProperty("quantity").GetString());
        Assert.True(yuan.GetProperty("quoteFound").GetBoolean());
        var interval = yuan.GetProperty("claim").GetProperty("estimate").GetProperty("interval");
        Assert.Equal(159_500_000_000m, interval.GetProperty("lower").GetDecimal()); // 160 bn rounded to the billion
        Assert.Equal("2026-01-01..2026-12-31", yuan.GetProperty("claim").GetProperty("period").GetProperty("span").GetString());
        var checks = root.GetProperty("checks").EnumerateArray().ToList();
        // The 2026 budget has no average: no day of 2026 was known on 2025-12-31 (ClaimsReportTests says why it moved).
        Assert.Equal(["Disagrees", "Disagrees", "Inconclusive", "Inconclusive", "Agrees", "Agrees", "Agrees", "Agrees", "Agrees", "Agrees"], checks.Select(c => c.GetProperty("verdict").GetString()));
        var cross = checks.Single(c => c.GetProperty("rate").ValueKind == JsonValueKind.Object && c.GetProperty("rate").GetProperty("asked").GetString() == "on 2025-12-31").GetProperty("rate");
        Assert.Equal("Derived", cross.GetProperty("kind").GetString());
        Assert.Equal(2, cross.GetProperty("legs").GetArrayLength());
        Assert.Equal(Math.Round(8.2262m / 1.1750m, 19), cross.GetProperty("value").GetDecimal());
        Assert.Equal("onDate", cross.GetProperty("choice").GetString());
        Assert.Equal(0, cross.GetProperty("ageDays").GetInt32());
        Assert.Equal(31, cross.GetProperty("maxAgeDays").GetInt32());
        Assert.Equal("ECB cross via EUR of 2025-12-31, the rate of the as-of date", cross.GetProperty("used").GetString());
        var average = checks.Single(c => c.GetProperty("rate").ValueKind == JsonValueKind.Object && c.GetProperty("rate").GetProperty("choice").GetString() == "none").GetProperty("rate");
        Assert.Equal("2026-01-01", average.GetProperty("period").GetProperty("start").GetString());
        Assert.False(average.GetProperty("found").GetBoolean());
        var coverage = root.GetProperty("coverage");
        Assert.Empty(coverage.GetProperty("uncovered").EnumerateArray()); // "circa la metà" is in the about-half relation's quote
        Assert.Equal("eurofxref-hist.csv", root.GetProperty("rateSources")[0].GetProperty("file").GetString());
    }

    [Fact]
    public void Json_NoRate_TheCheckHasTheMissingLine()
    {
        var (_, output, _) = Run("--json", "-", "--as-of", "2024-01-01");
        using var doc = JsonDocument.Parse(output);
        var rate = doc.RootElement.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("rate")).Single(r => r.ValueKind == JsonValueKind.Object && r.GetProperty("asked").GetString() == "on 2024-01-01");
        Assert.False(rate.GetProperty("found").GetBoolean());
        // 2024-01-01 is a TARGET holiday, the file starts on 2024-01-02: nothing on the day or in the 31 before it.
        Assert.Equal("no USD/CNY rate from ECB on 2024-01-01 or in the 31 days before it (the policy's maximum age)", rate.GetProperty("missing").GetString());
        Assert.Equal(rate.GetProperty("missing").GetString(), rate.GetProperty("reason").GetString());
    }

    [Fact]
    public void Json_EveryClaim_IsTheLibrarysClaimJson_ReadBackByTheClaimsResolver()
    {
        // The report's claims are the library's one claim shape: the claims layer reads each back to the document's claim.
        foreach (var (article, document) in new[]
        {
            (ReportOptions.ShippedArticle, RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "Documents", "bytedance-ai-2026.it.claims.json")),
            (RepositoryPaths.Combine("docs", "articles", "china-token-calls-2025.en.txt"), RepositoryPaths.Combine("docs", "articles", "china-token-calls-2025.en.claims.json")),
        })
        {
            var loaded = DomainModel.Claims.ClaimsDocument.Load(document, File.ReadAllText(article));
            var (code, output, _) = Run(article, document, "--json", "-");
            Assert.Equal(0, code);
            using var doc = JsonDocument.Parse(output);
            Assert.Equal(2, doc.RootElement.GetProperty("schemaVersion").GetInt32());
            var options = new JsonSerializerOptions { TypeInfoResolver = DomainModel.Claims.ClaimsJsonResolver.Default };
            foreach (var entry in doc.RootElement.GetProperty("claims").EnumerateArray())
            {
                string raw = entry.GetProperty("claim").GetRawText();
                var expected = loaded.Claim(entry.GetProperty("claim").GetProperty("id").GetString()!).Claim;
                var type = typeof(DomainModel.Claims.Claim<>).MakeGenericType(expected.QuantityType);
                var back = Assert.IsAssignableFrom<DomainModel.Claims.Claim>(JsonSerializer.Deserialize(raw, type, options));
                Assert.Equal(expected.Id, back.Id);
                Assert.Equal(expected.Quote, back.Quote);
                Assert.Equal(expected.Interval, back.Interval);
                Assert.Equal(expected.Period.Span, back.Period.Span);
                Assert.Equal(expected.Source.ToString(), back.Source.ToString());
                Assert.Equal(expected.QuantityType.Name, entry.GetProperty("quantity").GetString());
            }
        }
    }

    [Fact]
    public void SchemaFileAndDoc_DescribeTheVersionWritten()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("docs", "schema", "report.v2.schema.json")));
        Assert.Equal(DomainModel.ArticleReport.Rendering.JsonReport.SchemaId, schema.RootElement.GetProperty("$id").GetString());
        var required = schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToList();
        using var golden = JsonDocument.Parse(File.ReadAllText(GoldenPath));
        Assert.Equal(required.OrderBy(x => x, StringComparer.Ordinal), golden.RootElement.EnumerateObject().Select(p => p.Name).OrderBy(x => x, StringComparer.Ordinal));
        string doc = File.ReadAllText(RepositoryPaths.Combine("docs", "report-json.md"));
        Assert.All(required, name => Assert.Contains("`" + name + "`", doc, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_ToAFile_AndTheTablesToStandardOutput()
    {
        string file = Path.Combine(_dir, "report.json");
        var (code, output, error) = Run("--json", file);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("Checks of the words against the numbers", output, StringComparison.Ordinal);
        Assert.Equal(Run("--json", "-").Output, File.ReadAllText(file));
    }

    [Fact]
    public void Chart_IsAPngOfASaneSize()
    {
        string file = Path.Combine(_dir, "chart.png");
        var (code, _, error) = Run("--chart", file);
        Assert.Equal(0, code);
        Assert.Empty(error);
        byte[] png = File.ReadAllBytes(file);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.InRange(png.Length, 20_000, 2_000_000); // a 1400 × 600 chart with text, not an empty image
        int width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]; // IHDR
        int height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        Assert.Equal((1400, 600), (width, height));
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("--chart")]
    public void UnwritablePath_OneLineOnStandardError_Exit2_NothingWritten(string option)
    {
        string bad = Path.Combine(_dir, "no-such-dir", "out.png");
        string other = Path.Combine(_dir, "other.json");
        string[] args = option == "--json" ? ["--json", bad, "--chart", Path.Combine(_dir, "c.png")] : ["--chart", bad, "--json", other];
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {option} '{bad}' cannot be written: ", line, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir)); // neither file
    }

    [Theory]
    [InlineData("--chart", "-")]
    [InlineData("--chart", "chart.jpg")]
    [InlineData("--chart", "")]
    [InlineData("--json", "")]
    [InlineData("--json")]
    public void BadOutputArguments_Exit2(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(args[0], Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsEveryOption()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        foreach (string option in (string[])["<ARTICLE DOCUMENT>", "--as-of <yyyy-MM-dd>", "--rates <FILE>", "--json <FILE|->", "--chart <FILE.png>", "-?, -h, --help"])
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }
}
