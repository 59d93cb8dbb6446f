using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DomainModel.Text;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// The work behind <see cref="ClaimsDraft"/>: scans the figures, turns each quantity into a claim spec, suggests
/// relations from cue words, and keeps only what loads (each claim and relation is loaded on its own first, then the
/// whole document). One instance per draft; not thread-safe, never shared.
/// </summary>
internal sealed partial class ClaimsDrafter
{
    private const int MaxPeriodWords = 8;

    private readonly string _text;
    private readonly NewsLanguage _language;
    private readonly DateOnly _asOf;
    private readonly ClaimsDraftOptions _options;
    private readonly CueWords _cues;
    private readonly DraftText _words;
    private readonly List<string> _notes = [];
    private readonly ArticleSpec _article;
    private readonly string _publisher;
    private readonly Dictionary<int, List<PeriodWords>> _periods = [];
    private readonly Dictionary<int, PeriodWords> _chosen = [];

    internal ClaimsDrafter(string text, NewsLanguage language, DateOnly asOf, ClaimsDraftOptions options, CueWords cues)
    {
        _text = text;
        _language = language;
        _asOf = asOf;
        _options = options;
        _cues = cues;
        _words = new DraftText(text, cues, language);
        _publisher = options.Publisher ?? "unknown publisher";
        string title = options.Title ?? DefaultTitle();
        _article = new ArticleSpec(
            title, _publisher, Lexicon.For(language).Code, options.Scale == ScalePolicy.LongScale ? "long" : "short", null, asOf,
            options.AsOfReason ?? "the as-of date given to the draft", options.TextPath ?? "article.txt", false);
    }

    internal (ClaimsDocument? Document, string? Problem, IReadOnlyList<string> Notes) Run()
    {
        if (_options.Publisher is null)
        {
            _notes.Add("no publisher was given: \"unknown publisher\" stands for it, and is the source of every figure the text gives no source for.");
        }

        var figures = Figures();
        var drafts = new List<DraftClaim>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var figure in figures)
        {
            if (drafts.Count == ClaimsDraft.MaxClaims)
            {
                _notes.Add(Preconditions.Invariant($"only the first {ClaimsDraft.MaxClaims} claims are drafted; figures from offset {figure.Start} on are left out."));
                break;
            }

            if (Draft(figure, drafts, ids) is { } draft)
            {
                drafts.Add(draft);
                ids.Add(draft.Spec.Id);
            }
        }

        if (drafts.Count == 0)
        {
            string why = figures.Count == 0
                ? "the text has no quantity figures (money, counts, tokens, users, shares) to draft claims from."
                : Preconditions.Invariant($"none of the text's {figures.Count} quantity figures could be drafted as a claim that loads (see the notes).");
            return (null, why, _notes);
        }

        var relations = new DraftRelations(this, drafts).Suggest();
        if (TryLoad([.. drafts.Select(d => d.Spec)], relations, out var document, out string? error))
        {
            return (document, null, _notes);
        }

        // Each part loaded on its own; together they should too. If not, keep the claims and say why.
        _notes.Add("the relations were left out: together they do not load: " + error);
        if (TryLoad([.. drafts.Select(d => d.Spec)], [], out document, out error))
        {
            return (document, null, _notes);
        }

