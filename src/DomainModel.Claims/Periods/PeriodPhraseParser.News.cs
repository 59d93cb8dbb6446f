using System;
using System.Collections.Generic;
using System.Globalization;
using DomainModel.Text;
using DomainModel;

namespace DomainModel.Claims;

/// <summary>
/// The period words beyond single months and years: parts of a year ("early 2024", "fine 2025"), quarters and halves
/// ("Q3 2025", "il secondo trimestre", "H1 2025"), a company's fiscal periods ("Q4 FY2026", "fiscal 2025",
/// "l'esercizio 2025"), days, weeks and day ranges ("the week of March 16-22, 2026", "16 marzo 2026"), and spans
/// ("over the next three years", "negli ultimi 12 mesi", "since its May 2024 launch"). Works on the normalised
/// phrase (lower case, accents folded, hyphens and commas as spaces); never throws.
/// </summary>
internal static partial class PeriodPhraseParser
{
    private static readonly HashSet<string> Filler = new([.. Words.PeriodFiller, .. Words.FiscalWords, .. Words.CurrentWords, "fy"], StringComparer.Ordinal);

    private static ParseError ParseNewsPhrase(string text, string s, DateOnly asOf, MonthWithoutYear rule, FiscalCalendar? calendar, bool deadline, out ResolvedPeriod period)
    {
        period = default;
        var outcome = TryYearPart(s, out var window);
        if (outcome is null)
        {
            outcome = TryLastQuarter(s, asOf, calendar, out window);
        }

        if (outcome is null)
        {
            outcome = TryQuarterOrHalf(s, asOf, calendar, out window, out bool _);
        }

        if (outcome is null)
        {
            outcome = TryDays(s, asOf, rule, out window);
        }

        if (outcome is ParseError.None)
        {
            bool approximate = window.Approximate;
            var kind = deadline ? PeriodKind.Deadline : approximate ? PeriodKind.Approximate : PeriodKind.Exact;
            period = new ResolvedPeriod(text, asOf, kind, window.Range, wholeUnit: !approximate);
            return ParseError.None;
        }

        if (outcome is not null)
        {
            return outcome.Value;
        }

        outcome = TrySpan(s, asOf, out var startBound, out var endBound, out bool approximateStart);
        if (outcome is null && !deadline)
        {
            outcome = TrySince(s, asOf, rule, out startBound, out endBound, out approximateStart);
        }

        if (outcome is ParseError.None)
        {
            period = deadline
                ? new ResolvedPeriod(text, asOf, PeriodKind.Deadline, endBound, wholeUnit: false)
                : new ResolvedPeriod(text, asOf, approximateStart ? PeriodKind.Approximate : PeriodKind.Exact, startBound, endBound);
            return ParseError.None;
        }

        return outcome ?? ParseError.UnknownPeriod;
    }

    private readonly record struct PhraseWindow(DateRange Range, bool Approximate);

    // ---- Parts of a year: early / mid / late / end ------------------------------------------------------------

    /// <summary>The year-part prefixes of <see cref="Lexicon.MonthPrefixes"/> ("fine ", "inizio di "), each with its "del" form ("inizio del ") or itself again, built once.</summary>
    internal static readonly (string Prefix, string Del, MonthPart Part)[] YearPartPrefixes = BuildYearPartPrefixes();

    private static (string, string, MonthPart)[] BuildYearPartPrefixes()
    {
        var result = new List<(string, string, MonthPart)>();
        foreach (var (prefix, part) in Lexicon.Any.MonthPrefixes)
        {
            if (part != MonthPart.Whole)
            {
                result.Add((prefix, prefix.EndsWith("di ", StringComparison.Ordinal) ? prefix[..^3] + "del " : prefix, part));
            }
        }

        return [.. result];
    }

    private static ParseError? TryYearPart(string s, out PhraseWindow window)
    {
        window = default;
        foreach (var (prefix, del, part) in YearPartPrefixes)
        {
            foreach (string candidate in (ReadOnlySpan<string>)[prefix, del])
            {
                if (s.StartsWith(candidate, StringComparison.Ordinal) && TryFourDigitYear(s.AsSpan(candidate.Length), out int year))
                {
                    if (year > 9999)
                    {
                        return ParseError.YearOutOfRange;
                    }

                    (int from, int to) = part switch
                    {
                        MonthPart.Early => (1, 4),
                        MonthPart.Mid => (5, 8),
                        _ => (9, 12),
                    };
                    window = new PhraseWindow(DateRange.Trusted(new DateOnly(year, from, 1), new DateOnly(year, to, DateTime.DaysInMonth(year, to))), true);
                    return ParseError.None;
                }
            }
        }

        return null;
    }

