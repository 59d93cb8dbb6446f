using System;
using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>
/// Every word <see cref="ClaimsDraft"/> reads besides the scanner's and the period parser's, per language: the cue
/// words of relations, of sources, of measures (activity windows, token periods, prices per share), of percentage
/// changes, the words that name a metric, and the capitalised words that are not names. One table per language;
/// docs/drafting.md lists them. All matched case-insensitively as whole words.
/// </summary>
internal sealed class DraftCueWords
{
    private DraftCueWords()
    {
    }

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

    /// <summary>Words in a text that make "¥" the yuan rather than the yen.</summary>
    internal static readonly string[] ChineseContext = ["yuan", "renminbi", "RMB", "Cina", "China", "Chinese", "cinese", "cinesi", "Pechino", "Beijing", "Shenzhen", "Shanghai", "Hangzhou", "Alibaba", "Tencent", "ByteDance", "Baidu"];

    /// <summary>Italian.</summary>
    internal static DraftCueWords Italian { get; } = new()
    {
        Increase = ["rispetto ai", "rispetto al", "rispetto a", "in aumento", "un aumento", "aumento", "è salita a", "è salito a", "salita a", "salito a", "è arrivato a", "è arrivata a", "è cresciuto a", "è cresciuta a", "passando da"],
        Decrease = ["in calo", "un calo", "calo", "è scesa a", "è sceso a", "scesa a", "sceso a", "diminuzione", "è diminuito", "è diminuita"],
        Exceeds = ["superando", "superiore a", "superiore ai", "più di", "oltre"],
        Approaches = ["avvicinandosi", "vicino a", "vicini a", "avvicinandosi ai"],
        PartOf = ["di cui", "dei quali", "delle quali"],
        Fractions = [("circa la metà", 0.5m), ("la metà", 0.5m), ("metà", 0.5m), ("un terzo", 1m / 3m), ("un quarto", 0.25m), ("due terzi", 2m / 3m), ("tre quarti", 0.75m)],
        Multiples = [("raddoppiato", 2m), ("raddoppiata", 2m), ("triplicato", 3m), ("triplicata", 3m), ("quadruplicato", 4m)],
        Equivalent = ["circa", "pari a", "ovvero", "cioè", "ossia", "equivalenti a"],
        PercentAbove = ["in più", "sopra", "superiore", "oltre"],
        PercentBelow = ["in meno", "sotto", "inferiore"],
        ChangeBefore = ["aument", "cresc", "diminu", "calat", "calo", "sces", "salit", "rialz", "ribass", "balz", "perso", "guadagn"],
        ChangeAfter = ["su base annua", "anno su anno", "rispetto all'anno precedente", "rispetto all’anno precedente", "in più", "in meno"],
        SourceBefore = ["secondo quanto riportato da", "secondo i dati di", "secondo", "citando", "stando a", "secondo la", "secondo il"],
        SourceAfter = ["ha riportato", "ha dichiarato", "ha comunicato", "ha annunciato", "ha affermato", "riporta", "dichiarati da", "dichiarato da", "riportati da"],
        Windows = [("mensili", "monthly"), ("mensile", "monthly"), ("giornalieri", "daily"), ("giornaliero", "daily"), ("quotidiani", "daily"), ("settimanali", "weekly"), ("settimanale", "weekly")],
        Users = ["utenti", "utente"],
        TokenPeriods = [("giornaliero", "day"), ("giornaliera", "day"), ("giornalieri", "day"), ("quotidiano", "day"), ("quotidiana", "day"), ("al giorno", "day"), ("ogni giorno", "day"), ("mensile", "month"), ("mensili", "month"), ("al mese", "month"), ("settimanale", "week"), ("alla settimana", "week")],
        TokenTotals = ["totale", "complessivo", "complessivi", "in tutto"],
        PerShare = ["per azione"],
        Metrics = ["ricavi", "fatturato", "utile", "utili", "entrate", "spesa", "investimenti", "investimento", "budget", "dotazione", "costo", "vendite", "margine", "perdita", "capitalizzazione", "valutazione", "previsioni"],
        NotNames = ["Il", "Lo", "La", "Le", "Gli", "I", "L", "Un", "Una", "Uno", "Ciò", "Questo", "Questa", "Queste", "Questi", "Secondo", "Di", "Da", "Del", "Della", "Nel", "Nella", "A", "Ad", "In", "Con", "Per", "Su", "Tra", "Fra", "Ma", "E", "Se", "Nonostante", "Tuttavia", "Inoltre", "Precedentemente", "Quanto", "Particolarmente", "Cina", "Pechino", "Stati", "Uniti", "USA", "Europa", "Italia", "Giappone", "Taiwan", "Corea", "Shenzhen", "Shanghai", "Hong", "Kong", "IA", "AI", "Intelligenza", "Artificiale", "Trimestrale", "Siamo", "Grazie", "Eddie", "Donald", "Trump"],
    };

