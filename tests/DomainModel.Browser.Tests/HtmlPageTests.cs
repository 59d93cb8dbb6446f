using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace DomainModel.Browser.Tests;

/// <summary>The report's HTML page in a real browser (headless Chromium driven by Playwright): the seed article and
/// the real articles of docs/articles whose claims documents load.</summary>
public sealed class HtmlPageTests : IClassFixture<BrowserFixture>
{
    // The seed's claims (src/DomainModel.ArticleReport/Documents/bytedance-ai-2026.it.claims.json), in the article's
    // order, and those whose worst verdict is "contradicted" (the "circa la metà", "avvicinandosi" and the conversion
    // at the year's average, see the report's checks).
    private static readonly string[] SeedClaims =
    [
        "capex-2026-cny", "capex-2026-usd", "capex-2025-cny", "chips-2025-cny", "bigtech-2025-usd", "h200-first-batch", "h200-order",
        "h200-price", "doubao-mau-aug", "doubao-mau-oct", "tokens-oct", "tokens-dec", "tokens-google",
    ];

    // The 2026 budget's yuan and dollar figures are no longer contradicted: the rate of the as-of date (2025-12-31)
    // agrees with "circa 23 miliardi di dollari", and the average of 2026, which starts after that date, is not known,
    // so that check is undetermined (docs/fx.md). Before, the report checked them at 2025's average and found them apart.
    private static readonly string[] SeedContradicted = ["capex-2025-cny", "chips-2025-cny", "tokens-dec", "tokens-google"];

    private readonly BrowserFixture _browser;

    public HtmlPageTests(BrowserFixture browser) => _browser = browser;

    public static TheoryData<string> LoadingArticles => new()
    {
        "china-token-calls-2025.en.claims.json",
        "tencent-q3-2025.en.claims.json",
        "nvidia-q1-fy2026.en.claims.json",
        "alibaba-q2-fy2026-infogioco.it.claims.json",
    };

    private async Task<(IPage Page, List<string> Errors)> OpenAsync(string file)
    {
        var errors = new List<string>();
        var page = await _browser.NewPageAsync(errors);
        var response = await page.GotoAsync(new Uri(file).AbsoluteUri);
        Assert.NotNull(response);
        Assert.True(response!.Ok);
        return (page, errors);
    }

    private static Task<string[]> FigureIdsAsync(IPage page) =>
        page.EvalOnSelectorAllAsync<string[]>("article a.fig", "els => els.map(e => e.id)");