    // ---- Quarters and halves, calendar or fiscal ----------------------------------------------------------------

    private static ParseError? TryQuarterOrHalf(string s, DateOnly asOf, FiscalCalendar? calendar, out PhraseWindow window, out bool fiscal)
    {
        window = default;
        fiscal = false;
        int? year = null;
        int quarter = 0;
        int half = 0;
        bool recognised = false;
        bool current = false;
        int? splitYear = null;
        string[] tokens = Tokens(s);
        for (int i = 0; i < tokens.Length; i++)
        {
            string t = tokens[i];
            if (t.Length == 2 && t[0] is 'q' or 'h' && t[1] is >= '1' and <= '4' && (t[0] == 'q' || t[1] <= '2'))
            {
                if (quarter != 0 || half != 0)
                {
                    return null;
                }

                (quarter, half) = t[0] == 'q' ? (t[1] - '0', 0) : (0, t[1] - '0');
                recognised = true;
                continue;
            }

            if (t.StartsWith("fy", StringComparison.Ordinal))
            {
                fiscal = true;
                recognised = true;
                string digits = t[2..];
                if (digits.Length == 0 && i + 1 < tokens.Length && IsDigits(tokens[i + 1]) && tokens[i + 1].Length is 2 or 4)
                {
                    digits = tokens[++i];
                }

                if (digits.Length > 0)
                {
                    if (year is not null || !IsDigits(digits) || digits.Length is not (2 or 4))
                    {
                        return null;
                    }

                    year = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) + (digits.Length == 2 ? 2000 : 0);
                }

                continue;
            }

            if (Array.IndexOf(Words.FiscalWords, t) >= 0)
            {
                fiscal = true;
                recognised = true;
                continue;
            }

            if (Array.IndexOf(Words.CurrentWords, t) >= 0)
            {
                current = true;
                continue;
            }

            // A fiscal year written by its two calendar years: "2025/26", "2025/2026" (Geschäftsjahr 2025/26).
            if (TrySplitYear(t, out int first))
            {
                if (year is not null || splitYear is not null)
                {
                    return null;
                }

                splitYear = first;
                fiscal = true;
                recognised = true;
                continue;
            }

            if (IsDigits(t) && t.Length == 4)
            {
                if (year is not null)
                {
                    return null;
                }

                year = int.Parse(t, NumberStyles.None, CultureInfo.InvariantCulture);
                continue;
            }

            int ordinal = OrdinalOf(t);
            if (ordinal > 0 && i + 1 < tokens.Length)
            {
                string unit = tokens[i + 1];
                if (Array.IndexOf(Words.QuarterWords, unit) >= 0 && quarter == 0 && half == 0)
                {
                    quarter = ordinal;
                    recognised = true;
                    i++;
                    continue;
                }

                if (Array.IndexOf(Words.HalfWords, unit) >= 0 && ordinal <= 2 && quarter == 0 && half == 0)
                {
                    half = ordinal;
                    recognised = true;
                    i++;
                    continue;
                }
            }

            if (!Filler.Contains(t))
            {
                return null;
            }
        }

        if (!recognised || (!fiscal && quarter == 0 && half == 0))
        {
            return null;
        }

        // "the current second quarter", "das laufende zweite Quartal": with a calendar, the company's quarter.
        if (current && calendar is not null && year is null)
        {
            fiscal = true;
        }

        if (!fiscal)
        {
            int y = year ?? asOf.Year;
            if (y is < 1 or > 9999)
            {
                return ParseError.YearOutOfRange;
            }

            int firstMonth = quarter > 0 ? (3 * (quarter - 1)) + 1 : half == 1 ? 1 : 7;
            int lastMonth = quarter > 0 ? firstMonth + 2 : firstMonth + 5;
            window = new PhraseWindow(DateRange.Trusted(new DateOnly(y, firstMonth, 1), new DateOnly(y, lastMonth, DateTime.DaysInMonth(y, lastMonth))), false);
            return ParseError.None;
        }

        if (calendar is null)
        {
            return ParseError.NeedsFiscalCalendar;
        }

