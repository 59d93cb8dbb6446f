using System;
using System.IO;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Docs;

/// <summary>The code of docs/drafting.md, run.</summary>
public sealed class DraftingGuideTests
{
    [Fact]
    public void DraftReviewCheck()
    {
        string dir = Path.Combine(Path.GetTempPath(), "drafting-guide-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string articlePath = Path.Combine(dir, "article.it.txt");
        File.Copy(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "article.it.txt"), articlePath);
        try
        {
            #region snippet: drafting-draft
            string text = File.ReadAllText(articlePath);
            var draft = ClaimsDraft.FromText(text, NewsLanguage.Italian, new DateOnly(2025, 12, 31),
                new ClaimsDraftOptions { Publisher = "Financial Times (Italian translation)", TextPath = "article.it.txt" });
            if (!draft.HasDocument)
            {
                throw new InvalidOperationException(draft.Problem); // no figures, a binary or too long text
            }

            string documentPath = Path.Combine(Path.GetDirectoryName(articlePath)!, "article.it.claims.json");
            File.WriteAllText(documentPath, draft.ToJson());         // review it, then check it:
            var document = ClaimsDocument.Load(documentPath);
            int guessed = document.Claims.Count(c => c.IsGuessed);   // 13: every drafted claim, until reviewed
            var checks = document.Check();                           // "circa la metà" is contradicted, as in the shipped document
            #endregion

            Assert.Equal(13, guessed);
            Assert.Contains(checks, c => c.Verdict == Verdict.Disagrees);
            Assert.DoesNotContain(draft.Notes, n => n.Contains("not drafted", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
