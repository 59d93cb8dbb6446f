namespace DomainModel.Text;

/// <content>The Italian lexicon.</content>
public sealed partial class Lexicon
{
    private static Lexicon CreateItalian()
    {
        string[] months = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];
        return new(NewsLanguage.Italian, "it", "Italian", NumberConventions.Italian)
        {
            LongScale = true,
            ScaleWords =
            [
                ("mila", 1e3m, 1e3m, true), ("mille", 1e3m, 1e3m, true), ("milione", 1e6m, 1e6m, true), ("milioni", 1e6m, 1e6m, true),
                ("miliardo", 1e9m, 1e9m, true), ("miliardi", 1e9m, 1e9m, true),
                ("bilione", 1e9m, 1e12m, true), ("bilioni", 1e9m, 1e12m, true), ("trilione", 1e12m, 1e18m, true), ("trilioni", 1e12m, 1e18m, true),
            ],
            WrittenScales = [("milione", "milioni"), ("miliardo", "miliardi"), ("bilione", "bilioni"), ("trilione", "trilioni")],
            ScaleAbbreviations = [("mln", 1e6m), ("mld", 1e9m), ("mrd", 1e9m)],
            ScaleLikeEndings = ["ilione", "ilioni", "iliardo", "iliardi"],
            HedgeList = HedgeTable(
                ("ha superato", NumberQualifier.Over), ("hanno superato", NumberQualifier.Over), ("ha oltrepassato", NumberQualifier.Over),
                ("superiore a", NumberQualifier.Over), ("più dei", NumberQualifier.Over), ("più di", NumberQualifier.Over), ("piu di", NumberQualifier.Over),
                ("oltre", NumberQualifier.Over), ("sopra", NumberQualifier.Over),
                ("~", NumberQualifier.About), ("≈", NumberQualifier.About), ("c.", NumberQualifier.About), ("ca.", NumberQualifier.About),
                ("approssimativamente", NumberQualifier.About), ("all'incirca", NumberQualifier.About), ("intorno agli", NumberQualifier.About),
                ("intorno ai", NumberQualifier.About), ("intorno a", NumberQualifier.About), ("circa", NumberQualifier.About),
                ("inferiore a", NumberQualifier.Under), ("meno dei", NumberQualifier.Under), ("meno di", NumberQualifier.Under), ("sotto", NumberQualifier.Under),
                ("fino agli", NumberQualifier.UpTo), ("fino ai", NumberQualifier.UpTo), ("fino a", NumberQualifier.UpTo),
                ("almeno", NumberQualifier.AtLeast), ("quasi", NumberQualifier.Nearly)),
            Articles = ["gli", "agli", "alle", "ai", "al", "il", "lo", "la", "le", "i"],
            RangeArticles = ["i", "gli"],
            ElidedArticles = ["l'", "l’"],
            RangeWords = [("tra", ["e"]), ("fra", ["e"]), ("da", ["a"])],
            SharedScaleJoiners = ["invece di", "anziché", "anziche", "contro", "o"],
            RangeJoiners = ["a"],
            UnitPrefixes = ["di ", "d'", "d’"],
            PerWords = ["per"],
            CurrencySymbols = [("US$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", null)],
            CurrencyNames =
            [
                ("dollari di Hong Kong", "HKD"), ("dollari statunitensi", "USD"), ("dollari americani", "USD"), ("franchi svizzeri", "CHF"),
                ("dollari taiwanesi", "TWD"), ("dollari USA", "USD"), ("renminbi", "CNY"), ("sterline", "GBP"), ("dollari", "USD"),
                ("dollaro", "USD"), ("euro", "EUR"), ("yuan", "CNY"), ("yen", "JPY"), ("won", "KRW"),
            ],
            CountNouns =
            [
                "unità", "utenti", "utente", "chip", "GPU", "processori", "server", "dipendenti", "clienti", "abbonati", "dispositivi",
                "smartphone", "veicoli", "auto", "persone", "download", "ordini", "pezzi", "copie", "lavoratori", "acceleratori", "wafer",
            ],
            CountAdjectivesAfter = ["attivi", "attive", "mensili", "giornalieri", "settimanali", "paganti", "nuovi", "unici"],
            TokenWords = ["tokens", "token"],
            PercentWords = ["per cento", "percento"],
            MultipleWords = ["volte"],
            NumberWords =
            [
                ("due", 2), ("tre", 3), ("quattro", 4), ("cinque", 5), ("sei", 6), ("sette", 7), ("otto", 8), ("nove", 9), ("dieci", 10),
                ("venti", 20), ("cento", 100), ("mille", 1000),
            ],
            HalfWord = "metà",
            HalfArticle = "la",
            MonthNames = months,
            MonthTable = Table(months),
            MonthAbbreviationTable =
            [
                ("gen", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("mag", 5), ("giu", 6), ("lug", 7), ("ago.", 8), ("sett", 9), ("set.", 9),
                ("ott", 10), ("nov", 11), ("dic", 12),
            ],
            YearJoiners = ["del", "di"],
            PeriodJoiners = ["di", "del", "dello"],
            DeadlinePrefixes = ["entro "],
            ThisYear = ["quest'anno", "questo anno", "l'anno in corso", "nell'anno in corso"],
            Today = ["oggi", "ad oggi", "a oggi", "a tutt'oggi"],
            QuarterEndedPrefixes = ["trimestre terminato il", "trimestre terminato al", "trimestre chiuso il", "trimestre chiuso al", "trimestre concluso il", "nel trimestre terminato il", "nel trimestre chiuso il", "nel trimestre chiuso al", "il trimestre terminato il", "il trimestre chiuso al"],
            MonthRangePrefixes = ["da", "tra", "fra", "nel periodo tra"],
            MonthRangeJoiners = ["a", "ad"],
            MonthRangeAndJoiners = ["e"],
            NextYear = ["l'anno prossimo", "il prossimo anno", "prossimo anno", "nel prossimo anno"],
            YearEarlier =
            [
                "un anno prima", "un anno fa", "nello stesso periodo dell'anno scorso", "nello stesso periodo dell'anno precedente",
                "lo stesso periodo dell'anno scorso", "lo stesso periodo dell'anno precedente", "dello stesso periodo dell'anno scorso",
                "dello stesso periodo dell'anno precedente", "stesso periodo dell'anno scorso", "stesso periodo dell'anno precedente",
                "nello stesso trimestre dell'anno scorso", "nello stesso trimestre dell'anno precedente", "lo stesso trimestre dell'anno scorso",
                "lo stesso trimestre dell'anno precedente", "dello stesso trimestre dell'anno scorso", "dello stesso trimestre dell'anno precedente",
                "stesso trimestre dell'anno scorso", "stesso trimestre dell'anno precedente", "l'anno precedente", "dell'anno precedente",
                "rispetto all'anno precedente", "nell'anno precedente",
            ],
            YearLater = ["un anno dopo", "l'anno successivo", "nell'anno successivo", "l'anno seguente", "nell'anno seguente", "l'anno dopo"],
            QuarterEarlier =
            [
                "il trimestre precedente", "nel trimestre precedente", "del trimestre precedente", "rispetto al trimestre precedente",
                "al trimestre precedente", "trimestre precedente", "un trimestre prima",
            ],
            QuarterLater = ["il trimestre successivo", "nel trimestre successivo", "del trimestre successivo", "trimestre successivo", "il trimestre seguente"],
            SamePeriodOfYear =
            [
                "dello stesso trimestre del", "nello stesso trimestre del", "lo stesso trimestre del", "stesso trimestre del",
                "dello stesso periodo del", "nello stesso periodo del", "lo stesso periodo del", "stesso periodo del",
            ],
            LastYear = ["l'anno scorso", "lo scorso anno", "scorso anno", "l'anno passato"],
            YearPrefixes = ["", "nel ", "nell'anno ", "il "],
            MonthPrefixes =
            [
                ("all'inizio di ", MonthPart.Early), ("all'inizio del mese di ", MonthPart.Early), ("agli inizi di ", MonthPart.Early),
                ("ai primi di ", MonthPart.Early), ("a inizio ", MonthPart.Early), ("ad inizio ", MonthPart.Early), ("l'inizio di ", MonthPart.Early),
                ("inizio di ", MonthPart.Early), ("inizio ", MonthPart.Early),
                ("a meta ", MonthPart.Mid), ("alla meta di ", MonthPart.Mid), ("la meta di ", MonthPart.Mid), ("meta di ", MonthPart.Mid),
                ("meta ", MonthPart.Mid), ("verso meta ", MonthPart.Mid),
                ("alla fine di ", MonthPart.Late), ("a fine ", MonthPart.Late), ("la fine di ", MonthPart.Late), ("fine di ", MonthPart.Late), ("fine ", MonthPart.Late),
                ("nel mese di ", MonthPart.Whole), ("il mese di ", MonthPart.Whole), ("durante il mese di ", MonthPart.Whole), ("ad ", MonthPart.Whole),
                ("a ", MonthPart.Whole), ("in ", MonthPart.Whole), ("nel ", MonthPart.Whole), ("di ", MonthPart.Whole), ("", MonthPart.Whole),
            ],
            Ordinals = [("primo", 1), ("prima", 1), ("secondo", 2), ("seconda", 2), ("terzo", 3), ("quarto", 4)],
            QuarterWords = ["trimestre"],
            HalfWords = ["semestre", "meta"],
            FiscalWords = ["fiscale", "esercizio"],
            LastQuarter = ["lo scorso trimestre", "nello scorso trimestre", "il trimestre scorso", "nel trimestre scorso"],
            PeriodFiller = ["il", "nel", "del", "della", "nella", "la", "l", "dell", "nell", "durante", "anno", "di", "a"],
            CountWords =
            [
                ("un", 1), ("uno", 1), ("una", 1), ("due", 2), ("tre", 3), ("quattro", 4), ("cinque", 5), ("sei", 6), ("sette", 7),
                ("otto", 8), ("nove", 9), ("dieci", 10), ("undici", 11), ("dodici", 12),
            ],
            NextPrefixes =
            [
                "nel corso dei prossimi ", "nel corso delle prossime ", "nei prossimi ", "nelle prossime ", "per i prossimi ",
                "per le prossime ", "i prossimi ", "le prossime ", "prossimi ", "prossime ",
            ],
            LastPrefixes =
            [
                "nel corso degli ultimi ", "nel corso delle ultime ", "negli ultimi ", "nelle ultime ", "degli ultimi ", "delle ultime ",
                "gli ultimi ", "le ultime ", "ultimi ", "ultime ",
            ],
            SincePrefixes = ["a partire dal ", "a partire da ", "dal ", "dall'", "da "],
            WeekPrefixes = ["la settimana del ", "settimana del ", "nella settimana del ", "la settimana dal ", "settimana dal ", "nella settimana dal "],
            DayFiller = ["dal", "al", "il", "del"],
            TimeUnits =
            [
                ("giorno", 0, 1), ("giorni", 0, 1), ("settimana", 0, 7), ("settimane", 0, 7), ("mese", 1, 0), ("mesi", 1, 0),
                ("trimestre", 3, 0), ("trimestri", 3, 0), ("anno", 12, 0), ("anni", 12, 0),
            ],
            YuanContext = ["yuan", "renminbi", "RMB", "Cina", "cinese", "cinesi", "Pechino", "Shenzhen", "Shanghai", "Hangzhou", "Alibaba", "Tencent", "ByteDance", "Baidu"],
            RelationCues = new()
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
            },
        };
    }
}
