using System;
using System.Globalization;
using System.Text.Json;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Hardening;

/// <summary>Each test is a value the library once returned wrong, in silence; the expectation is worked out by hand.</summary>
public sealed class WrongValueRegressionTests
{
    [Fact]
    public void NewsParser_ArabicDecimalSeparator_IsTheDecimalPoint()
    {
        // U+066B is ar-SA's decimal separator: 12٫5 milioni is 12.5 million, not 12 with "٫5 milioni" as unit text.
        var parsed = NewsNumberParser.Parse("12\u066B5 milioni di dollari", NumberConventions.Arabic);
        Assert.Equal(12_500_000m, parsed.Value);
        Assert.Equal("dollari", parsed.Unit);
    }

    [IcuFact]
    public void NewsParser_ArSaCulture_ReadsBackItsOwnFormat()
    {
        var arSa = CultureInfo.GetCultureInfo("ar-SA");
        Assert.Equal(12_500_000m, NewsNumberParser.Parse("12\u066B5 milioni di dollari", ScalePolicy.ShortScale, arSa).Value);
        string text = NewsNumberFormatter.Format(1_500_000_000m, NewsLanguage.English, ScalePolicy.ShortScale, arSa);
        Assert.Equal(1_500_000_000m, NewsNumberParser.Parse(text, ScalePolicy.ShortScale, arSa).Value);
    }

    [Fact]
    public void NewsParser_IndianGrouping_IsRead()
    {
        Assert.Equal(754_465m, NewsNumberParser.Parse("7,54,465", NumberConventions.Indian).Value);
        Assert.Equal(12_345_678m, NewsNumberParser.Parse("1,23,45,678", NumberConventions.Indian).Value);
        Assert.Equal("7,54,465", NewsNumberFormatter.Format(754_465m, NewsLanguage.English, NumberConventions.Indian));
        var e = Assert.Throws<DomainModelFormatException>(() => NewsNumberParser.Parse("754,465", NumberConventions.Indian));
        Assert.Equal(ParseError.InvalidNumber, e.Error);
    }

    [Fact]
    public void NewsParser_InvariantFormat_ReadsBackWithInvariantConventions()
    {
        string text = NewsNumberFormatter.Format(20_000m, NewsLanguage.English);
        Assert.Equal("20,000", text);
        Assert.Equal(20_000m, NewsNumberParser.Parse(text, NumberConventions.Invariant).Value);
        Assert.Equal(20_000m, NewsNumberParser.Parse(text, ScalePolicy.ShortScale, CultureInfo.InvariantCulture).Value);
    }

    [Fact]
    public void NewsParser_TooManyDigits_IsRefusedNotRounded()
    {
        var e = Assert.Throws<DomainModelFormatException>(() => NewsNumberParser.Parse("0.00000000000000000000000000001", NumberConventions.English));
        Assert.Equal(ParseError.TooPrecise, e.Error);
    }

