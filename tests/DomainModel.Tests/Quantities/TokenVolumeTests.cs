using System;
using System.Globalization;
using DomainModel.Text;
using DomainModel;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Xunit;
using UnitsNet;
using Xunit;

namespace DomainModel.Tests.Quantities;

public sealed class TokenVolumeTests
{
    // ---- Laws ---------------------------------------------------------------------------------------------

    [Property(Arbitrary = new[] { typeof(QuantityArbitraries) }, MaxTest = 300)]
    public bool ToUnit_IsExact_AndRoundTrips(TokenVolume volume, TokenVolumeUnit unit)
    {
        var converted = volume.ToUnit(unit);
        decimal factor = unit switch
        {
            TokenVolumeUnit.Token => 1m,
            TokenVolumeUnit.Thousand => 1e3m,
            TokenVolumeUnit.Million => 1e6m,
            TokenVolumeUnit.Billion => 1e9m,
            _ => 1e12m,
        };
        return converted.Tokens == volume.Tokens
            && converted.Value * factor == volume.Tokens
            && volume.As(unit) == converted.Value
            && converted.ToUnit(volume.Unit).Value == volume.Value
            && TokenVolume.From(converted.Value, unit) == volume
            && converted == volume;
    }

    [Property(Arbitrary = new[] { typeof(QuantityArbitraries) }, MaxTest = 300)]
    public bool ParseOfToString_IsIdentity_ForEveryUnitAndCulture(TokenVolume volume, CultureInfo culture)
    {
        var parsed = TokenVolume.Parse(volume.ToString(culture), culture);
        var invariant = TokenVolume.Parse(volume.ToString());
        return parsed == volume && parsed.Unit == volume.Unit && parsed.Value == volume.Value
            && invariant == volume && invariant.Unit == volume.Unit;
    }

    [Property(Arbitrary = new[] { typeof(QuantityArbitraries) }, MaxTest = 200)]
    public bool Addition_IsCommutative_AndSubtractionUndoesIt(TokenVolume a, TokenVolume b) =>
        a + b == b + a && (a + b) - b == a && (a + b).Unit == a.Unit && a.Add(b) == a + b;

    [Property(Arbitrary = new[] { typeof(QuantityArbitraries) }, MaxTest = 200)]
    public bool Ordering_FollowsTokens(TokenVolume a, TokenVolume b) =>
        Math.Sign(a.CompareTo(b)) == Math.Sign(a.Tokens.CompareTo(b.Tokens)) && (a < b) == (a.Tokens < b.Tokens)
        && a.Equals(a.ToUnit(b.Unit)) && a.GetHashCode() == a.ToUnit(b.Unit).GetHashCode();

    // ---- Examples -----------------------------------------------------------------------------------------

    [Fact]
    public void FromTrillions_Fifty_IsExactlyFiftyTrillionTokens()
    {
        var volume = TokenVolume.FromTrillions(50);
        Assert.Equal(50_000_000_000_000m, volume.Tokens);
        Assert.Equal(0, volume.Tokens.Scale);
        Assert.Equal(50m, volume.Value);
        Assert.Equal(TokenVolumeUnit.Trillion, volume.Unit);
        Assert.Equal(50_000m, volume.As(TokenVolumeUnit.Billion));
        Assert.Equal("50 T tokens", volume.ToString());
        Assert.Equal("50000000000000 tokens", volume.ToUnit(TokenVolumeUnit.Token).ToString());
    }

    [Fact]
    public void Equality_IgnoresUnit_ButTextKeepsIt()
    {
        var a = TokenVolume.FromThousands(1);
        var b = TokenVolume.FromTokens(1000);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("1 K tokens", a.ToString());
        Assert.Equal("1000 tokens", b.ToString());
    }

    [Fact]
    public void Default_IsZeroTokens()
    {
        Assert.Equal(TokenVolume.Zero, default);
        Assert.Equal(0m, default(TokenVolume).Tokens);
        Assert.Equal(TokenVolumeUnit.Token, default(TokenVolume).Unit);
        Assert.Equal("0 tokens", default(TokenVolume).ToString());
    }

