using DomainModel.Text;

namespace DomainModel;

/// <summary>The texts of an estimate, written by the one news formatter (<see cref="NewsNumberFormatter"/>).</summary>
public readonly partial struct Estimate
{
    /// <summary>The admitted interval as a bracketed pair in a style, each bound rounded outwards:
    /// "[22.5 billion, 23.5 billion]" (<see cref="NumberStyle.Readable"/>), "(30 trillion, +inf)", "[56.47 %, 56.86 %]"
    /// (<see cref="NumberStyle.Percent"/>); a single value as itself. Never throws.</summary>
    /// <param name="style">The style of the bounds.</param>
    /// <returns>The text.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="style"/> is not defined.</exception>
    public string ToIntervalString(NumberStyle style) =>
        NewsNumberFormatter.FormatInterval(Lower, LowerInclusive, Upper, UpperInclusive, style);

    /// <summary>The admitted interval as news writes it, the unit after the numbers, each bound rounded outwards:
    /// "22.5–23.5 bn USD", "over 30 T tokens/day", "at most 400 bn USD" (<see cref="NumberStyle.News"/>), "56.1–57.2%"
    /// (<see cref="NumberStyle.NewsPercent"/>). Never throws.</summary>
    /// <param name="style">The style of the bounds.</param>
    /// <param name="unit">The unit written after the numbers, or null for none.</param>
    /// <returns>The text.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="style"/> is not defined.</exception>
    public string ToNewsString(NumberStyle style, string? unit = null) =>
        NewsNumberFormatter.FormatNews(Lower, LowerInclusive, Upper, UpperInclusive, style, unit);

    /// <summary>The stated figure(s) in a style: "23 billion", "350..400" for a range.</summary>
    internal string StatedText(NumberStyle style) => Kind == EstimateKind.Between
        ? NewsNumberFormatter.Number(Stated, style, 0) + ".." + NewsNumberFormatter.Number(StatedHigh, style, 0)
        : NewsNumberFormatter.Number(Stated, style, 0);

    /// <summary><c>Kind stated in interval [unit]</c>, e.g. <c>About 23 billion in [22.5 billion, 23.5 billion] USD</c>.</summary>
    internal string Describe(string? unit, NumberStyle style) =>
        $"{Kind} {StatedText(style)} in {ToIntervalString(style)}" + (string.IsNullOrEmpty(unit) ? string.Empty : " " + unit);
}
