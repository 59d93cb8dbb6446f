using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>
/// Suggests the relations between drafted claims that the article's cue words state (<see cref="Lexicon"/>'s cue words),
/// each with the article's words as its quote; keeps those that load with their two claims.
/// </summary>
internal sealed class DraftRelations
{
    private readonly ClaimsDrafter _drafter;
    private readonly List<DraftClaim> _claims;
    private readonly List<RelationSpec> _found = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    internal DraftRelations(ClaimsDrafter drafter, List<DraftClaim> claims)
    {
        _drafter = drafter;
        _claims = claims;
    }

    internal List<RelationSpec> Suggest()
    {
        var cues = _drafter.Cues;
        var sentences = _drafter.Words.Sentences;
        for (int s = 0; s < sentences.Count && _found.Count < ClaimsDraft.MaxClaims; s++)
        {
            if (!_claims.Any(c => c.Figure.Sentence == s))
            {
                continue;
            }

            Equivalents(s);
            foreach (var (at, end) in Cues(s, cues.Increase, hedgeFree: false))
            {
                OverTime(s, at, end, RelationKind.Increase, "increase");
            }

            foreach (var (at, end) in Cues(s, cues.Decrease, hedgeFree: false))
            {
                OverTime(s, at, end, RelationKind.Decrease, "decrease");
            }

            foreach (var (at, end) in Cues(s, cues.Exceeds, hedgeFree: true))
            {
                Exceeds(s, at, end);
            }

            foreach (var (at, end) in Cues(s, cues.Approaches, hedgeFree: false))
            {
                BeforeAndAfter(s, at, end, RelationKind.Approaches, "approaches", r => r with { Within = 0.2m, Note = "approaching = below, within 20 % (guessed)" }, ["within"]);
            }

            foreach (var (at, end) in Cues(s, cues.PartOf, hedgeFree: false))
            {
                PartAndWhole(s, at, end, RelationKind.PartOf, "partOf", r => r, []);
            }

            foreach (var (words, fraction) in cues.Fractions.OrderByDescending(f => f.Words.Length))
            {
                foreach (var (at, end) in Cues(s, [words], hedgeFree: false, insideFigures: true))
                {
                    PartAndWhole(s, at, end, RelationKind.AboutFraction, "aboutFraction", r => r with { Fraction = fraction, Tolerance = 0.05m, Note = Invariant($"about {fraction:0.###} = ± 5 points (guessed)") }, ["tolerance"]);
                }
            }

            Multiples(s);
            Percents(s);
        }

        return _found;
    }

    /// <summary>Occurrences of cue phrases in a sentence, longest first, not overlapping each other, period words or (unless asked) figures; a hedge (a figure right after the cue) is skipped.</summary>
    private List<(int At, int End)> Cues(int sentence, IEnumerable<string> phrases, bool hedgeFree, bool insideFigures = false)
    {
        var (sStart, _) = _drafter.Words.Sentences[sentence];
        string text = _drafter.Words.SentenceText(sentence);
        var figures = _drafter.Words.FiguresIn(sentence);
        var periods = _drafter.PeriodsIn(sentence, null);
        var result = new List<(int, int)>();
        foreach (string phrase in phrases.OrderByDescending(p => p.Length))
        {
            for (int i = DraftText.IndexOfWord(text, phrase, 0); i >= 0; i = DraftText.IndexOfWord(text, phrase, i + 1))
            {
                int at = sStart + i, end = at + phrase.Length;
                if (result.Any(r => r.Item1 < end && at < r.Item2) || periods.Any(p => p.Start < end && at < p.End))
                {
                    continue;
                }

                if (!insideFigures && figures.Any(f => f.Start < end && at < f.End))
                {
                    continue;
                }

                if (hedgeFree && figures.Any(f => f.Start >= end && Words(end, f.Start) <= 1))
                {
                    continue;
                }

                result.Add((at, end));
            }
        }

        return result;
    }

    private int Words(int from, int to) => _drafter.Text[from..to].Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;

    private IEnumerable<DraftClaim> Before(int sentence, int offset) => _claims.Where(c => c.Figure.Sentence == sentence && c.Figure.End <= offset).OrderByDescending(c => c.Figure.End);

    private IEnumerable<DraftClaim> After(int sentence, int offset) => _claims.Where(c => c.Figure.Sentence == sentence && c.Figure.Start >= offset).OrderBy(c => c.Figure.Start);

    private IEnumerable<DraftClaim> Earlier(int offset) => _claims.Where(c => c.Figure.End <= offset).OrderByDescending(c => c.Figure.End);

