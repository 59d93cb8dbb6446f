using System;
using System.Linq;
using System.Text;
using DomainModel.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Text;

/// <summary>
/// The parser's reading of digits into invariant form returns digits alone ("160", "2026") as they are; every answer
/// (the invariant digits, or the failure with its error, position and message) is the one of the straightforward
/// reading, written here again as it was, on random digits with separators of every kind under every grouping.
/// </summary>
public sealed class DigitsNormalizeFastPathTests
{
    private static readonly string[] Separators = [".", ",", "\0", " ", "\u00A0", "\u202F", "'", "٫", "٬"];

    public static Arbitrary<(string Digits, string Decimal, string? Group, NumberGrouping Grouping)> Cases() =>
        Arb.From(
            from digits in Gen.ListOf(Gen.Elements("0123456789012345678901234567890123456789.,' \u00A0٫".ToCharArray())).Select(l => new string([.. l.Take(14)]))
            from decimalSeparator in Gen.Elements(Separators)
            from groupSeparator in Gen.OneOf(Gen.Constant<string?>(null), Gen.Constant<string?>(""), Gen.Elements(Separators).Select(s => (string?)s))
            from grouping in Gen.Elements(NumberGrouping.Thousands, NumberGrouping.Indian, NumberGrouping.None)
            select (digits, decimalSeparator, groupSeparator, grouping));

    [Property(Arbitrary = new[] { typeof(DigitsNormalizeFastPathTests) }, MaxTest = 3000)]
    public void Normalize_AgreesWithTheStraightforwardReading((string Digits, string Decimal, string? Group, NumberGrouping Grouping) c)
    {
        string text = "x " + c.Digits;
        var expected = Straightforward(c.Digits, c.Decimal, c.Group, c.Grouping, text, out string expectedInvariant);
        var actual = NewsNumberParser.Normalize(c.Digits, c.Decimal, c.Group, c.Grouping, text, out string actualInvariant);
        Assert.Equal(expectedInvariant, actualInvariant);
        Assert.Equal(expected.Error, actual.Error);
        Assert.Equal(expected.Position, actual.Position);
        Assert.Equal(expected.Length, actual.Length);
        Assert.Equal(expected.Message, actual.Message);
    }

    [Theory]
    [InlineData("160", ",", ".")]
    [InlineData("2026", ",", ".")]
    [InlineData("20.000", ",", ".")]
    [InlineData("1,5", ",", ".")]
    [InlineData("0", ".", null)]
    public void Normalize_AgreesOnNewsDigits(string digits, string decimalSeparator, string? groupSeparator)
    {
        var expected = Straightforward(digits, decimalSeparator, groupSeparator, NumberGrouping.Thousands, digits, out string expectedInvariant);
        var actual = NewsNumberParser.Normalize(digits, decimalSeparator, groupSeparator, NumberGrouping.Thousands, digits, out string actualInvariant);
        Assert.Equal(expectedInvariant, actualInvariant);
        Assert.Equal(expected.Error, actual.Error);
    }

    /// <summary>The reading as it was written before the fast path.</summary>
    private static ParseFailure Straightforward(string digits, string decimalSeparator, string? groupSeparator, NumberGrouping grouping, string text, out string invariant)
    {
        invariant = string.Empty;
        string integral = digits;
        string fraction = string.Empty;
        int at = digits.IndexOf(decimalSeparator, StringComparison.Ordinal);
        if (at >= 0)
        {
            if (digits.IndexOf(decimalSeparator, at + decimalSeparator.Length, StringComparison.Ordinal) >= 0)
            {
                return TextErrors.InvalidNumber(text, digits, $"the decimal separator '{decimalSeparator}' occurs more than once");
            }

            integral = digits[..at];
            fraction = digits[(at + decimalSeparator.Length)..];
            if (integral.Length == 0 || fraction.Length == 0 || !IsAllDigits(fraction))
            {
                return TextErrors.InvalidNumber(text, digits, $"after the decimal separator '{decimalSeparator}' only digits are allowed");
            }
        }

        var whole = new StringBuilder(integral.Length);
        if (groupSeparator is not null && groupSeparator.Length > 0 && integral.Contains(groupSeparator, StringComparison.Ordinal))
        {
            string[] groups = integral.Split(groupSeparator);
            if (!Array.TrueForAll(groups, IsAllDigits) || !NumberConventions.GroupsAreValid(groups, grouping))
            {
                string rule = grouping switch
                {
                    NumberGrouping.Indian => "groups of two digits before a last group of three (12,34,567)",
                    NumberGrouping.None => "nothing: these conventions do not group digits",
                    _ => "groups of three digits",
                };
                return TextErrors.InvalidNumber(text, digits, $"the group separator '{Printable(groupSeparator)}' must separate {rule}");
            }

            foreach (string group in groups)
            {
                whole.Append(group);
            }
        }
        else
        {
            whole.Append(integral);
        }

        if (!IsAllDigits(whole.ToString()))
        {
            return TextErrors.InvalidNumber(text, digits, $"only digits, the decimal separator '{Printable(decimalSeparator)}' and the group separator '{Printable(groupSeparator)}' are allowed");
        }

        invariant = fraction.Length > 0 ? whole + "." + fraction : whole.ToString();
        return default;
    }

    private static string Printable(string? separator) => separator switch
    {
        null or "\0" => "none",
        "\u00A0" => "U+00A0 no-break space",
        "\u202F" => "U+202F narrow no-break space",
        _ => separator,
    };

    private static bool IsAllDigits(string s) => s.All(c => c is >= '0' and <= '9');
}
