using System;

namespace DomainModel.Fiscal;

/// <summary>
/// The fiscal calendars of the companies the first article names, each with the source of its rule. Read-only
/// instances, not a registry: define others with the <see cref="FiscalCalendar"/> factories.
/// </summary>
public static class FiscalCalendars
{
    /// <summary>Plain calendar years.</summary>
    public static FiscalCalendar Gregorian { get; } = FiscalCalendar.CalendarYear("Calendar", "The Gregorian calendar year.");

    /// <summary>ByteDance: calendar years (an assumption: the company is private and publishes no filings; its reported annual figures and the budgets news reports for it are by calendar year).</summary>
    public static FiscalCalendar ByteDance { get; } = FiscalCalendar.CalendarYear("ByteDance", "Assumed calendar year: ByteDance is private and files no annual report; the figures reported for it (revenue, AI budgets) are by calendar year.");

    /// <summary>Alphabet: calendar years (Form 10-K: fiscal year ended December 31).</summary>
    public static FiscalCalendar Alphabet { get; } = FiscalCalendar.CalendarYear("Alphabet", "Alphabet Inc. Form 10-K: fiscal year ended December 31.");

    /// <summary>Amazon: calendar years (Form 10-K: fiscal year ended December 31).</summary>
    public static FiscalCalendar Amazon { get; } = FiscalCalendar.CalendarYear("Amazon", "Amazon.com, Inc. Form 10-K: fiscal year ended December 31.");

    /// <summary>Meta: calendar years (Form 10-K: fiscal year ended December 31).</summary>
    public static FiscalCalendar Meta { get; } = FiscalCalendar.CalendarYear("Meta", "Meta Platforms, Inc. Form 10-K: fiscal year ended December 31.");

    /// <summary>Microsoft: 1 July to 30 June, named by the year it ends (FY2025 = 2024-07-01 to 2025-06-30; Form 10-K: fiscal year ended June 30).</summary>
    public static FiscalCalendar Microsoft { get; } = FiscalCalendar.MonthBased("Microsoft", 7, 1, FiscalYearNaming.ByEndYear, "Microsoft Corporation Form 10-K: fiscal year ended June 30; FY2025 ended June 30, 2025.");

    /// <summary>Nvidia: 52/53-week years ending on the last Sunday of January, named by the year they end (fiscal 2025 ended January 26, 2025).</summary>
    public static FiscalCalendar Nvidia { get; } = FiscalCalendar.FiftyTwoFiftyThreeWeek(
        "Nvidia", 1, DayOfWeek.Sunday, WeekYearEndRule.LastWeekdayOfMonth, FiscalYearNaming.ByEndYear, 4,
        "NVIDIA Corporation Form 10-K: 52- or 53-week fiscal year ending on the last Sunday in January; fiscal 2025 ended January 26, 2025, fiscal 2021 had 53 weeks.");
}
