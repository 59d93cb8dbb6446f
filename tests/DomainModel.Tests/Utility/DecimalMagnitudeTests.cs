using System;
using DomainModel.Currencies;
using DomainModel.Monetary;
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
