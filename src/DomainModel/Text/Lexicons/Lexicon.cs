using System;
using System.Collections.Generic;
using DomainModel.Utility;

namespace DomainModel.Text;

/// <summary>
/// Every word a reader of news knows in one language, in one place: scale words and their abbreviations, hedges,
/// articles, currency symbols and names, units (tokens, counted things), percent and multiple words, numbers written
/// as words, month names, period words and the cue words of relations. <see cref="NewsNumberParser"/>, the figure
/// scanner, the article reader and the period parser of the claims package all read their words from here.
/// </summary>
/// <remarks>
/// <para>One instance per <see cref="NewsLanguage"/>: <see cref="English"/>, <see cref="Italian"/>,
/// <see cref="German"/>; <see cref="All"/> lists them, <see cref="For"/> and <see cref="TryFromCode"/> find one.
/// Adding a language is one more lexicon file (<c>Lexicon.&lt;Language&gt;.cs</c>) and its tests: nothing else names
/// words of a language.</para>
/// <para>Readers that are given no language (<see cref="NewsNumberParser.Parse(string, NumberConventions, ScalePolicy)"/>,
/// period phrases) know the words of every lexicon, English first.</para>
/// <para>Equality is reference equality: there is one instance per language. Immutable and thread-safe.</para>
/// </remarks>
public sealed partial class Lexicon
{
    private Lexicon(NewsLanguage language, string code, string name, NumberConventions conventions)
    {
        Language = language;
        Code = code;
        Name = name;
        Conventions = conventions;
    }

    /// <summary>English: short scale, '.' decimals; "about", "more than", "billion", "dollars", "the first quarter".</summary>
    public static Lexicon English { get; } = CreateEnglish();

    /// <summary>Italian: ',' decimals; "circa", "oltre", "miliardi", "dollari", "il primo trimestre".</summary>
    public static Lexicon Italian { get; } = CreateItalian();

    /// <summary>German: long scale ("Milliarde" 10^9, "Billion" 10^12), ',' decimals; "rund", "mehr als", "Mrd.", "im dritten Quartal".</summary>
    public static Lexicon German { get; } = CreateGerman();

    /// <summary>The lexicons, in the order of <see cref="NewsLanguage"/>.</summary>
    public static IReadOnlyList<Lexicon> All { get; } = [English, Italian, German];

    /// <summary>The words of every lexicon (English first), for readers that are given no language.</summary>
    internal static Lexicon Any { get; } = Union();

    /// <summary>The language.</summary>
    public NewsLanguage Language { get; }

    /// <summary>The ISO 639-1 code claims documents use for it ("en", "it", "de").</summary>
    public string Code { get; }

    /// <summary>The language's English name ("English", "Italian", "German").</summary>
    public string Name { get; }

    /// <summary>How its news writes digits (<see cref="NumberConventions.English"/>, <see cref="NumberConventions.Italian"/>, <see cref="NumberConventions.German"/>).</summary>
    public NumberConventions Conventions { get; }

    /// <summary>Whether the language's own scale is the long one (billion = 10^12 in German "Billion", Italian "bilione"),
    /// which <see cref="ScalePolicy.ByLanguage"/> applies and <see cref="ScalePolicy.RejectAmbiguous"/> refuses.</summary>
    public bool LongScale { get; private init; }

    /// <summary>The month names, January first, in lower case with accents and umlauts folded ("marz").</summary>
    public IReadOnlyList<string> Months => MonthNames;

    /// <summary>The hedges ("about", "circa", "rund") as written before a figure, longest first, with the qualifier each stands for.</summary>
    public IReadOnlyList<KeyValuePair<string, NumberQualifier>> Hedges => HedgeList;

    /// <summary>The lexicon of a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>Its lexicon.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static Lexicon For(NewsLanguage language) =>
        language is >= NewsLanguage.English and <= NewsLanguage.German
            ? All[(int)language]
            : throw Preconditions.OutOfRange(nameof(language), language, Preconditions.Invariant($"News language {(int)language} is not defined: allowed are {KnownNames}."));

