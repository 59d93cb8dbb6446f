using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Tests.Documents;
using DomainModel.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace DomainModel.Tests.Drafting;

/// <summary>
/// The drafter measured against the hand-written documents (the answer keys): the seed article and the real articles
/// of docs/articles whose documents load. Prints every key claim and relation, matched or missed and why; the figures
/// are in docs/drafting.md.
/// </summary>
public sealed class DraftMeasurementTests(ITestOutputHelper output)
{
    /// <summary>Words of the texts that are not figures (docs/articles/README.md, "not figures"; the seed's model names and years).</summary>
    private static readonly Dictionary<string, string[]> NotFigures = new(StringComparer.Ordinal)
    {
        ["seed"] = ["H200", "nel 2026", "nel 2025", "per il 2026"],
        ["tencent-q3-2025.en"] = ["Nov. 14", "Sept. 30", "3D"],
        ["nvidia-q1-fy2026.en"] = ["April 9, 2025", "RTX 5070", "RTX 5060", "NVL72", "H20 product", "fiscal 2026"],
        ["china-token-calls-2025.en"] = ["one token", "in 2025", "of 2025"],
        ["alibaba-q2-fy2026-infogioco.it"] = ["nono trimestre consecutivo", "previsioni iniziali triennali", "30 settembre", "fiscale 2026"],
        ["alibaba-q2-fy2026-investire.it"] = ["nono trimestre consecutivo", "30 settembre 2025", "del 2024"],
    };

    /// <summary>The real articles whose documents load, with the publisher and as-of date their documents give.</summary>
    internal static readonly (string Slug, string Publisher, DateOnly AsOf)[] Articles =
    [
        ("tencent-q3-2025.en", "Yicai Global", new DateOnly(2025, 11, 14)),
        ("nvidia-q1-fy2026.en", "AI-360", new DateOnly(2025, 5, 28)),
        ("china-token-calls-2025.en", "Bastille Post", new DateOnly(2025, 12, 31)),
        ("alibaba-q2-fy2026-infogioco.it", "InfoGioco", new DateOnly(2025, 11, 25)),
        ("alibaba-q2-fy2026-investire.it", "Investire.biz", new DateOnly(2025, 11, 25)),
    ];

    internal static ClaimsDraft DraftSeed() => ClaimsDraft.FromText(
        DocumentFiles.SeedText, DomainModel.Text.NewsLanguage.Italian, new DateOnly(2025, 12, 31),
        new ClaimsDraftOptions { Publisher = "Financial Times (Italian translation)", TextPath = "../article.it.txt" });

    [Fact]
    public void Seed_DraftMatchesTheShippedDocument()
    {
        var draft = DraftSeed();
        Assert.True(draft.HasDocument, draft.Problem);
        var m = DraftMeasurement.Compare("seed", DocumentFiles.Seed, draft.Document, NotFigures["seed"]);
        output.WriteLine(m.Summary());
        output.WriteLine(m.Report);
        Assert.Equal(13, m.Claims);
        Assert.True(m.MatchedClaims >= 12, m.Summary());
        Assert.True(m.MatchedRelations >= 7, m.Summary());
        Assert.Equal(0, m.FalseClaims);
    }

    [Fact]
    public void RealArticles_DraftsMatchTheirDocuments()
    {
        int claims = 0, matchedClaims = 0, relations = 0, matchedRelations = 0, falseClaims = 0;
        foreach (var (slug, publisher, asOf) in Articles)
        {
            string path = RepositoryPaths.Combine("docs", "articles", slug + ".claims.json");
            var key = ClaimsDocument.Load(path);
            var draft = ClaimsDraft.FromText(key.Article.Text, key.Article.Language, asOf, new ClaimsDraftOptions { Publisher = publisher, TextPath = slug + ".txt" });
            Assert.True(draft.HasDocument, draft.Problem);
            var m = DraftMeasurement.Compare(slug, key, draft.Document, NotFigures[slug]);
            output.WriteLine(m.Summary());
            output.WriteLine(m.Report);
            (claims, matchedClaims, relations, matchedRelations, falseClaims) =
                (claims + m.Claims, matchedClaims + m.MatchedClaims, relations + m.Relations, matchedRelations + m.MatchedRelations, falseClaims + m.FalseClaims);
        }

        output.WriteLine($"all: claims {matchedClaims} of {claims}, relations {matchedRelations} of {relations}, false claims {falseClaims}");
        Assert.Equal(34, claims);
        Assert.True(matchedClaims * 10 >= claims * 9, $"claims {matchedClaims} of {claims}");
        Assert.Equal(0, falseClaims);

        // The target is 60 %; most key relations have no words in the text (partOf between segments and totals,
        // equivalents at another pair's rate), which no cue word can suggest: docs/drafting.md gives the figures.
        Assert.True(matchedRelations >= 6, $"relations {matchedRelations} of {relations}");
    }

    [Fact]
    public void Seed_DraftLoadsUnchangedFromItsJson()
    {
        var draft = DraftSeed();
        string json = draft.ToJson();
        var loaded = ClaimsDocument.Parse(json, DocumentFiles.SeedText);
        Assert.Equal(json, loaded.ToJson());
        Assert.Equal(draft.Document!.Claims.Select(c => c.Id), loaded.Claims.Select(c => c.Id));
        Assert.All(loaded.Claims, c => Assert.Contains("subject", c.Guessed));
        Assert.All(loaded.Relations, r => Assert.Equal(["type", "claims"], r.Guessed.Take(2)));
    }

    [Fact]
    public void Seed_DraftedDocumentLoadsFromAFileBesideTheArticle()
    {
        string dir = Path.Combine(Path.GetTempPath(), "draft-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "article.it.txt"), DocumentFiles.SeedText);
            var draft = ClaimsDraft.FromText(DocumentFiles.SeedText, "it", new DateOnly(2025, 12, 31), new ClaimsDraftOptions { TextPath = "article.it.txt" });
            string path = Path.Combine(dir, "draft.claims.json");
            File.WriteAllText(path, draft.ToJson());
            var loaded = ClaimsDocument.Load(path);
            Assert.Equal(draft.Document!.Claims.Count, loaded.Claims.Count);
            Assert.Equal("unknown publisher", loaded.Article.Publisher);
            Assert.Contains(draft.Notes, n => n.Contains("no publisher was given", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
