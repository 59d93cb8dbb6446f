namespace DomainModel.Text;

/// <summary>How <see cref="NewsNumberFormatter"/> writes a number or an interval. Every style is invariant (a point
/// for decimals, a comma between groups where it groups) and never throws on a decimal, near its limits included.</summary>
public enum NumberStyle
{
    /// <summary>Every digit, invariant: "22500000000".</summary>
    Plain = 0,

    /// <summary>English scale words from a million up, the mantissa to three decimals: "22.5 billion" (the words of
    /// <see cref="NewsNumberFormatter.Format(decimal, NewsLanguage, ScalePolicy, System.Globalization.CultureInfo?)"/>
    /// in English).</summary>
    Readable = 1,

    /// <summary>A fraction as a percentage to two decimals: 0.5667 is "56.67 %".</summary>
    Percent = 2,

    /// <summary>A change as a signed percentage to two decimals: "+6.67 %", "-100 %".</summary>
    SignedPercent = 3,

    /// <summary>News style: grouped digits and abbreviated scale words, "160 bn", "50 T", "1.5 m", "20,000"; an
    /// interval's bounds share one scale word, "22.5–23.5 bn".</summary>
    News = 4,

    /// <summary>A fraction as a percentage to one decimal, news style: "56.7%".</summary>
    NewsPercent = 5,

    /// <summary>A change as a signed percentage to one decimal, news style: "+6.7%"; an interval reads "+5.9 to +7.4 %",
    /// since a dash between two signs reads as a minus.</summary>
    NewsSignedPercent = 6,

    /// <summary>A ratio as a multiple, whole numbers (one decimal below 10): "134×", "2.5×"; an interval "134–146×",
    /// both bounds as one when they are written alike.</summary>
    NewsMultiple = 7,
}
