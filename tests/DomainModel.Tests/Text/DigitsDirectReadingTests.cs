using System;
using System.Globalization;
using System.Linq;
using System.Text;
using DomainModel.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Text;

/// <summary>
/// The parser reads the digits of a figure on the span of the text (<c>NewsNumberParser.TryInterpretDirectly</c>) and
/// falls back to the reading through strings (<c>NewsNumberParser.Interpret</c>, which writes every failure): the direct
/// reading gives exactly the value (digits and scale) of the string reading whenever it answers, and answers whenever
/// the string reading succeeds with one-character separators; checked on random and near-miss digits under every
/// convention and with none. Whole figures in Italian and English are checked against values worked out here.
/// </summary>
public sealed class DigitsDirectReadingTests
{
    private static readonly NumberConventions?[] Conventions =
    [
        null, NumberConventions.Italian, NumberConventions.English, NumberConventions.French, NumberConventions.Indian,
        NumberConventions.Arabic, NumberConventions.Create(".", "'", NumberGrouping.Thousands), NumberConventions.Create(",", " ", NumberGrouping.None),
    ];

    public static Arbitrary<(string Digits, int Conventions)> Digits() =>
        Arb.From(
            from first in Gen.Elements("0123456789".ToCharArray())
            from rest in Gen.ListOf(Gen.Frequency(
                (10, Gen.Elements("0123456789".ToCharArray())),
                (3, Gen.Elements(".,".ToCharArray())),
                (1, Gen.Elements("' \u00A0\u202F\u066B\u066Cx".ToCharArray()))))
            from conventions in Gen.Choose(0, Conventions.Length - 1)
            select (first + new string([.. rest.Take(40)]), conventions));

    /// <summary>Numbers as news groups them ("20.000", "1,234,567.5", "12,34,567", "0,5"), under each convention's separators or the other's.</summary>
    public static Arbitrary<(long Integral, int Fraction, int FractionDigits, int Writing, int Conventions)> Grouped() =>
        Arb.From(
            from integral in Gen.OneOf(Gen.Choose(0, 999).Select(i => (long)i), Gen.Choose(0, int.MaxValue).Select(i => (long)i * 4099))
            from fractionDigits in Gen.Choose(0, 4)
            from fraction in Gen.Choose(0, 9999)
            from writing in Gen.Choose(0, 5)
            from conventions in Gen.Choose(0, Conventions.Length - 1)
            select (integral, fraction, fractionDigits, writing, conventions));

    [Property(Arbitrary = new[] { typeof(DigitsDirectReadingTests) }, MaxTest = 3000)]
    public void DirectReading_AgreesWithTheStringReading((string Digits, int Conventions) c) =>
        AssertAgree(c.Digits, Conventions[c.Conventions]);

    [Property(Arbitrary = new[] { typeof(DigitsDirectReadingTests) }, MaxTest = 2000)]
    public void DirectReading_AgreesOnGroupedNumbers((long Integral, int Fraction, int FractionDigits, int Writing, int Conventions) c)
    {
        string fraction = (c.Fraction % (int)Math.Pow(10, c.FractionDigits)).ToString(CultureInfo.InvariantCulture).PadLeft(c.FractionDigits, '0');
        string digits = c.Writing switch
        {
            0 => Written(c.Integral, fraction, ",", "."),
            1 => Written(c.Integral, fraction, ".", ","),
            2 => Written(c.Integral, fraction, ",", null),
            3 => Written(c.Integral, fraction, ".", null),
            4 => Written(c.Integral, fraction, ",", "\u202F"),
            _ => c.Integral.ToString("#,##,###", CultureInfo.InvariantCulture) + (fraction.Length > 0 ? "." + fraction : string.Empty),
        };
        AssertAgree(digits, Conventions[c.Conventions]);
    }

    [Theory]
    [InlineData("160", 1)]
    [InlineData("20.000", 1)]
    [InlineData("40.000", 1)]
    [InlineData("1,5", 1)]
    [InlineData("1.5", 2)]
    [InlineData("1,234,567.25", 2)]
    [InlineData("12,34,567", 4)]
    [InlineData("20,000", 0)]
    [InlineData("0.500", 0)]
    [InlineData("1.234.567", 0)]
    [InlineData("1.234,5", 0)]
    [InlineData("79228162514264337593543950335", 2)]
    [InlineData("79228162514264337593543950336", 2)]
    [InlineData("1.0000000000000000000000000001", 2)]
    [InlineData("0.00000000000000000000000000001", 2)]
    public void DirectReading_AgreesOnNewsDigits(string digits, int conventions) => AssertAgree(digits, Conventions[conventions]);

