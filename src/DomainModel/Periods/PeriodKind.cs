namespace DomainModel.Periods;

/// <summary>How precisely a period expression places its period.</summary>
public enum PeriodKind
{
    /// <summary>A whole named period: a month ("ad agosto"), a year ("nel 2026", "quest'anno").</summary>
    Exact = 0,

    /// <summary>An approximate part of a month ("all'inizio di dicembre", "mid-February"): the range is the widest reading, by the documented rule.</summary>
    Approximate = 1,

    /// <summary>A deadline ("entro metà febbraio", "by October"): the event happens on or before a day within the range, not during all of it.</summary>
    Deadline = 2,
}
