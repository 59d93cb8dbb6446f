namespace DomainModel.Fiscal;

/// <summary>How a fiscal calendar cuts time into years.</summary>
public enum FiscalCalendarKind
{
    /// <summary>1 January to 31 December.</summary>
    CalendarYear = 0,

    /// <summary>A year starting on a fixed month and day (Microsoft: 1 July).</summary>
    MonthBased = 1,

    /// <summary>52 or 53 whole weeks, ending on a fixed weekday at the end of a month (Nvidia: the last Sunday of January).</summary>
    FiftyTwoFiftyThreeWeek = 2,
}
