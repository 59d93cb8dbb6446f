namespace DomainModel.Text;

/// <content>The English lexicon.</content>
public sealed partial class Lexicon
{
    private static Lexicon CreateEnglish()
    {
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        return new(NewsLanguage.English, "en", "English", NumberConventions.English)
        {
        LongScale = false,
        ScaleWords =
        [
            ("thousand", 1e3m, 1e3m, false), ("thousands", 1e3m, 1e3m, false), ("million", 1e6m, 1e6m, false), ("millions", 1e6m, 1e6m, false),
            ("billion", 1e9m, 1e12m, false), ("billions", 1e9m, 1e12m, false), ("trillion", 1e12m, 1e18m, false), ("trillions", 1e12m, 1e18m, false),
        ],
        WrittenScales = [("million", "million"), ("billion", "billion"), ("trillion", "trillion")],
        ScaleAbbreviations = [("k", 1e3m), ("K", 1e3m), ("M", 1e6m), ("mn", 1e6m), ("B", 1e9m), ("bn", 1e9m), ("T", 1e12m), ("tn", 1e12m)],
        ScaleLikeEndings = ["illion", "illions", "illiard", "illiards"],
        HedgeList = HedgeTable(
            ("far more than", NumberQualifier.Over), ("much more than", NumberQualifier.Over), ("well over", NumberQualifier.Over),
            ("exceeding", NumberQualifier.Over), ("exceeded", NumberQualifier.Over), ("exceeds", NumberQualifier.Over), ("exceed", NumberQualifier.Over),
            ("more than", NumberQualifier.Over), ("above", NumberQualifier.Over), ("over", NumberQualifier.Over),
            ("~", NumberQualifier.About), ("≈", NumberQualifier.About), ("c.", NumberQualifier.About), ("approx.", NumberQualifier.About),
            ("approximately", NumberQualifier.About), ("roughly", NumberQualifier.About), ("around", NumberQualifier.About),
            ("about", NumberQualifier.About), ("some", NumberQualifier.About),
            ("fewer than", NumberQualifier.Under), ("less than", NumberQualifier.Under), ("under", NumberQualifier.Under), ("below", NumberQualifier.Under),
            ("at least", NumberQualifier.AtLeast), ("nearly", NumberQualifier.Nearly), ("almost", NumberQualifier.Nearly),
            ("up to", NumberQualifier.UpTo), ("as much as", NumberQualifier.UpTo), ("as many as", NumberQualifier.UpTo)),
        Articles = ["the"],
        RangeArticles = ["the"],
        RangeWords = [("between", ["and"]), ("from", ["to"])],
        SharedScaleJoiners = ["instead of", "rather than", "versus", "vs.", "or"],
        RangeJoiners = ["to"],
        UnitPrefixes = ["of "],
        PerWords = ["per"],
        CurrencySymbols = [("US$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", null)],
        CurrencyNames =
        [
            ("New Taiwan dollars", "TWD"), ("pounds sterling", "GBP"), ("Hong Kong dollars", "HKD"), ("Taiwan dollars", "TWD"),
            ("U.S. dollars", "USD"), ("Swiss francs", "CHF"), ("US dollars", "USD"), ("renminbi", "CNY"), ("dollars", "USD"),
            ("dollar", "USD"), ("euros", "EUR"), ("euro", "EUR"), ("yuan", "CNY"), ("yen", "JPY"), ("won", "KRW"),
        ],
        CountNouns =
        [
            "units", "unit", "users", "user", "chips", "GPUs", "processors", "servers", "employees", "customers", "subscribers",
            "devices", "smartphones", "vehicles", "cars", "people", "downloads", "orders", "workers", "accelerators", "wafers",
            "chip", "GPU", "server", "smartphone", "download",
        ],
        CountAdjectivesBefore = ["monthly", "daily", "weekly", "active", "paying", "new", "unique"],
        TokenWords = ["tokens", "token"],
        PercentWords = ["percent", "per cent"],
        MultipleWords = ["times"],
        NumberWords =
        [
            ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10),
            ("twenty", 20), ("hundred", 100), ("thousand", 1000),
        ],
        OrdinalSuffixes = ["st", "nd", "rd", "th"],
        HalfWord = "half",
        HalfPeriodWordsBefore = ["first", "second", "1st", "2nd", "the"],
        HalfNotBefore = ["a"],
        MonthNames = months,
        MonthTable = Table(months),
        MonthAbbreviationTable =
        [
            ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sept", 9), ("sep", 9), ("oct", 10),
            ("nov", 11), ("dec", 12),
        ],
        MonthsCapitalised = true,
        YearJoiners = ["of"],
        PeriodJoiners = ["of the", "of"],
        DeadlinePrefixes = ["by "],
        ThisYear = ["this year", "the current year"],
        Today = ["today", "as of today"],
        QuarterEndedPrefixes = ["the quarter ended", "the quarter ending", "quarter ended", "quarter ending", "the three months ended", "the three months ending", "three months ended", "in the quarter ended", "in the three months ended"],
        MonthRangePrefixes = ["from", "between"],
        MonthRangeJoiners = ["to", "through"],
        MonthRangeAndJoiners = ["and"],
        NextYear = ["next year"],
        YearEarlier =
        [
            "a year earlier", "a year ago", "a year before", "one year earlier", "the year before", "the same quarter last year",
            "the same quarter a year earlier", "the same quarter a year ago", "the same quarter of last year", "the same quarter of the previous year",
            "the same period last year", "the same period a year earlier", "the same period a year ago", "the same period of last year",
            "the same period of the previous year", "the year earlier quarter", "the year ago quarter", "the year earlier period",
            "the year ago period", "the prior year period", "the prior year quarter", "the previous year", "the prior year",
        ],
        YearLater = ["a year later", "one year later", "the following year", "the year after", "the subsequent year"],
        QuarterEarlier =
        [
            "the previous quarter", "the prior quarter", "the preceding quarter", "a quarter earlier", "one quarter earlier",
            "the quarter before", "the sequential quarter",
        ],
        QuarterLater = ["the following quarter", "the subsequent quarter", "a quarter later", "the quarter after"],
        SamePeriodOfYear = ["the same quarter of", "the same quarter in", "the same period of", "the same period in", "same quarter of", "same period of"],
        LastYear = ["last year"],
        YearPrefixes = ["", "in ", "in the year ", "during ", "for "],
        MonthPrefixes =
        [
            ("early ", MonthPart.Early), ("in early ", MonthPart.Early), ("at the beginning of ", MonthPart.Early), ("the beginning of ", MonthPart.Early),
            ("beginning of ", MonthPart.Early), ("at the start of ", MonthPart.Early), ("the start of ", MonthPart.Early), ("start of ", MonthPart.Early),
            ("mid ", MonthPart.Mid), ("in mid ", MonthPart.Mid), ("in the middle of ", MonthPart.Mid), ("the middle of ", MonthPart.Mid), ("middle of ", MonthPart.Mid),
            ("late ", MonthPart.Late), ("in late ", MonthPart.Late), ("at the end of ", MonthPart.Late), ("the end of ", MonthPart.Late), ("end of ", MonthPart.Late),
            ("in ", MonthPart.Whole), ("during ", MonthPart.Whole), ("in the month of ", MonthPart.Whole), ("the month of ", MonthPart.Whole), ("", MonthPart.Whole),
        ],
        Ordinals = [("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("1st", 1), ("2nd", 2), ("3rd", 3), ("4th", 4)],
        QuarterWords = ["quarter"],
        HalfWords = ["half"],
        FiscalWords = ["fiscal"],
        CurrentWords = ["current"],
        LastQuarter = ["last quarter", "the past quarter", "the most recent quarter"],
        PeriodFiller = ["the", "of", "in", "during", "for", "year", "its"],
        CountWords =
        [
            ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9),
            ("ten", 10), ("eleven", 11), ("twelve", 12),
        ],
        NextPrefixes = ["over the next ", "in the next ", "within the next ", "during the next ", "for the next ", "the next ", "next "],
        LastPrefixes =
        [
            "over the last ", "over the past ", "in the last ", "in the past ", "during the last ", "during the past ",
            "the last ", "the past ", "last ", "past ",
        ],
        SincePrefixes = ["since "],
        WeekPrefixes = ["the week of ", "week of ", "the week starting ", "the week beginning "],
        DayFiller = ["to", "from", "on", "the", "of"],
        TimeUnits =
        [
            ("day", 0, 1), ("days", 0, 1), ("week", 0, 7), ("weeks", 0, 7), ("month", 1, 0), ("months", 1, 0),
            ("quarter", 3, 0), ("quarters", 3, 0), ("year", 12, 0), ("years", 12, 0),
        ],
        YuanContext = ["yuan", "renminbi", "RMB", "China", "Chinese", "Beijing", "Shenzhen", "Shanghai", "Hangzhou", "Alibaba", "Tencent", "ByteDance", "Baidu"],
        RelationCues = new()
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
        },
        };
    }
}
