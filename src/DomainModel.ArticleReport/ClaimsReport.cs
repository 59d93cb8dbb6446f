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
internal sealed record CheckRow(string Relation, string Words, string Computation, string Tolerance, Verdict Verdict, string Explanation, IReadOnlyList<string> ClaimIds, ClaimCheck? Check, RateEvidence? Rate);

/// <summary>A value the library computes from the claims.</summary>
/// <param name="Id">A stable name ("h200-order-total").</param>
/// <param name="Label">What it is, in words.</param>
/// <param name="Value">The value in news numbers.</param>
/// <param name="Interval">The interval computed.</param>
/// <param name="Unit">The unit of the interval's numbers ("USD", "fraction").</param>
internal sealed record ComputedRow(string Id, string Label, string Value, Estimate Interval, string Unit);

/// <summary>
/// The report's content, built before anything is written: the header, the claims of a claims document (<see cref="ClaimsDocument"/>),
/// the checks (contradictions first, then undetermined, then agreements), the computed values, the fiscal years, the
/// figures no claim covers and the rate source. Renderers: <see cref="TableReport"/> (terminal), <see cref="JsonReport"/>
/// (<c>--json</c>), <see cref="ChartReport"/> (<c>--chart</c>). Every number is read from the article or computed.
/// </summary>
internal sealed class ClaimsReport
{
    private readonly ClaimsDocument _document;

    /// <summary>The report of one document, with other documents for the cross-document section.</summary>
    public ClaimsReport(ClaimsDocument document, ReportOptions options, FxEvidence? fx, IReadOnlyList<ClaimsDocument>? others = null)
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
        Checks = BuildChecks();
        Computed = BuildComputed();
        FiscalYears = BuildFiscalYears();
        Uncovered = document.UncoveredFigures();
        QuantityFigures = FigureScanner.Scan(Article, Language, Policy).Count(f => f.IsQuantity);
        Others = others ?? [];
        CrossDocument = Others.Count == 0 ? [] : CrossDocumentChecks.Check([document, .. Others]);
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

    /// <summary>Claims of different documents about the same subject and metric, checked against each other.</summary>
    public IReadOnlyList<CrossDocumentCheck> CrossDocument { get; }

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
    public string ScalePolicyText => Policy == ScalePolicy.ShortScale
        ? $"{Policy}: \"trilioni\" = 10^12 (trillion), \"miliardi\" = 10^9 (billion), \"milioni\" = 10^6, as Italian business news writes them"
        : $"{Policy}";

    /// <summary>The rates, or null when none were loaded.</summary>
    public FxEvidence? Fx { get; }

    /// <summary>The claims, in the document's order.</summary>
    public IReadOnlyList<Claim> Claims => [.. _document.Claims.Select(c => c.Claim)];

    /// <summary>The checks: contradictions first, then undetermined, then agreements.</summary>
    public IReadOnlyList<CheckRow> Checks { get; }

