namespace DomainModel.Claims;

/// <summary>How precisely a <see cref="ResolvedPeriod"/> is known.</summary>
public enum PeriodKind
{
    /// <summary>Both bounds are known to the day: a whole month ("ad agosto") or year ("nel 2026"). The default value.</summary>
    Exact = 0,

    /// <summary>
    /// The period lies somewhere within a stated window, but its exact days are not said: "all'inizio di dicembre"
    /// / "early December" (days 1–10), "a metà febbraio" / "mid-February" (11–20), "alla fine di ottobre" / "late
    /// October" (21 to the month's end).
    /// </summary>
    Approximate = 1,

    /// <summary>
    /// A deadline, not a range: something happens on or before a day that lies somewhere in the end bound ("entro metà
    /// febbraio" / "by mid-February": by some day from 11 to 20 February). It has no start.
    /// </summary>
    Deadline = 2,
}
