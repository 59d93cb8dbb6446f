using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DomainModel.Utility;

/// <summary>
/// Cheap, exact tests that a decimal operation cannot overflow, so that Money's arithmetic can skip exception
/// handling on its hot path (a try/catch in an operator costs about twice the decimal operation; see
/// docs/performance.md). The tests read the 96-bit mantissa of a decimal in place. They rely on the layout of
/// <see cref="decimal"/> in .NET (flags, high 32 bits, low 64 bits), which this class verifies once against
/// <see cref="decimal.GetBits(decimal)"/>; if the layout ever differs, <see cref="LayoutVerified"/> is false and
/// every operation takes the guarded slow path. The bits only choose the path, with one exception:
/// <see cref="TryExactProduct"/> builds a product decimal's scales prove exact from them, bit for bit the operator's
/// (a property test compares the two).
/// </summary>
internal static class DecimalMagnitude
{
    /// <summary>Whether the in-place reading matches <see cref="decimal.GetBits(decimal)"/> on this runtime.</summary>
    internal static readonly bool LayoutVerified = Verify();

    /// <summary>
    /// Whether <c>a ± b</c> certainly fits: both mantissas are below 2^95, so the exact sum is below 2^96 and decimal
    /// can represent it (rounding only the fraction, never overflowing).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool SumCannotOverflow(decimal a, decimal b) =>
        LayoutVerified && (Bits(a).High | Bits(b).High) < 0x8000_0000u;

    /// <summary>
    /// Whether <c>a × b</c> certainly fits: both mantissas are below 2^48, so the exact product of the mantissas is
    /// below 2^96 and so is the product's integer part.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool ProductCannotOverflow(decimal a, decimal b)
    {
        if (!LayoutVerified)
        {
            return false;
        }

        var x = Bits(a);
        var y = Bits(b);
        return (x.High | y.High) == 0 && ((x.Low | y.Low) >> 48) == 0;
    }

    /// <summary>
    /// <c>a × b</c> bit for bit as decimal's operator gives it, computed in registers: when both mantissas are below
    /// 2^48 and the scales add up to at most 28, the operator's product is exact, the mantissas' product at the summed
    /// scale with the signs' exclusive or. False for anything else and for a zero product (whose sign and scale the
    /// operator decides); the caller then asks the operator.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryExactProduct(decimal a, decimal b, out decimal product)
    {
        if (LayoutVerified)
        {
            var x = Bits(a);
            var y = Bits(b);
            int scale = ((x.Flags >> 16) & 0xFF) + ((y.Flags >> 16) & 0xFF);
            if ((x.High | y.High) == 0 && ((x.Low | y.Low) >> 48) == 0 && scale <= 28 && x.Low != 0 && y.Low != 0)
            {
                ulong high = Math.BigMul(x.Low, y.Low, out ulong low); // below 2^96: high below 2^32
                product = Unsafe.BitCast<Layout, decimal>(new Layout(((x.Flags ^ y.Flags) & SignBit) | (scale << 16), (uint)high, low));
                return true;
            }
        }

        product = 0m;
        return false;
    }

    /// <summary>
    /// Whether <c>a / divisor</c> certainly fits for every <c>a</c>: <c>|divisor| ≥ 1</c> (its mantissa is at least
    /// 10^scale), so the quotient is no larger than the dividend. False for zero (the caller's guarded path reports it).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool QuotientCannotOverflow(decimal divisor)
    {
        if (!LayoutVerified)
        {
            return false;
        }

        var d = Bits(divisor);
        int scale = (d.Flags >> 16) & 0xFF;
        return scale == 0 ? (d.Low | d.High) != 0 : scale <= 19 && (d.High != 0 || d.Low >= Pow10(scale));
    }

    /// <summary>
    /// Exactly <see cref="decimal.Compare(decimal, decimal)"/>, without the call where it is cheap: equal flags (same
    /// sign and scale) compare the mantissas; scales up to 9 apart scale one mantissa up in 128 bits (two 64-bit halves); anything else
    /// (and a runtime whose layout was not verified) asks decimal.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Compare(decimal a, decimal b)
    {
        if (LayoutVerified)
        {
            var x = Bits(a);
            var y = Bits(b);
            if (x.Flags == y.Flags)
            {
                int c = x.High != y.High ? (x.High < y.High ? -1 : 1) : x.Low == y.Low ? 0 : x.Low < y.Low ? -1 : 1;
                return x.Flags < 0 ? -c : c;
            }

            if ((x.Flags ^ y.Flags) >= 0)
            {
                // Same sign, different scales.
                int diff = ((x.Flags >> 16) & 0xFF) - ((y.Flags >> 16) & 0xFF);
                if (diff is >= -9 and <= 9)
                {
                    // The mantissa of the smaller scale times 10^|diff| (the other times 1), each as 64-bit halves: a
                    // 96-bit mantissa times at most 10^9 < 2^30 is below 2^126, and the high half's product and carry
                    // fit in 64 bits. Both sides take the same two multiplications, whichever scale is larger.
                    ulong fx = Pow10(Math.Max(-diff, 0));
                    ulong fy = Pow10(Math.Max(diff, 0));
                    UInt128 px = Math.BigMul(x.Low, fx);
                    UInt128 py = Math.BigMul(y.Low, fy);
                    ulong xh = ((ulong)x.High * fx) + (ulong)(px >> 64);
                    ulong yh = ((ulong)y.High * fy) + (ulong)(py >> 64);
                    ulong xl = (ulong)px;
                    ulong yl = (ulong)py;
                    int c = xh != yh ? (xh < yh ? -1 : 1) : xl == yl ? 0 : xl < yl ? -1 : 1;
                    return x.Flags < 0 ? -c : c;
                }
            }
        }

        return decimal.Compare(a, b);
    }

