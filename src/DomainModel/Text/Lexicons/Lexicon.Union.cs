using System;
using System.Collections.Generic;
using System.Linq;

namespace DomainModel.Text;

/// <content>The union of every lexicon, for readers that are given no language, and helpers of the language files.</content>
public sealed partial class Lexicon
{
    private static Lexicon Union()
    {
        Lexicon[] all = [English, Italian, German];
        T[] Cat<T>(Func<Lexicon, T[]> words) => all.SelectMany(words).Distinct().ToArray();
        string[] Longest(Func<Lexicon, string[]> words) => all.SelectMany(words).Distinct().OrderByDescending(w => w.Length).ToArray();
        return new Lexicon(NewsLanguage.English, "*", "every language", NumberConventions.English)
        {
            ScaleWords = Cat(l => l.ScaleWords),
            ScaleAbbreviations = Cat(l => l.ScaleAbbreviations),
            ScaleLikeEndings = Cat(l => l.ScaleLikeEndings),
            HedgeList = all.SelectMany(l => l.HedgeList).Distinct().OrderByDescending(h => h.Key.Length).ToArray(),
            Articles = Cat(l => l.Articles),
            RangeArticles = Cat(l => l.RangeArticles),
            ElidedArticles = Cat(l => l.ElidedArticles),
            RangeWords = all.SelectMany(l => l.RangeWords).ToArray(),
            RangeJoiners = Cat(l => l.RangeJoiners),
            SharedScaleJoiners = Cat(l => l.SharedScaleJoiners),
            UnitPrefixes = Cat(l => l.UnitPrefixes),
            PerWords = Cat(l => l.PerWords),
            CurrencySymbols = Cat(l => l.CurrencySymbols),
            CurrencyNames = all.SelectMany(l => l.CurrencyNames).Distinct().OrderByDescending(c => c.Words.Length).ToArray(),
            CountNouns = Cat(l => l.CountNouns),
            CountAdjectivesBefore = Cat(l => l.CountAdjectivesBefore),
            CountAdjectivesAfter = Cat(l => l.CountAdjectivesAfter),
            TokenWords = Cat(l => l.TokenWords),
            PercentWords = Longest(l => l.PercentWords),
            MultipleWords = Cat(l => l.MultipleWords),
            NumberWords = Cat(l => l.NumberWords),
            OrdinalSuffixes = Cat(l => l.OrdinalSuffixes),
            MonthNames = English.MonthNames,
            MonthTable = Cat(l => l.MonthTable),
            MonthAbbreviationTable = Cat(l => l.MonthAbbreviationTable),
            YearJoiners = Cat(l => l.YearJoiners),
            PeriodJoiners = Cat(l => l.PeriodJoiners),
            DeadlinePrefixes = Cat(l => l.DeadlinePrefixes),
            ThisYear = Cat(l => l.ThisYear),
            Today = Cat(l => l.Today),
            QuarterEndedPrefixes = Cat(l => l.QuarterEndedPrefixes),
            MonthRangePrefixes = Cat(l => l.MonthRangePrefixes),
            MonthRangeJoiners = Cat(l => l.MonthRangeJoiners),
            MonthRangeAndJoiners = Cat(l => l.MonthRangeAndJoiners),
            NextYear = Cat(l => l.NextYear),
            YearEarlier = Cat(l => l.YearEarlier),
            YearLater = Cat(l => l.YearLater),
            QuarterEarlier = Cat(l => l.QuarterEarlier),
            QuarterLater = Cat(l => l.QuarterLater),
            SamePeriodOfYear = Cat(l => l.SamePeriodOfYear),
            LastYear = Cat(l => l.LastYear),
            YearPrefixes = Cat(l => l.YearPrefixes),
            MonthPrefixes = Cat(l => l.MonthPrefixes),
            Ordinals = Cat(l => l.Ordinals),
            QuarterWords = Cat(l => l.QuarterWords),
            HalfWords = Cat(l => l.HalfWords),
            FiscalWords = Cat(l => l.FiscalWords),
            CurrentWords = Cat(l => l.CurrentWords),
            LastQuarter = Cat(l => l.LastQuarter),
            PeriodFiller = Cat(l => l.PeriodFiller),
            CountWords = Cat(l => l.CountWords),
            NextPrefixes = Cat(l => l.NextPrefixes),
            LastPrefixes = Cat(l => l.LastPrefixes),
            SincePrefixes = Cat(l => l.SincePrefixes),
            WeekPrefixes = Cat(l => l.WeekPrefixes),
            DayFiller = Cat(l => l.DayFiller),
            TimeUnits = Cat(l => l.TimeUnits),
            YuanContext = Cat(l => l.YuanContext),
        };
    }

    private static (string Name, int Month)[] Table(string[] months) => [.. months.Select((name, i) => (name, i + 1))];

    private static KeyValuePair<string, NumberQualifier> Hedge(string words, NumberQualifier qualifier) => new(words, qualifier);

    private static KeyValuePair<string, NumberQualifier>[] HedgeTable(params (string Words, NumberQualifier Qualifier)[] hedges) =>
        [.. hedges.Select(h => Hedge(h.Words, h.Qualifier)).OrderByDescending(h => h.Key.Length)];
}
