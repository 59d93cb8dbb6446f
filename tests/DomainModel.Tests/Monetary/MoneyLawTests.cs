using System;
using System.Collections.Generic;
using System.Linq;
using DomainModel;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainModel.Tests.Monetary;

/// <summary>Algebraic laws of <see cref="Money"/>, checked on generated values.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 300)]
public sealed class MoneyLawTests
{
    private static Money In(Currency currency, Money m) => new(m.Amount, currency);

    [Property]
    public bool Addition_IsCommutative(Money a, Money b)
    {
        b = In(a.Currency, b);
        return a + b == b + a;
    }

    [Property]
    public bool Addition_IsAssociative(Money a, Money b, Money c)
    {
        b = In(a.Currency, b);
        c = In(a.Currency, c);
        return (a + b) + c == a + (b + c);
    }

    [Property]
    public bool Zero_IsTheIdentity(Money a) =>
        a + Money.Zero(a.Currency) == a && Money.Zero(a.Currency) + a == a && a - Money.Zero(a.Currency) == a;

    [Property]
    public bool Negation_IsTheInverse(Money a) =>
        (a + (-a)).IsZero && -(-a) == a && a - a == Money.Zero(a.Currency) && a.Negate() == -a;

    [Property]
    public bool Subtraction_IsAdditionOfTheNegation(Money a, Money b)
    {
        b = In(a.Currency, b);
        return a - b == a + (-b);
    }

    /// <summary>
    /// k(a + b) = ka + kb exactly while every product keeps all its digits: amounts have at most 15 integer digits
    /// and 6 decimals, factors at most 6 digits and 3 decimals, so products have at most 28 significant digits.
    /// </summary>
    [Property]
    public bool ScalarMultiplication_DistributesOverAddition(Money a, Money b, int factorThousandths)
    {
        b = In(a.Currency, b);
        decimal k = (factorThousandths % 1_000_000) / 1000m;
        return (a + b) * k == (a * k) + (b * k) && k * a == a * k && a.Multiply(k) == a * k;
    }

    [Property]
    public bool Division_UndoesMultiplication_ForPowersOfTwo(Money a, byte exponent)
    {
        decimal k = 1m;
        for (int i = 0; i < exponent % 20; i++)
        {
            k *= 2m;
        }

        return (a * k) / k == a && a.Divide(k) * k == a;
    }

    [Property]
    public bool Rounding_IsIdempotent_AndWithinHalfAMinorUnit(Money a, int modeIndex)
    {
        var currency = DomainArbitraries.WithMinorUnits[Math.Abs(modeIndex % DomainArbitraries.WithMinorUnits.Length)];
        a = In(currency, a);
        var midpoint = Math.Abs(modeIndex % 2) == 0 ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero;
        var rounded = a.Round(midpoint);
        decimal half = 0.5m / DecimalPow10(currency.MinorUnits!.Value);
        return rounded.Round(midpoint) == rounded
            && Math.Abs(rounded.Amount - a.Amount) <= half
            && decimal.Round(rounded.Amount, currency.MinorUnits.Value) == rounded.Amount;
    }

    [Property]
    public bool DirectedRounding_MovesOnlyInItsDirection(Money a, byte decimals)
    {
        int d = decimals % 7;
        return a.Round(d, MidpointRounding.ToZero).Abs() <= a.Abs()
            && a.Round(d, MidpointRounding.ToNegativeInfinity) <= a
            && a.Round(d, MidpointRounding.ToPositiveInfinity) >= a;
    }

    [Property]
    public bool AllocateEvenly_SumsExactly_AndSpreadsByAtMostOneMinorUnit(Money a, byte partsByte)
    {
        var currency = DomainArbitraries.WithMinorUnits[Math.Abs(a.Amount.GetHashCode() % DomainArbitraries.WithMinorUnits.Length)];
        var whole = In(currency, a).Round(MidpointRounding.ToEven);
        int parts = (partsByte % 40) + 1;
        var shares = whole.Allocate(parts);
        decimal unit = 1m / DecimalPow10(currency.MinorUnits!.Value);
        return shares.Count == parts
            && Money.Sum(shares, currency) == whole
            && shares.Max(s => s.Amount) - shares.Min(s => s.Amount) <= unit
            && shares.All(s => s.Round(MidpointRounding.ToEven) == s);
    }

    [Property]
    public bool AllocateByRatios_SumsExactly_AndEachPartIsWithinOneMinorUnitOfItsShare(Money a, NonEmptyArray<byte> weights)
    {
        var ratios = weights.Get.Select(w => (decimal)w).ToArray();
        if (ratios.Sum() == 0m)
        {
            ratios[0] = 1m;
        }

        var whole = In(Currency.USD, a).Round(MidpointRounding.ToEven);
        var shares = whole.Allocate(ratios);
        decimal total = ratios.Sum();
        return shares.Count == ratios.Length
            && Money.Sum(shares, Currency.USD) == whole
            && shares.Select((s, i) => Math.Abs(s.Amount - (whole.Amount * ratios[i] / total))).All(diff => diff < 0.01m)
            && shares.Select((s, i) => ratios[i] != 0m || s.IsZero).All(ok => ok);
    }

