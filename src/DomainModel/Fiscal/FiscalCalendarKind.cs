namespace DomainModel;

/// <summary>How a <see cref="FiscalCalendar"/> divides time into fiscal years.</summary>
public enum FiscalCalendarKind
{
    /// <summary>The fiscal year is the calendar year, 1 January to 31 December (Alphabet, Amazon, Meta). The default value.</summary>
    CalendarYear = 0,

    /// <summary>The fiscal year starts every year on the same month and day (Microsoft: 1 July) and lasts 365 or 366 days.</summary>
    MonthBased = 1,

    /// <summary>
    /// The fiscal year ends on a given weekday at the end of a month (Nvidia: the last Sunday of January), so it
    /// lasts 52 or 53 whole weeks (364 or 371 days).
    /// </summary>
    WeekBased = 2,
}
