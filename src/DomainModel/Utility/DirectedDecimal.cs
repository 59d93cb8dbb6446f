using System;
using System.Runtime.CompilerServices;

namespace DomainModel.Utility;

/// <summary>
/// Decimal sums, products and quotients rounded in a chosen direction, so that an interval computed from bounds never
/// excludes the exact result: decimal's own arithmetic rounds to nearest, which can land on either side of it. The one
/// outward-rounding rule of every bound in the library.
/// </summary>
/// <remarks>
/// <para>The result is the decimal nearest the exact value on the chosen side, at the finest scale decimal holds there
/// (decimal division drops trailing zeros, so 51.000000000000000000000000001 ÷ 3 comes back as 17; one step up is
/// 17.000000000000000000000000001, not 18).</para>
/// <para>Exactness is decided without allocating: results that decimal's scales prove exact (small mantissas, equal
/// scales) return at once; the others are compared with the exact value in 256 bits where a 96×96-bit product and a
/// power of ten certainly fit them (nearly every quotient and product of ordinary figures), else in 384-bit integers
/// (<see cref="WideInteger"/>).</para>
/// <para>The Try forms return false when the exact result is beyond ±<see cref="decimal.MaxValue"/> on the chosen side
/// (no decimal holds the bound); the other forms throw <see cref="OverflowException"/> then.</para>
/// </remarks>
internal static class DirectedDecimal
{
    /// <summary>a × b, no greater than the exact product.</summary>
    internal static decimal MultiplyDown(decimal a, decimal b) =>
        TryMultiply(a, b, up: false, out decimal r) ? r : throw Overflow("product", a, b);

    /// <summary>a × b, no less than the exact product.</summary>
    internal static decimal MultiplyUp(decimal a, decimal b) =>
        TryMultiply(a, b, up: true, out decimal r) ? r : throw Overflow("product", a, b);

    /// <summary>a ÷ b, no greater than the exact quotient; b is not zero.</summary>
    internal static decimal DivideDown(decimal a, decimal b) =>
        TryDivide(a, b, up: false, out decimal r) ? r : throw Overflow("quotient", a, b);

    /// <summary>a ÷ b, no less than the exact quotient; b is not zero.</summary>
    internal static decimal DivideUp(decimal a, decimal b) =>
        TryDivide(a, b, up: true, out decimal r) ? r : throw Overflow("quotient", a, b);

    /// <summary>a + b, no greater than the exact sum.</summary>
    internal static decimal AddDown(decimal a, decimal b) =>
        TryAdd(a, b, up: false, out decimal r) ? r : throw Overflow("sum", a, b);

    /// <summary>a + b, no less than the exact sum.</summary>
    internal static decimal AddUp(decimal a, decimal b) =>
        TryAdd(a, b, up: true, out decimal r) ? r : throw Overflow("sum", a, b);

    /// <summary>a × b rounded up (<paramref name="up"/>) or down; false when no decimal holds it on that side.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryMultiply(decimal a, decimal b, bool up, out decimal result)
    {
        if (DecimalMagnitude.TryExactProduct(a, b, out result))
        {
            return true; // both mantissas below 2^48 and the scales fit: the product is exact, made in registers
        }

        return TryMultiplyRounded(a, b, up, out result);
    }

    /// <summary><see cref="TryMultiply"/> past the products decimal's scales prove exact (kept out of line, so the exact
    /// case inlines without this path's frame).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryMultiplyRounded(decimal a, decimal b, bool up, out decimal result)
    {
        if (DecimalMagnitude.ProductCannotOverflow(a, b) && a.Scale + b.Scale <= 28)
        {
            result = a * b; // both mantissas below 2^48 and the scales fit: decimal's product is exact (a zero here)
            return true;
        }

        int sign = Sign(a) * Sign(b);
        if (sign == 0)
        {
            result = 0m;
            return true;
        }

        if (!TryRaw(a, b, Operation.Multiply, out decimal r))
        {
            result = 0m;
            return false;
        }

        return Correct(ref r, a, b, Operation.Multiply, sign, up, out result);
    }

