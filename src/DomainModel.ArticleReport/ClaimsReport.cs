using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DomainModel.ArticleReport.Rendering;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Text;

namespace DomainModel.ArticleReport;

/// <summary>One check of the article's words: the words, the computation, the tolerance and the verdict; for a check
/// against an exchange rate, the rate with its date, kind and legs, or why there is none.</summary>
/// <param name="Relation">The relation checked ("increase", "equivalent in USD").</param>
/// <param name="Words">The article's words the check is about.</param>
/// <param name="Computation">What was computed, in news numbers.</param>
/// <param name="Tolerance">What the words are allowed to mean.</param>
/// <param name="Verdict">The verdict (a missing rate is <see cref="Verdict.Inconclusive"/>).</param>
/// <param name="Explanation">The library's explanation, or why no rate was found.</param>
/// <param name="ClaimIds">The claims checked.</param>
/// <param name="Check">The library's check, or null when no rate was found.</param>
/// <param name="Rate">The rate checked against, for a rate check; null otherwise.</param>
/// <summary>When the rate a two-currency statement implies was current in the rate file.</summary>
/// <param name="RelationId">The "equivalent" relation.</param>
/// <param name="ClaimIds">Its two money claims.</param>
/// <param name="Finding">The library's finding (<see cref="StaleConversion"/>).</param>
internal sealed record StaleRow(string RelationId, IReadOnlyList<string> ClaimIds, StaleConversion Finding);

internal sealed record CheckRow(string Relation, string Words, string Computation, string Tolerance, Verdict Verdict, string Explanation, IReadOnlyList<string> ClaimIds, ClaimCheck? Check, RateEvidence? Rate);

/// <summary>A value the library computes from the claims: one derived figure of the document.</summary>
/// <param name="Id">The derived figure's id, as the document names it.</param>
/// <param name="Label">What it is, in the document's words.</param>
/// <param name="Value">The value in news numbers, or why it was not computed.</param>
/// <param name="Interval">The interval computed, or null when it was not.</param>
/// <param name="Unit">The unit of the interval's numbers ("USD", "fraction", "USD/CNY").</param>
/// <param name="Formula">The computation over the inputs' ids ("count × price", with the document's ids).</param>
/// <param name="Kind">What is computed ("total", "ratio"...).</param>
internal sealed record ComputedRow(string Id, string Label, string Value, Estimate? Interval, string Unit, string Formula, string Kind);

/// <summary>
/// The report's content, built before anything is written: the header, the claims of a claims document (<see cref="ClaimsDocument"/>),
/// the checks (contradictions first, then undetermined, then agreements), the computed values, the fiscal years, the
/// figures no claim covers and the rate source. Renderers: <see cref="TableReport"/> (terminal), <see cref="JsonReport"/>
/// (<c>--json</c>), <see cref="ChartReport"/> (<c>--chart</c>). Every number is read from the article or computed.
/// </summary>
internal sealed class ClaimsReport
{
    private readonly ClaimsDocument _document;
    private readonly IReadOnlyList<ClaimsDocument> _others;

    /// <summary>The report of one document, with other documents for the cross-document section.</summary>
    public ClaimsReport(ClaimsDocument document, ReportOptions options, RateFile? fx, IReadOnlyList<ClaimsDocument>? others = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        _document = document;
        Article = document.Article.Text;
        ArticleName = Path.GetFileName(options.Article);
        Fx = fx;
        AsOf = document.Article.AsOf.Date;
        AsOfReason = document.Article.AsOf.Reason;
        Language = document.Article.Language;
        Policy = document.Article.Scale;
        _others = others ?? [];
        Checks = BuildChecks();
        Computed = BuildComputed();
        StaleConversions = BuildStale();
        FiscalYears = BuildFiscalYears();
        Uncovered = document.UncoveredFigures();
        QuantityFigures = FigureScanner.Enumerate(Article, Language, Policy).Count(f => f.IsQuantity); // one figure at a time
        Others = others ?? [];
        CrossDocument = Others.Count == 0 ? null : CrossDocumentChecks.Timeline([document, .. Others]);
    }

