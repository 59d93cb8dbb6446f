namespace DomainModel.Text;

/// <summary>The part of a month (or, for a year, of the year) that period words name: "early", "mid", "late" or all of it.</summary>
internal enum MonthPart
{
    /// <summary>The whole month ("in March", "a marzo").</summary>
    Whole,

    /// <summary>"early", "inizio", "Anfang": days 1–10 of a month, January–April of a year.</summary>
    Early,

    /// <summary>"mid", "metà", "Mitte": days 11–20 of a month, May–August of a year.</summary>
    Mid,

    /// <summary>"late", "fine", "Ende": day 21 to the end of a month, September–December of a year.</summary>
    Late,
}
