using System;
using System.Collections.Generic;
using System.Globalization;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>One scan of one text (see <see cref="FigureScanner"/>): a left-to-right pass that never throws on any input.</summary>
internal sealed class FigureScan(string text, NewsLanguage language, ScalePolicy policy)
{
    private readonly string _t = text;
    private readonly int _n = text.Length;
    private readonly NumberConventions _digits = NumberConventions.ForLanguage(language);

    private readonly record struct UnitReading(FigureKind Kind, int Start, int End, Currency? Currency)
    {
        public bool Found => End > Start || Kind != FigureKind.Number;
    }

    internal IReadOnlyList<FigureMention> Run()
    {
        var found = new List<FigureMention>();
        int floor = 0;
        int i = 0;
        while (i < _n)
        {
            var mention = TryAt(i, floor);
            if (mention is null)
            {
                i++;
                continue;
            }

            found.Add(mention);
            floor = mention.Offset + mention.Length;
            i = Math.Max(floor, i + 1);
        }

        return found.ToArray();
    }

    // ---- Candidates ----------------------------------------------------------------------------------------

    private FigureMention? TryAt(int i, int floor)
    {
        if (i > 0 && char.IsLetterOrDigit(_t[i - 1]))
        {
            return null;
        }

        // A model or version name joined by a hyphen ("COVID-19", "GPT-4", "Llama-3"): not a figure.
        if (i > 1 && _t[i - 1] == '-' && char.IsLetter(_t[i - 2]))
        {
            int w = i - 2;
            while (w > 0 && char.IsLetter(_t[w - 1]))
            {
                w--;
            }

            if (char.IsUpper(_t[w]))
            {
                return null;
            }
        }

        // ISO code before the number: "USD 20bn".
        if (i + 4 < _n && IsUpper(i, 3) && IsSpace(_t[i + 3]) && char.IsAsciiDigit(_t[i + 4])
            && Currency.TryFromCode(_t.AsSpan(i, 3), out var code))
        {
            return Numeric(i, i + 4, null, code, floor);
        }

        foreach (string symbol in NewsNumberParser.CurrencySymbols)
        {
            if (_t.AsSpan(i).StartsWith(symbol, StringComparison.Ordinal))
            {
                int p = SkipSpaces(i + symbol.Length);
                return p < _n && char.IsAsciiDigit(_t[p]) ? Numeric(i, p, symbol, null, floor) : null;
            }
        }

        if (char.IsAsciiDigit(_t[i]))
        {
            return Numeric(i, i, null, null, floor);
        }

        return char.IsLetter(_t[i]) ? WordFigure(i, floor) : null;
    }

