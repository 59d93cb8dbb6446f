using System;
using System.Globalization;
using DomainModel.Text;

namespace DomainModel;

/// <summary>
/// The one renderer of estimates as intervals, used by every <c>ToString</c> of an estimate, claim or check and by
/// reports: "[22.5 billion, 23.5 billion]", "(30 trillion, +inf)", a closed single value as itself. Open bounds print
/// open. Readable and percent styles round each bound outwards for display (lower down, upper up), so the text never
/// shows an interval narrower than the one computed. Invariant culture.
/// </summary>
internal static class IntervalText
{
    /// <summary>Every digit, invariant ("22500000000").</summary>
    internal const int Plain = 0;

    /// <summary>English scale words from a million up, mantissa to three decimals ("22.5 billion").</summary>
    internal const int Readable = 1;

    /// <summary>A fraction as a percentage to two decimals ("56.67 %").</summary>
    internal const int Percent = 2;

    /// <summary>A change as a signed percentage to two decimals ("+6.67 %", "-100 %").</summary>
    internal const int SignedPercent = 3;

    /// <summary>News style: grouped digits, abbreviated scale words ("160 bn", "50 T", "20,000"), bounds joined by a
    /// dash when both are written ("22.5–23.5 bn"); see <see cref="News"/>.</summary>
    internal const int NewsStyle = 4;

    /// <summary>A fraction as a percentage to one decimal, news style ("56.7%").</summary>
    internal const int NewsPercent = 5;

    /// <summary>A change as a signed percentage to one decimal, news style ("+6.7%").</summary>
    internal const int NewsSignedPercent = 6;

    /// <summary>
    /// An interval as news writes it, the unit after the numbers: "160 bn CNY", "22.5–23.5 bn USD", "over 30 T
    /// tokens/day", "at most 400 bn USD", "(-100.0%, +68.4%)" for an interval open at both ends. Bounds are rounded
    /// outwards, as in every display style.
    /// </summary>
    internal static string News(Estimate e, string? unit, int style)
    {
        string suffix = string.IsNullOrEmpty(unit) ? string.Empty : " " + unit;
        if (e.IsBounded && e.Lower == e.Upper && e.LowerInclusive && e.UpperInclusive)
        {
            return Number(e.Lower!.Value, style, 0) + suffix;
        }

        if (e.Lower is decimal low && e.Upper is decimal high)
        {
            if (!(e.LowerInclusive && e.UpperInclusive))
            {
                return Interval(e, style) + suffix;
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

        if (e.Lower is decimal only)
        {
            return (e.LowerInclusive ? "at least " : "over ") + Number(only, style, -1) + suffix;
        }

        if (e.Upper is decimal top)
        {
            return (e.UpperInclusive ? "at most " : "under ") + Number(top, style, 1) + suffix;
        }

        return "any value" + suffix;
    }

    internal static string Interval(Estimate e, int style)
    {
        if (e.IsBounded && e.Lower == e.Upper && e.LowerInclusive && e.UpperInclusive)
        {
            return Number(e.Lower!.Value, style, 0);
        }

        string lower = e.Lower is decimal l ? (e.LowerInclusive ? "[" : "(") + Number(l, style, -1) : "(-inf";
        string upper = e.Upper is decimal u ? Number(u, style, 1) + (e.UpperInclusive ? "]" : ")") : "+inf)";
        return lower + ", " + upper;
    }

    internal static string Stated(Estimate e, int style) => e.Kind == EstimateKind.Between
        ? Number(e.Stated, style, 0) + ".." + Number(e.StatedHigh, style, 0)
        : Number(e.Stated, style, 0);

    /// <summary><c>Kind stated in interval [unit]</c>, e.g. <c>About 23 billion in [22.5 billion, 23.5 billion] USD</c>.</summary>
    internal static string Describe(Estimate e, string? unit, int style) =>
        $"{e.Kind} {Stated(e, style)} in {Interval(e, style)}" + (string.IsNullOrEmpty(unit) ? string.Empty : " " + unit);

    /// <summary>A number in a style; <paramref name="direction"/> −1 rounds down, +1 up, 0 to nearest (display only).
    /// Never throws: near decimal's limits, where a percentage (×100) or a mantissa times its scale word leaves the
    /// range of decimal, the digits are shifted as text instead.</summary>
    internal static string Number(decimal value, int style, int direction)
    {
        var invariant = CultureInfo.InvariantCulture;
        switch (style)
        {
            case SignedPercent:
                return (value >= 0m ? "+" : string.Empty) + Hundredfold(value, 2, direction, grouped: false, fixedDecimals: false) + " %";
            case NewsSignedPercent:
                return (value >= 0m ? "+" : string.Empty) + Hundredfold(value, 1, direction, grouped: true, fixedDecimals: true) + "%";
            case NewsPercent:
                return Hundredfold(value, 1, direction, grouped: true, fixedDecimals: true) + "%";
            case NewsStyle:
                decimal size = Math.Abs(value);
                string minus = value < 0m ? "-" : string.Empty;
                int towards = value < 0m ? -direction : direction;
                foreach (var (scale, word) in NewsScales)
                {
                    if (size >= scale)
                    {
                        return minus + Round(size / scale, 3, towards).ToString("#,0.###", invariant) + " " + word;
                    }
                }

                return minus + Round(size, 4, towards).ToString("#,0.####", invariant);
            case Percent:
                return Hundredfold(value, 2, direction, grouped: false, fixedDecimals: false) + " %";
            case Readable:
                decimal magnitude = Math.Abs(value);
                string sign = value < 0m ? "-" : string.Empty;
                int signedDirection = value < 0m ? -direction : direction;
                foreach (var (scale, word) in ReadableScales)
                {
                    if (magnitude >= scale)
                    {
                        decimal mantissa = Round(magnitude / scale, 3, signedDirection);
                        return sign + (mantissa <= decimal.MaxValue / scale
                            ? NewsNumberFormatter.Format(mantissa * scale, NewsLanguage.English)
                            : mantissa.ToString("#,0.###", invariant) + " " + word); // the formatter's own form, beyond decimal
                    }
                }

                return sign + Round(magnitude, 4, signedDirection).ToString("0.####", invariant);
            default:
                return value.ToString(invariant);
        }
    }

    /// <summary>value × 100 rounded to <paramref name="decimals"/> places in a direction, as invariant text ("0.##" or,
    /// grouped with fixed decimals, "#,0.0"); exact and without overflow for every decimal.</summary>
    private static string Hundredfold(decimal value, int decimals, int direction, bool grouped, bool fixedDecimals)
    {
        string format = grouped ? (fixedDecimals ? "#,0." + new string('0', decimals) : "#,0." + new string('#', decimals)) : (fixedDecimals ? "0." + new string('0', decimals) : "0." + new string('#', decimals));
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
            var builder = new System.Text.StringBuilder(whole.Length + (whole.Length / 3));
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

    private static readonly (decimal Scale, string Word)[] ReadableScales = [(1_000_000_000_000m, "trillion"), (1_000_000_000m, "billion"), (1_000_000m, "million")];

    private static readonly (decimal Scale, string Word)[] NewsScales = [(1_000_000_000_000m, "T"), (1_000_000_000m, "bn"), (1_000_000m, "m")];

    private static decimal Round(decimal value, int decimals, int direction) => direction switch
    {
        < 0 => decimal.Round(value, decimals, MidpointRounding.ToNegativeInfinity),
        > 0 => decimal.Round(value, decimals, MidpointRounding.ToPositiveInfinity),
        _ => decimal.Round(value, decimals, MidpointRounding.ToEven),
    };
}