        FiscalYear fy;
        if (splitYear is { } startYear)
        {
            if (startYear is < FiscalYear.MinLabel or >= FiscalYear.MaxLabel)
            {
                return ParseError.YearOutOfRange;
            }

            // The fiscal year that starts in the first year and ends in the second, whatever the calendar's naming.
            FiscalYear? found = null;
            foreach (int candidate in (ReadOnlySpan<int>)[startYear, startYear + 1])
            {
                var y = calendar.Year(candidate);
                if (y.Range.Start.Year == startYear && y.Range.End.Year == startYear + 1)
                {
                    found = y;
                    break;
                }
            }

            if (found is null)
            {
                return ParseError.UnknownPeriod;
            }

            fy = found.Value;
        }
        else if (year is { } label)
        {
            if (label is < FiscalYear.MinLabel or > FiscalYear.MaxLabel)
            {
                return ParseError.YearOutOfRange;
            }

            fy = calendar.Year(label);
        }
        else
        {
            if (!calendar.SupportedRange.Contains(asOf))
            {
                return ParseError.YearOutOfRange;
            }

            fy = calendar.YearOf(asOf);
        }

        var range = quarter > 0 ? fy.Quarter(quarter).Range
            : half == 1 ? DateRange.Trusted(fy.Quarter(1).FirstDay, fy.Quarter(2).LastDay)
            : half == 2 ? DateRange.Trusted(fy.Quarter(3).FirstDay, fy.Quarter(4).LastDay)
            : fy.Range;
        window = new PhraseWindow(range, false);
        return ParseError.None;
    }

    // ---- Days, day ranges and weeks -----------------------------------------------------------------------------

    private static ParseError? TryDays(string s, DateOnly asOf, MonthWithoutYear rule, out PhraseWindow window)
    {
        window = default;
        bool week = false;
        foreach (string prefix in Words.WeekPrefixes)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal))
            {
                week = true;
                s = s[prefix.Length..];
                break;
            }
        }

        string[] tokens = Tokens(s);
        int month = 0;
        int? year = null;
        var days = new List<int>(2);
        foreach (string token in tokens)
        {
            // A day written with its '.' ("am 30. September", "30. Sept. 2025").
            string t = token.Length is 2 or 3 && token[^1] == '.' && IsDigits(token[..^1]) ? token[..^1] : token;
            int m = MonthOf(t);
            if (m > 0)
            {
                if (month != 0)
                {
                    return null;
                }

                month = m;
            }
            else if (IsDigits(t) && t.Length <= 2)
            {
                if (days.Count == 2 || year is not null)
                {
                    return null;
                }

                days.Add(int.Parse(t, NumberStyles.None, CultureInfo.InvariantCulture));
            }
            else if (IsDigits(t) && t.Length == 4 && month != 0 && days.Count > 0)
            {
                year = int.Parse(t, NumberStyles.None, CultureInfo.InvariantCulture);
            }
            else if (Array.IndexOf(Words.DayFiller, t) < 0)
            {
                return null;
            }
        }

        if (month == 0 || days.Count == 0)
        {
            return null;
        }

        int y = year ?? YearOfMonth(month, asOf, rule);
        if (y is < 1 or > 9999)
        {
            return ParseError.YearOutOfRange;
        }

        int last = DateTime.DaysInMonth(y, month);
        if (AnyDayOutside(days, last) || (days.Count == 2 && days[1] < days[0]))
        {
            return ParseError.NoSuchDay;
        }

        var first = new DateOnly(y, month, days[0]);
        DateOnly end;
        if (days.Count == 2)
        {
            end = new DateOnly(y, month, days[1]);
        }
        else if (week)
        {
            if (first.DayNumber + 6 > DateOnly.MaxValue.DayNumber)
            {
                return ParseError.YearOutOfRange;
            }

            end = first.AddDays(6);
        }
        else
        {
            end = first;
        }

        window = new PhraseWindow(DateRange.Trusted(first, end), false);
        return ParseError.None;
    }

    // ---- Spans: the next / the last N units, since a month or year -----------------------------------------------

    private static ParseError? TrySpan(string s, DateOnly asOf, out DateRange startBound, out DateRange endBound, out bool approximateStart)
    {
        startBound = default;
        endBound = default;
        approximateStart = false;
        foreach (var (prefixes, forward) in (ReadOnlySpan<(string[], bool)>)[(Words.NextPrefixes, true), (Words.LastPrefixes, false)])
        {
            foreach (string prefix in prefixes)
            {
                if (!s.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                string[] tokens = Tokens(s[prefix.Length..]);
                if (tokens.Length != 2 || !TryCount(tokens[0], out int n) || !TryUnit(tokens[1], out int months, out int days))
                {
                    return null;
                }

                long totalMonths = (long)months * n;
                long totalDays = (long)days * n;
                if (totalMonths > 12 * 1000 || totalDays > 366 * 1000)
                {
                    return ParseError.YearOutOfRange;
                }

                if (!TryShift(asOf, forward ? (int)totalMonths : -(int)totalMonths, forward ? (int)totalDays : -(int)totalDays, out var other))
                {
                    return ParseError.YearOutOfRange;
                }

                if (forward)
                {
                    if (asOf == DateOnly.MaxValue)
                    {
                        return ParseError.YearOutOfRange;
                    }

                    startBound = DateRange.SingleDay(asOf.AddDays(1));
                    endBound = DateRange.SingleDay(other);
                }
                else
                {
                    if (other == DateOnly.MaxValue)
                    {
                        return ParseError.YearOutOfRange;
                    }

                    startBound = DateRange.SingleDay(other.AddDays(1));
                    endBound = DateRange.SingleDay(asOf);
                }

                return ParseError.None;
            }
        }

        return null;
    }

    private static ParseError? TrySince(string s, DateOnly asOf, MonthWithoutYear rule, out DateRange startBound, out DateRange endBound, out bool approximateStart)
    {
        startBound = default;
        endBound = default;
        approximateStart = true;
        foreach (string prefix in Words.SincePrefixes)
        {
            if (!s.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            string[] tokens = Tokens(s[prefix.Length..]);
            for (int skip = 0; skip <= Math.Min(3, tokens.Length - 1); skip++)
            {
                for (int drop = 0; drop <= Math.Min(2, tokens.Length - skip - 1); drop++)
                {
                    string inner = string.Join(' ', tokens, skip, tokens.Length - skip - drop);
                    if (!TryInner(inner, asOf, rule, out var start, out var outcome))
                    {
                        if (outcome is not null)
                        {
                            return outcome;
                        }

                        continue;
                    }

                    if (start.Start > asOf)
                    {
                        return ParseError.StartsAfterAsOf;
                    }

                    startBound = start.End > asOf ? DateRange.Trusted(start.Start, asOf) : start;
                    endBound = DateRange.SingleDay(asOf);
                    return ParseError.None;
                }
            }

            return null;
        }

        return null;
    }

    private static bool TryInner(string inner, DateOnly asOf, MonthWithoutYear rule, out DateRange range, out ParseError? failure)
    {
        range = default;
        failure = null;
        if (TryFourDigitYear(inner, out int year))
        {
            if (year > 9999)
            {
                failure = ParseError.YearOutOfRange;
                return false;
            }

            range = DateRange.OfYear(year);
            return true;
        }

        if (TryMonthAndYearWords(inner, out int month, out int? explicitYear))
        {
            int y = explicitYear ?? YearOfMonth(month, asOf, rule);
            if (y is < 1 or > 9999)
            {
                failure = ParseError.YearOutOfRange;
                return false;
            }

            range = DateRange.OfMonth(y, month);
            return true;
        }

        return false;
    }

    private static bool TryMonthAndYearWords(string inner, out int month, out int? year)
    {
        string[] tokens = Tokens(inner);
        month = 0;
        year = null;
        if (tokens.Length is < 1 or > 3)
        {
            return false;
        }

        month = MonthOf(tokens[0]);
        if (month == 0)
        {
            return false;
        }

        if (tokens.Length == 1)
        {
            return true;
        }

        string last = tokens[^1];
        bool joined = tokens.Length == 2 || Array.IndexOf(Words.YearJoiners, tokens[1]) >= 0;
        if (joined && TryFourDigitYear(last, out int y))
        {
            year = y;
            return true;
        }

        return false;
    }

    // ---- The last completed quarter ----------------------------------------------------------------------------------

    /// <summary>"last quarter", "lo scorso trimestre", "im vergangenen Quartal": the quarter before the one that contains
    /// the as-of date, in the company's calendar when one is given, else the calendar quarter.</summary>
    private static ParseError? TryLastQuarter(string s, DateOnly asOf, FiscalCalendar? calendar, out PhraseWindow window)
    {
        window = default;
        if (Array.IndexOf(Words.LastQuarter, s) < 0)
        {
            return null;
        }

        if (calendar is not null)
        {
            if (!calendar.SupportedRange.Contains(asOf))
            {
                return ParseError.YearOutOfRange;
            }

            var fy = calendar.YearOf(asOf);
            for (int q = 1; q <= 4; q++)
            {
                if (!fy.Quarter(q).Range.Contains(asOf))
                {
                    continue;
                }

                if (q > 1)
                {
                    window = new PhraseWindow(fy.Quarter(q - 1).Range, false);
                    return ParseError.None;
                }

                if (fy.Range.Start == DateOnly.MinValue || !calendar.SupportedRange.Contains(fy.Range.Start.AddDays(-1)))
                {
                    return ParseError.YearOutOfRange;
                }

                window = new PhraseWindow(calendar.YearOf(fy.Range.Start.AddDays(-1)).Quarter(4).Range, false);
                return ParseError.None;
            }

            return ParseError.UnknownPeriod;
        }

        int index = ((asOf.Year * 4) + ((asOf.Month - 1) / 3)) - 1;
        int year = index / 4;
        if (year < 1)
        {
            return ParseError.YearOutOfRange;
        }

        int firstMonth = ((index % 4) * 3) + 1;
        window = new PhraseWindow(DateRange.Trusted(new DateOnly(year, firstMonth, 1), new DateOnly(year, firstMonth + 2, DateTime.DaysInMonth(year, firstMonth + 2))), false);
        return ParseError.None;
    }

    private static bool TrySplitYear(string token, out int first)
    {
        first = 0;
        int slash = token.IndexOf('/');
        if (slash != 4 || !IsDigits(token[..4]) || token.Length is not (7 or 9) || !IsDigits(token[5..]))
        {
            return false;
        }

        first = int.Parse(token.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        int second = int.Parse(token.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture);
        return token.Length == 7 ? second == (first + 1) % 100 : second == first + 1;
    }

    // ---- Small readers ------------------------------------------------------------------------------------------

    /// <summary>
    /// A range of whole months: "from April to June 2025", "tra aprile e giugno", "April to June": the first day of the
    /// first month to the last day of the second. The year, when written once at the end, is the second month's; a first
    /// month after the second is in the year before ("from November to February 2026"). Without a year, the second
    /// month's year is taken by the rule for months without a year. Null when the phrase is not a range of months.
    /// </summary>
    /// <summary>The words of each of <see cref="Lexicon.MonthRangePrefixes"/> ("from", "tra"), split once.</summary>
    internal static readonly string[][] MonthRangePrefixWords = [.. System.Linq.Enumerable.Select(Lexicon.Any.MonthRangePrefixes, p => p.Split(' '))];

    internal static ParseError? TryMonthRange(string s, DateOnly asOf, MonthWithoutYear rule, out DateRange range)
    {
        range = default;
        string[] t = Tokens(s);
        int i = 0;
        foreach (string[] p in MonthRangePrefixWords)
        {
            if (t.Length > p.Length && t.AsSpan(0, p.Length).SequenceEqual(p))
            {
                i = p.Length;
                break;
            }
        }

        if (t.Length - i < 3)
        {
            return null;
        }

        int first = MonthOf(t[i]);
        int second = MonthOf(t[i + 2]);
        bool joiner = Array.IndexOf(Words.MonthRangeJoiners, t[i + 1]) >= 0 || (i > 0 && Array.IndexOf(Words.MonthRangeAndJoiners, t[i + 1]) >= 0);
        if (first == 0 || second == 0 || !joiner)
        {
            return null;
        }

        int rest = i + 3;
        int? year = null;
        if (rest < t.Length)
        {
            string last = t[^1];
            bool joined = rest == t.Length - 1 || (rest == t.Length - 2 && Array.IndexOf(Words.YearJoiners, t[rest]) >= 0);
            if (!joined || !IsDigits(last) || last.Length != 4)
            {
                return null;
            }

            year = int.Parse(last, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        int endYear = year ?? YearOfMonth(second, asOf, rule);
        int startYear = first <= second ? endYear : endYear - 1;
        if (startYear is < 1 or > 9999 || endYear is < 1 or > 9999)
        {
            return ParseError.YearOutOfRange;
        }

        range = DateRange.Trusted(new DateOnly(startYear, first, 1), new DateOnly(endYear, second, DateTime.DaysInMonth(endYear, second)));
        return ParseError.None;
    }

    /// <summary>
    /// The quarter that ends on a named day: "the quarter ended September 30, 2025", "il trimestre terminato il 30
    /// settembre 2025", "the three months ended Sept. 30": the three months ending on that day (1 July to 30 September;
    /// a day that is not a month's last, as in week-based fiscal calendars, starts the day after the same day three
    /// months before). Null when the phrase is not of this form.
    /// </summary>
    internal static ParseError? TryQuarterEnded(string s, DateOnly asOf, MonthWithoutYear rule, out DateRange range)
    {
        range = default;
        foreach (string prefix in Words.QuarterEndedPrefixes)
        {
            if (!StartsWithWord(s, prefix))
            {
                continue;
            }

            var day = TryDays(s[(prefix.Length + 1)..].Replace(".", string.Empty, StringComparison.Ordinal), asOf, rule, out var window);
            if (day is null)
            {
                return null;
            }

            if (day != ParseError.None)
            {
                return day;
            }

            if (window.Range.LengthInDays != 1)
            {
                return null;
            }

            var end = window.Range.End;
            var start = end.Day == DateTime.DaysInMonth(end.Year, end.Month)
                ? new DateOnly(end.Year, end.Month, 1).AddMonths(-2)
                : end.AddMonths(-3).AddDays(1);
            if (end.Year < 2)
            {
                return ParseError.YearOutOfRange;
            }

            range = DateRange.Trusted(start, end);
            return ParseError.None;
        }

        return null;
    }

    private static string[] Tokens(string s)
    {
        var list = new List<string>();
        foreach (string raw in s.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int apostrophe = raw.IndexOf('\'');
            if (apostrophe >= 0 && apostrophe < raw.Length - 1)
            {
                list.Add(raw[..apostrophe]);
                list.Add(raw[(apostrophe + 1)..]);
            }
            else
            {
                list.Add(raw.TrimEnd('\''));
            }
        }

        return list.ToArray();
    }

    /// <summary>Whether any of the days is outside 1 to last.</summary>
    private static bool AnyDayOutside(List<int> days, int last)
    {
        foreach (int d in days)
        {
            if (d < 1 || d > last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether s starts with the words of prefix and a space after them (as <c>s.StartsWith(prefix + " ")</c>, ordinal, without the concatenation).</summary>
    internal static bool StartsWithWord(string s, string prefix) =>
        s.Length > prefix.Length && s[prefix.Length] == ' ' && s.StartsWith(prefix, StringComparison.Ordinal);

    private static bool IsDigits(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int OrdinalOf(string word)
    {
        foreach (var (w, v) in Words.Ordinals)
        {
            if (w == word)
            {
                return v;
            }
        }

        return 0;
    }

    private static int MonthOf(string word)
    {
        foreach (var (name, number) in Words.MonthTable)
        {
            if (name == word)
            {
                return number;
            }
        }

        // Abbreviations: "sept.", "sep", "sett.", "dez." (one written with its '.' only with it).
        foreach (var (abbreviation, number) in Words.MonthAbbreviationTable)
        {
            if (abbreviation == word || (!abbreviation.EndsWith('.') && word.Length == abbreviation.Length + 1 && word.EndsWith('.') && word.StartsWith(abbreviation, StringComparison.Ordinal)))
            {
                return number;
            }
        }

        return 0;
    }

    private static bool TryCount(string word, out int n)
    {
        if (IsDigits(word) && word.Length <= 4)
        {
            n = int.Parse(word, NumberStyles.None, CultureInfo.InvariantCulture);
            return n > 0;
        }

        foreach (var (w, v) in Words.CountWords)
        {
            if (w == word)
            {
                n = v;
                return true;
            }
        }

        n = 0;
        return false;
    }

    private static bool TryUnit(string word, out int months, out int days)
    {
        foreach (var (unit, unitMonths, unitDays) in Words.TimeUnits)
        {
            if (unit == word)
            {
                (months, days) = (unitMonths, unitDays);
                return true;
            }
        }

        (months, days) = (-1, -1);
        return false;
    }

    private static bool TryShift(DateOnly asOf, int months, int days, out DateOnly result)
    {
        result = default;
        long monthIndex = ((long)asOf.Year * 12) + asOf.Month - 1 + months;
        if (monthIndex < 12 || monthIndex > (9999L * 12) + 11)
        {
            return false;
        }

        long dayNumber = (long)asOf.DayNumber + days;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
        {
            return false;
        }

        result = months != 0 ? asOf.AddMonths(months) : DateOnly.FromDayNumber((int)dayNumber);
        return true;
    }
}
