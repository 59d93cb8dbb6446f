using System;
using System.Globalization;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Text;

public sealed class NewsNumberParserTests
{
    private static readonly CultureInfo It = TestCultures.Get("it-IT");
    private static readonly CultureInfo En = TestCultures.Get("en-US");

    // ---- Laws ---------------------------------------------------------------------------------------------

    [Property(Arbitrary = new[] { typeof(QuantityArbitraries) }, MaxTest = 300)]
    public bool ParseOfFormat_IsIdentity_ForEveryCultureLanguageAndPolicy(decimal figure, NewsLanguage language, ScalePolicy policy, CultureInfo culture)
    {
        string text = NewsNumberFormatter.Format(figure, language, policy, culture);
        var parsed = NewsNumberParser.Parse(text, policy, culture);
        return parsed.Value == figure && parsed.Policy == policy && parsed.Culture == culture && parsed.Text == text;
    }

    [Property(Arbitrary = new[] { typeof(QuantityArbitraries) }, MaxTest = 200)]
    public bool Range_OfTwoFormattedFigures_KeepsBothBounds(decimal a, decimal b, ScalePolicy policy, CultureInfo culture)
    {
        // A bare lower bound takes the upper bound's scale word (by design), so both bounds are either below a
        // million (no scale word) or from a million up (a scale word each).
        if ((a < 1_000_000m) != (b < 1_000_000m))
        {
            a = a < 1_000_000m ? a + 1_000_000m : a;
            b = b < 1_000_000m ? b + 1_000_000m : b;
        }

        decimal low = Math.Min(a, b);
        decimal high = Math.Max(a, b);
        string text = NewsNumberFormatter.Format(low, NewsLanguage.Italian, policy, culture) + " – " + NewsNumberFormatter.Format(high, NewsLanguage.Italian, policy, culture) + " unità";
        var range = NewsNumberParser.ParseRange(text, policy, culture);
        return range.Min.Value == low && range.Max.Value == high && range.Unit == "unità";
    }

    // ---- Scale words and policies -------------------------------------------------------------------------

    [Theory]
    [InlineData("50 trilioni", ScalePolicy.ShortScale, 50e12)]
    [InlineData("50 trilioni", ScalePolicy.LongScale, 50e18)]
    [InlineData("50 trilioni", ScalePolicy.ByLanguage, 50e18)]
    [InlineData("50 trillion", ScalePolicy.ByLanguage, 50e12)]
    [InlineData("50 trillion", ScalePolicy.RejectAmbiguous, 50e12)]
    [InlineData("3 bilioni", ScalePolicy.ShortScale, 3e9)]
    [InlineData("3 bilioni", ScalePolicy.LongScale, 3e12)]
    [InlineData("3 billion", ScalePolicy.LongScale, 3e12)]
    [InlineData("160 miliardi", ScalePolicy.LongScale, 160e9)]
    [InlineData("20 mila", ScalePolicy.ShortScale, 20e3)]
    [InlineData("1,5 milioni", ScalePolicy.ShortScale, 1.5e6)]
    [InlineData("1.5bn", ScalePolicy.LongScale, 1.5e9)]
    [InlineData("7K", ScalePolicy.ShortScale, 7e3)]
    [InlineData("2 mn", ScalePolicy.ShortScale, 2e6)]
    [InlineData("4 tn", ScalePolicy.LongScale, 4e12)]
    [InlineData("12 mld", ScalePolicy.ShortScale, 12e9)]
    [InlineData("2 Million", ScalePolicy.ShortScale, 2e6)]
    public void Parse_ScaleWords_UnderPolicy(string text, ScalePolicy policy, double expected)
    {
        var parsed = NewsNumberParser.Parse(text, policy);
        Assert.Equal((decimal)expected, parsed.Value);
        Assert.Equal(policy, parsed.Policy);
        Assert.NotNull(parsed.ScaleWord);
    }

    [Fact]
    public void Parse_ReportsEverything()
    {
        var parsed = NewsNumberParser.Parse("oltre i 30 trilioni di token", ScalePolicy.ShortScale, It);
        Assert.Equal(30_000_000_000_000m, parsed.Value);
        Assert.Equal(30m, parsed.Mantissa);
        Assert.Equal(1_000_000_000_000m, parsed.Multiplier);
        Assert.Equal("trilioni", parsed.ScaleWord);
        Assert.Equal(NumberQualifier.Over, parsed.Qualifier);
        Assert.Equal(It, parsed.Culture);
        Assert.Equal("token", parsed.Unit);
        Assert.Equal("oltre i 30 trilioni di token", parsed.Text);
        Assert.Equal("30000000000000 (30 × 1000000000000 'trilioni', ShortScale, Over)", parsed.ToString());
    }