    private FigureMention? Numeric(int coreStart, int numStart, string? symbol, Currency? code, int floor)
    {
        int numEnd = ReadDigits(numStart);
        bool plain = AllDigits(numStart, numEnd);
        if (symbol is null && code is null)
        {
            var date = TryDate(numStart, numEnd, plain, floor);
            if (date is not null)
            {
                return date;
            }

            var ordinal = TryOrdinal(numStart, numEnd, plain, floor);
            if (ordinal is not null)
            {
                return ordinal;
            }
        }

        int scaleEnd = ReadScale(numEnd);
        int rangeStart = coreStart;
        int highStart = -1;
        int highNumStart = -1;
        int end = scaleEnd;

        // "A-B"
        int q = SkipSpaces(scaleEnd);
        if (q < _n && _t[q] is '-' or '–' or '—')
        {
            int h = SkipSpaces(q + 1);
            int hn = SkipSymbol(h);
            if (hn < _n && char.IsAsciiDigit(_t[hn]))
            {
                highStart = h;
                highNumStart = hn;
                end = ReadScale(ReadDigits(hn));
            }
        }

        // "tra i A e i B", "between A and B", "da A a B", "from A to B"
        if (highStart < 0 && RangeWordBefore(coreStart, floor, out int wordStart, out string[] connectors))
        {
            foreach (string connector in connectors)
            {
                if (WordAt(q, connector, out int afterConnector))
                {
                    int h = SkipArticle(SkipSpaces(afterConnector));
                    int hn = SkipSymbol(h);
                    if (hn < _n && char.IsAsciiDigit(_t[hn]))
                    {
                        rangeStart = wordStart;
                        highStart = h;
                        highNumStart = hn;
                        end = ReadScale(ReadDigits(hn));
                    }

                    break;
                }
            }
        }

        var unit = ReadUnit(end, symbol, code);
        (NumberQualifier qualifier, int start) = QualifierBefore(rangeStart, floor);

        // A minus sign ("-5%", "−3 miliardi"): the parser reads no sign, so the figure is reported without a value rather than with the wrong one.
        if (rangeStart == coreStart && coreStart > floor && _t[coreStart - 1] is '-' or '−'
            && (coreStart == 1 || !char.IsLetterOrDigit(_t[coreStart - 2])))
        {
            int signedEnd = unit.Found ? Math.Max(unit.End, end) : end;
            return new FigureMention(coreStart - 1, _t[(coreStart - 1)..signedEnd], unit.Kind, NumberQualifier.None, unit.End > unit.Start ? _t[unit.Start..unit.End] : string.Empty)
            {
                Currency = unit.Currency,
            };
        }

        int mentionEnd = unit.Found ? Math.Max(unit.End, end) : end;
        string unitText = unit.End > unit.Start ? _t[unit.Start..unit.End] : string.Empty;
        var kind = unit.Kind;
        int parseStart = code is null ? start : numStart;
        string mentionText = _t[start..mentionEnd];

        if (highStart < 0)
        {
            string reading = _t[parseStart..scaleEnd];
            ParsedNumber? number = ReadNumber(reading);
            decimal? value = number?.Value;
            return new FigureMention(start, mentionText, kind, qualifier, unitText)
            {
                Number = number,
                Value = value,
                Currency = unit.Currency,
            }.WithTyped(value);
        }

        ParsedRange? range = ReadRange(_t[parseStart..end]);
        var low = new FigureMention(coreStart, _t[coreStart..scaleEnd], kind, qualifier, unitText) { Number = range?.Min, Value = range?.Min.Value, Currency = unit.Currency };
        var high = new FigureMention(highStart, _t[highStart..end], kind, qualifier, unitText) { Number = range?.Max, Value = range?.Max.Value, Currency = unit.Currency };
        return new FigureMention(start, mentionText, kind, qualifier, unitText)
        {
            Range = range,
            Currency = unit.Currency,
            Bounds = [low.WithTyped(low.Value), high.WithTyped(high.Value)],
        };
    }