    /// <summary>How many claims and relations still carry fields a draft guessed (docs/drafting.md), or null when none does.</summary>
    public string? Guesses
    {
        get
        {
            int claims = _document.Claims.Count(c => c.IsGuessed), relations = _document.Relations.Count(r => r.IsGuessed);
            return claims + relations == 0
                ? null
                : $"{claims} of {_document.Claims.Count} claims and {relations} of {_document.Relations.Count} relations carry guessed fields: a draft not yet reviewed (docs/drafting.md)";
        }
    }

    /// <summary>The document the report is about.</summary>
    public ClaimsDocument Document => _document;

    /// <summary>The other documents given on the command line.</summary>
    public IReadOnlyList<ClaimsDocument> Others { get; }

    /// <summary>Claims of different documents about the same subject and metric, checked against each other as a timeline (identical statements merged with their sources), or null without other documents.</summary>
    public CrossDocumentTimeline? CrossDocument { get; }

    /// <summary>The cross-document findings listed (disagreements and inconclusive checks), disagreements first.</summary>
    public IEnumerable<CrossDocumentFinding> CrossDocumentFindings =>
        (CrossDocument?.Findings ?? []).OrderBy(f => f.Verdict == Verdict.Disagrees ? 0 : 1);

    /// <summary>One line on the cross-document timeline: statements, sources, agreements counted, findings listed.</summary>
    public string CrossDocumentSummary => CrossDocument is not { } t
        ? string.Empty
        : string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{t.Claims} claims, {t.Statements.Count} distinct statements ({t.Repeated.Count} made by several documents); {t.Agreements} checks agree ({t.AgreeingPairs} pairs of claims); {t.Findings.Count} listed: {t.Findings.Count(f => f.Verdict == Verdict.Disagrees)} contradicted, {t.Findings.Count(f => f.Verdict != Verdict.Disagrees)} undetermined");

    /// <summary>A statement as a report names it: <c>claim-id (title)</c>, and how many more sources.</summary>
    public static string Sources(CrossDocumentStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var first = statement.Sources[0];
        int more = statement.Sources.Count - 1;
        return more == 0 ? $"{first.Claim.Id} ({first.Document.Article.Title})"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{first.Claim.Id} ({first.Document.Article.Title}) and {more} more source{(more == 1 ? string.Empty : "s")}");
    }

    /// <summary>The article's language.</summary>
    public NewsLanguage Language { get; }

    /// <summary>How the article's scale words are read.</summary>
    public ScalePolicy Policy { get; }

    /// <summary>The article's text.</summary>
    public string Article { get; }

    /// <summary>The article's file name (no directory).</summary>
    public string ArticleName { get; }

    /// <summary>The date the periods are resolved against.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Why that date.</summary>
    public string AsOfReason { get; }

    /// <summary>The scale policy the claims were read with, in words.</summary>
    public string ScalePolicyText => ArticleWords.Scale(Language, Policy);

    /// <summary>How the article's hedges and ranges are read, in its own language's words.</summary>
    public string IntervalsText => ArticleWords.Hedges(Language);

    /// <summary>The rates, or null when none were loaded.</summary>
    public RateFile? Fx { get; }

    /// <summary>The claims, in the document's order.</summary>
    public IReadOnlyList<Claim> Claims => [.. _document.Claims.Select(c => c.Claim)];

    /// <summary>The checks: contradictions first, then undetermined, then agreements.</summary>
    public IReadOnlyList<CheckRow> Checks { get; }

    /// <summary>What the library computes from the claims.</summary>
    public IReadOnlyList<ComputedRow> Computed { get; }

    /// <summary>For each two-currency statement ("equivalent" relation), when in the rate file the rate its own figures imply was current (empty without a rate file).</summary>
    public IReadOnlyList<StaleRow> StaleConversions { get; }

    /// <summary>The fiscal years behind the article's years, one line each.</summary>
    public IReadOnlyList<string> FiscalYears { get; }

    /// <summary>The quantity figures of the article (FigureScanner) inside no claim's quote.</summary>
    public IReadOnlyList<FigureMention> Uncovered { get; }

