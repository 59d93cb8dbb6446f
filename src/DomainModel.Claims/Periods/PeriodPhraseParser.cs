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
    /// <summary>The period words of every lexicon (<see cref="Lexicon"/>): a phrase names its period in any language.</summary>
    private static readonly Lexicon Words = Lexicon.Any;

    private static readonly string[] YearJoiners = [" ", .. System.Linq.Enumerable.Select(Words.YearJoiners, j => " " + j + " ")];

    internal static ParseError Parse(string text, DateOnly asOf, MonthWithoutYear rule, out ResolvedPeriod period) =>
        Parse(text, asOf, rule, null, out period);

    internal static ParseError Parse(string text, DateOnly asOf, MonthWithoutYear rule, FiscalCalendar? calendar, out ResolvedPeriod period)
    {
        period = default;
        string s = Normalise(text);
        if (Relative(s, out _) != RelativeStep.None)
        {
            // "a year earlier", "nel trimestre precedente": only the period they refer to says which days they are.
            return ParseError.NeedsReferencePeriod;
        }

        bool deadline = false;
        foreach (string prefix in Words.DeadlinePrefixes)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal))
            {
                deadline = true;
                s = s[prefix.Length..];
                break;
            }
        }

        if (Array.IndexOf(Words.Today, s) >= 0)
        {
            // "today", "oggi": the as-of day itself.
            period = new ResolvedPeriod(text, asOf, deadline ? PeriodKind.Deadline : PeriodKind.Exact, DateRange.SingleDay(asOf), wholeUnit: true);
            return ParseError.None;
        }

        var ended = TryQuarterEnded(s, asOf, rule, out var quarter);
        if (ended is not null)
        {
            if (ended == ParseError.None)
            {
                period = new ResolvedPeriod(text, asOf, deadline ? PeriodKind.Deadline : PeriodKind.Exact, quarter, wholeUnit: true);
            }

            return ended.Value;
        }

        var range = TryMonthRange(s, asOf, rule, out var months);
        if (range is not null)
        {
            if (range == ParseError.None)
            {
                period = new ResolvedPeriod(text, asOf, deadline ? PeriodKind.Deadline : PeriodKind.Exact, months, wholeUnit: true);
            }

            return range.Value;
        }

        int month = 0;
        var part = MonthPart.Whole;
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

        var kind = deadline ? PeriodKind.Deadline : part == MonthPart.Whole ? PeriodKind.Exact : PeriodKind.Approximate;
        period = new ResolvedPeriod(text, asOf, kind, Window(year, month, part), wholeUnit: part == MonthPart.Whole);
        return ParseError.None;
    }

    internal static DateRange Window(int year, int month, MonthPart part)
    {
        int last = DateTime.DaysInMonth(year, month);
        (int from, int to) = part switch
        {
            MonthPart.Early => (1, 10),
            MonthPart.Mid => (11, 20),
            MonthPart.Late => (21, last),
            _ => (1, last),
        };
        return DateRange.Trusted(new DateOnly(year, month, from), new DateOnly(year, month, to));
    }

    internal static bool TryYear(string s, int asOfYear, out int year)
    {
        year = 0;
        if (Array.IndexOf(Words.ThisYear, s) >= 0)
        {
            year = asOfYear;
            return true;
        }

        if (Array.IndexOf(Words.NextYear, s) >= 0)
        {
            year = asOfYear + 1;
            return true;
        }

        if (Array.IndexOf(Words.LastYear, s) >= 0)
        {
            year = asOfYear - 1;
            return true;
        }

        foreach (string prefix in Words.YearPrefixes)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal) && TryFourDigitYear(s.AsSpan(prefix.Length), out year))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool TryMonth(string s, DateOnly asOf, MonthWithoutYear rule, out int year, out int month, out MonthPart part)
    {
        foreach (var (prefix, candidatePart) in Words.MonthPrefixes)
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
        part = MonthPart.Whole;
        return false;
    }

    private static bool TryMonthAndYear(ReadOnlySpan<char> s, out int month, out int? year)
    {
        year = null;
        // The month names of every lexicon, then their abbreviations ("sept", "sett", "dez").
        foreach (var table in (ReadOnlySpan<(string Name, int Month)[]>)[Words.MonthTable, Words.MonthAbbreviationTable])
        {
            foreach (var (name, number) in table)
            {
                if (!StartsWithMonth(s, name, out int length))
                {
                    continue;
                }

                month = number;
                var rest = s[length..];
                if (rest.IsEmpty)
                {
                    // A month alone is a month name: "Sept" or "Dec." alone is read only with a day or a year ("Sept. 30", "Dec. 2024").
                    if (IsInMonthTable(name))
                    {
                        return true;
                    }

                    continue;
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

    /// <summary>Whether a word is one of the month names of <see cref="Lexicon.MonthTable"/> (ordinal).</summary>
    private static bool IsInMonthTable(string name)
    {
        foreach (var (monthName, _) in Words.MonthTable)
        {
            if (string.Equals(monthName, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether s starts with a month name, or with an abbreviation (its '.' optional unless written) that ends a word.</summary>
    private static bool StartsWithMonth(ReadOnlySpan<char> s, string name, out int length)
    {
        length = 0;
        if (!s.StartsWith(name, StringComparison.Ordinal))
        {
            return false;
        }

        length = name.Length;
        if (Array.IndexOf(Words.MonthNames, name) >= 0 || IsInMonthTable(name))
        {
            return true;
        }

        if (!name.EndsWith('.') && length < s.Length && s[length] == '.')
        {
            length++;
        }

        return length == s.Length || s[length] == ' ';
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

    internal static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;

        // Lower case as string.ToLowerInvariant gives it, without a lowered copy of the text: one UTF-16 unit at a
        // time (ASCII folded here, any other unit by char.ToLowerInvariant, the mapping the string's applies to it),
        // except in a text with surrogates, whose pairs are lowered as a whole: then the string's own.
        ReadOnlySpan<char> trimmed = text.AsSpan().Trim();
        bool byUnit = !trimmed.ContainsAnyInRange('\uD800', '\uDFFF');
        ReadOnlySpan<char> source = byUnit ? trimmed : trimmed.ToString().ToLowerInvariant();
        foreach (char unit in source)
        {
            char c = Fold(byUnit ? LowerInvariant(unit) : unit);
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

    private static char LowerInvariant(char c) => c < 0x80 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    private static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
        'à' or 'á' or 'â' => 'a',
        'è' or 'é' or 'ê' => 'e',
        'ì' or 'í' or 'î' => 'i',
        'ò' or 'ó' or 'ô' => 'o',
        'ù' or 'ú' or 'û' => 'u',
        'ä' => 'a',
        'ö' => 'o',
        'ü' => 'u',
        '\u00A0' => ' ',
        _ => c,
    };
}