    /// <summary>Exactly <c>a == b</c> (see <see cref="Compare"/>): equal bits are equal without a call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Equal(decimal a, decimal b)
    {
        if (LayoutVerified)
        {
            var x = Bits(a);
            var y = Bits(b);
            if (x.Flags == y.Flags)
            {
                return x.High == y.High && x.Low == y.Low;
            }
        }

        return Compare(a, b) == 0;
    }

    /// <summary>Exactly <c>value &lt; 0m</c> (a negative zero is not below zero), read from the bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsBelowZero(decimal value)
    {
        if (LayoutVerified)
        {
            var x = Bits(value);
            return x.Flags < 0 && (x.High | x.Low) != 0;
        }

        return value < 0m;
    }

    /// <summary>Exactly <c>value == 0m</c> (either sign, any scale), read from the bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsZero(decimal value)
    {
        if (LayoutVerified)
        {
            var x = Bits(value);
            return (x.High | x.Low) == 0;
        }

        return value == 0m;
    }

    /// <summary>The mantissa, scale and sign of a decimal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static UInt128 Decompose(decimal value, out int scale, out bool negative)
    {
        if (LayoutVerified)
        {
            var x = Bits(value);
            scale = (x.Flags >> 16) & 0xFF;
            negative = x.Flags < 0;
            return new UInt128(x.High, x.Low);
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        scale = (bits[3] >> 16) & 0xFF;
        negative = bits[3] < 0;
        return new UInt128((uint)bits[2], (uint)bits[0] | ((ulong)(uint)bits[1] << 32));
    }

    /// <summary>The decimal <c>±mantissa / 10^scale</c>; the mantissa must be below 2^96 and the scale within 0–28.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal Compose(UInt128 mantissa, bool negative, int scale)
    {
        ulong low = (ulong)mantissa;
        return new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)(uint)(ulong)(mantissa >> 64), negative, (byte)scale);
    }

    /// <summary>The sign bit of a decimal's flags.</summary>
    private const int SignBit = unchecked((int)0x8000_0000);

    /// <summary>2^96 − 1, the largest decimal mantissa.</summary>
    internal static UInt128 MaxMantissa => new(uint.MaxValue, ulong.MaxValue);

    /// <summary>10^exponent for 0–19.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Pow10(int exponent) => Powers[exponent];

    private static ReadOnlySpan<ulong> Powers =>
    [
        1UL, 10UL, 100UL, 1_000UL, 10_000UL, 100_000UL, 1_000_000UL, 10_000_000UL, 100_000_000UL, 1_000_000_000UL,
        10_000_000_000UL, 100_000_000_000UL, 1_000_000_000_000UL, 10_000_000_000_000UL, 100_000_000_000_000UL,
        1_000_000_000_000_000UL, 10_000_000_000_000_000UL, 100_000_000_000_000_000UL, 1_000_000_000_000_000_000UL,
        10_000_000_000_000_000_000UL,
    ];

    /// <summary>The decimal's fields as a value (kept in registers; only after <see cref="LayoutVerified"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Layout Bits(decimal value) => Unsafe.BitCast<decimal, Layout>(value);

    /// <summary>Reads a decimal in place (only after <see cref="LayoutVerified"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref readonly Layout Read(ref decimal value) => ref Unsafe.As<decimal, Layout>(ref value);

    private static bool Verify()
    {
        if (Unsafe.SizeOf<decimal>() != Unsafe.SizeOf<Layout>())
        {
            return false;
        }

        foreach (decimal sample in new[] { 0m, 1m, -1m, 0.001m, 79228162514264337593543950335m, -39614081257132168796771975168m, 123456789012345678.9012345678m, 281474976710655m })
        {
            int[] bits = decimal.GetBits(sample);
            decimal copy = sample;
            ref readonly var layout = ref Read(ref copy);
            ulong low = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
            if (layout.Low != low || layout.High != (uint)bits[2])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>.NET's decimal: flags (scale in bits 16–23, sign in bit 31), the high 32 and the low 64 bits of the mantissa.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal readonly struct Layout
    {
        public Layout(int flags, uint high, ulong low)
        {
            Flags = flags;
            High = high;
            Low = low;
        }

        public readonly int Flags;
        public readonly uint High;
        public readonly ulong Low;
    }
}