    /// <summary>How many quantity figures the article has.</summary>
    public int QuantityFigures { get; }

    /// <summary>The verdict counts, in the checks' order: "3 contradicted, 1 undetermined, 5 agree".</summary>
    public string Tally => string.Join(", ", Checks.GroupBy(c => c.Verdict).OrderBy(g => Rank(g.Key)).Select(g => $"{g.Count()} {(g.Key == Verdict.Agrees ? (g.Count() == 1 ? "agrees" : "agree") : VerdictWord(g.Key))}"));

    /// <summary>The verdict as the report writes it.</summary>
    public static string VerdictWord(Verdict verdict) => verdict switch
    {
        Verdict.Disagrees => "contradicted",
        Verdict.Inconclusive => "undetermined",
        _ => "agrees",
    };

    private static int Rank(Verdict v) => v switch { Verdict.Disagrees => 0, Verdict.Inconclusive => 1, _ => 2 };

    private List<StaleRow> BuildStale()
    {
        var rows = new List<StaleRow>();
        if (Fx is null)
        {
            return rows;
        }

        foreach (var relation in _document.Relations.Where(r => r.Kind == RelationKind.Equivalent))
        {
            // "160 miliardi di yuan, circa 23 miliardi di dollari": the rate the two figures imply, quote per base.
            var from = (Claim<Money>)_document.Claim(relation.ClaimIds[0]).Claim;
            var to = (Claim<Money>)_document.Claim(relation.ClaimIds[1]).Claim;
            var implied = ExchangeRateRange.Implied(to.Estimate, from.Estimate, new RateValidity(AsOf), _document.Article.Publisher + " (implied by " + to.Id + " and " + from.Id + ")");
            rows.Add(new StaleRow(relation.Id, [from.Id, to.Id], StaleConversion.Find(implied, Fx.Table, AsOf)));
        }

        return rows;
    }

    private List<CheckRow> BuildChecks()
    {
        var rows = new List<CheckRow>();
        foreach (var relation in _document.Relations)
        {
            string words = relation.Quote is { } q ? $"\"{q.Text}\"" : relation.Note ?? relation.Id;
            if (relation.IsGuessed)
            {
                words = $"[guessed: {string.Join(", ", relation.Guessed)}] {words}";
            }

            if (!relation.NeedsRateProvider)
            {
                var check = relation.Check();
                rows.Add(check is ClaimCheck<Share> share ? Row(share, relation.Kind, words, Computation(relation, check), Tolerance(relation)) : Plain(check, words, Tolerance(relation)));
                continue;
            }

            if (Fx is null)
            {
                continue;
            }

            var yuan = (Claim<Money>)_document.Claim(relation.ClaimIds[0]).Claim;
            var dollars = (Claim<Money>)_document.Claim(relation.ClaimIds[1]).Claim;
            // The library's policy: the rate of the as-of date (else the latest earlier one within its maximum age), then
            // the average over the figure's own period up to the as-of date (none for a period that starts after it).
            foreach (var choice in Fx.Policy.ForStatement(Fx.Table, dollars.Estimate.Stated.Currency, yuan.Estimate.Stated.Currency, yuan.Period.Span, AsOf))
            {
                var evidence = new RateEvidence(choice);
                string rateWords = $"\"{yuan.Quote.Text}\", \"{dollars.Quote.Text}\" at the {evidence.Pair} {evidence.Asked}";
                if (relation.IsGuessed)
                {
                    rateWords = $"[guessed: {string.Join(", ", relation.Guessed)}] {rateWords}";
                }

                string tolerance = $"what the article's figure admits (its rounding, widened by its hedge): {NewsFormat.Claim(dollars)}";
                if (evidence.Rate is { } rate)
                {
                    var check = ClaimChecks.EquivalentAfterConversion(yuan, dollars, rate);
                    var converted = ((ClaimCheck<Money>)check).Computed;
                    rows.Add(new CheckRow(check.Relation, rateWords, $"{NewsFormat.Claim(yuan)} ÷ {NewsFormat.Rate(rate)} = {NewsFormat.Estimate(converted)}", tolerance, check.Verdict, check.Explanation, check.ClaimIds, check, evidence));
                }
                else
                {
                    rows.Add(new CheckRow($"equivalent in {dollars.Estimate.Stated.Currency.Code}", rateWords, "no rate: " + evidence.Missing, tolerance, Verdict.Inconclusive, evidence.Missing!, [yuan.Id, dollars.Id], null, evidence));
                }
            }
        }

        foreach (var r in _document.CrossDocumentRelations)
        {
            // Checked under "Across documents" when the document it names is given; undetermined here when it is not.
            if (_others.Any(o => r.ClaimIds.Any(id => o.Id is not null && id.StartsWith(o.Id + "#", StringComparison.Ordinal))))
            {
                continue;
            }

            string words = r.Quote is { } q ? $"\"{q.Text}\"" : r.Note ?? r.Id;
            string others = string.Join(", ", r.ClaimIds.Where(id => id.Contains('#', StringComparison.Ordinal)));
            string reason = $"names {others}, a claim of a document not given: give that document too to check it";
            rows.Add(new CheckRow(RelationWord(r.Kind) + " (across documents)", words, reason, Tolerance(r), Verdict.Inconclusive, reason, r.ClaimIds, null, null));
        }

        foreach (var s in _document.NotCheckable)
        {
            string words = s.Quote is { } q ? $"\"{q.Text}\"" : s.Note ?? s.Id;
            string relation = s.IsRelation ? RelationWord(s.Kind!.Value) + " (not checkable)" : "stated, not checkable";
            rows.Add(new CheckRow(relation, words, "not checked: " + s.Reason, "—", Verdict.Inconclusive, "stated, not checkable: " + s.Reason, s.ClaimIds.Count > 0 ? s.ClaimIds : [s.Id], null, null));
        }

        return rows.OrderBy(r => Rank(r.Verdict)).ToList(); // stable: document order within a verdict
    }

