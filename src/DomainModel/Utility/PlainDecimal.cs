using System;
using System.Numerics;

namespace DomainModel.Utility;

/// <summary>
/// The one fast reading of a plain invariant number, <c>-?digits(.digits)?</c> with at most 19 digits, in UTF-16 or
/// UTF-8: the mantissa is read into 64 bits (10^19 − 1 &lt; 2^64, so it is always exact) and the scale is the number of
/// fraction digits written, which is what <see cref="decimal.TryParse(ReadOnlySpan{char}, System.Globalization.NumberStyles, IFormatProvider?, out decimal)"/>
/// gives for the same text (a negative zero keeps its sign, as decimal's does). Anything else (a '+', an exponent,
/// "5.", ".5", white space, 20 or more digits) is refused, for the caller's general path to decide.
/// </summary>
internal static class PlainDecimal
{
    /// <summary>The most digits read.</summary>
    internal const int MaxDigits = 19;

    /// <summary>Reads the whole text as a plain number, or returns false.</summary>
    /// <typeparam name="T"><see cref="char"/> or <see cref="byte"/>.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="value">The number (scale as written).</param>
    /// <returns>Whether the text is a plain number of at most 19 digits.</returns>
    internal static bool TryParse<T>(ReadOnlySpan<T> text, out decimal value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = default;
        int at = 0;
        bool negative = text.Length > 0 && uint.CreateTruncating(text[0]) == '-';
        if (negative)
        {
            at++;
        }

        if (text.Length - at > MaxDigits + 1)
        {
            return false;
        }

        ulong mantissa = 0;
        int digits = 0;
        int scale = 0;
        bool point = false;
        bool digitBeforePoint = false;
        for (; at < text.Length; at++)
        {
            uint c = uint.CreateTruncating(text[at]);
            if (c - '0' <= 9)
            {
                mantissa = (mantissa * 10) + (c - '0');
                digits++;
                if (point)
                {
                    scale++;
                }
                else
                {
                    digitBeforePoint = true;
                }
            }
            else if (c == '.' && !point && digitBeforePoint)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        if (digits > MaxDigits || !digitBeforePoint || (point && scale == 0))
        {
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }
}
