using System;
using System.Linq;
using DomainModel.Text;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Claims;

/// <summary>The interval rule of every hedge (docs/claims.md, "Hedges"): laws over any figure, and the words of each language.</summary>
public sealed class HedgeRuleTests
{
    private static ParsedNumber Figure(int digits, byte decimals, NumberQualifier qualifier)
    {
        // A figure "digits × 10^-decimals billion" with the hedge: its rounding unit is 10^(9 - decimals).
        int places = decimals % 4;
        decimal mantissa = Math.Abs(digits % 100_000) / Pow10(places);
        string number = mantissa.ToString("0." + new string('0', places), System.Globalization.CultureInfo.InvariantCulture).TrimEnd('.');
        string hedge = qualifier switch
        {
            NumberQualifier.About => "about ",
            NumberQualifier.Over => "more than ",
            NumberQualifier.Under => "less than ",
            NumberQualifier.AtLeast => "at least ",
            NumberQualifier.UpTo => "up to ",
            NumberQualifier.Nearly => "almost ",
            _ => string.Empty,
        };
        return NewsNumberParser.Parse(hedge + number + " billion", NewsLanguage.English);
    }

    private static decimal Pow10(int n)
    {
        decimal p = 1m;
        for (int i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }

    [Property(MaxTest = 300)]
    public bool About_IsOneUnitEitherSide_WiderThanTheRounding_AndATolerance_Widens(int digits, byte decimals, byte percent)
    {
        var parsed = Figure(digits, decimals, NumberQualifier.About);
        var about = Estimate.FromParsed(parsed);
        var rounded = Estimate.FromParsed(Figure(digits, decimals, NumberQualifier.None));
        decimal unit = Estimate.RoundingUnitOf(parsed);
        decimal tolerance = (percent % 50) / 100m;
        var widened = Estimate.FromParsed(parsed, tolerance);
        decimal spread = Math.Max(unit, parsed.Value * tolerance);
        return about.Kind == EstimateKind.About
            && about.Lower == parsed.Value - unit && about.Upper == parsed.Value + unit
            && about.Lower < rounded.Lower && about.Upper > rounded.Upper // strictly wider than the figure without its hedge
            && about.Upper - about.Lower == 2m * (rounded.Upper - rounded.Lower) // twice the rounding interval
            && widened.Lower == parsed.Value - spread && widened.Upper == parsed.Value + spread
            && widened.Lower <= about.Lower && widened.Upper >= about.Upper;
    }

    [Theory]
    [InlineData("about 40,000-80,000 units", 39_999, 80_001)] // the last digit of each end is the unit: one either side
    [InlineData("between 350 and 400 billion dollars", 350e9, 400e9)] // no hedge: the two ends as written
    public void Ranges_AnAboutRange_IsWidenedByOneUnitAtEachEnd(string text, double low, double high)
    {
        var e = Estimate.FromParsed(NewsNumberParser.ParseRange(text, ScalePolicy.ShortScale, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((decimal)low, e.Lower);
        Assert.Equal((decimal)high, e.Upper);
    }

    [Property(MaxTest = 300)]
    public bool Nearly_IsOneUnitBelow_AndExcludesTheFigure(int digits, byte decimals)
    {
        var parsed = Figure(digits, decimals, NumberQualifier.Nearly);
        var nearly = Estimate.FromParsed(parsed);
        decimal unit = Estimate.RoundingUnitOf(parsed);
        return !nearly.Contains(parsed.Value) && nearly.Contains(parsed.Value - unit) && nearly.Lower == parsed.Value - unit
            && nearly.Contains(parsed.Value - (unit / 2m));
    }

    [Property(MaxTest = 300)]
    public bool OverAndUnder_ExcludeTheFigure_AtLeastAndUpTo_IncludeIt(int digits, byte decimals)
    {
        var over = Estimate.FromParsed(Figure(digits, decimals, NumberQualifier.Over));
        var under = Estimate.FromParsed(Figure(digits, decimals, NumberQualifier.Under));
        var atLeast = Estimate.FromParsed(Figure(digits, decimals, NumberQualifier.AtLeast));
        var upTo = Estimate.FromParsed(Figure(digits, decimals, NumberQualifier.UpTo));
        decimal v = over.Stated;
        return !over.Contains(v) && over.Contains(v + 1m) && over.Upper is null
            && !under.Contains(v) && under.Contains(v - 1m) && under.Lower is null
            && atLeast.Contains(v) && !atLeast.Contains(v - 1m) && atLeast.Upper is null
            && upTo.Contains(v) && !upTo.Contains(v + 1m) && upTo.Lower is null;
    }

    [Property(MaxTest = 300)]
    public bool JustOver_IsAboveTheFigure_ByAtMostOneUnit(PositiveInt mantissa, byte decimals)
    {
        int places = decimals % 3;
        string number = (mantissa.Get % 10_000 / Pow10(places)).ToString("0." + new string('0', places), System.Globalization.CultureInfo.InvariantCulture).TrimEnd('.').Replace('.', ',');
        var parsed = NewsNumberParser.Parse("gut " + number + " Milliarden", NewsLanguage.German, ScalePolicy.LongScale);
        var e = Estimate.FromParsed(parsed);
        decimal unit = Estimate.RoundingUnitOf(parsed);
        return parsed.Qualifier == NumberQualifier.JustOver && e.Kind == EstimateKind.JustOver
            && !e.Contains(parsed.Value) && e.Contains(parsed.Value + unit) && !e.Contains(parsed.Value + unit + 1m) && e.Contains(parsed.Value + (unit / 2m));
    }

    [Theory]
    [InlineData("~$52.7 billion", 52.6e9, 52.8e9)] // the last digit is the tenth of a billion: ± 0.1 bn
    [InlineData("≈ 52.7 billion", 52.6e9, 52.8e9)]
    [InlineData("c. 52.7 billion", 52.6e9, 52.8e9)]
    [InlineData("approximately 52.7 billion", 52.6e9, 52.8e9)]
    [InlineData("roughly 23 billion", 22e9, 24e9)] // ± 1 bn
    [InlineData("some 23 billion", 22e9, 24e9)]
    [InlineData("around 23 billion", 22e9, 24e9)]
    public void English_AboutHedges_AreAbout_OneUnitOfTheLastDigitEitherSide(string text, double low, double high)
    {
        var e = Estimate.FromParsed(NewsNumberParser.Parse(text, NewsLanguage.English));
        Assert.Equal(EstimateKind.About, e.Kind);
        Assert.Equal((decimal)low, e.Lower);
        Assert.Equal((decimal)high, e.Upper);
    }

    [Theory]
    [InlineData("circa 23 miliardi", NewsLanguage.Italian, EstimateKind.About, 22e9, 24e9)]
    [InlineData("~23 miliardi", NewsLanguage.Italian, EstimateKind.About, 22e9, 24e9)]
    [InlineData("rund 2,7 Milliarden", NewsLanguage.German, EstimateKind.About, 2.6e9, 2.8e9)]
    [InlineData("etwa 3,8 Milliarden", NewsLanguage.German, EstimateKind.About, 3.7e9, 3.9e9)]
    [InlineData("quasi 50 trilioni", NewsLanguage.Italian, EstimateKind.Nearly, 49e12, 50e12)]
    [InlineData("knapp 50 Milliarden", NewsLanguage.German, EstimateKind.Nearly, 49e9, 50e9)]
    [InlineData("fast 50 Milliarden", NewsLanguage.German, EstimateKind.Nearly, 49e9, 50e9)]
    [InlineData("nearly 50 billion", NewsLanguage.English, EstimateKind.Nearly, 49e9, 50e9)]
    [InlineData("gut 50 Milliarden", NewsLanguage.German, EstimateKind.JustOver, 50e9, 51e9)]
    public void BoundedHedges_InEachLanguage(string text, NewsLanguage language, EstimateKind kind, double low, double high)
    {
        var e = Estimate.FromParsed(NewsNumberParser.Parse(text, language, ScalePolicy.ShortScale));
        Assert.Equal(kind, e.Kind);
        Assert.Equal((decimal)low, e.Lower);
        Assert.Equal((decimal)high, e.Upper);
    }

    [Theory]
    [InlineData("more than 30 billion", NewsLanguage.English, EstimateKind.Over)]
    [InlineData("over 30 billion", NewsLanguage.English, EstimateKind.Over)]
    [InlineData("oltre 30 miliardi", NewsLanguage.Italian, EstimateKind.Over)]
    [InlineData("più di 30 miliardi", NewsLanguage.Italian, EstimateKind.Over)]
    [InlineData("mehr als 30 Milliarden", NewsLanguage.German, EstimateKind.Over)]
    [InlineData("at least 30 billion", NewsLanguage.English, EstimateKind.AtLeast)]
    [InlineData("almeno 30 miliardi", NewsLanguage.Italian, EstimateKind.AtLeast)]
    [InlineData("mindestens 30 Milliarden", NewsLanguage.German, EstimateKind.AtLeast)]
    [InlineData("less than 30 billion", NewsLanguage.English, EstimateKind.Under)]
    [InlineData("under 30 billion", NewsLanguage.English, EstimateKind.Under)]
    [InlineData("meno di 30 miliardi", NewsLanguage.Italian, EstimateKind.Under)]
    [InlineData("up to 30 billion", NewsLanguage.English, EstimateKind.AtMost)]
    [InlineData("as much as 30 billion", NewsLanguage.English, EstimateKind.AtMost)]
    [InlineData("fino a 30 miliardi", NewsLanguage.Italian, EstimateKind.AtMost)]
    [InlineData("bis zu 30 Milliarden", NewsLanguage.German, EstimateKind.AtMost)]
    public void OneSidedHedges_InEachLanguage(string text, NewsLanguage language, EstimateKind kind)
    {
        var e = Estimate.FromParsed(NewsNumberParser.Parse(text, language));
        Assert.Equal(kind, e.Kind);
        Assert.Equal(30e9m, e.Stated);
        Assert.Equal(kind is EstimateKind.Over or EstimateKind.AtLeast, e.Upper is null);
        Assert.Equal(kind is EstimateKind.Under or EstimateKind.AtMost, e.Lower is null);
    }
}