    private static string RelationWord(RelationKind kind) =>
        System.Array.Find(RelationWords, w => w.Kind == kind).Word;

    private static readonly (RelationKind Kind, string Word)[] RelationWords =
    [
        (RelationKind.Increase, "increase"), (RelationKind.Decrease, "decrease"), (RelationKind.Exceeds, "exceeds"), (RelationKind.Below, "below"),
        (RelationKind.Approaches, "approaches"), (RelationKind.AboutFraction, "about a fraction"), (RelationKind.Equivalent, "equivalent"),
        (RelationKind.FitsWithin, "fits within"), (RelationKind.PartOf, "part of"), (RelationKind.Multiple, "multiple"),
        (RelationKind.PercentAbove, "percent above"), (RelationKind.PercentBelow, "percent below"), (RelationKind.Consistent, "consistent"),
    ];

    private string Computation(DocumentRelation relation, ClaimCheck check)
    {
        var a = _document.Claim(relation.ClaimIds[0]).Claim;
        var b = _document.Claim(relation.ClaimIds[1]).Claim;
        return relation.Kind switch
        {
            RelationKind.Increase or RelationKind.Decrease => Pair(a, b),
            RelationKind.AboutFraction or RelationKind.FitsWithin or RelationKind.PartOf => $"{NewsFormat.Claim(a)} of {NewsFormat.Claim(b)}",
            _ => $"{NewsFormat.Claim(a)} vs {NewsFormat.Claim(b)}",
        };
    }

    private static string Tolerance(DocumentRelation relation) => relation.Kind switch
    {
        RelationKind.Increase => "every value of the later above every value of the earlier",
        RelationKind.Decrease => "every value of the later below every value of the earlier",
        RelationKind.AboutFraction => $"\"about {(relation.Fraction == 0.5m ? "half" : NewsFormat.Percent(relation.Fraction!.Value))}\": {NewsFormat.Percent(relation.Fraction!.Value)} ± {NewsFormat.Percent(relation.Tolerance!.Value)[..^1]} points",
        RelationKind.Exceeds => "every value above",
        RelationKind.Below => "every value below",
        RelationKind.FitsWithin or RelationKind.PartOf => "at most the whole",
        RelationKind.Approaches => $"\"approaching\": below, within {NewsFormat.Percent(relation.Within!.Value)}",
        RelationKind.Multiple => $"{relation.Factor} times ± {NewsFormat.Percent(relation.Tolerance!.Value)}",
        RelationKind.PercentAbove or RelationKind.PercentBelow => $"{relation.Percent!.Value.Kind} {relation.Percent!.Value.Stated} % {(relation.Kind == RelationKind.PercentAbove ? "above" : "below")}",
        RelationKind.Consistent => "the two figures overlap",
        _ => "the converted amount within the other",
    };

