using System;
using System.Runtime.CompilerServices;

namespace DomainModel.Utility;

/// <summary>
/// A non-negative integer of up to 384 bits on the stack, for exact comparisons of decimal products, quotients and
/// sums (a 96-bit mantissa times a 96-bit mantissa times 10^56 needs about 378 bits) without allocating: what
/// <see cref="System.Numerics.BigInteger"/> would compute, for the few operations <see cref="DirectedDecimal"/> needs.
/// </summary>
internal struct WideInteger
{
    private const int Capacity = 12;
    private Limbs _limbs; // little-endian 32-bit limbs
    private int _length;  // limbs in use; the highest one is non-zero (0 for the value zero)

    /// <summary>The value <paramref name="value"/>.</summary>
    internal static WideInteger From(UInt128 value)
    {
        WideInteger result = default;
        ulong low = (ulong)value, high = (ulong)(value >> 64);
        result._limbs[0] = (uint)low;
        result._limbs[1] = (uint)(low >> 32);
        result._limbs[2] = (uint)high;
        result._limbs[3] = (uint)(high >> 32);
        result._length = 4;
        result.Trim();
        return result;
    }

    /// <summary>x · y.</summary>
    internal static WideInteger Multiply(UInt128 x, UInt128 y)
    {
        WideInteger a = From(x);
        return a.Times(From(y));
    }

    /// <summary>This value times 10^exponent (0 ≤ exponent ≤ 90).</summary>
    internal void MultiplyPow10(int exponent)
    {
        while (exponent > 0)
        {
            int step = Math.Min(exponent, 9);
            MultiplySmall((uint)DecimalMagnitude.Pow10(step));
            exponent -= step;
        }
    }

    /// <summary>This value plus <paramref name="other"/>.</summary>
    internal void Add(in WideInteger other)
    {
        int length = Math.Max(_length, other._length);
        ulong carry = 0;
        for (int i = 0; i < length; i++)
        {
            ulong sum = (ulong)_limbs[i] + other._limbs[i] + carry;
            _limbs[i] = (uint)sum;
            carry = sum >> 32;
        }

        if (carry != 0)
        {
            CheckRoom(length);
            _limbs[length++] = (uint)carry;
        }

        _length = length;
    }

    /// <summary>The order of x and y: −1, 0 or 1.</summary>
    internal static int Compare(in WideInteger x, in WideInteger y)
    {
        if (x._length != y._length)
        {
            return x._length < y._length ? -1 : 1;
        }

        for (int i = x._length - 1; i >= 0; i--)
        {
            if (x._limbs[i] != y._limbs[i])
            {
                return x._limbs[i] < y._limbs[i] ? -1 : 1;
            }
        }

        return 0;
    }

    private readonly WideInteger Times(in WideInteger other)
    {
        WideInteger result = default;
        if (_length == 0 || other._length == 0)
        {
            return result;
        }

        CheckRoom(_length + other._length - 2);
        for (int j = 0; j < other._length; j++)
        {
            ulong carry = 0;
            uint factor = other._limbs[j];
            for (int i = 0; i < _length; i++)
            {
                ulong t = ((ulong)_limbs[i] * factor) + result._limbs[i + j] + carry;
                result._limbs[i + j] = (uint)t;
                carry = t >> 32;
            }

            int k = j + _length;
            while (carry != 0)
            {
                CheckRoom(k);
                ulong t = (ulong)result._limbs[k] + carry;
                result._limbs[k++] = (uint)t;
                carry = t >> 32;
            }
        }

        result._length = Math.Min(Capacity, _length + other._length);
        result.Trim();
        return result;
    }

    private void MultiplySmall(uint factor)
    {
        ulong carry = 0;
        for (int i = 0; i < _length; i++)
        {
            ulong t = ((ulong)_limbs[i] * factor) + carry;
            _limbs[i] = (uint)t;
            carry = t >> 32;
        }

        if (carry != 0)
        {
            CheckRoom(_length);
            _limbs[_length++] = (uint)carry;
        }
    }

    private void Trim()
    {
        while (_length > 0 && _limbs[_length - 1] == 0)
        {
            _length--;
        }
    }

    private static void CheckRoom(int index)
    {
        if (index >= Capacity)
        {
            // Unreachable for the operands DirectedDecimal passes (at most 378 bits); a bug, not an input error.
            throw new InvalidOperationException("WideInteger: more than 384 bits.");
        }
    }

    [InlineArray(Capacity)]
    private struct Limbs
    {
        private uint _element;
    }
}
