namespace DomainModel;

/// <summary>Which calendar year gives a fiscal year its number (its label).</summary>
/// <remarks>
/// For a month-based year the rule reads on the first or last day. For a 52/53-week year it reads on the month the
/// rule anchors to, because the exact first and last days move by a few days from year to year: see each member.
/// For a calendar-year calendar both rules give the same number, and the calendar always reports
/// <see cref="ByEndYear"/>.
/// </remarks>
public enum FiscalYearNaming
{
    /// <summary>
    /// Named by the calendar year in which the fiscal year ends (Microsoft FY2025 = 2024-07-01..2025-06-30; Nvidia
    /// fiscal 2025 ended on 2025-01-26). For a 52/53-week year: the calendar year of the end month, which is also
    /// the year of the last day except when a "nearest" rule moves a December year end into the first days of January.
    /// The default value.
    /// </summary>
    ByEndYear = 0,

    /// <summary>
    /// Named by the calendar year in which the fiscal year starts (a year 2024-07-01..2025-06-30 is FY2024). For a
    /// 52/53-week year: the calendar year of the first full month (the month after the end month); the first day
    /// itself can fall a few days earlier, at the end of the previous calendar year.
    /// </summary>
    ByStartYear = 1,
}
