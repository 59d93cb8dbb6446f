namespace DomainModel.Fiscal;

/// <summary>Where a 52/53-week year ends.</summary>
public enum WeekYearEndRule
{
    /// <summary>On the last given weekday of the end month (Nvidia: the last Sunday of January).</summary>
    LastWeekdayOfMonth = 0,

    /// <summary>On the given weekday nearest the last day of the end month, which may fall up to three days into the next month.</summary>
    WeekdayNearestEndOfMonth = 1,
}
