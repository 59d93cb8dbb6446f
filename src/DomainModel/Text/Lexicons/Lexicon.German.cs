namespace DomainModel.Text;

/// <content>The German lexicon.</content>
public sealed partial class Lexicon
{
    private static Lexicon CreateGerman()
    {
        string[] months = ["januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"];
        return new(NewsLanguage.German, "de", "German", NumberConventions.German)
        {
            LongScale = true,
            ScaleWords =
            [
                ("Tausend", 1e3m, 1e3m, true), ("Million", 1e6m, 1e6m, true), ("Millionen", 1e6m, 1e6m, true),
                ("Milliarde", 1e9m, 1e9m, true), ("Milliarden", 1e9m, 1e9m, true),
                ("Billion", 1e9m, 1e12m, true), ("Billionen", 1e9m, 1e12m, true),
                ("Billiarde", 1e15m, 1e15m, true), ("Billiarden", 1e15m, 1e15m, true),
            ],
            WrittenScales = [("Million", "Millionen"), ("Milliarde", "Milliarden"), ("Billion", "Billionen"), ("Billiarde", "Billiarden")],
            ScaleAbbreviations = [("Tsd", 1e3m), ("Mio", 1e6m), ("Mrd", 1e9m), ("Bio", 1e12m)],
            ScaleLikeEndings = ["illionen", "illiarde", "illiarden"],
            HedgeList = HedgeTable(
                ("mehr als", NumberQualifier.Over), ("über", NumberQualifier.Over), ("gut", NumberQualifier.JustOver),
                ("~", NumberQualifier.About), ("≈", NumberQualifier.About), ("ca.", NumberQualifier.About), ("circa", NumberQualifier.About),
                ("zirka", NumberQualifier.About), ("rund", NumberQualifier.About), ("etwa", NumberQualifier.About),
                ("ungefähr", NumberQualifier.About), ("annähernd", NumberQualifier.About),
                ("weniger als", NumberQualifier.Under), ("unter", NumberQualifier.Under),
                ("mindestens", NumberQualifier.AtLeast), ("bis zu", NumberQualifier.UpTo), ("höchstens", NumberQualifier.UpTo),
                ("knapp", NumberQualifier.Nearly), ("fast", NumberQualifier.Nearly), ("beinahe", NumberQualifier.Nearly)),
            RangeWords = [("zwischen", ["und"]), ("von", ["bis"])],
            SharedScaleJoiners = ["statt", "anstatt", "nach", "gegenüber", "oder"],
            RangeJoiners = ["bis"],
            PerWords = ["pro", "je"],
            CurrencySymbols = [("US$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", null)],
            CurrencyNames =
            [
                ("Schweizer Franken", "CHF"), ("britische Pfund", "GBP"), ("Hongkong-Dollar", "HKD"), ("Taiwan-Dollar", "TWD"),
                ("US-Dollar", "USD"), ("Renminbi", "CNY"), ("Franken", "CHF"), ("Dollar", "USD"), ("Pfund", "GBP"), ("Euro", "EUR"),
                ("Yuan", "CNY"), ("Yen", "JPY"), ("Won", "KRW"),
            ],
            CountNouns =
            [
                "Einheiten", "Nutzer", "Nutzerinnen", "Kunden", "Abonnenten", "Mitarbeiter", "Beschäftigte", "Chips", "Chip", "GPUs", "GPU",
                "Prozessoren", "Server", "Geräte", "Smartphones", "Fahrzeuge", "Autos", "Menschen", "Downloads", "Bestellungen", "Stück",
                "Beschleuniger", "Wafer",
            ],
            CountAdjectivesBefore = ["monatlich", "täglich", "wöchentlich", "aktive", "aktiven", "zahlende", "zahlenden", "neue", "neuen"],
            TokenWords = ["Tokens", "Token"],
            PercentWords = ["Prozent"],
            MultipleWords = ["Mal"],
            NumberWords =
            [
                ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6), ("sieben", 7), ("acht", 8), ("neun", 9), ("zehn", 10),
                ("zwanzig", 20), ("hundert", 100), ("tausend", 1000),
            ],
            HalfWord = "Hälfte",
            HalfArticle = "die",
            MonthNames = months,
            MonthTable = [.. Table(months), ("märz", 3)],
            MonthAbbreviationTable =
            [
                ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sept", 9), ("sep", 9), ("okt", 10),
                ("nov", 11), ("dez", 12),
            ],
            MonthAbbreviations = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
            DayDot = true,
            YearJoiners = [],
            PeriodJoiners = ["des", "von"],
            DeadlinePrefixes = ["bis "],
            ThisYear = ["dieses jahr", "fur dieses jahr", "in diesem jahr", "im laufenden jahr", "fur das laufende jahr"],
            Today = ["heute"],
            MonthRangePrefixes = ["von", "zwischen"],
            MonthRangeJoiners = ["bis"],
            MonthRangeAndJoiners = ["und"],
            NextYear = ["nachstes jahr", "im nachsten jahr", "fur das nachste jahr", "im kommenden jahr", "kommendes jahr"],
            YearEarlier =
            [
                "im vorjahreszeitraum", "vorjahreszeitraum", "der vorjahreszeitraum", "dem vorjahreszeitraum", "des vorjahreszeitraums",
                "im vorjahresquartal", "vorjahresquartal", "dem vorjahresquartal", "des vorjahresquartals", "ein jahr zuvor", "ein jahr fruher",
                "im gleichen zeitraum des vorjahres", "im selben zeitraum des vorjahres", "im gleichen quartal des vorjahres", "im selben quartal des vorjahres",
            ],
            YearLater = ["im jahr darauf", "im folgejahr", "im darauffolgenden jahr", "ein jahr spater", "im jahr danach"],
            QuarterEarlier =
            [
                "im vorquartal", "vorquartal", "das vorquartal", "dem vorquartal", "zum vorquartal", "des vorquartals", "im vorangegangenen quartal",
                "im vorherigen quartal", "ein quartal zuvor",
            ],
            QuarterLater = ["im folgequartal", "folgequartal", "im darauffolgenden quartal", "im nachfolgenden quartal"],
            SamePeriodOfYear = ["im gleichen quartal", "im selben quartal", "im gleichen zeitraum", "im selben zeitraum"],
            LastYear = ["letztes jahr", "im letzten jahr", "vergangenes jahr", "im vergangenen jahr", "im vorjahr"],
            YearPrefixes = ["", "im jahr ", "im jahre ", "in ", "fur "],
            MonthPrefixes =
            [
                ("anfang ", MonthPart.Early), ("zu beginn ", MonthPart.Early), ("zu beginn des ", MonthPart.Early), ("beginn ", MonthPart.Early),
                ("mitte ", MonthPart.Mid), ("ende ", MonthPart.Late), ("gegen ende ", MonthPart.Late),
                ("im ", MonthPart.Whole), ("im monat ", MonthPart.Whole), ("fur ", MonthPart.Whole), ("", MonthPart.Whole),
            ],
            Ordinals =
            [
                ("erste", 1), ("ersten", 1), ("erstes", 1), ("erster", 1), ("zweite", 2), ("zweiten", 2), ("zweites", 2), ("zweiter", 2),
                ("dritte", 3), ("dritten", 3), ("drittes", 3), ("dritter", 3), ("vierte", 4), ("vierten", 4), ("viertes", 4), ("vierter", 4),
                ("1.", 1), ("2.", 2), ("3.", 3), ("4.", 4),
            ],
            QuarterWords = ["quartal", "quartals"],
            HalfWords = ["halbjahr", "halbjahres", "halbjahrs"],
            FiscalWords = ["geschaftsjahr", "geschaftsjahres", "geschaftsjahrs", "fiskaljahr", "fiskaljahres"],
            CurrentWords = ["laufende", "laufenden", "laufendes"],
            LastQuarter =
            [
                "im vergangenen quartal", "vergangenes quartal", "das vergangene quartal", "im abgelaufenen quartal", "das abgelaufene quartal",
                "im letzten quartal", "letztes quartal",
            ],
            PeriodFiller = ["im", "in", "des", "der", "das", "dem", "den", "fur", "jahr", "jahres"],
            CountWords =
            [
                ("ein", 1), ("eine", 1), ("einen", 1), ("einem", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("funf", 5), ("sechs", 6),
                ("sieben", 7), ("acht", 8), ("neun", 9), ("zehn", 10), ("elf", 11), ("zwolf", 12),
            ],
            NextPrefixes = ["in den nachsten ", "in den kommenden ", "uber die nachsten ", "die nachsten ", "die kommenden "],
            LastPrefixes = ["in den vergangenen ", "in den letzten ", "uber die letzten ", "die letzten ", "die vergangenen ", "der letzten ", "der vergangenen "],
            SincePrefixes = ["seit "],
            WeekPrefixes = ["in der woche vom ", "die woche vom ", "woche vom "],
            DayFiller = ["vom", "bis", "zum", "am", "den"],
            TimeUnits =
            [
                ("tag", 0, 1), ("tage", 0, 1), ("tagen", 0, 1), ("woche", 0, 7), ("wochen", 0, 7), ("monat", 1, 0), ("monate", 1, 0),
                ("monaten", 1, 0), ("quartal", 3, 0), ("quartale", 3, 0), ("quartalen", 3, 0), ("jahr", 12, 0), ("jahre", 12, 0),
                ("jahren", 12, 0),
            ],
        };
    }
}
