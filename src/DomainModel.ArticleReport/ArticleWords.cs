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
        (_, ScalePolicy.ShortScale) => $"{policy}: \"trillion\" = 10^12, \"billion\" = 10^9, \"million\" = 10^6; \"bn\", \"B\" = 10^9, \"T\", \"tn\" = 10^12, \"M\", \"mn\" = 10^6",
        _ => $"{policy}: \"billion\" = 10^12, \"trillion\" = 10^18, \"million\" = 10^6",
    };

    /// <summary>How the language's hedges and ranges are read.</summary>
    public static string Hedges(NewsLanguage language) => language switch
    {
        NewsLanguage.Italian => "a figure is read as rounded to its last written digit, widened by \"circa\"; \"tra ... e ...\" is a range; \"oltre\", \"più di\", \"superato\" a lower bound; \"almeno\" at least; \"fino a\" up to; \"quasi\" nearly",
        _ => "a figure is read as rounded to its last written digit, widened by \"about\", \"around\", \"roughly\", \"approximately\", \"~\"; \"between ... and ...\" is a range; \"over\", \"more than\", \"exceeding\" a lower bound; \"at least\"; \"up to\"; \"under\", \"less than\" an upper bound; \"nearly\", \"almost\"",
    };
}