    [Theory]
    [InlineData("€ 1,50")]
    [InlineData("USD 1,2,3")]
    [InlineData("USD 12,34")]
    [InlineData("USD 1,0000")]
    public void MoneyParse_MisplacedGroupSeparator_IsRefused(string text)
    {
        Assert.False(Money.TryParse(text, null, out _));
        var e = Assert.Throws<DomainModelFormatException>(() => Money.Parse(text));
        Assert.Contains("group separator", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoneyParse_WellGroupedInvariant_StillReads()
    {
        Assert.Equal(new Money(20_000.50m, Currency.USD), Money.Parse("USD 20,000.50"));
        Assert.Equal(new Money(100_000m, Currency.FromCode("INR")), Money.Parse("₹ 1,00,000"));
    }

    [Fact]
    public void MoneyParse_TooManyDigits_IsRefused()
    {
        Assert.False(Money.TryParse("USD 0.00000000000000000000000000001", null, out _));
        var e = Assert.Throws<DomainModelFormatException>(() => Money.Parse("USD 0.00000000000000000000000000001"));
        Assert.Contains("significant digits", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"amount":1e-30,"currency":"USD"}""")]
    [InlineData("""{"amount":"1e-30","currency":"USD"}""")]
    [InlineData("""{"amount":0.00000000000000000000000000001,"currency":"USD"}""")]
    public void MoneyJson_TooManyDigits_IsRefused(string json)
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Money>(json));
        Assert.Contains("significant digits", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoneyJson_ExponentThatFits_IsExact()
    {
        Assert.Equal(new Money(0.015m, Currency.USD), JsonSerializer.Deserialize<Money>("""{"amount":1.5e-2,"currency":"USD"}"""));
        Assert.Equal(new Money(1500m, Currency.USD), JsonSerializer.Deserialize<Money>("""{"amount":1.5E3,"currency":"USD"}"""));
    }

    [Fact]
    public void TokenVolumeParse_InvariantDecimalComma_IsRefused()
    {
        Assert.False(TokenVolume.TryParse("1,5 B tokens", out _));
        Assert.Throws<DomainModelFormatException>(() => TokenVolume.Parse("1,5 B tokens"));
        Assert.Equal(TokenVolume.FromTokens(20_000m), TokenVolume.Parse("20,000 tokens"));
    }

    [Theory]
    [InlineData("5 K TOKENS", 5_000d)]
    [InlineData("5 k Tokens", 5_000d)]
    [InlineData("2 BILLION TOKENS", 2_000_000_000d)]
    [InlineData("3 T TOKENS", 3_000_000_000_000d)]
    public void TokenVolumeParse_UnitsInAnyCase(string text, double tokens) =>
        Assert.Equal((decimal)tokens, TokenVolume.Parse(text).Tokens);

    [Fact]
    public void TokenVolumeTimes_FractionalExactProduct_Throws()
    {
        // 79228162514264337593543949485 × 0.5 = 39614081257132168796771974742.5 exactly: not whole.
        var volume = TokenVolume.FromTokens(79228162514264337593543949485m);
        var e = Assert.Throws<ArgumentException>(() => volume * 0.5m);
        Assert.Contains("39614081257132168796771974742.5", e.Message, StringComparison.Ordinal);
        Assert.Equal(TokenVolume.FromTokens(39614081257132168796771974742m), TokenVolume.FromTokens(79228162514264337593543949484m) * 0.5m);
    }

    [Fact]
    public void Convert_RoundsOnceFromTheExactValue()
    {
        // 2.0099999999999999999999999999 × 0.5 = 1.00499999999999999999999999995 exactly, which is 1.00 at two places.
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 0.5m, new DateOnly(2025, 12, 5), RateKind.Spot, "test");
        var converted = rate.Convert(new Money(2.0099999999999999999999999999m, Currency.USD), MidpointRounding.AwayFromZero);
        Assert.Equal(new Money(1.00m, Currency.CNY), converted);
        Assert.Equal(new Money(1.00m, Currency.CNY), rate.Convert(new Money(2.0099999999999999999999999999m, Currency.USD), 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void CrossWith_IsTheExactQuotientRoundedOnce()
    {
        // EUR/USD 3 and EUR/CNY 2: USD/CNY = 2/3 = 0.66666666666666666666666…, at 20 significant digits 0.66666666666666666667.
        var day = new DateOnly(2025, 12, 5);
        var usd = new ExchangeRate(Currency.EUR, Currency.USD, 3m, day, RateKind.OfficialReference, "ECB");
        var cny = new ExchangeRate(Currency.EUR, Currency.CNY, 2m, day, RateKind.OfficialReference, "ECB");
        Assert.Equal(0.66666666666666666667m, usd.CrossWith(cny).Value);
        Assert.Equal(0.33333333333333333333m, usd.Inverse().Value);
    }

    [Fact]
    public void ShareFraction_NeverThrows_BecauseTheConstructorRefusesWhatDecimalCannotHold()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Share(decimal.MaxValue, 0.5m));
        Assert.Equal("numerator", e.ParamName);
        Assert.Equal(decimal.MaxValue, new Share(decimal.MaxValue, 1m).Fraction);
    }
}
