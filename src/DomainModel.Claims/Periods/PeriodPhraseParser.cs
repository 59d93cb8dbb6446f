using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DomainModel.Text;
using DomainModel;

namespace DomainModel.Claims;

/// <summary>
/// The one non-throwing core behind <see cref="ResolvedPeriod.Parse(string, DateOnly, MonthWithoutYear)"/> and
/// <see cref="ResolvedPeriod.TryParse(string?, DateOnly, MonthWithoutYear, out ResolvedPeriod)"/>. Phrases are
/// normalised (lower case, accents and apostrophe styles folded, hyphens and commas read as spaces, spaces
/// collapsed) and matched against the tables below; nothing here throws on any input.
/// </summary>
internal static partial class PeriodPhraseParser
{
    internal enum Part
    {
        Whole,
        Early,
        Mid,
        Late,
    }

    private static readonly string[] DeadlinePrefixes = ["entro ", "by "];

    private static readonly string[] ThisYear = ["quest'anno", "questo anno", "l'anno in corso", "nell'anno in corso", "this year", "the current year"];

    private static readonly string[] NextYear = ["l'anno prossimo", "il prossimo anno", "prossimo anno", "nel prossimo anno", "next year"];

    private static readonly string[] LastYear = ["l'anno scorso", "lo scorso anno", "scorso anno", "l'anno passato", "last year"];

    private static readonly string[] YearPrefixes = ["", "nel ", "nell'anno ", "il ", "in ", "in the year ", "during ", "for "];

    // Ordered so that every prefix is tried; a prefix matches only if the rest is a month (and optional year).
    internal static readonly (string Prefix, Part Part)[] MonthPrefixes =
    [
        ("all'inizio di ", Part.Early), ("all'inizio del mese di ", Part.Early), ("agli inizi di ", Part.Early),
        ("ai primi di ", Part.Early), ("a inizio ", Part.Early), ("ad inizio ", Part.Early), ("l'inizio di ", Part.Early),
        ("inizio di ", Part.Early), ("inizio ", Part.Early), ("early ", Part.Early), ("in early ", Part.Early),
        ("at the beginning of ", Part.Early), ("the beginning of ", Part.Early), ("beginning of ", Part.Early),
        ("at the start of ", Part.Early), ("the start of ", Part.Early), ("start of ", Part.Early),
        ("a meta ", Part.Mid), ("alla meta di ", Part.Mid), ("la meta di ", Part.Mid), ("meta di ", Part.Mid),
        ("meta ", Part.Mid), ("verso meta ", Part.Mid), ("mid ", Part.Mid), ("in mid ", Part.Mid),
        ("in the middle of ", Part.Mid), ("the middle of ", Part.Mid), ("middle of ", Part.Mid),
        ("alla fine di ", Part.Late), ("a fine ", Part.Late), ("la fine di ", Part.Late), ("fine di ", Part.Late),
        ("fine ", Part.Late), ("late ", Part.Late), ("in late ", Part.Late), ("at the end of ", Part.Late),
        ("the end of ", Part.Late), ("end of ", Part.Late),
        ("nel mese di ", Part.Whole), ("il mese di ", Part.Whole), ("durante il mese di ", Part.Whole), ("ad ", Part.Whole),
        ("a ", Part.Whole), ("in ", Part.Whole), ("nel ", Part.Whole), ("di ", Part.Whole), ("during ", Part.Whole),
        ("in the month of ", Part.Whole), ("the month of ", Part.Whole), ("", Part.Whole),
    ];

