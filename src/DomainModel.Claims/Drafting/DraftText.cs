using System;
using System.Collections.Generic;
using System.Linq;
using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>
/// The article as the drafter reads it: sentences, clauses, words with their offsets, names of companies and
/// products, and the source a sentence names. Works on the original text (every quote is a span of it).
/// </summary>
internal sealed class DraftText
{
    private static readonly string[] Abbreviations =
        ["Nov", "Sept", "Sep", "Oct", "Dec", "Jan", "Feb", "Mar", "Apr", "Aug", "Jun", "Jul", "Mr", "Mrs", "Ms", "Dr", "Inc", "Corp", "Ltd", "Co", "St", "No", "vs", "etc", "ca", "pag", "Sig", "Dott", "Ing"];

    private static readonly string[] PeriodStems =
        ["anno", "anni", "year", "quarter", "trimestr", "semestr", "half", "fiscal", "esercizio", "mese", "mesi", "month", "settiman", "week"];

    private static readonly string[] ItalianMonths = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];

    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Sept"];

    private readonly string _text;
    private readonly CueWords _cues;
    private readonly NewsLanguage _language;
    private readonly Dictionary<int, List<Token>> _tokens = [];
    private readonly Dictionary<int, List<Name>> _names = [];
    private Dictionary<int, List<DraftFigure>> _figuresBySentence = [];
    private List<Name>? _allNames;

    internal DraftText(string text, CueWords cues, NewsLanguage language)
    {
        _text = text;
        _cues = cues;
        _language = language;
        Sentences = Split(text);
    }

    /// <summary>The sentences, [Start, End) in text order; paragraph breaks end a sentence.</summary>
    internal IReadOnlyList<(int Start, int End)> Sentences { get; }

    // Indexed by sentence once: the period search asks for a sentence's figures once per sentence it walks back over,
    // for every figure, so a scan of every figure per question made the draft's time grow with the cube of the figures.
    internal void SetFigures(List<DraftFigure> figures) =>
        _figuresBySentence = figures.GroupBy(f => f.Sentence).ToDictionary(g => g.Key, g => g.ToList());

    private List<DraftFigure> FiguresOf(int sentence) => _figuresBySentence.TryGetValue(sentence, out var list) ? list : [];

    internal int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Sentences[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return Math.Max(lo, 0);
    }

    internal string SentenceText(int sentence) => _text[Sentences[sentence].Start..Sentences[sentence].End];

    internal bool HasFigure(int sentence) => _figuresBySentence.ContainsKey(sentence);

    internal IReadOnlyList<(int Start, int End)> QuantitySpans(int sentence) => [.. FiguresOf(sentence).Select(f => (f.Start, f.End))];

    internal IReadOnlyList<DraftFigure> FiguresIn(int sentence) => [.. FiguresOf(sentence)];

    /// <summary>The words of a sentence, punctuation around them trimmed, with whether each can anchor period words (a digit, a month, "anno", "quarter"...).</summary>
    internal List<Token> Tokens(int sentence)
    {
        if (_tokens.TryGetValue(sentence, out var cached))
        {
            return cached;
        }

        var list = new List<Token>();
        var (start, end) = Sentences[sentence];
        int i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(_text[i]))
            {
                i++;
            }

            int s = i;
            while (i < end && !char.IsWhiteSpace(_text[i]))
            {
                i++;
            }

            int a = s, b = i;
            while (a < b && "(“\"'«‘[".Contains(_text[a], StringComparison.Ordinal))
            {
                a++;
            }

            while (b > a && ",.;:!?)”\"»’]".Contains(_text[b - 1], StringComparison.Ordinal))
            {
                b--;
            }

            if (b > a)
            {
                string word = _text[a..b];
                list.Add(new Token(a, b, word, IsAnchor(word)));
            }
        }

        _tokens[sentence] = list;
        return list;
    }

    private bool IsAnchor(string word)
    {
        if (word.Any(char.IsAsciiDigit))
        {
            return true;
        }

        string lower = word.ToLowerInvariant();
        if (PeriodStems.Any(p => lower.Contains(p, StringComparison.Ordinal)))
        {
            return true;
        }

        return _language == NewsLanguage.English
            ? EnglishMonths.Any(m => word.StartsWith(m, StringComparison.Ordinal) && (word.Length == m.Length || word[m.Length] == '.'))
            : ItalianMonths.Any(m => lower.EndsWith(m, StringComparison.Ordinal));
    }

    /// <summary>
    /// The clause around [start, end): from the last clause mark (", ", ";", ":", brackets, quotation marks, dashes)
    /// or the previous figure before it to the next clause mark after it (or the figure's end when another figure comes
    /// first); the whole sentence when the clause is not unique in the text.
    /// </summary>
    internal string Clause(int start, int end, int sentence)
    {
        var (sStart, sEnd) = Sentences[sentence];
        int left = start;
        int previousEnd = FiguresOf(sentence).Where(f => f.End <= start).Select(f => f.End).DefaultIfEmpty(sStart).Max();
        while (left > Math.Max(sStart, previousEnd) && !IsMarkBefore(left))
        {
            left--;
        }

        int nextStart = FiguresOf(sentence).Where(f => f.Start >= end).Select(f => f.Start).DefaultIfEmpty(sEnd).Min();
        int right = end;
        while (right < sEnd && !IsMarkAt(right))
        {
            right++;
        }

        if (right > nextStart)
        {
            right = end;
        }

        string clause = Trim(left, right, out int at);
        if (_text.IndexOf(clause, StringComparison.Ordinal) == at)
        {
            return clause;
        }

        return Trim(sStart, sEnd, out _);
    }

    private string Trim(int start, int end, out int at)
    {
        while (start < end && (char.IsWhiteSpace(_text[start]) || _text[start] is ',' or ';' or ':'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] is ',' or ';' or ':' or '.'))
        {
            end--;
        }

        at = start;
        return _text[start..end];
    }

    private bool IsMarkBefore(int i)
    {
        char c = _text[i - 1];
        return c is ';' or ':' or '(' or ')' or '“' or '”' or '"' or '—' or '–' or '\n'
            || (c == ',' && i < _text.Length && char.IsWhiteSpace(_text[i]))
            || (c == ' ' && i >= 3 && _text[i - 2] == '-' && _text[i - 3] == ' ');
    }

    private bool IsMarkAt(int i)
    {
        char c = _text[i];
        return c is ';' or ':' or '(' or ')' or '“' or '”' or '"' or '—' or '–' or '\n'
            || (c == ',' && i + 1 < _text.Length && char.IsWhiteSpace(_text[i + 1]))
            || (c == ' ' && i + 2 < _text.Length && _text[i + 1] == '-' && _text[i + 2] == ' ');
    }

    internal string ClauseBefore(int offset, int sentence) => _text[Sentences[sentence].Start..offset];

    /// <summary>The names (capitalised words, not sentence openers, places or months) of a sentence, with the company a fiscal calendar knows them as.</summary>
    internal List<Name> NamesIn(int sentence)
    {
        if (_names.TryGetValue(sentence, out var cached))
        {
            return cached;
        }

        var names = new List<Name>();
        var run = new List<(int Start, int End, string Word)>();
        void Flush()
        {
            if (run.Count > 0)
            {
                int s = run[0].Start, e = run[^1].End;
                string text = _text[s..e];
                names.Add(new Name(s, e, text, CompanyOf(text, run.Select(r => r.Word))));
                run.Clear();
            }
        }

        foreach (var token in Tokens(sentence))
        {
            var (start, word) = Unglue(token);
            if (start != token.Start || (token.Start > 0 && _text[token.Start - 1] != ' '))
            {
                Flush();
            }

            if (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            bool isName = word.Length > 1 && char.IsUpper(word[0]) && !word.Any(char.IsDigit)
                && !_cues.NotNames.Contains(word, StringComparer.Ordinal) && !IsMonth(word) && !(word.Length == 3 && word.All(char.IsUpper) && Currency.TryFromCode(word, out _));
            if (isName)
            {
                run.Add((start, start + word.Length, word));
                if (token.End < _text.Length && _text[token.End] is ',' or ';' or ':' or '.' or ')')
                {
                    Flush();
                }
            }
            else
            {
                Flush();
            }
        }

        Flush();
        _names[sentence] = names;
        return names;
    }

    internal List<Name> AllNames()
    {
        if (_allNames is null)
        {
            _allNames = [];
            for (int s = 0; s < Sentences.Count && _allNames.Count < 200; s++)
            {
                _allNames.AddRange(NamesIn(s));
            }
        }

        return _allNames;
    }

    /// <summary>"finanziariByteDance" (a missing space): the name after the lower-case run.</summary>
    private (int Start, string Word) Unglue(Token token)
    {
        string w = token.Text;
        for (int i = 3; i < w.Length - 1; i++)
        {
            if (char.IsUpper(w[i]) && w[..i].All(char.IsLower))
            {
                return (token.Start + i, w[i..]);
            }
        }

        return (token.Start, w);
    }

    private static string? CompanyOf(string name, IEnumerable<string> words)
    {
        if (FiscalCalendars.TryFind(name, out var calendar) && calendar != FiscalCalendars.Calendar)
        {
            return calendar.Name;
        }

        foreach (string w in words)
        {
            if (FiscalCalendars.TryFind(w, out calendar) && calendar != FiscalCalendars.Calendar)
            {
                return calendar.Name;
            }
        }

        return null;
    }

    private bool IsMonth(string word) =>
        EnglishMonths.Contains(word, StringComparer.Ordinal) || ItalianMonths.Contains(word, StringComparer.OrdinalIgnoreCase);

    /// <summary>The source a sentence names nearest to a figure: "secondo X", "according to X", "citing X", "X reported"; null when none.</summary>
    internal string? SourceIn(int sentence, int offset)
    {
        string text = SentenceText(sentence);
        int sStart = Sentences[sentence].Start;
        var names = NamesIn(sentence);
        var found = new List<(int At, string Name)>();
        foreach (string cue in _cues.SourceBefore)
        {
            for (int at = IndexOfWord(text, cue, 0); at >= 0; at = IndexOfWord(text, cue, at + 1))
            {
                int after = sStart + at + cue.Length;
                var next = names.FirstOrDefault(n => n.Start >= after && Gap(after, n.Start) <= 5);
                if (next.Text is not null)
                {
                    found.Add((sStart + at, next.Text));
                }
            }
        }

        foreach (string cue in _cues.SourceAfter)
        {
            for (int at = IndexOfWord(text, cue, 0); at >= 0; at = IndexOfWord(text, cue, at + 1))
            {
                int before = sStart + at;
                var previous = names.LastOrDefault(n => n.End <= before && Gap(n.End, before) <= 0);
                if (previous.Text is not null)
                {
                    found.Add((before, previous.Text));
                }
            }
        }

        return found.Count == 0 ? null : found.OrderBy(f => Math.Abs(f.At - offset)).First().Name;
    }

    /// <summary>The number of words between two offsets.</summary>
    private int Gap(int from, int to) => _text[from..to].Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Whether the words just after an offset (spaces skipped) begin with one of the phrases.</summary>
    internal bool FollowedBy(int offset, IEnumerable<string> phrases)
    {
        int i = offset;
        while (i < _text.Length && _text[i] == ' ')
        {
            i++;
        }

        foreach (string p in phrases)
        {
            if (i + p.Length <= _text.Length && string.Compare(_text, i, p, 0, p.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (i + p.Length == _text.Length || !char.IsLetterOrDigit(_text[i + p.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the phrases stands in the up to <paramref name="words"/> words before an offset (same sentence).</summary>
    internal bool PrecededBy(int offset, IEnumerable<string> phrases, int words)
    {
        string before = WordsBefore(offset, words);
        return phrases.Any(p => HasWord(before, p));
    }

    /// <summary>Whether one of the up to <paramref name="words"/> words before an offset (same sentence, after the previous figure) begins with one of the stems.</summary>
    internal bool PrecededByStem(int offset, IEnumerable<string> stems, int words)
    {
        string before = WordsBefore(offset, words);
        var list = before.Split((char[])[' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return list.Any(w => stems.Any(s => w.StartsWith(s, StringComparison.OrdinalIgnoreCase)));
    }

    private string WordsBefore(int offset, int words)
    {
        int sentence = SentenceAt(offset);
        int floor = FiguresOf(sentence).Where(f => f.End <= offset).Select(f => f.End).DefaultIfEmpty(Sentences[sentence].Start).Max();
        string before = _text[floor..offset];
        var list = before.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', list.Skip(Math.Max(0, list.Length - words)));
    }

    internal static bool HasWord(string text, string word) => IndexOfWord(text, word, 0) >= 0;

    internal static int LastWord(string text, string word)
    {
        int last = -1;
        for (int at = IndexOfWord(text, word, 0); at >= 0; at = IndexOfWord(text, word, at + 1))
        {
            last = at;
        }

        return last;
    }

    /// <summary>The index of a phrase as whole words (case-insensitive), from <paramref name="from"/>, or -1.</summary>
    internal static int IndexOfWord(string text, string word, int from)
    {
        while (from <= text.Length)
        {
            int at = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            bool startOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            bool endOk = at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (startOk && endOk)
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    private static List<(int Start, int End)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool end = c == '\n';
            if (c is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                int j = i + 1;
                while (j < text.Length && text[j] is ' ' or '\t')
                {
                    j++;
                }

                bool nextStarts = j >= text.Length || text[j] == '\n' || char.IsUpper(text[j]) || text[j] is '"' or '“' or '«' || char.IsDigit(text[j]);
                end = nextStarts && !IsAbbreviation(text, i);
            }

            if (end)
            {
                if (HasContent(text, start, i + 1))
                {
                    sentences.Add((start, i + 1));
                }

                start = i + 1;
            }
        }

        if (HasContent(text, start, text.Length))
        {
            sentences.Add((start, text.Length));
        }

        if (sentences.Count == 0)
        {
            sentences.Add((0, text.Length));
        }

        return sentences;
    }

    private static bool HasContent(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        int s = dot;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        string word = text[s..dot];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial, "U.S."
        }

        return Abbreviations.Contains(word, StringComparer.Ordinal);
    }

    /// <summary>A word of a sentence with its extent and whether it can anchor period words.</summary>
    internal readonly record struct Token(int Start, int End, string Text, bool Anchor);

    /// <summary>A name of a sentence; <see cref="Company"/> is the fiscal calendar's name when one is known.</summary>
    internal readonly record struct Name(int Start, int End, string Text, string? Company);
}