    /// <summary>Finds the lexicon of a language code ("en", "it", "de"; case-sensitive, as claims documents write it).</summary>
    /// <param name="code">The code.</param>
    /// <param name="lexicon">The lexicon, or null.</param>
    /// <returns>Whether the code names a language with a lexicon.</returns>
    public static bool TryFromCode(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Lexicon? lexicon)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Code, code, StringComparison.Ordinal))
            {
                lexicon = candidate;
                return true;
            }
        }

        lexicon = null;
        return false;
    }

    /// <summary>Returns the language's name and code, e.g. "German (de)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + " (" + Code + ")";

    internal static bool IsDefined(NewsLanguage language) => language is >= NewsLanguage.English and <= NewsLanguage.German;

    /// <summary>"English, Italian and German", for messages.</summary>
    internal static string KnownNames => "English, Italian and German";

    // ---- Numbers ------------------------------------------------------------------------------------------------

    /// <summary>Scale words, case-insensitive: the value on the short and on the long scale (equal when the word has one meaning).</summary>
    internal (string Word, decimal Short, decimal Long, bool LongLanguage)[] ScaleWords { get; private init; } = [];

    /// <summary>The scale words a formatter writes, singular and plural, from a million up ("miliardo", "miliardi").</summary>
    internal (string Singular, string Plural)[] WrittenScales { get; private init; } = [];

    /// <summary>Scale abbreviations, case-sensitive, one value under every policy; a '.' after one is part of it ("Mrd.").</summary>
    internal (string Word, decimal Value)[] ScaleAbbreviations { get; private init; } = [];

    /// <summary>Endings of words that look like scale words but are not known ("zillion"): refused rather than read as a unit.</summary>
    internal string[] ScaleLikeEndings { get; private init; } = [];

    internal KeyValuePair<string, NumberQualifier>[] HedgeList { get; private init; } = [];

    /// <summary>
    /// Whether a hedge, an article or an elided article may match (case-insensitively, ordinal) at an ASCII digit:
    /// only if one of them is empty or starts with a digit, since no other character equals a digit ignoring case. When
    /// false, the parser need not try any of them where a figure starts with its digits.
    /// </summary>
    internal bool HedgeOrArticleMayStartWithDigit
    {
        get
        {
            // Worked out on first use (the lists are set by the object initialiser); an int, so that a racing first use is harmless.
            if (_hedgeOrArticleDigit == 0)
            {
                bool may = false;
                foreach (var (hedge, _) in HedgeList)
                {
                    may |= hedge.Length == 0 || char.IsAsciiDigit(hedge[0]);
                }

                foreach (string article in Articles)
                {
                    may |= article.Length == 0 || char.IsAsciiDigit(article[0]);
                }

                foreach (string elided in ElidedArticles)
                {
                    may |= elided.Length == 0 || char.IsAsciiDigit(elided[0]);
                }

                _hedgeOrArticleDigit = may ? 1 : 2;
            }

            return _hedgeOrArticleDigit == 1;
        }
    }

    private int _hedgeOrArticleDigit;

    /// <summary>Articles that may stand between a hedge and a number ("oltre i 30", "the 5").</summary>
    internal string[] Articles { get; private init; } = [];

    /// <summary>Articles before the first number of a range ("tra i 350").</summary>
    internal string[] RangeArticles { get; private init; } = [];

    /// <summary>Elided articles joined to the number ("l'80%").</summary>
    internal string[] ElidedArticles { get; private init; } = [];

    /// <summary>Range openers and their connectors: ("between", ["and"]), ("tra", ["e"]).</summary>
    internal (string Word, string[] Connectors)[] RangeWords { get; private init; } = [];

    /// <summary>Words joining two numbers without an opener ("40 to 80", "40 a 80", "40 bis 80").</summary>
    internal string[] RangeJoiners { get; private init; } = [];

    /// <summary>Words after a figure written without its scale word before a second figure that has one, whose scale word
    /// then applies to both ("rund 2,7 statt 2,2 Milliarden Euro", "2.7 instead of 2.2 billion").</summary>
    internal string[] SharedScaleJoiners { get; private init; } = [];

    /// <summary>Words between a figure and its unit ("of ", "di ", "d'"), with their trailing space or apostrophe.</summary>
    internal string[] UnitPrefixes { get; private init; } = [];

    /// <summary>The word that makes a price ("per unità", "per GPU", "pro Stück").</summary>
    internal string[] PerWords { get; private init; } = [];

    // ---- Units ----------------------------------------------------------------------------------------------------

    /// <summary>Currency symbols before a number, longest first, with the currency economic news means by each
    /// ($ the US dollar, € the euro, £ the pound sterling; ¥, yen or yuan, none).</summary>
    internal (string Symbol, string? Code)[] CurrencySymbols { get; private init; } = [];

    /// <summary>Currency names, matched case-insensitively as whole words, with their ISO code.</summary>
    internal (string Words, string Code)[] CurrencyNames { get; private init; } = [];

    /// <summary>Nouns of counted things.</summary>
    internal string[] CountNouns { get; private init; } = [];

    /// <summary>Words that may stand between a number and its count noun ("monthly active users", "aktive Nutzer").</summary>
    internal string[] CountAdjectivesBefore { get; private init; } = [];

    /// <summary>Words that may follow a count noun ("utenti attivi mensili").</summary>
    internal string[] CountAdjectivesAfter { get; private init; } = [];

    /// <summary>Token words.</summary>
    internal string[] TokenWords { get; private init; } = [];

    /// <summary>Words after a number that make it a percentage.</summary>
    internal string[] PercentWords { get; private init; } = [];

    /// <summary>Words after a number that make it a multiple.</summary>
    internal string[] MultipleWords { get; private init; } = [];

    /// <summary>Numbers written as words before a multiple word ("dieci volte", "ten times").</summary>
    internal (string Word, int Value)[] NumberWords { get; private init; } = [];

    /// <summary>Ordinal suffixes after digits ("3rd").</summary>
    internal string[] OrdinalSuffixes { get; private init; } = [];

    /// <summary>The fraction one half: the words, and whether an article comes first ("la metà").</summary>
    internal string? HalfWord { get; private init; }

    /// <summary>The article before <see cref="HalfWord"/> ("la"), or null when none is needed.</summary>
    internal string? HalfArticle { get; private init; }

    /// <summary>Words before "half" that make it a period ("first half").</summary>
    internal string[] HalfPeriodWordsBefore { get; private init; } = [];

    /// <summary>Words after "half" that make it part of a figure, not a fraction ("half a billion").</summary>
    internal string[] HalfNotBefore { get; private init; } = [];

    // ---- Dates and periods (folded: lower case, accents and umlauts folded) ---------------------------------------

    internal string[] MonthNames { get; private init; } = [];

    /// <summary>Month names (and, for the union of all lexicons, every language's) with their month number.</summary>
    internal (string Name, int Month)[] MonthTable { get; private init; } = [];

    /// <summary>Month abbreviations (January first; empty if the scanner reads none), matched with a capital.</summary>
    internal string[] MonthAbbreviations { get; private init; } = [];

    /// <summary>Month abbreviations of period phrases, folded, with their month ("sept", "sep", "sett", "dez"): each is read
    /// with or without a following '.', except those written here with their '.' ("ago.", "set."), which are words too.</summary>
    internal (string Abbreviation, int Month)[] MonthAbbreviationTable { get; private init; } = [];

    /// <summary>Whether month names need a capital in running text to be read as months ("May", not "may").</summary>
    internal bool MonthsCapitalised { get; private init; }

    /// <summary>Whether a day number may end with a '.' before its month ("4. Februar").</summary>
    internal bool DayDot { get; private init; }

    /// <summary>Words joining a month and its year ("del", "of").</summary>
    internal string[] YearJoiners { get; private init; } = [];

    /// <summary>Words before a figure-like year or period that make it a period ("of", "di", "del").</summary>
    internal string[] PeriodJoiners { get; private init; } = [];

    internal string[] DeadlinePrefixes { get; private init; } = [];

    internal string[] ThisYear { get; private init; } = [];

    /// <summary>Words before a range of months ("from April to June", "tra aprile e giugno"), normalised, without their space.</summary>
    internal string[] MonthRangePrefixes { get; private init; } = [];

    /// <summary>Words between the two months of a range ("to", "a"): a range with or without a word before it.</summary>
    internal string[] MonthRangeJoiners { get; private init; } = [];

    /// <summary>"and" words between two months ("between April and June", "tra aprile e giugno"): a range only after a word of <see cref="MonthRangePrefixes"/> ("April and June" alone are two months).</summary>
    internal string[] MonthRangeAndJoiners { get; private init; } = [];

    /// <summary>Words before the last day of a quarter ("the quarter ended", "il trimestre terminato il"), normalised, without their space.</summary>
    internal string[] QuarterEndedPrefixes { get; private init; } = [];

    /// <summary>The as-of day itself ("today", "oggi"), normalised as period phrases are.</summary>
    internal string[] Today { get; private init; } = [];

    /// <summary>The same period one year earlier than another period the text has named ("a year earlier", "the same quarter
    /// last year", "nello stesso periodo dell'anno scorso", "im Vorjahreszeitraum"): resolved only against that period.</summary>
    internal string[] YearEarlier { get; private init; } = [];

    /// <summary>The same period one year later than another period ("the following year", "l'anno successivo", "im Jahr darauf").</summary>
    internal string[] YearLater { get; private init; } = [];

    /// <summary>The quarter before another quarter ("the previous quarter", "nel trimestre precedente", "im Vorquartal").</summary>
    internal string[] QuarterEarlier { get; private init; } = [];

    /// <summary>The quarter after another quarter ("the following quarter", "il trimestre successivo", "im Folgequartal").</summary>
    internal string[] QuarterLater { get; private init; } = [];

    /// <summary>Words before a year that name another period's same quarter or period in that year ("the same quarter of 2024",
    /// "dello stesso trimestre del 2024", "im gleichen Quartal 2024"), normalised, without their space.</summary>
    internal string[] SamePeriodOfYear { get; private init; } = [];

    internal string[] NextYear { get; private init; } = [];

    internal string[] LastYear { get; private init; } = [];

    internal string[] YearPrefixes { get; private init; } = [];

    /// <summary>Prefixes of a month (or a year, for parts of a year) with the part of it they name.</summary>
    internal (string Prefix, MonthPart Part)[] MonthPrefixes { get; private init; } = [];

    internal (string Word, int Value)[] Ordinals { get; private init; } = [];

    internal string[] QuarterWords { get; private init; } = [];

    internal string[] HalfWords { get; private init; } = [];

    /// <summary>Words that mark a fiscal period ("fiscal", "esercizio", "geschaftsjahr").</summary>
    internal string[] FiscalWords { get; private init; } = [];

    /// <summary>Words that say "the current one" ("current", "in corso", "laufende"): with a calendar, a quarter is then fiscal.</summary>
    internal string[] CurrentWords { get; private init; } = [];

    /// <summary>Phrases for the last completed quarter before the as-of date ("last quarter", "im vergangenen quartal").</summary>
    internal string[] LastQuarter { get; private init; } = [];

    /// <summary>Words a quarter or year phrase may contain without changing its meaning.</summary>
    internal string[] PeriodFiller { get; private init; } = [];

    internal (string Word, int Value)[] CountWords { get; private init; } = [];

    internal string[] NextPrefixes { get; private init; } = [];

    internal string[] LastPrefixes { get; private init; } = [];

    internal string[] SincePrefixes { get; private init; } = [];

    internal string[] WeekPrefixes { get; private init; } = [];

    /// <summary>Words a day or day-range phrase may contain ("dal", "to", "the").</summary>
    internal string[] DayFiller { get; private init; } = [];

    /// <summary>Units of time with their length: months and days.</summary>
    internal (string Word, int Months, int Days)[] TimeUnits { get; private init; } = [];

    // ---- Relations --------------------------------------------------------------------------------------------------

    /// <summary>The drafter's words: cue words of relations ("more than", "superando"), of sources, measures and changes,
    /// metrics and capitalised words that are not names; null where the drafter does not read the language.</summary>
    internal CueWords? RelationCues { get; private init; }

    /// <summary>Words in a text that make "¥" the yuan rather than the yen ("yuan", "Cina", "Beijing").</summary>
    internal string[] YuanContext { get; private init; } = [];
}
