using System;
using System.Collections.Generic;
using System.Linq;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Exchange;
using ScottPlot;

namespace DomainModel.ArticleReport.Rendering;

/// <summary>
/// Draws the report's chart (<c>--chart FILE.png</c>, ScottPlot, headless): on the left the money figures in one
/// currency (US dollars; yuan converted at the rate the report checks on the as-of date) as bars from the lower to the
/// upper bound of each interval; on the right the daily token volumes over time. Labels use the fonts the machine has
/// (ScottPlot picks an installed sans-serif font).
/// </summary>
internal static class ChartReport
{
    /// <summary>The chart's width in pixels.</summary>
    public const int Width = 1400;

    /// <summary>The chart's height in pixels.</summary>
    public const int Height = 600;

    /// <summary>The chart as PNG bytes.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The PNG.</returns>
    public static byte[] ToPng(ClaimsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        multiplot.GetPlot(0).Font.Set(Fonts.Sans);
        multiplot.GetPlot(1).Font.Set(Fonts.Sans);
        DrawMoney(multiplot.GetPlot(0), report);
        DrawTokens(multiplot.GetPlot(1), report);
        return multiplot.Render(Width, Height).GetImageBytes(ImageFormat.Png);
    }

    private static void DrawMoney(Plot plot, ClaimsReport report)
    {
        var rate = report.Checks.Select(c => c.Rate).FirstOrDefault(r => r is { Found: true, Rate.Kind: not RateKind.PeriodAverage })?.Rate;
        var money = report.Claims.OfType<Claim<Money>>().ToList();
        var usd = Currency.USD;
        string title = rate is null
            ? "Money figures (USD)"
            : $"Money figures in USD (CNY at {NewsFormat.Rate(rate)} on {NewsFormat.Date(rate.Validity.Start)})";
        var ticks = new List<Tick>();
        int i = 0;
        foreach (var claim in money)
        {
            var estimate = claim.Estimate;
            if (estimate.Stated.Currency != usd)
            {
                if (rate is null)
                {
                    continue;
                }

                estimate = (rate.Base == usd ? rate.Inverse() : rate).Convert(estimate);
            }

            double low = (double)(estimate.Lower?.Amount ?? estimate.Stated.Amount) / 1e9;
            double high = (double)(estimate.Upper?.Amount ?? estimate.Stated.Amount) / 1e9;
            var bar = plot.Add.Bar(new Bar { Position = i, ValueBase = low, Value = Math.Max(high, low + 0.6), FillColor = estimate.Stated.Currency == claim.Estimate.Stated.Currency ? Colors.SteelBlue : Colors.DarkOrange, Label = NewsFormat.Estimate(estimate) });
            bar.ValueLabelStyle.FontSize = 11;
            ticks.Add(new Tick(i, claim.Id));
            i++;
        }

        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(0, plot.Axes.GetLimits().Top);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 110;
        plot.Title(title, size: 14);
        plot.YLabel("bn USD (bar: lower to upper bound)");
        plot.Axes.Margins(bottom: 0, top: 0.1);
    }

    private static void DrawTokens(Plot plot, ClaimsReport report)
    {
        var tokens = report.Claims.OfType<Claim<TokenRate>>().ToList();
        foreach (var group in tokens.GroupBy(t => t.Subject))
        {
            var points = group.OrderBy(t => t.Period.Span.End).ToList();
            double[] xs = points.Select(p => p.Period.Span.Start.ToDateTime(TimeOnly.MinValue).AddDays((p.Period.Span.End.DayNumber - p.Period.Span.Start.DayNumber) / 2.0).ToOADate()).ToArray();
            double[] ys = points.Select(p => (double)Tokens(p) / 1e12).ToArray();
            var scatter = plot.Add.Scatter(xs, ys);
            scatter.LegendText = group.Key;
            scatter.MarkerSize = 10;
            for (int k = 0; k < points.Count; k++)
            {
                var text = plot.Add.Text(NewsFormat.Stated(points[k]), xs[k], ys[k]);
                text.LabelFontSize = 12;
                text.LabelOffsetX = 8;
                text.LabelOffsetY = -8;
            }
        }

        var dates = plot.Axes.DateTimeTicksBottom();
        if (dates.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic automatic)
        {
            automatic.LabelFormatter = d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        plot.Title("Daily token volumes", size: 14);
        plot.YLabel("T tokens/day");
        plot.ShowLegend(Alignment.LowerRight);
        plot.Axes.Margins(left: 0.1, right: 0.3, bottom: 0.15, top: 0.15);
    }

    private static decimal Tokens(Claim<TokenRate> claim) => claim.Interval.Stated;
}
