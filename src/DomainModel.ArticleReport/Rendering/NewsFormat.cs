using System;
using System.Globalization;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Text;

namespace DomainModel.ArticleReport.Rendering;

/// <summary>
/// Picks, for each figure the tables, the JSON's display texts and the chart show, the library's news style and the
/// unit: every number and interval is written by the library's one news formatter (<see cref="NewsNumberFormatter"/>,
/// through <see cref="DomainModel.Estimate.ToNewsString(NumberStyle, string?)"/>) — grouped digits and abbreviated
/// scale words ("160 bn CNY", "22.5–23.5 bn USD", "50 T tokens/day", "20,000 H200 units"), percentages to one
/// decimal, multiples; rates to four decimals. Invariant.
/// </summary>
internal static class NewsFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>An estimate of a claim's or a computation's quantity, with its unit: "22.5–23.5 bn USD".</summary>
    public static string Estimate<T>(Estimate<T> estimate)
        where T : struct, IEstimable<T> =>
        Interval(estimate.Interval, typeof(T), estimate.UnitText);

    /// <summary>A claim's interval with its unit; a share as a percentage.</summary>
    public static string Claim(Claim claim) => Interval(claim.Interval, claim.QuantityType, claim.UnitText);

    /// <summary>An interval of a quantity with its unit; a share as a percentage.</summary>
    public static string Interval(DomainModel.Estimate interval, Type quantityType, string unitText) => quantityType == typeof(Share)
        ? interval.ToNewsString(NumberStyle.NewsPercent)
        : interval.ToNewsString(NumberStyle.News, Unit(quantityType, unitText));

    /// <summary>A claim's stated figure: "about 23 bn USD", "350–400 bn USD", "over 30 T tokens/day".</summary>
    public static string Stated(Claim claim)
    {
        var e = claim.Interval;
        string unit = " " + Unit(claim.QuantityType, claim.UnitText);
        string n = Count(e.Stated);
        return e.Kind switch
        {
            EstimateKind.Between => n.Split(' ')[0] + "\u2013" + Count(e.StatedHigh) + unit,
            EstimateKind.About => "about " + n + unit,
            EstimateKind.Over => "over " + n + unit,
            EstimateKind.Under => "under " + n + unit,
            EstimateKind.AtLeast => "at least " + n + unit,
            EstimateKind.AtMost => "at most " + n + unit,
            EstimateKind.Nearly => "nearly " + n + unit,
            EstimateKind.JustOver => "just over " + n + unit,
            _ => n + unit,
        };
    }

    /// <summary>
    /// A claim's period and where it comes from: the article's words ("2025-07-01..2025-09-30 \"Q3 2025\""), words relative
    /// to another claim's period ("2024-07-01..2024-09-30 \"a year earlier\", relative to revenue-q3's period"), or the
    /// document's reading, which is not the article's words ("2025-07-01..2025-09-30, the document's reading: the release
    /// covers the quarter").
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="relativeTo">The id of the claim whose period the words refer to (<see cref="DocumentClaim.RelativeTo"/>), or null.</param>
    /// <param name="separator">What stands between the days and the rest: " " in one line, "\n" in a table cell.</param>
    public static string Period(Claim claim, string? relativeTo, string separator = " ")
    {
        var period = claim.Period;
        if (period.StatedReason is { } reason)
        {
            return $"{period.Span},{separator}the document's reading (not the article's words): {reason}";
        }

        string words = $"{period.Span}{separator}\"{period.Text}\"";
        return relativeTo is null ? words : $"{words}, relative to {relativeTo}'s period";
    }

    /// <summary>A fraction as a percentage, one decimal: "56.7%".</summary>
    public static string Percent(Estimate<Share> share) => share.Interval.ToNewsString(NumberStyle.NewsPercent);

    /// <summary>A growth factor (later ÷ earlier) as a signed change in percent, one decimal: "+6.0 to +7.4 %", "(-100.0%, +68.4%)".</summary>
    public static string Change(Estimate<Share> growth)
    {
        var g = growth.Interval;
        var change = DomainModel.Estimate.Create(EstimateKind.Derived, g.Stated - 1m, g.StatedHigh - 1m, g.Lower - 1m, g.LowerOpen, g.Upper - 1m, g.UpperOpen);
        return change.ToNewsString(NumberStyle.NewsSignedPercent);
    }

    /// <summary>A ratio as a multiple, bounds rounded outwards to whole numbers (one decimal below 10): "134–146×", "over 2.5×".</summary>
    public static string Times(Estimate<Share> ratio) => ratio.Interval.ToNewsString(NumberStyle.NewsMultiple);

    /// <summary>A percentage of a plain fraction, one decimal: 0.2 → "20.0%".</summary>
    public static string Percent(decimal fraction) => NewsNumberFormatter.Format(fraction, NumberStyle.NewsPercent);

    /// <summary>An amount: "160 bn CNY".</summary>
    public static string Money(Money money) => Count(money.Amount) + " " + money.Currency.Code;

    /// <summary>A rate value to four decimals (the ECB publishes 4 to 6 significant digits): "7.0683".</summary>
    public static string Rate(decimal value) => Math.Round(value, 4, MidpointRounding.ToEven).ToString("0.0000", Invariant);

    /// <summary>A rate with its pair: "USD/CNY 7.0683".</summary>
    public static string Rate(ExchangeRate rate) => rate.Pair + " " + Rate(rate.Value);

    /// <summary>A date: "2025-12-31".</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    /// <summary>A number in news style, grouped digits and abbreviated scale words: "20,000", "160 bn".</summary>
    public static string Count(decimal value) => NewsNumberFormatter.Format(value, NumberStyle.News);

    /// <summary>The unit as news writes it after a number.</summary>
    public static string Unit(Type quantityType, string unitText)
    {
        if (quantityType == typeof(TokenRate))
        {
            return unitText switch
            {
                "tokens per 1 min" or "tokens per 1 m" => "tokens/minute",
                "tokens per 1 h" => "tokens/hour",
                "tokens per 1 d" => "tokens/day",
                "tokens per 1 wk" => "tokens/week",
                "tokens per 1 mo" => "tokens/month",
                "tokens per 1 yr" => "tokens/year",
                _ => unitText,
            };
        }

        if (quantityType == typeof(UnitCount) || quantityType == typeof(ActiveUsers))
        {
            return unitText.EndsWith('s') ? unitText : unitText + "s";
        }

        if (quantityType == typeof(PricePerUnit))
        {
            int per = unitText.IndexOf(" per ", StringComparison.Ordinal);
            return per < 0 ? unitText : unitText[..per] + "/" + unitText[(per + 5)..];
        }

        return unitText;
    }
}