    /// <summary>English.</summary>
    internal static DraftCueWords English { get; } = new()
    {
        Increase = ["up from", "rose", "increased", "grew", "jumped", "climbed", "surged from", "surged", "rising", "rose to"],
        Decrease = ["fell", "fell to", "down from", "declined", "decreased", "dropped", "decline", "decrease", "slipped"],
        Exceeds = ["more than", "surpassing", "exceeding", "surpassed", "exceeded", "above", "higher than", "greater than"],
        Approaches = ["approaching", "nearing", "close to"],
        PartOf = ["of which", "including"],
        Fractions = [("about half", 0.5m), ("roughly half", 0.5m), ("nearly half", 0.5m), ("half", 0.5m), ("a third", 1m / 3m), ("a quarter", 0.25m), ("two thirds", 2m / 3m), ("three quarters", 0.75m)],
        Multiples = [("doubled", 2m), ("tripled", 3m), ("quadrupled", 4m), ("tenfold", 10m), ("twofold", 2m), ("threefold", 3m)],
        Equivalent = ["about", "around", "roughly", "or", "equivalent to", "worth"],
        PercentAbove = ["above", "higher than", "more than"],
        PercentBelow = ["below", "lower than", "less than"],
        ChangeBefore = ["up", "down", "rose", "fell", "jump", "soar", "surg", "climb", "grew", "grow", "drop", "declin", "increas", "decreas", "minus", "gain", "rise", "slid", "slump", "plung"],
        ChangeAfter = ["increase", "decrease", "rise", "fall", "growth", "gain", "drop", "jump", "year over year", "year-on-year", "from"],
        SourceBefore = ["according to", "citing", "as reported by", "data from"],
        SourceAfter = ["reported", "said", "announced", "stated", "estimated"],
        Windows = [("monthly", "monthly"), ("daily", "daily"), ("weekly", "weekly"), ("MAU", "monthly"), ("DAU", "daily"), ("WAU", "weekly")],
        Users = ["users", "user", "MAU", "DAU", "WAU"],
        TokenPeriods = [("daily", "day"), ("per day", "day"), ("a day", "day"), ("each day", "day"), ("monthly", "month"), ("per month", "month"), ("a month", "month"), ("weekly", "week"), ("per week", "week"), ("a week", "week")],
        TokenTotals = ["total", "totalled", "totaled", "in all"],
        PerShare = ["per diluted share", "per share"],
        Metrics = ["revenue", "revenues", "sales", "profit", "income", "earnings", "spending", "capex", "investment", "budget", "cost", "costs", "margin", "loss", "charge", "valuation", "forecast"],
        NotNames = ["The", "A", "An", "In", "On", "At", "For", "By", "Of", "And", "But", "If", "As", "With", "From", "To", "This", "That", "These", "Those", "It", "Its", "Meanwhile", "However", "According", "During", "Excluding", "Sales", "Revenue", "Net", "Domestic", "Gaming", "GAAP", "Last", "Our", "We", "He", "She", "They", "China", "Chinese", "Beijing", "U.S.", "US", "United", "States", "Europe", "Japan", "Taiwan", "Korea", "Shenzhen", "Shanghai", "Hong", "Kong", "AI", "CEO", "Q1", "Q2", "Q3", "Q4", "Jensen", "Huang", "Pony", "Ma", "Sun", "Yi", "Donald", "Trump"],
    };

    /// <summary>The table of a language, or null when the drafter has none.</summary>
    internal static DraftCueWords? For(NewsLanguage language) => language switch
    {
        NewsLanguage.Italian => Italian,
        NewsLanguage.English => English,
        _ => null,
    };

    /// <summary>The language codes the drafter reads (the document's "language").</summary>
    internal static readonly (string Code, NewsLanguage Language)[] Languages = [("it", NewsLanguage.Italian), ("en", NewsLanguage.English)];

    /// <summary>The code of a language the drafter reads.</summary>
    internal static string CodeOf(NewsLanguage language) => Array.Find(Languages, l => l.Language == language).Code;
}
