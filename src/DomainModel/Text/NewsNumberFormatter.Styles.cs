using System;
using System.Globalization;
using System.Text;
using DomainModel.Utility;

namespace DomainModel.Text;

/// <summary>Numbers and intervals in a <see cref="NumberStyle"/>: the texts every estimate, claim and check writes
/// (its <c>ToString</c>) and the report shows. Never throws on a decimal: near decimal's limits, where a percentage
/// (×100) or a mantissa times its scale word leaves the range of decimal, the digits are shifted as text instead.
/// Invariant; never reads the current culture.</summary>
public static partial class NewsNumberFormatter
{
    private static readonly (decimal Scale, string Word)[] ReadableScales = [(1_000_000_000_000m, "trillion"), (1_000_000_000m, "billion"), (1_000_000m, "million")];

    private static readonly (decimal Scale, string Word)[] NewsScales = [(1_000_000_000_000m, "T"), (1_000_000_000m, "bn"), (1_000_000m, "m")];

    /// <summary>Writes a number in a style: <c>Format(160e9m, NumberStyle.News)</c> is "160 bn",
    /// <c>Format(0.5667m, NumberStyle.Percent)</c> "56.67 %".</summary>
    /// <param name="value">The value, any decimal.</param>
    /// <param name="style">The style.</param>
    /// <param name="rounding">Which way a shortened number is rounded (display only; <see cref="NumberStyle.Plain"/>
    /// writes every digit).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> or <paramref name="rounding"/> is not defined.</exception>
    public static string Format(decimal value, NumberStyle style, DisplayRounding rounding = DisplayRounding.Nearest)
    {
        CheckStyle(style);
        if (rounding is < DisplayRounding.Nearest or > DisplayRounding.Up)
        {
            throw Preconditions.OutOfRange(nameof(rounding), rounding, Preconditions.Invariant($"Display rounding {(int)rounding} is not defined: allowed are Nearest, Down and Up."));
        }

        return Number(value, style, rounding switch { DisplayRounding.Down => -1, DisplayRounding.Up => 1, _ => 0 });
    }

    /// <summary>Writes an interval as a bracketed pair, each bound rounded outwards: "[22.5 billion, 23.5 billion]",
    /// "(30 trillion, +inf)", "(-inf, 5]"; a closed single value as itself.</summary>
    /// <param name="lower">The lower bound, or null for none.</param>
    /// <param name="lowerInclusive">Whether the lower bound is admitted.</param>
    /// <param name="upper">The upper bound, or null for none.</param>
    /// <param name="upperInclusive">Whether the upper bound is admitted.</param>
    /// <param name="style">The style of the bounds.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not defined.</exception>
    public static string FormatInterval(decimal? lower, bool lowerInclusive, decimal? upper, bool upperInclusive, NumberStyle style)
    {
        CheckStyle(style);
        return Interval(lower, lowerInclusive, upper, upperInclusive, style);
    }

    /// <summary>Writes an interval as news does, the unit after the numbers, each bound rounded outwards: "160 bn CNY",
    /// "22.5–23.5 bn USD", "over 30 T tokens/day", "at most 400 bn USD", "+5.9 to +7.4 %", "134–146×"; an interval
    /// open at a bound it has as a bracketed pair, "(-100.0%, +68.4%)".</summary>
    /// <param name="lower">The lower bound, or null for none.</param>
    /// <param name="lowerInclusive">Whether the lower bound is admitted.</param>
    /// <param name="upper">The upper bound, or null for none.</param>
    /// <param name="upperInclusive">Whether the upper bound is admitted.</param>
    /// <param name="style">The style of the bounds.</param>
    /// <param name="unit">The unit written after the numbers, or null or empty for none.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not defined.</exception>
    public static string FormatNews(decimal? lower, bool lowerInclusive, decimal? upper, bool upperInclusive, NumberStyle style, string? unit = null)
    {
        CheckStyle(style);
        string suffix = string.IsNullOrEmpty(unit) ? string.Empty : " " + unit;
        if (style == NumberStyle.NewsMultiple)
        {
            return Multiple(lower, upper) + suffix;
        }

        string text = News(lower, lowerInclusive, upper, upperInclusive, style, suffix);
        return style == NumberStyle.NewsSignedPercent ? SignedRange(text) : text;
    }

