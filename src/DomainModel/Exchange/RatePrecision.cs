using System;

namespace DomainModel.Exchange;

/// <summary>The limits every exchange rate value obeys, and rounding to significant digits.</summary>
internal static class RatePrecision
{
    /// <summary>The most significant digits a rate may carry (trailing zeros not counted).</summary>
    internal const int MaxSignificantDigits = 20;

    /// <summary>The smallest rate accepted: 1e-12.</summary>
    internal const decimal MinValue = 0.000000000001m;

    /// <summary>The largest rate accepted: 1e12.</summary>
    internal const decimal MaxValue = 1_000_000_000_000m;

    /// <summary>Why a value is refused, or null when it is a valid rate value.</summary>
    internal static string? Check(decimal value)
    {
        if (value <= 0m)
        {
            return FormattableString.Invariant($"Rate value {value} is not positive: a rate must be greater than zero (1 base = value quote), between 1E-12 and 1E+12.");
        }

        if (value < MinValue || value > MaxValue)
        {
            return FormattableString.Invariant($"Rate value {value} is outside the accepted range 1E-12 to 1E+12 (a value outside it is almost always a unit error, e.g. a rate per thousand or in percent).");
        }

        int digits = SignificantDigits(value);
        if (digits > MaxSignificantDigits)
        {
            return FormattableString.Invariant($"Rate value {value} has {digits} significant digits; at most {MaxSignificantDigits} are allowed (more is noise, typically a double converted to decimal).");
        }

        return null;
    }

    /// <summary>The digits of the unscaled integer, trailing zeros removed (0.00710 has 2, 160000 has 2).</summary>
    internal static int SignificantDigits(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        UInt128 mantissa = new((ulong)(uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        if (mantissa == 0)
        {
            return 0;
        }

        while (mantissa % 10 == 0)
        {
            mantissa /= 10;
        }

        int digits = 0;
        while (mantissa != 0)
        {
            mantissa /= 10;
            digits++;
        }

        return digits;
    }

    /// <summary>Rounds a positive value to <see cref="MaxSignificantDigits"/> significant digits (at most 28 decimals) with the given mode.</summary>
    internal static decimal Round(decimal value, MidpointRounding mode)
    {
        if (value <= 0m)
        {
            return value;
        }

        int exponent = Exponent(value);
        int decimals = Math.Clamp(MaxSignificantDigits - 1 - exponent, 0, 28);
        return decimal.Round(value, decimals, mode);
    }

    /// <summary>floor(log10(value)) for a positive value.</summary>
    private static int Exponent(decimal value)
    {
        int exponent = 0;
        if (value >= 1m)
        {
            decimal whole = decimal.Truncate(value);
            while (whole >= 10m)
            {
                whole = decimal.Truncate(whole / 10m);
                exponent++;
            }

            return exponent;
        }

        while (value < 1m)
        {
            value *= 10m;
            exponent--;
        }

        return exponent;
    }
}
