using DomainModel.Tests.Infrastructure;
using System;
using System.Globalization;
using DomainModel.Text;
using DomainModel;
using DomainModel.Exchange;
using Xunit;

namespace DomainModel.Tests.Exchange;

// Rates here are made up (source "Example") unless they are the ECB's real EUR/USD 1.1645 and EUR/CNY 8.2333 of
// 5 December 2025.

/// <summary>Examples and bad input for <see cref="ExchangeRate"/>.</summary>
public sealed class ExchangeRateTests
{
    private static readonly DateOnly Day = new(2025, 12, 5);

    private static ExchangeRate UsdCny(decimal value = 7.1234m) => new(Currency.USD, Currency.CNY, value, Day, RateKind.Spot, "Example");

    // ---- Construction and refused rates -----------------------------------------------------------------

    [Fact]
    public void Constructor_ValidRate_KeepsEverything()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 7.1230m, new RateValidity(Day), RateKind.OfficialReference, "  Example ");
        Assert.Equal(Currency.USD, rate.Base);
        Assert.Equal(Currency.CNY, rate.Quote);
        Assert.Equal("7.1230", rate.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(new RateValidity(Day), rate.Validity);
        Assert.Equal(RateKind.OfficialReference, rate.Kind);
        Assert.Equal("Example", rate.Source);
        Assert.Empty(rate.Legs);
        Assert.Equal("USD/CNY", rate.Pair);
    }

    [Theory]
    [InlineData("0", "not positive")]
    [InlineData("-7.1", "not positive")]
    [InlineData("0.0000000000001", "outside the accepted range")]
    [InlineData("1000000000001", "outside the accepted range")]
    [InlineData("7.123456789012345678901", "22 significant digits")]
    public void Constructor_RefusedValue_ThrowsArgumentOutOfRange(string value, string words)
    {
        decimal v = decimal.Parse(value, CultureInfo.InvariantCulture);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => UsdCny(v));
        Assert.Equal("value", e.ParamName);
        Assert.Contains(words, e.Message, StringComparison.Ordinal);
        Assert.Contains(value, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.000000000001")]
    [InlineData("1000000000000")]
    [InlineData("7.1234567890123456789")]
    [InlineData("7.12345678901234567890000")]
    public void Constructor_ValueAtTheLimits_IsAccepted(string value)
    {
        decimal v = decimal.Parse(value, CultureInfo.InvariantCulture);
        Assert.Equal(v, UsdCny(v).Value);
    }

    [Fact]
    public void Constructor_SameCurrency_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExchangeRate(Currency.USD, Currency.USD, 1m, Day, RateKind.Spot, "Example"));
        Assert.Equal("quote", e.ParamName);
        Assert.Contains("USD/USD has the same base and quote", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoCurrency_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExchangeRate(default, Currency.USD, 1m, Day, RateKind.Spot, "Example"));
        Assert.Equal("quote", e.ParamName);
        Assert.Contains("XXX", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Constructor_UndefinedKind_Throws(int kind)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, (RateKind)kind, "Example"));
        Assert.Equal("kind", e.ParamName);
        Assert.Contains("is not defined", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty or white space")]
    [InlineData("   ", "empty or white space")]
    [InlineData("ECB\nFed", "control character")]
    public void Constructor_BadSource_Throws(string source, string words)
    {
        var e = Assert.Throws<ArgumentException>(() => new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, RateKind.Spot, source));
        Assert.Equal("source", e.ParamName);
        Assert.Contains(words, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_LongSourceOrNull_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, RateKind.Spot, new string('a', 201)));
        Assert.Contains("201 characters", e.Message, StringComparison.Ordinal);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, RateKind.Spot, null!)).ParamName);
    }

    // ---- Conversion -------------------------------------------------------------------------------------

    [Fact]
    public void Convert_BaseToQuote_Multiplies_QuoteToBase_Divides()
    {
        var rate = UsdCny(7.1m);
        Assert.Equal(new Money(163.3m, Currency.CNY), rate.Convert(new Money(23m, Currency.USD)));
        Assert.Equal(new Money(10m, Currency.USD), rate.Convert(new Money(71m, Currency.CNY)));
    }

    [Fact]
    public void Convert_ArticleFigure_ExactAndRounded()
    {
        var rate = UsdCny(7.1m);
        var yuan = new Money(160_000_000_000m, Currency.CNY);
        var exact = rate.Convert(yuan);
        Assert.Equal(Currency.USD, exact.Currency);
        Assert.Equal(22_535_211_267.605633802816901408m, exact.Amount);
        Assert.Equal(new Money(22_535_211_267.61m, Currency.USD), rate.Convert(yuan, MidpointRounding.ToEven));
        Assert.Equal(new Money(22_535_211_268m, Currency.USD), rate.Convert(yuan, 0, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Convert_MidpointMode_IsTheCallers()
    {
        var rate = UsdCny(0.5m);
        Assert.Equal(new Money(0.02m, Currency.CNY), rate.Convert(new Money(0.05m, Currency.USD), MidpointRounding.ToEven));
        Assert.Equal(new Money(0.03m, Currency.CNY), rate.Convert(new Money(0.05m, Currency.USD), MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Convert_ThirdCurrency_ThrowsNamingPairAndCurrency()
    {
        var e = Assert.Throws<MismatchException>(() => UsdCny().Convert(new Money(10m, Currency.EUR)));
        Assert.Equal("money", e.ParamName);
        Assert.Contains("EUR", e.Message, StringComparison.Ordinal);
        Assert.Contains("USD/CNY", e.Message, StringComparison.Ordinal);
        Assert.Equal(Currency.EUR, e.Given);
        Assert.Equal(Currency.USD, e.Expected[0]);
        Assert.Equal(Currency.CNY, e.Expected[1]);
    }

    [Fact]
    public void Convert_TargetWithoutMinorUnit_RoundingThrows()
    {
        var gold = new ExchangeRate(Currency.USD, Currency.FromCode("XAU"), 0.0004m, Day, RateKind.Spot, "LBMA");
        Assert.Throws<InvalidOperationException>(() => gold.Convert(new Money(1000m, Currency.USD), MidpointRounding.ToEven));
        Assert.Equal(new Money(0.4m, Currency.FromCode("XAU")), gold.Convert(new Money(1000m, Currency.USD), 3, MidpointRounding.ToEven));
    }

    [Fact]
    public void Convert_BadDecimals_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => UsdCny().Convert(new Money(1m, Currency.USD), 29, MidpointRounding.ToEven));
        Assert.Equal("decimals", e.ParamName);
    }

    [Fact]
    public void Convert_Overflow_ThrowsNamingTheRate()
    {
        var e = Assert.Throws<OverflowException>(() => UsdCny(1_000_000m).Convert(new Money(decimal.MaxValue / 2, Currency.USD)));
        Assert.Contains("USD/CNY", e.Message, StringComparison.Ordinal);
    }

    // ---- Inverse and cross --------------------------------------------------------------------------------

    [Fact]
    public void Inverse_IsDerived_WithTheRateAsLeg()
    {
        var rate = UsdCny(8m);
        var inverse = rate.Inverse();
        Assert.Equal(Currency.CNY, inverse.Base);
        Assert.Equal(Currency.USD, inverse.Quote);
        Assert.Equal(0.125m, inverse.Value);
        Assert.Equal(RateKind.Derived, inverse.Kind);
        Assert.Same(rate, Assert.Single(inverse.Legs));
        Assert.Equal("Example", inverse.Source);
        Assert.Same(rate, inverse.Inverse());
    }

    [Fact]
    public void Inverse_RoundsToTwentySignificantDigits()
    {
        Assert.Equal(0.14038240166212763568m, UsdCny(7.1234m).Inverse().Value);
        Assert.Equal(0.33333333333333333333m, UsdCny(3m).Inverse().Value);
    }

    [Fact]
    public void Cross_EcbStyle_GivesUsdCny()
    {
        var eurUsd = new ExchangeRate(Currency.EUR, Currency.USD, 1.1645m, Day, RateKind.OfficialReference, "ECB");
        var eurCny = new ExchangeRate(Currency.EUR, Currency.CNY, 8.2333m, Day, RateKind.OfficialReference, "ECB");
        var usdCny = ExchangeRate.Cross(eurUsd, eurCny);
        Assert.Equal(Currency.USD, usdCny.Base);
        Assert.Equal(Currency.CNY, usdCny.Quote);
        Assert.Equal(RatePrecisionRound(8.2333m / 1.1645m), usdCny.Value);
        Assert.Equal(RateKind.Derived, usdCny.Kind);
        Assert.Equal(new[] { eurUsd, eurCny }, usdCny.Legs);
        Assert.Equal("ECB", usdCny.Source);
        Assert.Equal(new RateValidity(Day), usdCny.Validity);
        Assert.Equal(usdCny, eurUsd.CrossWith(eurCny));
    }

    [Fact]
    public void Cross_AllOrientations_AgreeWithInverses()
    {
        var usdEur = new ExchangeRate(Currency.USD, Currency.EUR, 0.8m, Day, RateKind.Spot, "A");
        var eurCny = new ExchangeRate(Currency.EUR, Currency.CNY, 8m, Day, RateKind.Spot, "B");
        Assert.Equal(6.4m, usdEur.CrossWith(eurCny).Value);
        Assert.Equal(6.4m, usdEur.Inverse().CrossWith(eurCny).Value);
        Assert.Equal(6.4m, usdEur.CrossWith(eurCny.Inverse()).Value);
        Assert.Equal(6.4m, usdEur.Inverse().CrossWith(eurCny.Inverse()).Value);
        Assert.Equal("A + B", usdEur.CrossWith(eurCny).Source);
        Assert.Equal(Currency.CNY, eurCny.CrossWith(usdEur).Base);
    }

    [Fact]
    public void Cross_ValidityIsTheIntersection()
    {
        var year = new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, new RateValidity(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), RateKind.PeriodAverage, "Example");
        var half = new ExchangeRate(Currency.EUR, Currency.CNY, 7.8m, new RateValidity(new DateOnly(2024, 7, 1), new DateOnly(2025, 6, 30)), RateKind.PeriodAverage, "Example");
        Assert.Equal(new RateValidity(new DateOnly(2024, 7, 1), new DateOnly(2024, 12, 31)), year.CrossWith(half).Validity);
    }

    [Fact]
    public void Cross_Refused_Throws()
    {
        var eurUsd = new ExchangeRate(Currency.EUR, Currency.USD, 1.1645m, Day, RateKind.Spot, "ECB");
        var gbpJpy = new ExchangeRate(Currency.GBP, Currency.JPY, 200m, Day, RateKind.Spot, "Example");
        var otherDay = new ExchangeRate(Currency.EUR, Currency.CNY, 8m, Day.AddDays(1), RateKind.Spot, "Example");
        var huge = new ExchangeRate(Currency.EUR, Currency.GBP, 1_000_000_000_000m, Day, RateKind.Spot, "Example");
        var tiny = new ExchangeRate(Currency.EUR, Currency.JPY, 0.000_000_1m, Day, RateKind.Spot, "Example");

        AssertCrossThrows(eurUsd, gbpJpy, "share no currency");
        AssertCrossThrows(eurUsd, eurUsd.Inverse(), "same two currencies");
        AssertCrossThrows(eurUsd, otherDay, "no common day");
        AssertCrossThrows(huge, tiny, "outside the accepted range");
        Assert.Equal("second", Assert.Throws<ArgumentNullException>(() => ExchangeRate.Cross(eurUsd, null!)).ParamName);
    }

    private static void AssertCrossThrows(ExchangeRate a, ExchangeRate b, string words)
    {
        var e = Assert.Throws<ArgumentException>(() => a.CrossWith(b));
        Assert.Equal("other", e.ParamName);
        Assert.Contains(words, e.Message, StringComparison.Ordinal);
        Assert.Contains(a.Pair, e.Message, StringComparison.Ordinal);
    }

    private static decimal RatePrecisionRound(decimal value) => decimal.Round(value, 19 - (value >= 10m ? 1 : 0), MidpointRounding.ToEven);

    // ---- Text ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("USD/CNY 7.1234 2025-12-05 Spot Example")]
    [InlineData("EUR/USD 1.0820 2024-01-01/2024-12-31 PeriodAverage ECB")]
    [InlineData("CNY/USD 0.14038240166212763568 2025-12-05 Derived Bank of Italy")]
    [InlineData("USD/JPY 150 2025-12-05 OfficialReference Fed + ECB")]
    public void ToString_RoundTripsThroughParse(string text)
    {
        var rate = ExchangeRate.Parse(text, null);
        Assert.Equal(text, rate.ToString());
        Assert.True(ExchangeRate.TryParse(text, CultureInfo.InvariantCulture, out var again));
        Assert.Equal(rate, again);
        Assert.Equal(rate, ExchangeRate.Parse(text.AsSpan(), null));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Text_IsInvariantUnderAnyCulture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = TestCultures.Get(culture);
            var rate = UsdCny(7.1234m);
            Assert.Equal("USD/CNY 7.1234 2025-12-05 Spot Example", rate.ToString());
            Assert.Equal("USD/CNY 7.1234", rate.ToString("M", null));
            Assert.Equal(rate, ExchangeRate.Parse(rate.ToString(), null));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Format_MarketAndGeneral_AndTryFormat()
    {
        var rate = UsdCny();
        Assert.Equal("USD/CNY 7.1234", $"{rate:M}");
        Assert.Equal(rate.ToString(), rate.ToString("G", null));
        Assert.Throws<DomainModelFormatException>(() => rate.ToString("X", null));
        Span<char> buffer = stackalloc char[64];
        Assert.True(rate.TryFormat(buffer, out int written, "M", null));
        Assert.Equal("USD/CNY 7.1234", buffer[..written].ToString());
        Assert.False(rate.TryFormat(buffer[..5], out written, "M", null));
        Assert.Equal(0, written);
        Assert.False(rate.TryFormat(buffer, out _, "X", null));
    }

    [Fact]
    public void ParseMarket_AttachesValidityKindAndSource()
    {
        var rate = ExchangeRate.ParseMarket("USD/CNY 7.1234", new RateValidity(Day), RateKind.Spot, "Example");
        Assert.Equal(UsdCny(), rate);
        Assert.True(ExchangeRate.TryParseMarket("USD/CNY 7.1234", new RateValidity(Day), RateKind.Spot, "Example", out var again));
        Assert.Equal(rate, again);
        Assert.False(ExchangeRate.TryParseMarket("USD/CNY 7.1234", new RateValidity(Day), (RateKind)0, "Example", out _));
        Assert.False(ExchangeRate.TryParseMarket("USD/CNY 7.1234", new RateValidity(Day), RateKind.Spot, " ", out _));
        Assert.False(ExchangeRate.TryParseMarket(null, new RateValidity(Day), RateKind.Spot, "Example", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExchangeRate.ParseMarket("USD/CNY 7.1234", new RateValidity(Day), (RateKind)9, "Example"));
    }

    [Theory]
    [InlineData("USD/CNY", "market form")]
    [InlineData("USDCNY 7.1", "market form")]
    [InlineData("USD/CNY  7.1", "not a decimal number")]
    [InlineData("usd/CNY 7.1", "'usd'")]
    [InlineData("USD/QQQ 7.1", "'QQQ'")]
    [InlineData("USD/USD 1", "same base and quote")]
    [InlineData("USD/CNY 7,1", "not a decimal number")]
    [InlineData("USD/CNY 7.1e0", "not a decimal number")]
    [InlineData("USD/CNY 1,000.5", "not a decimal number")]
    [InlineData("USD/CNY 0", "not positive")]
    [InlineData("USD/CNY -7.1", "not positive")]
    [InlineData("USD/CNY 0.0000000000001", "outside the accepted range")]
    [InlineData("USD/CNY 7.123456789012345678901", "significant digits")]
    public void ParseMarket_BadText_ThrowsFormatException(string text, string words)
    {
        var e = Assert.Throws<DomainModelFormatException>(() => ExchangeRate.ParseMarket(text, new RateValidity(Day), RateKind.Spot, "Example"));
        Assert.Contains(words, e.Message, StringComparison.Ordinal);
        Assert.False(ExchangeRate.TryParseMarket(text, new RateValidity(Day), RateKind.Spot, "Example", out _));
    }

    [Theory]
    [InlineData("USD/CNY 7.1234", "expected 'BASE/QUOTE value validity kind source'")]
    [InlineData("USD/CNY 7.1234 2025-12-05 Spot", "expected 'BASE/QUOTE value validity kind source'")]
    [InlineData("USD/CNY 7.1234 05/12/2025 Spot Example", "not a date")]
    [InlineData("USD/CNY 7.1234 2025-12-05/2025-12-01 Spot Example", "ends before it starts")]
    [InlineData("USD/CNY 7.1234 2025-12-05 spot ECB", "not a rate kind")]
    [InlineData("USD/CNY 7.1234 2025-12-05 1 ECB", "not a rate kind")]
    [InlineData("USD/CNY 7.1234 2025-12-05 Spot  ECB", "leading or trailing white space")]
    [InlineData("USD/CNY 0 2025-12-05 Spot Example", "not positive")]
    public void Parse_BadText_ThrowsFormatException(string text, string words)
    {
        var e = Assert.Throws<DomainModelFormatException>(() => ExchangeRate.Parse(text, null));
        Assert.Contains(words, e.Message, StringComparison.Ordinal);
        Assert.False(ExchangeRate.TryParse(text, null, out _));
        Assert.False(ExchangeRate.TryParse(text.AsSpan(), null, out _));
    }

    [Fact]
    public void Parse_Null_Throws_TryParseReturnsFalse()
    {
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => ExchangeRate.Parse(null!, null)).ParamName);
        Assert.False(ExchangeRate.TryParse((string?)null, null, out _));
    }

    // ---- Equality and ordering ----------------------------------------------------------------------------

    [Fact]
    public void Equality_IsNumeric_AndIgnoresLegs()
    {
        Assert.Equal(UsdCny(7.1m), UsdCny(7.100m));
        Assert.Equal(UsdCny(7.1m).GetHashCode(), UsdCny(7.100m).GetHashCode());
        Assert.True(UsdCny(7.1m) == UsdCny(7.10m));
        var derived = UsdCny(8m).Inverse();
        var fromText = ExchangeRate.Parse(derived.ToString(), null);
        Assert.Empty(fromText.Legs);
        Assert.Equal(derived, fromText);
    }

    [Fact]
    public void Equality_EveryFieldCounts()
    {
        var rate = UsdCny();
        Assert.NotEqual(rate, UsdCny(7.1235m));
        Assert.NotEqual(rate, new ExchangeRate(Currency.USD, Currency.CNY, 7.1234m, Day.AddDays(1), RateKind.Spot, "Example"));
        Assert.NotEqual(rate, new ExchangeRate(Currency.USD, Currency.CNY, 7.1234m, Day, RateKind.OfficialReference, "Example"));
        Assert.NotEqual(rate, new ExchangeRate(Currency.USD, Currency.CNY, 7.1234m, Day, RateKind.Spot, "ecb"));
        Assert.NotEqual(rate, new ExchangeRate(Currency.CNY, Currency.USD, 7.1234m, Day, RateKind.Spot, "Example"));
        Assert.False(rate.Equals(null));
        Assert.True(rate != null);
        Assert.False(rate.Equals((object)"USD/CNY 7.1234"));
    }

    [Fact]
    public void CompareTo_SamePair_OrdersByValueThenValidityKindSource()
    {
        Assert.True(UsdCny(7.1m) < UsdCny(7.2m));
        Assert.True(UsdCny(7.2m) >= UsdCny(7.2m));
        Assert.True(UsdCny(7.2m) > new ExchangeRate(Currency.USD, Currency.CNY, 7.2m, Day.AddDays(-1), RateKind.Spot, "Example"));
        Assert.Equal(0, UsdCny(7.2m).CompareTo(UsdCny(7.20m)));
        Assert.True(UsdCny().CompareTo((object?)null) > 0);
        Assert.True(UsdCny() <= UsdCny(7.5m));
    }

    [Fact]
    public void CompareTo_DifferentPairs_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => UsdCny().CompareTo(UsdCny().Inverse()));
        Assert.Contains("USD/CNY", e.Message, StringComparison.Ordinal);
        Assert.Contains("CNY/USD", e.Message, StringComparison.Ordinal);
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => UsdCny().CompareTo((object)1)).ParamName);
    }
}
