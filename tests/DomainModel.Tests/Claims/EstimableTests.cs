using System;
using System.Linq;
using DomainModel;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Claims;

/// <summary>The quantities estimates range over: explicit implementations, granularity, and magnitude round trips.</summary>
public sealed class EstimableTests
{
    private static readonly CountKind Gpu = new("GPU");

    [Fact]
    public void Implementations_AreExplicit_SoTheQuantitiesSurfaceIsUnchanged()
    {
        var types = typeof(Money).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEstimable<>)))
            .ToList();
        Assert.Equal(8, types.Count); // Money, UnitCount, PricePerUnit, TokenVolume, TokenRate, TokenVolumeOver, ActiveUsers, Share
        string[] names = ["Magnitude", "Granularity", "UnitText", "WithMagnitude", "CheckCommensurable"];
        Assert.DoesNotContain(types.SelectMany(t => t.GetMembers()), m => names.Contains(m.Name));
    }

    [Fact]
    public void Granularity_IsZeroForMoneyAndShares_AndOneForWholeThings()
    {
        Assert.Equal(0m, G(new Money(1m, Currency.USD)));
        Assert.Equal(0m, G(new Share(1m, 2m)));
        Assert.Equal(0m, G(new PricePerUnit(new Money(1m, Currency.USD), Gpu)));
        Assert.Equal(1m, G(new UnitCount(1, Gpu)));
        Assert.Equal(1m, G(TokenVolume.FromTokens(1m)));
        Assert.Equal(1m, G(TokenRate.PerDay(TokenVolume.FromTokens(1m))));
        Assert.Equal(1m, G(new TokenVolumeOver(TokenVolume.FromTokens(1m), DateRange.OfYear(2025))));
        Assert.Equal(1m, G(ActiveUsers.Monthly(1, 2025, 8)));
    }

    [Property]
    public bool WithMagnitude_RoundTrips(NonNegativeInt n)
    {
        decimal x = n.Get;
        return M(W(new Money(0m, Currency.USD), x)) == x && M(W(new UnitCount(0, Gpu), x)) == x
            && M(W(TokenRate.PerDay(TokenVolume.Zero), x)) == x && M(W(ActiveUsers.Monthly(0, 2025, 8), x)) == x
            && W(ActiveUsers.Monthly(0, 2025, 8), x).PeriodStart == new DateOnly(2025, 8, 1);
    }

    [Fact]
    public void WithMagnitude_RefusesWhatTheTypeRefuses()
    {
        Assert.Throws<ArgumentException>(() => W(new UnitCount(0, Gpu), 2.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => W(ActiveUsers.Monthly(0, 2025, 8), -1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => W(new Share(0m, 1m), -0.5m));
    }

    private static decimal G<T>(T value)
        where T : struct, IEstimable<T> => value.Granularity;

    private static decimal M<T>(T value)
        where T : struct, IEstimable<T> => value.Magnitude;

    private static T W<T>(T value, decimal magnitude)
        where T : struct, IEstimable<T> => value.WithMagnitude(magnitude);
}
