using System;
using System.Globalization;

namespace DomainModel.Utility;

/// <summary>
/// Reads an invariant decimal ("-123.4500") and says whether decimal kept every digit written: decimal holds 28 or
/// 29 significant digits and rounds the rest away in silence, which this library never does.
/// </summary>
internal static class ExactDecimal
{
    /// <summary>The number of fraction digits written after <paramref name="separator"/>, trailing zeros not counted.</summary>
    internal static int FractionDigits(ReadOnlySpan<char> number, ReadOnlySpan<char> separator)
    {
        int at = number.IndexOf(separator, StringComparison.Ordinal);
        if (at < 0)
        {
            return 0;
        }

        var fraction = number[(at + separator.Length)..];
        int end = 0;
        for (int i = 0; i < fraction.Length && char.IsAsciiDigit(fraction[i]); i++)
        {
            if (fraction[i] != '0')
            {
                end = i + 1;
            }
        }

        return end;
    }

    /// <summary>Whether a parsed value still has the fraction digits written (decimal rounds by lowering the scale).</summary>
    internal static bool KeepsFraction(decimal value, int fractionDigits) => value.Scale >= fractionDigits;

    /// <summary>
    /// The scale a number in JSON/scientific form ("-1.50e-3") needs to be held exactly: fraction digits minus the
    /// exponent, trailing zeros of the digits not counted; 0 for a whole number; -1 when the text is not of that form.
    /// </summary>
    internal static int RequiredScale(ReadOnlySpan<char> number)
    {
        int i = 0;
        if (i < number.Length && number[i] is '-' or '+')
        {
            i++;
        }

        int lastNonZero = -1; // position among all digits (integral and fraction) of the last non-zero digit
        int digitCount = 0;
        int fractionDigits = 0;
        bool inFraction = false;
        for (; i < number.Length; i++)
        {
            char c = number[i];
            if (char.IsAsciiDigit(c))
            {
                if (c != '0')
                {
                    lastNonZero = digitCount;
                }

                digitCount++;
                if (inFraction)
                {
                    fractionDigits++;
                }
            }
            else if (c == '.' && !inFraction)
            {
                inFraction = true;
            }
            else
            {
                break;
            }
        }

        long exponent = 0;
        if (i < number.Length && number[i] is 'e' or 'E')
        {
            i++;
            bool negative = i < number.Length && number[i] == '-';
            if (i < number.Length && number[i] is '-' or '+')
            {
                i++;
            }

            for (; i < number.Length && char.IsAsciiDigit(number[i]); i++)
            {
                exponent = Math.Min(exponent * 10 + (number[i] - '0'), 100_000);
            }

            exponent = negative ? -exponent : exponent;
        }

        if (i != number.Length || digitCount == 0)
        {
            return -1;
        }

        if (lastNonZero < 0)
        {
            return 0;
        }

        int trailingZeros = digitCount - 1 - lastNonZero;
        long needed = fractionDigits - trailingZeros - exponent;
        return (int)Math.Clamp(needed, 0, 100_000);
    }
}
