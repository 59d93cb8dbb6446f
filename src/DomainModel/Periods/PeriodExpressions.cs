using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using DomainModel.Utility;

namespace DomainModel.Periods;

/// <summary>
/// Resolves the period expressions of news text, in Italian and English, against an explicit as-of date (nothing reads
/// the clock): months ("ad agosto", "in October", "a dicembre 2025"), years ("nel 2026", "quest'anno", "this year",
/// "l'anno scorso"), parts of months ("all'inizio di dicembre", "early December", "metà febbraio", "mid-February",
/// "alla fine di marzo", "late March") and deadlines ("entro metà febbraio", "by mid-February", "entro ottobre").
/// </summary>
/// <remarks>
/// <para>Rules: early = days 1–10 of the month, mid = days 11–20, late/end = day 21 to the month's last day. A month
/// without a year is placed by <see cref="MonthResolution"/> (default <see cref="MonthResolution.Nearest"/>). A deadline
/// keeps the window its words name (all of February for "entro febbraio"): the event happens on or before a day in it.</para>
/// <para>Matching ignores case, extra white space and the typographic apostrophe (’ reads as '). Stateless and thread-safe.</para>
/// </remarks>
public static class PeriodExpressions
{
    private static readonly string[] ItalianMonths = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];
    private static readonly string[] EnglishMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly Regex Expression = new(
        @"^(?<deadline>entro |by )?(?:(?:ad|a|in|nel|nella|during|durante) )?(?:(?<part>all'inizio di |all'inizio del mese di |inizio |early |at the beginning of |the beginning of |a metà |metà |mid-|mid |in the middle of |the middle of |alla fine di |fine |late |at the end of |the end of |end of )(?:di )?)?(?<month>[a-z]+)(?: (?:del )?(?<year>\d{4}))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    private static readonly Regex YearOnly = new(
        @"^(?<deadline>entro il |entro |by )?(?:(?:nel|in|during|durante) )?(?<year>\d{4})$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    /// <summary>Resolves an expression, placing months without a year by <see cref="MonthResolution.Nearest"/>.</summary>
    /// <param name="text">The expression, e.g. "entro metà febbraio".</param>
    /// <param name="asOf">The date the text speaks from (usually its publication date).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The expression is not one this class knows; the message names it.</exception>
    public static ResolvedPeriod Resolve(string text, DateOnly asOf) => Resolve(text, asOf, MonthResolution.Nearest);

    /// <summary>Resolves an expression.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="asOf">The date the text speaks from.</param>
    /// <param name="months">How to place a month named without a year.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The expression is not one this class knows; the message names it.</exception>
    public static ResolvedPeriod Resolve(string text, DateOnly asOf, MonthResolution months)
    {
        Preconditions.CheckNotNull(text);
        return TryResolve(text, asOf, months, out var period)
            ? period
            : throw new FormatException($"'{text}' is not a period expression this library knows: a month ('ad agosto', 'in October'), a year ('nel 2026', 'quest'anno'), a part of a month ('all'inizio di dicembre', 'mid-February') or a deadline ('entro metà febbraio', 'by October').");
    }

    /// <summary>Resolves an expression without throwing.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="asOf">The date the text speaks from.</param>
    /// <param name="months">How to place a month named without a year.</param>
    /// <param name="period">The period, or null.</param>
    /// <returns>Whether the expression is known.</returns>
    public static bool TryResolve([NotNullWhen(true)] string? text, DateOnly asOf, MonthResolution months, [NotNullWhen(true)] out ResolvedPeriod? period)
    {
        period = null;
        if (text is null || months is not (MonthResolution.Nearest or MonthResolution.MostRecent or MonthResolution.Next))
        {
            return false;
        }

        string normal = Normalize(text);
        if (RelativeYear(normal) is int offset)
        {
            int year = asOf.Year + offset;
            if (year is < 1 or > 9999)
            {
                return false;
            }

            period = new ResolvedPeriod(text, PeriodKind.Exact, DateRange.Year(year), string.Create(CultureInfo.InvariantCulture, $"the calendar year of the as-of date {asOf:yyyy-MM-dd}{(offset == 0 ? string.Empty : offset > 0 ? " plus one" : " minus one")}"));
            return true;
        }

        var yearOnly = YearOnly.Match(normal);
        if (yearOnly.Success)
        {
            int year = int.Parse(yearOnly.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            if (year < 1)
            {
                return false;
            }

            bool deadline = yearOnly.Groups["deadline"].Success;
            period = new ResolvedPeriod(text, deadline ? PeriodKind.Deadline : PeriodKind.Exact, DateRange.Year(year), deadline ? "deadline within the named year" : "the named calendar year");
            return true;
        }

        var match = Expression.Match(normal);
        if (!match.Success || MonthOf(match.Groups["month"].Value) is not int month)
        {
            return false;
        }

        string rule;
        int resolvedYear;
        if (match.Groups["year"].Success)
        {
            resolvedYear = int.Parse(match.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            if (resolvedYear < 1)
            {
                return false;
            }

            rule = "month of the named year";
        }
        else
        {
            resolvedYear = YearOfMonth(month, asOf, months);
            if (resolvedYear is < 1 or > 9999)
            {
                return false;
            }

            rule = string.Create(CultureInfo.InvariantCulture, $"month without a year: {months} to {asOf:yyyy-MM-dd}");
        }

        var whole = DateRange.Month(resolvedYear, month);
        var range = whole;
        var kind = PeriodKind.Exact;
        if (match.Groups["part"].Success)
        {
            kind = PeriodKind.Approximate;
            string part = match.Groups["part"].Value;
            (int first, int last, string name) = part.Contains("inizio", StringComparison.Ordinal) || part.Contains("early", StringComparison.Ordinal) || part.Contains("beginning", StringComparison.Ordinal)
                ? (1, 10, "early = days 1-10")
                : part.Contains("met", StringComparison.Ordinal) || part.Contains("mid", StringComparison.Ordinal)
                    ? (11, 20, "mid = days 11-20")
                    : (21, whole.LengthInDays, "late/end = day 21 to the last day");
            range = new DateRange(new DateOnly(resolvedYear, month, first), new DateOnly(resolvedYear, month, last));
            rule = name + "; " + rule;
        }

        if (match.Groups["deadline"].Success)
        {
            kind = PeriodKind.Deadline;
            rule = "deadline: on or before a day in the range; " + rule;
        }

        period = new ResolvedPeriod(text, kind, range, rule);
        return true;
    }

    private static string Normalize(string text)
    {
        string lower = text.Trim().ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
        return Regex.Replace(lower, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    private static int? RelativeYear(string normal) => normal switch
    {
        "quest'anno" or "questo anno" or "nell'anno in corso" or "this year" => 0,
        "l'anno scorso" or "lo scorso anno" or "l'anno passato" or "last year" => -1,
        "l'anno prossimo" or "il prossimo anno" or "next year" => 1,
        _ => null,
    };

    private static int? MonthOf(string word)
    {
        int i = Array.IndexOf(ItalianMonths, word);
        if (i < 0)
        {
            i = Array.IndexOf(EnglishMonths, word);
        }

        return i < 0 ? null : i + 1;
    }

    private static int YearOfMonth(int month, DateOnly asOf, MonthResolution resolution)
    {
        int past = month <= asOf.Month ? asOf.Year : asOf.Year - 1;
        int next = month >= asOf.Month ? asOf.Year : asOf.Year + 1;
        return resolution switch
        {
            MonthResolution.MostRecent => past,
            MonthResolution.Next => next,
            _ => MonthsBetween(asOf, next, month) < MonthsBetween(asOf, past, month) ? next : past,
        };
    }

    private static int MonthsBetween(DateOnly asOf, int year, int month) => Math.Abs(((year * 12) + month) - ((asOf.Year * 12) + asOf.Month));
}
