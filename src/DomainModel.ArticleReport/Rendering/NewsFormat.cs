using System;
using System.Globalization;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Exchange;

namespace DomainModel.ArticleReport.Rendering;

/// <summary>
/// The report's one formatter: every number the tables, the JSON's display texts and the chart show is written here,
/// as news writes it — grouped digits and abbreviated scale words ("160 bn CNY", "22.5–23.5 bn USD",
/// "50 T tokens/day", "20,000 H200 units"), rates to four decimals, percentages to one decimal. Intervals are rendered
/// by the library's one interval renderer (news style); this class only picks the style and the unit. Invariant.
/// </summary>
internal static class NewsFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>An estimate of a claim's or a computation's quantity, with its unit: "22.5–23.5 bn USD".</summary>
    public static string Estimate<T>(Estimate<T> estimate)
        where T : struct, IEstimable<T> =>
        typeof(T) == typeof(Share)
            ? IntervalText.News(estimate.Interval, null, IntervalText.NewsPercent)
            : IntervalText.News(estimate.Interval, Unit(typeof(T), estimate.UnitText), IntervalText.NewsStyle);

    /// <summary>A claim's interval with its unit; a share as a percentage.</summary>
    public static string Claim(Claim claim) => claim.QuantityType == typeof(Share)
        ? IntervalText.News(claim.Interval, null, IntervalText.NewsPercent)
        : IntervalText.News(claim.Interval, Unit(claim.QuantityType, claim.UnitText), IntervalText.NewsStyle);

    /// <summary>A claim's stated figure: "about 23 bn USD", "350–400 bn USD", "over 30 T tokens/day".</summary>
    public static string Stated(Claim claim)
    {
        var e = claim.Interval;
        string unit = " " + Unit(claim.QuantityType, claim.UnitText);
        string n = IntervalText.Number(e.Stated, IntervalText.NewsStyle, 0);
        return e.Kind switch
        {
            EstimateKind.Between => IntervalText.News(DomainModel.Estimate.Exactly(e.Stated), null, IntervalText.NewsStyle).Split(' ')[0] + "\u2013" + IntervalText.Number(e.StatedHigh, IntervalText.NewsStyle, 0) + unit,
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

    /// <summary>A fraction as a percentage, one decimal: "56.7%".</summary>
    public static string Percent(Estimate<Share> share) => IntervalText.News(share.Interval, null, IntervalText.NewsPercent);

    /// <summary>A growth factor (later ÷ earlier) as a signed change in percent, one decimal: "+6.0 to +7.4 %", "(-100.0%, +68.4%)".</summary>
    public static string Change(Estimate<Share> growth)
    {
        var g = growth.Interval;
        var change = DomainModel.Estimate.Create(EstimateKind.Derived, g.Stated - 1m, g.StatedHigh - 1m, g.Lower - 1m, g.LowerOpen, g.Upper - 1m, g.UpperOpen);
        return SignedRange(IntervalText.News(change, null, IntervalText.NewsSignedPercent));
    }

    /// <summary>A range of signed numbers with "to" and a spaced unit: "+5.9–+7.4%" → "+5.9 to +7.4 %", since a dash
    /// between two signs reads as a minus. Anything else is returned as it is.</summary>
    public static string SignedRange(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int dash = text.IndexOf('\u2013', StringComparison.Ordinal);
        if (dash <= 0 || dash + 1 >= text.Length || text[0] is not ('+' or '-' or '\u2212') || text[dash + 1] is not ('+' or '-' or '\u2212'))
        {
            return text;
        }

        string high = text[(dash + 1)..];
        string unit = string.Empty;
        if (high.EndsWith('%'))
        {
            high = high[..^1];
            unit = " %";
        }

        return text[..dash] + " to " + high + unit;
    }

    /// <summary>A ratio as a multiple, bounds rounded outwards to whole numbers (one decimal below 10): "134–146×", "over 2.5×".</summary>
    public static string Times(Estimate<Share> ratio)
    {
        var e = ratio.Interval;
        string Bound(decimal value, bool up)
        {
            int decimals = Math.Abs(value) < 10m ? 1 : 0;
            decimal factor = decimals == 1 ? 10m : 1m;
            decimal rounded = (up ? Math.Ceiling(value * factor) : Math.Floor(value * factor)) / factor;
            return rounded.ToString(decimals == 1 ? "#,0.0" : "#,0", Invariant);
        }

        return (e.Lower, e.Upper) switch
        {
            (decimal lo, decimal hi) when Bound(lo, false) == Bound(hi, true) => Bound(lo, false) + "×",
            (decimal lo, decimal hi) => Bound(lo, false) + "\u2013" + Bound(hi, true) + "×",
            (decimal lo, null) => "over " + Bound(lo, false) + "×",
            (null, decimal hi) => "under " + Bound(hi, true) + "×",
            _ => "any multiple",
        };
    }

    /// <summary>A percentage of a plain fraction, one decimal: 0.2 → "20.0%".</summary>
    public static string Percent(decimal fraction) => IntervalText.Number(fraction, IntervalText.NewsPercent, 0);

    /// <summary>An amount: "160 bn CNY".</summary>
    public static string Money(Money money) => IntervalText.Number(money.Amount, IntervalText.NewsStyle, 0) + " " + money.Currency.Code;

    /// <summary>A rate value to four decimals (the ECB publishes 4 to 6 significant digits): "7.0683".</summary>
    public static string Rate(decimal value) => Math.Round(value, 4, MidpointRounding.ToEven).ToString("0.0000", Invariant);

    /// <summary>A rate with its pair: "USD/CNY 7.0683".</summary>
    public static string Rate(ExchangeRate rate) => rate.Pair + " " + Rate(rate.Value);

    /// <summary>A date: "2025-12-31".</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    /// <summary>A whole number with grouped digits: "20,000".</summary>
    public static string Count(decimal value) => IntervalText.Number(value, IntervalText.NewsStyle, 0);

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
