using System;
using DomainModel;
using DomainModel.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Utility;

/// <summary>
/// The overflow-free fast paths of Money's arithmetic: whenever they are taken, decimal cannot overflow, and the
/// result equals decimal's own; when they are not, the guarded path still names the operands.
/// </summary>
[Properties(Arbitrary = new[] { typeof(DecimalMagnitudeTests.AnyDecimal) }, MaxTest = 1000)]
public sealed class DecimalMagnitudeTests
{
    [Fact]
    public void LayoutVerified_OnThisRuntime_IsTrue() => Assert.True(DecimalMagnitude.LayoutVerified);

    [Property]
    public bool SumCannotOverflow_ImpliesNeitherSumNorDifferenceThrows(decimal a, decimal b)
    {
        if (!DecimalMagnitude.SumCannotOverflow(a, b))
        {
            return true; // the guarded path; checked by MoneyArithmetic_EqualsDecimalArithmetic_OnEitherPath
        }

        _ = a + b;
        _ = a - b;
        return true;
    }

    [Property]
    public bool ProductCannotOverflow_ImpliesTheProductDoesNotThrow(decimal a, decimal b)
    {
        if (DecimalMagnitude.ProductCannotOverflow(a, b))
        {
            _ = a * b;
        }

        return true;
    }

    [Property]
    public bool MoneyArithmetic_EqualsDecimalArithmetic_OnEitherPath(decimal a, decimal b)
    {
        var x = new Money(a, Currency.USD);
        var y = new Money(b, Currency.USD);
        return Same(() => a + b, () => (x + y).Amount)
            && Same(() => a - b, () => (x - y).Amount)
            && Same(() => a * b, () => (x * b).Amount);
    }

    [Property]
    public bool Compare_AndEqual_AgreeWithDecimal_AtAnyScales(decimal a, decimal b)
    {
        // Also b with a's scale and sign, and b's mantissa scaled by a few digits, to reach every fast path.
        int[] bits = decimal.GetBits(b);
        decimal sameFlags = new(bits[0], bits[1], bits[2], a < 0m, a.Scale);
        decimal shifted = new(bits[0], bits[1], bits[2], a < 0m, (byte)Math.Min(28, a.Scale + (b.Scale % 10)));
        foreach (decimal other in new[] { b, sameFlags, shifted, a, -a, a * 1.0m })
        {
            if (Math.Sign(DecimalMagnitude.Compare(a, other)) != Math.Sign(decimal.Compare(a, other))
                || Math.Sign(DecimalMagnitude.Compare(other, a)) != Math.Sign(decimal.Compare(other, a))
                || DecimalMagnitude.Equal(a, other) != (a == other)
                || (new Money(a, Currency.USD) == new Money(other, Currency.USD)) != (a == other)
                || Math.Sign(new Money(a, Currency.USD).CompareTo(new Money(other, Currency.USD))) != Math.Sign(a.CompareTo(other))
                || (new Money(a, Currency.USD) < new Money(other, Currency.USD)) != (a < other))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Compare_ZerosOfAnySignAndScale_AreEqual()
    {
        decimal negativeZero = new(0, 0, 0, true, 3);
        Assert.Equal(0, DecimalMagnitude.Compare(0m, negativeZero));
        Assert.Equal(0, DecimalMagnitude.Compare(0.00m, 0m));
        Assert.True(DecimalMagnitude.Equal(negativeZero, 0.0m));
        Assert.True(new Money(negativeZero, Currency.USD) == new Money(0m, Currency.USD));
    }

    [Property]
    public bool QuotientCannotOverflow_ImpliesTheQuotientDoesNotThrow_AndMoneyDividesAsDecimal(decimal a, decimal b)
    {
        if (DecimalMagnitude.QuotientCannotOverflow(b))
        {
            _ = a / b;
        }

        var x = new Money(a, Currency.USD);
        return b == 0m
            ? Throws<DivideByZeroException>(() => _ = x / b)
            : Same(() => a / b, () => (x / b).Amount);
    }

    [Fact]
    public void QuotientCannotOverflow_AtOne_IsExact()
    {
        Assert.True(DecimalMagnitude.QuotientCannotOverflow(1m));
        Assert.True(DecimalMagnitude.QuotientCannotOverflow(-1.000m));
        Assert.True(DecimalMagnitude.QuotientCannotOverflow(2.5m));
        Assert.False(DecimalMagnitude.QuotientCannotOverflow(0.999m));
        Assert.False(DecimalMagnitude.QuotientCannotOverflow(0m));
        Assert.Throws<OverflowException>(() => new Money(decimal.MaxValue, Currency.USD) / 0.5m);
    }

    private static bool Throws<T>(Action action)
        where T : Exception
    {
        try
        {
            action();
            return false;
        }
        catch (T)
        {
            return true;
        }
    }

    [Fact]
    public void SumCannotOverflow_AtTheBoundary_IsExact()
    {
        decimal below = 39614081257132168796771975167m; // 2^95 - 1
        decimal at = 39614081257132168796771975168m; // 2^95
        Assert.True(DecimalMagnitude.SumCannotOverflow(below, below));
        Assert.False(DecimalMagnitude.SumCannotOverflow(at, 0m));
        Assert.Equal(below + below, (new Money(below, Currency.USD) + new Money(below, Currency.USD)).Amount);
    }

    // Either both throw OverflowException or both give the same value.
    private static bool Same(Func<decimal> raw, Func<decimal> money)
    {
        decimal expected;
        try
        {
            expected = raw();
        }
        catch (OverflowException)
        {
            try
            {
                money();
                return false;
            }
            catch (OverflowException e)
            {
                return e.Message.Contains("USD", StringComparison.Ordinal);
            }
        }

        return money() == expected;
    }

    /// <summary>Decimals over the whole range: random 96-bit mantissas (often small), any sign and scale.</summary>
    public static class AnyDecimal
    {
        public static Arbitrary<decimal> Decimal() => Arb.From(
            from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(int.MinValue, int.MaxValue)
            from hi in Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 1 << 16), Gen.Choose(int.MinValue, int.MaxValue))
            from useMid in Gen.Elements(true, false)
            from negative in Gen.Elements(true, false)
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, useMid ? mid : 0, hi, negative, (byte)scale));
    }
}
