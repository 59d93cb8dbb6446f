using System;
using System.Collections.Generic;
using System.Globalization;
using DomainModel;
using DomainModel.Exchange;

namespace DomainModel.ArticleReport;

/// <summary>
/// One rate the report checks a figure against, with everything a reader needs to judge it: the rate found (its date or
/// period, its kind, its legs with their dates) or, when there is none, why not. Made by <see cref="FxEvidence"/>.
/// </summary>
/// <remarks>Immutable. <see cref="Lines"/> is the text the report prints: never empty, so a missing rate is said, not
/// dropped.</remarks>
internal sealed class RateEvidence
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private RateEvidence(Currency from, Currency to, string asked, ExchangeRate? rate, string? note, string? missing, int lookBackDays)
    {
        From = from;
        To = to;
        Asked = asked;
        Rate = rate;
        Note = note;
        Missing = missing;
        LookBackDays = lookBackDays;
    }

    /// <summary>The currency converted from (USD for "USD/CNY").</summary>
    public Currency From { get; }

    /// <summary>The currency converted to.</summary>
    public Currency To { get; }

    /// <summary>What was asked, in words: "on 2025-12-31" or "average of 2025".</summary>
    public string Asked { get; }

    /// <summary>The rate found (base <see cref="From"/>, quote <see cref="To"/>), or null.</summary>
    public ExchangeRate? Rate { get; }

    /// <summary>Whether a rate was found.</summary>
    public bool Found => Rate is not null;

    /// <summary>What the reader should know about the choice (an earlier day than asked, another year than the figure's), or null.</summary>
    public string? Note { get; }

    /// <summary>Why no rate was found (null when one was): e.g. "no rate within the look-back of 7 days before 1999-01-01".</summary>
    public string? Missing { get; }

    /// <summary>The look-back of the table asked, in days.</summary>
    public int LookBackDays { get; }

    /// <summary>"USD/CNY".</summary>
    public string Pair => From.Code + "/" + To.Code;

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

    /// <summary>The report's lines: the rate with its date and kind, then one line per leg (for an average: its first
    /// and last day), or the one line saying why there is none.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            if (Rate is not { } rate)
            {
                return [$"{Pair} {Asked}: {Missing}"];
            }

            var lines = new List<string>
            {
                Text($"{Pair} {Asked}: {Rounded(rate.Value)}, {Validity(rate)}; {KindDescription}"),
            };
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

    /// <summary>A rate found.</summary>
    internal static RateEvidence Of(string asked, ExchangeRate rate, string? note, int lookBackDays) =>
        new(rate.Base, rate.Quote, asked, rate, note, null, lookBackDays);

    /// <summary>No rate, and why.</summary>
    internal static RateEvidence None(Currency from, Currency to, string asked, string missing, int lookBackDays) =>
        new(from, to, asked, null, null, missing, lookBackDays);

    /// <summary>The first line of <see cref="Lines"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Lines[0];

    /// <summary>A rate rounded to 4 decimal places for reading (the ECB publishes 4 to 6 significant digits).</summary>
    internal static string Rounded(decimal value) => Rendering.NewsFormat.Rate(value);

    private static string Validity(ExchangeRate rate) =>
        rate.Validity.IsSingleDay
            ? Text($"rate of {rate.Validity.Start:yyyy-MM-dd}")
            : Text($"over {rate.Validity.Start:yyyy-MM-dd} to {rate.Validity.End:yyyy-MM-dd}");

    private static string Leg(ExchangeRate daily) =>
        daily.Legs.Count == 0
            ? Text($"{Rendering.NewsFormat.Rate(daily)}, {daily.Source} {(daily.Kind == RateKind.OfficialReference ? "reference rate" : daily.Kind.ToString())} of {daily.Validity.Start:yyyy-MM-dd}")
            : Text($"{daily.Pair} {Rounded(daily.Value)} on {daily.Validity.Start:yyyy-MM-dd} = {string.Join(" and ", LegTexts(daily))}");

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