    /// <summary>a ÷ b rounded up (<paramref name="up"/>) or down; b is not zero; false when no decimal holds it on that side.</summary>
    internal static bool TryDivide(decimal a, decimal b, bool up, out decimal result)
    {
        int sign = Sign(a) * Sign(b);
        if (sign == 0)
        {
            result = a / b; // 0 (b is not zero), or DivideByZeroException as decimal throws it
            return true;
        }

        if (!TryRaw(a, b, Operation.Divide, out decimal r))
        {
            result = 0m;
            return false;
        }

        if (!DecimalMagnitude.IsZero(r) && DecimalMagnitude.ProductCannotOverflow(r, b) && r.Scale + b.Scale <= 28)
        {
            // r·b is exact, so its order against a is the order of r against a ÷ b (reversed for a negative b).
            int c = decimal.Compare(r * b, a) * Sign(b);
            if (c == 0 || (up ? c > 0 : c < 0))
            {
                result = r;
                return true;
            }
        }

        return Correct(ref r, a, b, Operation.Divide, sign, up, out result);
    }

    /// <summary>a + b rounded up (<paramref name="up"/>) or down; false when no decimal holds it on that side.</summary>
    internal static bool TryAdd(decimal a, decimal b, bool up, out decimal result)
    {
        if (DecimalMagnitude.SumCannotOverflow(a, b) && a.Scale == b.Scale)
        {
            result = a + b; // same scale and no carry beyond 96 bits: exact
            return true;
        }

        if (!TryRaw(a, b, Operation.Add, out decimal r))
        {
            result = 0m;
            return false;
        }

        if (r.Scale == Math.Max(a.Scale, b.Scale) && DecimalMagnitude.SumCannotOverflow(a, b))
        {
            result = r; // aligned to the larger scale without losing a digit: exact
            return true;
        }

        return Correct(ref r, a, b, Operation.Add, 0, up, out result);
    }

    private enum Operation
    {
        Multiply,
        Divide,
        Add,
    }

    private static bool Correct(ref decimal r, decimal a, decimal b, Operation operation, int sign, bool up, out decimal result)
    {
        // Decimal rounds to within a unit of its last place: a step or two at the finest scale reaches the right side.
        for (int steps = 0; steps < 4; steps++)
        {
            int order = Order(r, a, b, operation, sign);
            if (order == 0 || (up ? order > 0 : order < 0))
            {
                result = r;
                return true;
            }

            if (!TryStep(ref r, up))
            {
                result = 0m;
                return false; // beyond ±decimal.MaxValue on the chosen side
            }
        }

        // Unreachable: a bug, not an input error.
        throw new InvalidOperationException("DirectedDecimal did not converge.");
    }

    /// <summary>The sign of r − exact, where exact is a × b, a ÷ b or a + b.</summary>
    private static int Order(decimal r, decimal a, decimal b, Operation operation, int sign)
    {
        if (operation == Operation.Add)
        {
            return OrderOfSum(r, a, b);
        }

        if (DecimalMagnitude.IsZero(r))
        {
            return -sign;
        }

        if (Sign(r) != sign)
        {
            return Sign(r);
        }

        int magnitude = operation == Operation.Multiply ? CompareProduct(r, a, b) : CompareQuotient(r, a, b);
        return sign > 0 ? magnitude : -magnitude;
    }

    /// <summary>The order of |r| against |a|·|b|: mr·10^(sa+sb) against ma·mb·10^sr, in 256 bits where both sides
    /// certainly fit (<see cref="TryCompareProductNarrow"/>), else in 384.</summary>
    private static int CompareProduct(decimal r, decimal a, decimal b) =>
        TryCompareProductNarrow(r, a, b, out int order) ? order : CompareProductWide(r, a, b);

    /// <summary><see cref="CompareProduct"/> in 384-bit integers (<see cref="WideInteger"/>): every operand fits.</summary>
    internal static int CompareProductWide(decimal r, decimal a, decimal b)
    {
        UInt128 mr = DecimalMagnitude.Decompose(r, out int sr, out _);
        UInt128 ma = DecimalMagnitude.Decompose(a, out int sa, out _);
        UInt128 mb = DecimalMagnitude.Decompose(b, out int sb, out _);
        int common = Math.Min(sa + sb, sr);
        var left = WideInteger.From(mr);
        left.MultiplyPow10(sa + sb - common);
        var right = WideInteger.Multiply(ma, mb);
        right.MultiplyPow10(sr - common);
        return WideInteger.Compare(left, right);
    }

