using System;
using System.Globalization;
using System.Linq;
using System.Text;
using DomainModel.Text;
using DomainModel;
using DomainModel.Tests.Infrastructure;
using DomainModel.Tests.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Monetary;

/// <summary>
/// The round-trip fast path of Money parsing (<c>CNY 160000000000.25</c>) and the general parser agree: whenever the
/// fast path accepts a text, the general parser accepts it too with the same currency and the same decimal bits
/// (scale included); texts near the form (lower case, other spaces, group separators, 20+ digits, "5.", "-0", unknown
/// codes, expected currencies) are generated so that both sides of every check are reached.
/// </summary>
[Properties(Arbitrary = new[] { typeof(MoneyParseFastPathTests.NearRoundTrip), typeof(DecimalMagnitudeTests.AnyDecimal) }, MaxTest = 2000)]
public sealed class MoneyParseFastPathTests
{
    [Property]
    public void FastPath_Utf16_AgreesWithTheGeneralParser(RoundTripText text)
    {
        var general = Money.TryParseCore(text.Value, null, text.Options, out var expected, out _);
        if (Money.TryParseRoundTrip(text.Value.AsSpan(), null, text.Options, out var fast))
        {
            Assert.Equal(ParseError.None, general);
            AssertSame(expected, fast);
        }

        Assert.Equal(general == ParseError.None, Money.TryParse(text.Value.AsSpan(), null, text.Options, out var viaApi));
        AssertSame(expected, viaApi);
    }

    [Property]
    public void FastPath_Utf8_AgreesWithTheGeneralParser(RoundTripText text)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text.Value);
        var general = Money.TryParseCore(text.Value, null, text.Options, out var expected, out _);
        if (Money.TryParseRoundTrip<byte>(utf8, null, text.Options, out var fast))
        {
            Assert.Equal(ParseError.None, general);
            AssertSame(expected, fast);
        }

        Assert.Equal(general == ParseError.None, Money.TryParse(utf8, null, text.Options, out var viaApi));
        AssertSame(expected, viaApi);
    }

    [Property]
    public void FastPath_RoundTripOfAnyAmount_IsTheAmount(decimal amount)
    {
        var money = new Money(amount, Currency.CNY);
        string written = money.ToString();
        Assert.True(Money.TryParse(written.AsSpan(), null, out var back));
        AssertSame(money, back);
        Assert.True(Money.TryParse(Encoding.UTF8.GetBytes(written), null, out var backUtf8));
        AssertSame(money, backUtf8);
    }

    [Theory]
    [InlineData("CNY 160000000000.25", "160000000000.25")]
    [InlineData("USD -0.50", "-0.50")]
    [InlineData("EUR 1234567890123456789", "1234567890123456789")]
    [InlineData("JPY 0.000", "0.000")]
    public void FastPath_TakesTheRoundTripForm(string text, string expectedAmount)
    {
        Assert.True(Money.TryParseRoundTrip(text.AsSpan(), null, MoneyParseOptions.Default, out var money));

        // decimal's own parser gives the expected bits; the scale is the number of fraction digits written.
        Assert.Equal(decimal.GetBits(decimal.Parse(expectedAmount, CultureInfo.InvariantCulture)), decimal.GetBits(money.Amount));
        int point = text.IndexOf('.', StringComparison.Ordinal);
        Assert.Equal(point < 0 ? 0 : text.Length - point - 1, money.Amount.Scale);
    }

    [Theory]
    [InlineData("CNY 1,000")] // group separators: checked by the general path
    [InlineData("CNY 12345678901234567890")] // 20 digits
    [InlineData("CNY 5.")]
    [InlineData("CNY -0")]
    [InlineData("CNY  5")]
    [InlineData("cny 5")]
    [InlineData("ABC 5")] // unknown code: the general path names the error
    [InlineData("5 CNY")]
    [InlineData(" CNY 5")]
    public void FastPath_LeavesEverythingElseToTheGeneralParser(string text) =>
        Assert.False(Money.TryParseRoundTrip(text.AsSpan(), null, MoneyParseOptions.Default, out _));

    [IcuFact]
    public void FastPath_OnlyUnderTheInvariantCulture()
    {
        Assert.False(Money.TryParseRoundTrip("EUR 5.5".AsSpan(), CultureInfo.GetCultureInfo("fr-FR"), MoneyParseOptions.Default, out _));
        Assert.True(Money.TryParseRoundTrip("EUR 5.5".AsSpan(), CultureInfo.InvariantCulture, MoneyParseOptions.Default, out _));
    }

    [Fact]
    public void FastPath_RespectsTheExpectedCurrency() =>
        Assert.False(Money.TryParseRoundTrip("EUR 5".AsSpan(), null, MoneyParseOptions.For(Currency.USD), out _));

    private static void AssertSame(Money expected, Money actual)
    {
        Assert.Equal(expected.Currency, actual.Currency);
        Assert.Equal(decimal.GetBits(expected.Amount), decimal.GetBits(actual.Amount));
    }

    /// <summary>A text near the round-trip form, with the options to parse it with.</summary>
    public sealed record RoundTripText(string Value, MoneyParseOptions Options)
    {
        public override string ToString() => $"\"{Value}\" expecting {Options.ExpectedCurrency?.Code ?? "any"}";
    }

    /// <summary>Texts of the round-trip form and their near misses.</summary>
    public static class NearRoundTrip
    {
        private static readonly string[] Codes = ["CNY", "USD", "EUR", "JPY", "XXX", "ABC", "cny", "CN", "CNYY", "Cny"];
        private static readonly string[] Separators = [" ", " ", " ", "  ", "\u00A0", "\t", ""];
        private static readonly string[] Signs = ["", "", "", "-", "+", "\u2212", "--"];
        private static readonly string[] Points = ["", "", ".", ".", ",", ".."];

        public static Arbitrary<RoundTripText> Text() =>
            (from code in Gen.Elements(Codes)
             from separator in Gen.Elements(Separators)
             from sign in Gen.Elements(Signs)
             from integral in Digits(0, 24)
             from point in Gen.Elements(Points)
             from fraction in Digits(0, 12)
             from tail in Gen.Elements("", "", "", "", " ", "x", "0")
             from expected in Gen.Elements<Currency?>(null, null, null, Currency.CNY, Currency.USD)
             select new RoundTripText(
                 code + separator + sign + integral + point + fraction + tail,
                 expected is Currency c ? MoneyParseOptions.For(c) : MoneyParseOptions.Default)).ToArbitrary();

        private static Gen<string> Digits(int min, int max) =>
            from length in Gen.Choose(min, max)
            from digits in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), length)
            select new string(digits);
    }
}
