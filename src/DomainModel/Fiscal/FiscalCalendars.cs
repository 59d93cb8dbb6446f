using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// The fiscal calendars of the companies economic news about AI and chips names most, and the plain calendar year;
/// each with the source of its rule in <see cref="FiscalCalendar.Source"/>. Read-only instances, created once; this is
/// not a registry (nothing can be added), and any other calendar is made with the <see cref="FiscalCalendar"/>
/// factories. <see cref="TryFind"/> and <see cref="Find"/> look a calendar up by company name or alias.
/// </summary>
/// <remarks>
/// Sources: each calendar quotes the company's own statement of its fiscal year (Form 10-K, Form 20-F or annual
/// report wording). Where a detail is not in that statement (which quarter takes a 53rd week, how quarters split
/// into months) the source says where it comes from, or that it is this library's default.
/// </remarks>
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

    /// <summary>
    /// Apple: a 52/53-week year ending on the last Saturday of September, named by the calendar year in which it ends
    /// (fiscal 2024 ended 2024-09-28; fiscal 2023, a 53-week year, ended 2023-09-30). A 53rd week goes to Q1.
    /// </summary>
    public static FiscalCalendar Apple { get; } = FiscalCalendar.WeekBased(
        "Apple",
        9,
        DayOfWeek.Saturday,
        WeekYearEndRule.LastWeekdayOfMonth,
        FiscalYearNaming.ByEndYear,
        WeekPattern.FourFourFive,
        1,
        "Apple Inc. Form 10-K: 'The Company's fiscal year is the 52- or 53-week period that ends on the last Saturday " +
        "of September'; fiscal 2024 ended September 28, 2024 and fiscal 2023 (53 weeks) September 30, 2023. The 53rd " +
        "week in the first quarter (fiscal 2023's first quarter ended December 31, 2022, 14 weeks) is from the 10-K's " +
        "'a 14th week was added to the first quarter' wording as recalled, not re-read. The 4-4-5 month split is this library's default.");

    /// <summary>Oracle: 1 June to 31 May, named by the calendar year in which it ends (FY2025 = 2024-06-01..2025-05-31).</summary>
    public static FiscalCalendar Oracle { get; } = FiscalCalendar.MonthBased(
        "Oracle",
        6,
        1,
        FiscalYearNaming.ByEndYear,
        "Oracle Corporation Form 10-K: 'Annual Report ... for the fiscal year ended May 31, 2025'; Oracle names each " +
        "fiscal year by the calendar year in which it ends (fiscal 2025 began June 1, 2024).");

    /// <summary>
    /// Broadcom: a 52/53-week year ending on the Sunday closest to 31 October, named by the calendar year of that
    /// October (fiscal 2024, a 53-week year, ended 2024-11-03). A 53rd week goes to Q1.
    /// </summary>
    public static FiscalCalendar Broadcom { get; } = FiscalCalendar.WeekBased(
        "Broadcom",
        10,
        DayOfWeek.Sunday,
        WeekYearEndRule.WeekdayNearestEndOfMonth,
        FiscalYearNaming.ByEndYear,
        WeekPattern.FourFourFive,
        1,
        "Broadcom Inc. Form 10-K: 'We have a 52- or 53-week fiscal year that ends on the Sunday closest to October 31'; " +
        "fiscal 2024 (53 weeks) ended November 3, 2024 and fiscal 2023 October 29, 2023. The 53rd week in the first " +
        "quarter (fiscal 2024's first quarter ended February 4, 2024, 14 weeks) is recalled from its filings, not " +
        "re-read. The 4-4-5 month split is this library's default.");

    /// <summary>
    /// AMD: a 52/53-week year ending on the last Saturday of December, named by that year (fiscal 2024 ended
    /// 2024-12-28; fiscal 2022, a 53-week year, ended 2022-12-31). A 53rd week goes to Q1.
    /// </summary>
    public static FiscalCalendar Amd { get; } = FiscalCalendar.WeekBased(
        "AMD",
        12,
        DayOfWeek.Saturday,
        WeekYearEndRule.LastWeekdayOfMonth,
        FiscalYearNaming.ByEndYear,
        WeekPattern.FourFourFive,
        1,
        "Advanced Micro Devices, Inc. Form 10-K: 'Our fiscal year is a 52- or 53-week year ending on the last Saturday " +
        "in December'; fiscal 2024 ended December 28, 2024, fiscal 2023 December 30, 2023. The 53rd week in the first " +
        "quarter (fiscal 2022's first quarter ended April 2, 2022, 14 weeks) is recalled from its filings, not re-read. " +
        "The 4-4-5 month split is this library's default.");

    /// <summary>
    /// Intel: a 52/53-week year ending on the last Saturday of December, named by that year (fiscal 2024 ended
    /// 2024-12-28; fiscal 2022, a 53-week year, ended 2022-12-31). A 53rd week goes to Q1.
    /// </summary>
    public static FiscalCalendar Intel { get; } = FiscalCalendar.WeekBased(
        "Intel",
        12,
        DayOfWeek.Saturday,
        WeekYearEndRule.LastWeekdayOfMonth,
        FiscalYearNaming.ByEndYear,
        WeekPattern.FourFourFive,
        1,
        "Intel Corporation Form 10-K: 'Our fiscal year is the 52- or 53-week period ending on the last Saturday in " +
        "December'; fiscal 2024 ended December 28, 2024. The 53rd week in the first quarter (fiscal 2022's first " +
        "quarter ended April 2, 2022, 14 weeks) is recalled from its filings, not re-read. The 4-4-5 month split is " +
        "this library's default.");

    /// <summary>TSMC: the calendar year (fiscal year ends 31 December).</summary>
    public static FiscalCalendar Tsmc { get; } = FiscalCalendar.CalendarYear(
        "TSMC",
        "Taiwan Semiconductor Manufacturing Company Limited Form 20-F: 'Annual Report ... for the fiscal year ended " +
        "December 31, 2024'.");

    /// <summary>Samsung Electronics: the calendar year (fiscal year ends 31 December).</summary>
    public static FiscalCalendar Samsung { get; } = FiscalCalendar.CalendarYear(
        "Samsung",
        "Samsung Electronics Co., Ltd. consolidated financial statements 'as of and for the years ended December 31, " +
        "2024 and 2023' (from general knowledge of its annual and audit reports; not re-read).");

    /// <summary>Alibaba: 1 April to 31 March, named by the calendar year in which it ends (FY2025 = 2024-04-01..2025-03-31).</summary>
    public static FiscalCalendar Alibaba { get; } = FiscalCalendar.MonthBased(
        "Alibaba",
        4,
        1,
        FiscalYearNaming.ByEndYear,
        "Alibaba Group Holding Limited Form 20-F: 'Annual Report ... for the fiscal year ended March 31, 2025'; Alibaba " +
        "names each fiscal year by the calendar year in which it ends (fiscal 2025 began April 1, 2024).");

    /// <summary>Tencent: the calendar year (financial year ends 31 December).</summary>
    public static FiscalCalendar Tencent { get; } = FiscalCalendar.CalendarYear(
        "Tencent",
        "Tencent Holdings Limited annual report: 'consolidated financial statements ... for the year ended 31 December " +
        "2024' (from general knowledge of its annual reports; not re-read).");

    /// <summary>Baidu: the calendar year (fiscal year ends 31 December).</summary>
    public static FiscalCalendar Baidu { get; } = FiscalCalendar.CalendarYear(
        "Baidu",
        "Baidu, Inc. Form 20-F: 'Annual Report ... for the fiscal year ended December 31, 2024'.");

    /// <summary>JD.com: the calendar year (fiscal year ends 31 December).</summary>
    public static FiscalCalendar JdCom { get; } = FiscalCalendar.CalendarYear(
        "JD.com",
        "JD.com, Inc. Form 20-F: 'Annual Report ... for the fiscal year ended December 31, 2024'.");

    /// <summary>Xiaomi: the calendar year (financial year ends 31 December).</summary>
    public static FiscalCalendar Xiaomi { get; } = FiscalCalendar.CalendarYear(
        "Xiaomi",
        "Xiaomi Corporation annual report: 'consolidated financial statements ... for the year ended 31 December 2024' " +
        "(from general knowledge of its annual reports; not re-read).");

    /// <summary>Every calendar of this class, <see cref="Calendar"/> first, then the companies in the order declared here.</summary>
    public static IReadOnlyList<FiscalCalendar> All { get; } =
    [
        Calendar, ByteDance, Alphabet, Amazon, Meta, Microsoft, Nvidia, Apple, Oracle, Broadcom, Amd, Intel, Tsmc,
        Samsung, Alibaba, Tencent, Baidu, JdCom, Xiaomi,
    ];

    private static readonly Dictionary<string, FiscalCalendar> ByName = BuildNames();

    /// <summary>
    /// Looks a company's calendar up by name or alias, ignoring case and surrounding white space: the calendar's
    /// <see cref="FiscalCalendar.Name"/> ("Apple", "JD.com"), or an alias ("Google" for Alphabet, "Facebook" and
    /// "Meta Platforms" for Meta, "Advanced Micro Devices" for AMD, "Taiwan Semiconductor" for TSMC, "Samsung
    /// Electronics", "Alibaba Group", "JD", "Amazon.com", "NVIDIA Corporation"...). Never throws.
    /// </summary>
    /// <param name="name">The company's name.</param>
    /// <param name="calendar">The calendar, or null when the name is not known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryFind([NotNullWhen(true)] string? name, [NotNullWhen(true)] out FiscalCalendar? calendar)
    {
        calendar = null;
        return name is not null && ByName.TryGetValue(name.Trim(), out calendar);
    }

    /// <summary>Looks a company's calendar up by name or alias (see <see cref="TryFind"/>).</summary>
    /// <param name="name">The company's name.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No calendar is known by that name; the message lists the known names.</exception>
    public static FiscalCalendar Find(string name)
    {
        Preconditions.CheckNotNull(name);
        if (TryFind(name, out var calendar))
        {
            return calendar;
        }

        var names = new List<string>(All.Count);
        foreach (var c in All)
        {
            names.Add(c.Name);
        }

        throw new ArgumentException(
            $"No fiscal calendar is known for '{name}'. Known: {string.Join(", ", names)} (and aliases such as 'Google'); " +
            "define another with FiscalCalendar.CalendarYear, MonthBased or WeekBased.",
            nameof(name));
    }

    private static Dictionary<string, FiscalCalendar> BuildNames()
    {
        var names = new Dictionary<string, FiscalCalendar>(StringComparer.OrdinalIgnoreCase);
        foreach (var calendar in All)
        {
            names.Add(calendar.Name, calendar);
        }

        (string Alias, FiscalCalendar Calendar)[] aliases =
        [
            ("Calendar year", Calendar), ("ByteDance Ltd.", ByteDance), ("ByteDance Ltd", ByteDance),
            ("Google", Alphabet), ("Alphabet Inc.", Alphabet), ("Alphabet Inc", Alphabet),
            ("Amazon.com", Amazon), ("Amazon.com, Inc.", Amazon), ("AWS", Amazon),
            ("Facebook", Meta), ("Meta Platforms", Meta), ("Meta Platforms, Inc.", Meta),
            ("Microsoft Corporation", Microsoft), ("MSFT", Microsoft),
            ("NVIDIA Corporation", Nvidia), ("NVDA", Nvidia),
            ("Apple Inc.", Apple), ("Apple Inc", Apple), ("AAPL", Apple),
            ("Oracle Corporation", Oracle), ("ORCL", Oracle),
            ("Broadcom Inc.", Broadcom), ("Broadcom Inc", Broadcom), ("AVGO", Broadcom),
            ("Advanced Micro Devices", Amd), ("Advanced Micro Devices, Inc.", Amd),
            ("Intel Corporation", Intel), ("INTC", Intel),
            ("Taiwan Semiconductor", Tsmc), ("Taiwan Semiconductor Manufacturing", Tsmc), ("Taiwan Semiconductor Manufacturing Company", Tsmc),
            ("Samsung Electronics", Samsung), ("Samsung Electronics Co., Ltd.", Samsung),
            ("Alibaba Group", Alibaba), ("Alibaba Group Holding", Alibaba), ("Alibaba Group Holding Limited", Alibaba),
            ("Tencent Holdings", Tencent), ("Tencent Holdings Limited", Tencent),
            ("Baidu, Inc.", Baidu), ("Baidu Inc", Baidu),
            ("JD", JdCom), ("JD.com, Inc.", JdCom), ("Jingdong", JdCom),
            ("Xiaomi Corporation", Xiaomi), ("Xiaomi Corp", Xiaomi),
        ];
        foreach (var (alias, calendar) in aliases)
        {
            names.Add(alias, calendar);
        }

        return names;
    }
}