        return (null, "the drafted claims do not load together: " + error, _notes);
    }

    internal NewsLanguage Language => _language;

    internal CueWords Cues => _cues;

    internal DraftText Words => _words;

    internal string Text => _text;

    internal void Note(string note) => _notes.Add(note);

    /// <summary>Loads a document of the article with these parts; false with the loader's message when it does not load.</summary>
    internal bool TryLoad(IReadOnlyList<ClaimSpec> claims, IReadOnlyList<RelationSpec> relations, out ClaimsDocument? document, out string? error)
    {
        try
        {
            string json = ClaimsDocumentWriter.Write(_article, [], claims, relations);
            document = ClaimsDocumentReader.Read(json, _ => _text);
            error = null;
            return true;
        }
        catch (Exception e) when (e is ClaimsDocumentException or ArgumentException or FormatException or OverflowException or InvalidOperationException or KeyNotFoundException)
        {
            (document, error) = (null, e.Message);
            return false;
        }
    }

    private string DefaultTitle()
    {
        var first = _words.Sentences.Count > 0 ? _text[_words.Sentences[0].Start.._words.Sentences[0].End].Trim() : _text.Trim();
        first = string.Join(' ', first.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return first.Length <= 80 ? first : first[..80].TrimEnd() + "…";
    }

    /// <summary>Every quantity figure of the text with its extent in the original text (a currency code glued to the digits, "CNY63.1 billion", read as "CNY 63.1 billion").</summary>
    private List<DraftFigure> Figures()
    {
        var inserted = new List<int>();
        var scanText = new StringBuilder(_text.Length + 16);
        int last = 0;
        foreach (Match m in GluedCode().Matches(_text))
        {
            string code = m.Groups[1].Value;
            if (code != "RMB" && !Currency.TryFromCode(code, out _))
            {
                continue;
            }

            int at = m.Groups[1].Index + code.Length;
            scanText.Append(_text, last, at - last).Append(' ');
            inserted.Add(scanText.Length - 1);
            last = at;
        }

        scanText.Append(_text, last, _text.Length - last);
        string scanned = scanText.ToString();
        int Original(int s) => s - inserted.Count(i => i < s);
        var result = new List<DraftFigure>();
        foreach (var m in FigureScanner.Scan(scanned, _language, _options.Scale))
        {
            if (!m.IsQuantity)
            {
                continue;
            }

            int start = Original(m.Offset), end = Original(m.Offset + m.Length);
            result.Add(new DraftFigure(start, end, _text[start..end], m, _words.SentenceAt(start)));
        }

        _words.SetFigures(result);
        return result;
    }

    private DraftClaim? Draft(DraftFigure figure, List<DraftClaim> earlier, HashSet<string> ids)
    {
        var measure = Measure(figure, earlier, out var guessed, out int end, out string? skip);
        if (measure is null)
        {
            if (skip is not null)
            {
                _notes.Add($"\"{figure.Text}\" (offset {figure.Start.ToString(CultureInfo.InvariantCulture)}) is not drafted: {skip}");
            }

            return null;
        }

        var sentence = _words.Sentences[figure.Sentence];
        string quote = Quote(figure.Start, end, figure.Sentence);
        string? number = FigureText(figure, measure);
        if (number is null || !quote.Contains(number, StringComparison.Ordinal))
        {
            _notes.Add($"\"{figure.Text}\" (offset {figure.Start.ToString(CultureInfo.InvariantCulture)}) is not drafted: its number cannot be told from its unit words.");
            return null;
        }

        var (subject, subjectNamed) = Subject(figure, earlier);
        var chosen = Period(figure, subject, out bool periodGuessed);
        if (chosen is null)
        {
            _notes.Add($"\"{figure.Text}\" (offset {figure.Start.ToString(CultureInfo.InvariantCulture)}) is not drafted: no words of the text name a period the library resolves, and a claim's period must be the article's words.");
            return null;
        }

        var source = Source(figure, out bool sourceGuessed);
        string metric = Metric(figure, measure);
        var guesses = new List<string> { "subject", "metric" };
        if (guessed)
        {
            guesses.Add("measure");
        }

        if (periodGuessed)
        {
            guesses.Add("period");
        }

        if (chosen.Calendar is not null)
        {
            guesses.Add("calendar");
        }

        if (sourceGuessed)
        {
            guesses.Add("source");
        }

        _ = subjectNamed;
        string id = Id(subject, measure, chosen.Period, ids);
        var spec = new ClaimSpec(id, subject, metric, quote, number, measure, chosen.Words, chosen.Calendar, source, null, null, guesses);
        if (!TryLoad([spec], [], out var single, out string? error))
        {
            _notes.Add($"\"{figure.Text}\" (offset {figure.Start.ToString(CultureInfo.InvariantCulture)}) is not drafted: {error}");
            return null;
        }

        _chosen.TryAdd(figure.Sentence, chosen);
        return new DraftClaim(spec, figure, end, single!.Claims[0].Claim.Period, MeasureKey(measure));
    }

    private static string MeasureKey(MeasureSpec m) => m.KindWord + "|" + m.Currency + "|" + m.Per + "|" + m.Window;

    /// <summary>The measure of a figure, whether it was guessed, and where its words end (a currency symbol after the number); null with the reason to skip it.</summary>
    private MeasureSpec? Measure(DraftFigure figure, List<DraftClaim> earlier, out bool guessed, out int end, out string? skip)
    {
        var m = figure.Mention;
        guessed = false;
        end = figure.End;
        skip = null;
        switch (m.Kind)
        {
            case FigureKind.Money:
            {
                string? code = m.Currency?.Code;
                if (code is null)
                {
                    code = Yen(figure.Text) ? GuessYenOrYuan() : null;
                    guessed = true;
                }

                if (code is null)
                {
                    skip = "its currency is not known.";
                    return null;
                }

                if (m.Unit.StartsWith("per ", StringComparison.OrdinalIgnoreCase) && CountKind.TryCreate(m.Unit[4..].Trim(), out var per))
                {
                    return new MeasureSpec(MeasureKind.Price, "price", code, null, per.Name, null);
                }

                if (PerShareBefore(figure) is { } share)
                {
                    return new MeasureSpec(MeasureKind.Price, "price", code, null, share, null);
                }

                return new MeasureSpec(MeasureKind.Money, "money", code, null, null, null);
            }

            case FigureKind.Count:
            {
                string unit = m.Unit;
                if (_cues.Users.Any(u => DraftText.HasWord(unit, u)))
                {
                    string? window = _cues.Windows.Where(w => DraftText.HasWord(unit, w.Word)).Select(w => w.Window).FirstOrDefault();
                    if (window is null)
                    {
                        window = _cues.Windows.Where(w => DraftText.HasWord(_words.SentenceText(figure.Sentence), w.Word)).Select(w => w.Window).FirstOrDefault() ?? "monthly";
                        guessed = true;
                    }

                    return new MeasureSpec(MeasureKind.ActiveUsers, "activeUsers", null, null, null, window);
                }

                if (!CountKind.TryCreate(unit, out var kind))
                {
                    skip = $"'{unit}' is not a name of a kind of thing counted.";
                    return null;
                }

                return new MeasureSpec(MeasureKind.Count, "count", null, kind.Name, null, null);
            }

            case FigureKind.Tokens:
                return TokenMeasure(figure, earlier, ref guessed, out skip);
            case FigureKind.Percentage:
                if (IsChange(figure))
                {
                    skip = "a change in percent, not a share; its baseline is not a figure of the text (docs/articles/GAPS.md, part 3).";
                    return null;
                }

                if (_words.FollowedBy(figure.End, _cues.PercentAbove.Concat(_cues.PercentBelow)))
                {
                    return null; // a percentage above or below: a relation's parameter
                }

                return new MeasureSpec(MeasureKind.Share, "share", null, null, null, null);
            case FigureKind.Number:
            {
                var after = SymbolAfter().Match(_text, figure.End);
                if (after.Success && after.Index == figure.End)
                {
                    string symbol = after.Groups[1].Value;
                    string? code = symbol == "¥" ? GuessYenOrYuan() : symbol switch { "US$" or "$" => "USD", "€" => "EUR", "£" => "GBP", _ => null };
                    guessed = symbol == "¥";
                    end = after.Index + after.Length;
                    return code is null ? null : new MeasureSpec(MeasureKind.Money, "money", code, null, null, null);
                }

                if (_words.SentenceText(figure.Sentence).Contains("token", StringComparison.OrdinalIgnoreCase) && !NounAfter(figure.End))
                {
                    guessed = true;
                    return TokenMeasure(figure, earlier, ref guessed, out skip);
                }

                skip = "no unit is written with it (a date, a name or a bare number).";
                return null;
            }

            default:
                return null; // fractions and multiples are the words of relations
        }
    }

    private MeasureSpec? TokenMeasure(DraftFigure figure, List<DraftClaim> earlier, ref bool guessed, out string? skip)
    {
        skip = null;
        var supported = ClaimsDocumentReader.TokenPeriods.Select(p => p.Item1).ToHashSet(StringComparer.Ordinal);
        if (_words.PrecededBy(figure.Start, _cues.TokenTotals, 4))
        {
            skip = "a total of tokens over a span, which the format cannot state as tokens per day or month (docs/articles/GAPS.md, part 5).";
            return null;
        }

        string sentence = _words.SentenceText(figure.Sentence);
        string? per = _cues.TokenPeriods.Where(p => DraftText.HasWord(sentence, p.Word) && supported.Contains(p.Per)).Select(p => p.Per).FirstOrDefault();
        if (per is null)
        {
            per = earlier.LastOrDefault(d => d.Spec.Measure.Kind == MeasureKind.Tokens)?.Spec.Measure.Per ?? "day";
            guessed = true;
        }

        return new MeasureSpec(MeasureKind.Tokens, "tokens", null, null, per, null);
    }

    /// <summary>Whether a word that is not a preposition or article follows the figure ("29 billion copies"): a unit the scanner does not know.</summary>
    private bool NounAfter(int end)
    {
        var next = NextWord().Match(_text, end);
        return next.Success && next.Index == end && !Connectors.Contains(next.Groups[1].Value, StringComparer.OrdinalIgnoreCase);
    }

    private static readonly string[] Connectors =
        ["at", "in", "on", "by", "to", "for", "from", "of", "a", "an", "the", "and", "or", "with", "as", "nel", "nella", "a", "al", "alla", "di", "del", "della", "e", "o", "per", "con", "entro", "in", "ad", "da", "dal", "su", "tra", "fra"];

    private static bool Yen(string text) => text.Contains('¥', StringComparison.Ordinal);

    /// <summary>"¥" is the yuan in a text about China, else the yen (a guess either way).</summary>
    private string GuessYenOrYuan() => Lexicon.Any.YuanContext.Any(w => DraftText.HasWord(_text, w)) ? "CNY" : "JPY";

    private string? PerShareBefore(DraftFigure figure)
    {
        string before = _words.ClauseBefore(figure.Start, figure.Sentence);
        foreach (string cue in _cues.PerShare)
        {
            int at = before.LastIndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && CountKind.TryCreate(before.Substring(at + 4, cue.Length - 4).Trim(), out var kind))
            {
                return kind.Name;
            }
        }

        return null;
    }

    private bool IsChange(DraftFigure figure) =>
        _words.PrecededByStem(figure.Start, _cues.ChangeBefore, 4) || _words.FollowedBy(figure.End, _cues.ChangeAfter);

    /// <summary>The figure as written without its unit words or currency symbol ("160 miliardi", "circa 23 miliardi", "40.000-80.000", "60.5%").</summary>
    private string? FigureText(DraftFigure figure, MeasureSpec measure)
    {
        string t = figure.Text;
        var m = figure.Mention;
        if (measure.Kind != MeasureKind.Share && m.Unit.Length > 0 && t.EndsWith(m.Unit, StringComparison.Ordinal))
        {
            t = t[..^m.Unit.Length].TrimEnd();
            foreach (string joiner in (string[])[" di", " de", " of", " d'", " d’"])
            {
                if (t.EndsWith(joiner, StringComparison.OrdinalIgnoreCase))
                {
                    t = t[..^joiner.Length].TrimEnd();
                    break;
                }
            }
        }

        t = LeadingSymbol().Replace(t, string.Empty, 1);
        var hedge = LeadingHedgeSymbol().Match(t);
        if (hedge.Success)
        {
            t = t[hedge.Length..]; // "approximately $8.0 billion": the reader finds the hedge in the words before the figure
        }

        t = t.Trim();
        return t.Length == 0 || !t.Any(char.IsAsciiDigit) && measure.Kind != MeasureKind.Share ? null : t;
    }

    /// <summary>The clause around a figure ("prevede di investire 160 miliardi di yuan"), beginning after the figure before it in the clause, unique in the text.</summary>
    private string Quote(int start, int end, int sentence) => _words.Clause(start, end, sentence);

    private (string Subject, bool Named) Subject(DraftFigure figure, List<DraftClaim> earlier)
    {
        var names = _words.NamesIn(figure.Sentence).Where(n => n.End <= figure.Start).ToList();
        var known = names.LastOrDefault(n => n.Company is not null);
        if (known.Text is not null)
        {
            return (known.Company!, true);
        }

        if (names.Count > 0)
        {
            return (names[^1].Text, true);
        }

        if (earlier.Count > 0)
        {
            return (earlier[^1].Spec.Subject, false);
        }

        var first = _words.AllNames().FirstOrDefault(n => n.Company is not null);
        return (first.Company ?? first.Text ?? "the article", false);
    }

    /// <summary>The period words of a figure: the nearest the resolver accepts in its sentence, else those the first claim of the nearest earlier sentence with figures used, else the nearest anywhere in the text.</summary>
    private PeriodWords? Period(DraftFigure figure, string subject, out bool guessed)
    {
        guessed = false;
        var here = PeriodsIn(figure.Sentence, subject);
        var carried = Carried(figure.Sentence, subject);
        if (here.Count > 0)
        {
            var nearest = here.OrderBy(p => p.End <= figure.Start ? figure.Start - p.End : p.Start - figure.End).First();

            // "for the first quarter" after "first quarter fiscal 2026": the company's quarter the text has just named.
            if (carried is { Calendar: not null } && !nearest.Words.Any(char.IsAsciiDigit) && Normalise(carried.Words).Contains(Core(nearest.Words), StringComparison.Ordinal))
            {
                guessed = true;
                return carried;
            }

            return nearest;
        }

        guessed = true;
        if (carried is not null)
        {
            return carried;
        }

        for (int s = figure.Sentence - 1; s >= 0; s--)
        {
            if (PeriodsIn(s, subject) is { Count: > 0 } before)
            {
                return Widest(before);
            }
        }

        for (int s = figure.Sentence + 1; s < _words.Sentences.Count; s++)
        {
            if (PeriodsIn(s, subject) is { Count: > 0 } after)
            {
                return after.FirstOrDefault(p => p.Period.Span.LengthInDays > 1) ?? after[0];
            }
        }

        return null;
    }

    /// <summary>The period of the nearest earlier sentence with figures: the one its first claim used (the period it reports; a comparison such as "rispetto ai … del 2024" comes after it), else its last period words (longer than a day if it has such).</summary>
    private PeriodWords? Carried(int sentence, string subject)
    {
        for (int s = sentence - 1; s >= 0; s--)
        {
            if (_chosen.TryGetValue(s, out var used))
            {
                return used;
            }

            if (_words.HasFigure(s) && PeriodsIn(s, subject) is { Count: > 0 } found)
            {
                return Widest(found);
            }
        }

        return null;
    }

    /// <summary>The last period words longer than a day (a reporting period rather than a date), else the last.</summary>
    private static PeriodWords Widest(List<PeriodWords> found) => found.LastOrDefault(p => p.Period.Span.LengthInDays > 1) ?? found[^1];

    private static string Normalise(string words) => string.Join(' ', words.ToLowerInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Core(string words)
    {
        string s = Normalise(words);
        foreach (string prefix in (string[])["for the ", "in the ", "during the ", "the ", "nel ", "il ", "del ", "durante il ", "nel corso del "])
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal))
            {
                return s[prefix.Length..];
            }
        }

        return s;
    }

    /// <summary>The resolvable period words of a sentence, longest readings only, in text order.</summary>
    internal List<PeriodWords> PeriodsIn(int sentence, string? subject)
    {
        if (_periods.TryGetValue(sentence, out var cached))
        {
            return cached;
        }

        var tokens = _words.Tokens(sentence);
        var quantities = _words.QuantitySpans(sentence);
        var found = new List<PeriodWords>();
        for (int i = 0; i < tokens.Count; i++)
        {
            bool anchored = false;
            for (int j = i; j < tokens.Count && j < i + MaxPeriodWords; j++)
            {
                anchored |= tokens[j].Anchor;
                if (!anchored)
                {
                    continue;
                }

                int start = tokens[i].Start, end = tokens[j].End;
                if (quantities.Any(q => q.Start < end && start < q.End))
                {
                    break;
                }

                string words = _text[start..end];
                if (Resolve(words, sentence, subject) is { } resolved)
                {
                    found.Add(resolved with { Start = start, End = end });
                }
            }
        }

        var maximal = found.Where(p => !found.Any(q => q != p && q.Start <= p.Start && p.End <= q.End && q.End - q.Start > p.End - p.Start)).OrderBy(p => p.Start).ToList();
        _periods[sentence] = maximal;
        return maximal;
    }

    private PeriodWords? Resolve(string words, int sentence, string? subject)
    {
        if (ResolvedPeriod.TryParse(words, _asOf, MonthWithoutYear.Nearest, null, out var period))
        {
            return new PeriodWords(words, period, null, 0, 0);
        }

        foreach (string company in Companies(sentence, subject))
        {
            if (FiscalCalendars.TryFind(company, out var calendar) && ResolvedPeriod.TryParse(words, _asOf, MonthWithoutYear.Nearest, calendar, out period))
            {
                return new PeriodWords(words, period, calendar.Name, 0, 0);
            }
        }

        return null;
    }

    /// <summary>Companies with a known fiscal calendar: the subject, then those of the sentence, then of the text.</summary>
    private IEnumerable<string> Companies(int sentence, string? subject)
    {
        if (subject is not null)
        {
            yield return subject;
        }

        foreach (var n in Enumerable.Reverse(_words.NamesIn(sentence)).Concat(_words.AllNames()))
        {
            if (n.Company is not null)
            {
                yield return n.Company;
            }
        }
    }

    private IReadOnlyList<string> Source(DraftFigure figure, out bool guessed)
    {
        guessed = false;
        string? named = _words.SourceIn(figure.Sentence, figure.Start);
        if (named is null)
        {
            guessed = true;
            return [_publisher];
        }

        return named.Contains(_publisher, StringComparison.OrdinalIgnoreCase) || _publisher.Contains(named, StringComparison.OrdinalIgnoreCase) || _options.Publisher is null
            ? [named]
            : [_publisher, named];
    }

    private string Metric(DraftFigure figure, MeasureSpec measure)
    {
        string before = _words.SentenceText(figure.Sentence)[..(figure.Start - _words.Sentences[figure.Sentence].Start)];
        string? word = _cues.Metrics.Select(w => (Word: w, At: DraftText.LastWord(before, w))).Where(x => x.At >= 0).OrderByDescending(x => x.At).Select(x => x.Word).FirstOrDefault();
        if (word is not null)
        {
            return word;
        }

        return measure.Kind switch
        {
            MeasureKind.Money => "amount",
            MeasureKind.Price => "price per " + measure.Per,
            MeasureKind.Count => "number of " + measure.Of,
            MeasureKind.Tokens => "tokens per " + measure.Per,
            MeasureKind.ActiveUsers => measure.Window + " active users",
            _ => "share",
        };
    }

    private static string Id(string subject, MeasureSpec measure, ResolvedPeriod period, HashSet<string> ids)
    {
        string kind = measure.Kind switch
        {
            MeasureKind.Money => measure.Currency!.ToLowerInvariant(),
            MeasureKind.Price => "price-" + measure.Currency!.ToLowerInvariant(),
            MeasureKind.Count => "count",
            MeasureKind.Tokens => "tokens",
            MeasureKind.ActiveUsers => "users",
            _ => "share",
        };
        string slug = Slug(subject);
        string baseId = (slug.Length > 0 ? slug + "-" : string.Empty) + kind + "-" + PeriodLabel(period.Span);
        string id = baseId;
        for (int n = 2; ids.Contains(id); n++)
        {
            id = baseId + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return id;
    }

    private static string PeriodLabel(DateRange span)
    {
        var (s, e) = (span.Start, span.End);
        if (s.Day == 1 && s.Month == 1 && e.Month == 12 && e.Day == 31 && s.Year == e.Year)
        {
            return s.Year.ToString(CultureInfo.InvariantCulture);
        }

        if (s.Day == 1 && e == new DateOnly(e.Year, e.Month, 1).AddMonths(1).AddDays(-1))
        {
            int months = ((e.Year - s.Year) * 12) + e.Month - s.Month + 1;
            if (months == 1)
            {
                return s.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            }

            if (months == 3 && (s.Month - 1) % 3 == 0)
            {
                return s.Year.ToString(CultureInfo.InvariantCulture) + "-q" + (((s.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        return s.Year == e.Year && s.Month == e.Month && s != e ? s.ToString("yyyy-MM", CultureInfo.InvariantCulture) : s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    internal static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            char l = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(l))
            {
                sb.Append(l);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }

            if (sb.Length >= 24)
            {
                break;
            }
        }

        return sb.ToString().Trim('-');
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])([A-Z]{3})(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex GluedCode();

    [GeneratedRegex(@"\G[ \t]+(\p{L}+)", RegexOptions.CultureInvariant)]
    private static partial Regex NextWord();

    [GeneratedRegex(@"\G\s*(?:di\s+|of\s+|in\s+)?(US\$|\$|€|£|¥)", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolAfter();

    [GeneratedRegex(@"^\s*(?:US\$|HK\$|\$|€|£|¥|[A-Z]{3}(?=\s*\d))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingSymbol();

    [GeneratedRegex(@"^((?:circa|about|around|approximately|roughly|oltre|over|almeno|at least|fino a|up to|nearly|almost|quasi)\s+)(?:US\$|HK\$|\$|€|£|¥|[A-Z]{3}(?=\s*\d))\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingHedgeSymbol();
}

/// <summary>A quantity figure of the text: its extent in the original text, its mention and its sentence.</summary>
internal sealed record DraftFigure(int Start, int End, string Text, FigureMention Mention, int Sentence);

/// <summary>A drafted claim that loads on its own, with its figure, the end of its words, its resolved period and a key of its measure.</summary>
internal sealed record DraftClaim(ClaimSpec Spec, DraftFigure Figure, int End, ResolvedPeriod Period, string MeasureKey);

/// <summary>Period words found in a sentence, resolved, with the calendar they need (or null) and their extent.</summary>
internal sealed record PeriodWords(string Words, ResolvedPeriod Period, string? Calendar, int Start, int End);