    /// <summary>What the library computes from the claims.</summary>
    public IReadOnlyList<ComputedRow> Computed { get; }

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
                rows.Add(check is ClaimCheck<Share> share ? Row(share, words, Computation(relation, check), Tolerance(relation)) : Plain(check, words, Tolerance(relation)));
                continue;
            }

            if (Fx is null)
            {
                continue;
            }

            var yuan = (Claim<Money>)_document.Claim(relation.ClaimIds[0]).Claim;
            var dollars = (Claim<Money>)_document.Claim(relation.ClaimIds[1]).Claim;
            int year = yuan.Period.Span.End.Year;
            foreach (var evidence in new[] { Fx.CrossOn(dollars.Estimate.Stated.Currency, yuan.Estimate.Stated.Currency, AsOf), Fx.YearAverage(dollars.Estimate.Stated.Currency, yuan.Estimate.Stated.Currency, year) })
            {
                string rateWords = $"\"{yuan.Quote.Text}\", \"{dollars.Quote.Text}\" at the {evidence.Pair} {evidence.Asked}";
                if (relation.IsGuessed)
                {
                    rateWords = $"[guessed: {string.Join(", ", relation.Guessed)}] {rateWords}";
                }

                string tolerance = $"the article's rounding: {NewsFormat.Claim(dollars)}";
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

        return rows.OrderBy(r => Rank(r.Verdict)).ToList(); // stable: document order within a verdict
    }

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

    private static CheckRow Row(ClaimCheck<Share> check, string words, string computation, string tolerance)
    {
        string computed = check.Relation is "increase" or "decrease"
            ? ": a change of " + NewsFormat.Change(check.Computed)
            : ": ratio " + NewsFormat.Percent(check.Computed);
        return new CheckRow(check.Relation, words, computation + computed, tolerance, check.Verdict, check.Explanation, check.ClaimIds, check, null);
    }

    private static string Pair(Claim earlier, Claim later) => $"{NewsFormat.Claim(earlier)} ({earlier.Period.Span}) → {NewsFormat.Claim(later)} ({later.Period.Span})";

    private List<ComputedRow> BuildComputed()
    {
        var rows = new List<ComputedRow>();
        if (!SeedClaims.TryRead(_document, out var c))
        {
            return rows; // the computed lines are those of the seed article's figures
        }

        var implied = ExchangeRateRange.Implied(c.Capex2026Usd.Estimate, c.Capex2026Cny.Estimate, new RateValidity(AsOf), "Financial Times (implied)");
        rows.Add(new ComputedRow("implied-rate", $"{implied.Pair} implied by \"{c.Capex2026Cny.Quote.Text}\" and \"{c.Capex2026Usd.Quote.Text}\"", $"{implied.Pair} {NewsFormat.Rate(implied.Min)}\u2013{NewsFormat.Rate(implied.Max)}", Estimate.Between(implied.Min, implied.Max), implied.Pair));

        var order = EstimateMath.Total(c.H200Order.Estimate, c.H200Price.Estimate);
        Add("h200-order-total", $"H200 order: {NewsFormat.Claim(c.H200Order)} at {NewsFormat.Claim(c.H200Price)}", order);
        Add("chips-share", "Advanced processors' share of this year's allocation", EstimateMath.Ratio(c.Chips2025Cny.Estimate, c.Capex2025Cny.Estimate));
        string year = c.Capex2026Cny.Period.Span.End.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Add("capex-increase", $"Budget increase {year} over this year", EstimateMath.Difference(c.Capex2026Cny.Estimate, c.Capex2025Cny.Estimate));
        AddChange("capex-growth", $"Budget growth {year} over this year", EstimateMath.Growth(c.Capex2025Cny.Estimate, c.Capex2026Cny.Estimate));
        Add("doubao-added", $"Doubao users added, {c.DoubaoAugust.Period.Span} to {c.DoubaoOctober.Period.Span}", EstimateMath.Difference(c.DoubaoOctober.Estimate, c.DoubaoAugust.Estimate));
        AddChange("doubao-growth", "Doubao growth, August to October", EstimateMath.Growth(c.DoubaoAugust.Estimate, c.DoubaoOctober.Estimate));
        AddChange("tokens-growth", "Token use growth, October to December (October is a lower bound only)", EstimateMath.Growth(c.TokensOctober.Estimate, c.TokensDecember.Estimate));
        Add("tokens-dec-monthly", $"Token use in December per month ({MonthLength.GregorianAverage})", EstimateMath.ToMonthly(c.TokensDecember.Estimate, MonthLength.GregorianAverage));
        Add("h200-order-of-batch", "ByteDance's order as a share of the first H200 batch", EstimateMath.Ratio(c.H200Order.Estimate, c.H200FirstBatch.Estimate));
        Add("h200-order-of-budget", $"The H200 order as a share of the {year} budget in dollars", EstimateMath.Ratio(order, c.Capex2026Usd.Estimate));
        return rows;

        void Add<T>(string id, string label, Estimate<T> value)
            where T : struct, IEstimable<T> =>
            rows.Add(new ComputedRow(id, label, NewsFormat.Estimate(value), value.Interval, typeof(T) == typeof(Share) ? "fraction" : value.UnitText));

        void AddChange(string id, string label, Estimate<Share> value) =>
            rows.Add(new ComputedRow(id, label, NewsFormat.Change(value), value.Interval, "fraction"));
    }

    private List<string> BuildFiscalYears()
    {
        var lines = new List<string>();
        if (!SeedClaims.TryRead(_document, out var c))
        {
            return lines;
        }

        var calendar2025 = c.BigTech2025Usd.Period.Span;
        foreach (var calendar in new[] { FiscalCalendars.Microsoft, FiscalCalendars.Alphabet, FiscalCalendars.Amazon, FiscalCalendars.Meta })
        {
            var fiscal = calendar.Year(calendar2025.End.Year);
            lines.Add($"{fiscal}: shares {NewsFormat.Count(fiscal.OverlapDays(calendar2025))} of its {NewsFormat.Count(fiscal.LengthInDays)} days with calendar {calendar2025.End.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        var deadline = c.H200FirstBatch.Period;
        lines.Add($"Nvidia's first H200 shipments, {deadline}, fall in {FiscalCalendars.Nvidia.QuarterOf(deadline.EndBound.End)}");
        lines.Add($"ByteDance: {FiscalCalendars.ByteDance.Year(c.Capex2026Cny.Period.Span.End.Year)}; rule: {FiscalCalendars.ByteDance.Source}");
        return lines;
    }
}