    private static void CheckStyle(NumberStyle style)
    {
        if (style is < NumberStyle.Plain or > NumberStyle.NewsMultiple)
        {
            throw Preconditions.OutOfRange(nameof(style), style, Preconditions.Invariant($"Number style {(int)style} is not defined: allowed are Plain, Readable, Percent, SignedPercent, News, NewsPercent, NewsSignedPercent and NewsMultiple."));
        }
    }

    private static string News(decimal? lower, bool lowerInclusive, decimal? upper, bool upperInclusive, NumberStyle style, string suffix)
    {
        if (lower is decimal low && upper is decimal high)
        {
            if (low == high && lowerInclusive && upperInclusive)
            {
                return Number(low, style, 0) + suffix;
            }

            if (!(lowerInclusive && upperInclusive))
            {
                return Interval(lower, lowerInclusive, upper, upperInclusive, style) + suffix;
            }

            string a = Number(low, style, -1);
            string b = Number(high, style, 1);
            int space = a.EndsWith('%') ? a.Length - 1 : a.LastIndexOf(' ');
            if (space > 0 && b.EndsWith(a[space..], StringComparison.Ordinal) && (low >= 0m || a.EndsWith('%')))
            {
                a = a[..space]; // one scale word or sign for both bounds: "22.5–23.5 bn", "56.1–57.2%"
            }

            return a + "\u2013" + b + suffix;
        }

        if (lower is decimal only)
        {
            return (lowerInclusive ? "at least " : "over ") + Number(only, style, -1) + suffix;
        }

        if (upper is decimal top)
        {
            return (upperInclusive ? "at most " : "under ") + Number(top, style, 1) + suffix;
        }

        return "any value" + suffix;
    }

    private static string Interval(decimal? lower, bool lowerInclusive, decimal? upper, bool upperInclusive, NumberStyle style)
    {
        if (lower is decimal single && upper == single && lowerInclusive && upperInclusive)
        {
            return Number(single, style, 0);
        }

        string low = lower is decimal l ? (lowerInclusive ? "[" : "(") + Number(l, style, -1) : "(-inf";
        string high = upper is decimal u ? Number(u, style, 1) + (upperInclusive ? "]" : ")") : "+inf)";
        return low + ", " + high;
    }

    /// <summary>A ratio's bounds as a multiple, rounded outwards: "134–146×", "over 2.5×", "any multiple".</summary>
    private static string Multiple(decimal? lower, decimal? upper) => (lower, upper) switch
    {
        (decimal lo, decimal hi) when Times(lo, -1) == Times(hi, 1) => Times(lo, -1) + "×",
        (decimal lo, decimal hi) => Times(lo, -1) + "\u2013" + Times(hi, 1) + "×",
        (decimal lo, null) => "over " + Times(lo, -1) + "×",
        (null, decimal hi) => "under " + Times(hi, 1) + "×",
        _ => "any multiple",
    };

    /// <summary>A multiple without its sign: whole numbers, one decimal below 10.</summary>
    private static string Times(decimal value, int direction)
    {
        bool tenths = Math.Abs(value) < 10m;
        decimal scaled = tenths ? value * 10m : value;
        decimal rounded = direction switch
        {
            < 0 => Math.Floor(scaled),
            > 0 => Math.Ceiling(scaled),
            _ => decimal.Round(scaled, MidpointRounding.ToEven),
        };
        return (tenths ? rounded / 10m : rounded).ToString(tenths ? "#,0.0" : "#,0", CultureInfo.InvariantCulture);
    }

