using System;
using DomainModel;
using DomainModel.Exchange;
using Xunit;

namespace DomainModel.Tests.Exchange;

/// <summary>The factories of <see cref="RateLookupResult"/>, for third-party providers.</summary>
public sealed class RateLookupResultTests
{
    private static readonly DateOnly Day = new(2025, 12, 5);

    [Fact]
    public void Success_CarriesTheRateAndAttempts()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, 7.1m, Day, RateKind.Spot, "desk");
        var result = RateLookupResult.Success(Day.AddDays(1), rate, ["desk: quoted"]);
        Assert.True(result.Found);
        Assert.Same(rate, result.GetRateOrThrow());
        Assert.Equal(Currency.USD, result.From);
        Assert.Equal(Currency.CNY, result.To);
        Assert.Equal(Day.AddDays(1), result.Date);
        Assert.Equal(new[] { "desk: quoted" }, result.Attempts);
    }

    [Fact]
    public void Failure_ThrowsOnDemand_NamingPairDateAndAttempts()
    {
        var result = RateLookupResult.Failure(Currency.USD, Currency.CNY, Day, ["desk: closed"]);
        Assert.False(result.Found);
        Assert.Null(result.Rate);
        var e = Assert.Throws<RateNotFoundException>(result.GetRateOrThrow);
        Assert.Equal("No USD/CNY rate for 2025-12-05. Tried: desk: closed.", e.Message);
        Assert.Contains("nothing", new RateNotFoundException(Currency.USD, Currency.CNY, Day, []).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factories_NullArguments_Throw()
    {
        Assert.Equal("rate", Assert.Throws<ArgumentNullException>(() => RateLookupResult.Success(Day, null!, [])).ParamName);
        Assert.Equal("attempts", Assert.Throws<ArgumentNullException>(() => RateLookupResult.Failure(Currency.USD, Currency.CNY, Day, null!)).ParamName);
    }
}