    [BrowserFact]
    public async Task Seed_Opens_WithTheArticleTitle_AndNoConsoleError()
    {
        var (page, errors) = await OpenAsync(ReportPages.Seed());
        Assert.Equal("Claims of ByteDance's AI infrastructure spending in 2026", await page.TitleAsync());
        Assert.True(await page.Locator("article#article").IsVisibleAsync());
        await page.Locator("a.fig").First.ClickAsync();
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Seed_HighlightedFigures_AreTheClaims_WithTheirIds()
    {
        var (page, _) = await OpenAsync(ReportPages.Seed());
        string[] ids = await FigureIdsAsync(page);
        Assert.Equal(SeedClaims.Select(c => "fig-" + c), ids); // the article has no figure outside the claims
        foreach (string claim in SeedClaims)
        {
            Assert.Equal("claim-" + claim, await page.Locator("#fig-" + claim).GetAttributeAsync("data-claim"));
        }

        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Seed_EveryContradictedFigure_CarriesItsVerdict_InSymbolAndWords()
    {
        var (page, _) = await OpenAsync(ReportPages.Seed());
        string[] contradicted = await page.EvalOnSelectorAllAsync<string[]>("article a.fig[data-verdict=contradicted]", "els => els.map(e => e.id)");
        Assert.Equal(SeedContradicted.Select(c => "fig-" + c), contradicted);
        foreach (string claim in SeedContradicted)
        {
            var figure = page.Locator("#fig-" + claim);
            Assert.Contains("✗", await figure.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("contradicted", await figure.TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
            // The accessible name says it, not the colour alone.
            string name = await page.EvaluateAsync<string>("id => { const e = document.getElementById(id); return e.textContent; }", "fig-" + claim);
            Assert.Contains(claim + ": contradicted", name, StringComparison.Ordinal);
        }

        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Seed_SelectingAFigure_ShowsItsClaimAndItsChecksComputation()
    {
        var (page, errors) = await OpenAsync(ReportPages.Seed());
        var details = page.Locator("#claim-chips-2025-cny");
        Assert.False(await details.IsVisibleAsync()); // nothing selected yet
        await page.Locator("#fig-chips-2025-cny").ClickAsync();
        Assert.True(await details.IsVisibleAsync());
        string text = await details.InnerTextAsync();
        Assert.Contains("84.5–85.5 bn CNY of 149.5–150.5 bn CNY: ratio 56.1–57.2%", text, StringComparison.Ordinal);
        Assert.Contains("\"about half\": 50.0% ± 5.0 points", text, StringComparison.Ordinal);
        Assert.Contains("Financial Times", text, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#panel > .claim:visible").CountAsync());
        Assert.Equal("true", await page.Locator("#fig-chips-2025-cny").GetAttributeAsync("aria-current"));

        // By keyboard: focus another figure and press Enter.
        await page.Locator("#fig-capex-2026-usd").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var conversion = page.Locator("#claim-capex-2026-usd");
        Assert.True(await conversion.IsVisibleAsync());
        Assert.False(await details.IsVisibleAsync());
        Assert.Contains("159.5–160.5 bn CNY ÷ USD/CNY 7.0010 = 22.782–22.926 bn USD", await conversion.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Seed_KeyboardNavigation_ReachesEveryFigure_InTheArticlesOrder()
    {
        var (page, _) = await OpenAsync(ReportPages.Seed());
        string[] figures = await FigureIdsAsync(page);
        var reached = new List<string>();
        for (int i = 0; i < 200 && !figures.All(reached.Contains); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            string id = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");
            if (id.StartsWith("fig-", StringComparison.Ordinal))
            {
                reached.Add(id);
            }
        }

        Assert.Equal(figures, reached);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Seed_AccessibilityScan_FindsNoSeriousOrCriticalViolation()
    {
        var (page, _) = await OpenAsync(ReportPages.Seed());
        await page.Locator("#fig-chips-2025-cny").ClickAsync(); // with a claim's details open
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes); // the scan ran: rules were checked and passed
        var grave = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(grave.Count == 0, string.Join("\n", grave.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})")));
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Seed_Printed_ShowsEveryClaimsDetails()
    {
        var (page, _) = await OpenAsync(ReportPages.Seed());
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal(SeedClaims.Length, await page.Locator("#panel > .claim:visible").CountAsync());
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Seed_Screenshot_IsSavedAsAnArtifact()
    {
        var (page, _) = await OpenAsync(ReportPages.Seed());
        await page.Locator("#fig-chips-2025-cny").ClickAsync();
        string dir = Environment.GetEnvironmentVariable("DOMAINMODEL_ARTIFACTS") is { Length: > 0 } given ? given : Path.Combine(ReportPages.Root, "artifacts");
        Directory.CreateDirectory(dir);
        string file = Path.Combine(dir, "report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        byte[] png = File.ReadAllBytes(file);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.True(png.Length > 50_000, $"{png.Length} bytes: an empty page?");
        await page.CloseAsync();
    }

    [BrowserTheory]
    [MemberData(nameof(LoadingArticles))]
    public async Task RealArticles_Open_EveryClaimHighlighted_NoConsoleError_NoSeriousViolation(string document)
    {
        var (page, errors) = await OpenAsync(ReportPages.Article(document));
        string[] ids = await FigureIdsAsync(page);
        // The claims the document loads (entries it marks as not checkable yet are no claim).
        var loaded = DomainModel.Claims.ClaimsDocument.Load(Path.Combine(ReportPages.Root, "docs", "articles", document));
        var claims = loaded.Claims.Select(c => "fig-" + c.Id).ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Contains(c, ids));
        if (ids.Length > 0)
        {
            await page.Locator("article a.fig").First.ClickAsync();
            Assert.Equal(1, await page.Locator("#panel > .claim:visible").CountAsync());
        }

        var result = await page.RunAxe();
        Assert.Empty(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));
        Assert.Empty(errors);
        await page.CloseAsync();
    }
}
