using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DomainModel.ArticleReport;
using DomainModel.ArticleReport.Rendering;
using DomainModel.Claims;
using System.Text.Json.Nodes;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary>The main job, end to end: the report over the article as shipped, as a model and as tables.</summary>
public sealed class ClaimsReportTests
{
    private static readonly string ArticleText = File.ReadAllText(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "article.it.txt"));

    private static readonly string SeedJson = File.ReadAllText(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "Documents", "bytedance-ai-2026.it.claims.json"));

    private static readonly string[] SeedIds = [.. ClaimsDocument.Parse(SeedJson, ArticleText).Claims.Select(c => c.Id)];

    private static ClaimsReport Build(DateOnly? asOf = null, string? article = null, Func<string, string>? edit = null, RateFile? fx = null, bool noRates = false)
    {
        string json = edit?.Invoke(SeedJson) ?? SeedJson;
        if (asOf is { } date)
        {
            var root = JsonNode.Parse(json)!;
            root["article"]!["asOf"] = new JsonObject { ["date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["reason"] = "given with --as-of" };
            json = root.ToJsonString();
        }

        return new(ClaimsDocument.Parse(json, article ?? ArticleText), new ReportOptions(asOf ?? ReportOptions.DefaultAsOf, null), noRates ? null : fx ?? RateFile.Load(ReportOptions.ShippedRates));
    }

    private static string Tables(ClaimsReport report, bool ansi = false, int width = 1000)
    {
        using var writer = new StringWriter();
        TableReport.Write(TableReport.Console(writer, ansi, width), report);
        return writer.ToString();
    }

    [Fact]
    public void Report_EveryQuote_IsFoundVerbatimInTheArticle()
    {
        var report = Build();
        Assert.Equal(13, report.Claims.Count);
        string text = Tables(report);
        Assert.DoesNotContain("NOT FOUND", text, StringComparison.Ordinal);
        Assert.All(SeedIds, id => Assert.Contains(id, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Checks_ContradictionsFirst_ThenUndetermined_ThenAgreements()
    {
        var report = Build();
        var verdicts = report.Checks.Select(c => c.Verdict).ToList();
        Assert.Equal(10, verdicts.Count); // the document's 8 relations checked by the library + the two rate checks
        // The 2026 budget at an average: once "at the USD/CNY average of 2025" (7.1874, 159.5 / 7.1874 = 22.19 to
        // 160.5 / 7.1874 = 22.33 bn USD, below 22.5: contradicted), a year that is not the figure's. The library's rate
        // policy averages only the figure's own period up to the statement's date, and no day of 2026 was known on
        // 2025-12-31: no average, undetermined, with the reason. The rate of the date still checks it (agrees).
        Assert.Equal([Verdict.Disagrees, Verdict.Disagrees, Verdict.Inconclusive, Verdict.Inconclusive, Verdict.Agrees, Verdict.Agrees, Verdict.Agrees, Verdict.Agrees, Verdict.Agrees, Verdict.Agrees], verdicts);
        Assert.Equal("2 contradicted, 2 undetermined, 6 agree", report.Tally);
        Assert.Equal(["about 50 %", "approaches"], report.Checks.Take(2).Select(c => c.Relation));
        string text = Tables(report);
        int contradicted = text.IndexOf("✗ contradicted", StringComparison.Ordinal);
        int undetermined = text.IndexOf("? undetermined", StringComparison.Ordinal);
        int agrees = text.IndexOf("✓ agrees", StringComparison.Ordinal);
        Assert.True(contradicted >= 0 && contradicted < undetermined && undetermined < agrees, text);
    }

    [Fact]
    public void Checks_ShowWordsComputationAndTolerance_InNewsNumbers()
    {
        var report = Build();
        var half = report.Checks.Single(c => c.Relation == "about 50 %");
        Assert.Equal("\"di cui circa la metà, ovvero 85 miliardi di yuan\"", half.Words);
        // 84.5 / 150.5 = 0.5614..., 85.5 / 149.5 = 0.5719...: one decimal, rounded outwards.
        Assert.Equal("84.5–85.5 bn CNY of 149.5–150.5 bn CNY: ratio 56.1–57.2%", half.Computation);
        Assert.Equal("\"about half\": 50.0% ± 5.0 points", half.Tolerance);
        var increase = report.Checks.First(c => c.Relation == "increase" && c.ClaimIds.Contains("capex-2026-cny"));
        // 159.5 / 150.5 − 1 = 5.98 %, 160.5 / 149.5 − 1 = 7.36 %.
        Assert.EndsWith("a change of +5.9 to +7.4 %", increase.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void RateChecks_OnTheCheckLine_WithDateKindAndLegs()
    {
        var report = Build();
        var onDate = report.Checks.Single(c => c.Rate is { Asked: "on 2025-12-31" });
        Assert.Equal(Verdict.Agrees, onDate.Verdict);
        // ECB 2025-12-31: EUR/USD 1.1750, EUR/CNY 8.2262 (Data/eurofxref-hist.csv); 8.2262 / 1.175 = 7.00102...
        Assert.Equal("159.5–160.5 bn CNY ÷ USD/CNY 7.0010 = 22.782–22.926 bn USD", onDate.Computation);
        Assert.Equal(
            [
                "USD/CNY on 2025-12-31: 7.0010, ECB cross via EUR of 2025-12-31, the rate of the as-of date; Derived: cross through EUR of two ECB reference rates, not an ECB reference rate",
                "  leg EUR/USD 1.1750, ECB reference rate of 2025-12-31",
                "  leg EUR/CNY 8.2262, ECB reference rate of 2025-12-31",
            ],
            onDate.Rate!.Lines);
        // The budget is for 2026, stated on 2025-12-31: no average of another year in its place.
        var average = report.Checks.Single(c => c.Rate is { Choice.Period: not null });
        Assert.Equal(Verdict.Inconclusive, average.Verdict);
        Assert.Null(average.Check);
        Assert.Equal("average of 2026-01-01…2026-12-31", average.Rate!.Asked);
        Assert.StartsWith("no rate: no USD/CNY average over 2026-01-01..2026-12-31: the period starts after the statement's date, 2025-12-31", average.Computation, StringComparison.Ordinal);
        string text = Tables(report);
        Assert.Contains("leg EUR/CNY 8.2262, ECB reference rate of 2025-12-31", text, StringComparison.Ordinal);
        Assert.DoesNotContain("average of 2025", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RateChecks_NoRateWithinTheLookBack_TheCheckSaysSo()
    {
        // The shipped rates start on 2024-01-02: nothing within the policy's 31 days before 2023-12-31.
        var report = Build(asOf: new DateOnly(2023, 12, 31), noRates: false);
        var cross = report.Checks.Single(c => c.Rate is { Asked: "on 2023-12-31" });
        Assert.Null(cross.Check);
        Assert.Equal(Verdict.Inconclusive, cross.Verdict);
        Assert.Equal("no rate: no USD/CNY rate from ECB on 2023-12-31 or in the 31 days before it (the policy's maximum age)", cross.Computation);
        Assert.Contains("or in the 31 days before it (the policy's maximum age)", Tables(report), StringComparison.Ordinal);
        Assert.Equal(10, report.Checks.Count); // a check never vanishes
    }

    [Fact]
    public void Header_StatesArticleAsOfScalePolicyAndRateSource()
    {
        string text = Tables(Build());
        Assert.Contains("The claims of article.it.txt", text, StringComparison.Ordinal);
        Assert.Contains("2025-12-31: the article reports December 2025 figures", text, StringComparison.Ordinal);
        Assert.Contains("ShortScale: \"trilioni\" = 10^12 (trillion), \"miliardi\" = 10^9 (billion)", text, StringComparison.Ordinal);
        Assert.Contains("European Central Bank, euro foreign exchange reference rates (eurofxref-hist.csv, 581 days, 2024-01-02 to 2026-04-13)", text, StringComparison.Ordinal);
        Assert.Contains("given with --as-of", Tables(Build(asOf: new DateOnly(2025, 12, 5))), StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_ReadLikeTheNews()
    {
        string text = Tables(Build());
        Assert.Contains("160 bn CNY", text, StringComparison.Ordinal);
        Assert.Contains("22–24 bn USD", text, StringComparison.Ordinal); // "circa 23 miliardi": one billion either side
        Assert.Contains("50 T tokens/day", text, StringComparison.Ordinal);
        Assert.Contains("over 30 T tokens/day", text, StringComparison.Ordinal);
        Assert.Contains("20,000 H200 units", text, StringComparison.Ordinal);
        Assert.Contains("USD/CNY 6.6458–7.2955", text, StringComparison.Ordinal); // 159.5 / 24 = 6.64583 and 160.5 / 22 = 7.29545
        Assert.Contains("399.99–400.01 m USD", text, StringComparison.Ordinal); // 20,000 × 19,999.5 and × 20,000.5
        Assert.Contains("(-100.0%, +68.4%)", text, StringComparison.Ordinal); // 50.5 / 30 − 1 = 68.33 %, rounded up
        Assert.DoesNotContain("000000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tokens per 1 d", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_WithoutAnsi_HaveNoEscapeSequences_WithAnsi_Colours()
    {
        var report = Build();
        Assert.DoesNotContain('\u001b', Tables(report));
        Assert.Contains('\u001b', Tables(report, ansi: true));
    }

    [Fact]
    public void Coverage_CountsQuantityFiguresOutsideEveryQuote()
    {
        var report = Build();
        var figures = DomainModel.Claims.FigureScanner.Scan(ArticleText, DomainModel.Text.NewsLanguage.Italian).Where(f => f.IsQuantity).ToList();
        Assert.Equal(figures.Count, report.QuantityFigures);
        Assert.All(report.Uncovered, f => Assert.DoesNotContain(report.Claims, c => f.Offset >= c.Quote.Offset && f.Offset < c.Quote.Offset + c.Quote.Text.Length));
        Assert.Empty(report.Uncovered); // "circa la metà" is in the about-half relation's quote
    }

    [Fact]
    public void Report_ChangingOneClaimsFigure_ChangesTheComputedLines()
    {
        string article = ArticleText.Replace("investire 160 miliardi di yuan", "investire 170 miliardi di yuan", StringComparison.Ordinal);
        string Edit(string json) => json
            .Replace("\"quote\": \"prevede di investire 160 miliardi di yuan\"", "\"quote\": \"prevede di investire 170 miliardi di yuan\"", StringComparison.Ordinal)
            .Replace("\"figure\": \"160 miliardi\"", "\"figure\": \"170 miliardi\"", StringComparison.Ordinal)
            .Replace("\"quote\": \"160 miliardi di yuan, circa 23", "\"quote\": \"170 miliardi di yuan, circa 23", StringComparison.Ordinal);
        var before = Build();
        var after = Build(article: article, edit: Edit);

        // 169.5 − 150.5 = 19 and 170.5 − 149.5 = 21 billion.
        Assert.Equal("19–21 bn CNY", after.Computed.Single(c => c.Id == "capex-increase").Value);
        Assert.Equal("9–11 bn CNY", before.Computed.Single(c => c.Id == "capex-increase").Value);
        Assert.Equal("USD/CNY 7.0625–7.7500", after.Computed.Single(c => c.Id == "implied-rate").Value); // 169.5 / 24 = 7.0625, 170.5 / 22 = 7.75
    }

    [Fact]
    public void Options_UnknownOption_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ReportOptions.Parse(["--rate"]));
        Assert.Contains("--rate", e.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 12, 1), ReportOptions.Parse(["--as-of", "2025-12-01"]).AsOf);
    }

    [Fact]
    public void ReportSources_HaveNoFigureLiteralOutsideTheCatalog()
    {
        string dir = RepositoryPaths.Combine("src", "DomainModel.ArticleReport");
        foreach (string file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) && !f.EndsWith("ArticleClaims.cs", StringComparison.Ordinal)))
        {
            string source = string.Join('\n', File.ReadAllLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            foreach (string figure in (string[])["new Money(", "_000", "160", "23 miliardi", "2026 ", "FigureYear"])
            {
                Assert.False(source.Contains(figure, StringComparison.Ordinal), $"{Path.GetFileName(file)} contains '{figure}'");
            }
        }
    }

    [Fact]
    public void ReportSources_NameNoClaimIdAndNoCompany()
    {
        // Everything the report shows comes from the document: no claim id of any shipped document, no company name.
        var ids = SeedIds.Concat(Directory.EnumerateFiles(RepositoryPaths.Combine("docs", "articles"), "*.claims.json")
            .SelectMany(p => JsonNode.Parse(File.ReadAllText(p))!["claims"]!.AsArray().Select(c => (string)c!["id"]!)))
            .Distinct().ToList();
        string[] companies = ["Microsoft", "Alphabet", "Amazon", "Meta", "Nvidia", "NVIDIA", "ByteDance", "Google", "Doubao", "Alibaba", "Tencent", "Infineon"];
        string dir = RepositoryPaths.Combine("src", "DomainModel.ArticleReport");
        foreach (string file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
        {
            string source = File.ReadAllText(file);
            foreach (string id in ids)
            {
                Assert.False(source.Contains("\"" + id + "\"", StringComparison.Ordinal), $"{Path.GetFileName(file)} names the claim '{id}'");
            }

            foreach (string company in companies)
            {
                Assert.False(System.Text.RegularExpressions.Regex.IsMatch(source, $@"\b{company}\b"), $"{Path.GetFileName(file)} names '{company}'");
            }
        }

        Assert.False(File.Exists(Path.Combine(dir, "SeedClaims.cs")));
    }

    [Fact]
    public void Header_DescribesTheWordsOfTheArticlesLanguage()
    {
        string italian = Tables(Build());
        Assert.Contains("\"miliardi\" = 10^9", italian, StringComparison.Ordinal);
        Assert.Contains("about (one rounding unit either side: twice as wide as the figure's rounding): ", italian, StringComparison.Ordinal);
        Assert.Contains("\"circa\"", italian, StringComparison.Ordinal);
        Assert.Contains("\"almeno\"", italian, StringComparison.Ordinal);
        var english = new ClaimsReport(DocumentFilesForReport.MadeUp, new ReportOptions(ReportOptions.DefaultAsOf, null), null);
        string text = Tables(english);
        Assert.Contains("\"billion\" = 10^9", text, StringComparison.Ordinal);
        Assert.Contains("\"about\"", text, StringComparison.Ordinal);
        Assert.Contains("\"roughly\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"almeno\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("miliardi", text, StringComparison.Ordinal);
        Assert.DoesNotContain("circa", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_WithNothingToSay_AreLeftOut()
    {
        // The made-up English document has no derived figures and no subject with a fiscal calendar.
        var report = new ClaimsReport(DocumentFilesForReport.MadeUp, new ReportOptions(ReportOptions.DefaultAsOf, null), null);
        Assert.Empty(report.Computed);
        string text = Tables(report);
        Assert.DoesNotContain("Computed from the claims", text, StringComparison.Ordinal);
        Assert.Equal(report.FiscalYears.Count > 0, text.Contains("Whose year?", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_WritesDecimalsExactly_WithoutTrailingZeros()
    {
        Assert.Equal("8970000000", JsonReport.Exact(8.97m * 1_000_000_000m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("7.1873590928998713792", JsonReport.Exact(7.1873590928998713792m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.5", JsonReport.Exact(0.50m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("22191739405.02906054812010106", JsonReport.Exact(22191739405.029060548120101060m).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Multiple_ReadsAsTimes()
    {
        // 134.3 to 145.7 times: bounds outwards to whole numbers.
        var ratio = Estimate.Of(new Share(0m, 1m), Estimate.Between(134.328m, 145.729m));
        Assert.Equal("134–146×", NewsFormat.Times(ratio));
        Assert.Equal("2.4–2.6×", NewsFormat.Times(Estimate.Of(new Share(0m, 1m), Estimate.Between(2.45m, 2.55m))));
        Assert.Equal("over 3.0×", NewsFormat.Times(Estimate.Of(new Share(0m, 1m), Estimate.Over(3m))));
    }

    [Theory]
    [InlineData("tencent-q3-2025.en")]
    [InlineData("nvidia-q1-fy2026.en")]
    [InlineData("alibaba-q2-fy2026-infogioco.it")]
    [InlineData("china-token-calls-2025.en")]
    [InlineData("infineon-q1-2025-26.de")]
    [InlineData("alibaba-q2-fy2026-investire.it")]
    public void RealArticle_Report_HasNoEmptySection_AndFullCoverage(string name)
    {
        var document = ClaimsDocument.Load(RepositoryPaths.Combine("docs", "articles", name + ".claims.json"));
        var report = new ClaimsReport(document, new ReportOptions(ReportOptions.DefaultAsOf, null), RateFile.Load(ReportOptions.ShippedRates));
        string text = Tables(report);
        Assert.Empty(report.Uncovered);
        Assert.Contains("not covered: every one is in a quote of the document", text, StringComparison.Ordinal);
        Assert.Equal(document.Derived.Count > 0, text.Contains("Computed from the claims", StringComparison.Ordinal));
        Assert.Equal(report.FiscalYears.Count > 0, text.Contains("Whose year?", StringComparison.Ordinal));
        Assert.Equal(document.Derived.Count, report.Computed.Count);
        Assert.All(document.NotCheckable, s => Assert.Contains(report.Checks, c => c.Verdict == Verdict.Inconclusive && c.Explanation == "stated, not checkable: " + s.Reason));
        Assert.DoesNotContain(document.Article.Language == DomainModel.Text.NewsLanguage.English ? "miliardi" : "\"billion\" = 10^9", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CrossDocumentRelation_IsUndetermined_WithoutTheDocumentItNames_AndCheckedAcross_WithIt()
    {
        var forecast = DomainModel.Tests.Documents.StatementsAcrossDocumentsTests.LoadForecast("20", "rounded");
        var alone = new ClaimsReport(forecast, new ReportOptions(ReportOptions.DefaultAsOf, null), null);
        var row = Assert.Single(alone.Checks, c => c.Relation == "percent above (across documents)");
        Assert.Equal(Verdict.Inconclusive, row.Verdict);
        Assert.Contains("acme-plan#capex-2026, a claim of a document not given", row.Explanation, StringComparison.Ordinal);

        var both = new ClaimsReport(forecast, new ReportOptions(ReportOptions.DefaultAsOf, null), null, [DomainModel.Tests.Documents.StatementsAcrossDocumentsTests.LoadPlan()]);
        Assert.DoesNotContain(both.Checks, c => c.Relation.EndsWith("(across documents)", StringComparison.Ordinal));
        var finding = Assert.Single(both.CrossDocument!.Findings);
        Assert.Equal(Verdict.Disagrees, finding.Verdict); // over 200 bn is more than 24.6 % above 159.5–160.5 bn, not 19.5 % to 20.5 %
        string text = Tables(both);
        Assert.Contains("(stated: above-plan, \"at least 25% above its plan\")", text, StringComparison.Ordinal);
    }
}

internal static class DocumentFilesForReport
{
    internal static ClaimsDocument MadeUp { get; } = ClaimsDocument.Load(RepositoryPaths.Combine("tests", "DomainModel.Tests", "Documents", "Data", "chips-race.en.claims.json"));
}
