using System;
using DomainModel;
using Xunit;

namespace DomainModel.Tests.Quantities;

public sealed class ActiveUsersTests
{
    [Fact]
    public void Monthly_CoversTheCalendarMonth_AndGrowthCompares()
    {
        var august = ActiveUsers.Monthly(157_000_000, 2025, 8);
        var october = ActiveUsers.Monthly(159_000_000, 2025, 10);
        Assert.Equal(new DateOnly(2025, 8, 1), august.PeriodStart);
        Assert.Equal(new DateOnly(2025, 8, 31), august.PeriodEnd);
        Assert.True(october > august);
        Assert.Equal(new UnitCount(157_000_000, new CountKind("monthly active user")), august.ToUnitCount());
        Assert.Equal("157000000 monthly active users, 2025-08-01..2025-08-31", august.ToString());
    }

    [Fact]
    public void DifferentWindows_DoNotCompare()
    {
        var e = Assert.Throws<MismatchException>(() =>
            ActiveUsers.Monthly(1, 2025, 8) < ActiveUsers.Daily(1, new DateOnly(2025, 8, 1)));
        Assert.Contains("'monthly active user' and 'daily active user'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BadInput_Throws()
    {
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => ActiveUsers.Monthly(-1, 2025, 8));
        Assert.Equal("users", negative.ParamName);
        var reversed = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ActiveUsers(1, ActivityWindow.Monthly, new DateOnly(2025, 9, 1), new DateOnly(2025, 8, 1)));
        Assert.Equal("periodEnd", reversed.ParamName);
        Assert.Contains("cannot end before it starts (2025-09-01)", reversed.Message, StringComparison.Ordinal);
    }
}