    [Property]
    public bool Comparison_IsATotalOrder_ConsistentWithEqualsAndOperators(Money a, Money b, Money c)
    {
        b = In(a.Currency, b);
        c = In(a.Currency, c);
        int ab = a.CompareTo(b);
        bool antisymmetric = Math.Sign(ab) == -Math.Sign(b.CompareTo(a));
        bool transitive = !(a <= b && b <= c) || a <= c;
        bool consistent = (ab == 0) == a.Equals(b)
            && (ab == 0) == (a == b)
            && (ab != 0) == (a != b)
            && (ab < 0) == (a < b)
            && (ab > 0) == (a > b)
            && (ab <= 0) == (a <= b)
            && (ab >= 0) == (a >= b)
            && ab == ((IComparable)a).CompareTo(b)
            && ab == a.Amount.CompareTo(b.Amount);
        bool hash = !a.Equals(b) || a.GetHashCode() == b.GetHashCode();
        return antisymmetric && transitive && consistent && hash;
    }

    [Property]
    public bool Equality_IgnoresScale_AndHashAgrees(Money a, byte extraZeros)
    {
        decimal padded = a.Amount;
        for (int i = 0; i < extraZeros % 8; i++)
        {
            padded *= 1.0m;
        }

        var b = new Money(padded, a.Currency);
        return a == b && a.GetHashCode() == b.GetHashCode();
    }

    [Property]
    public bool MinMax_AgreeWithComparison(Money a, Money b)
    {
        b = In(a.Currency, b);
        return Money.Min(a, b) <= Money.Max(a, b)
            && (Money.Min(a, b) == a || Money.Min(a, b) == b)
            && Money.Max(a, b).Amount == Math.Max(a.Amount, b.Amount);
    }

    [Property]
    public bool AbsAndSign_AgreeWithTheAmount(Money a) =>
        a.Abs().Amount == Math.Abs(a.Amount)
        && a.Sign == Math.Sign(a.Amount)
        && a.IsZero == (a.Sign == 0)
        && a.IsNegative == (a.Sign < 0)
        && a.IsPositive == (a.Sign > 0);

    [Property]
    public bool Sum_EqualsRepeatedAddition(Money[] values, Currency currency)
    {
        var same = values.Select(v => In(currency, v)).ToArray();
        var expected = same.Aggregate(Money.Zero(currency), (acc, v) => acc + v);
        return Money.Sum(same, currency) == expected
            && Money.Sum(same.ToList(), currency) == expected
            && Money.Sum(same.AsEnumerable().Select(v => v), currency) == expected;
    }

    [Property]
    public bool Ratio_OfSameCurrency_TimesDivisorGivesBackTheDividendWithinDecimalPrecision(Money a, Money b)
    {
        b = In(a.Currency, b);
        if (b.IsZero)
        {
            return true;
        }

        decimal ratio = a / b;
        return Math.Abs((b * ratio).Amount - a.Amount) <= Math.Max(1e-12m, Math.Abs(a.Amount) * 1e-20m);
    }

    [Property]
    public bool EveryCrossCurrencyOperation_Throws(Money a, Money b)
    {
        if (a.Currency == b.Currency)
        {
            return true;
        }

        var attempts = new Action[]
        {
            () => _ = a + b, () => _ = a - b, () => _ = a / b, () => _ = a < b, () => _ = a > b, () => _ = a <= b,
            () => _ = a >= b, () => a.CompareTo(b), () => ((IComparable)a).CompareTo(b), () => Money.Min(a, b),
            () => Money.Max(a, b), () => a.Add(b), () => a.Subtract(b), () => Money.Sum(new[] { a, b }),
            () => Money.Sum(new[] { a, b }, a.Currency), () => Money.Sum(new List<Money> { a, b }, a.Currency),
        };
        return attempts.All(attempt =>
        {
            try
            {
                attempt();
                return false;
            }
            catch (MismatchException e)
            {
                return e.Expected[0].Equals(a.Currency) && e.Given.Equals(b.Currency)
                    && e.Message.Contains(a.Currency.Code, StringComparison.Ordinal)
                    && e.Message.Contains(b.Currency.Code, StringComparison.Ordinal);
            }
        }) && !a.Equals(b) && a != b;
    }

    [Property]
    public bool MinorUnits_RoundTrip(long units)
    {
        return DomainArbitraries.WithMinorUnits.All(c =>
            Money.FromMinorUnits(units, c).ToMinorUnits() == units
            && Money.FromMinorUnits(units, c).Currency == c);
    }

    [Property]
    public bool ByCurrencyThenAmount_OrdersMixedLists(Money[] values)
    {
        var sorted = values.OrderBy(v => v, MoneyComparer.ByCurrencyThenAmount).ToArray();
        for (int i = 1; i < sorted.Length; i++)
        {
            int c = sorted[i - 1].Currency.CompareTo(sorted[i].Currency);
            if (c > 0 || (c == 0 && sorted[i - 1] > sorted[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static decimal DecimalPow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
