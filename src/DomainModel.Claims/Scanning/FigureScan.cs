using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>One scan of one text (see <see cref="FigureScanner"/>): a left-to-right pass that never throws on any input.</summary>
internal sealed class FigureScan(string text, NewsLanguage language, ScalePolicy policy)
{
    private readonly string _t = text;
    private readonly int _n = text.Length;
    private readonly TextCursor _c = new(text);
    private readonly Lexicon _words = Lexicon.For(language);
    private readonly NumberConventions _digits = Lexicon.For(language).Conventions;
    private readonly FirstLetters _wordFigureStarts = WordFigureStarts[(int)language];
    private readonly WordsByFirstLetter _numberWords = NumberWordIndex[(int)language];
    private readonly string? _symbolStarts = SymbolStarts[(int)language];
    private readonly bool[] _asciiStarts = AsciiStarts[(int)language];
    private readonly bool[] _asciiSymbolStarts = AsciiSymbolStarts[(int)language];
    private readonly WordsByFirstLetter _hedgeEnds = HedgeEnds[(int)language];
    private readonly WordsByFirstLetter _articleEnds = ArticleEnds[(int)language];
    private readonly WordsByFirstLetter _currencyNameStarts = CurrencyNameStarts[(int)language];
    private readonly WordsByFirstLetter _countNounStarts = CountNounStarts[(int)language];

    /// <summary>Per language: the first characters of its currency symbols (compared ordinally), or null when a symbol is empty.</summary>
    private static readonly string?[] SymbolStarts =
        [.. Lexicon.All.Select(l => l.CurrencySymbols.Any(s => s.Symbol.Length == 0) ? null : new string([.. l.CurrencySymbols.Select(s => s.Symbol[0]).Distinct()]))];

    /// <summary>Per language: the lexicon's hedges by last letter, for the qualifier that ends before a figure.</summary>
    private static readonly WordsByFirstLetter[] HedgeEnds = [.. Lexicon.All.Select(l => new WordsByFirstLetter([.. l.HedgeList.Select(h => h.Key)], last: true))];

    /// <summary>Per language: the lexicon's articles by last letter (between a qualifier and a figure).</summary>
    private static readonly WordsByFirstLetter[] ArticleEnds = [.. Lexicon.All.Select(l => new WordsByFirstLetter(l.Articles, last: true))];

    /// <summary>Per language: the lexicon's currency names by first letter.</summary>
    private static readonly WordsByFirstLetter[] CurrencyNameStarts = [.. Lexicon.All.Select(l => new WordsByFirstLetter([.. l.CurrencyNames.Select(n => n.Words)]))];

    /// <summary>Per language: the lexicon's count nouns by first letter.</summary>
    private static readonly WordsByFirstLetter[] CountNounStarts = [.. Lexicon.All.Select(l => new WordsByFirstLetter(l.CountNouns))];

    /// <summary>Per language: the lexicon's <see cref="Lexicon.NumberWords"/> by first letter.</summary>
    private static readonly WordsByFirstLetter[] NumberWordIndex = [.. Lexicon.All.Select(l => new WordsByFirstLetter([.. l.NumberWords.Select(w => w.Word)]))];

    /// <summary>Per language, in the order of <see cref="NewsLanguage"/>: the letters a figure in words can start with
    /// (a number word before a multiple word, or the half: its article when it has one).</summary>
    private static readonly FirstLetters[] WordFigureStarts =
        [.. Lexicon.All.Select(l => FirstLetters.Of(l.NumberWords.Select(w => w.Word).Append(l.HalfArticle ?? l.HalfWord)))];

    /// <summary>Per language, for each ASCII character: whether <see cref="TryAt"/> may find a figure that starts with it
    /// (a digit, a capital of an ISO code, the first character of a currency symbol, the first letter of a figure in
    /// words), computed from the same tests <see cref="TryAt"/> makes; false only where it certainly finds none.</summary>
    private static readonly bool[][] AsciiStarts =
        [.. Enumerable.Range(0, Lexicon.All.Count).Select(l => Enumerable.Range(0, 128).Select(c => MayStartFigure((char)c, SymbolStarts[l], WordFigureStarts[l])).ToArray())];

