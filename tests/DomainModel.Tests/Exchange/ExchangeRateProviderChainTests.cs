using System;
using DomainModel;
using DomainModel.Exchange;
using Xunit;

namespace DomainModel.Tests.Exchange;

/// <summary>Examples and bad input for <see cref="ExchangeRateProviderChain"/>.</summary>
public sealed class ExchangeRateProviderChainTests
{
    private static readonly DateOnly Day = new(2025, 12, 5);

    private static readonly ExchangeRateTable Ecb = ExchangeRateTable.Empty.WithName("ECB").With(
        new ExchangeRate(Currency.EUR, Currency.USD, 1.1645m, Day, RateKind.OfficialReference, "ECB"));

    private static readonly ExchangeRateTable Manual = ExchangeRateTable.Empty.WithName("manual").With(
    [
        new ExchangeRate(Currency.EUR, Currency.USD, 1.2m, Day, RateKind.Spot, "desk"),
        new ExchangeRate(Currency.USD, Currency.CNY, 7.07m, Day, RateKind.Spot, "desk"),
    ]);

    [Fact]
    public void FirstThatAnswers_Wins()
    {
        var chain = new ExchangeRateProviderChain(Ecb, Manual);
        Assert.Equal("chain of ECB, manual", chain.Name);
        Assert.Equal("ECB", chain.GetRate(Currency.EUR, Currency.USD, Day).Source);
        var lookup = chain.Lookup(Currency.USD, Currency.CNY, Day);
        Assert.Equal("desk", lookup.Rate!.Source);
        Assert.Contains(lookup.Attempts, a => a.StartsWith("ECB: direct USD/CNY: none", StringComparison.Ordinal));
        Assert.Contains(lookup.Attempts, a => a.StartsWith("manual: direct USD/CNY found", StringComparison.Ordinal));
    }

    [Fact]
    public void NoneAnswers_Throws_WithEveryProvidersAttempts()
    {
        var chain = new ExchangeRateProviderChain(Ecb, Manual);
        var e = Assert.Throws<RateNotFoundException>(() => chain.GetRate(Currency.GBP, Currency.JPY, Day));
        Assert.Contains("No GBP/JPY rate for 2025-12-05", e.Message, StringComparison.Ordinal);
        Assert.Contains("ECB: direct GBP/JPY", e.Message, StringComparison.Ordinal);
        Assert.Contains("manual: direct GBP/JPY", e.Message, StringComparison.Ordinal);
        Assert.Equal(6, e.Attempts.Count);
        Assert.False(chain.TryGetRate(Currency.GBP, Currency.JPY, Day, out _));
        Assert.Throws<ArgumentException>(() => chain.GetRate(Currency.GBP, Currency.GBP, Day));
    }

    [Fact]
    public void Constructor_BadProviders_Throw()
    {
        Assert.Equal("providers", Assert.Throws<ArgumentException>(() => new ExchangeRateProviderChain()).ParamName);
        Assert.Equal("providers", Assert.Throws<ArgumentNullException>(() => new ExchangeRateProviderChain(Ecb, null!)).ParamName);
    }
}
