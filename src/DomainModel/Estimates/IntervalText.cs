using System;
using System.Globalization;
using DomainModel.Text;

namespace DomainModel.Estimates;

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

    /// <summary>A number in a style; <paramref name="direction"/> −1 rounds down, +1 up, 0 to nearest (display only).</summary>
    internal static string Number(decimal value, int style, int direction)
    {
        var invariant = CultureInfo.InvariantCulture;
        switch (style)
        {
            case SignedPercent:
                return (value >= 0m ? "+" : string.Empty) + Round(value * 100m, 2, direction).ToString("0.##", invariant) + " %";
            case Percent:
                return Round(value * 100m, 2, direction).ToString("0.##", invariant) + " %";
            case Readable:
                decimal magnitude = Math.Abs(value);
                string sign = value < 0m ? "-" : string.Empty;
                int signedDirection = value < 0m ? -direction : direction;
                foreach (decimal scale in (ReadOnlySpan<decimal>)[1_000_000_000_000m, 1_000_000_000m, 1_000_000m])
                {
                    if (magnitude >= scale)
                    {
                        decimal mantissa = Round(magnitude / scale, 3, signedDirection);
                        return sign + NewsNumberFormatter.Format(mantissa * scale, NewsLanguage.English);
                    }
                }

                return sign + Round(magnitude, 4, signedDirection).ToString("0.####", invariant);
            default:
                return value.ToString(invariant);
        }
    }

    private static decimal Round(decimal value, int decimals, int direction) => direction switch
    {
        < 0 => decimal.Round(value, decimals, MidpointRounding.ToNegativeInfinity),
        > 0 => decimal.Round(value, decimals, MidpointRounding.ToPositiveInfinity),
        _ => decimal.Round(value, decimals, MidpointRounding.ToEven),
    };
}
