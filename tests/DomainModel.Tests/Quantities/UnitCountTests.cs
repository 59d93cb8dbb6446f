using System;
using DomainModel;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using UnitsNet;
using Xunit;

namespace DomainModel.Tests.Quantities;

public sealed class UnitCountTests
{
    private static readonly CountKind H200 = new("H200 GPU");
    private static readonly CountKind User = new("monthly active user");

    public static class Arbs
    {
        public static Arbitrary<UnitCount> UnitCountArb() => Arb.From(QuantityArbitraries.CountGen.Select(c => new UnitCount(c, H200)));

        public static Arbitrary<PricePerUnit> PriceArb() => Arb.From(
            from money in DomainArbitraries.MoneyArb().Generator
            select new PricePerUnit(money.Abs(), H200));
    }

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 300)]
    public bool CountTimesPrice_DistributesOverAddition(UnitCount a, UnitCount b, PricePerUnit price) =>
        (a + b) * price == (a * price) + (b * price) && price * a == a * price && a.Multiply(price) == price.Multiply(a);

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 200)]
    public bool TotalDividedByCount_IsThePrice(UnitCount count, PricePerUnit price) =>
        count.IsZero || (count * price) / count == price;

    [Property(Arbitrary = new[] { typeof(Arbs) }, MaxTest = 200)]
    public bool Subtraction_UndoesAddition(UnitCount a, UnitCount b) => (a + b) - b == a && (a + b).CompareTo(a) >= 0;

    [Fact]
    public void ArticlePurchase_TwentyThousandH200AtTwentyThousandDollars()
    {
        var units = new UnitCount(20_000, H200);
        var price = new PricePerUnit(new Money(20_000m, Currency.USD), H200);
        Assert.Equal(new Money(400_000_000m, Currency.USD), units * price);
        Assert.Equal(price, new Money(400_000_000m, Currency.USD) / units);
        Assert.Equal("20000 × H200 GPU", units.ToString());
        Assert.Equal("USD 20000 per H200 GPU", price.ToString());
    }

    [Fact]
    public void CountTimesPowerPerUnit_IsTotalPower()
    {
        var units = new UnitCount(20_000, H200);
        Power perGpu = Power.FromWatts(700m);
        Assert.Equal(14_000_000m, (units * perGpu).Watts);
        Assert.Equal(units * perGpu, perGpu * units);
        Assert.Equal(units * perGpu, units.TotalExact(perGpu));
        Assert.Equal(units * perGpu, units.Multiply(perGpu));
        Energy perGpuPerDay = Energy.FromKilowattHours(16.8);
        Assert.Equal(336_000d, units.Total(perGpuPerDay).KilowattHours, 6);
    }

    [Fact]
    public void FromDecimal_WholeNumber_Works() =>
        Assert.Equal(new UnitCount(159_000_000, User), UnitCount.FromDecimal(159_000_000m, User));

    [Fact]
    public void Constructor_Negative_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new UnitCount(-1, H200));
        Assert.Equal("count", e.ParamName);
        Assert.Contains("'H200 GPU' cannot be -1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDecimal_Fractional_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => UnitCount.FromDecimal(2.5m, H200));
        Assert.Equal("count", e.ParamName);
        Assert.Contains("must be a whole number, not 2.5", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => UnitCount.FromDecimal(-3m, H200));
    }

    [Fact]
    public void MixingKinds_Throws_NamingBoth()
    {
        var gpus = new UnitCount(1, H200);
        var users = new UnitCount(1, User);
        var add = Assert.Throws<MismatchException>(() => gpus + users);
        Assert.Equal("right", add.ParamName);
        Assert.Contains("Cannot add 'H200 GPU' and 'monthly active user'", add.Message, StringComparison.Ordinal);
        Assert.Equal(H200, add.Expected[0]);
        Assert.Equal(User, add.Given);
        Assert.Throws<MismatchException>(() => gpus < users);
        Assert.Throws<MismatchException>(() => gpus.CompareTo((object)users));
        var price = Assert.Throws<MismatchException>(() => users * new PricePerUnit(new Money(1m, Currency.USD), H200));
        Assert.Contains("Cannot price 'monthly active user' and 'H200 GPU'", price.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CountTimesPrice_Overflow_Throws_NamingOperands()
    {
        var many = new UnitCount(long.MaxValue, H200);
        var price = new PricePerUnit(new Money(79_228_162_514m, Currency.USD), H200);
        var e = Assert.Throws<OverflowException>(() => many * price);
        Assert.Contains("9223372036854775807 × H200 GPU × USD 79228162514 per H200 GPU", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoneyDividedByZeroCount_Throws()
    {
        var e = Assert.Throws<DivideByZeroException>(() => new Money(1m, Currency.USD) / UnitCount.Zero(H200));
        Assert.Contains("the count is zero", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subtract_Larger_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new UnitCount(1, H200) - new UnitCount(2, H200));
        Assert.Equal("right", e.ParamName);
    }

    [Fact]
    public void PricePerUnit_Negative_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new PricePerUnit(new Money(-1m, Currency.USD), H200));
        Assert.Equal("price", e.ParamName);
        Assert.Contains("cannot be negative", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_CountAbove2Pow53_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new UnitCount(long.MaxValue, H200).Total(Energy.FromJoules(1)));
        Assert.Contains("2^53", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" GPU")]
    [InlineData("GPU\n")]
    public void CountKind_InvalidName_Throws(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => new CountKind(name));
        Assert.Equal("name", e.ParamName);
        Assert.False(CountKind.TryCreate(name, out _));
    }

    [Fact]
    public void CountKind_IsOrdinal_AndDefaultIsUnit()
    {
        Assert.NotEqual(new CountKind("GPU"), new CountKind("gpu"));
        Assert.Equal("unit", default(CountKind).Name);
        Assert.Equal(CountKind.Unspecified, default(UnitCount).Kind);
    }
}
