using System;
using System.Linq;
using DomainModel.Text;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Text;

/// <summary>The lexicons: one per language, found by language and by code, and German read and written through them.</summary>
public sealed class LexiconTests
{
    [Fact]
    public void All_IsOnePerLanguage_InTheOrderOfTheEnum()
    {
        Assert.Equal([NewsLanguage.English, NewsLanguage.Italian, NewsLanguage.German], Lexicon.All.Select(l => l.Language));
        Assert.Equal(["en", "it", "de"], Lexicon.All.Select(l => l.Code));
        Assert.Equal(Enum.GetValues<NewsLanguage>().Length, Lexicon.All.Count);
        foreach (var language in Enum.GetValues<NewsLanguage>())
        {
            Assert.Same(Lexicon.All[(int)language], Lexicon.For(language));
        }
    }

    [Theory]
    [InlineData("en", NewsLanguage.English)]
    [InlineData("it", NewsLanguage.Italian)]
    [InlineData("de", NewsLanguage.German)]
    public void TryFromCode_KnownCode_FindsTheLexicon(string code, NewsLanguage language)
    {
        Assert.True(Lexicon.TryFromCode(code, out var lexicon));
        Assert.Equal(language, lexicon.Language);
        Assert.Equal(code, lexicon.Code);
    }

    [Theory]
    [InlineData("DE")]
    [InlineData("fr")]
    [InlineData("")]
    [InlineData(null)]
    public void TryFromCode_OtherCode_IsFalse(string? code)
    {
        Assert.False(Lexicon.TryFromCode(code, out var lexicon));
        Assert.Null(lexicon);
    }