    /// <summary><see cref="CompareProduct"/> in 256 bits (a 96×96-bit product and a power of ten); false when a side
    /// might not fit them, for the wide comparison to decide.</summary>
    internal static bool TryCompareProductNarrow(decimal r, decimal a, decimal b, out int order)
    {
        UInt128 mr = DecimalMagnitude.Decompose(r, out int sr, out _);
        UInt128 ma = DecimalMagnitude.Decompose(a, out int sa, out _);
        UInt128 mb = DecimalMagnitude.Decompose(b, out int sb, out _);
        int common = Math.Min(sa + sb, sr);
        if (TryProduct256(mr, UInt128.One, sa + sb - common, out var left) && TryProduct256(ma, mb, sr - common, out var right))
        {
            order = left.CompareTo(right);
            return true;
        }

        order = 0;
        return false;
    }

    /// <summary>The order of |r| against |a| ÷ |b|: mr·mb·10^sa against ma·10^(sr+sb), in 256 bits where both sides
    /// certainly fit (<see cref="TryCompareQuotientNarrow"/>), else in 384.</summary>
    private static int CompareQuotient(decimal r, decimal a, decimal b) =>
        TryCompareQuotientNarrow(r, a, b, out int order) ? order : CompareQuotientWide(r, a, b);

    /// <summary><see cref="CompareQuotient"/> in 384-bit integers (<see cref="WideInteger"/>): every operand fits.</summary>
    internal static int CompareQuotientWide(decimal r, decimal a, decimal b)
    {
        UInt128 mr = DecimalMagnitude.Decompose(r, out int sr, out _);
        UInt128 ma = DecimalMagnitude.Decompose(a, out int sa, out _);
        UInt128 mb = DecimalMagnitude.Decompose(b, out int sb, out _);
        int common = Math.Min(sa, sr + sb);
        var left = WideInteger.Multiply(mr, mb);
        left.MultiplyPow10(sa - common);
        var right = WideInteger.From(ma);
        right.MultiplyPow10(sr + sb - common);
        return WideInteger.Compare(left, right);
    }

    /// <summary><see cref="CompareQuotient"/> in 256 bits (a 96×96-bit product and a power of ten); false when a side
    /// might not fit them, for the wide comparison to decide.</summary>
    internal static bool TryCompareQuotientNarrow(decimal r, decimal a, decimal b, out int order)
    {
        UInt128 mr = DecimalMagnitude.Decompose(r, out int sr, out _);
        UInt128 ma = DecimalMagnitude.Decompose(a, out int sa, out _);
        UInt128 mb = DecimalMagnitude.Decompose(b, out int sb, out _);
        int common = Math.Min(sa, sr + sb);
        if (TryProduct256(mr, mb, sa - common, out var left) && TryProduct256(ma, UInt128.One, sr + sb - common, out var right))
        {
            order = left.CompareTo(right);
            return true;
        }

        order = 0;
        return false;
    }

    /// <summary>
    /// x · y · 10^exponent for x, y below 2^96, when it certainly fits 256 bits: x·y is below 2^192; below 2^128 it
    /// takes a power of ten up to 10^38 (below 2^127), otherwise one up to 10^19 (below 2^64). False otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryProduct256(UInt128 x, UInt128 y, int exponent, out UInt256 product)
    {
        UInt128 high = UInt128.BigMul(x, y, out UInt128 low);
        if (exponent == 0)
        {
            product = new UInt256(high, low);
            return true;
        }

        if (high == UInt128.Zero && exponent <= 38)
        {
            UInt128 p = exponent <= 19 ? DecimalMagnitude.Pow10(exponent) : (UInt128)DecimalMagnitude.Pow10(19) * DecimalMagnitude.Pow10(exponent - 19);
            UInt128 h = UInt128.BigMul(low, p, out UInt128 l);
            product = new UInt256(h, l);
            return true;
        }

        if (exponent <= 19)
        {
            // (high·2^128 + low) · p with high below 2^64 and p below 2^64: below 2^256.
            ulong p = DecimalMagnitude.Pow10(exponent);
            UInt128 carry = UInt128.BigMul(low, p, out UInt128 l);
            product = new UInt256((high * p) + carry, l);
            return true;
        }

        product = default;
        return false;
    }

