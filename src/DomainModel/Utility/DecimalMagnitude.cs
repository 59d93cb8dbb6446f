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
/// every operation takes the guarded slow path. Nothing is ever computed from the bits: they only choose the path.
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
        LayoutVerified && (Read(ref a).High | Read(ref b).High) < 0x8000_0000u;

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

        ref readonly var x = ref Read(ref a);
        ref readonly var y = ref Read(ref b);
        return (x.High | y.High) == 0 && ((x.Low | y.Low) >> 48) == 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref readonly Layout Read(ref decimal value) => ref Unsafe.As<decimal, Layout>(ref value);

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

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Layout
    {
        public readonly int Flags;
        public readonly uint High;
        public readonly ulong Low;
    }
}
