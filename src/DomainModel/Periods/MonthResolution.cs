namespace DomainModel.Periods;

/// <summary>Which year a month named without one ("ad agosto") falls in, relative to the as-of date.</summary>
public enum MonthResolution
{
    /// <summary>The occurrence of the month nearest the as-of month; a tie goes to the past. As of December 2025, "agosto" is August 2025 and "febbraio" February 2026.</summary>
    Nearest = 0,

    /// <summary>The latest occurrence that has begun by the as-of month (reporting on the past).</summary>
    MostRecent = 1,

    /// <summary>The first occurrence from the as-of month on (plans and deadlines).</summary>
    Next = 2,
}
