using System;
using System.IO;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;

namespace DomainModel.Tests.Documents;

/// <summary>The documents the tests load: the seed article's, the made-up English one's, and all that the repository ships.</summary>
internal static class DocumentFiles
{
    internal static readonly string SeedPath = RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "Documents", "bytedance-ai-2026.it.claims.json");
    internal static readonly string MadeUpPath = RepositoryPaths.Combine("tests", "DomainModel.Tests", "Documents", "Data", "chips-race.en.claims.json");
    internal static readonly string SeedText = File.ReadAllText(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "article.it.txt"));
    internal static readonly string MadeUpText = File.ReadAllText(RepositoryPaths.Combine("tests", "DomainModel.Tests", "Documents", "Data", "chips-race.en.txt"));
    internal static readonly string SeedJson = File.ReadAllText(SeedPath);
    internal static readonly string MadeUpJson = File.ReadAllText(MadeUpPath);

    internal static ClaimsDocument Seed { get; } = ClaimsDocument.Load(SeedPath);

    internal static ClaimsDocument MadeUp { get; } = ClaimsDocument.Load(MadeUpPath);

    /// <summary>
    /// Every shipped document that loads today: the seed, the made-up one, the guide's acme, then the real articles'
    /// (ordinal order; docs/articles/GAPS.md lists what some cannot state yet).
    /// </summary>
    internal static ClaimsDocument[] Shipped()
    {
        var articles = Directory.GetFiles(RepositoryPaths.Combine("docs", "articles"), "*.claims.json").OrderBy(p => p, StringComparer.Ordinal);
        var loadable = articles.Select(p => ClaimsDocument.TryLoad(p, out var d, out _) ? d : null).OfType<ClaimsDocument>();
        return [Seed, MadeUp, ClaimsDocument.Load(RepositoryPaths.Combine("docs", "documents", "acme.en.claims.json")), .. loadable];
    }
}