    internal static readonly string[] ItalianMonths =
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];

    internal static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] YearJoiners = [" ", " del ", " di ", " of "];

    internal static ParseError Parse(string text, DateOnly asOf, MonthWithoutYear rule, out ResolvedPeriod period) =>
        Parse(text, asOf, rule, null, out period);

    internal static ParseError Parse(string text, DateOnly asOf, MonthWithoutYear rule, FiscalCalendar? calendar, out ResolvedPeriod period)
    {
        period = default;
        string s = Normalise(text);
        bool deadline = false;
        foreach (string prefix in DeadlinePrefixes)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal))
            {
                deadline = true;
                s = s[prefix.Length..];
                break;
            }
        }

        int month = 0;
        var part = Part.Whole;
        bool isYear = TryYear(s, asOf.Year, out int year);
        if (!isYear && !TryMonth(s, asOf, rule, out year, out month, out part))
        {
            return ParseNewsPhrase(text, s, asOf, rule, calendar, deadline, out period);
        }

        if (year is < 1 or > 9999)
        {
            return ParseError.YearOutOfRange;
        }

        if (isYear)
        {
            period = new ResolvedPeriod(text, asOf, deadline ? PeriodKind.Deadline : PeriodKind.Exact, DateRange.OfYear(year), wholeUnit: true);
            return ParseError.None;
        }

        var kind = deadline ? PeriodKind.Deadline : part == Part.Whole ? PeriodKind.Exact : PeriodKind.Approximate;
        period = new ResolvedPeriod(text, asOf, kind, Window(year, month, part), wholeUnit: part == Part.Whole);
        return ParseError.None;
    }

    internal static DateRange Window(int year, int month, Part part)
    {
        int last = DateTime.DaysInMonth(year, month);
        (int from, int to) = part switch
        {
            Part.Early => (1, 10),
            Part.Mid => (11, 20),
            Part.Late => (21, last),
            _ => (1, last),
        };
        return DateRange.Trusted(new DateOnly(year, month, from), new DateOnly(year, month, to));
    }

    internal static bool TryYear(string s, int asOfYear, out int year)
    {
        year = 0;
        if (Array.IndexOf(ThisYear, s) >= 0)
        {
            year = asOfYear;
            return true;
        }

        if (Array.IndexOf(NextYear, s) >= 0)
        {
            year = asOfYear + 1;
            return true;
        }

        if (Array.IndexOf(LastYear, s) >= 0)
        {
            year = asOfYear - 1;
            return true;
        }

        foreach (string prefix in YearPrefixes)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal) && TryFourDigitYear(s.AsSpan(prefix.Length), out year))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool TryMonth(string s, DateOnly asOf, MonthWithoutYear rule, out int year, out int month, out Part part)
    {
        foreach (var (prefix, candidatePart) in MonthPrefixes)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal) && TryMonthAndYear(s.AsSpan(prefix.Length), out month, out int? explicitYear))
            {
                part = candidatePart;
                year = explicitYear ?? YearOfMonth(month, asOf, rule);
                return true;
            }
        }

        year = 0;
        month = 0;
        part = Part.Whole;
        return false;
    }

    private static bool TryMonthAndYear(ReadOnlySpan<char> s, out int month, out int? year)
    {
        year = null;
        for (int m = 0; m < 12; m++)
        {
            foreach (string name in (ReadOnlySpan<string>)[ItalianMonths[m], EnglishMonths[m]])
            {
                if (!s.StartsWith(name, StringComparison.Ordinal))
                {
                    continue;
                }

                month = m + 1;
                var rest = s[name.Length..];
                if (rest.IsEmpty)
                {
                    return true;
                }

                foreach (string joiner in YearJoiners)
                {
                    if (rest.StartsWith(joiner, StringComparison.Ordinal) && TryFourDigitYear(rest[joiner.Length..], out int y))
                    {
                        year = y;
                        return true;
                    }
                }
            }
        }

        month = 0;
        return false;
    }

    internal static bool TryFourDigitYear(ReadOnlySpan<char> s, out int year)
    {
        year = 0;
        return s.Length == 4
            && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year >= 1;
    }

    /// <summary>The year of a month named without one (see <see cref="MonthWithoutYear"/>); may fall outside 1–9999.</summary>
    internal static int YearOfMonth(int month, DateOnly asOf, MonthWithoutYear rule)
    {
        int current = asOf.Month;
        return rule switch
        {
            MonthWithoutYear.MostRecent => month <= current ? asOf.Year : asOf.Year - 1,
            MonthWithoutYear.Next => month >= current ? asOf.Year : asOf.Year + 1,
            _ => ((month - current + 12) % 12) switch
            {
                0 => asOf.Year,
                <= 5 => month < current ? asOf.Year + 1 : asOf.Year,
                _ => month > current ? asOf.Year - 1 : asOf.Year,
            },
        };
    }

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char raw in text.Trim().ToLowerInvariant())
        {
            char c = Fold(raw);
            if (char.IsWhiteSpace(c) || c is '-' or ',')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space && builder[^1] != '\'')
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        // Trailing punctuation of a phrase cut from a sentence ("a dicembre.", "entro ottobre;").
        while (builder.Length > 0 && builder[^1] is '.' or ';' or ':' or '!' or '?')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    private static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
        'à' or 'á' or 'â' => 'a',
        'è' or 'é' or 'ê' => 'e',
        'ì' or 'í' or 'î' => 'i',
        'ò' or 'ó' or 'ô' => 'o',
        'ù' or 'ú' or 'û' => 'u',
        '\u00A0' => ' ',
        _ => c,
    };
}
