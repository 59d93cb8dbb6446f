using System;
using DomainModel;
using Xunit;

namespace DomainModel.Tests.Monetary;

/// <summary>Examples and bad input for <see cref="Money"/> (the algebraic laws are in <see cref="MoneyLawTests"/>).</summary>
public sealed partial class MoneyTests
{
    private static readonly Currency Gold = Currency.FromCode("XAU");

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Fact]
    public void EqualityAndOrdering_CurrenciesWithDifferentDefinitionInstances_DecideByTheCurrency()
    {
        // default(Money) holds no definition and XXX holds the table's; two custom currencies made alike are equal but
        // separate instances: each pair is compared by the out-of-line path, by amount.
        var xxx = new Money(0m, Currency.XXX);
        Assert.True(default(Money) == xxx);
        Assert.Equal(0, default(Money).CompareTo(xxx));
        var first = Currency.CreateCustom("XQG", 2, "Made-up Guilder");
        var second = Currency.CreateCustom("XQG", 2, "Made-up Guilder");
        Assert.True(new Money(1.50m, first) == new Money(1.5m, second));
        Assert.False(new Money(1.5m, first) == new Money(1.51m, second));
        Assert.True(new Money(1.5m, first) < new Money(1.51m, second));
        Assert.Equal(1, new Money(2m, second).CompareTo(new Money(1.99m, first)));
    }

    [Fact]
    public void EqualityAndOrdering_TwoCurrencies_NotEqualAndCompareThrowsNamingBoth()
    {
        Assert.False(Usd(1m) == new Money(1m, Currency.EUR));
        Assert.False(Usd(1m).Equals(new Money(1m, Currency.EUR)));
        var e = Assert.Throws<MismatchException>(() => Usd(1m).CompareTo(new Money(1m, Currency.EUR)));
        Assert.Equal("other", e.ParamName);
        Assert.Contains("USD", e.Message, StringComparison.Ordinal);
        Assert.Contains("EUR", e.Message, StringComparison.Ordinal);
        Assert.Throws<MismatchException>(() => Usd(1m) < new Money(2m, Currency.EUR));
    }

    [Fact]
    public void Add_Overflow_ThrowsWithTheOperands()
    {
        var e = Assert.Throws<OverflowException>(() => Usd(decimal.MaxValue) + Usd(1m));
        Assert.Contains("USD 79228162514264337593543950335 + USD 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("outside the range of decimal", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subtract_Overflow_ThrowsWithTheOperands()
    {
        var e = Assert.Throws<OverflowException>(() => Usd(decimal.MinValue) - Usd(1m));
        Assert.Contains("USD -79228162514264337593543950335 - USD 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiply_Overflow_ThrowsWithTheOperands()
    {
        var e = Assert.Throws<OverflowException>(() => Usd(decimal.MaxValue) * 2.5m);
        Assert.Contains("USD 79228162514264337593543950335 * 2.5", e.Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => 2.5m * Usd(decimal.MaxValue));
    }

    [Fact]
    public void Divide_Overflow_ThrowsWithTheOperands()
    {
        var e = Assert.Throws<OverflowException>(() => Usd(decimal.MaxValue) / 0.5m);
        Assert.Contains("USD 79228162514264337593543950335 / 0.5", e.Message, StringComparison.Ordinal);
        var ratio = Assert.Throws<OverflowException>(() => Usd(decimal.MaxValue) / Usd(0.5m));
        Assert.Contains("USD 79228162514264337593543950335 / USD 0.5", ratio.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Divide_ByZero_ThrowsDivideByZeroNamingTheDividend()
    {
        var scalar = Assert.Throws<DivideByZeroException>(() => Usd(5m) / 0m);
        Assert.Equal("Cannot divide USD 5 by zero.", scalar.Message);
        var ratio = Assert.Throws<DivideByZeroException>(() => Usd(5m) / Usd(0.00m));
        Assert.Contains("USD 5 by USD 0.00", ratio.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_TwoCurrencies_ThrowsMismatchNamingBoth()
    {
        var e = Assert.Throws<MismatchException>(() => Usd(1m) + new Money(1m, Currency.CNY));
        Assert.Equal("right", e.ParamName);
        Assert.Contains("add USD and CNY", e.Message, StringComparison.Ordinal);
        Assert.Equal(Currency.USD, e.Expected[0]);
        Assert.Equal(Currency.CNY, e.Given);
    }

    [Fact]
    public void CompareTo_NotMoney_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => Usd(1m).CompareTo("USD 1"));
        Assert.Equal("obj", e.ParamName);
        Assert.Contains("System.String", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, Usd(1m).CompareTo(null));
    }

    [Fact]
    public void Round_CurrencyWithoutMinorUnit_ThrowsInvalidOperation()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new Money(1.2345m, Gold).Round(MidpointRounding.ToEven));
        Assert.Contains("XAU has no minor unit", e.Message, StringComparison.Ordinal);
        Assert.Contains("Round(decimals, mode)", e.Message, StringComparison.Ordinal);
        Assert.Equal(new Money(1.23m, Gold), new Money(1.2345m, Gold).Round(2, MidpointRounding.ToEven));
    }

    [Fact]
    public void Round_BadArguments_ThrowOutOfRangeNamingTheParameter()
    {
        var decimals = Assert.Throws<ArgumentOutOfRangeException>(() => Usd(1m).Round(29, MidpointRounding.ToEven));
        Assert.Equal("decimals", decimals.ParamName);
        Assert.Contains("0 to 28", decimals.Message, StringComparison.Ordinal);
        var mode = Assert.Throws<ArgumentOutOfRangeException>(() => Usd(1m).Round((MidpointRounding)42));
        Assert.Equal("mode", mode.ParamName);
        Assert.Contains("42", mode.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1_000_001)]
    [InlineData(int.MaxValue)]
    public void Allocate_MoreThanMaxAllocationParts_IsRefused_NotLeftToExhaustMemory(int parts)
    {
        // Found by the documented-exception sweep: Allocate(int.MaxValue) threw OutOfMemoryException.
        Assert.Equal(1_000_000, Money.MaxAllocationParts);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Usd(100m).Allocate(parts));
        Assert.Equal("parts", e.ParamName);
        Assert.Contains("1000000", e.Message, StringComparison.Ordinal);
        Assert.Equal("parts", Assert.Throws<ArgumentOutOfRangeException>(() => Usd(100m).Allocate(parts, 2)).ParamName);
        Assert.Equal(Money.MaxAllocationParts, Usd(100m).Allocate(Money.MaxAllocationParts, 6).Count);
    }

    [Fact]
    public void Allocate_ZeroParts_ThrowsOutOfRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Usd(100m).Allocate(0));
        Assert.Equal("parts", e.ParamName);
        Assert.Contains("Value 0 is out of range", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_NegativeRatio_ThrowsNamingItsIndex()
    {
        var e = Assert.Throws<ArgumentException>(() => Usd(100m).Allocate([1m, -1m]));
        Assert.Equal("ratios", e.ParamName);
        Assert.Contains("Ratio -1 at index 1 is negative", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_RatiosSummingToZero_OrNone_Throw()
    {
        var zero = Assert.Throws<ArgumentException>(() => Usd(100m).Allocate([0m, 0m]));
        Assert.Equal("ratios", zero.ParamName);
        Assert.Contains("sum to zero", zero.Message, StringComparison.Ordinal);
        var empty = Assert.Throws<ArgumentException>(() => Usd(100m).Allocate(Array.Empty<decimal>()));
        Assert.Contains("At least one ratio", empty.Message, StringComparison.Ordinal);
        Assert.Equal("ratios", Assert.Throws<ArgumentNullException>(() => Usd(100m).Allocate(null!)).ParamName);
    }

    [Fact]
    public void Allocate_UnroundedAmount_ThrowsInvalidOperation()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Usd(100.005m).Allocate(3));
        Assert.Contains("USD 100.005", e.Message, StringComparison.Ordinal);
        Assert.Contains("round it first", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Usd(100.005m).Allocate([1m, 2m]));
    }

    [Fact]
    public void Allocate_CurrencyWithoutMinorUnit_ThrowsInvalidOperation()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new Money(10m, Gold).Allocate(3));
        Assert.Contains("XAU has no minor unit", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, new Money(10m, Gold).Allocate(3, 2).Count);
    }

    [Fact]
    public void MinorUnits_CurrencyWithoutMinorUnit_OrUnroundedAmount_Throw()
    {
        var from = Assert.Throws<ArgumentException>(() => Money.FromMinorUnits(5, Gold));
        Assert.Equal("currency", from.ParamName);
        Assert.Contains("XAU", from.Message, StringComparison.Ordinal);
        var to = Assert.Throws<InvalidOperationException>(() => Usd(1.005m).ToMinorUnits());
        Assert.Contains("USD 1.005 has more decimals than the 2 of USD", to.Message, StringComparison.Ordinal);
        Assert.Equal(12345m, Usd(123.45m).ToMinorUnits());
    }

    [Fact]
    public void Sum_EmptyWithoutCurrency_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => Money.Sum(Array.Empty<Money>()));
        Assert.Equal("values", e.ParamName);
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
        Assert.Equal(Money.Zero(Currency.USD), Money.Sum(Array.Empty<Money>(), Currency.USD));
    }

    [Fact]
    public void Default_IsZeroXxx()
    {
        Assert.Equal("XXX 0", default(Money).ToString());
        Assert.Equal(default, Money.Parse("XXX 0"));
    }
}