    /// <summary>Per language, for each ASCII character: whether a currency symbol may start with it (every character when
    /// a symbol is empty), as <see cref="SymbolStarts"/> says.</summary>
    private static readonly bool[][] AsciiSymbolStarts =
        [.. Enumerable.Range(0, Lexicon.All.Count).Select(l => Enumerable.Range(0, 128).Select(c => SymbolStarts[l] is not { } starts || starts.Contains((char)c, StringComparison.Ordinal)).ToArray())];

    private static bool MayStartFigure(char c, string? symbolStarts, FirstLetters wordFigureStarts) =>
        char.IsAsciiDigit(c) || c is >= 'A' and <= 'Z' || symbolStarts is null || symbolStarts.Contains(c, StringComparison.Ordinal)
        || (char.IsLetter(c) && wordFigureStarts.MayStart(c));

    private readonly record struct UnitReading(FigureKind Kind, int Start, int End, Currency? Currency)
    {
        public bool Found => End > Start || Kind != FigureKind.Number;
    }

    internal IReadOnlyList<FigureMention> Run()
    {
        // The walk of Mentions, without its iterator.
        var found = new List<FigureMention>();
        int floor = 0;
        int i = 0;
        while (NextMention(i, floor) is ({ } mention, int at))
        {
            found.Add(mention);
            floor = mention.Offset + mention.Length;
            i = Math.Max(floor, at + 1);
        }

        return found.ToArray();
    }

    /// <summary>The mentions one at a time, left to right (what <see cref="Run"/> lists); enumerate once per scan.</summary>
    internal IEnumerable<FigureMention> Mentions()
    {
        int floor = 0;
        int i = 0;
        while (NextMention(i, floor) is ({ } mention, int at))
        {
            yield return mention;
            floor = mention.Offset + mention.Length;
            i = Math.Max(floor, at + 1);
        }
    }

    /// <summary>The first mention that starts at or after i, and the position it was found at (null at the end of the
    /// text): the walk over the characters, outside the iterator so that its position is a local, not a field.</summary>
    private (FigureMention? Mention, int At) NextMention(int i, int floor)
    {
        string t = _t;
        bool[] starts = _asciiStarts;
        bool afterWord = i > 0 && i <= t.Length && char.IsLetterOrDigit(t[i - 1]);
        while (i < t.Length)
        {
            // Inside a word or a number nothing starts (TryAt's first test), nor at an ASCII character no figure starts with.
            char c = t[i];
            if (!afterWord && (c >= 128 || starts[c]) && TryAt(i, floor) is { } mention)
            {
                return (mention, i);
            }

            i++;
            afterWord = char.IsLetterOrDigit(c);
            if (afterWord)
            {
                // The rest of the word or number, and the character after it: nothing starts there either.
                while (i < t.Length && char.IsLetterOrDigit(t[i]))
                {
                    i++;
                }

                i++;
                afterWord = false;
            }
        }

        return (null, _n);
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
        if (i + 4 < _n && _c.IsUpper(i, 3) && TextCursor.IsSpace(_t[i + 3]) && char.IsAsciiDigit(_t[i + 4])
            && Currency.TryFromCode(_t.AsSpan(i, 3), out var code))
        {
            return Numeric(i, i + 4, null, code, floor);
        }

        char first = _t[i];
        if ((first < 128 ? _asciiSymbolStarts[first] : _symbolStarts is null || _symbolStarts.Contains(first, StringComparison.Ordinal)) && _c.SymbolAt(i, _words) is { } symbol)
        {
            int p = _c.SkipSpaces(i + symbol.Length);
            return p < _n && char.IsAsciiDigit(_t[p]) ? Numeric(i, p, symbol, null, floor) : null;
        }

        if (char.IsAsciiDigit(_t[i]))
        {
            return Numeric(i, i, null, null, floor);
        }

        return char.IsLetter(_t[i]) ? WordFigure(i, floor) : null;
    }

