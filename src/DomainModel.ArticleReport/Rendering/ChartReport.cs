using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ScottPlot;

namespace DomainModel.ArticleReport.Rendering;

/// <summary>
/// Draws the report's charts (ScottPlot, headless) from <see cref="ChartData"/>: the money figures in one currency as
/// bars from the lower to the upper bound of each interval, with a marker at the stated figure; the daily token volumes
/// over time. As one PNG (<c>--chart FILE.png</c>, both panels side by side) or as one SVG per panel (inline in
/// <c>--html</c>). A log axis is drawn on the log of the values with ticks labelled in the values themselves. Labels
/// use the fonts the machine has (ScottPlot picks an installed sans-serif font).
/// </summary>
internal static class ChartReport
{
    /// <summary>The PNG's width in pixels.</summary>
    public const int Width = 1400;

    /// <summary>The PNG's height in pixels.</summary>
    public const int Height = 600;

    /// <summary>The width of one SVG panel in pixels.</summary>
    public const int PanelWidth = 760;

    /// <summary>The height of one SVG panel in pixels.</summary>
    public const int PanelHeight = 480;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The chart as PNG bytes.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The PNG.</returns>
    public static byte[] ToPng(ClaimsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var multiplot = new Multiplot();
        multiplot.AddPlot(MoneyPlot(ChartData.Money(report)));
        multiplot.AddPlot(VolumePlot(ChartData.Volumes(report)));
        while (multiplot.Count() > 2)
        {
            multiplot.RemovePlot(multiplot.GetPlot(0)); // an empty plot a Multiplot may start with
        }
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        return multiplot.Render(Width, Height).GetImageBytes(ImageFormat.Png);
    }

    /// <summary>The money panel as an SVG document.</summary>
    public static string MoneySvg(MoneyChart chart) => MoneyPlot(chart).GetSvgXml(PanelWidth, PanelHeight);

    /// <summary>The volume panel as an SVG document.</summary>
    public static string VolumeSvg(VolumeChart chart) => VolumePlot(chart).GetSvgXml(PanelWidth, PanelHeight);

    private static Plot MoneyPlot(MoneyChart chart)
    {
        var plot = new Plot();
        plot.Font.Set(Fonts.Sans);
        var ticks = new List<Tick>();
        for (int i = 0; i < chart.Bars.Count; i++)
        {
            var b = chart.Bars[i];
            var color = b.ConvertedFrom is null ? Color.FromHex("#1f5f99") : Color.FromHex("#b35900");
            plot.Add.Bar(new Bar { Position = i, ValueBase = Y(chart.Axis, b.Lower), Value = Y(chart.Axis, b.Upper), FillColor = color, LineColor = color, Size = 0.6 });
            var marker = plot.Add.Marker(i, Y(chart.Axis, b.Stated), MarkerShape.FilledDiamond, 9, Colors.Black);
            marker.LegendText = string.Empty;
            string value = b.Label.EndsWith(" " + chart.UnitName, StringComparison.Ordinal) ? b.Label[..^(chart.UnitName.Length + 1)] : b.Label;
            var label = plot.Add.Text(b.ConvertedFrom is null ? value : $"{value}\n(of {b.ConvertedFrom})", i, Y(chart.Axis, Math.Max(b.Upper, b.Stated)));
            label.LabelFontSize = 11;
            label.LabelAlignment = Alignment.LowerCenter;
            label.LabelOffsetY = -4;
            ticks.Add(new Tick(i, b.ClaimId));
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 110;
        ValueAxis(plot, chart.Axis);
        plot.Axes.SetLimitsX(-0.7, Math.Max(chart.Bars.Count, 1) + 0.2); // room for the last rotated claim id
        if (chart.Bars.Count == 0)
        {
            Empty(plot, "No money figures in this article");
        }

        plot.Title(chart.Title, size: 13);
        plot.YLabel($"{chart.UnitName}{(chart.Axis.Scale == AxisScale.Log10 ? ", log axis" : string.Empty)} (bar: lower to upper bound; diamond: stated)");
        return plot;
    }

    private static Plot VolumePlot(VolumeChart chart)
    {
        var plot = new Plot();
        plot.Font.Set(Fonts.Sans);
        foreach (var series in chart.Points.GroupBy(p => p.Series))
        {
            var points = series.ToList();
            double[] xs = points.Select(p => X(p.Date)).ToArray();
            double[] ys = points.Select(p => Y(chart.Axis, p.Stated)).ToArray();
            var scatter = plot.Add.Scatter(xs, ys);
            scatter.LegendText = series.Key;
            scatter.MarkerSize = 10;
            for (int k = 0; k < points.Count; k++)
            {
                var p = points[k];
                if (p.Lower is { } low && p.Upper is { } high && low > 0 && high > low)
                {
                    var range = plot.Add.Line(xs[k], Y(chart.Axis, low), xs[k], Y(chart.Axis, high));
                    range.LineWidth = 3;
                    range.Color = scatter.Color;
                }

                var text = plot.Add.Text(p.ConvertedFrom is null ? p.Label : $"{p.Label} (per day)", xs[k], ys[k]);
                text.LabelFontSize = 12;
                text.LabelOffsetX = 8;
                text.LabelOffsetY = -8;
            }
        }

        if (chart.Points.Count == 0)
        {
            Empty(plot, "No token volumes in this article");
        }
        else
        {
            var dates = plot.Axes.DateTimeTicksBottom();
            if (dates.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic automatic)
            {
                automatic.LabelFormatter = d => d.ToString("yyyy-MM-dd", Invariant);
            }

            ValueAxis(plot, chart.Axis);
            double first = chart.Points.Min(p => X(p.Date));
            double last = chart.Points.Max(p => X(p.Date));
            double pad = Math.Max(15, (last - first) * 0.15);
            plot.Axes.SetLimitsX(first - pad, last + (pad * 2.5));
            plot.Axes.Right.MinimumSize = 45; // room for the half of the last date label that lies right of the data area
        }

        plot.Title(chart.Title, size: 13);
        plot.YLabel(chart.UnitName + (chart.Axis.Scale == AxisScale.Log10 ? ", log axis" : string.Empty));
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    private static void Empty(Plot plot, string message)
    {
        var text = plot.Add.Text(message, 0, 0.5);
        text.LabelFontSize = 16;
        text.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(-1, 1, 0, 1);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([]);
    }

    private static void ValueAxis(Plot plot, ChartAxis axis)
    {
        var ticks = axis.Ticks.Select(t => new Tick(Y(axis, t), Number(t))).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.SetLimitsY(Y(axis, axis.Min), Y(axis, axis.Max));
    }

    /// <summary>Where a value is drawn: itself on a linear axis, its log on a log axis.</summary>
    private static double Y(ChartAxis axis, double value) => axis.Scale == AxisScale.Log10 ? Math.Log10(value) : value;

    private static double X(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();

    private static string Number(double value) => value >= 100 ? value.ToString("#,0", Invariant) : value.ToString("0.###", Invariant);
}
