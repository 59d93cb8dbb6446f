using System;
using DomainModel;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.Quantities;

/// <summary>Active users keep their reporting period as the model's one span of days.</summary>
public sealed class ActiveUsersPeriodTests
{
    [Fact]
    public void Period_IsTheDateRangeOfTheReportingPeriod()
    {
        var august = ActiveUsers.Monthly(157_000_000, 2025, 8);
        Assert.Equal(DateRange.OfMonth(2025, 8), august.Period);
        Assert.Equal(new DateOnly(2025, 8, 31), august.PeriodEnd);
        Assert.Equal(new DateRange(new DateOnly(1, 1, 1), new DateOnly(1, 1, 1)), default(ActiveUsers).Period);
    }
}