    /// <summary>An unsigned 256-bit integer, high and low halves, for the narrow comparisons.</summary>
    private readonly struct UInt256(UInt128 high, UInt128 low)
    {
        private readonly UInt128 _high = high;
        private readonly UInt128 _low = low;

        public int CompareTo(UInt256 other) =>
            _high != other._high ? (_high < other._high ? -1 : 1) : _low == other._low ? 0 : _low < other._low ? -1 : 1;
    }

    /// <summary>The sign of r − a − b: the terms of either sign summed at the largest scale and compared.</summary>
    private static int OrderOfSum(decimal r, decimal a, decimal b)
    {
        UInt128 mr = DecimalMagnitude.Decompose(r, out int sr, out bool nr);
        UInt128 ma = DecimalMagnitude.Decompose(a, out int sa, out bool na);
        UInt128 mb = DecimalMagnitude.Decompose(b, out int sb, out bool nb);
        int scale = Math.Max(sr, Math.Max(sa, sb));
        WideInteger positive = default, negative = default;
        AddTerm(ref positive, ref negative, !nr, mr, scale - sr);
        AddTerm(ref positive, ref negative, na, ma, scale - sa); // −a
        AddTerm(ref positive, ref negative, nb, mb, scale - sb); // −b
        return WideInteger.Compare(positive, negative);
    }

    private static void AddTerm(ref WideInteger positive, ref WideInteger negative, bool toPositive, UInt128 mantissa, int shift)
    {
        var term = WideInteger.From(mantissa);
        term.MultiplyPow10(shift);
        if (toPositive)
        {
            positive.Add(term);
        }
        else
        {
            negative.Add(term);
        }
    }

    /// <summary>The next decimal above (<paramref name="up"/>) or below r, at the finest scale decimal holds there.</summary>
    private static bool TryStep(ref decimal r, bool up)
    {
        UInt128 m = DecimalMagnitude.Decompose(r, out int scale, out bool negative);
        if (m == UInt128.Zero)
        {
            r = new decimal(1, 0, 0, !up, 28);
            return true;
        }

        UInt128 max = DecimalMagnitude.MaxMantissa;
        UInt128 tenth = new(0x19999999, 0x9999999999999999); // (2^96 − 1) / 10
        while (scale < 28 && m <= tenth)
        {
            m *= 10;
            scale++;
        }

        bool grow = up != negative; // moving away from zero
        if (!grow)
        {
            m -= UInt128.One;
        }
        else if (m < max)
        {
            m += UInt128.One;
        }
        else if (scale > 0)
        {
            m = (m / 10) + UInt128.One; // the next multiple of ten above 2^96 − 1, one scale coarser
            scale--;
        }
        else
        {
            return false; // beyond ±decimal.MaxValue
        }

        r = DecimalMagnitude.Compose(m, negative, scale);
        return true;
    }

    private static bool TryRaw(decimal a, decimal b, Operation operation, out decimal result)
    {
        if (operation == Operation.Divide && DecimalMagnitude.QuotientCannotOverflow(b))
        {
            result = a / b; // |b| ≥ 1: the quotient is no larger than a, no handler needed
            return true;
        }

        return TryRawGuarded(a, b, operation, out result);
    }

    private static bool TryRawGuarded(decimal a, decimal b, Operation operation, out decimal result)
    {
        try
        {
            result = operation switch
            {
                Operation.Multiply => a * b,
                Operation.Divide => a / b,
                _ => a + b,
            };
            return true;
        }
        catch (OverflowException)
        {
            result = 0m;
            return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Sign(decimal value) => DecimalMagnitude.IsZero(value) ? 0 : DecimalMagnitude.IsBelowZero(value) ? -1 : 1;

    private static OverflowException Overflow(string what, decimal a, decimal b) =>
        new(Preconditions.Invariant($"The {what} of {a} and {b} is outside the range of decimal (±{decimal.MaxValue})."));
}