    [Theory]
    [InlineData("about 23 billion", NumberQualifier.About)]
    [InlineData("circa 23 miliardi", NumberQualifier.About)]
    [InlineData("over 30 trillion", NumberQualifier.Over)]
    [InlineData("più di 30 trilioni", NumberQualifier.Over)]
    [InlineData("less than 5 million", NumberQualifier.Under)]
    [InlineData("at least 5 million", NumberQualifier.AtLeast)]
    [InlineData("fino a 80 mila", NumberQualifier.UpTo)]
    [InlineData("almost 2 million", NumberQualifier.Nearly)]
    [InlineData("5 million", NumberQualifier.None)]
    public void Parse_Qualifiers(string text, NumberQualifier qualifier) =>
        Assert.Equal(qualifier, NewsNumberParser.Parse(text).Qualifier);

    // ---- Separators ---------------------------------------------------------------------------------------

    [IcuTheory]
    [InlineData("20.000", "it-IT", 20000)]
    [InlineData("20.000", "de-DE", 20000)]
    [InlineData("20.000", "en-US", 20)]
    [InlineData("20,000", "en-US", 20000)]
    [InlineData("1,5", "it-IT", 1.5)]
    [InlineData("1.5", "en-US", 1.5)]
    [InlineData("1,500", "it-IT", 1.5)]
    [InlineData("1.234.567,89", "it-IT", 1234567.89)]
    public void Parse_WithCulture_UsesItsSeparators(string text, string culture, double expected) =>
        Assert.Equal((decimal)expected, NewsNumberParser.Parse(text, culture: TestCultures.Get(culture)).Value);

    [Theory]
    [InlineData("1,5 miliardi", 1.5e9)]
    [InlineData("1.5 billion", 1.5e9)]
    [InlineData("3.14159", 3.14159)]
    [InlineData("1234.567", 1234.567)]
    [InlineData("0,500", 0.5)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("1,234,567.5", 1234567.5)]
    [InlineData("1.234.567,5", 1234567.5)]
    [InlineData("20000", 20000)]
    public void Parse_WithoutCulture_InfersWhereCertain(string text, double expected)
    {
        var parsed = NewsNumberParser.Parse(text);
        Assert.Equal((decimal)expected, parsed.Value);
        Assert.Null(parsed.Culture);
    }

    [Theory]
    [InlineData("20,000")]
    [InlineData("1.500")]
    [InlineData("20.000 unità")]
    [InlineData("150,000 miliardi")]
    public void Parse_AmbiguousSeparatorWithoutCulture_Throws(string text)
    {
        var e = Assert.Throws<DomainModelFormatException>(() => NewsNumberParser.Parse(text));
        Assert.Equal(ParseError.AmbiguousSeparator, e.Error);
        Assert.Equal(text, e.Input);
        Assert.Contains("ambiguous without a culture", e.Message, StringComparison.Ordinal);
        Assert.Contains("Pass a culture", e.Message, StringComparison.Ordinal);
        Assert.False(NewsNumberParser.TryParse(text, ScalePolicy.ShortScale, null, out var result));
        Assert.Null(result);
    }

