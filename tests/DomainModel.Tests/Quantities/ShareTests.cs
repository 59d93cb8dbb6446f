using System;
using System.Globalization;
using DomainModel;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Quantities;

public sealed class ShareTests
{
    public static class Arbs
    {
        /// <summary>A whole (positive) and a part of it (0 ≤ part ≤ whole), as money of one currency.</summary>
        public static Arbitrary<(Money Part, Money Whole)> PartOfWholeArb() => Arb.From(
            from whole in DomainArbitraries.AmountGen.Select(Math.Abs).Where(a => a > 0m)
            from permille in Gen.Choose(0, 1000)
            from currency in DomainArbitraries.CurrencyGen
            select (new Money(whole * permille / 1000m, currency), new Money(whole, currency)));
    }

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 300)]
    public bool ShareOfPartOfWhole_LiesInZeroToOne((Money Part, Money Whole) pair)
    {
        var share = Share.Of(pair.Part, pair.Whole);
        return share.IsPartOfWhole && share.Fraction >= 0m && share.Fraction <= 1m
            && share.ToPercent(1, MidpointRounding.ToEven) is >= 0m and <= 100m
            && share.Numerator == pair.Part.Amount && share.Denominator == pair.Whole.Amount;
    }

    [Property(Arbitrary = new[] { typeof(QuantityArbitraries) }, MaxTest = 200)]
    public bool Equality_IsByExactValue(TokenVolume part, int factor)
    {
        var whole = part + TokenVolume.FromTokens(1);
        decimal k = Math.Abs(factor % 1000) + 1;
        var share = Share.Of(part, whole);
        var scaled = new Share(part.Tokens * k, whole.Tokens * k);
        return share == scaled && share.GetHashCode() == scaled.GetHashCode() && share.CompareTo(new Share(whole.Tokens, whole.Tokens)) < 0;
    }

    [IcuFact]
    public void ArticleShare_85Of150BillionYuan_Is56Point7Percent()
    {
        var share = Share.Of(new Money(85_000_000_000m, Currency.CNY), new Money(150_000_000_000m, Currency.CNY));
        Assert.Equal(85_000_000_000m, share.Numerator);
        Assert.Equal(150_000_000_000m, share.Denominator);
        Assert.Equal(56.7m, share.ToPercent(1, MidpointRounding.ToEven));
        Assert.Equal(0.567m, share.Round(3, MidpointRounding.ToEven));
        Assert.Equal("56.7 %", share.ToPercentString(1, MidpointRounding.ToEven));
        Assert.Equal("56,7%", share.ToPercentString(1, MidpointRounding.ToEven, TestCultures.Get("it-IT")));
        Assert.Equal("56,7 %", share.ToPercentString(1, MidpointRounding.ToEven, TestCultures.Get("de-DE")));
        Assert.Equal("85000000000/150000000000 (56.67 %)", share.ToString());
        Assert.Equal(new Share(17, 30), share);
    }

    [Fact]
    public void Rounding_IsExplicit_AtTheMidpoint()
    {
        var eighth = new Share(1, 8); // 12.5 %
        Assert.Equal(12m, eighth.ToPercent(0, MidpointRounding.ToEven));
        Assert.Equal(13m, eighth.ToPercent(0, MidpointRounding.AwayFromZero));
        Assert.Equal(12m, eighth.ToPercent(0, MidpointRounding.ToZero));
    }

    [Fact]
    public void Factories_FromCountsAndTokenVolumes()
    {
        var kind = new CountKind("H200 GPU");
        Assert.Equal(new Share(1, 4), Share.Of(new UnitCount(20_000, kind), new UnitCount(80_000, kind)));
        Assert.Equal(new Share(43, 50), Share.Of(TokenVolume.FromTrillions(43), TokenVolume.FromTrillions(50)));
        Assert.False(Share.Of(new Money(160m, Currency.CNY), new Money(150m, Currency.CNY)).IsPartOfWhole);
    }

    [Fact]
    public void Of_DifferentCurrencies_Throws()
    {
        var e = Assert.Throws<MismatchException>(() => Share.Of(new Money(1m, Currency.USD), new Money(1m, Currency.CNY)));
        Assert.Equal("whole", e.ParamName);
    }

    [Fact]
    public void Of_DifferentKinds_Throws() =>
        Assert.Throws<MismatchException>(() => Share.Of(new UnitCount(1, new CountKind("a")), new UnitCount(1, new CountKind("b"))));

    [Fact]
    public void Of_ZeroWhole_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Share.Of(TokenVolume.Zero, TokenVolume.Zero));
        Assert.Equal("whole", e.ParamName);
        Assert.Contains("must be more than zero", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NegativeNumerator_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Share(-1, 2));
        Assert.Equal("numerator", e.ParamName);
    }

    [Fact]
    public void Default_IsZeroOverOne()
    {
        Assert.Equal(0m, default(Share).Numerator);
        Assert.Equal(1m, default(Share).Denominator);
    }
}