    private FigureMention? Numeric(int coreStart, int numStart, string? symbol, Currency? code, int floor)
    {
        int numEnd = _c.DigitsEnd(numStart);
        bool plain = _c.AllDigits(numStart, numEnd);
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
        int q = _c.SkipSpaces(scaleEnd);
        if (q < _n && _t[q] is '-' or '–' or '—')
        {
            int h = _c.SkipSpaces(q + 1);
            int hn = SkipSymbol(h);
            if (hn < _n && char.IsAsciiDigit(_t[hn]))
            {
                highStart = h;
                highNumStart = hn;
                end = ReadScale(_c.DigitsEnd(hn));
            }
        }

        // "tra i A e i B", "between A and B", "da A a B", "from A to B"
        if (highStart < 0 && RangeWordBefore(coreStart, floor, out int wordStart, out string[] connectors))
        {
            foreach (string connector in connectors)
            {
                if (_c.WordAt(q, connector, out int afterConnector))
                {
                    int h = SkipArticle(_c.SkipSpaces(afterConnector));
                    int hn = SkipSymbol(h);
                    if (hn < _n && char.IsAsciiDigit(_t[hn]))
                    {
                        rangeStart = wordStart;
                        highStart = h;
                        highNumStart = hn;
                        end = ReadScale(_c.DigitsEnd(hn));
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
            return FigureMention.Create(start, mentionText, kind, qualifier, unitText, number?.Value, number, unit.Currency);
        }

        ParsedRange? range = ReadRange(_t[parseStart..end]);
        var low = FigureMention.Create(coreStart, _t[coreStart..scaleEnd], kind, qualifier, unitText, range?.Min.Value, range?.Min, unit.Currency);
        var high = FigureMention.Create(highStart, _t[highStart..end], kind, qualifier, unitText, range?.Max.Value, range?.Max, unit.Currency);
        return new FigureMention(start, mentionText, kind, qualifier, unitText)
        {
            Range = range,
            Currency = unit.Currency,
            Bounds = [low, high],
        };
    }

    private FigureMention? WordFigure(int i, int floor)
    {
        if (!_wordFigureStarts.MayStart(_t[i]))
        {
            return null; // no number word and no half starts here
        }

        foreach (int w in _numberWords.At(_t[i]))
        {
            var (word, number) = _words.NumberWords[w];
            if (_c.WordAt(i, word, out int end))
            {
                foreach (string multiple in _words.MultipleWords)
                {
                    int m = _c.SkipSpaces(end);
                    if (m > end && _c.WordAt(m, multiple, out int multipleEnd))
                    {
                        var (qualifier, start) = QualifierBefore(i, floor);
                        return new FigureMention(start, _t[start..multipleEnd], FigureKind.Multiple, qualifier, multiple) { Value = number };
                    }
                }

                return null;
            }
        }

        int halfEnd;
        if (_words.HalfWord is not { } half)
        {
            return null;
        }

        if (_words.HalfArticle is { } article)
        {
            // "la metà", "die Hälfte": the article first.
            if (!_c.WordAt(i, article, out int afterArticle))
            {
                return null;
            }

            int m = _c.SkipSpaces(afterArticle);
            if (m == afterArticle || !_c.WordAt(m, half, out halfEnd) || IsPeriodAfter(halfEnd))
            {
                return null;
            }
        }
        else if (_c.WordAt(i, half, out halfEnd))
        {
            // Not "first half", "half-year", "half a billion", "half of 2025".
            string before = _c.WordBefore(i);
            if (Array.IndexOf(_words.HalfPeriodWordsBefore, before) >= 0 || IsPeriodAfter(halfEnd)
                || (halfEnd < _n && _t[halfEnd] == '-') || AnyWordAt(_c.SkipSpaces(halfEnd), _words.HalfNotBefore))
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
        int q = _c.SkipSpaces(p);
        foreach (string joiner in _words.PeriodJoiners)
        {
            if (_c.WordAt(q, joiner, out int after))
            {
                q = _c.SkipSpaces(after);
                break;
            }
        }

        if (MonthAt(q, out _, out _))
        {
            return true;
        }

        int e = _c.DigitsEnd(q);
        return e - q == 4 && _c.AllDigits(q, e);
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
            int e = _c.DigitsEnd(p + 1);
            if (e - p - 1 <= 2 && _c.AllDigits(p + 1, e))
            {
                day2 = int.Parse(_t.AsSpan(p + 1, e - p - 1), NumberStyles.None, CultureInfo.InvariantCulture);
                p = e;
            }
        }

        if (_words.DayDot && p < _n && _t[p] == '.')
        {
            p++; // "4. Februar"
        }

        int m = _c.SkipSpaces(p);
        if (m > p && MonthAt(m, out int month, out int monthEnd))
        {
            int end = monthEnd;
            int? year = YearAfter(monthEnd, ref end, comma: false);
            return DateMention(numStart, end, year, month, number, day2, floor);
        }

        // "March 16", "March 16-22, 2026"
        int k = _c.SkipSpacesBack(numStart);
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
        if (numEnd + 5 < _n + 0 && numEnd + 6 <= _n && _t[numEnd] == '-' && _c.DigitsAt(numEnd + 1, 2) && numEnd + 3 < _n && _t[numEnd + 3] == '-' && _c.DigitsAt(numEnd + 4, 2)
            && (numEnd + 6 == _n || !char.IsAsciiDigit(_t[numEnd + 6])))
        {
            string iso = _t[numStart..(numEnd + 6)];
            if (DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return new FigureMention(numStart, iso, FigureKind.Date, NumberQualifier.None, string.Empty) { Value = year, Dates = DateRange.SingleDay(day) };
            }
        }

        // A fiscal year by its two calendar years: "2025/26", "2025/2026" (Geschäftsjahr 2025/26).
        if (numEnd + 2 < _n && _t[numEnd] == '/' && _c.DigitsAt(numEnd + 1, 2))
        {
            int digits = _c.DigitsAt(numEnd + 1, 4) ? 4 : 2;
            int second = int.Parse(_t.AsSpan(numEnd + 1, digits), NumberStyles.None, CultureInfo.InvariantCulture);
            int after = numEnd + 1 + digits;
            if ((digits == 2 ? second == (year + 1) % 100 : second == year + 1) && (after == _n || !char.IsLetterOrDigit(_t[after])) && year < 9999)
            {
                return new FigureMention(numStart, _t[numStart..after], FigureKind.Date, NumberQualifier.None, string.Empty)
                {
                    Value = year,
                    Dates = DateRange.Trusted(new DateOnly(year, 1, 1), new DateOnly(year + 1, 12, 31)),
                };
            }
        }

        // A quantity after all: "2026 unità", "1500 miliardi", "2000%".
        if (ReadScale(numEnd) > numEnd || ReadUnit(numEnd, null, null).Found)
        {
            return null;
        }

        // "2024-2025"
        if (numEnd + 4 < _n && _t[numEnd] is '-' or '–' && _c.DigitsAt(numEnd + 1, 4) && (numEnd + 5 == _n || !char.IsAsciiDigit(_t[numEnd + 5])))
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
        int k = _c.SkipSpacesBack(numStart);
        if (k < numStart)
        {
            int j = k;
            foreach (string joiner in _words.YearJoiners)
            {
                if (_c.EndsWithWord(k, joiner, floor, out int joinerStart))
                {
                    j = _c.SkipSpacesBack(joinerStart);
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

        q = _c.SkipSpaces(q);
        if (q == p)
        {
            return null;
        }

        foreach (string joiner in _words.YearJoiners)
        {
            if (_c.WordAt(q, joiner, out int after))
            {
                q = _c.SkipSpaces(after);
                break;
            }
        }

        if (_c.DigitsAt(q, 4) && (q + 4 == _n || !char.IsLetterOrDigit(_t[q + 4])))
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
            foreach (string suffix in _words.OrdinalSuffixes)
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

        int q = _c.SkipSpaces(p);
        if (q > p && q < _n && _t[q] == '%')
        {
            return new UnitReading(FigureKind.Percentage, q, q + 1, null);
        }

        if (q > p)
        {
            foreach (string word in _words.PercentWords)
            {
                if (_c.WordAt(q, word, out int e))
                {
                    return new UnitReading(FigureKind.Percentage, q, e, null);
                }
            }

            foreach (string word in _words.MultipleWords)
            {
                if (_c.WordAt(q, word, out int e))
                {
                    return new UnitReading(FigureKind.Multiple, q, e, null);
                }
            }
        }

        int r = q > p ? AfterUnitPrefix(q) : q;
        bool joined = q == p && p + 1 < _n && _t[p] == '-' && char.IsLetter(_t[p + 1]); // "50-Milliarden-Dollar-Geschäft"

        Currency? named = null;
        int unitStart = r;
        int unitEnd = -1;
        if (joined)
        {
            foreach (int n in StartingAt(_currencyNameStarts, p + 1))
            {
                var (words, iso) = _words.CurrencyNames[n];
                if (_c.WordAt(p + 1, words, out int e))
                {
                    named = Currency.FromCode(iso);
                    unitStart = p + 1;
                    unitEnd = e;
                    break;
                }
            }
        }

        if (r > p)
        {
            foreach (int n in StartingAt(_currencyNameStarts, r))
            {
                var (words, iso) = _words.CurrencyNames[n];
                if (_c.WordAt(r, words, out int e))
                {
                    named = Currency.FromCode(iso);
                    unitEnd = e;
                    break;
                }
            }

            if (unitEnd < 0 && r + 3 <= _n && _c.IsUpper(r, 3) && (r + 3 == _n || !char.IsLetterOrDigit(_t[r + 3])) && Currency.TryFromCode(_t.AsSpan(r, 3), out var after))
            {
                named = after;
                unitEnd = r + 3;
            }

            if (unitEnd < 0)
            {
                foreach (string word in _words.TokenWords)
                {
                    if (_c.WordAt(r, word, out int e))
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
            named = code ?? (symbol is not null && SymbolCode(symbol) is { } c ? Currency.FromCode(c) : null);
        }

        // A price: "$ 20.000 per unità", "$30,000 per GPU".
        int s = _c.SkipSpaces(unitEnd);
        if (s > unitEnd && PerWordAt(s, out int afterPer))
        {
            int nounStart = _c.SkipSpaces(afterPer);
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
            foreach (string adjective in _words.CountAdjectivesBefore)
            {
                if (_c.WordAt(s, adjective, out e))
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

            int next = _c.SkipSpaces(e);
            if (next == e)
            {
                break;
            }

            s = next;
        }

        int end = -1;
        foreach (int n in StartingAt(_countNounStarts, s))
        {
            if (_c.WordAt(s, _words.CountNouns[n], out end))
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
            int next = _c.SkipSpaces(end);
            if (next == end)
            {
                return end;
            }

            int e = -1;
            foreach (string adjective in _words.CountAdjectivesAfter)
            {
                if (_c.WordAt(next, adjective, out e))
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
        int k = _c.SkipSpacesBack(start);
        if (k == start)
        {
            // A mark joined to the figure: "~$52.7 billion", "≈5%".
            foreach (int h in EndingAt(_hedgeEnds, k))
            {
                var (mark, markQualifier) = _words.HedgeList[h];
                if (!char.IsLetter(mark[^1]) && _c.EndsWithWord(k, mark, floor, out int markStart))
                {
                    return (markQualifier, markStart);
                }
            }

            return (NumberQualifier.None, start);
        }

        if (QualifierEndingAt(k, floor, out var qualifier, out int qualifierStart))
        {
            return (qualifier, qualifierStart);
        }

        foreach (int a in EndingAt(_articleEnds, k))
        {
            if (_c.EndsWithWord(k, _words.Articles[a], floor, out int articleStart))
            {
                int j = _c.SkipSpacesBack(articleStart);
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
        foreach (int h in EndingAt(_hedgeEnds, k))
        {
            var (phrase, q) = _words.HedgeList[h];
            if (_c.EndsWithWord(k, phrase, floor, out int s) && (start < 0 || s < start))
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
        int k = _c.SkipSpacesBack(start);
        if (k == start)
        {
            return false;
        }

        foreach (string article in _words.RangeArticles)
        {
            if (_c.EndsWithWord(k, article, floor, out int articleStart))
            {
                int j = _c.SkipSpacesBack(articleStart);
                if (j < articleStart)
                {
                    k = j;
                }

                break;
            }
        }

        foreach (var (word, words) in _words.RangeWords)
        {
            if (_c.EndsWithWord(k, word, floor, out wordStart))
            {
                connectors = words;
                return true;
            }
        }

        return false;
    }

    // ---- Reading numbers through NewsNumberParser -------------------------------------------------------------

    private ParsedNumber? ReadNumber(string reading) =>
        NewsNumberParser.TryParse(reading, _words, _digits, policy, out var number) || NewsNumberParser.TryParse(reading, _words, null, policy, out number)
            ? number
            : null;

    private ParsedRange? ReadRange(string reading) =>
        NewsNumberParser.TryParseRange(reading, _words, _digits, policy, out var range) || NewsNumberParser.TryParseRange(reading, _words, null, policy, out range)
            ? range
            : null;

    private int ReadScale(int numEnd)
    {
        int p = numEnd;
        if (p + 1 < _n && _t[p] == '-' && char.IsLetter(_t[p + 1]))
        {
            p++; // "50-Milliarden-Dollar"
        }
        else if (p < _n && !char.IsLetter(_t[p]))
        {
            p = _c.SkipSpaces(p);
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

        ReadOnlySpan<char> word = _t.AsSpan(p, e - p);
        if (ScaleWords.Find(word, policy, _words, out _, out _) is not (ScaleWords.Lookup.Found or ScaleWords.Lookup.RejectedAmbiguous))
        {
            return numEnd;
        }

        // An abbreviation's '.' is part of it ("5 Mrd. Euro").
        return e < _n && _t[e] == '.' && word.Length > 1 && IsScaleAbbreviation(word) ? e + 1 : e;
    }

    private bool IsScaleAbbreviation(ReadOnlySpan<char> word)
    {
        foreach (var (abbreviation, _) in _words.ScaleAbbreviations)
        {
            if (word.SequenceEqual(abbreviation))
            {
                return true;
            }
        }

        return false;
    }

    // ---- Words at a position ------------------------------------------------------------------------------------

    /// <summary>The words of an index that may start at p (every word at the end of the text).</summary>
    private ReadOnlySpan<int> StartingAt(WordsByFirstLetter index, int p) => p >= 0 && p < _n ? index.At(_t[p]) : index.All;

    /// <summary>The words of an index (by last letter) that may end at k (every word at the start of the text).</summary>
    private ReadOnlySpan<int> EndingAt(WordsByFirstLetter index, int k) => k > 0 && k <= _n ? index.At(_t[k - 1]) : index.All;

    /// <summary>Whether one of the words starts at p (<see cref="TextCursor.WordAt"/>); a loop, so that no closure is made per call.</summary>
    private bool AnyWordAt(int p, string[] words)
    {
        foreach (string word in words)
        {
            if (_c.WordAt(p, word, out _))
            {
                return true;
            }
        }

        return false;
    }

    private bool PerWordAt(int p, out int end)
    {
        foreach (string word in _words.PerWords)
        {
            if (_c.WordAt(p, word, out end))
            {
                return true;
            }
        }

        end = p;
        return false;
    }

    private int SkipSymbol(int p) => _c.SymbolAt(p, _words) is { } symbol ? _c.SkipSpaces(p + symbol.Length) : p;

    /// <summary>What a currency symbol before a number means in economic news ($ the US dollar...; ¥ stays unknown).</summary>
    private string? SymbolCode(string symbol)
    {
        foreach (var (s, code) in _words.CurrencySymbols)
        {
            if (s == symbol)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The position after a word between a figure and its unit ("di ", "of ", "d'"), or q.</summary>
    private int AfterUnitPrefix(int q)
    {
        foreach (string prefix in _words.UnitPrefixes)
        {
            if (prefix.EndsWith(' ') && _c.WordAt(q, prefix.TrimEnd(), out int after))
            {
                return _c.SkipSpaces(after);
            }

            if (!prefix.EndsWith(' ') && q + prefix.Length < _n && _t.AsSpan(q, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return q + prefix.Length;
            }
        }

        return q;
    }

    private int SkipArticle(int p)
    {
        foreach (string article in _words.Articles)
        {
            if (_c.WordAt(p, article, out int e))
            {
                int next = _c.SkipSpaces(e);
                if (next > e && next < _n && (char.IsAsciiDigit(_t[next]) || SkipSymbol(next) > next))
                {
                    return next;
                }
            }
        }

        return p;
    }

    /// <summary>A month name at p (with a capital where the language writes one: "May", not "may"), or a capitalised abbreviation ("Feb").</summary>
    private bool MonthAt(int p, out int month, out int end)
    {
        foreach (var (name, number) in _words.MonthTable)
        {
            if (_c.WordAt(p, name, out end) && (!_words.MonthsCapitalised || char.IsUpper(_t[p])))
            {
                month = number;
                return true;
            }
        }

        for (int m = 0; m < _words.MonthAbbreviations.Length; m++)
        {
            if (_c.WordAt(p, _words.MonthAbbreviations[m], out end) && char.IsUpper(_t[p]))
            {
                end = end < _n && _t[end] == '.' ? end + 1 : end;
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
        foreach (var (name, number) in _words.MonthTable)
        {
            if (_c.EndsWithWord(k, name, floor, out start) && (!_words.MonthsCapitalised || char.IsUpper(_t[start])))
            {
                month = number;
                return true;
            }
        }

        start = k;
        month = 0;
        return false;
    }
}
