namespace DomainModel.Claims;

/// <summary>Which year a month named without one ("ad agosto", "by mid-February") is taken to be in, relative to the as-of date.</summary>
public enum MonthWithoutYear
{
    /// <summary>
    /// The occurrence nearest the as-of month: the as-of month itself, one of the five months after it, or one of the
    /// six before it (an exact tie, six months either way, goes to the past). With the article's as-of date (mid
    /// December 2025) "ad agosto" and "in ottobre" are in 2025 and "entro metà febbraio" is February 2026, as the text
    /// means. The default value.
    /// </summary>
    Nearest = 0,

    /// <summary>The most recent occurrence that starts on or before the as-of date (the as-of month itself included).</summary>
    MostRecent = 1,

    /// <summary>The next occurrence that ends on or after the as-of date (the as-of month itself included).</summary>
    Next = 2,
}
