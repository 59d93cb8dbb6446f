namespace DomainModel;

/// <summary>
/// How each 13-week quarter of a 52/53-week year is split into three fiscal months, in weeks. In a 53-week year the
/// extra week goes to the last month of the quarter named by <see cref="FiscalCalendar.ExtraWeekQuarter"/>.
/// </summary>
public enum WeekPattern
{
    /// <summary>4, 4 and 5 weeks (the most common pattern). The default value.</summary>
    FourFourFive = 0,

    /// <summary>4, 5 and 4 weeks.</summary>
    FourFiveFour = 1,

    /// <summary>5, 4 and 4 weeks.</summary>
    FiveFourFour = 2,
}
