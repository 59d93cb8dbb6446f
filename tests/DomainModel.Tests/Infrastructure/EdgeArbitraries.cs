using System;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace DomainModel.Tests.Infrastructure;

/// <summary>
/// Decimals at the edges of the type: 27–29-digit mantissas, every scale 0–28, both signs, tiny and huge values, and
/// ordinary ones; estimates of every kind (bounded, open, unbounded) built from them; very small rates. Generators
/// for the laws of estimates, checks and implied rates against exact rational oracles (<see cref="Rational"/>).
/// </summary>
public static class EdgeArbitraries
{
    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

    /// <summary>A mantissa of a chosen number of digits (1–29), below 2^96.</summary>
    private static Gen<BigInteger> Mantissa(int digits) =>
        from parts in Gen.ArrayOf(Gen.Choose(0, 999_999_999), 4)
        select Clip(Combine(parts), digits);

    private static BigInteger Combine(int[] parts)
    {
        BigInteger value = BigInteger.Zero;
        foreach (int p in parts)
        {
            value = (value * 1_000_000_000) + p;
        }

        return value;
    }

    private static BigInteger Clip(BigInteger value, int digits)
    {
        BigInteger limit = BigInteger.Pow(10, digits);
        value %= limit;
        if (digits > 1 && value < limit / 10)
        {
            value += limit / 10; // exactly that many digits
        }

        return value > MaxMantissa ? value % MaxMantissa : value;
    }

    private static decimal Compose(BigInteger mantissa, bool negative, int scale)
    {
        byte[] bytes = new byte[12];
        mantissa.TryWriteBytes(bytes, out _, isUnsigned: true);
        int lo = BitConverter.ToInt32(bytes, 0), mid = BitConverter.ToInt32(bytes, 4), hi = BitConverter.ToInt32(bytes, 8);
        return new decimal(lo, mid, hi, negative, (byte)scale);
    }

    /// <summary>Any decimal, weighted to the edges: long mantissas and every scale, plus a few landmarks.</summary>
    public static Gen<decimal> EdgeDecimal(bool nonNegative = false) => Gen.Frequency(
        (6, from digits in Gen.Frequency((5, Gen.Choose(27, 29)), (2, Gen.Choose(1, 26)))
            from mantissa in Mantissa(digits)
            from scale in Gen.Choose(0, 28)
            from negative in nonNegative ? Gen.Constant(false) : Gen.Elements(false, true)
            select Compose(mantissa, negative, scale)),
        (1, Gen.Elements(
            decimal.MaxValue, 0m, 1m, 0.5m, 0.0000000000000000000000000001m, 79228162514264337593543950.335m,
            7.9228162514264337593543950335m, 10000000000000000000000000000m, 0.9999999999999999999999999999m)
            .Select(v => v)
            .SelectMany(v => nonNegative ? Gen.Constant(v) : Gen.Elements(v, -v))),
        (2, from units in Gen.Choose(-1_000_000, 1_000_000)
            from scale in Gen.Choose(0, 6)
            select (nonNegative ? Math.Abs(units) : units) / (decimal)Math.Pow(10, scale)));

    /// <summary>A positive decimal at the edges (never zero).</summary>
    public static Gen<decimal> PositiveEdgeDecimal => EdgeDecimal(nonNegative: true).Where(v => v > 0m);

    /// <summary>An estimate of every kind over edge decimals; unrepresentable ones (a bound beyond decimal) skipped.</summary>
    public static Gen<Estimate> EdgeEstimate(bool nonNegative = false) =>
        (from kind in Gen.Choose(0, 8)
         from a in EdgeDecimal(nonNegative)
         from b in EdgeDecimal(nonNegative)
         from unit in PositiveEdgeDecimal
         select Make(kind, a, b, unit)).Where(e => e is not null).Select(e => e!.Value);

    private static Estimate? Make(int kind, decimal a, decimal b, decimal unit)
    {
        try
        {
            return kind switch
            {
                0 => Estimate.Exactly(a),
                1 => Estimate.Rounded(a, unit),
                2 => Estimate.About(a, unit),
                3 => Estimate.Between(Math.Min(a, b), Math.Max(a, b)),
                4 => Estimate.Over(a),
                5 => Estimate.AtLeast(a),
                6 => Estimate.Under(a),
                7 => Estimate.AtMost(a),
                _ => Estimate.Nearly(a, unit),
            };
        }
        catch (OverflowException)
        {
            return null; // a bound beyond decimal: the documented refusal
        }
    }

    /// <summary>A rate value from 1E-12 to 1E+12 with at most 20 significant digits, weighted to the very small and the long.</summary>
    public static Gen<decimal> RateValue => Gen.Frequency(
        (3, from digits in Gen.Choose(1, 20)
            from mantissa in Mantissa(digits)
            from exponent in Gen.Choose(-12, 11)
            select FromDigits(mantissa, digits, exponent)),
        (1, Gen.Elements(0.000000000001m, 1_000_000_000_000m, 1m, 0.5m, 7.0886m)))
        .Where(v => v >= 0.000000000001m && v <= 1_000_000_000_000m);

    private static decimal FromDigits(BigInteger mantissa, int digits, int exponent)
    {
        if (mantissa.IsZero)
        {
            return 1m;
        }

        // mantissa × 10^(exponent − digits + 1): first digit at 10^exponent.
        int shift = exponent - digits + 1;
        if (shift >= 0)
        {
            return (decimal)(mantissa * BigInteger.Pow(10, shift));
        }

        int scale = -shift;
        while (scale > 28)
        {
            mantissa /= 10;
            scale--;
        }

        return mantissa.IsZero ? 1m : Compose(mantissa, false, scale);
    }
}
