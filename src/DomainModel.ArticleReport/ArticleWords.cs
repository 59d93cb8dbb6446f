using System.Linq;
using DomainModel.Text;

namespace DomainModel.ArticleReport;

/// <summary>
/// The header's description of how an article's words are read, in the article's own language: its scale words under
/// the document's scale policy, and its hedges and ranges (the qualifiers <see cref="NewsNumberParser"/> reads).
/// </summary>
internal static class ArticleWords
{
    /// <summary>The scale words of the language under the policy: "ShortScale: "billion" = 10^9, ...".</summary>
    public static string Scale(NewsLanguage language, ScalePolicy policy) => (language, policy) switch
    {
        (NewsLanguage.Italian, ScalePolicy.ShortScale) => $"{policy}: \"trilioni\" = 10^12 (trillion), \"miliardi\" = 10^9 (billion), \"milioni\" = 10^6, as Italian business news writes them",
        (NewsLanguage.Italian, _) => $"{policy}: \"bilioni\" = 10^12, \"trilioni\" = 10^18, \"miliardi\" = 10^9, \"milioni\" = 10^6",
        (NewsLanguage.German, _) => $"{policy}: \"Millionen\", \"Mio.\" = 10^6, \"Milliarden\", \"Mrd.\" = 10^9, \"Billionen\", \"Bio.\" = 10^12 (German long scale)",
        (_, ScalePolicy.ShortScale) => $"{policy}: \"trillion\" = 10^12, \"billion\" = 10^9, \"million\" = 10^6; \"bn\", \"B\" = 10^9, \"T\", \"tn\" = 10^12, \"M\", \"mn\" = 10^6",
        _ => $"{policy}: \"billion\" = 10^12, \"trillion\" = 10^18, \"million\" = 10^6",
    };

    /// <summary>How the language's hedges are read: each qualifier with the words of the language's <see cref="Lexicon"/> that stand for it.</summary>
    public static string Hedges(NewsLanguage language)
    {
        var groups = Lexicon.For(language).Hedges
            .GroupBy(h => h.Value)
            .OrderBy(g => g.Key)
            .Select(g => $"{Meaning(g.Key)}: {string.Join(", ", g.Select(h => "\"" + h.Key + "\"").Reverse())}");
        return "a figure is read as rounded to its last written digit; a range from its two ends; hedges before a figure: " + string.Join("; ", groups);
    }

    private static string Meaning(NumberQualifier qualifier) => qualifier switch
    {
        NumberQualifier.About => "about (one rounding unit either side: twice as wide as the figure's rounding)",
        NumberQualifier.Over => "over (a lower bound, not reached)",
        NumberQualifier.Under => "under (an upper bound, not reached)",
        NumberQualifier.AtLeast => "at least",
        NumberQualifier.UpTo => "up to",
        NumberQualifier.Nearly => "nearly (just below)",
        NumberQualifier.JustOver => "just over",
        _ => qualifier.ToString(),
    };
}
