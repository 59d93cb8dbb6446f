using System;
using System.Globalization;
using System.IO;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Hardening;

/// <summary>
/// Large texts with their stated limits (docs/reliability.md): the scanner's lazy enumeration gives the figures its
/// list gives; the drafter refuses an article of 50 MB and a text of a million figures by their length, before
/// scanning; an article reader on an article of 50 MB reads its last figure. The cases too big for the unit suite
/// (a million figures scanned, 50 MB scanned, a claims document on a 50 MB article) run in the hardening step
/// (<c>DomainModel.Fuzz limits</c>).
/// </summary>
public sealed class LargeTextTests
{
    private const int FiftyMegabytes = 50 * 1024 * 1024;

    private static readonly DateOnly AsOf = new(2025, 12, 31);

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.GetFiles(RepositoryPaths.Combine("docs", "articles"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Enumerate_FindsTheFiguresScanLists_InTheSameOrder(string file)
    {
        string text = File.ReadAllText(RepositoryPaths.Combine("docs", "articles", file));
        var language = file.Contains(".it.", StringComparison.Ordinal) ? NewsLanguage.Italian : file.Contains(".de.", StringComparison.Ordinal) ? NewsLanguage.German : NewsLanguage.English;
        foreach (var policy in (ScalePolicy[])[ScalePolicy.ShortScale, ScalePolicy.RejectAmbiguous])
        {
            var listed = FigureScanner.Scan(text, language, policy);
            Assert.NotEmpty(listed);
            Assert.Equal(listed, FigureScanner.Enumerate(text, language, policy).ToList());
        }
    }

    [Fact]
    public void Enumerate_ChecksItsArgumentsWhenCalled_AndScansAgainEachTime()
    {
        Assert.Throws<ArgumentNullException>(() => FigureScanner.Enumerate(null!, NewsLanguage.English, ScalePolicy.ShortScale));
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureScanner.Enumerate("5%", (NewsLanguage)99, ScalePolicy.ShortScale));
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureScanner.Enumerate("5%", NewsLanguage.English, (ScalePolicy)99));
        var figures = FigureScanner.Enumerate("5% and 6% and 7%", NewsLanguage.English, ScalePolicy.ShortScale);
        Assert.Equal([0, 7, 14], figures.Select(m => m.Offset));
        Assert.Equal([0, 7, 14], figures.Select(m => m.Offset));
    }

    [Fact]
    public void Draft_OfAnArticleOf50MB_IsRefusedByItsLength()
    {
        string text = string.Concat(Enumerable.Repeat("Nel 2026 la spesa sarà di 160 miliardi di yuan. ", (FiftyMegabytes / 48) + 1));
        var draft = ClaimsDraft.FromText(text, NewsLanguage.Italian, AsOf);
        Assert.False(draft.HasDocument);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"the text has {text.Length} characters; the drafter reads at most {ClaimsDraft.MaxTextLength} (split the article)."), draft.Problem);
    }

    [Fact]
    public void Draft_OfAMillionFigures_IsRefusedByItsLength()
    {
        string text = string.Concat(Enumerable.Repeat("5% ", 1_000_000));
        var draft = ClaimsDraft.FromText(text, NewsLanguage.English, AsOf);
        Assert.False(draft.HasDocument);
        Assert.Contains("3000000 characters", draft.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleReader_OnAnArticleOf50MB_ReadsItsLastFigure()
    {
        string filler = string.Concat(Enumerable.Repeat("Il testo continua senza cifre. ", (FiftyMegabytes / 31) + 1));
        string text = filler + "Nel 2027 la spesa salirà a 170 miliardi di yuan.";
        var reader = new ArticleReader(text, new AsOfDate(AsOf, "made up"), NewsLanguage.Italian, ScalePolicy.ShortScale);
        var claim = reader.Read("last", "spesa", "la spesa salirà a 170 miliardi di yuan", "170 miliardi", "Nel 2027", SourceChain.Of("made up"), Money.Zero(Currency.CNY));
        Assert.Equal(filler.Length + "Nel 2027 ".Length, claim.Quote.Offset);
        Assert.Equal(new Money(170_000_000_000m, Currency.CNY), claim.Estimate.Stated);
        Assert.Equal(new DateOnly(2027, 1, 1), claim.Period.Span.Start);
    }
}
