using System;
using System.Numerics;

namespace DomainModel.Utility;

/// <summary>
/// Exact arithmetic on decimals seen as fractions of integers (mantissa / 10^scale), through <see cref="BigInteger"/>:
/// exact comparison of two quotients, exact rounding of a quotient. Used where decimal division would round first.
/// </summary>
internal static class ExactRational
{
    /// <summary>The decimal as numerator / 10^scale.</summary>
    internal static (BigInteger Numerator, BigInteger Denominator) FromDecimal(decimal value)
    {
        int scale = value.Scale;
        decimal integral = value * Pow10Decimal(scale); // exact: shifts the scale to 0 (no more than 28 digits).
        return (new BigInteger(decimal.Truncate(integral)), BigInteger.Pow(10, scale));
    }

    /// <summary>Compares a/b with c/d exactly (b and d positive).</summary>
    internal static int CompareQuotients(decimal a, decimal b, decimal c, decimal d)
    {
        var (an, ad) = FromDecimal(a);
        var (bn, bd) = FromDecimal(b);
        var (cn, cd) = FromDecimal(c);
        var (dn, dd) = FromDecimal(d);

        // a/b = (an·bd)/(ad·bn); c/d = (cn·dd)/(cd·dn); denominators positive.
        return (an * bd * cd * dn).CompareTo(cn * dd * ad * bn);
    }

    /// <summary>The quotient a/b in lowest terms (b positive), for hashing consistently with <see cref="CompareQuotients"/>.</summary>
    internal static (BigInteger Numerator, BigInteger Denominator) Reduce(decimal a, decimal b)
    {
        var (an, ad) = FromDecimal(a);
        var (bn, bd) = FromDecimal(b);
        BigInteger n = an * bd;
        BigInteger d = ad * bn;
        BigInteger g = BigInteger.GreatestCommonDivisor(n, d);
        return g.IsZero ? (BigInteger.Zero, BigInteger.One) : (n / g, d / g);
    }

    /// <summary>(a·m)/b rounded to a whole number with the given mode, exactly (b positive).</summary>
    internal static BigInteger RoundQuotient(decimal a, decimal m, decimal b, MidpointRounding mode)
    {
        var (an, ad) = FromDecimal(a);
        var (mn, md) = FromDecimal(m);
        var (bn, bd) = FromDecimal(b);
        return RoundDivide(an * mn * bd, ad * md * bn, mode);
    }

    /// <summary>n/d rounded to a whole number with the given mode (d positive).</summary>
    internal static BigInteger RoundDivide(BigInteger n, BigInteger d, MidpointRounding mode)
    {
        BigInteger q = BigInteger.DivRem(n, d, out BigInteger r);
        if (r.IsZero)
        {
            return q;
        }

        int sign = n.Sign; // r has the sign of n; q is truncated toward zero.
        int half = (BigInteger.Abs(r) * 2).CompareTo(d);
        BigInteger away = q + sign;
        return mode switch
        {
            MidpointRounding.ToZero => q,
            MidpointRounding.ToNegativeInfinity => sign < 0 ? away : q,
            MidpointRounding.ToPositiveInfinity => sign > 0 ? away : q,
            MidpointRounding.AwayFromZero => half >= 0 ? away : q,
            _ => half > 0 || (half == 0 && !q.IsEven) ? away : q, // ToEven
        };
    }

    /// <summary>A whole BigInteger as decimal, or null when it does not fit.</summary>
    internal static decimal? ToDecimal(BigInteger value) =>
        BigInteger.Abs(value) <= MaxDecimal ? (decimal)value : null;

    /// <summary>
    /// units × 10^−scale as a decimal of that scale, or of a smaller one when the same value needs fewer digits
    /// (2640938750475477919784798344400 at scale 2 is 26409387504754779197847983444 at scale 0); false when no decimal
    /// holds the value exactly.
    /// </summary>
    internal static bool TryToDecimal(BigInteger units, int scale, out decimal value)
    {
        while (BigInteger.Abs(units) > MaxDecimal && scale > 0)
        {
            var quotient = BigInteger.DivRem(units, Ten, out BigInteger remainder);
            if (!remainder.IsZero)
            {
                break;
            }

            units = quotient;
            scale--;
        }

        if (BigInteger.Abs(units) > MaxDecimal)
        {
            value = 0m;
            return false;
        }

        decimal whole = (decimal)BigInteger.Abs(units);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(whole, bits);
        value = new decimal(bits[0], bits[1], bits[2], units.Sign < 0, (byte)scale);
        return true;
    }

    internal static decimal Pow10Decimal(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    private static readonly BigInteger MaxDecimal = new(decimal.MaxValue);

    private static readonly BigInteger Ten = new(10);
}
