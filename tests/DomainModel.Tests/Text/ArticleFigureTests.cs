using DomainModel.Tests.Infrastructure;
using System;
using System.Globalization;
using DomainModel;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Text;

/// <summary>Every figure of /work/shared/seed/article.it.txt, in its Italian wording, parsed and typed.</summary>
public sealed class ArticleFigureTests
{
    private static readonly CultureInfo It = TestCultures.Get("it-IT");
    private static readonly CountKind H200 = new("H200 GPU");

    private static ParsedNumber Read(string text) => NewsNumberParser.Parse(text, NumberConventions.Italian, ScalePolicy.ShortScale);

    [Fact]
    public void Investment_160MiliardiDiYuan()
    {
        var n = Read("160 miliardi di yuan");
        Assert.Equal(160_000_000_000m, n.Value);
        Assert.Equal("miliardi", n.ScaleWord);
        Assert.Equal("yuan", n.Unit);
        Assert.Equal(new Money(160_000_000_000m, Currency.CNY), new Money(n.Value, Currency.CNY));
    }

    [Fact]
    public void DollarEquivalent_Circa23MiliardiDiDollari()
    {
        var n = Read("circa 23 miliardi di dollari");
        Assert.Equal(23_000_000_000m, n.Value);
        Assert.Equal(NumberQualifier.About, n.Qualifier);
        Assert.Equal("dollari", n.Unit);
    }

    [IcuFact]
    public void ThisYear_150MiliardiDiYuan_Of85MiliardiIsAboutHalf()
    {
        var whole = new Money(Read("150 miliardi di yuan").Value, Currency.CNY);
        var part = new Money(Read("85 miliardi di yuan").Value, Currency.CNY);
        var share = Share.Of(part, whole);
        Assert.Equal("56,7%", share.ToPercentString(1, MidpointRounding.ToEven, It));
        Assert.True(share.IsPartOfWhole);
    }

    [Fact]
    public void BigTech_Tra350E400MiliardiDiDollari()
    {
        var range = NewsNumberParser.ParseRange("tra i 350 e i 400 miliardi di dollari", NumberConventions.Italian);
        Assert.Equal(350_000_000_000m, range.Min.Value);
        Assert.Equal(400_000_000_000m, range.Max.Value);
        Assert.True(range.Min.ScaleWordInherited);
        Assert.Equal("dollari", range.Unit);
    }

    [Fact]
    public void FirstBatch_40000To80000Unita()
    {
        var range = NewsNumberParser.ParseRange("40.000-80.000 unità", NumberConventions.Italian);
        Assert.Equal(40_000m, range.Min.Value);
        Assert.Equal(80_000m, range.Max.Value);
        Assert.Equal("unità", range.Unit);
        Assert.Throws<DomainModelFormatException>(() => NewsNumberParser.ParseRange("40.000-80.000 unità"));
    }

    [Fact]
    public void Purchase_20000UnitaH200_AtDollar20000PerUnita()
    {
        var units = Read("20.000 unità H200");
        Assert.Equal("unità H200", units.Unit);
        var price = Read("$ 20.000 per unità");
        Assert.Equal("$", price.CurrencySymbol);
        Assert.Equal("per unità", price.Unit);
        var count = UnitCount.FromDecimal(units.Value, H200);
        var perUnit = new PricePerUnit(new Money(price.Value, Currency.USD), H200);
        Assert.Equal(new Money(400_000_000m, Currency.USD), count * perUnit);
    }

    [Fact]
    public void Doubao_157MilioniInAugust_159MilioniByOctober()
    {
        var august = Read("157 milioni di utenti attivi mensili");
        var october = Read("159 milioni di utenti attivi mensili");
        Assert.Equal("utenti attivi mensili", august.Unit);
        var mauAugust = ActiveUsers.Monthly((long)august.Value, 2025, 8);
        var mauOctober = ActiveUsers.Monthly((long)october.Value, 2025, 10);
        Assert.Equal(157_000_000, mauAugust.Users);
        Assert.True(mauOctober > mauAugust);
    }

    [Fact]
    public void DailyTokens_Oltre30Trilioni_50Trilioni_43TrilioniDiGoogle()
    {
        var october = Read("oltre 30 trilioni di token");
        var december = Read("50 trilioni di token");
        var google = Read("43 trilioni di token");
        Assert.Equal(NumberQualifier.Over, october.Qualifier);
        Assert.Equal("token", december.Unit);
        Assert.Equal(ScalePolicy.ShortScale, december.Policy);
        var bytedance = TokenRate.PerDay(TokenVolume.FromTokens(december.Value).ToUnit(TokenVolumeUnit.Trillion));
        var alphabet = TokenRate.PerDay(TokenVolume.FromTokens(google.Value).ToUnit(TokenVolumeUnit.Trillion));
        Assert.Equal(50_000_000_000_000m, bytedance.Volume.Tokens);
        Assert.True(bytedance > alphabet);
        Assert.True(TokenVolume.FromTokens(december.Value) > TokenVolume.FromTokens(october.Value));

        // Read as an Italian dictionary would, the same words are a million times larger.
        Assert.Equal(50_000_000_000_000_000_000m, NewsNumberParser.Parse("50 trilioni di token", NumberConventions.Italian, ScalePolicy.LongScale).Value);
    }
}
