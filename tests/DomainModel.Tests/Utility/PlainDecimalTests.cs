using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DomainModel;
using DomainModel.Serialization;
using DomainModel.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Utility;

/// <summary>
/// The plain-number fast path (Money's round-trip parse, JSON amounts, the compact JSON form) against the
/// straightforward path: whenever it accepts a text, decimal's own parser accepts it with the same bits (scale and the
/// sign of a zero included); it accepts every plain number of at most 19 digits; and Money read from JSON, as an object
/// and as the compact string, has the bits of the decimal written, whichever path reads it.
/// </summary>
public sealed partial class PlainDecimalTests
{
    private const NumberStyles Plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    private static readonly JsonSerializerOptions Compact = new JsonSerializerOptions().AddDomainModel(CurrencyCatalog.Iso4217, [], MoneyJsonForm.CompactString);

    [Property(Arbitrary = new[] { typeof(NearPlain) }, MaxTest = 3000)]
    public void TryParse_AgreesWithDecimalTryParse_InUtf16AndUtf8(string text)
    {
        bool fast = PlainDecimal.TryParse(text.AsSpan(), out decimal value);
        Assert.Equal(fast, PlainDecimal.TryParse<byte>(Encoding.UTF8.GetBytes(text), out decimal fromUtf8));
        bool plainAndShort = PlainForm().IsMatch(text) && CountDigits(text) <= 19;
        Assert.Equal(plainAndShort, fast);
        if (fast)
        {
            Assert.True(decimal.TryParse(text, Plain, CultureInfo.InvariantCulture, out decimal expected));
            Assert.Equal(decimal.GetBits(expected), decimal.GetBits(value));
            Assert.Equal(decimal.GetBits(expected), decimal.GetBits(fromUtf8));
        }
    }

    [Property(Arbitrary = new[] { typeof(DecimalMagnitudeTests.AnyDecimal) }, MaxTest = 2000)]
    public void Json_AnyAmount_ReadsTheBitsWritten_AsObjectAndCompact(decimal amount)
    {
        string text = amount.ToString(CultureInfo.InvariantCulture);

        // The reader's own decimal parse is the straightforward path for a JSON number.
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
        reader.Read();
        int[] expected = decimal.GetBits(reader.GetDecimal());
        Assert.Equal(decimal.GetBits(decimal.Parse(text, Plain, CultureInfo.InvariantCulture)), expected);

        var fromObject = JsonSerializer.Deserialize<Money>($$"""{"amount":{{text}},"currency":"CNY"}""");
        Assert.Equal(expected, decimal.GetBits(fromObject.Amount));
        var fromCompact = JsonSerializer.Deserialize<Money>($"\"CNY {text}\"", Compact);
        Assert.Equal(Currency.CNY, fromCompact.Currency);
        Assert.Equal(expected, decimal.GetBits(fromCompact.Amount));
        Assert.Equal(expected, decimal.GetBits(JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(fromCompact, Compact), Compact).Amount));
    }

    [Theory]
    [InlineData("-0")]
    [InlineData("-0.00")]
    [InlineData("0.000")]
    [InlineData("1.50")]
    [InlineData("9999999999999999999")]
    [InlineData("10000000000000000000")] // 20 digits: the general path
    [InlineData("160000000000.25")]
    public void Json_Amount_KeepsScaleAndSignOfZero(string text)
    {
        int[] expected = decimal.GetBits(decimal.Parse(text, Plain, CultureInfo.InvariantCulture));
        Assert.Equal(expected, decimal.GetBits(JsonSerializer.Deserialize<Money>($$"""{"amount":{{text}},"currency":"USD"}""").Amount));
        Assert.Equal(expected, decimal.GetBits(JsonSerializer.Deserialize<Money>($"\"USD {text}\"", Compact).Amount));
    }

    [Theory]
    [InlineData("\"CNY  5\"")]
    [InlineData("\"ABC 5\"")]
    [InlineData("\"cny 5\"")]
    [InlineData("\"CNY 1e400\"")]
    [InlineData("\"CNY 0.00000000000000000000000000001\"")]
    public void Json_Compact_NotTheFastForm_IsStillRefusedByTheGeneralPath(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Money>(json, Compact));

    [Theory]
    [InlineData("\"CNY +5\"", "5")]
    [InlineData("\"CNY 5.\"", "5")]
    [InlineData("\"CNY .5\"", "0.5")]
    [InlineData("\"CNY 1e2\"", "1E2")]
    [InlineData("\"CNY 12345678901234567890.5\"", "12345678901234567890.5")]
    public void Json_Compact_OtherNumbers_AreReadByTheGeneralPath(string json, string amount) =>
        Assert.Equal(decimal.Parse(amount, NumberStyles.Float, CultureInfo.InvariantCulture), JsonSerializer.Deserialize<Money>(json, Compact).Amount);

    private static int CountDigits(string text)
    {
        int n = 0;
        foreach (char c in text)
        {
            n += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return n;
    }

    [GeneratedRegex(@"\A-?[0-9]+(\.[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlainForm();

    /// <summary>Plain numbers and their near misses: signs, points, commas, exponents, spaces, up to 24 + 12 digits.</summary>
    public static class NearPlain
    {
        public static Arbitrary<string> Text() =>
            (from sign in Gen.Elements("", "", "", "-", "+", "--", " ")
             from integral in Digits(0, 24)
             from point in Gen.Elements("", "", ".", ".", ",", "..")
             from fraction in Digits(0, 12)
             from tail in Gen.Elements("", "", "", "", " ", "e5", "x", "0", "\u0660")
             select sign + integral + point + fraction + tail).ToArbitrary();

        private static Gen<string> Digits(int min, int max) =>
            from length in Gen.Choose(min, max)
            from digits in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), length)
            select new string(digits);
    }
}
