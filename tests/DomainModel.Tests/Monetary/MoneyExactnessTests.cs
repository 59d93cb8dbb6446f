using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using DomainModel;
using DomainModel.Tests.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Monetary;

/// <summary>
/// Allocation and sums are exact over decimal's whole range: parts always add up to the amount (or the call refuses
/// with an exception that names it), ratio shares are the exact largest-remainder shares, and a sum is the exact total
/// rounded once at most. Expectations are computed here with <see cref="BigInteger"/> fractions, not by the library.
/// </summary>
[Properties(Arbitrary = new[] { typeof(DecimalMagnitudeTests.AnyDecimal) }, MaxTest = 1000)]
public sealed class MoneyExactnessTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    // ---- Regressions (values from the probe of the library) -------------------------------------------------

    [Fact]
    public void Allocate_TwentyNineDigitsOfCents_PartsSumExactly()
    {
        // 45474282388786633873802836743 cents / 5 = 9094856477757326774760567348 rest 3 (long division by hand).
        var parts = Usd(454742823887866338738028367.43m).Allocate(5);
        Assert.Equal(
            [90948564777573267747605673.49m, 90948564777573267747605673.49m, 90948564777573267747605673.49m, 90948564777573267747605673.48m, 90948564777573267747605673.48m],
            parts.Select(p => p.Amount));
        Assert.Equal(454742823887866338738028367.43m, parts.Aggregate(0m, (sum, p) => sum + p.Amount));
    }

    [Fact]
    public void Allocate_DecimalMaxInCents_SplitsExactly_WhereThePartsFit()
    {
        // Max = 3 × 26409387504754779197847983445 = 7 × 11318308930609191084791992905.
        Assert.Equal([26409387504754779197847983445m, 26409387504754779197847983445m, 26409387504754779197847983445m], Usd(decimal.MaxValue).Allocate(3).Select(p => p.Amount));
        Assert.Equal(Enumerable.Repeat(11318308930609191084791992905m, 7), Usd(decimal.MaxValue).Allocate(7).Select(p => p.Amount));
        Assert.Equal([decimal.MaxValue], Usd(decimal.MaxValue).Allocate(1).Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_APartBeyondDecimalsDigits_ThrowsOverflowNamingTheAmount()
    {
        // Half of Max is 39614081257132168796771975167.5: 30 digits of tenths, more than decimal holds.
        var e = Assert.Throws<OverflowException>(() => Usd(decimal.MaxValue).Allocate(2));
        Assert.Contains("USD 79228162514264337593543950335", e.Message, StringComparison.Ordinal);
        Assert.Contains("2 parts", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllocateByRatios_DecimalMax_IsExactInsteadOfABareOverflow()
    {
        var parts = Usd(decimal.MaxValue).Allocate([1m, 2m], 0);
        Assert.Equal([26409387504754779197847983445m, 52818775009509558395695966890m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void AllocateByRatios_HugeRatios_DoNotOverflowTheirTotal()
    {
        var parts = Usd(100m).Allocate([decimal.MaxValue, decimal.MaxValue, decimal.MaxValue]);
        Assert.Equal([33.34m, 33.33m, 33.33m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void AllocateByRatios_TwentyEightDigits_GivesTheLargestRemainderShares()
    {
        // 45474282388786633873802836743 cents in 1 : 1.5 : 0.5 (= 2 : 3 : 1 of 6):
        // 2/6 → 15158094129595544624600945581 (rest 0), 3/6 → 22737141194393316936901418371.5, 1/6 → 7579047064797772312300472790.5;
        // one cent is left and the tie of the two halves goes to the earlier part.
        var parts = Usd(454742823887866338738028367.43m).Allocate([1m, 1.5m, 0.5m]);
        Assert.Equal([151580941295955446246009455.81m, 227371411943933169369014183.72m, 75790470647977723123004727.90m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void Sum_MaxMaxMinusMax_IsMax()
    {
        var values = new[] { Usd(decimal.MaxValue), Usd(decimal.MaxValue), Usd(-decimal.MaxValue) };
        Assert.Equal(Usd(decimal.MaxValue), Money.Sum(values, Currency.USD));
        Assert.Equal(Usd(decimal.MaxValue), Money.Sum(values));
        Assert.Equal(Usd(decimal.MaxValue), Money.Sum(values.ToList(), Currency.USD));
        Assert.Equal(Usd(decimal.MaxValue), Money.Sum(values.Select(v => v), Currency.USD));
    }

    [Fact]
    public void Sum_LargeValuesThatCancel_KeepTheSmallOnes()
    {
        // Repeated decimal addition gives 0: 1E28 + 0.01 rounds the cent away before -1E28 cancels the rest.
        var values = new[] { Usd(10_000_000_000_000_000_000_000_000_000m), Usd(0.01m), Usd(-10_000_000_000_000_000_000_000_000_000m) };
        Assert.Equal(0.01m, Money.Sum(values, Currency.USD).Amount);
        Assert.Equal(0.01m, Money.Sum(values.Select(v => v)).Amount);
    }

    [Fact]
    public void Sum_ATotalBeyondDecimal_ThrowsOverflowNamingTheCurrency()
    {
        var e = Assert.Throws<OverflowException>(() => Money.Sum([Usd(decimal.MaxValue), Usd(1m)], Currency.USD));
        Assert.Contains("2 amounts in USD", e.Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => Money.Sum(new[] { Usd(decimal.MaxValue), Usd(decimal.MaxValue) }.Select(v => v)));
    }

    [Fact]
    public void Sum_ATotalWithTooManyDigits_IsRoundedOnceLikeDecimal()
    {
        Assert.Equal(10_000_000_000_000_000_000_000_000_000m + 0.4m, Money.Sum([Usd(10_000_000_000_000_000_000_000_000_000m), Usd(0.4m)]).Amount);
        Assert.Equal(2.00m, Money.Sum([Usd(1.50m), Usd(0.5m)]).Amount);
        Assert.Equal("USD 2.00", Money.Sum([Usd(1.50m), Usd(0.5m)]).ToString());
    }

    [Fact]
    public void ToMinorUnits_BeyondDecimal_ThrowsOverflowWithContext()
    {
        var e = Assert.Throws<OverflowException>(() => Usd(decimal.MaxValue).ToMinorUnits());
        Assert.Contains("USD 79228162514264337593543950335", e.Message, StringComparison.Ordinal);
        Assert.Contains("792281625142643375935439503.35", e.Message, StringComparison.Ordinal);
    }

    // ---- Laws ------------------------------------------------------------------------------------------------

    [Property]
    public bool AllocateEvenly_PartsSumExactlyAndDifferByOneUnit_OrTheCallRefuses(decimal amount, byte partsByte, byte decimalsByte)
    {
        int parts = (partsByte % 12) + 1;
        int decimals = decimalsByte % 29;
        var money = Usd(amount);
        IReadOnlyList<Money> shares;
        try
        {
            shares = money.Allocate(parts, decimals);
        }
        catch (InvalidOperationException)
        {
            return Fraction.Of(amount).Times(BigInteger.Pow(10, decimals)).IsWhole is false;
        }
        catch (OverflowException e)
        {
            return e.Message.Contains(money.ToString(), StringComparison.Ordinal);
        }

        var unitsOf = shares.Select(s => Fraction.Of(s.Amount).Times(BigInteger.Pow(10, decimals))).ToArray();
        return shares.Count == parts
            && unitsOf.All(u => u.IsWhole)
            && Fraction.Sum(shares.Select(s => Fraction.Of(s.Amount))).Equals(Fraction.Of(amount))
            && unitsOf.Max(u => u.Numerator / u.Denominator) - unitsOf.Min(u => u.Numerator / u.Denominator) <= 1;
    }

    [Property]
    public bool AllocateByRatios_AreTheExactLargestRemainderShares(decimal amount, decimal[] rawRatios, byte decimalsByte)
    {
        int decimals = decimalsByte % 29;
        var ratios = rawRatios.Take(8).Select(Math.Abs).ToArray();
        if (ratios.Length == 0 || ratios.All(r => r == 0m))
        {
            ratios = [.. ratios, 1m];
        }

        var money = Usd(amount);
        IReadOnlyList<Money> shares;
        try
        {
            shares = money.Allocate(ratios, decimals);
        }
        catch (InvalidOperationException)
        {
            return Fraction.Of(amount).Times(BigInteger.Pow(10, decimals)).IsWhole is false;
        }
        catch (OverflowException e)
        {
            return e.Message.Contains(money.ToString(), StringComparison.Ordinal);
        }

        // Exact share of part i, in units: |amount|·10^d · r_i / Σr.
        var total = Fraction.Sum(ratios.Select(Fraction.Of));
        var units = Fraction.Of(Math.Abs(amount)).Times(BigInteger.Pow(10, decimals));
        var exact = ratios.Select(r => units.Multiply(Fraction.Of(r)).Divide(total)).ToArray();
        var given = shares.Select(s => Fraction.Of(Math.Abs(s.Amount)).Times(BigInteger.Pow(10, decimals))).ToArray();
        if (shares.Count != ratios.Length || !given.All(g => g.IsWhole)
            || !Fraction.Sum(shares.Select(s => Fraction.Of(s.Amount))).Equals(Fraction.Of(amount))
            || shares.Any(s => s.Amount != 0m && (s.Amount < 0m) != (amount < 0m)))
        {
            return false;
        }

        var roundedUp = new bool[ratios.Length];
        for (int i = 0; i < ratios.Length; i++)
        {
            BigInteger floor = exact[i].Floor();
            BigInteger part = given[i].Numerator / given[i].Denominator;
            if (part != floor && part != floor + 1)
            {
                return false;
            }

            roundedUp[i] = part == floor + 1;
        }

        // Every part rounded up has a remainder at least that of every part rounded down (ties: the earlier part).
        for (int i = 0; i < ratios.Length; i++)
        {
            for (int j = 0; j < ratios.Length; j++)
            {
                if (roundedUp[i] && !roundedUp[j])
                {
                    int c = exact[i].Remainder().CompareTo(exact[j].Remainder());
                    if (c < 0 || (c == 0 && i > j))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    [Property]
    public bool Sum_IsTheExactTotalRoundedOnce_OnEveryShapeOfInput(decimal[] amounts)
    {
        var values = amounts.Select(Usd).ToArray();
        var exact = Fraction.Sum(amounts.Select(Fraction.Of));
        var max = Fraction.Of(decimal.MaxValue);
        var results = new List<Func<Money>>
        {
            () => Money.Sum(values, Currency.USD),
            () => Money.Sum(values.ToList(), Currency.USD),
            () => Money.Sum(values.Select(v => v), Currency.USD),
        };
        if (values.Length > 0)
        {
            results.Add(() => Money.Sum(values));
        }

        foreach (var result in results)
        {
            Money sum;
            try
            {
                sum = result();
            }
            catch (OverflowException e)
            {
                // Only when the exact total is beyond decimal (or within half a unit of its edge, where it rounds out).
                if (exact.Abs().CompareTo(max.Subtract(Fraction.Of(0.5m))) < 0 || !e.Message.Contains("USD", StringComparison.Ordinal))
                {
                    return false;
                }

                continue;
            }

            // Within half a unit of the result's last digit of the exact total, and equal to it when it fits at the largest scale.
            int scale = amounts.Length == 0 ? 0 : amounts.Max(a => a.Scale);
            var error = Fraction.Of(sum.Amount).Subtract(exact).Abs().Times(BigInteger.Pow(10, sum.Amount.Scale) * 2);
            bool fits = exact.Times(BigInteger.Pow(10, scale)).IsWhole && BigInteger.Abs(exact.Times(BigInteger.Pow(10, scale)).Numerator) <= (BigInteger)decimal.MaxValue;
            if (error.CompareTo(Fraction.Of(1m)) > 0 || (fits && !(Fraction.Of(sum.Amount).Equals(exact) && sum.Amount.Scale == scale)))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool ToMinorUnits_IsExact_OrThrowsWithContext_NeverABareOverflow(decimal amount)
    {
        var money = Usd(amount);
        var exact = Fraction.Of(amount).Times(100);
        try
        {
            return exact.Equals(Fraction.Of(money.ToMinorUnits()));
        }
        catch (InvalidOperationException)
        {
            return !exact.IsWhole;
        }
        catch (OverflowException e)
        {
            return exact.Abs().CompareTo(Fraction.Of(decimal.MaxValue)) > 0 && e.Message.Contains(money.ToString(), StringComparison.Ordinal);
        }
    }

    /// <summary>An exact fraction n/d (d positive, not reduced), enough for the checks above.</summary>
    private readonly record struct Fraction(BigInteger Numerator, BigInteger Denominator)
    {
        public static Fraction Of(decimal value)
        {
            int[] bits = decimal.GetBits(value);
            var mantissa = new BigInteger((uint)bits[0]) + (new BigInteger((uint)bits[1]) << 32) + (new BigInteger((uint)bits[2]) << 64);
            int scale = (bits[3] >> 16) & 0xFF;
            return new Fraction(bits[3] < 0 ? -mantissa : mantissa, BigInteger.Pow(10, scale));
        }

        public static Fraction Sum(IEnumerable<Fraction> values) => values.Aggregate(new Fraction(0, 1), (a, b) => a.Add(b));

        public bool IsWhole => (Numerator % Denominator).IsZero;

        public Fraction Add(Fraction o) => new((Numerator * o.Denominator) + (o.Numerator * Denominator), Denominator * o.Denominator);

        public Fraction Subtract(Fraction o) => Add(new Fraction(-o.Numerator, o.Denominator));

        public Fraction Multiply(Fraction o) => new(Numerator * o.Numerator, Denominator * o.Denominator);

        public Fraction Divide(Fraction o) => o.Numerator.Sign < 0
            ? new(-Numerator * o.Denominator, Denominator * -o.Numerator)
            : new(Numerator * o.Denominator, Denominator * o.Numerator);

        public Fraction Times(BigInteger factor) => new(Numerator * factor, Denominator);

        public Fraction Abs() => new(BigInteger.Abs(Numerator), Denominator);

        public BigInteger Floor() => BigInteger.Divide(Numerator, Denominator); // non-negative here

        public Fraction Remainder() => new(Numerator % Denominator, Denominator);

        public int CompareTo(Fraction o) => (Numerator * o.Denominator).CompareTo(o.Numerator * Denominator);

        public bool Equals(Fraction o) => Numerator * o.Denominator == o.Numerator * Denominator;

        public override int GetHashCode() => 0;
    }
}