    private FigureMention? WordFigure(int i, int floor)
    {
        foreach (var (word, number) in FigureWords.NumberWords)
        {
            if (WordAt(i, word, out int end))
            {
                foreach (string multiple in FigureWords.MultipleWords)
                {
                    int m = SkipSpaces(end);
                    if (m > end && WordAt(m, multiple, out int multipleEnd))
                    {
                        var (qualifier, start) = QualifierBefore(i, floor);
                        return new FigureMention(start, _t[start..multipleEnd], FigureKind.Multiple, qualifier, multiple) { Value = number };
                    }
                }

                return null;
            }
        }

        int halfEnd;
        if (language == NewsLanguage.Italian && WordAt(i, "la", out int afterArticle))
        {
            int m = SkipSpaces(afterArticle);
            if (m == afterArticle || !WordAt(m, "metà", out halfEnd) || IsPeriodAfter(halfEnd))
            {
                return null;
            }
        }
        else if (WordAt(i, "half", out halfEnd))
        {
            string before = WordBefore(i);
            if (before is "first" or "second" or "1st" or "2nd" or "the" || IsPeriodAfter(halfEnd)
                || (halfEnd < _n && _t[halfEnd] == '-') || WordAt(SkipSpaces(halfEnd), "a", out _))
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        var (q, s) = QualifierBefore(i, floor);
        return new FigureMention(s, _t[s..halfEnd], FigureKind.Fraction, q, string.Empty) { Value = 0.5m, Share = new Share(1m, 2m) };
    }

    /// <summary>Whether a month or a year follows ("metà febbraio", "la metà del 2025", "half of 2025"): then the words are a period, not a fraction.</summary>
    private bool IsPeriodAfter(int p)
    {
        int q = SkipSpaces(p);
        foreach (string joiner in (string[])["di", "del", "dello", "of", "of the"])
        {
            if (WordAt(q, joiner, out int after))
            {
                q = SkipSpaces(after);
                break;
            }
        }

        if (MonthAt(q, out _, out _))
        {
            return true;
        }

        int e = ReadDigits(q);
        return e - q == 4 && AllDigits(q, e);
    }

    // ---- Dates and ordinals ----------------------------------------------------------------------------------

    private FigureMention? TryDate(int numStart, int numEnd, bool plain, int floor)
    {
        if (!plain)
        {
            return null;
        }

        int length = numEnd - numStart;
        int number = length <= 4 ? int.Parse(_t.AsSpan(numStart, length), NumberStyles.None, CultureInfo.InvariantCulture) : -1;
        if (length == 4 && number is >= 1000 and <= 2999)
        {
            return TryYear(numStart, numEnd, number, floor);
        }

        if (length > 2 || number is < 1 or > 31)
        {
            return null;
        }

        // "16 marzo 2026", "16-22 marzo 2026"
        int p = numEnd;
        int day2 = -1;
        if (p + 1 < _n && _t[p] is '-' or '–' && char.IsAsciiDigit(_t[p + 1]))
        {
            int e = ReadDigits(p + 1);
            if (e - p - 1 <= 2 && AllDigits(p + 1, e))
            {
                day2 = int.Parse(_t.AsSpan(p + 1, e - p - 1), NumberStyles.None, CultureInfo.InvariantCulture);
                p = e;
            }
        }

        int m = SkipSpaces(p);
        if (m > p && MonthAt(m, out int month, out int monthEnd))
        {
            int end = monthEnd;
            int? year = YearAfter(monthEnd, ref end, comma: false);
            return DateMention(numStart, end, year, month, number, day2, floor);
        }

        // "March 16", "March 16-22, 2026"
        int k = SkipSpacesBack(numStart);
        if (k < numStart && MonthEndingAt(k, floor, out int before, out int monthBefore))
        {
            int end = p;
            int? year = YearAfter(p, ref end, comma: true);
            return DateMention(before, end, year, monthBefore, number, day2, floor);
        }

        return null;
    }

    private FigureMention? TryYear(int numStart, int numEnd, int year, int floor)
    {
        // ISO date "2026-03-16"
        if (numEnd + 5 < _n + 0 && numEnd + 6 <= _n && _t[numEnd] == '-' && DigitsAt(numEnd + 1, 2) && numEnd + 3 < _n && _t[numEnd + 3] == '-' && DigitsAt(numEnd + 4, 2)
            && (numEnd + 6 == _n || !char.IsAsciiDigit(_t[numEnd + 6])))
        {
            string iso = _t[numStart..(numEnd + 6)];
            if (DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return new FigureMention(numStart, iso, FigureKind.Date, NumberQualifier.None, string.Empty) { Value = year, Dates = DateRange.SingleDay(day) };
            }
        }

        // A quantity after all: "2026 unità", "1500 miliardi", "2000%".
        if (ReadScale(numEnd) > numEnd || ReadUnit(numEnd, null, null).Found)
        {
            return null;
        }

        // "2024-2025"
        if (numEnd + 4 < _n && _t[numEnd] is '-' or '–' && DigitsAt(numEnd + 1, 4) && (numEnd + 5 == _n || !char.IsAsciiDigit(_t[numEnd + 5])))
        {
            int last = int.Parse(_t.AsSpan(numEnd + 1, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            if (last > year)
            {
                return new FigureMention(numStart, _t[numStart..(numEnd + 5)], FigureKind.Date, NumberQualifier.None, string.Empty)
                {
                    Value = year,
                    Dates = DateRange.Trusted(new DateOnly(year, 1, 1), new DateOnly(last, 12, 31)),
                };
            }
        }

        // "maggio 2024", "dicembre del 2025", "May 2024"
        int k = SkipSpacesBack(numStart);
        if (k < numStart)
        {
            int j = k;
            foreach (string joiner in (string[])["del", "di", "of"])
            {
                if (EndsWithWord(k, joiner, floor, out int joinerStart))
                {
                    j = SkipSpacesBack(joinerStart);
                    break;
                }
            }

            if (MonthEndingAt(j, floor, out int monthStart, out int month))
            {
                return new FigureMention(monthStart, _t[monthStart..numEnd], FigureKind.Date, NumberQualifier.None, string.Empty)
                {
                    Value = year,
                    Dates = DateRange.OfMonth(year, month),
                };
            }
        }

        return new FigureMention(numStart, _t[numStart..numEnd], FigureKind.Date, NumberQualifier.None, string.Empty) { Value = year, Dates = DateRange.OfYear(year) };
    }

    private FigureMention DateMention(int start, int end, int? year, int month, int day, int day2, int floor)
    {
        _ = floor;
        DateRange? dates = null;
        if (year is { } y && day <= DateTime.DaysInMonth(y, month) && day2 <= DateTime.DaysInMonth(y, month) && (day2 < 0 || day2 > day))
        {
            var first = new DateOnly(y, month, day);
            dates = DateRange.Trusted(first, day2 < 0 ? first : new DateOnly(y, month, day2));
        }

        return new FigureMention(start, _t[start..end], FigureKind.Date, NumberQualifier.None, string.Empty) { Value = year, Dates = dates };
    }

    private int? YearAfter(int p, ref int end, bool comma)
    {
        int q = p;
        if (comma && q < _n && _t[q] == ',')
        {
            q++;
        }

        q = SkipSpaces(q);
        if (q == p)
        {
            return null;
        }

        foreach (string joiner in (string[])["del", "of"])
        {
            if (WordAt(q, joiner, out int after))
            {
                q = SkipSpaces(after);
                break;
            }
        }

        if (DigitsAt(q, 4) && (q + 4 == _n || !char.IsLetterOrDigit(_t[q + 4])))
        {
            int year = int.Parse(_t.AsSpan(q, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            if (year is >= 1000 and <= 2999)
            {
                end = q + 4;
                return year;
            }
        }

        return null;
    }

    private FigureMention? TryOrdinal(int numStart, int numEnd, bool plain, int floor)
    {
        _ = floor;
        if (!plain || numEnd - numStart > 9)
        {
            return null;
        }

        int end = -1;
        if (numEnd < _n && _t[numEnd] is '°' or 'º' or 'ª')
        {
            end = numEnd + 1;
        }
        else
        {
            foreach (string suffix in FigureWords.OrdinalSuffixes)
            {
                if (numEnd + suffix.Length <= _n && _t.AsSpan(numEnd, suffix.Length).Equals(suffix, StringComparison.OrdinalIgnoreCase)
                    && (numEnd + suffix.Length == _n || !char.IsLetterOrDigit(_t[numEnd + suffix.Length])))
                {
                    end = numEnd + suffix.Length;
                    break;
                }
            }
        }

        return end < 0
            ? null
            : new FigureMention(numStart, _t[numStart..end], FigureKind.Ordinal, NumberQualifier.None, _t[numEnd..end])
            {
                Value = int.Parse(_t.AsSpan(numStart, numEnd - numStart), NumberStyles.None, CultureInfo.InvariantCulture),
            };
    }

    // ---- Units -----------------------------------------------------------------------------------------------

    private UnitReading ReadUnit(int p, string? symbol, Currency? code)
    {
        if (p < _n && _t[p] == '%')
        {
            return new UnitReading(FigureKind.Percentage, p, p + 1, null);
        }

        if (p < _n && _t[p] is 'x' or '×' && (p + 1 == _n || !char.IsLetterOrDigit(_t[p + 1])))
        {
            return new UnitReading(FigureKind.Multiple, p, p + 1, null);
        }

        int q = SkipSpaces(p);
        if (q > p && q < _n && _t[q] == '%')
        {
            return new UnitReading(FigureKind.Percentage, q, q + 1, null);
        }

        if (q > p)
        {
            foreach (string word in FigureWords.PercentWords)
            {
                if (WordAt(q, word, out int e))
                {
                    return new UnitReading(FigureKind.Percentage, q, e, null);
                }
            }

            foreach (string word in FigureWords.MultipleWords)
            {
                if (WordAt(q, word, out int e))
                {
                    return new UnitReading(FigureKind.Multiple, q, e, null);
                }
            }
        }

        int r = q;
        if (q > p && (WordAt(q, "di", out int afterOf) || WordAt(q, "of", out afterOf)))
        {
            r = SkipSpaces(afterOf);
        }
        else if (q > p && q + 2 < _n && (_t[q] is 'd' or 'D') && _t[q + 1] is '\'' or '’')
        {
            r = q + 2;
        }

        Currency? named = null;
        int unitStart = r;
        int unitEnd = -1;
        if (r > p)
        {
            foreach (var (words, iso) in FigureWords.CurrencyNames)
            {
                if (WordAt(r, words, out int e))
                {
                    named = Currency.FromCode(iso);
                    unitEnd = e;
                    break;
                }
            }

            if (unitEnd < 0 && r + 3 <= _n && IsUpper(r, 3) && (r + 3 == _n || !char.IsLetterOrDigit(_t[r + 3])) && Currency.TryFromCode(_t.AsSpan(r, 3), out var after))
            {
                named = after;
                unitEnd = r + 3;
            }

            if (unitEnd < 0)
            {
                foreach (string word in FigureWords.TokenWords)
                {
                    if (WordAt(r, word, out int e))
                    {
                        return new UnitReading(FigureKind.Tokens, r, e, null);
                    }
                }

                int countEnd = CountPhrase(r);
                if (countEnd > r)
                {
                    return new UnitReading(FigureKind.Count, r, countEnd, null);
                }
            }
        }

        if (unitEnd < 0)
        {
            if (symbol is null && code is null)
            {
                return new UnitReading(FigureKind.Number, p, p, null);
            }

            unitStart = p;
            unitEnd = p;
            named = code ?? (symbol is not null && FigureWords.SymbolCode(symbol) is { } c ? Currency.FromCode(c) : null);
        }

        // A price: "$ 20.000 per unità", "$30,000 per GPU".
        int s = SkipSpaces(unitEnd);
        if (s > unitEnd && WordAt(s, "per", out int afterPer))
        {
            int nounStart = SkipSpaces(afterPer);
            int nounEnd = CountPhrase(nounStart);
            if (nounStart > afterPer && nounEnd > nounStart)
            {
                return new UnitReading(FigureKind.Money, unitEnd == p ? s : unitStart, nounEnd, named);
            }
        }

        return new UnitReading(FigureKind.Money, unitStart, unitEnd, named);
    }

    /// <summary>A count phrase at p ("unità H200", "utenti attivi mensili", "monthly active users", "H200 chips"); returns its end, or p.</summary>
    private int CountPhrase(int p)
    {
        int s = p;
        while (true)
        {
            int e = -1;
            foreach (string adjective in FigureWords.CountAdjectivesBefore)
            {
                if (WordAt(s, adjective, out e))
                {
                    break;
                }

                e = -1;
            }

            if (e < 0)
            {
                e = ModelToken(s);
            }

            if (e <= s)
            {
                break;
            }

            int next = SkipSpaces(e);
            if (next == e)
            {
                break;
            }

            s = next;
        }

        int end = -1;
        foreach (string noun in FigureWords.CountNouns)
        {
            if (WordAt(s, noun, out end))
            {
                break;
            }

            end = -1;
        }

        if (end < 0)
        {
            return p;
        }

        while (true)
        {
            int next = SkipSpaces(end);
            if (next == end)
            {
                return end;
            }

            int e = -1;
            foreach (string adjective in FigureWords.CountAdjectivesAfter)
            {
                if (WordAt(next, adjective, out e))
                {
                    break;
                }

                e = -1;
            }

            if (e < 0)
            {
                e = ModelToken(next);
            }

            if (e <= next)
            {
                return end;
            }

            end = e;
        }
    }

    /// <summary>A model name at p ("H200", "B200", "A100": an upper-case letter, then letters and digits with at least one digit); returns its end, or p.</summary>
    private int ModelToken(int p)
    {
        if (p >= _n || !char.IsUpper(_t[p]) || (p > 0 && char.IsLetterOrDigit(_t[p - 1])))
        {
            return p;
        }

        int e = p;
        bool digit = false;
        while (e < _n && char.IsLetterOrDigit(_t[e]))
        {
            digit |= char.IsAsciiDigit(_t[e]);
            e++;
        }

        return digit ? e : p;
    }

    // ---- Qualifiers and range words ---------------------------------------------------------------------------

    private (NumberQualifier Qualifier, int Start) QualifierBefore(int start, int floor)
    {
        int k = SkipSpacesBack(start);
        if (k == start)
        {
            return (NumberQualifier.None, start);
        }

        if (QualifierEndingAt(k, floor, out var qualifier, out int qualifierStart))
        {
            return (qualifier, qualifierStart);
        }

        foreach (string article in NewsNumberParser.Articles)
        {
            if (EndsWithWord(k, article, floor, out int articleStart))
            {
                int j = SkipSpacesBack(articleStart);
                if (j < articleStart && QualifierEndingAt(j, floor, out qualifier, out qualifierStart))
                {
                    return (qualifier, qualifierStart);
                }

                break;
            }
        }

        return (NumberQualifier.None, start);
    }

    private bool QualifierEndingAt(int k, int floor, out NumberQualifier qualifier, out int start)
    {
        qualifier = NumberQualifier.None;
        start = -1;
        foreach (var (phrase, q) in NewsNumberParser.Qualifiers)
        {
            if (EndsWithWord(k, phrase, floor, out int s) && (start < 0 || s < start))
            {
                qualifier = q;
                start = s;
            }
        }

        return start >= 0;
    }

    private bool RangeWordBefore(int start, int floor, out int wordStart, out string[] connectors)
    {
        connectors = [];
        wordStart = -1;
        int k = SkipSpacesBack(start);
        if (k == start)
        {
            return false;
        }

        foreach (string article in (string[])["i", "gli", "the"])
        {
            if (EndsWithWord(k, article, floor, out int articleStart))
            {
                int j = SkipSpacesBack(articleStart);
                if (j < articleStart)
                {
                    k = j;
                }

                break;
            }
        }

        foreach (var (word, words) in ((string, string[])[])[("between", ["and"]), ("tra", ["e"]), ("fra", ["e"]), ("from", ["to"]), ("da", ["a"])])
        {
            if (EndsWithWord(k, word, floor, out wordStart))
            {
                connectors = words;
                return true;
            }
        }

        return false;
    }

    // ---- Reading numbers through NewsNumberParser -------------------------------------------------------------

    private ParsedNumber? ReadNumber(string reading) =>
        NewsNumberParser.TryParse(reading, _digits, policy, out var number) || NewsNumberParser.TryParse(reading, policy, null, out number)
            ? number
            : null;

    private ParsedRange? ReadRange(string reading) =>
        NewsNumberParser.TryParseRange(reading, _digits, policy, out var range) || NewsNumberParser.TryParseRange(reading, policy, null, out range)
            ? range
            : null;

    private int ReadScale(int numEnd)
    {
        int p = numEnd;
        if (p < _n && !char.IsLetter(_t[p]))
        {
            p = SkipSpaces(p);
        }

        int e = p;
        while (e < _n && char.IsLetter(_t[e]))
        {
            e++;
        }

        if (e == p || (e < _n && char.IsAsciiDigit(_t[e])))
        {
            return numEnd;
        }

        return ScaleWords.Find(_t[p..e], policy, out _) is ScaleWords.Lookup.Found or ScaleWords.Lookup.RejectedAmbiguous ? e : numEnd;
    }

    // ---- Characters --------------------------------------------------------------------------------------------

    private int ReadDigits(int p)
    {
        int end = p;
        int i = p;
        while (i < _n)
        {
            char c = _t[i];
            if (char.IsAsciiDigit(c))
            {
                i++;
                end = i;
            }
            else if (c is '.' or ',' && i + 1 < _n && char.IsAsciiDigit(_t[i + 1]) && i > p)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private bool AllDigits(int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(_t[i]))
            {
                return false;
            }
        }

        return end > start;
    }

    private bool DigitsAt(int p, int count) => p + count <= _n && AllDigits(p, p + count);

    private bool IsUpper(int p, int count)
    {
        if (p + count > _n)
        {
            return false;
        }

        for (int i = p; i < p + count; i++)
        {
            if (_t[i] is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\t';

    private int SkipSpaces(int p)
    {
        while (p < _n && IsSpace(_t[p]))
        {
            p++;
        }

        return p;
    }

    private int SkipSpacesBack(int p)
    {
        while (p > 0 && IsSpace(_t[p - 1]))
        {
            p--;
        }

        return p;
    }

    private int SkipSymbol(int p)
    {
        foreach (string symbol in NewsNumberParser.CurrencySymbols)
        {
            if (_t.AsSpan(p).StartsWith(symbol, StringComparison.Ordinal))
            {
                return SkipSpaces(p + symbol.Length);
            }
        }

        return p;
    }

    private int SkipArticle(int p)
    {
        foreach (string article in NewsNumberParser.Articles)
        {
            if (WordAt(p, article, out int e))
            {
                int next = SkipSpaces(e);
                if (next > e && next < _n && (char.IsAsciiDigit(_t[next]) || SkipSymbol(next) > next))
                {
                    return next;
                }
            }
        }

        return p;
    }

    /// <summary>Whether a word or phrase (case-insensitive) starts at p as a whole word.</summary>
    private bool WordAt(int p, string word, out int end)
    {
        end = p + word.Length;
        return p >= 0 && end <= _n
            && _t.AsSpan(p, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
            && (p == 0 || !char.IsLetterOrDigit(_t[p - 1]))
            && (end == _n || !char.IsLetterOrDigit(_t[end]));
    }

    /// <summary>Whether a word or phrase (case-insensitive) ends at k as a whole word, starting at or after floor.</summary>
    private bool EndsWithWord(int k, string word, int floor, out int start)
    {
        start = k - word.Length;
        return start >= floor
            && _t.AsSpan(start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
            && (start == 0 || !char.IsLetterOrDigit(_t[start - 1]));
    }

    private string WordBefore(int p)
    {
        int k = SkipSpacesBack(p);
        int s = k;
        while (s > 0 && char.IsLetterOrDigit(_t[s - 1]))
        {
            s--;
        }

        return _t[s..k].ToLowerInvariant();
    }

    /// <summary>A month name at p: Italian in any case, English with a capital ("May", not "may").</summary>
    private bool MonthAt(int p, out int month, out int end)
    {
        for (int m = 0; m < 12; m++)
        {
            if (WordAt(p, PeriodPhraseParser.ItalianMonths[m], out end)
                || (WordAt(p, PeriodPhraseParser.EnglishMonths[m], out end) && char.IsUpper(_t[p])))
            {
                month = m + 1;
                return true;
            }
        }

        month = 0;
        end = p;
        return false;
    }

    private bool MonthEndingAt(int k, int floor, out int start, out int month)
    {
        for (int m = 0; m < 12; m++)
        {
            if (EndsWithWord(k, PeriodPhraseParser.ItalianMonths[m], floor, out start)
                || (EndsWithWord(k, PeriodPhraseParser.EnglishMonths[m], floor, out start) && char.IsUpper(_t[start])))
            {
                month = m + 1;
                return true;
            }
        }

        start = k;
        month = 0;
        return false;
    }
}