    public static Arbitrary<(int Language, int Hedge, long Integral, int Fraction, int Scale, int Unit)> Figures() =>
        Arb.From(
            from language in Gen.Choose(0, 1)
            from hedge in Gen.Choose(-1, 20)
            from integral in Gen.OneOf(Gen.Choose(0, 999).Select(i => (long)i), Gen.Choose(0, int.MaxValue).Select(i => (long)i * 37))
            from fraction in Gen.Choose(-1, 99)
            from scale in Gen.Choose(-1, 6)
            from unit in Gen.Choose(0, 3)
            select (language, hedge, integral, fraction, scale, unit));

    /// <summary>Whole figures ("circa 40.000,5 miliardi di dollari", "about 1,234.05 billion dollars"): the value, scale word,
    /// qualifier and unit the parser reads are those the figure was written from.</summary>
    [Property(Arbitrary = new[] { typeof(DigitsDirectReadingTests) }, MaxTest = 1500)]
    public void Figures_ReadAsWritten((int Language, int Hedge, long Integral, int Fraction, int Scale, int Unit) c)
    {
        var language = c.Language == 0 ? NewsLanguage.English : NewsLanguage.Italian;
        var lexicon = Lexicon.For(language);
        bool italian = language == NewsLanguage.Italian;
        var hedges = lexicon.HedgeList.Where(h => char.IsLetter(h.Key[^1])).ToArray();
        var hedge = c.Hedge >= 0 ? hedges[c.Hedge % hedges.Length] : default;
        string[] scales = italian ? ["mila", "milioni", "miliardi", "Miliardi", "mld", "trilioni", "MILIONI"] : ["thousand", "million", "billion", "Billion", "bn", "trillion", "MILLION"];
        decimal[] multipliers = [1e3m, 1e6m, 1e9m, 1e9m, 1e9m, 1e12m, 1e6m];
        string[] units = italian ? [string.Empty, "di dollari", "unità", "di yuan"] : [string.Empty, "dollars", "units", "of yuan"];
        string[] unitsRead = italian ? [string.Empty, "dollari", "unità", "yuan"] : [string.Empty, "dollars", "units", "yuan"];

        string fraction = c.Fraction >= 0 ? c.Fraction.ToString("00", CultureInfo.InvariantCulture) : string.Empty;
        string number = italian ? Written(c.Integral, fraction, ",", ".") : Written(c.Integral, fraction, ".", ",");
        var text = new StringBuilder();
        if (hedge.Key is not null)
        {
            text.Append(hedge.Key).Append(' ');
        }

        text.Append(number);
        if (c.Scale >= 0)
        {
            text.Append(' ').Append(scales[c.Scale]);
        }

        if (units[c.Unit].Length > 0)
        {
            text.Append(' ').Append(units[c.Unit]);
        }

        decimal mantissa = c.Integral + (c.Fraction >= 0 ? c.Fraction / 100m : 0m);
        var parsed = NewsNumberParser.Parse(text.ToString(), language);
        Assert.Equal(mantissa, parsed.Mantissa);
        Assert.Equal(c.Fraction >= 0 ? 2 : 0, parsed.Mantissa.Scale);
        Assert.Equal(c.Scale >= 0 ? multipliers[c.Scale] : 1m, parsed.Multiplier);
        Assert.Equal(c.Scale >= 0 ? scales[c.Scale] : null, parsed.ScaleWord);
        Assert.Equal(hedge.Key is null ? NumberQualifier.None : hedge.Value, parsed.Qualifier);
        Assert.Equal(unitsRead[c.Unit], parsed.Unit);
    }

    private static void AssertAgree(string digits, NumberConventions? conventions)
    {
        var straightforward = NewsNumberParser.Interpret(digits, conventions, "x " + digits, out decimal expected);
        bool direct = NewsNumberParser.TryInterpretDirectly(digits, conventions, out decimal actual);
        string where = $"'{digits}' under {conventions?.ToString() ?? "no conventions"}";
        if (direct)
        {
            Assert.False(straightforward.Failed, $"{where}: read directly as {actual}, the string reading fails ({straightforward.Message})");
            Assert.Equal(decimal.GetBits(expected), decimal.GetBits(actual));
        }

        bool singleCharacters = conventions is null || (conventions.DecimalSeparator.Length == 1 && conventions.GroupSeparator.Length <= 1);
        if (!straightforward.Failed && singleCharacters && digits.Length <= 64)
        {
            Assert.True(direct, $"{where}: the string reading gives {expected}, the direct reading does not answer");
        }
    }

    /// <summary>The integral part grouped in threes with <paramref name="group"/> (none when null), then the fraction after <paramref name="point"/>.</summary>
    private static string Written(long integral, string fraction, string point, string? group)
    {
        string whole = integral.ToString(CultureInfo.InvariantCulture);
        if (group is not null)
        {
            var grouped = new StringBuilder();
            for (int i = 0; i < whole.Length; i++)
            {
                if (i > 0 && (whole.Length - i) % 3 == 0)
                {
                    grouped.Append(group);
                }

                grouped.Append(whole[i]);
            }

            whole = grouped.ToString();
        }

        return fraction.Length > 0 ? whole + point + fraction : whole;
    }
}