    [IcuTheory]
    [InlineData("1.5 milioni", "it-IT", "group separator '.' must separate groups of three digits")]
    [InlineData("1,2,3", "en-US", "group separator ',' must separate groups of three digits")]
    [InlineData("1,5,5", "it-IT", "decimal separator ',' occurs more than once")]
    [InlineData("20.000,5", "en-US", "after the decimal separator '.' only digits are allowed")]
    public void Parse_MalformedDigits_Throws(string text, string culture, string expected)
    {
        var e = Assert.Throws<DomainModelFormatException>(() => NewsNumberParser.Parse(text, culture: TestCultures.Get(culture)));
        Assert.Equal(ParseError.InvalidNumber, e.Error);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    // ---- Bad input ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("12 zillion", "'zillion'")]
    [InlineData("5Q", "'Q'")]
    [InlineData("3 gazilioni", "'gazilioni'")]
    public void Parse_UnknownScaleWord_Throws(string text, string word)
    {
        var e = Assert.Throws<DomainModelFormatException>(() => NewsNumberParser.Parse(text));
        Assert.Equal(ParseError.UnknownScaleWord, e.Error);
        Assert.Contains(word + " after the number", e.Message, StringComparison.Ordinal);
        Assert.Contains("known are thousand", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ItalianLongScaleWord_UnderRejectAmbiguous_Throws()
    {
        var e = Assert.Throws<DomainModelFormatException>(() => NewsNumberParser.Parse("50 trilioni di token", ScalePolicy.RejectAmbiguous));
        Assert.Equal(ParseError.AmbiguousScaleWord, e.Error);
        Assert.Contains("'trilioni'", e.Message, StringComparison.Ordinal);
        Assert.Contains("Choose ShortScale", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", ParseError.Empty)]
    [InlineData("   ", ParseError.Empty)]
    [InlineData("token", ParseError.NoNumber)]
    [InlineData("80000000000000000000 trillion", ParseError.Overflow)]
    public void Parse_Nothing_Throws(string text, ParseError error)
    {
        var e = Assert.Throws<DomainModelFormatException>(() => NewsNumberParser.Parse(text));
        Assert.Equal(error, e.Error);
    }

    [Fact]
    public void Parse_NullOrUndefinedPolicy_ThrowsArgumentExceptions()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => NewsNumberParser.Parse(null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentOutOfRangeException>(() => NewsNumberParser.Parse("1", (ScalePolicy)9)).ParamName);
        Assert.False(NewsNumberParser.TryParse(null, ScalePolicy.ShortScale, null, out _));
        Assert.False(NewsNumberParser.TryParse("1", (ScalePolicy)9, null, out _));
    }

    // ---- Ranges -------------------------------------------------------------------------------------------

    [IcuTheory]
    [InlineData("40.000-80.000 unità", "it-IT", 40_000, 80_000, "unità")]
    [InlineData("20,000–30,000", "en-US", 20_000, 30_000, "")]
    [InlineData("between 350 and 400 billion", "en-US", 350e9, 400e9, "")]
    [InlineData("tra i 350 e i 400 miliardi di dollari", "it-IT", 350e9, 400e9, "dollari")]
    [InlineData("fra 1 e 2 milioni", "it-IT", 1e6, 2e6, "")]
    [InlineData("from 500 thousand to 2 million users", "en-US", 5e5, 2e6, "users")]
    [InlineData("da 10 a 12 mld di euro", "it-IT", 10e9, 12e9, "euro")]
    [InlineData("$350-400 billion", "en-US", 350e9, 400e9, "")]
    public void ParseRange_ReadsBothBounds(string text, string culture, double min, double max, string unit)
    {
        var range = NewsNumberParser.ParseRange(text, ScalePolicy.ShortScale, TestCultures.Get(culture));
        Assert.Equal((decimal)min, range.Min.Value);
        Assert.Equal((decimal)max, range.Max.Value);
        Assert.Equal(unit, range.Unit);
        Assert.Equal(unit, range.Min.Unit);
    }

    [Fact]
    public void ParseRange_BareLowerBound_InheritsTheScaleWord()
    {
        var range = NewsNumberParser.ParseRange("between 350 and 400 billion");
        Assert.True(range.Min.ScaleWordInherited);
        Assert.Equal("billion", range.Min.ScaleWord);
        Assert.Equal(350m, range.Min.Mantissa);
        Assert.False(range.Max.ScaleWordInherited);
    }

    [IcuFact]
    public void ParseRange_Reversed_Throws()
    {
        var e = Assert.Throws<DomainModelFormatException>(() => NewsNumberParser.ParseRange("80.000-40.000", culture: It));
        Assert.Equal(ParseError.ReversedRange, e.Error);
        Assert.Contains("lower bound 80000 exceeds the upper bound 40000", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("40.000 unità")]
    [InlineData("tra 350 o 400")]
    [InlineData("40.000-")]
    public void ParseRange_NotARange_Throws(string text)
    {
        var e = Assert.Throws<DomainModelFormatException>(() => NewsNumberParser.ParseRange(text, culture: It));
        Assert.Equal(ParseError.InvalidRange, e.Error);
        Assert.False(NewsNumberParser.TryParseRange(text, ScalePolicy.ShortScale, It, out _));
    }

    // ---- Formatter ----------------------------------------------------------------------------------------

    [IcuTheory]
    [InlineData(50e12, NewsLanguage.Italian, ScalePolicy.ShortScale, "it-IT", "50 trilioni")]
    [InlineData(50e12, NewsLanguage.Italian, ScalePolicy.LongScale, "it-IT", "50 bilioni")]
    [InlineData(50e12, NewsLanguage.Italian, ScalePolicy.RejectAmbiguous, "it-IT", "50.000 miliardi")]
    [InlineData(1e9, NewsLanguage.Italian, ScalePolicy.ShortScale, "it-IT", "1 miliardo")]
    [InlineData(1.5e9, NewsLanguage.Italian, ScalePolicy.ShortScale, "it-IT", "1,5 miliardi")]
    [InlineData(1.5e9, NewsLanguage.English, ScalePolicy.ShortScale, "en-US", "1.5 billion")]
    [InlineData(5e9, NewsLanguage.English, ScalePolicy.LongScale, "en-US", "5,000 million")]
    [InlineData(20000, NewsLanguage.Italian, ScalePolicy.ShortScale, "it-IT", "20.000")]
    public void Format_WritesAsNewsDoes(double value, NewsLanguage language, ScalePolicy policy, string culture, string expected) =>
        Assert.Equal(expected, NewsNumberFormatter.Format((decimal)value, language, policy, TestCultures.Get(culture)));

    [Fact]
    public void Format_Negative_Throws() =>
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => NewsNumberFormatter.Format(-1m, NewsLanguage.English)).ParamName);

    [Fact]
    public void Parse_DoesNotReadTheCurrentCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = TestCultures.Get("it-IT");
            Assert.Equal(1.5m, NewsNumberParser.Parse("1.5").Value);
            Assert.Equal("1.5 billion", NewsNumberFormatter.Format(1.5e9m, NewsLanguage.English));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