    /// <summary>Two money figures in different currencies, the second in brackets or after "circa", "pari a", "about": one amount.</summary>
    private void Equivalents(int sentence)
    {
        var money = _claims.Where(c => c.Figure.Sentence == sentence && c.Spec.Measure.Kind == MeasureKind.Money).OrderBy(c => c.Figure.Start).ToList();
        for (int i = 0; i + 1 < money.Count; i++)
        {
            var (a, b) = (money[i], money[i + 1]);
            if (a.Spec.Measure.Currency == b.Spec.Measure.Currency || b.Figure.Start < a.End)
            {
                continue;
            }

            string between = _drafter.Text[a.End..b.Figure.Start].Trim().Trim(',', '(', ' ').Trim();
            if (between.Length > 0 && !_drafter.Cues.Equivalent.Any(e => string.Equals(e, between, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            int end = b.End < _drafter.Text.Length && _drafter.Text[b.End] == ')' ? b.End + 1 : b.End;
            Add(RelationKind.Equivalent, "equivalent", a, b, a.Figure.Start, end, r => r with
            {
                Rate = new RateSpec(RateSource.Provider, "provider", null, null, null, null, null, null),
                Note = "at a published rate on the as-of date (guessed: the caller's rate table)",
            }, ["rate"]);
        }
    }

    /// <summary>"rispetto ai", "salita a", "up from", "fell": the figure at the cue and the nearest other figure of the same measure and another period, earlier period first.</summary>
    private void OverTime(int sentence, int at, int end, RelationKind kind, string word)
    {
        var anchor = After(sentence, end).FirstOrDefault() ?? Before(sentence, at).FirstOrDefault();
        if (anchor is null)
        {
            return;
        }

        var partner = Before(sentence, at).Concat(Earlier(anchor.Figure.Start)).Concat(After(sentence, anchor.Figure.End))
            .FirstOrDefault(c => c != anchor && c.MeasureKey == anchor.MeasureKey && c.Period.Span != anchor.Period.Span);
        if (partner is null)
        {
            return;
        }

        var (first, second) = partner.Period.Span.Start < anchor.Period.Span.Start || (partner.Period.Span.Start == anchor.Period.Span.Start && partner.Period.Span.End < anchor.Period.Span.End)
            ? (partner, anchor)
            : (anchor, partner);
        Add(kind, word, first, second, at, end, r => r, []);
    }

    /// <summary>"superando", "more than": the figure before exceeds the one after, or an earlier one whose subject or period the words after the cue name.</summary>
    private void Exceeds(int sentence, int at, int end)
    {
        var after = After(sentence, end).FirstOrDefault();
        if (after is not null)
        {
            var before = Before(sentence, at).FirstOrDefault(c => c.MeasureKey == after.MeasureKey);
            if (before is not null)
            {
                Add(RelationKind.Exceeds, "exceeds", before, after, at, end, r => r, []);
            }

            return;
        }

        var first = Before(sentence, at).FirstOrDefault();
        if (first is null)
        {
            return;
        }

        var (sStart, sEnd) = _drafter.Words.Sentences[sentence];
        string rest = _drafter.Text[end..sEnd];
        var periods = _drafter.PeriodsIn(sentence, null).Where(p => p.Start >= end).ToList();
        var best = _claims.Where(c => c != first && c.MeasureKey == first.MeasureKey && c.Figure.Start < sStart)
            .Select(c => (Claim: c, Score: (periods.Any(p => p.Period.Span == c.Period.Span) ? 2 : 0) + (DraftText.HasWord(rest, c.Spec.Subject) ? 1 : 0)))
            .Where(x => x.Score > 0).OrderByDescending(x => x.Score).ThenByDescending(x => x.Claim.Figure.Start).FirstOrDefault();
        if (best.Claim is not null)
        {
            Add(RelationKind.Exceeds, "exceeds", first, best.Claim, at, end, r => r, []);
        }
    }

    /// <summary>"avvicinandosi ai": the figure before and the figure after, of the same measure.</summary>
    private void BeforeAndAfter(int sentence, int at, int end, RelationKind kind, string word, Func<RelationSpec, RelationSpec> with, string[] guessed)
    {
        var before = Before(sentence, at).FirstOrDefault();
        var after = before is null ? null : After(sentence, end).FirstOrDefault(c => c.MeasureKey == before.MeasureKey);
        if (before is not null && after is not null)
        {
            Add(kind, word, before, after, at, end, with, guessed);
        }
    }

    /// <summary>"di cui", "circa la metà": the figure after is a part of the figure before (same measure).</summary>
    private void PartAndWhole(int sentence, int at, int end, RelationKind kind, string word, Func<RelationSpec, RelationSpec> with, string[] guessed)
    {
        var part = After(sentence, end).FirstOrDefault();
        var whole = part is null ? null : Before(sentence, at).FirstOrDefault(c => c.MeasureKey == part.MeasureKey);
        if (part is not null && whole is not null)
        {
            Add(kind, word, part, whole, at, end, with, guessed);
        }
    }

    /// <summary>"3x", "dieci volte" between two figures; "doubled", "triplicato" with the figure at the verb and an earlier one.</summary>
    private void Multiples(int sentence)
    {
        foreach (var figure in _drafter.Words.FiguresIn(sentence).Where(f => f.Mention.Kind == FigureKind.Multiple && f.Mention.Value is > 0m))
        {
            decimal factor = figure.Mention.Value!.Value;
            var before = Before(sentence, figure.Start).FirstOrDefault();
            var after = before is null ? null : After(sentence, figure.End).FirstOrDefault(c => c.MeasureKey == before.MeasureKey);
            if (before is not null && after is not null)
            {
                Add(RelationKind.Multiple, "multiple", before, after, figure.Start, figure.End, r => r with { Factor = factor, Tolerance = 0.1m, Note = "within 10 % (guessed)" }, ["tolerance"]);
            }
        }

        foreach (var (words, factor) in _drafter.Cues.Multiples)
        {
            foreach (var (at, end) in Cues(sentence, [words], hedgeFree: false))
            {
                var anchor = After(sentence, end).FirstOrDefault() ?? Before(sentence, at).FirstOrDefault();
                var partner = anchor is null ? null : Before(sentence, at).Concat(Earlier(anchor.Figure.Start))
                    .FirstOrDefault(c => c != anchor && c.MeasureKey == anchor.MeasureKey && c.Period.Span.Start < anchor.Period.Span.Start);
                if (anchor is not null && partner is not null)
                {
                    Add(RelationKind.Multiple, "multiple", anchor, partner, at, end, r => r with { Factor = factor, Tolerance = 0.1m, Note = "within 10 % (guessed)" }, ["tolerance"]);
                }
            }
        }
    }

    /// <summary>"N% above/below", "N% in più/in meno": the figure before is that much above or below the figure after.</summary>
    private void Percents(int sentence)
    {
        var cues = _drafter.Cues;
        foreach (var figure in _drafter.Words.FiguresIn(sentence).Where(f => f.Mention.Kind == FigureKind.Percentage && f.Mention.Value is >= 0m))
        {
            bool above = _drafter.Words.FollowedBy(figure.End, cues.PercentAbove);
            bool below = !above && _drafter.Words.FollowedBy(figure.End, cues.PercentBelow);
            if (!above && !below)
            {
                continue;
            }

            var first = Before(sentence, figure.Start).FirstOrDefault() ?? Earlier(figure.Start).FirstOrDefault();
            var second = first is null ? null : After(sentence, figure.End).FirstOrDefault(c => c.MeasureKey == first.MeasureKey);
            if (first is null || second is null)
            {
                continue;
            }

            string bound = figure.Mention.Qualifier switch
            {
                DomainModel.Text.NumberQualifier.Over => "over",
                DomainModel.Text.NumberQualifier.AtLeast => "atLeast",
                DomainModel.Text.NumberQualifier.UpTo => "atMost",
                DomainModel.Text.NumberQualifier.Under => "under",
                _ => "rounded",
            };
            decimal percent = figure.Mention.Value!.Value;
            Add(above ? RelationKind.PercentAbove : RelationKind.PercentBelow, above ? "percentAbove" : "percentBelow", first, second, figure.Start, figure.End, r => r with { PercentValue = percent, PercentBound = bound }, []);
        }
    }

    private void Add(RelationKind kind, string word, DraftClaim first, DraftClaim second, int at, int end, Func<RelationSpec, RelationSpec> with, string[] guessed)
    {
        if (first == second || !_seen.Add(word + "|" + first.Spec.Id + "|" + second.Spec.Id))
        {
            return;
        }

        int sentence = _drafter.Words.SentenceAt(at);
        int start = at, stop = end;
        foreach (var c in (DraftClaim[])[first, second])
        {
            if (c.Figure.Sentence == sentence)
            {
                start = Math.Min(start, c.Figure.Start);
                stop = Math.Max(stop, c.End);
            }
        }

        string quote = _drafter.Text[start..stop].Trim();
        string id = word + "-" + first.Spec.Id;
        for (int n = 2; _ids.Contains(id); n++)
        {
            id = word + "-" + first.Spec.Id + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        var spec = with(new RelationSpec(id, kind, word, first.Spec.Id, second.Spec.Id, quote, null, null, null, null, null, null, null, null, null, ["type", "claims", .. guessed]));
        if (_drafter.TryLoad([first.Spec, second.Spec], [spec], out _, out string? error))
        {
            _found.Add(spec);
            _ids.Add(id);
        }
        else
        {
            _drafter.Note($"the relation \"{word}\" ({first.Spec.Id}, {second.Spec.Id}) suggested by \"{quote}\" is left out: {error}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
