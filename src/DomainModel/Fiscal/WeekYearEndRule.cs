namespace DomainModel;

/// <summary>Where a 52/53-week fiscal year ends, given a weekday and a month (both rules are used in practice).</summary>
public enum WeekYearEndRule
{
    /// <summary>
    /// On the last such weekday of the month, i.e. within the month's last seven days (Nvidia: the last Sunday of
    /// January). The default value.
    /// </summary>
    LastWeekdayOfMonth = 0,

    /// <summary>
    /// On the such weekday nearest the month's last day, at most three days before or after it, so the year can end
    /// in the first days of the following month (e.g. the Saturday nearest 31 August can be 3 September).
    /// </summary>
    WeekdayNearestEndOfMonth = 1,
}