    [IcuTheory]
    [InlineData("50 T tokens", "it-IT", 50_000_000_000_000)]
    [InlineData("1,5 B tokens", "it-IT", 1_500_000_000)]
    [InlineData("1.5 B tokens", "en-US", 1_500_000_000)]
    [InlineData("20,000 tokens", "en-US", 20_000)]
    [InlineData("20.000 tokens", "de-DE", 20_000)]
    [InlineData("43 trillion tokens", "", 43_000_000_000_000)]
    [InlineData("30 tn tokens", "", 30_000_000_000_000)]
    [InlineData("7 k tokens", "", 7_000)]
    [InlineData("2 t tokens", "", 2_000_000_000_000)]
    public void Parse_ReadsNumberAndAbbreviation(string text, string culture, long tokens)
    {
        var parsed = TokenVolume.Parse(text, TestCultures.Get(culture));
        Assert.Equal(tokens, parsed.Tokens);
    }

    [IcuFact]
    public void ToString_Formats()
    {
        var volume = TokenVolume.FromBillions(1.5m);
        Assert.Equal("1,5 B tokens", volume.ToString(TestCultures.Get("it-IT")));
        Assert.Equal("B tokens", volume.ToString("A", null));
        Assert.Equal("1.5", volume.ToString("V", null));
        Assert.Equal("1,500,000,000 tokens", volume.ToUnit(TokenVolumeUnit.Token).ToString("N0", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Multiply_ByWholeProducingFactor_KeepsUnit()
    {
        var volume = TokenVolume.FromTrillions(30) * 1.5m;
        Assert.Equal(TokenVolume.FromTrillions(45), volume);
        Assert.Equal(TokenVolumeUnit.Trillion, volume.Unit);
        Assert.Equal(volume, 1.5m * TokenVolume.FromTrillions(30));
    }

    // ---- UnitsNet integration -----------------------------------------------------------------------------

    [Fact]
    public void QuantityInfo_DescribesTheQuantity()
    {
        IQuantity quantity = TokenVolume.FromTrillions(50);
        Assert.Equal("TokenVolume", quantity.QuantityInfo.Name);
        Assert.Equal(5, TokenVolume.Info.UnitInfos.Length);
        Assert.Equal(TokenVolumeUnit.Token, TokenVolume.Info.BaseUnitInfo.Value);
        Assert.Equal(BaseDimensions.Dimensionless, quantity.QuantityInfo.BaseDimensions);
        Assert.Equal(TokenVolumeUnit.Trillion, quantity.Unit);
        Assert.True(quantity.Value.IsDecimal);
        Assert.Equal(50m, (decimal)quantity.Value);
        Assert.Equal(50_000d, quantity.As(TokenVolumeUnit.Billion));
        Assert.Equal(TokenVolume.FromTrillions(50), (TokenVolume)quantity.ToUnit(TokenVolumeUnit.Token));
        IQuantity<TokenVolumeUnit, decimal> generic = TokenVolume.FromTrillions(50);
        Assert.Equal(50_000_000_000_000m, generic.As(TokenVolumeUnit.Token));
        Assert.Throws<ArgumentException>(() => quantity.As(UnitsNet.Units.LengthUnit.Meter));
        Assert.Throws<NotSupportedException>(() => quantity.ToUnit(UnitSystem.SI));
    }

    [Fact]
    public void UserCache_WithMappedAbbreviations_WorksWithUnitsNetParsers()
    {
        var cache = UnitAbbreviationsCache.CreateEmpty();
        TokenVolume.MapAbbreviations(cache);
        Assert.Equal(TokenVolumeUnit.Trillion, new UnitParser(cache).Parse<TokenVolumeUnit>("T tokens", TestCultures.Get("it-IT")));
        var parsed = new QuantityParser(cache).Parse<TokenVolume, TokenVolumeUnit>("50 T tokens", CultureInfo.InvariantCulture, TokenVolume.From);
        Assert.Equal(TokenVolume.FromTrillions(50), parsed);
        Assert.Equal("M tokens", cache.GetDefaultAbbreviation(TokenVolumeUnit.Million, TestCultures.Get("de-DE")));
    }

    [Fact]
    public void ParseAndFormat_DoNotTouchUnitsNetGlobals()
    {
        _ = TokenVolume.Parse("50 T tokens");
        _ = TokenVolume.FromBillions(2).ToString();
        Assert.False(Quantity.TryGetUnitInfo(TokenVolumeUnit.Token, out _));
        Assert.False(new UnitParser(UnitAbbreviationsCache.Default).TryParse<TokenVolumeUnit>("T tokens", CultureInfo.InvariantCulture, out _));
        Assert.Throws<NotImplementedException>(() => UnitAbbreviationsCache.Default.GetDefaultAbbreviation(TokenVolumeUnit.Token, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void UsersOwnCache_IsUnaffected_AndCanReuseAbbreviationsForItsOwnUnits()
    {
        var cache = UnitAbbreviationsCache.CreateDefault();
        cache.MapUnitToAbbreviation(UnitsNet.Units.LengthUnit.Meter, CultureInfo.InvariantCulture, "T tokens");
        _ = TokenVolume.Parse("5 T tokens");
        Assert.Equal(UnitsNet.Units.LengthUnit.Meter, new UnitParser(cache).Parse<UnitsNet.Units.LengthUnit>("T tokens", CultureInfo.InvariantCulture));
        Assert.Equal(TokenVolumeUnit.Trillion, TokenVolume.Parse("5 T tokens").Unit);
    }

    [Fact]
    public void From_QuantityValue_TakesDecimalExactly_AndDoubleThroughDecimalConversion()
    {
        Assert.Equal(12_345_678_901_234_567_890m, TokenVolume.From((QuantityValue)12_345_678_901_234_567_890m, TokenVolumeUnit.Token).Tokens);
        Assert.Equal(1_500_000_000m, TokenVolume.From((QuantityValue)1.5, TokenVolumeUnit.Billion).Tokens);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TokenVolume.From((QuantityValue)1e30, TokenVolumeUnit.Token));
        Assert.Equal("value", e.ParamName);
    }

    // ---- Bad input ----------------------------------------------------------------------------------------

    [Fact]
    public void Constructor_Negative_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TokenVolume.FromTrillions(-1));
        Assert.Equal("trillions", e.ParamName);
        Assert.Contains("-1 T tokens is negative", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_FractionalTokens_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => TokenVolume.FromThousands(0.0005m));
        Assert.Equal("thousands", e.ParamName);
        Assert.Contains("0.5 tokens, not a whole number of tokens", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TooLarge_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TokenVolume.FromTrillions(decimal.MaxValue));
        Assert.Equal("trillions", e.ParamName);
        Assert.Contains("too large", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UndefinedUnit_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TokenVolume.From(1, default));
        Assert.Equal("unit", e.ParamName);
        Assert.Contains("0 is not a TokenVolumeUnit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subtract_Larger_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TokenVolume.FromTrillions(30) - TokenVolume.FromTrillions(50));
        Assert.Equal("right", e.ParamName);
        Assert.Contains("Cannot subtract 50 T tokens from 30 T tokens", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiply_FractionalProduct_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => TokenVolume.FromTokens(3) * 0.5m);
        Assert.Equal("right", e.ParamName);
        Assert.Contains("not a whole number", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("50 X tokens", "'X tokens' in '50 X tokens' is not a token unit")]
    [InlineData("50", "expected a number and a unit")]
    [InlineData("T tokens", "expected a number and a unit")]
    [InlineData("-5 tokens", "is not a non-negative number")]
    [InlineData("0.5 tokens", "not a whole number of tokens")]
    public void Parse_BadText_ThrowsFormatException(string text, string expected)
    {
        var e = Assert.Throws<DomainModelFormatException>(() => TokenVolume.Parse(text));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.False(TokenVolume.TryParse(text, null, out var result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(TokenVolume.TryParse(null, out _));
}
