using System;
using System.Linq;
using DomainModel;
using Xunit;

namespace DomainModel.Tests.Fiscal;

/// <summary>Construction, ordering and text of <see cref="FiscalQuarter"/> (its partition law is in <see cref="FiscalYearTests"/>).</summary>
public sealed class FiscalQuarterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Constructor_NumberOutsideOneToFour_Throws(int number)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalQuarter(FiscalCalendars.Microsoft.Year(2025), number));
        Assert.Equal("number", e.ParamName);
        Assert.Contains("1 to 4", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalCalendars.Microsoft.Year(2025).Quarter(number));
    }

    [Fact]
    public void Ordering_IsByYearThenNumber_WithinOneCalendar()
    {
        var fy25 = FiscalCalendars.Nvidia.Year(2025);
        var fy26 = fy25.Next();
        var quarters = new[] { fy26.Quarter(1), fy25.Quarter(4), fy25.Quarter(1), fy26.Quarter(3) };
        var sorted = quarters.Order().ToArray();
        Assert.Equal([fy25.Quarter(1), fy25.Quarter(4), fy26.Quarter(1), fy26.Quarter(3)], sorted);
        Assert.True(fy25.Quarter(4) < fy26.Quarter(1));
        Assert.True(fy25.Quarter(4) <= fy25.Quarter(4));
        Assert.True(fy26.Quarter(1) > fy25.Quarter(2));
        Assert.True(fy26.Quarter(1) >= fy25.Quarter(2));
        Assert.True(fy26.Quarter(1) != fy25.Quarter(1));
        Assert.Equal(1, fy25.Quarter(1).CompareTo(null));
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => fy25.Quarter(1).CompareTo(fy25)).ParamName);
    }

    [Fact]
    public void Properties_DescribeTheQuarter()
    {
        var q = FiscalCalendars.Microsoft.Year(2026).Quarter(2);
        Assert.Equal("Microsoft FY2026 Q2 (2025-10-01..2025-12-31)", q.ToString());
        Assert.Equal(new DateOnly(2025, 10, 1), q.FirstDay);
        Assert.Equal(new DateOnly(2025, 12, 31), q.LastDay);
        Assert.Equal(92, q.LengthInDays);
        Assert.True(q.Contains(new DateOnly(2025, 12, 15)));
        Assert.False(q.Contains(new DateOnly(2026, 1, 1)));
        Assert.Equal(2, q.Number);
        Assert.Equal(FiscalCalendars.Microsoft.Year(2026), q.Year);
        Assert.True(q.Equals((object)FiscalCalendars.Microsoft.Year(2026).Quarter(2)));
        Assert.Equal(q.GetHashCode(), FiscalCalendars.Microsoft.Year(2026).Quarter(2).GetHashCode());
    }
}