    /// <summary>A range of signed numbers with "to" and a spaced unit: "+5.9–+7.4%" → "+5.9 to +7.4 %", since a dash
    /// between two signs reads as a minus. Anything else is returned as it is.</summary>
    internal static string SignedRange(string text)
    {
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

    /// <summary>A number in a style; <paramref name="direction"/> −1 rounds down, +1 up, 0 to nearest (display only).</summary>
    internal static string Number(decimal value, NumberStyle style, int direction)
    {
        var invariant = CultureInfo.InvariantCulture;
        switch (style)
        {
            case NumberStyle.SignedPercent:
                return (value >= 0m ? "+" : string.Empty) + Hundredfold(value, 2, direction, grouped: false, fixedDecimals: false) + " %";
            case NumberStyle.NewsSignedPercent:
                return (value >= 0m ? "+" : string.Empty) + Hundredfold(value, 1, direction, grouped: true, fixedDecimals: true) + "%";
            case NumberStyle.NewsPercent:
                return Hundredfold(value, 1, direction, grouped: true, fixedDecimals: true) + "%";
            case NumberStyle.NewsMultiple:
                return Times(value, direction) + "×";
            case NumberStyle.News:
                return Scaled(value, direction, news: true);
            case NumberStyle.Percent:
                return Hundredfold(value, 2, direction, grouped: false, fixedDecimals: false) + " %";
            case NumberStyle.Readable:
                return Scaled(value, direction, news: false);
            default:
                return value.ToString(invariant);
        }
    }

    /// <summary>A number with a scale word from a million up, the mantissa rounded to three decimals away from the
    /// other bound: news abbreviations with grouped digits ("22.5 bn", "20,000"), or the English words of
    /// <see cref="Format(decimal, NewsLanguage, ScalePolicy, CultureInfo?)"/> ("22.5 billion", "20000").</summary>
    private static string Scaled(decimal value, int direction, bool news)
    {
        decimal size = Math.Abs(value);
        string sign = value < 0m ? "-" : string.Empty;
        int towards = value < 0m ? -direction : direction;
        foreach (var (scale, word) in news ? NewsScales : ReadableScales)
        {
            if (size >= scale)
            {
                decimal mantissa = Round(size / scale, 3, towards);
                return sign + (!news && mantissa <= decimal.MaxValue / scale
                    ? Format(mantissa * scale, NewsLanguage.English)
                    : mantissa.ToString("#,0.###", CultureInfo.InvariantCulture) + " " + word); // beyond decimal: the formatter's own form
            }
        }

        return sign + Round(size, 4, towards).ToString(news ? "#,0.####" : "0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>value × 100 rounded to <paramref name="decimals"/> places in a direction, as invariant text ("0.##" or,
    /// grouped with fixed decimals, "#,0.0"); exact and without overflow for every decimal.</summary>
    private static string Hundredfold(decimal value, int decimals, int direction, bool grouped, bool fixedDecimals)
    {
        string format = (grouped ? "#,0." : "0.") + new string(fixedDecimals ? '0' : '#', decimals);
        if (Math.Abs(value) < 1_000_000_000_000_000_000_000_000m)
        {
            return Round(value * 100m, decimals, direction).ToString(format, CultureInfo.InvariantCulture);
        }

        // |value| ≥ 1E+24 carries at most 5 decimals: round it to decimals + 2 places, then move the point as text.
        string plain = Round(value, decimals + 2, direction).ToString(CultureInfo.InvariantCulture);
        bool negative = plain.StartsWith('-');
        string digits = negative ? plain[1..] : plain;
        int point = digits.IndexOf('.');
        string whole = point < 0 ? digits : digits[..point];
        string fraction = point < 0 ? string.Empty : digits[(point + 1)..];
        fraction = fraction.PadRight(2, '0');
        whole = (whole + fraction[..2]).TrimStart('0');
        fraction = fraction[2..];
        if (whole.Length == 0)
        {
            whole = "0";
        }

        fraction = fixedDecimals ? fraction.PadRight(decimals, '0') : fraction.TrimEnd('0');
        if (grouped)
        {
            var builder = new StringBuilder(whole.Length + (whole.Length / 3));
            for (int i = 0; i < whole.Length; i++)
            {
                if (i > 0 && (whole.Length - i) % 3 == 0)
                {
                    builder.Append(',');
                }

                builder.Append(whole[i]);
            }

            whole = builder.ToString();
        }

        return (negative ? "-" : string.Empty) + whole + (fraction.Length == 0 ? string.Empty : "." + fraction);
    }

    private static decimal Round(decimal value, int decimals, int direction) => direction switch
    {
        < 0 => decimal.Round(value, decimals, MidpointRounding.ToNegativeInfinity),
        > 0 => decimal.Round(value, decimals, MidpointRounding.ToPositiveInfinity),
        _ => decimal.Round(value, decimals, MidpointRounding.ToEven),
    };
}