    [Fact]
    public void For_UndefinedLanguage_Throws_NamingTheLanguages()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Lexicon.For((NewsLanguage)3));
        Assert.Equal("language", e.ParamName);
        Assert.Contains("English, Italian and German", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Months_AreTwelve_JanuaryFirst()
    {
        Assert.Equal("january", Lexicon.English.Months[0]);
        Assert.Equal("dicembre", Lexicon.Italian.Months[11]);
        Assert.Equal("marz", Lexicon.German.Months[2]);
        Assert.All(Lexicon.All, l => Assert.Equal(12, l.Months.Count));
    }

    [Fact]
    public void Hedges_LongestFirst_AndEachLanguageHasItsOwn()
    {
        foreach (var lexicon in Lexicon.All)
        {
            var lengths = lexicon.Hedges.Select(h => h.Key.Length).ToArray();
            Assert.Equal(lengths.OrderByDescending(n => n), lengths);
        }

        Assert.Contains(Lexicon.German.Hedges, h => h.Key == "rund" && h.Value == NumberQualifier.About);
        Assert.Contains(Lexicon.German.Hedges, h => h.Key == "gut" && h.Value == NumberQualifier.JustOver);
        Assert.DoesNotContain(Lexicon.English.Hedges, h => h.Key == "rund");
        Assert.DoesNotContain(Lexicon.German.Hedges, h => h.Key == "circa" && h.Value != NumberQualifier.About);
    }

    [Fact]
    public void ToString_IsNameAndCode() => Assert.Equal("German (de)", Lexicon.German.ToString());

    // ---- German figures -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2,7 Milliarden", ScalePolicy.LongScale, 2.7e9)]
    [InlineData("2,7 Milliarden", ScalePolicy.ShortScale, 2.7e9)]
    [InlineData("eine Milliarde", ScalePolicy.LongScale, -1)]
    [InlineData("1 Milliarde", ScalePolicy.LongScale, 1e9)]
    [InlineData("4,4 Billionen", ScalePolicy.LongScale, 4.4e12)]
    [InlineData("4,4 Billionen", ScalePolicy.ByLanguage, 4.4e12)]
    [InlineData("4,4 Billionen", ScalePolicy.ShortScale, 4.4e9)]
    [InlineData("1 Billion", ScalePolicy.ByLanguage, 1e12)]
    [InlineData("655 Millionen", ScalePolicy.LongScale, 655e6)]
    [InlineData("5 Mrd.", ScalePolicy.LongScale, 5e9)]
    [InlineData("5 Mrd", ScalePolicy.ShortScale, 5e9)]
    [InlineData("3 Bio.", ScalePolicy.ShortScale, 3e12)]
    [InlineData("12,5 Mio.", ScalePolicy.LongScale, 12.5e6)]
    [InlineData("1.234,5", ScalePolicy.LongScale, 1234.5)]
    [InlineData("50-Milliarden", ScalePolicy.LongScale, 50e9)]
    [InlineData("20 Tausend", ScalePolicy.LongScale, 20e3)]
    public void Parse_German_ReadsItsScaleWordsAndDigits(string text, ScalePolicy policy, double expected)
    {
        if (expected < 0)
        {
            Assert.False(NewsNumberParser.TryParse(text, NewsLanguage.German, policy, out _));
            return;
        }

        Assert.Equal((decimal)expected, NewsNumberParser.Parse(text, NewsLanguage.German, policy).Value);
    }

    [Fact]
    public void Parse_GermanBillion_UnderRejectAmbiguous_IsRefused()
    {
        var e = Assert.Throws<DomainModelFormatException>(() => NewsNumberParser.Parse("4,4 Billionen", NewsLanguage.German, ScalePolicy.RejectAmbiguous));
        Assert.Equal(ParseError.AmbiguousScaleWord, e.Error);
        Assert.Contains("Billionen", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rund 2,7 Milliarden Euro", NumberQualifier.About, 2.7e9, "Euro")]
    [InlineData("etwa 3,8 Milliarden Euro", NumberQualifier.About, 3.8e9, "Euro")]
    [InlineData("mehr als 50 Milliarden Dollar", NumberQualifier.Over, 50e9, "Dollar")]
    [InlineData("gut 50 Milliarden", NumberQualifier.JustOver, 50e9, "")]
    [InlineData("knapp 17,9 Prozent", NumberQualifier.Nearly, 17.9, "Prozent")]
    [InlineData("bis zu 80.000 Einheiten", NumberQualifier.UpTo, 80000, "Einheiten")]
    [InlineData("mindestens 25", NumberQualifier.AtLeast, 25, "")]
    [InlineData("fast 4 Billionen", NumberQualifier.Nearly, 4e12, "")]
    [InlineData("über 30 Billionen Token", NumberQualifier.Over, 30e12, "Token")]
    [InlineData("weniger als 5 Prozent", NumberQualifier.Under, 5, "Prozent")]
    [InlineData("ca. 3 Mrd. Euro", NumberQualifier.About, 3e9, "Euro")]
    public void Parse_GermanHedges_AreReported(string text, NumberQualifier qualifier, double value, string unit)
    {
        var parsed = NewsNumberParser.Parse(text, NewsLanguage.German, ScalePolicy.LongScale);
        Assert.Equal(qualifier, parsed.Qualifier);
        Assert.Equal((decimal)value, parsed.Value);
        Assert.Equal(unit, parsed.Unit);
    }

    [Theory]
    [InlineData("zwischen 350 und 400 Milliarden Dollar", 350e9, 400e9)]
    [InlineData("von 2,2 bis 2,7 Milliarden Euro", 2.2e9, 2.7e9)]
    [InlineData("40.000 bis 80.000 Einheiten", 40000, 80000)]
    public void ParseRange_German_ReadsItsRangeWords(string text, double low, double high)
    {
        var range = NewsNumberParser.ParseRange(text, NewsLanguage.German, ScalePolicy.LongScale);
        Assert.Equal((decimal)low, range.Min.Value);
        Assert.Equal((decimal)high, range.Max.Value);
    }

    [Fact]
    public void Parse_GermanWords_AreNotEnglish_WhenTheLanguageIsGiven()
    {
        // "rund" is no English hedge: in English it starts the unit text, and the figure is unhedged.
        Assert.False(NewsNumberParser.TryParse("rund 5", NewsLanguage.English, ScalePolicy.ShortScale, out _));
        Assert.Equal(NumberQualifier.None, NewsNumberParser.Parse("5 rund", NewsLanguage.English).Qualifier);
    }

    [Theory]
    [InlineData(2.7e9, ScalePolicy.LongScale, "2,7 Milliarden")]
    [InlineData(1e9, ScalePolicy.LongScale, "1 Milliarde")]
    [InlineData(4.4e12, ScalePolicy.LongScale, "4,4 Billionen")]
    [InlineData(1e12, ScalePolicy.LongScale, "1 Billion")]
    [InlineData(4.4e12, ScalePolicy.ShortScale, "4.400 Milliarden")]
    [InlineData(4.4e12, ScalePolicy.RejectAmbiguous, "4.400 Milliarden")]
    [InlineData(1e12, ScalePolicy.ByLanguage, "1.000 Milliarden")]
    [InlineData(655e6, ScalePolicy.LongScale, "655 Millionen")]
    [InlineData(20000, ScalePolicy.LongScale, "20.000")]
    public void Format_German_WritesItsWords(double value, ScalePolicy policy, string expected) =>
        Assert.Equal(expected, NewsNumberFormatter.Format((decimal)value, NewsLanguage.German, NumberConventions.German, policy));

    [Property(MaxTest = 300)]
    public bool Format_ThenParse_InTheLanguage_IsTheSameValue(decimal value, NewsLanguage language, ScalePolicy policy)
    {
        value = Math.Abs(value);
        language = (NewsLanguage)((((int)language % 3) + 3) % 3);
        policy = Enum.IsDefined(policy) ? policy : ScalePolicy.LongScale;
        var conventions = Lexicon.For(language).Conventions;
        string text = NewsNumberFormatter.Format(value, language, conventions, policy);
        return NewsNumberParser.Parse(text, language, policy).Value == value
            && NewsNumberParser.Parse(text, conventions, policy).Value == value;
    }

    [Property(MaxTest = 200)]
    public bool German_Format_ThenParse_AtPowersOfTen(PositiveInt mantissa, byte power)
    {
        decimal value = mantissa.Get * (decimal)Math.Pow(10, power % 16);
        return Enum.GetValues<ScalePolicy>().All(policy =>
            NewsNumberParser.Parse(NewsNumberFormatter.Format(value, NewsLanguage.German, NumberConventions.German, policy), NewsLanguage.German, policy).Value == value);
    }
}
