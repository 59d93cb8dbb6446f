using System;
using System.Collections.Generic;
using System.Globalization;
using DomainModel.Exchange;

namespace DomainModel.ArticleReport;

/// <summary>
/// How the report shows one rate the library's <see cref="RatePolicy"/> chose (<see cref="RateChoice"/>): which rate
/// it used and why ("ECB cross via EUR on 2026-04-13, 30 days before the as-of date", "average of
/// 2025-01-01…2025-11-14"), its kind and its legs, or why there is none. The choice itself is the library's; this
/// class only words it.
/// </summary>
/// <remarks>Immutable. <see cref="Lines"/> is never empty, so a missing rate is said, not dropped.</remarks>
internal sealed class RateEvidence
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The words for a choice.</summary>
    /// <param name="choice">The library's choice.</param>
    public RateEvidence(RateChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        Choice = choice;
    }

    /// <summary>The library's choice.</summary>
    public RateChoice Choice { get; }

    /// <summary>The rate chosen, or null.</summary>
    public ExchangeRate? Rate => Choice.Rate;

    /// <summary>Whether a rate was chosen.</summary>
    public bool Found => Choice.Found;

    /// <summary>"USD/CNY".</summary>
    public string Pair => Choice.Pair;

    /// <summary>What the rate is, in words: "on 2025-12-31" (the as-of date), or "average of 2025-01-01…2025-11-14"
    /// (the days the average covers: the period's, up to the as-of date; the period asked when there is none).</summary>
    public string Asked => Choice.Period is { } period
        ? Text($"average of {period.Start:yyyy-MM-dd}…{(Rate is { } r ? r.Validity.End : period.End):yyyy-MM-dd}")
        : Text($"on {Choice.Date:yyyy-MM-dd}");

    /// <summary>Why no rate was chosen (null when one was): the library's reason.</summary>
    public string? Missing => Found ? null : Choice.Reason;

    /// <summary>Which rate was used and why, in a few words: "ECB cross via EUR of 2025-12-31, the rate of the as-of
    /// date", "ECB cross via EUR on 2026-04-13, 30 days before the as-of date (at most 31 allowed)", "mean of 255 daily
    /// crosses from 2025-01-02 to 2025-12-31"; the library's reason when there is no rate.</summary>
    public string Used => Rate switch
    {
        null => Choice.Reason,
        { } r when Choice.Kind == RateChoiceKind.OnDate => Text($"{What(r)} of {r.Validity.Start:yyyy-MM-dd}, the rate of the as-of date"),
        { } r when Choice.Kind == RateChoiceKind.EarlierDate => Text($"{What(r)} on {r.Validity.End:yyyy-MM-dd}, {Choice.AgeDays} {(Choice.AgeDays == 1 ? "day" : "days")} before the as-of date, the latest earlier rate (at most {Choice.MaxAgeDays} days allowed)"),
        { } r => Text($"mean of {r.Legs.Count} daily {(r.Legs.Count > 0 && r.Legs[0].Kind == RateKind.Derived ? "crosses" : "rates")} from {r.Legs[0].Validity.Start:yyyy-MM-dd} to {r.Legs[^1].Validity.Start:yyyy-MM-dd}"),
    };

    /// <summary>For a partial average, the library's reason (which days were left out and why); otherwise null.</summary>
    public string? Note => Choice.Kind == RateChoiceKind.PartialPeriodAverage ? Choice.Reason : null;

    /// <summary>The kind of rate in words, stating that a cross through EUR is derived, not an ECB reference rate.</summary>
    public string KindDescription => Rate switch
    {
        null => "none",
        { Kind: RateKind.Derived, Legs.Count: 2 } r when SharedCurrency(r.Legs[0], r.Legs[1]) is { } via =>
            $"Derived: cross through {via.Code} of two {r.Source} reference rates, not an {r.Source} reference rate",
        { Kind: RateKind.Derived } r => $"Derived from {r.Source} rates, not an {r.Source} reference rate",
        { Kind: RateKind.PeriodAverage } r => Text($"PeriodAverage: mean of {r.Legs.Count} daily {(r.Legs.Count > 0 && r.Legs[0].Kind == RateKind.Derived ? "crosses" : "rates")} from {r.Source} data, not an {r.Source} figure"),
        { } r => $"{r.Kind} ({r.Source})",
    };

    /// <summary>The report's lines: the rate, which one and why, and its kind; then one line per leg (for an average:
    /// its first and last day), or the one line saying why there is none.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            if (Rate is not { } rate)
            {
                return [$"{Pair} {Asked}: {Missing}"];
            }

            var lines = new List<string> { Text($"{Pair} {Asked}: {Rendering.NewsFormat.Rate(rate.Value)}, {Used}; {KindDescription}") };
            if (Note is not null)
            {
                lines.Add("  " + Note);
            }

            if (rate.Kind == RateKind.PeriodAverage && rate.Legs.Count > 0)
            {
                lines.Add("  first day: " + Leg(rate.Legs[0]));
                lines.Add("  last day:  " + Leg(rate.Legs[^1]));
            }
            else
            {
                foreach (var leg in rate.Legs)
                {
                    lines.Add("  leg " + Leg(leg));
                }
            }

            return lines;
        }
    }

    /// <summary>The first line of <see cref="Lines"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Lines[0];

    /// <summary>"ECB cross via EUR", "ECB reference rate".</summary>
    private static string What(ExchangeRate rate) => rate switch
    {
        { Kind: RateKind.Derived, Legs.Count: 2 } r when SharedCurrency(r.Legs[0], r.Legs[1]) is { } via => $"{r.Source} cross via {via.Code}",
        { Kind: RateKind.OfficialReference } r => $"{r.Source} reference rate",
        { } r => $"{r.Source} {r.Kind} rate",
    };

    private static string Leg(ExchangeRate daily) =>
        daily.Legs.Count == 0
            ? Text($"{Rendering.NewsFormat.Rate(daily)}, {daily.Source} {(daily.Kind == RateKind.OfficialReference ? "reference rate" : daily.Kind.ToString())} of {daily.Validity.Start:yyyy-MM-dd}")
            : Text($"{daily.Pair} {Rendering.NewsFormat.Rate(daily.Value)} on {daily.Validity.Start:yyyy-MM-dd} = {string.Join(" and ", LegTexts(daily))}");

    private static IEnumerable<string> LegTexts(ExchangeRate rate)
    {
        foreach (var leg in rate.Legs)
        {
            yield return Rendering.NewsFormat.Rate(leg);
        }
    }

    private static Currency? SharedCurrency(ExchangeRate a, ExchangeRate b) =>
        a.Involves(b.Base) ? b.Base : a.Involves(b.Quote) ? b.Quote : null;

    private static string Text(FormattableString text) => text.ToString(Invariant);
}
