using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Scanning;

/// <summary>
/// Every figure <see cref="FigureScanner"/> finds in the seed article (/work/shared/seed/article.it.txt, shipped as
/// src/DomainModel.ArticleReport/article.it.txt) and in an English paragraph made up for these tests. Offsets are
/// found independently with <see cref="string.IndexOf(string, StringComparison)"/> of a context phrase.
/// </summary>
public sealed class FigureScannerTests
{
    private static readonly string Article = File.ReadAllText(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "article.it.txt"));

    /// <summary>Made up for these tests (not a real article): one English figure of every kind.</summary>
    private const string MadeUpEnglish =
        "Made-up sample: Apple said on March 16, 2026 it would spend US$53 billion, about 25% more than in fiscal 2025, " +
        "while ¥5bn went to a 1,000x faster chip. Analysts expect between 350 and 400 billion dollars; 20,000 H200 chips " +
        "at $30,000 per GPU; 157 million monthly active users; over 1.5 trillion tokens a day; ten times more; the week " +
        "of March 16-22, 2026; USD 20bn; a 3rd plant; since May 2024; 2024-2025; on 2026-03-16; half of the users; 12 apples.";

    private sealed record Row(string Context, string Figure, FigureKind Kind, NumberQualifier Qualifier, object? Typed, object? Low = null, object? High = null);

    private static Money Cny(decimal billions) => new(billions * 1_000_000_000m, Currency.CNY);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static DateRange Year(int y) => DateRange.OfYear(y);

    private static readonly Row[] SeedRows =
    [
        new("investire 160 miliardi di yuan", "160 miliardi di yuan", FigureKind.Money, NumberQualifier.None, Cny(160)),
        new("circa 23 miliardi di dollari", "circa 23 miliardi di dollari", FigureKind.Money, NumberQualifier.About, Usd(23_000_000_000m)),
        new("artificiale nel 2026", "2026", FigureKind.Date, NumberQualifier.None, Year(2026)),
        new("ai 150 miliardi di yuan", "150 miliardi di yuan", FigureKind.Money, NumberQualifier.None, Cny(150)),
        new("circa la metà", "circa la metà", FigureKind.Fraction, NumberQualifier.About, new Share(1m, 2m)),
        new("ovvero 85 miliardi di yuan", "85 miliardi di yuan", FigureKind.Money, NumberQualifier.None, Cny(85)),
        new("tra i 350 e i 400 miliardi di dollari", "tra i 350 e i 400 miliardi di dollari", FigureKind.Money, NumberQualifier.None, null, Usd(350_000_000_000m), Usd(400_000_000_000m)),
        new("AI nel 2025", "2025", FigureKind.Date, NumberQualifier.None, Year(2025)),
        new("per il 2026", "2026", FigureKind.Date, NumberQualifier.None, Year(2026)),
        new("40.000-80.000 unità", "40.000-80.000 unità", FigureKind.Count, NumberQualifier.None, null, new UnitCount(40_000, new CountKind("unità")), new UnitCount(80_000, new CountKind("unità"))),
        new("20.000 unità H200", "20.000 unità H200", FigureKind.Count, NumberQualifier.None, new UnitCount(20_000, new CountKind("unità H200"))),
        new("$ 20.000 per unità", "$ 20.000 per unità", FigureKind.Money, NumberQualifier.None, Usd(20_000m)),
        new("157 milioni di utenti attivi mensili", "157 milioni di utenti attivi mensili", FigureKind.Count, NumberQualifier.None, new UnitCount(157_000_000, new CountKind("utenti attivi mensili"))),
        new("159 milioni di utenti attivi mensili", "159 milioni di utenti attivi mensili", FigureKind.Count, NumberQualifier.None, new UnitCount(159_000_000, new CountKind("utenti attivi mensili"))),
        new("ha superato i 30 trilioni di token", "ha superato i 30 trilioni di token", FigureKind.Tokens, NumberQualifier.Over, TokenVolume.FromTrillions(30)),
        new("50 trilioni di token", "50 trilioni di token", FigureKind.Tokens, NumberQualifier.None, TokenVolume.FromTrillions(50)),
        new("43 trilioni di token", "43 trilioni di token", FigureKind.Tokens, NumberQualifier.None, TokenVolume.FromTrillions(43)),
    ];

    private static readonly Row[] EnglishRows =
    [
        new("on March 16, 2026", "March 16, 2026", FigureKind.Date, NumberQualifier.None, DateRange.SingleDay(new DateOnly(2026, 3, 16))),
        new("US$53 billion", "US$53 billion", FigureKind.Money, NumberQualifier.None, Usd(53_000_000_000m)),
        new("about 25%", "about 25%", FigureKind.Percentage, NumberQualifier.About, new Share(25m, 100m)),
        new("fiscal 2025", "2025", FigureKind.Date, NumberQualifier.None, Year(2025)),
        new("¥5bn", "¥5bn", FigureKind.Money, NumberQualifier.None, null),
        new("1,000x", "1,000x", FigureKind.Multiple, NumberQualifier.None, 1000m),
        new("between 350 and 400 billion dollars", "between 350 and 400 billion dollars", FigureKind.Money, NumberQualifier.None, null, Usd(350_000_000_000m), Usd(400_000_000_000m)),
        new("20,000 H200 chips", "20,000 H200 chips", FigureKind.Count, NumberQualifier.None, new UnitCount(20_000, new CountKind("H200 chips"))),
        new("$30,000 per GPU", "$30,000 per GPU", FigureKind.Money, NumberQualifier.None, Usd(30_000m)),
        new("157 million monthly active users", "157 million monthly active users", FigureKind.Count, NumberQualifier.None, new UnitCount(157_000_000, new CountKind("monthly active users"))),
        new("over 1.5 trillion tokens", "over 1.5 trillion tokens", FigureKind.Tokens, NumberQualifier.Over, TokenVolume.FromBillions(1500)),
        new("ten times", "ten times", FigureKind.Multiple, NumberQualifier.None, 10m),
        new("March 16-22, 2026", "March 16-22, 2026", FigureKind.Date, NumberQualifier.None, new DateRange(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 22))),
        new("USD 20bn", "USD 20bn", FigureKind.Money, NumberQualifier.None, Usd(20_000_000_000m)),
        new("3rd", "3rd", FigureKind.Ordinal, NumberQualifier.None, 3m),
        new("May 2024", "May 2024", FigureKind.Date, NumberQualifier.None, DateRange.OfMonth(2024, 5)),
        new("2024-2025", "2024-2025", FigureKind.Date, NumberQualifier.None, new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31))),
        new("2026-03-16", "2026-03-16", FigureKind.Date, NumberQualifier.None, DateRange.SingleDay(new DateOnly(2026, 3, 16))),
        new("half of the users", "half", FigureKind.Fraction, NumberQualifier.None, new Share(1m, 2m)),
        new("12 apples", "12", FigureKind.Number, NumberQualifier.None, 12m),
    ];

    [Fact]
    public void Scan_SeedArticle_FindsEveryFigure_AtItsOffset_WithKindAndTypedValue() =>
        AssertMentions(Article, NewsLanguage.Italian, SeedRows);

    [Fact]
    public void Scan_MadeUpEnglishParagraph_FindsEveryFigure_AtItsOffset_WithKindAndTypedValue() =>
        AssertMentions(MadeUpEnglish, NewsLanguage.English, EnglishRows);

    [Fact]
    public void Scan_SeedArticle_ModelNamesAndPeriodWordsAreNotFigures()
    {
        var mentions = FigureScanner.Scan(Article, NewsLanguage.Italian);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("H200", StringComparison.Ordinal) && m.Kind != FigureKind.Count);
        int febbraio = Article.IndexOf("metà febbraio", StringComparison.Ordinal);
        Assert.DoesNotContain(mentions, m => m.Offset <= febbraio && febbraio < m.Offset + m.Length);
    }

    [Fact]
    public void Scan_Range_BoundsCarryTheirOwnOffsetsAndTheRangesScale()
    {
        var range = FigureScanner.Scan(Article, NewsLanguage.Italian).Single(m => m.Text.StartsWith("tra i 350", StringComparison.Ordinal));
        Assert.True(range.IsRange);
        Assert.Null(range.Value);
        Assert.Null(range.Money);
        Assert.Equal(Currency.USD, range.Currency);
        int at = Article.IndexOf("tra i 350", StringComparison.Ordinal);
        Assert.Equal(at + "tra i ".Length, range.Bounds[0].Offset);
        Assert.Equal("350", range.Bounds[0].Text);
        Assert.Equal(350_000_000_000m, range.Bounds[0].Value);
        Assert.Equal(at + "tra i 350 e i ".Length, range.Bounds[1].Offset);
        Assert.Equal("400 miliardi", range.Bounds[1].Text);
        Assert.NotNull(range.Range);
        Assert.True(range.Range!.Min.ScaleWordInherited);
    }

    [Fact]
    public void Scan_ItalianDigits_AreItalian_EnglishDigitsEnglish()
    {
        Assert.Equal(20_000m, FigureScanner.Scan("costa 20.000 euro", NewsLanguage.Italian).Single().Value);
        Assert.Equal(1.5m, FigureScanner.Scan("1,5 miliardi di euro", NewsLanguage.Italian).Single().Money!.Value.Amount / 1_000_000_000m);
        Assert.Equal(20_000m, FigureScanner.Scan("costs 20,000 euros", NewsLanguage.English).Single().Value);
        Assert.Equal(new Money(1_500_000_000m, Currency.EUR), FigureScanner.Scan("1.5 billion euros", NewsLanguage.English).Single().Money);
    }

    [Theory]
    [InlineData("the 1.50.0 units", NewsLanguage.English)]
    [InlineData("i 1,50,0 pezzi", NewsLanguage.Italian)]
    public void Scan_DigitsUnreadable_HaveNoValue(string text, NewsLanguage language)
    {
        var mention = FigureScanner.Scan(text, language).Single();
        Assert.Equal(FigureKind.Count, mention.Kind);
        Assert.Null(mention.Value);
        Assert.Null(mention.Count);
    }

    [Theory]
    [InlineData("oltre i 30 trilioni di token", NumberQualifier.Over, "oltre i 30 trilioni di token")]
    [InlineData("fino a 80.000 unità", NumberQualifier.UpTo, "fino a 80.000 unità")]
    [InlineData("almeno il 6%", NumberQualifier.AtLeast, "almeno il 6%")]
    [InlineData("quasi dieci volte", NumberQualifier.Nearly, "quasi dieci volte")]
    [InlineData("at least 25% above", NumberQualifier.AtLeast, "at least 25%")]
    [InlineData("up to $80,000", NumberQualifier.UpTo, "up to $80,000")]
    public void Scan_QualifierWords_AreReported_AndPartOfTheMention(string text, NumberQualifier qualifier, string mentionText)
    {
        var mention = FigureScanner.Scan(text, text.Contains("least", StringComparison.Ordinal) || text.StartsWith("up", StringComparison.Ordinal) ? NewsLanguage.English : NewsLanguage.Italian).Single();
        Assert.Equal(qualifier, mention.Qualifier);
        Assert.Equal(mentionText, mention.Text);
        Assert.Equal(0, mention.Offset);
    }

    [Theory]
    [InlineData("il 6 per cento in più", FigureKind.Percentage, 6)]
    [InlineData("6 percent", FigureKind.Percentage, 6)]
    [InlineData("12,5%", FigureKind.Percentage, 12.5)]
    [InlineData("dieci volte", FigureKind.Multiple, 10)]
    [InlineData("un aumento di 3 volte", FigureKind.Multiple, 3)]
    [InlineData("10× faster", FigureKind.Multiple, 10)]
    [InlineData("il 21° posto", FigureKind.Ordinal, 21)]
    public void Scan_PercentagesMultiplesOrdinals(string text, FigureKind kind, double value)
    {
        // Each language's words: "percent" and "×" in English, the others in Italian.
        var mention = FigureScanner.Scan(text, text.Contains("percent", StringComparison.Ordinal) ? NewsLanguage.English : NewsLanguage.Italian).Single();
        Assert.Equal(kind, mention.Kind);
        Assert.Equal((decimal)value, mention.Value);
    }

    [Theory]
    [InlineData("entro metà febbraio")]
    [InlineData("la metà di febbraio")]
    [InlineData("ad agosto")]
    [InlineData("il chip H200 e il B200")]
    [InlineData("Q3 e FY2026")]
    [InlineData("")]
    public void Scan_NoFigure_FindsNothing(string text)
    {
        Assert.Empty(FigureScanner.Scan(text, NewsLanguage.Italian));
    }

    [Fact]
    public void Scan_DigitsOfTheOtherLanguage_ReadOnlyWhereCertain()
    {
        var english = FigureScanner.Scan("1.5 miliardi di euro", NewsLanguage.Italian).Single();
        Assert.Equal(new Money(1_500_000_000m, Currency.EUR), english.Money);
        Assert.Null(english.Number!.Culture);
        var italian = FigureScanner.Scan("costs 1.500 euros", NewsLanguage.English).Single();
        Assert.Equal(1.5m, italian.Value);
    }

    [Theory]
    [InlineData("un calo del -5%", "-5%", FigureKind.Percentage)]
    [InlineData("utile di −3 miliardi di euro", "−3 miliardi di euro", FigureKind.Money)]
    public void Scan_MinusSign_GivesNoValue_RatherThanTheWrongOne(string text, string figure, FigureKind kind)
    {
        var mention = FigureScanner.Scan(text, NewsLanguage.Italian).Single();
        Assert.Equal(figure, mention.Text);
        Assert.Equal(text.IndexOf(figure, StringComparison.Ordinal), mention.Offset);
        Assert.Equal(kind, mention.Kind);
        Assert.Null(mention.Value);
        Assert.Null(mention.Money);
        Assert.Null(mention.Share);
    }

    [Theory]
    [InlineData("during COVID-19 and with GPT-4")]
    [InlineData("Llama-3 models")]
    public void Scan_HyphenatedModelNames_AreNotFigures(string text)
    {
        Assert.Empty(FigureScanner.Scan(text, NewsLanguage.English));
    }

    [Fact]
    public void Scan_YearAfterLowerCaseHyphenatedWord_IsADate()
    {
        var mention = FigureScanner.Scan("by mid-2025", NewsLanguage.English).Single();
        Assert.Equal(FigureKind.Date, mention.Kind);
        Assert.Equal("2025", mention.Text);
    }

    [Theory]
    [InlineData("in the first half of 2025")]
    [InlineData("la metà del 2025")]
    [InlineData("a half-year report")]
    public void Scan_HalfAsPeriod_IsNotAFraction(string text)
    {
        Assert.DoesNotContain(FigureScanner.Scan(text, text.Contains("metà", StringComparison.Ordinal) ? NewsLanguage.Italian : NewsLanguage.English), m => m.Kind == FigureKind.Fraction);
    }

    [Fact]
    public void IsQuantity_IsFalseOnlyForDatesAndOrdinals()
    {
        var mentions = FigureScanner.Scan(MadeUpEnglish, NewsLanguage.English);
        Assert.All(mentions, m => Assert.Equal(m.Kind is not (FigureKind.Date or FigureKind.Ordinal), m.IsQuantity));
        Assert.Equal(13, mentions.Count(m => m.IsQuantity));
    }

    /// <summary>The current culture is never read: a culture with other separators (built from the invariant one, so this runs with invariant globalization too) changes nothing.</summary>
    [Fact]
    public void Scan_IgnoresTheCurrentCulture()
    {
        var expected = FigureScanner.Scan(Article, NewsLanguage.Italian);
        var odd = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
        odd.NumberFormat.NumberDecimalSeparator = "\u066B";
        odd.NumberFormat.NumberGroupSeparator = "\u066C";
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        var savedUi = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = odd;
            System.Globalization.CultureInfo.CurrentUICulture = odd;
            Assert.Equal(expected, FigureScanner.Scan(Article, NewsLanguage.Italian));
            Assert.Equal(expected[0].ToString(), FigureScanner.Scan(Article, NewsLanguage.Italian)[0].ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
            System.Globalization.CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [Fact]
    public void Scan_NullText_Throws()
    {
        var e = Assert.Throws<ArgumentNullException>(() => FigureScanner.Scan(null!, NewsLanguage.Italian));
        Assert.Equal("text", e.ParamName);
    }

    [Fact]
    public void Scan_UndefinedLanguageOrPolicy_Throws()
    {
        var language = Assert.Throws<ArgumentOutOfRangeException>(() => FigureScanner.Scan("1", (NewsLanguage)7));
        Assert.Equal("language", language.ParamName);
        Assert.Contains("7", language.Message, StringComparison.Ordinal);
        var policy = Assert.Throws<ArgumentOutOfRangeException>(() => FigureScanner.Scan("1", NewsLanguage.English, (ScalePolicy)9));
        Assert.Equal("policy", policy.ParamName);
    }

    [Fact]
    public void Scan_Policy_IsPassedToTheParser()
    {
        var longScale = FigureScanner.Scan("30 trilioni di token", NewsLanguage.Italian, ScalePolicy.LongScale).Single();
        Assert.Equal(30_000_000_000_000_000_000m, longScale.Value);
        var rejected = FigureScanner.Scan("30 trilioni di token", NewsLanguage.Italian, ScalePolicy.RejectAmbiguous).Single();
        Assert.Equal(FigureKind.Tokens, rejected.Kind);
        Assert.Null(rejected.Value);
    }

    [Fact]
    public void Mention_ToString_IsInvariantSummary()
    {
        var first = FigureScanner.Scan(Article, NewsLanguage.Italian)[0];
        Assert.Equal($"Money 160000000000 CNY at {Article.IndexOf("160 miliardi", StringComparison.Ordinal)} \"160 miliardi di yuan\"", first.ToString());
    }

    [Fact]
    public void Mention_Equality_IsByValue()
    {
        var a = FigureScanner.Scan(Article, NewsLanguage.Italian);
        var b = FigureScanner.Scan(Article, NewsLanguage.Italian);
        Assert.Equal(a, b);
        Assert.Equal(a[6].GetHashCode(), b[6].GetHashCode());
        Assert.NotEqual(a[0], a[3]);
        Assert.False(a[0].Equals(null));
    }

    private static void AssertMentions(string text, NewsLanguage language, Row[] rows)
    {
        var mentions = FigureScanner.Scan(text, language);
        Assert.Equal(rows.Select(r => r.Figure), mentions.Select(m => m.Text));
        for (int i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            var mention = mentions[i];
            int context = text.IndexOf(row.Context, StringComparison.Ordinal);
            Assert.True(context >= 0, row.Context);
            int offset = context + row.Context.IndexOf(row.Figure, StringComparison.Ordinal);
            Assert.Equal(offset, mention.Offset);
            Assert.Equal(row.Figure.Length, mention.Length);
            Assert.Equal(text.Substring(mention.Offset, mention.Length), mention.Text);
            Assert.Equal(row.Kind, mention.Kind);
            Assert.Equal(row.Qualifier, mention.Qualifier);
            if (row.Low is not null)
            {
                Assert.True(mention.IsRange, row.Figure);
                Assert.Equal(row.Low, Typed(mention.Bounds[0]));
                Assert.Equal(row.High, Typed(mention.Bounds[1]));
            }
            else
            {
                Assert.False(mention.IsRange, row.Figure);
                Assert.Equal(row.Typed, Typed(mention));
            }
        }
    }

    private static object? Typed(FigureMention m) => m.Kind switch
    {
        FigureKind.Money => m.Money,
        FigureKind.Count => m.Count,
        FigureKind.Tokens => m.Tokens,
        FigureKind.Percentage or FigureKind.Fraction => m.Share,
        FigureKind.Date => m.Dates,
        _ => m.Value,
    };
}
