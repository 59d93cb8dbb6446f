using System;
using System.Collections.Generic;
using System.Globalization;
using DomainModel.Utility;

namespace DomainModel.Exchange;

/// <summary>
/// When, in a daily rate history, the range of rates a two-currency statement implies was last current: "7.197–7.224
/// CNY per USD was last current on 2025-05-14, 364 days (11 months) before 2026-05-13". A statement whose own figures
/// imply a rate that the market left months earlier is a stale conversion: the writer converted at an old rate.
/// </summary>
/// <remarks>
/// <para><b>Search:</b> the history's daily rates base → quote (direct, reciprocal or through the table's pivot, each
/// day on its own, no look-back) are read back from the as-of date. The latest rate on or before the as-of date
/// decides <see cref="StaleConversionKind.Current"/>. Otherwise the first event met going back is the answer: a fixing
/// inside the range (<see cref="StaleConversionKind.LastCurrent"/>), or two consecutive fixings on opposite sides of it
/// (<see cref="StaleConversionKind.PassedThrough"/>: a narrow range the daily series jumped over, so it passed through
/// between those two dates). A range never met is <see cref="StaleConversionKind.NeverCurrent"/>. Bounds are
/// inclusive, as in <see cref="ExchangeRateRange.Contains(decimal)"/>.</para>
/// <para><b>Distance:</b> <see cref="DaysBefore"/> from the event's date (the later fixing of a pass) to the as-of
/// date, and <see cref="MonthsBefore"/>, the whole calendar months between them.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class StaleConversion
{
    private StaleConversion(ExchangeRateRange range, DateOnly asOf, string historyName, StaleConversionKind kind, ExchangeRate? latest, ExchangeRate? current, ExchangeRate? passedAfter, ExchangeRate? passedBefore, DateOnly? firstDay)
    {
        Range = range;
        AsOf = asOf;
        HistoryName = historyName;
        Kind = kind;
        Latest = latest;
        LastCurrentRate = current;
        PassedAfterRate = passedAfter;
        PassedBeforeRate = passedBefore;
        FirstDay = firstDay;
    }

    /// <summary>The range of rates the statement implies (its base and quote are the pair searched).</summary>
    public ExchangeRateRange Range { get; }

    /// <summary>The date the statement is read as of.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The history's name ("ECB").</summary>
    public string HistoryName { get; }

    /// <summary>What the search found.</summary>
    public StaleConversionKind Kind { get; }

    /// <summary>The latest rate of the history on or before <see cref="AsOf"/>, or null when there is none.</summary>
    public ExchangeRate? Latest { get; }

    /// <summary>For <see cref="StaleConversionKind.Current"/> and <see cref="StaleConversionKind.LastCurrent"/>: the latest fixing inside the range.</summary>
    public ExchangeRate? LastCurrentRate { get; }

    /// <summary>The day of <see cref="LastCurrentRate"/>, or null.</summary>
    public DateOnly? LastCurrent => LastCurrentRate?.Validity.Start;

    /// <summary>For <see cref="StaleConversionKind.PassedThrough"/>: the fixing before the pass (on one side of the range).</summary>
    public ExchangeRate? PassedAfterRate { get; }

    /// <summary>For <see cref="StaleConversionKind.PassedThrough"/>: the next fixing (on the other side).</summary>
    public ExchangeRate? PassedBeforeRate { get; }

    /// <summary>The day after which the rate passed through the range, or null.</summary>
    public DateOnly? PassedAfter => PassedAfterRate?.Validity.Start;

    /// <summary>The day by which it had passed through, or null.</summary>
    public DateOnly? PassedBefore => PassedBeforeRate?.Validity.Start;

    /// <summary>The first day of the history searched, or null when it holds no rate of the pair up to the as-of date.</summary>
    public DateOnly? FirstDay { get; }

    /// <summary>The date that dates the finding: the last fixing inside the range, or the later fixing of a pass; null when never current.</summary>
    public DateOnly? EventDate => LastCurrent ?? PassedBefore;

    /// <summary>Days from <see cref="EventDate"/> to <see cref="AsOf"/>, or null.</summary>
    public int? DaysBefore => EventDate is { } d ? AsOf.DayNumber - d.DayNumber : null;

    /// <summary>Whole calendar months from <see cref="EventDate"/> to <see cref="AsOf"/> (2025-05-14 to 2026-05-13 is 11), or null.</summary>
    public int? MonthsBefore => EventDate is { } d ? WholeMonths(d, AsOf) : null;

    /// <summary>
    /// Finds when <paramref name="implied"/> was last current in <paramref name="history"/> up to <paramref name="asOf"/>.
    /// </summary>
    /// <param name="implied">The range of rates the statement implies (e.g. <see cref="ExchangeRateRange.Implied"/> of its two amounts).</param>
    /// <param name="history">The daily rates (an ECB table with its pivot, for a cross such as USD/CNY).</param>
    /// <param name="asOf">The statement's date.</param>
    /// <returns>The finding.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static StaleConversion Find(ExchangeRateRange implied, ExchangeRateTable history, DateOnly asOf)
    {
        Preconditions.CheckNotNull(implied);
        Preconditions.CheckNotNull(history);
        var daily = history.WithLookBack(0);
        var first = history.FirstDate;
        ExchangeRate? latest = null, newer = null;
        if (first is { } start && start <= asOf)
        {
            for (var day = asOf; day >= start; day = day.AddDays(-1))
            {
                if (!daily.TryGetRate(implied.Base, implied.Quote, day, out var rate))
                {
                    if (day == DateOnly.MinValue)
                    {
                        break;
                    }

                    continue;
                }

                if (latest is null)
                {
                    latest = rate;
                    if (implied.Contains(rate.Value))
                    {
                        return new StaleConversion(implied, asOf, history.Name, StaleConversionKind.Current, latest, rate, null, null, first);
                    }
                }
                else if (implied.Contains(rate.Value))
                {
                    return new StaleConversion(implied, asOf, history.Name, StaleConversionKind.LastCurrent, latest, rate, null, null, first);
                }
                else if (Side(implied, rate.Value) != Side(implied, newer!.Value))
                {
                    return new StaleConversion(implied, asOf, history.Name, StaleConversionKind.PassedThrough, latest, null, rate, newer, first);
                }

                newer = rate;
                if (day == DateOnly.MinValue)
                {
                    break;
                }
            }
        }

        return new StaleConversion(implied, asOf, history.Name, StaleConversionKind.NeverCurrent, latest, null, null, null, latest is null ? null : first);
    }

    /// <summary>
    /// The finding in one invariant line: "7.197–7.224 CNY per USD was last current on 2025-05-14, 364 days (11
    /// months) before 2026-05-13 (ECB: USD/CNY 7.2005); the latest rate, of 2026-04-13, is 6.8301".
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string range = Invariant($"{Number(Range.Min)}\u2013{Number(Range.Max)} {Range.Quote.Code} per {Range.Base.Code}");
        string latest = Latest is { } l ? Invariant($"; the latest rate, of {Date(l.Validity.Start)}, is {Number(l.Value)}") : string.Empty;
        return Kind switch
        {
            StaleConversionKind.Current => Invariant($"{range} is current: the latest {HistoryName} rate on or before {Date(AsOf)}, {Number(Latest!.Value)} of {Date(Latest.Validity.Start)}, lies in it"),
            StaleConversionKind.LastCurrent => Invariant($"{range} was last current on {Date(LastCurrent!.Value)}, {Distance()} ({HistoryName}: {LastCurrentRate!.Pair} {Number(LastCurrentRate.Value)}){latest}"),
            StaleConversionKind.PassedThrough => Invariant($"{range} was passed through between {Date(PassedAfter!.Value)} ({Number(PassedAfterRate!.Value)}) and {Date(PassedBefore!.Value)} ({Number(PassedBeforeRate!.Value)}), {Distance()}: no {HistoryName} fixing lies in it{latest}"),
            _ => Latest is null
                ? Invariant($"{range}: {HistoryName} has no {Range.Pair} rate on or before {Date(AsOf)}")
                : Invariant($"{range} was never current in {HistoryName} from {Date(FirstDay!.Value)} to {Date(AsOf)}{latest}"),
        };
    }

    private string Distance()
    {
        int days = DaysBefore!.Value;
        int months = MonthsBefore!.Value;
        string d = Invariant($"{days} {(days == 1 ? "day" : "days")}");
        return months > 0 ? Invariant($"{d} ({months} {(months == 1 ? "month" : "months")}) before {Date(AsOf)}") : Invariant($"{d} before {Date(AsOf)}");
    }

    private static int Side(ExchangeRateRange range, decimal value) => value < range.Min ? -1 : value > range.Max ? 1 : 0;

    internal static int WholeMonths(DateOnly from, DateOnly to)
    {
        int months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        if (to.Day < from.Day && !(to.Day == DateTime.DaysInMonth(to.Year, to.Month) && from.Day > to.Day))
        {
            months--;
        }

        return Math.Max(0, months);
    }

    private static string Number(decimal value) => Math.Round(value, 4, MidpointRounding.ToEven).ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
