using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Exchange;

namespace DomainModel.ArticleReport.Rendering;

/// <summary>How a chart's value axis is drawn.</summary>
internal enum AxisScale
{
    /// <summary>Linear from zero.</summary>
    Linear,

    /// <summary>Base-10 logarithmic, limits from the data.</summary>
    Log10,
}

/// <summary>One money figure on the chart: its interval from the lower to the upper bound, in the chart's currency and
/// scale unit, and, when it was converted, from what and at which rate.</summary>
/// <param name="ClaimId">The claim drawn.</param>
/// <param name="Lower">The lower bound, in the chart's unit (e.g. bn USD).</param>
/// <param name="Upper">The upper bound (equal to <paramref name="Lower"/> for an exact figure; for an open upper bound
/// the stated value).</param>
/// <param name="Stated">The stated value, drawn as a marker so a narrow interval stays visible.</param>
/// <param name="Label">The figure as the report writes it, in the chart's currency.</param>
/// <param name="ConvertedFrom">The figure as stated ("160 bn CNY") when it was converted, or null.</param>
internal sealed record ChartBar(string ClaimId, double Lower, double Upper, double Stated, string Label, string? ConvertedFrom);

/// <summary>One volume on the chart: a claim's daily token volume at the middle of its period.</summary>
/// <param name="ClaimId">The claim drawn.</param>
/// <param name="Series">The series (the claim's subject).</param>
/// <param name="Date">The middle of the claim's period.</param>
/// <param name="Stated">The stated value per day, in the chart's unit.</param>
/// <param name="Lower">The lower bound per day, or null when open.</param>
/// <param name="Upper">The upper bound per day, or null when open.</param>
/// <param name="Label">The figure as stated.</param>
/// <param name="ConvertedFrom">The figure as stated when it was per month and converted to a day, or null.</param>
internal sealed record ChartPoint(string ClaimId, string Series, DateOnly Date, double Stated, double? Lower, double? Upper, string Label, string? ConvertedFrom);

/// <summary>A chart's value axis: scale and limits, in the chart's unit, and the ticks to label.</summary>
/// <param name="Scale">Linear or log.</param>
/// <param name="Min">The lowest value shown.</param>
/// <param name="Max">The highest value shown.</param>
/// <param name="Ticks">The values labelled.</param>
internal sealed record ChartAxis(AxisScale Scale, double Min, double Max, IReadOnlyList<double> Ticks)
{
    /// <summary>Where a value sits on the axis, 0 at the bottom and 1 at the top.</summary>
    public double Position(double value) => Scale == AxisScale.Linear
        ? (value - Min) / (Max - Min)
        : (Math.Log10(value) - Math.Log10(Min)) / (Math.Log10(Max) - Math.Log10(Min));
}

/// <summary>The money panel: every money figure of the article in one currency.</summary>
/// <param name="Currency">The chart's currency.</param>
/// <param name="UnitName">The scale unit of the values ("bn USD").</param>
/// <param name="Divisor">The values are amounts divided by this (1e9 for "bn").</param>
/// <param name="Title">The title, naming the rate every other currency is converted at.</param>
/// <param name="Axis">The value axis.</param>
/// <param name="Bars">The figures, in the document's order.</param>
/// <param name="Notes">What the reader must know: the conversions, figures left out and why.</param>
internal sealed record MoneyChart(Currency Currency, string UnitName, double Divisor, string Title, ChartAxis Axis, IReadOnlyList<ChartBar> Bars, IReadOnlyList<string> Notes);

/// <summary>The volume panel: the daily token volumes over time.</summary>
/// <param name="UnitName">The unit of the values ("T tokens/day").</param>
/// <param name="Divisor">The values are tokens per day divided by this.</param>
/// <param name="Title">The title.</param>
/// <param name="Axis">The value axis.</param>
/// <param name="Points">The volumes, by series and date.</param>
/// <param name="Notes">Conversions made.</param>
internal sealed record VolumeChart(string UnitName, double Divisor, string Title, ChartAxis Axis, IReadOnlyList<ChartPoint> Points, IReadOnlyList<string> Notes);

/// <summary>
/// What the charts draw, computed from the report before anything is drawn, so tests can check it: which series, which
/// axis scale, each bar's bounds. Money: every money claim in one currency (US dollars when the article states any,
/// otherwise its most frequent currency), every other currency converted at the report's rate on the as-of date (the
/// rate the report checks, a cross through EUR of the ECB's reference rates) and said so; each bar runs from the
/// interval's lower to its upper bound, nothing widened. The axis is linear from zero when the largest bound is at most
/// <see cref="LinearMoneyRatio"/> times the smallest stated figure (every figure then stands above a tenth of the
/// axis), logarithmic otherwise, so no bar squashes the rest. Volumes: token volumes per day (monthly figures converted
/// at the Gregorian average month), on a log axis when they span more than two orders of magnitude.
/// </summary>
internal static class ChartData
{
    /// <summary>The largest ratio of the highest bound to the lowest stated money figure a linear axis is used for.</summary>
    public const double LinearMoneyRatio = 8;

