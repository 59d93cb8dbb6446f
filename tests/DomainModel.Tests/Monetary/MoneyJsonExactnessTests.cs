using System;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using DomainModel;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Monetary;

/// <summary>
/// Reading a JSON amount keeps every digit or refuses, on both sides of the reader's shortcut for short numbers (up
/// to 28 characters without an exponent): the expectation compares the written digits with the value as exact
/// rationals in <see cref="BigInteger"/>, not through the library.
/// </summary>
public sealed class MoneyJsonExactnessTests
{
    [Property(Arbitrary = new[] { typeof(JsonNumbers) }, MaxTest = 2000)]
    public void Json_Amount_IsExactOrRefused(JsonNumber number)
    {
        string json = $$"""{"amount":{{number.Text}},"currency":"USD"}""";
        bool exact = decimal.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal parsed)
            && Canonical(number.Text) == Canonical(parsed.ToString(CultureInfo.InvariantCulture));
        if (exact)
        {
            var money = JsonSerializer.Deserialize<Money>(json);
            Assert.Equal(Currency.USD, money.Currency);
            Assert.Equal(Canonical(number.Text), Canonical(money.Amount.ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Money>(json));
        }
    }

    /// <summary>The number as (negative, mantissa, scale) with no trailing fraction zeros; zero is never negative.</summary>
    private static (bool Negative, BigInteger Mantissa, int Scale) Canonical(string text)
    {
        bool negative = text.StartsWith('-');
        string digits = negative ? text[1..] : text;
        int point = digits.IndexOf('.', StringComparison.Ordinal);
        int scale = point < 0 ? 0 : digits.Length - point - 1;
        var mantissa = BigInteger.Parse(digits.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return (negative && !mantissa.IsZero, mantissa, scale);
    }

    /// <summary>A JSON number without exponent.</summary>
    public sealed record JsonNumber(string Text)
    {
        public override string ToString() => Text;
    }

    /// <summary>JSON numbers of 1 to 40 digits, often around decimal's 28-29.</summary>
    public static class JsonNumbers
    {
        public static Arbitrary<JsonNumber> Number() =>
            (from negative in Gen.Elements(false, true)
             from integral in Gen.OneOf(Gen.Constant(0), Gen.Choose(1, 30))
             from fraction in Gen.Choose(0, 32)
             from digits in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), integral + fraction)
             from first in Gen.Elements("123456789".ToCharArray())
             let integralText = integral == 0 ? "0" : first + new string(digits, 0, integral - 1)
             let fractionText = new string(digits, integral == 0 ? 0 : integral - 1, fraction)
             where integral + fraction > 0
             select new JsonNumber((negative ? "-" : "") + integralText + (fraction > 0 ? "." + fractionText : ""))).ToArbitrary();
    }
}
