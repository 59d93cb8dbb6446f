using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace DomainModel.Utility;

/// <summary>
/// The exact sum of many decimals: the signed mantissas of each scale (0–28) are added in 128 bits, so no partial sum
/// rounds or overflows; the total is formed once at the end and rounded only if it has more significant digits than
/// decimal holds (to nearest, ties to even, as decimal's own addition rounds). Large values that cancel therefore
/// leave their small neighbours intact, and <c>Max + Max − Max</c> is <c>Max</c>.
/// </summary>
internal struct ExactDecimalSum
{
    // Each addend's mantissa is below 2^96, so a bucket cannot leave Int128 before 2^31 additions; the buckets are
    // folded into _carry (a BigInteger, at scale 28) before that.
    private const int FoldEvery = 1 << 30;

    private Buckets _buckets;
    private BigInteger _carry;
    private int _added;
    private int _scales; // bit s set when an addend of scale s was seen

    /// <summary>Adds one value exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(decimal value)
    {
        UInt128 mantissa = DecimalMagnitude.Decompose(value, out int scale, out bool negative);
        Int128 signed = (Int128)mantissa;
        _buckets[scale] += negative ? -signed : signed;
        _scales |= 1 << scale;
        if (++_added == FoldEvery)
        {
            Fold();
        }
    }

    /// <summary>
    /// The total, at the largest scale of the addends (as repeated decimal addition keeps it), rounded only where it
    /// has more than 28–29 significant digits.
    /// </summary>
    /// <exception cref="OverflowException">The exact total is outside the range of decimal.</exception>
    public readonly decimal Total()
    {
        int scale = _scales == 0 ? 0 : 31 - BitOperations.LeadingZeroCount((uint)_scales);
        if (_carry.IsZero && BitOperations.IsPow2(_scales))
        {
            // One scale only (the usual case): the bucket is the total.
            Int128 single = _buckets[scale];
            UInt128 magnitude = (UInt128)(single < 0 ? -single : single);
            if (magnitude <= DecimalMagnitude.MaxMantissa)
            {
                return DecimalMagnitude.Compose(magnitude, single < 0, scale);
            }
        }

        BigInteger total = _carry.IsZero ? BigInteger.Zero : _carry / BigInteger.Pow(10, 28 - scale);
        for (int s = 0; s <= scale; s++)
        {
            Int128 bucket = _buckets[s];
            if (bucket != 0)
            {
                total += (BigInteger)bucket * BigInteger.Pow(10, scale - s);
            }
        }

        return ToDecimal(total, scale);
    }

    /// <summary>The decimal nearest to <c>value / 10^scale</c> (ties to even), keeping the scale unless digits must go.</summary>
    /// <exception cref="OverflowException">The value is outside the range of decimal.</exception>
    internal static decimal ToDecimal(BigInteger value, int scale)
    {
        bool negative = value.Sign < 0;
        BigInteger magnitude = BigInteger.Abs(value);
        var max = (BigInteger)DecimalMagnitude.MaxMantissa;
        while (magnitude > max)
        {
            if (scale == 0)
            {
                throw new OverflowException("The exact total is outside the range of decimal (±79,228,162,514,264,337,593,543,950,335).");
            }

            // Drop as many digits as needed at once, so the value is rounded a single time.
            int drop = 1;
            while (drop < scale && magnitude / BigInteger.Pow(10, drop) > max)
            {
                drop++;
            }

            BigInteger divisor = BigInteger.Pow(10, drop);
            BigInteger quotient = BigInteger.DivRem(magnitude, divisor, out BigInteger remainder);
            int half = (remainder * 2).CompareTo(divisor);
            if (half > 0 || (half == 0 && !quotient.IsEven))
            {
                quotient += 1;
            }

            magnitude = quotient;
            scale -= drop;
        }

        return DecimalMagnitude.Compose((UInt128)magnitude, negative && !magnitude.IsZero, scale);
    }

    private void Fold()
    {
        for (int s = 0; s <= 28; s++)
        {
            if (_buckets[s] != 0)
            {
                _carry += (BigInteger)_buckets[s] * BigInteger.Pow(10, 28 - s);
                _buckets[s] = 0;
            }
        }

        _added = 0;
    }

    [InlineArray(29)]
    private struct Buckets
    {
        private Int128 _element;
    }
}