    /// <summary>Volumes spanning more than this ratio (two orders of magnitude) are drawn on a log axis.</summary>
    public const double LinearVolumeRatio = 100;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The money panel of a report.</summary>
    public static MoneyChart Money(ClaimsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var money = report.Claims.OfType<Claim<Money>>().ToList();
        var currency = money.Count == 0
            ? Currency.USD
            : money.Any(m => m.Estimate.Stated.Currency == Currency.USD)
                ? Currency.USD
                : money.GroupBy(m => m.Estimate.Stated.Currency).OrderByDescending(g => g.Count()).First().Key;
        var notes = new List<string>();
        var rates = new Dictionary<Currency, ExchangeRate?>();
        var converted = new List<(Claim<Money> Claim, Estimate<Money> Estimate, ExchangeRate? Rate)>();
        foreach (var claim in money)
        {
            var from = claim.Estimate.Stated.Currency;
            if (from == currency)
            {
                converted.Add((claim, claim.Estimate, null));
                continue;
            }

            if (!rates.TryGetValue(from, out var rate))
            {
                var choice = report.Fx?.Policy.RateOn(report.Fx.Table, currency, from, report.AsOf);
                rate = choice?.Rate;
                rates[from] = rate;
                notes.Add(rate is null
                    ? $"{from.Code} figures are not drawn: {(choice is null ? "no rate file" : choice.Reason)}"
                    : $"{from.Code} figures converted to {currency.Code} at {NewsFormat.Rate(rate)} ({Validity(rate)}, {rate.Kind}, {rate.Source})");
            }

            if (rate is not null)
            {
                // rate: currency/from, e.g. USD/CNY 7.0010: from → currency divides, i.e. converts at the inverse.
                converted.Add((claim, rate.Inverse().Convert(claim.Estimate), rate));
            }
        }

        decimal largest = converted.Count == 0 ? 0m : converted.Max(c => Math.Abs(c.Estimate.Interval.Upper ?? c.Estimate.Interval.StatedHigh));
        var (divisor, prefix) = Scale(largest);
        string unitName = (prefix.Length == 0 ? string.Empty : prefix + " ") + currency.Code;
        var bars = new List<ChartBar>();
        foreach (var (claim, estimate, rate) in converted)
        {
            var interval = estimate.Interval;
            double stated = (double)((interval.Stated + interval.StatedHigh) / 2m) / divisor;
            double lower = (double)(interval.Lower ?? interval.Stated) / divisor;
            double upper = (double)(interval.Upper ?? interval.StatedHigh) / divisor;
            bars.Add(new ChartBar(claim.Id, lower, upper, stated, NewsFormat.Estimate(estimate), rate is null ? null : NewsFormat.Stated(claim)));
            if (interval.Upper is null)
            {
                notes.Add($"{claim.Id}: no upper bound (\"{NewsFormat.Stated(claim)}\"), drawn up to its stated figure");
            }
        }

        var axis = MoneyAxis(bars);
        string title = rates.Count == 0
            ? $"Money figures in {currency.Code}"
            : $"Money figures in {currency.Code}, {string.Join(" and ", rates.Keys.Select(c => c.Code))} converted{(rates.Values.FirstOrDefault(r => r is not null) is { } first ? $" at {NewsFormat.Rate(first)} of {NewsFormat.Date(first.Validity.Start)}" : string.Empty)}";
        return new MoneyChart(currency, unitName, divisor, title, axis, bars, notes);
    }

    /// <summary>The volume panel of a report.</summary>
    public static VolumeChart Volumes(ClaimsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tokens = report.Claims.OfType<Claim<TokenRate>>().ToList();
        var notes = new List<string>();
        var daily = new List<(Claim<TokenRate> Claim, Estimate Interval, bool Converted)>();
        foreach (var claim in tokens)
        {
            bool perDay = claim.Estimate.Stated.HasSamePeriod(TokenRate.PerDay(TokenVolume.Zero));
            var estimate = perDay ? claim.Estimate : EstimateMath.ToDaily(claim.Estimate, MonthLength.GregorianAverage);
            daily.Add((claim, estimate.Interval, !perDay));
            if (!perDay)
            {
                notes.Add($"{claim.Id}: {NewsFormat.Stated(claim)} converted to a day ({MonthLength.GregorianAverage})");
            }
        }

        decimal largest = daily.Count == 0 ? 0m : daily.Max(d => d.Interval.Upper ?? d.Interval.StatedHigh);
        var (divisor, prefix) = Scale(largest);
        string unitName = (prefix.Length == 0 ? string.Empty : prefix + " ") + "tokens/day";
        var points = daily
            .Select(d => new ChartPoint(
                d.Claim.Id,
                d.Claim.Subject,
                Middle(d.Claim.Period.Span),
                (double)((d.Interval.Stated + d.Interval.StatedHigh) / 2m) / divisor,
                d.Interval.Lower is { } l ? (double)l / divisor : null,
                d.Interval.Upper is { } u ? (double)u / divisor : null,
                NewsFormat.Stated(d.Claim),
                d.Converted ? NewsFormat.Claim(d.Claim) : null))
            .OrderBy(p => p.Series, StringComparer.Ordinal).ThenBy(p => p.Date)
            .ToList();
        var axis = VolumeAxis(points);
        string title = axis.Scale == AxisScale.Log10 ? "Daily token volumes (log axis: they span more than two orders of magnitude)" : "Daily token volumes";
        return new VolumeChart(unitName, divisor, title, axis, points, notes);
    }

