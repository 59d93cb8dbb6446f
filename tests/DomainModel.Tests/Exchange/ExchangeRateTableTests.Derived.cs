using System;
using DomainModel;
using DomainModel.Exchange;
using Xunit;

namespace DomainModel.Tests.Exchange;

/// <summary>Derived rates are computed once per table: asking again gives the same rate and allocates nothing.</summary>
public sealed partial class ExchangeRateTableTests
{
    [Fact]
    public void TryGetRate_ReciprocalAskedAgain_IsTheSameRate_AndAllocatesNothing()
    {
        var table = EcbTable();
        WarmUp(table, Currency.USD, Currency.EUR);
        Assert.True(table.TryGetRate(Currency.USD, Currency.EUR, Fri, out var first));
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(table.TryGetRate(Currency.USD, Currency.EUR, Fri, out var again));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Same(first, again);
        Assert.Equal(0, allocated);
        Assert.Equal(new ExchangeRate(Currency.EUR, Currency.USD, 1.1645m, Fri, RateKind.OfficialReference, "ECB").Inverse(), again);
    }

    [Fact]
    public void TryGetRate_CrossAskedAgain_IsTheSameRate_AndAllocatesNothing()
    {
        var table = EcbTable();
        WarmUp(table, Currency.USD, Currency.CNY);
        Assert.True(table.TryGetRate(Currency.USD, Currency.CNY, Sun, out var first));
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(table.TryGetRate(Currency.USD, Currency.CNY, Sun, out var again));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Same(first, again);
        Assert.Equal(0, allocated);

        // 8.2333 / 1.1645 = 7.0702447402318591670… (20 significant digits), Friday's legs.
        Assert.Equal(7.0702447402318591670m, again!.Value);
        Assert.Equal(Fri, again.Validity.Start);
        Assert.Equal(2, again.Legs.Count);
    }

    [Fact]
    public void Lookup_OfAKeptCrossRate_StillNamesItsLegs()
    {
        var table = EcbTable();
        _ = table.TryGetRate(Currency.USD, Currency.CNY, Fri, out _);
        var result = table.Lookup(Currency.USD, Currency.CNY, Fri);
        Assert.Contains(result.Attempts, a => a.Contains("cross via EUR of EUR/USD and EUR/CNY", StringComparison.Ordinal));
    }

    // The first look-ups of a process compile code; ask Thursday twice so that only Friday's second question is measured.
    private static void WarmUp(ExchangeRateTable table, Currency from, Currency to)
    {
        _ = table.TryGetRate(from, to, Thu, out _);
        _ = table.TryGetRate(from, to, Thu, out _);
    }
}
