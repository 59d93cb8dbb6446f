using System;
using DomainModel;
using Xunit;

namespace DomainModel.Tests.Docs;

/// <summary>The code blocks of docs/fiscal.md, run and checked.</summary>
public sealed class FiscalGuideTests
{
    [Fact]
    public void FiscalYears()
    {
        #region snippet: fiscal-years
        var microsoft = new FiscalYear(FiscalCalendars.Microsoft, 2026);   // FY2026: 1 July 2025 – 30 June 2026
        var alphabet = new FiscalYear(FiscalCalendars.Alphabet, 2025);     // the calendar year 2025
        DateOnly first = microsoft.FirstDay;                               // 2025-07-01
        FiscalQuarter q2 = microsoft.Quarter(2);                           // October – December 2025
        int shared = microsoft.OverlapDays(alphabet);                      // 184 days (July – December 2025)
        bool sameKind = false;
        try { _ = microsoft < alphabet; }
        catch (MismatchException) { sameKind = true; }      // years of different calendars do not compare
        #endregion

        Assert.Equal(new DateOnly(2025, 7, 1), first);
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)), (q2.FirstDay, q2.LastDay));
        Assert.Equal(184, shared);
        Assert.True(sameKind);
    }
}