    private static CheckRow Plain(ClaimCheck check, string words, string tolerance) =>
        new(check.Relation, words, check.Explanation, tolerance, check.Verdict, check.Explanation, check.ClaimIds, check, null);

    private static CheckRow Row(ClaimCheck<Share> check, RelationKind kind, string words, string computation, string tolerance)
    {
        string computed = kind switch
        {
            RelationKind.Increase or RelationKind.Decrease => ": a change of " + NewsFormat.Change(check.Computed),
            RelationKind.Multiple => ": " + NewsFormat.Times(check.Computed),
            _ => ": ratio " + NewsFormat.Percent(check.Computed),
        };
        return new CheckRow(check.Relation, words, computation + computed, tolerance, check.Verdict, check.Explanation, check.ClaimIds, check, null);
    }

    private static string Pair(Claim earlier, Claim later) => $"{NewsFormat.Claim(earlier)} ({earlier.Period.Span}) → {NewsFormat.Claim(later)} ({later.Period.Span})";

    private List<ComputedRow> BuildComputed()
    {
        var rows = new List<ComputedRow>();
        foreach (var d in _document.Derived)
        {
            rows.Add(new ComputedRow(d.Id, d.Label, Value(d), d.Interval, d.UnitText, Formula(d), KindWord(d.Kind)));
        }

        return rows;
    }

    /// <summary>A derived figure's value in news numbers.</summary>
    internal static string Value(DerivedFigure d)
    {
        if (!d.IsEvaluated)
        {
            return "not computed: " + d.NotEvaluatedReason;
        }

        if (d.ImpliedRate is { } implied && d.Kind == DerivedKind.ImpliedRate)
        {
            return $"{implied.Pair} {NewsFormat.Rate(implied.Min)}\u2013{NewsFormat.Rate(implied.Max)}";
        }

        if (d.TryGetEstimate<Share>(out var share))
        {
            return d.Kind == DerivedKind.Growth ? NewsFormat.Change(share) : NewsFormat.Estimate(share);
        }

        return d.Interval!.Value.ToNewsString(NumberStyle.News, NewsFormat.Unit(d.QuantityType, d.UnitText));
    }

    private static string Formula(DerivedFigure d)
    {
        var i = d.InputIds;
        return d.Kind switch
        {
            DerivedKind.Total => $"{i[0]} × {i[1]}",
            DerivedKind.Ratio => $"{i[0]} ÷ {i[1]}",
            DerivedKind.Growth => $"{i[1]} ÷ {i[0]} − 1",
            DerivedKind.Difference => $"{i[0]} − {i[1]}",
            DerivedKind.PerPeriod => $"{i[0]} per {d.Spec.Per} (month: {d.Spec.MonthLength})",
            DerivedKind.ImpliedRate => $"{i[1]} ÷ {i[0]}",
            _ => d.Rate is { } rate ? $"{i[0]} at {NewsFormat.Rate(rate)} ({rate.Source}, {rate.Validity})" : $"{i[0]} converted",
        };
    }

    private static string KindWord(DerivedKind kind) => kind switch
    {
        DerivedKind.Total => "total",
        DerivedKind.Ratio => "ratio",
        DerivedKind.Growth => "growth",
        DerivedKind.Difference => "difference",
        DerivedKind.PerPeriod => "perPeriod",
        DerivedKind.ImpliedRate => "impliedRate",
        _ => "convert",
    };

