using System;

namespace DomainModel.Fiscal;

/// <summary>
/// The fiscal calendars of the companies in the article, and the plain calendar year; each with the source of its
/// rule in <see cref="FiscalCalendar.Source"/>. Read-only instances, created once; this is not a registry (nothing
/// can be added), and any other calendar is made with the <see cref="FiscalCalendar"/> factories.
/// </summary>
public static class FiscalCalendars
{
    /// <summary>The calendar year, 1 January to 31 December, named "Calendar" (the calendar of <c>default(FiscalYear)</c>).</summary>
    public static FiscalCalendar Calendar { get; } = FiscalCalendar.CalendarYear(
        "Calendar",
        "The Gregorian calendar year.");

    /// <summary>ByteDance: the calendar year (an assumption: ByteDance is private and files no annual report).</summary>
    public static FiscalCalendar ByteDance { get; } = FiscalCalendar.CalendarYear(
        "ByteDance",
        "Assumption: ByteDance Ltd. is privately held and publishes no audited annual report; the revenue and spending " +
        "figures it discloses or that are reported for it are for calendar years (e.g. '2024 revenue'), so its fiscal " +
        "year is taken to be the calendar year.");

    /// <summary>Alphabet: the calendar year (fiscal year ends 31 December).</summary>
    public static FiscalCalendar Alphabet { get; } = FiscalCalendar.CalendarYear(
        "Alphabet",
        "Alphabet Inc. Form 10-K: 'Annual Report ... for the fiscal year ended December 31' (e.g. December 31, 2024).");

    /// <summary>Amazon: the calendar year (fiscal year ends 31 December).</summary>
    public static FiscalCalendar Amazon { get; } = FiscalCalendar.CalendarYear(
        "Amazon",
        "Amazon.com, Inc. Form 10-K: 'Annual Report ... for the fiscal year ended December 31' (e.g. December 31, 2024).");

    /// <summary>Meta: the calendar year (fiscal year ends 31 December).</summary>
    public static FiscalCalendar Meta { get; } = FiscalCalendar.CalendarYear(
        "Meta",
        "Meta Platforms, Inc. Form 10-K: 'Annual Report ... for the fiscal year ended December 31' (e.g. December 31, 2024).");

    /// <summary>Microsoft: 1 July to 30 June, named by the calendar year in which it ends (FY2025 = 2024-07-01..2025-06-30).</summary>
    public static FiscalCalendar Microsoft { get; } = FiscalCalendar.MonthBased(
        "Microsoft",
        7,
        1,
        FiscalYearNaming.ByEndYear,
        "Microsoft Corporation Form 10-K: 'Annual Report ... for the fiscal year ended June 30, 2025' (fiscal year 2025 " +
        "began July 1, 2024); Microsoft names each fiscal year by the calendar year in which it ends.");

    /// <summary>
    /// Nvidia: a 52/53-week year ending on the last Sunday of January, named by the calendar year in which it ends
    /// (fiscal 2025 ended 2025-01-26; fiscal 2026 ends 2026-01-25). Quarters of 13 weeks; a 53rd week goes to Q4.
    /// </summary>
    public static FiscalCalendar Nvidia { get; } = FiscalCalendar.WeekBased(
        "Nvidia",
        1,
        DayOfWeek.Sunday,
        WeekYearEndRule.LastWeekdayOfMonth,
        FiscalYearNaming.ByEndYear,
        WeekPattern.FourFourFive,
        4,
        "NVIDIA Corporation Form 10-K: 'We operate on a 52- or 53-week year, ending on the last Sunday in January'; " +
        "fiscal years 2025, 2024 and 2023 ended January 26, 2025, January 28, 2024 and January 29, 2023 and were " +
        "52-week years; fiscal year 2021 (ended January 31, 2021) was a 53-week year with a 14-week fourth quarter. " +
        "The 4-4-5 split of quarters into months is this library's default: Nvidia reports quarters, not months.");
}
