namespace DomainModel.Text;

/// <summary>
/// The words a language's <see cref="Lexicon"/> gives the drafter of claims documents besides the scanner's and the
/// period parser's: the cue words of relations, of sources, of measures (activity windows, token periods, prices per
/// share), of percentage changes, the words that name a metric, and the capitalised words that are not names.
/// docs/drafting.md lists them. All matched case-insensitively as whole words.
/// </summary>
internal sealed class CueWords
{
    /// <summary>The later figure is larger: "up from", "rispetto a", "aumento", "salita a".</summary>
    internal required string[] Increase { get; init; }

    /// <summary>The later figure is smaller: "fell", "calo".</summary>
    internal required string[] Decrease { get; init; }

    /// <summary>The first figure is larger: "more than", "superando" (not when a figure follows at once: then it is a hedge).</summary>
    internal required string[] Exceeds { get; init; }

    /// <summary>The first figure is below the second and close to it: "approaching", "avvicinandosi".</summary>
    internal required string[] Approaches { get; init; }

    /// <summary>The figure after is part of the figure before: "of which", "di cui".</summary>
    internal required string[] PartOf { get; init; }

    /// <summary>Words of a fraction of the figure before: "about half" 0.5, "circa la metà" 0.5, "a quarter" 0.25.</summary>
    internal required (string Words, decimal Fraction)[] Fractions { get; init; }

    /// <summary>Verbs of a multiple: "doubled" 2, "tripled" 3 ("Nx" and "N volte" are figures the scanner reads).</summary>
    internal required (string Words, decimal Factor)[] Multiples { get; init; }

    /// <summary>Words between two money figures in different currencies that make them one amount: "circa", "pari a", "about" (and brackets).</summary>
    internal required string[] Equivalent { get; init; }

    /// <summary>Words after "N%" that make it a percentage above the figure that follows: "above", "in più".</summary>
    internal required string[] PercentAbove { get; init; }

    /// <summary>Words after "N%" that make it a percentage below the figure that follows: "below", "in meno".</summary>
    internal required string[] PercentBelow { get; init; }

    /// <summary>Beginnings of words up to four words before a percentage that make it a change, not a share ("up 12%", "aumentato del 5%").</summary>
    internal required string[] ChangeBefore { get; init; }

    /// <summary>Words just after a percentage that make it a change ("15 percent increase", "5% su base annua").</summary>
    internal required string[] ChangeAfter { get; init; }

    /// <summary>Words before a source's name: "according to", "secondo", "citing".</summary>
    internal required string[] SourceBefore { get; init; }

    /// <summary>Words after a source's name: "reported", "said", "ha riportato".</summary>
    internal required string[] SourceAfter { get; init; }

    /// <summary>Words of an activity window of users: "monthly" / "mensili" → monthly.</summary>
    internal required (string Word, string Window)[] Windows { get; init; }

    /// <summary>Words of users ("users", "utenti").</summary>
    internal required string[] Users { get; init; }

    /// <summary>Words of a token period: "daily" / "giornaliero" → day, "monthly" → month, "weekly" → week.</summary>
    internal required (string Word, string Per)[] TokenPeriods { get; init; }

    /// <summary>Words just before a token figure that make it a volume over a span ("total", "totale").</summary>
    internal required string[] TokenTotals { get; init; }

    /// <summary>Words before a money figure that make it a price per share: "per diluted share", "per azione".</summary>
    internal required string[] PerShare { get; init; }

    /// <summary>Words naming what is measured, nearest before the figure ("revenue", "ricavi").</summary>
    internal required string[] Metrics { get; init; }

    /// <summary>Capitalised words that are not the name of a company or product (places, sentence openers, month names aside).</summary>
    internal required string[] NotNames { get; init; }

}