    private List<string> BuildFiscalYears()
    {
        // For each claim whose subject has a fiscal calendar (the document's own, FiscalCalendars by name or alias, or
        // each company of a subject that lists several) or that names one: the fiscal quarter its period falls in, or the
        // fiscal years it overlaps and by how many days. Claims with the same reading share a line; a calendar whose
        // years are calendar years gets one line.
        var lines = new List<(string Text, List<string> Ids)>();
        var calendarYears = new List<(FiscalCalendar Calendar, List<string> Ids)>();
        foreach (var c in _document.Claims)
        {
            var span = c.Claim.Period.Span;
            foreach (var calendar in CalendarsOf(c))
            {
                if (calendar.Kind == FiscalCalendarKind.CalendarYear)
                {
                    var entry = calendarYears.FirstOrDefault(e => e.Calendar.Equals(calendar));
                    if (entry.Ids is null)
                    {
                        calendarYears.Add((calendar, [c.Id]));
                    }
                    else if (!entry.Ids.Contains(c.Id))
                    {
                        entry.Ids.Add(c.Id);
                    }

                    continue;
                }

                if (!calendar.SupportedRange.Contains(span.Start) || !calendar.SupportedRange.Contains(span.End))
                {
                    continue;
                }

                var first = calendar.QuarterOf(span.Start);
                if (first.Equals(calendar.QuarterOf(span.End)))
                {
                    Add((first.Range == span ? $"{first}: the claims' period is this fiscal quarter" : $"{first} holds {span}") + ", " + CalendarYears(first.Range), c.Id);
                    continue;
                }

                for (var year = calendar.YearOf(span.Start); ; year = year.Next())
                {
                    string with = IsCalendarYear(span) ? "calendar " + span.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : span.ToString();
                    Add($"{year}: shares {NewsFormat.Count(year.OverlapDays(span))} of its {NewsFormat.Count(year.LengthInDays)} days with {with}", c.Id);
                    if (year.Contains(span.End))
                    {
                        break;
                    }
                }
            }
        }

        var result = lines.Select(l => $"{l.Text} ({string.Join(", ", l.Ids)})").ToList();
        foreach (var (calendar, ids) in calendarYears)
        {
            result.Add($"{calendar.Name}: fiscal years are calendar years ({calendar.Source}); claims: {string.Join(", ", ids)}");
        }

        return result;

        void Add(string text, string id)
        {
            var line = lines.FirstOrDefault(l => l.Text == text);
            if (line.Ids is null)
            {
                lines.Add((text, [id]));
            }
            else if (!line.Ids.Contains(id))
            {
                line.Ids.Add(id);
            }
        }
    }

    /// <summary>"in calendar 2025", or "1 day in calendar 2025 and 89 in 2026" for a range across two years.</summary>
    private static string CalendarYears(DateRange range)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (range.Start.Year == range.End.Year)
        {
            return "in calendar " + range.Start.Year.ToString(invariant);
        }

        var parts = new List<string>();
        for (int y = range.Start.Year; y <= range.End.Year; y++)
        {
            var year = new DateRange(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            parts.Add($"{NewsFormat.Count(year.OverlapDays(range))} days in calendar {y.ToString(invariant)}");
        }

        return string.Join(" and ", parts);
    }

    private static bool IsCalendarYear(DateRange span) =>
        span.Start.Month == 1 && span.Start.Day == 1 && span.End == new DateOnly(span.Start.Year, 12, 31);

    /// <summary>The calendars of a claim: the one it names, else its subject's (the document's calendars first), else those of each company a subject lists ("A, B and C").</summary>
    private IEnumerable<FiscalCalendar> CalendarsOf(DocumentClaim claim)
    {
        if (claim.Calendar is { } named)
        {
            yield return named;
            yield break;
        }

        if (Find(claim.Subject) is { } whole)
        {
            yield return whole;
            yield break;
        }

        foreach (string part in claim.Subject.Split([", ", " and ", " e ", " und ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Find(part) is { } calendar)
            {
                yield return calendar;
            }
        }
    }

    private FiscalCalendar? Find(string name) =>
        _document.Calendars.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? (FiscalCalendars.TryFind(name, out var known) ? known : null);
}
