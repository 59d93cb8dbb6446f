using System;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Tests.Documents;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Drafting;

public sealed class ClaimsDraftTests
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    [Fact]
    public void FromText_NoFigures_NoDocumentAndTheReason()
    {
        var draft = ClaimsDraft.FromText("ByteDance ha acquisito importanza nell’intelligenza artificiale dei consumatori.", NewsLanguage.Italian, AsOf);
        Assert.False(draft.HasDocument);
        Assert.Null(draft.Document);
        Assert.Equal("the text has no quantity figures (money, counts, tokens, users, shares) to draft claims from.", draft.Problem);
        var e = Assert.Throws<InvalidOperationException>(() => draft.ToJson());
        Assert.Contains(draft.Problem!, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromText_OnlyYearsAndNames_NoDocument()
    {
        // Years and model names are not quantities; "14" of a date has no unit and is not drafted.
        var draft = ClaimsDraft.FromText("The RTX 5070 shipped in 2025. (Yicai) Nov. 14 -- nothing else.", NewsLanguage.English, AsOf);
        Assert.False(draft.HasDocument);
        Assert.StartsWith("none of the text's", draft.Problem, StringComparison.Ordinal);
        Assert.Contains(draft.Notes, n => n.StartsWith("\"5070\"", StringComparison.Ordinal));
    }

    [Fact]
    public void FromText_UnknownLanguage_ClearError()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ClaimsDraft.FromText("x 5 billion dollars", (NewsLanguage)7, AsOf));
        Assert.Equal("language", e.ParamName);
        Assert.Contains("Italian (\"it\") and English (\"en\")", e.Message, StringComparison.Ordinal);
        var code = Assert.Throws<ArgumentException>(() => ClaimsDraft.FromText("x", "de", AsOf, ClaimsDraftOptions.Default));
        Assert.Equal("The drafter reads \"it\" (Italian) and \"en\" (English); 'de' is not one of them. (Parameter 'language')", code.Message);
    }

    [Fact]
    public void FromText_Binary_Refused()
    {
        var draft = ClaimsDraft.FromText("PK\u0003\u0004\0\0 160 miliardi di yuan", NewsLanguage.Italian, AsOf);
        Assert.False(draft.HasDocument);
        Assert.Equal("the text contains NUL characters: it looks like a binary file, not an article.", draft.Problem);
    }

    [Fact]
    public void FromText_Huge_Refused()
    {
        var draft = ClaimsDraft.FromText(new string('x', ClaimsDraft.MaxTextLength + 1), NewsLanguage.English, AsOf);
        Assert.False(draft.HasDocument);
        Assert.Equal("the text has 200001 characters; the drafter reads at most 200000 (split the article).", draft.Problem);
    }

    [Fact]
    public void FromText_Blank_Refused() =>
        Assert.Equal("the text is blank.", ClaimsDraft.FromText(" \n\t", NewsLanguage.English, AsOf).Problem);

    [Fact]
    public void FromText_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => ClaimsDraft.FromText(null!, NewsLanguage.English, AsOf));

    [Fact]
    public void FromText_BadOptions_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimsDraft.FromText("x", NewsLanguage.English, AsOf, new ClaimsDraftOptions { Scale = ScalePolicy.RejectAmbiguous }));
        Assert.Throws<ArgumentException>(() => ClaimsDraft.FromText("x", NewsLanguage.English, AsOf, new ClaimsDraftOptions { TextPath = "/abs/a.txt" }));
        Assert.Throws<ArgumentException>(() => ClaimsDraft.FromText("x", NewsLanguage.English, AsOf, new ClaimsDraftOptions { Publisher = " FT" }));
    }

    [Fact]
    public void FromText_Seed_ClaimsAsTheArticleWritesThem()
    {
        var d = DraftMeasurementTests.DraftSeed().Document!;
        var first = d.Claims[0];
        Assert.Equal("bytedance-cny-2026", first.Id);
        Assert.Equal("ByteDance", first.Subject);
        Assert.Equal("prevede di investire 160 miliardi di yuan", first.Claim.Quote.Text);
        Assert.Equal("160 miliardi", first.Figure);
        Assert.Equal(MeasureKind.Money, first.Measure);
        Assert.Equal("CNY", first.Claim.UnitText);
        Assert.Equal("nel 2026", first.Claim.Period.Text);
        Assert.Equal(["subject", "metric"], first.Guessed);

        var users = d.Claims.Single(c => c.Figure == "157 milioni");
        Assert.Equal("Doubao", users.Subject);
        Assert.Equal(MeasureKind.ActiveUsers, users.Measure);
        Assert.Equal("Financial Times (Italian translation) citing QuestMobile", users.Claim.Source.ToString());

        // No period words in its sentence: the previous sentence's, guessed.
        var order = d.Claims.Single(c => c.Claim.Quote.Text.Contains("20.000 unità H200", StringComparison.Ordinal));
        Assert.Equal("entro metà febbraio", order.Claim.Period.Text);
        Assert.Contains("period", order.Guessed);

        // "ha superato i 30 trilioni": the hedge is read from the quote.
        var tokens = d.Claims.Single(c => c.Figure.EndsWith("30 trilioni", StringComparison.Ordinal));
        Assert.Equal(EstimateKind.Over, tokens.Claim.Interval.Kind);
        Assert.Equal("tokens per 1 d", tokens.Claim.UnitText);
    }

    [Fact]
    public void FromText_Seed_RelationsFromCueWords()
    {
        var d = DraftMeasurementTests.DraftSeed().Document!;
        var equivalent = d.Relations.Single(r => r.Kind == RelationKind.Equivalent);
        Assert.Equal("160 miliardi di yuan, circa 23 miliardi di dollari", equivalent.Quote!.Value.Text);
        Assert.Equal(RateSource.Provider, equivalent.RateSource);
        Assert.Contains("rate", equivalent.Guessed);
        var half = d.Relations.Single(r => r.Kind == RelationKind.AboutFraction);
        Assert.Equal(0.5m, half.Fraction);
        Assert.Equal(Verdict.Disagrees, half.Check().Verdict); // 85 of 150 is 56.7 %: outside 45-55 %
        Assert.Contains(d.Relations, r => r.Kind == RelationKind.Approaches && r.Quote!.Value.Text == "50 trilioni di token, avvicinandosi ai 43 trilioni di token");
    }

    [Fact]
    public void FromText_GluedCurrencyCodeAndBrackets_OneAmountInTwoCurrencies()
    {
        const string text = "MADE UP. Acme Corp reported net profit of CNY63.1 billion (USD8.9 billion) in the third quarter.";
        var d = ClaimsDraft.FromText(text, NewsLanguage.English, new DateOnly(2025, 11, 14), new ClaimsDraftOptions { Publisher = "Test Wire" }).Document!;
        Assert.Equal(["63.1 billion", "8.9 billion"], d.Claims.Select(c => c.Figure));
        Assert.Equal(["CNY", "USD"], d.Claims.Select(c => c.Claim.UnitText));
        Assert.All(d.Claims, c => Assert.Equal(new DateRange(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30)), c.Claim.Period.Span));
        Assert.Equal("Test Wire citing Acme Corp", d.Claims[0].Claim.Source.ToString());
        var r = Assert.Single(d.Relations);
        Assert.Equal(RelationKind.Equivalent, r.Kind);
        Assert.Equal("CNY63.1 billion (USD8.9 billion)", r.Quote!.Value.Text);
    }

    [Fact]
    public void FromText_SentenceWithoutPeriod_TakesTheReportingPeriodOfTheSentenceBefore_NotItsComparison()
    {
        // Made up, shaped like an Italian results report: the first sentence states the quarter and compares with a
        // year; the next sentence's figure has no period words of its own and belongs to the quarter reported, not to
        // the comparison's year named last.
        const string text = "MADE UP. Nel terzo trimestre del 2025 Acme ha riportato ricavi per 24,7 miliardi di yuan, "
            + "rispetto ai 23,6 miliardi di yuan del 2024. Il segmento cloud ha generato entrate per 13,2 miliardi di yuan.";
        var d = ClaimsDraft.FromText(text, NewsLanguage.Italian, new DateOnly(2025, 11, 25)).Document!;
        Assert.Equal(["24,7 miliardi", "23,6 miliardi", "13,2 miliardi"], d.Claims.Select(c => c.Figure));
        var quarter = new DateRange(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30));
        Assert.Equal(quarter, d.Claims[0].Claim.Period.Span);
        Assert.Equal(new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), d.Claims[1].Claim.Period.Span);
        Assert.Equal(quarter, d.Claims[2].Claim.Period.Span);
        Assert.Contains("period", d.Claims[2].Guessed);
    }

    [Fact]
    public void FromText_FiscalPeriod_CompanyCalendar()
    {
        const string text = "MADE UP. NVIDIA reported first quarter fiscal 2026 revenue of $44.1 billion.";
        var c = Assert.Single(ClaimsDraft.FromText(text, NewsLanguage.English, new DateOnly(2025, 5, 28)).Document!.Claims);
        Assert.Equal("Nvidia", c.CalendarName);
        Assert.Contains("calendar", c.Guessed);
        Assert.Equal(new DateRange(new DateOnly(2025, 1, 27), new DateOnly(2025, 4, 27)), c.Claim.Period.Span);
    }

    [Fact]
    public void FromText_ChangeInPercent_NotAShare()
    {
        const string text = "MADE UP. Revenue jumped 15 percent to $12 billion in 2025, and the margin was 40%.";
        var draft = ClaimsDraft.FromText(text, NewsLanguage.English, AsOf);
        Assert.Equal(["12 billion", "40%"], draft.Document!.Claims.Select(c => c.Figure));
        Assert.Contains(draft.Notes, n => n.StartsWith("\"15 percent\"", StringComparison.Ordinal) && n.Contains("a change in percent", StringComparison.Ordinal));
    }

    [Fact]
    public void FromText_NoPeriodWords_NotDrafted()
    {
        var draft = ClaimsDraft.FromText("MADE UP. The fund holds $5 billion.", NewsLanguage.English, AsOf);
        Assert.False(draft.HasDocument);
        Assert.Contains(draft.Notes, n => n.Contains("no words of the text name a period", StringComparison.Ordinal));
    }

    [Fact]
    public void TryParseLanguage_KnownCodesOnly()
    {
        Assert.True(ClaimsDraft.TryParseLanguage("it", out var it));
        Assert.Equal(NewsLanguage.Italian, it);
        Assert.True(ClaimsDraft.TryParseLanguage("en", out var en));
        Assert.Equal(NewsLanguage.English, en);
        Assert.False(ClaimsDraft.TryParseLanguage("EN", out _));
        Assert.False(ClaimsDraft.TryParseLanguage(null, out _));
    }

    [Fact]
    public void Guessed_UnknownField_RefusedAtItsPath()
    {
        string json = DocumentFiles.SeedJson.Replace("\"source\": \"QuestMobile\"", "\"source\": \"QuestMobile\", \"guessed\": [\"colour\"]", StringComparison.Ordinal);
        var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse(json, DocumentFiles.SeedText));
        Assert.Equal("$.claims[8].guessed[0]", e.Path);
        Assert.Contains("'colour' is not a field that can be guessed here", e.Message, StringComparison.Ordinal);
        string twice = DocumentFiles.SeedJson.Replace("\"source\": \"QuestMobile\"", "\"source\": \"QuestMobile\", \"guessed\": [\"subject\", \"subject\"]", StringComparison.Ordinal);
        Assert.Equal("$.claims[8].guessed[1]", Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse(twice, DocumentFiles.SeedText)).Path);
    }

    [Fact]
    public void Guessed_ReadAndWrittenBack()
    {
        string json = DocumentFiles.SeedJson.Replace("\"source\": \"QuestMobile\"", "\"source\": \"QuestMobile\", \"guessed\": [\"metric\", \"subject\"]", StringComparison.Ordinal)
            .Replace("\"quote\": \"Doubao è arrivato a 159 milioni\"", "\"quote\": \"Doubao è arrivato a 159 milioni\", \"guessed\": [\"type\"]", StringComparison.Ordinal);
        var d = ClaimsDocument.Parse(json, DocumentFiles.SeedText);
        Assert.Equal(["metric", "subject"], d.Claims[8].Guessed);
        Assert.True(d.Claims[8].IsGuessed);
        Assert.False(d.Claims[0].IsGuessed);
        Assert.Equal(["type"], d.Relations.Single(r => r.Id == "doubao-increase").Guessed);
        var again = ClaimsDocument.Parse(d.ToJson(), DocumentFiles.SeedText);
        Assert.Equal(["metric", "subject"], again.Claims[8].Guessed);
        Assert.Equal(d.ToJson(), again.ToJson());
    }
}
