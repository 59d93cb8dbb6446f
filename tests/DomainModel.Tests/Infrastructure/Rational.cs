using System;
using System.Numerics;

namespace DomainModel.Tests.Infrastructure;

/// <summary>
/// An exact rational number for test oracles, built from a decimal's bits (decimal.GetBits), independently of the
/// library's own exact arithmetic.
/// </summary>
public readonly struct Rational : IComparable<Rational>
{
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign == 0)
        {
            throw new DivideByZeroException();
        }

        if (denominator.Sign < 0)
        {
            (numerator, denominator) = (-numerator, -denominator);
        }

        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        (Numerator, Denominator) = g.IsZero || g.IsOne ? (numerator, denominator) : (numerator / g, denominator / g);
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static readonly BigInteger MaxDecimal = Of(decimal.MaxValue).Numerator;

    public static Rational Of(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        var mantissa = new BigInteger((uint)bits[0]) + (new BigInteger((uint)bits[1]) << 32) + (new BigInteger((uint)bits[2]) << 64);
        int scale = (bits[3] >> 16) & 0xFF;
        return new Rational(bits[3] < 0 ? -mantissa : mantissa, BigInteger.Pow(10, scale));
    }

    public static Rational operator +(Rational a, Rational b) => new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) => new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public bool Equals(Rational other) => CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>Whether a decimal holds this value exactly (denominator a power of ten up to 10^28 after reduction, mantissa below 2^96).</summary>
    public bool IsDecimal
    {
        get
        {
            BigInteger d = Denominator;
            int twos = 0, fives = 0;
            while (d % 2 == 0) { d /= 2; twos++; }
            while (d % 5 == 0) { d /= 5; fives++; }
            if (!d.IsOne)
            {
                return false;
            }

            int scale = Math.Max(twos, fives);
            BigInteger mantissa = BigInteger.Abs(Numerator * BigInteger.Pow(10, scale) / Denominator);
            while (scale > 28 && mantissa % 10 == 0) { mantissa /= 10; scale--; }
            return scale <= 28 && mantissa <= MaxDecimal;
        }
    }

    /// <summary>Whether the value lies within ±decimal.MaxValue.</summary>
    public bool WithinDecimalRange => BigInteger.Abs(Numerator) <= MaxDecimal * Denominator;

    public override string ToString() => $"{Numerator}/{Denominator}";
}
