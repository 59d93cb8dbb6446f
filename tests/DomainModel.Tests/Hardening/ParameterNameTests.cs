using System;
using DomainModel;
using Xunit;

namespace DomainModel.Tests.Hardening;

/// <summary>
/// An argument exception names the parameter of the public member that was called (for an operator, <c>left</c> or
/// <c>right</c> as the operator names them; for a named twin such as <c>Add(other)</c>, <c>other</c>), never a
/// parameter of a helper inside the library. The sweep (<c>DocumentedExceptionSweepTests</c>) checks every member;
/// these are the most used ones, each with the name written out.
/// </summary>
public sealed class ParameterNameTests
{
    private static readonly Money Dollar = new(1m, Currency.USD);
    private static readonly Money Euro = new(1m, Currency.EUR);

    [Fact]
    public void MoneyComparisonOperators_OfTwoCurrencies_NameRight()
    {
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Dollar < Euro).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Dollar > Euro).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Dollar <= Euro).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Dollar >= Euro).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Money.Min(Dollar, Euro)).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Money.Max(Dollar, Euro)).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => Dollar.CompareTo(Euro)).ParamName);
    }

    [Fact]
    public void MoneyArithmetic_OfTwoCurrencies_NamesTheCalledMembersParameter()
    {
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Dollar + Euro).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Dollar - Euro).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => Dollar / Euro).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => Dollar.Add(Euro)).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => Dollar.Subtract(Euro)).ParamName);
        Assert.Equal("divisor", Assert.Throws<MismatchException>(() => Dollar.Divide(Euro)).ParamName);
    }

    [Fact]
    public void UnitCount_OfTwoKindsOrTooLarge_NamesTheCalledMembersParameter()
    {
        var gpus = new UnitCount(1, new CountKind("GPU"));
        var cpus = new UnitCount(2, new CountKind("CPU"));
        var moreGpus = new UnitCount(2, new CountKind("GPU"));
        Assert.Equal("right", Assert.Throws<MismatchException>(() => gpus < cpus).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => gpus.CompareTo(cpus)).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => gpus.Add(cpus)).ParamName);
        Assert.Equal("right", Assert.Throws<ArgumentOutOfRangeException>(() => gpus - moreGpus).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentOutOfRangeException>(() => gpus.Subtract(moreGpus)).ParamName);
        var cpuPrice = new PricePerUnit(Dollar, new CountKind("CPU"));
        Assert.Equal("count", Assert.Throws<MismatchException>(() => cpuPrice.Multiply(gpus)).ParamName);
    }

    [Fact]
    public void TokenVolume_RefusedFactorOrSubtrahend_NamesTheCalledMembersParameter()
    {
        var one = TokenVolume.FromTrillions(1);
        var two = TokenVolume.FromTrillions(2);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => one.Multiply(-1m)).ParamName);
        Assert.Equal("right", Assert.Throws<ArgumentOutOfRangeException>(() => one * -1m).ParamName);
        Assert.Equal("left", Assert.Throws<ArgumentOutOfRangeException>(() => -1m * one).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentOutOfRangeException>(() => one.Subtract(two)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentOutOfRangeException>(() => TokenRate.PerDay(one).Subtract(TokenRate.PerDay(two))).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => TokenRate.PerDay(one).Add(TokenRate.PerMonth(one))).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => TokenRate.PerDay(one) < TokenRate.PerMonth(one)).ParamName);
    }

    [Fact]
    public void FiscalPeriodsOfTwoCalendars_NameTheCalledMembersParameter()
    {
        var microsoft = new FiscalYear(FiscalCalendars.Microsoft, 2025);
        var nvidia = new FiscalYear(FiscalCalendars.Nvidia, 2025);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => microsoft < nvidia).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => microsoft.CompareTo(nvidia)).ParamName);
        Assert.Equal("right", Assert.Throws<MismatchException>(() => new FiscalQuarter(microsoft, 1) >= new FiscalQuarter(nvidia, 1)).ParamName);
        Assert.Equal("other", Assert.Throws<MismatchException>(() => new FiscalQuarter(microsoft, 1).CompareTo(new FiscalQuarter(nvidia, 1))).ParamName);
    }
}
