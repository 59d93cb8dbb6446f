using System;
using System.IO;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainModel.Tests.Drafting;

/// <summary>Any text drafts to a document that loads from its own JSON, or to a draft that says why it has none; nothing else is thrown.</summary>
[Properties(MaxTest = 100)]
public sealed class ClaimsDraftPropertyTests
{
    /// <summary>Pieces of the real articles (sentences, clauses, figures, cue words) and of noise, to be shuffled together.</summary>
    private static readonly string[] Pieces = BuildPieces();

    private static string[] BuildPieces()
    {
        var texts = Directory.GetFiles(RepositoryPaths.Combine("docs", "articles"), "*.txt")
            .Append(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "article.it.txt"))
            .Select(File.ReadAllText);
        var pieces = texts.SelectMany(t => t.Split([", ", ". ", "\n"], StringSplitOptions.RemoveEmptyEntries)).ToList();
        pieces.AddRange(["160 miliardi di yuan", "(USD8.9 billion)", "$ 20.000 per unità", "circa la metà", "di cui", "rispetto ai", "up from", "fell",
            "3x", "dieci volte", "nel 2026", "Q2 fiscal 2026", "¥", "$", "%", "-", "(", ")", "“", "NVIDIA", "ByteDance", ".", ",", "  ", "\u0001", "\uFFFD", "9999999999999999999999999999 trillion"]);
        return [.. pieces];
    }

    private static Arbitrary<string> Articles() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
            Gen.Elements(Pieces).ListOf().Select(list => string.Join(" ", list)),
            Gen.Elements(Pieces).ListOf().Select(list => string.Concat(list))).ToArbitrary();

    private static bool DraftsOrSaysWhy(string text, NewsLanguage language, DateOnly asOf)
    {
        var draft = ClaimsDraft.FromText(text, language, asOf);
        if (!draft.HasDocument)
        {
            return !string.IsNullOrWhiteSpace(draft.Problem) && Throws(draft);
        }

        var loaded = ClaimsDocument.Parse(draft.ToJson(), text);
        return draft.Problem is null
            && loaded.Claims.Count == draft.Document.Claims.Count
            && loaded.Relations.Count == draft.Document.Relations.Count
            && loaded.ToJson() == draft.ToJson()
            && loaded.Claims.All(c => c.IsGuessed && text.Contains(c.Claim.Quote.Text, StringComparison.Ordinal));
    }

    private static bool Throws(ClaimsDraft draft)
    {
        try
        {
            _ = draft.ToJson();
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    [Property]
    public Property AnyText_DraftsToADocumentThatLoads_OrSaysWhy() =>
        Prop.ForAll(Articles(), Gen.Elements(NewsLanguage.Italian, NewsLanguage.English).ToArbitrary(), (text, language) =>
            DraftsOrSaysWhy(text, language, new DateOnly(2025, 12, 31)));

    [Property(MaxTest = 15)]
    public Property AnyAsOfDate_DraftsOrSaysWhy() =>
        Prop.ForAll(
            Gen.Choose(1, 3_652_000).Select(d => DateOnly.FromDayNumber(d)).ToArbitrary(),
            asOf => DraftsOrSaysWhy(File.ReadAllText(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "article.it.txt")), NewsLanguage.Italian, asOf));
}
