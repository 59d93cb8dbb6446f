using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using DomainModel.ArticleReport;
using DomainModel.ArticleReport.Rendering;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary>The HTML page (<c>--html</c>) and the ClaimReview JSON-LD (<c>--claimreview</c>), as text; the same page
/// in a real browser is tested by tests/DomainModel.Browser.Tests.</summary>
public sealed class HtmlReportTests
{
    private static readonly ReviewOptions Review = new("DomainModel fact check (made up)", new DateOnly(2026, 1, 15));

    /// <summary>Every real article of docs/articles whose claims document loads.</summary>
    public static TheoryData<string> LoadingArticles => new()
    {
        "china-token-calls-2025.en.claims.json",
        "tencent-q3-2025.en.claims.json",
        "nvidia-q1-fy2026.en.claims.json",
        "alibaba-q2-fy2026-infogioco.it.claims.json",
    };

    private static ClaimsReport Seed() => Load(
        RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "Documents", "bytedance-ai-2026.it.claims.json"),
        RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "article.it.txt"));

    private static ClaimsReport Load(string document, string? article = null) =>
        new(article is null ? ClaimsDocument.Load(document) : ClaimsDocument.Load(document, File.ReadAllText(article)), new ReportOptions(ReportOptions.DefaultAsOf, null), RateFile.Load(ReportOptions.ShippedRates));

    private static Dictionary<string, string> Figures(string html) =>
        Regex.Matches(html, "<a class=\"fig v-[a-z-]+\" id=\"fig-([^\"]+)\" href=\"#[^\"]+\" data-claim=\"[^\"]+\" data-verdict=\"([a-z-]+)\">")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [Fact]
    public void Seed_EveryClaimIsOneHighlightedFigure_MarkedWithItsWorstVerdict()
    {
        string html = HtmlReport.ToHtml(Seed(), Review);
        var figures = Figures(html);
        // Worked out from the checks: "circa la metà" (85 of 150) and "avvicinandosi" contradict their figures; the 2026
        // conversion agrees at the rate of 2025-12-31 and has no average (no day of 2026 was known on 2025-12-31, so it
        // is undetermined there; once it was contradicted at the 2025 average, another year's); "superato i 30 trilioni"
        // leaves the increase open; the price per H200 is in no relation.
        var expected = new Dictionary<string, string>
        {
            ["capex-2026-cny"] = "undetermined", ["capex-2026-usd"] = "undetermined", ["capex-2025-cny"] = "contradicted",
            ["chips-2025-cny"] = "contradicted", ["tokens-dec"] = "contradicted", ["tokens-google"] = "contradicted",
            ["tokens-oct"] = "undetermined", ["bigtech-2025-usd"] = "agrees", ["h200-first-batch"] = "agrees",
            ["h200-order"] = "agrees", ["doubao-mau-aug"] = "agrees", ["doubao-mau-oct"] = "agrees", ["h200-price"] = "not-checked",
        };
        Assert.Equal(expected.OrderBy(p => p.Key), figures.OrderBy(p => p.Key));
    }

    [Fact]
    public void Seed_TheHighlightedTextIsTheFigureAsWritten()
    {
        var report = Seed();
        string html = HtmlReport.ToHtml(report, Review);
        foreach (var claim in report.Document.Claims)
        {
            var m = Regex.Match(html, $"id=\"fig-{Regex.Escape(claim.Id)}\"[^>]*>([^<]*)<span class=\"vm\"");
            Assert.True(m.Success, claim.Id);
            Assert.Equal(HtmlReport.E(claim.Figure), m.Groups[1].Value);
        }
    }

    [Fact]
    public void Seed_EachClaimHasItsDetails_WithEveryChecksComputationAndTolerance()
    {
        var report = Seed();
        string html = HtmlReport.ToHtml(report, Review);
        foreach (var claim in report.Claims)
        {
            var section = Regex.Match(html, $"<section class=\"claim [^\"]+\" id=\"claim-{Regex.Escape(claim.Id)}\".*?</section>", RegexOptions.Singleline).Value;
            Assert.NotEmpty(section);
            Assert.Contains(HtmlReport.E(NewsFormat.Claim(claim)), section, StringComparison.Ordinal);
            Assert.Contains(claim.Period.Span.ToString(), section, StringComparison.Ordinal);
            Assert.Contains(HtmlReport.E(string.Join(" → ", claim.Source.Links)), section, StringComparison.Ordinal);
            foreach (var check in report.Checks.Where(c => c.ClaimIds.Contains(claim.Id)))
            {
                Assert.Contains(HtmlReport.E(check.Computation), section, StringComparison.Ordinal);
                Assert.Contains(HtmlReport.E(check.Tolerance), section, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Html_ShowsTheSameNumbersAsTheTablesAndTheJson()
    {
        var report = Seed();
        string html = HtmlReport.ToHtml(report, Review);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        TableReport.Write(TableReport.Console(writer, ansi: false, width: 1000), report);
        string tables = writer.ToString();
        using var json = JsonDocument.Parse(JsonReport.ToUtf8(report));
        var jsonComputations = json.RootElement.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("computation").GetString()).ToList();
        foreach (var check in report.Checks)
        {
            Assert.Contains(HtmlReport.E(check.Computation), html, StringComparison.Ordinal);
            Assert.Contains(check.Computation, tables, StringComparison.Ordinal);
            Assert.Contains(check.Computation, jsonComputations);
        }

        foreach (var row in report.Computed)
        {
            Assert.Contains(HtmlReport.E(row.Value), html, StringComparison.Ordinal);
            Assert.Contains(row.Value, tables, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_IsSelfContained_NoExternalAsset()
    {
        string html = HtmlReport.ToHtml(Seed(), Review);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("<script[^>]* src=", html);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(html, "<svg ").Count); // the money and the volume chart, inline
        Assert.Single(Regex.Matches(html, "<script type=\"application/ld\\+json\">"));
    }

    [Fact]
    public void Html_TheChecksTable_ListsContradictionsFirst()
    {
        var report = Seed();
        string html = HtmlReport.ToHtml(report, Review);
        var rows = Regex.Matches(html, "<tr id=\"check-[0-9]+\" class=\"v-([a-z-]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["contradicted", "contradicted", "undetermined", "undetermined", "agrees", "agrees", "agrees", "agrees", "agrees", "agrees"], rows);
    }

    [Theory]
    [MemberData(nameof(LoadingArticles))]
    public void RealArticles_RenderToHtml_EveryClaimHighlighted(string document)
    {
        var report = Load(RepositoryPaths.Combine("docs", "articles", document));
        string html = HtmlReport.ToHtml(report, ReviewOptions.None);
        var figures = Figures(html);
        Assert.All(report.Claims, c => Assert.True(figures.ContainsKey(c.Id), c.Id));
        Assert.Equal(report.Uncovered.Count, figures.Keys.Count(k => k.StartsWith("uncovered-", StringComparison.Ordinal)));
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimReview_OneObjectPerCheckedStatement_RatedByItsWorstVerdict()
    {
        var report = Seed();
        using var json = JsonDocument.Parse(ClaimReviewReport.ToUtf8(report, Review));
        var reviews = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(9, reviews.Count); // 10 checks; the conversion at the day's rate and at its period's average is one statement
        // The conversion: agrees at the rate of 2025-12-31, no average of 2026 yet: its worst verdict is undetermined.
        Assert.Equal([1, 1, 3, 3, 5, 5, 5, 5, 5], reviews.Select(r => r.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32()));
        var half = reviews[0];
        Assert.Equal("di cui circa la metà, ovvero 85 miliardi di yuan", half.GetProperty("claimReviewed").GetString());
        Assert.StartsWith("Contradicted by its own figures: 84.5–85.5 bn CNY of 149.5–150.5 bn CNY", half.GetProperty("reviewRating").GetProperty("alternateName").GetString(), StringComparison.Ordinal);
        var conversion = reviews.Single(r => r.GetProperty("claimReviewed").GetString()!.Contains("circa 23 miliardi di dollari", StringComparison.Ordinal));
        string name = conversion.GetProperty("reviewRating").GetProperty("alternateName").GetString()!;
        Assert.StartsWith("Undetermined at the USD/CNY average of 2026-01-01…2026-12-31", name, StringComparison.Ordinal);
        Assert.Contains("Agrees at the USD/CNY on 2025-12-31", name, StringComparison.Ordinal);
        Assert.All(reviews, r =>
        {
            Assert.Equal("DomainModel fact check (made up)", r.GetProperty("author").GetProperty("name").GetString());
            Assert.Equal("2026-01-15", r.GetProperty("datePublished").GetString());
            Assert.Equal("ByteDance's AI infrastructure spending in 2026", r.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("headline").GetString());
        });
    }

    [Fact]
    public void ClaimReview_WithoutReviewOptions_HasNoAuthorAndNoDate()
    {
        using var json = JsonDocument.Parse(ClaimReviewReport.ToUtf8(Seed(), ReviewOptions.None));
        Assert.All(json.RootElement.EnumerateArray(), r =>
        {
            Assert.False(r.TryGetProperty("author", out _));
            Assert.False(r.TryGetProperty("datePublished", out _));
        });
    }

    [Theory]
    [InlineData(null)]
    [MemberData(nameof(LoadingArticles))]
    public void ClaimReview_EveryObject_UsesOnlyPropertiesSchemaOrgDefinesForItsType(string? document)
    {
        var report = document is null ? Seed() : Load(RepositoryPaths.Combine("docs", "articles", document));
        using var json = JsonDocument.Parse(ClaimReviewReport.ToUtf8(report, Review));
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        foreach (var review in json.RootElement.EnumerateArray())
        {
            Assert.Equal("https://schema.org", review.GetProperty("@context").GetString());
            SchemaOrg.Validate(review, "ClaimReview");
            foreach (string required in new[] { "claimReviewed", "itemReviewed", "reviewRating", "author", "datePublished" })
            {
                Assert.True(review.TryGetProperty(required, out _), required);
            }

            var rating = review.GetProperty("reviewRating");
            Assert.InRange(rating.GetProperty("ratingValue").GetInt32(), rating.GetProperty("worstRating").GetInt32(), rating.GetProperty("bestRating").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(rating.GetProperty("alternateName").GetString()));
            Assert.Equal("Claim", review.GetProperty("itemReviewed").GetProperty("@type").GetString());
            Assert.DoesNotContain("not checkable", review.GetProperty("reviewBody").GetString()!, StringComparison.Ordinal); // not checked: no review
        }
    }

    [Fact]
    public void Html_EmbedsTheClaimReviewJsonLd()
    {
        var report = Seed();
        string html = HtmlReport.ToHtml(report, Review);
        var m = Regex.Match(html, "<script type=\"application/ld\\+json\">\n(.*?)</script>", RegexOptions.Singleline);
        Assert.True(m.Success);
        Assert.DoesNotContain("</", m.Groups[1].Value, StringComparison.Ordinal); // nothing can close the script element early
        Assert.Equal(System.Text.Encoding.UTF8.GetString(ClaimReviewReport.ToUtf8(report, Review)), m.Groups[1].Value);
    }

    [Fact]
    public void CommandLine_ClaimReviewToStandardOutput_WritesOnlyTheJsonLd()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, DomainModel.ArticleReport.Cli.ReportRunner.Run(["--claimreview", "-", "--review-author", "X", "--review-date", "2026-01-15"], output, error));
        Assert.Empty(error.ToString());
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal(9, json.RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("--html", "-")]
    [InlineData("--review-date", "2026-02-30")]
    [InlineData("--review-author", " ")]
    [InlineData("--json", "-", "--claimreview", "-")]
    public void CommandLine_BadReviewArguments_Exit2_OneLine(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(2, DomainModel.ArticleReport.Cli.ReportRunner.Run(args, output, error));
        Assert.Empty(output.ToString());
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void CommandLine_Html_WritesThePage()
    {
        string file = Path.Combine(Path.GetTempPath(), "domainmodel-html-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Assert.Equal(0, DomainModel.ArticleReport.Cli.ReportRunner.Run(["--html", file], output, error));
            Assert.Contains("Checks of the words against the numbers", output.ToString(), StringComparison.Ordinal); // the tables as well
            Assert.Equal(HtmlReport.ToHtml(Seed(), ReviewOptions.None), File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The schema.org vocabulary (https://schema.org/ClaimReview, /Claim, /Rating, /CreativeWork,
    /// /Organization, version 29): for each type the properties it defines or inherits that the markup may use, and each
    /// property's expected types ("Text", "Date", "Number", "URL" or a schema.org type).</summary>
    private static class SchemaOrg
    {
        private static readonly Dictionary<string, string[]> Thing = new()
        {
            ["name"] = ["Text"], ["description"] = ["Text"], ["url"] = ["URL"], ["alternateName"] = ["Text"], ["sameAs"] = ["URL"], ["identifier"] = ["Text", "URL"],
        };

        private static readonly Dictionary<string, string[]> CreativeWork = new()
        {
            ["author"] = ["Organization", "Person"], ["datePublished"] = ["Date", "DateTime"], ["headline"] = ["Text"], ["inLanguage"] = ["Text", "Language"],
            ["publisher"] = ["Organization", "Person"], ["dateModified"] = ["Date", "DateTime"], ["text"] = ["Text"], ["about"] = ["Thing"],
        };

        private static readonly Dictionary<string, Dictionary<string, string[]>> Types = new()
        {
            ["ClaimReview"] = Merge(Thing, CreativeWork, new() { ["claimReviewed"] = ["Text"], ["itemReviewed"] = ["Thing", "Claim"], ["reviewRating"] = ["Rating"], ["reviewBody"] = ["Text"], ["reviewAspect"] = ["Text"] }),
            ["Claim"] = Merge(Thing, CreativeWork, new() { ["appearance"] = ["CreativeWork"], ["firstAppearance"] = ["CreativeWork"], ["claimInterpreter"] = ["Organization", "Person"] }),
            ["CreativeWork"] = Merge(Thing, CreativeWork, []),
            ["Rating"] = Merge(Thing, new() { ["ratingValue"] = ["Number", "Text"], ["bestRating"] = ["Number", "Text"], ["worstRating"] = ["Number", "Text"], ["ratingExplanation"] = ["Text"], ["author"] = ["Organization", "Person"], ["reviewAspect"] = ["Text"] }),
            ["Organization"] = Merge(Thing, new() { ["legalName"] = ["Text"] }),
            ["Person"] = Merge(Thing, new() { ["givenName"] = ["Text"], ["familyName"] = ["Text"] }),
        };

        public static void Validate(JsonElement node, string expectedType)
        {
            Assert.Equal(JsonValueKind.Object, node.ValueKind);
            string type = node.GetProperty("@type").GetString()!;
            Assert.True(type == expectedType || (expectedType == "Thing" && Types.ContainsKey(type)), $"@type {type}, expected {expectedType}");
            var properties = Types[type];
            foreach (var p in node.EnumerateObject())
            {
                if (p.Name.StartsWith('@'))
                {
                    Assert.Contains(p.Name, new[] { "@type", "@context" });
                    continue;
                }

                Assert.True(properties.TryGetValue(p.Name, out var ranges), $"{type} has no property {p.Name} in schema.org");
                bool ok = ranges!.Any(range => range switch
                {
                    "Text" or "Language" => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.Trim().Length > 0,
                    "URL" => p.Value.ValueKind == JsonValueKind.String && Uri.IsWellFormedUriString(p.Value.GetString(), UriKind.Absolute),
                    "Date" => p.Value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(p.Value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                    "DateTime" => false,
                    "Number" => p.Value.ValueKind == JsonValueKind.Number,
                    _ => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("@type", out var t) && (t.GetString() == range || range == "Thing"),
                });
                Assert.True(ok, $"{type}.{p.Name} = {p.Value} is none of {string.Join(", ", ranges!)}");
                if (p.Value.ValueKind == JsonValueKind.Object)
                {
                    Validate(p.Value, p.Value.GetProperty("@type").GetString()!);
                }
            }
        }

        private static Dictionary<string, string[]> Merge(params Dictionary<string, string[]>[] parts)
        {
            var all = new Dictionary<string, string[]>();
            foreach (var part in parts)
            {
                foreach (var (k, v) in part)
                {
                    all[k] = v;
                }
            }

            return all;
        }
    }
}