    /// <summary>The middle day of a span.</summary>
    public static DateOnly Middle(DateRange span) => span.Start.AddDays((span.End.DayNumber - span.Start.DayNumber) / 2);

    /// <summary>The money axis for bars: linear from zero, or log when one figure would squash another.</summary>
    internal static ChartAxis MoneyAxis(IReadOnlyList<ChartBar> bars)
    {
        if (bars.Count == 0)
        {
            return new ChartAxis(AxisScale.Linear, 0, 1, [0, 1]);
        }

        double top = bars.Max(b => b.Upper);
        double smallest = bars.Min(b => b.Stated);
        if (smallest > 0 && top / smallest > LinearMoneyRatio)
        {
            return LogAxis(bars.Min(b => Math.Min(b.Lower, b.Stated)), smallest, top);
        }

        return LinearAxis(top);
    }

    private static ChartAxis VolumeAxis(IReadOnlyList<ChartPoint> points)
    {
        if (points.Count == 0)
        {
            return new ChartAxis(AxisScale.Linear, 0, 1, [0, 1]);
        }

        double top = points.Max(p => Math.Max(p.Stated, p.Upper ?? p.Stated));
        double smallest = points.Min(p => p.Stated);
        if (smallest > 0 && top / smallest > LinearVolumeRatio)
        {
            return LogAxis(points.Min(p => Math.Min(p.Stated, p.Lower is > 0 ? p.Lower.Value : p.Stated)), smallest, top);
        }

        return LinearAxis(top);
    }

    private static ChartAxis LinearAxis(double top)
    {
        double max = top <= 0 ? 1 : top * 1.15;
        double step = NiceStep(max / 5);
        var ticks = new List<double>();
        for (int k = 0; k * step <= max * (1 + 1e-9); k++)
        {
            ticks.Add(k * step);
        }

        return new ChartAxis(AxisScale.Linear, 0, max, ticks);
    }

    /// <summary>A log axis whose bottom leaves the smallest stated figure at 15 % of the height, with room above the largest for its label.</summary>
    private static ChartAxis LogAxis(double lowest, double smallest, double top)
    {
        double logSmall = Math.Log10(smallest);
        double logTop = Math.Log10(top) + (0.12 * (Math.Log10(top) - logSmall)) + 0.02;
        double logMin = Math.Min(Math.Log10(lowest), logSmall - (0.15 / 0.85 * (logTop - logSmall)));
        var ticks = new List<double>();
        for (int e = (int)Math.Floor(logMin); e <= (int)Math.Ceiling(logTop); e++)
        {
            foreach (double m in new[] { 1d, 2d, 5d })
            {
                double v = m * Math.Pow(10, e);
                double lv = Math.Log10(v);
                if (lv >= logMin - 1e-9 && lv <= logTop + 1e-9)
                {
                    ticks.Add(v);
                }
            }
        }

        return new ChartAxis(AxisScale.Log10, Math.Pow(10, logMin), Math.Pow(10, logTop), ticks);
    }

    private static double NiceStep(double raw)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double f = raw / magnitude;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
    }

    /// <summary>The news scale word the values are given in: T (10^12), bn (10^9), m (10^6) or none.</summary>
    private static (double Divisor, string Prefix) Scale(decimal largest) => (double)largest switch
    {
        >= 1e12 => (1e12, "T"),
        >= 1e9 => (1e9, "bn"),
        >= 1e6 => (1e6, "m"),
        _ => (1, string.Empty),
    };

    private static string Validity(ExchangeRate rate) => rate.Validity.IsSingleDay
        ? "rate of " + NewsFormat.Date(rate.Validity.Start)
        : string.Create(Invariant, $"{NewsFormat.Date(rate.Validity.Start)} to {NewsFormat.Date(rate.Validity.End)}");
}
