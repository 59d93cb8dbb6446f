using System.IO;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;

namespace DomainModel.Tests.Documents;

/// <summary>The two documents the tests load: the seed article's and the made-up English one's.</summary>
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
}
