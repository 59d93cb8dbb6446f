using System;
using System.Collections.Generic;
using System.Globalization;
using DomainModel.Utility;

namespace DomainModel.Exchange;

/// <summary>
/// Which exchange rate answers a question about a statement: the rate on a date, else the latest earlier rate up to
/// a maximum age the caller sets ("30 days before"); and a period's average over its days up to the statement's
/// date, never after it. Every answer is a <see cref="RateChoice"/> that says which rate it is and why, or why there
/// is none.
/// </summary>
/// <remarks>
/// <para><b>On a date</b> (<see cref="RateOn"/>): the provider's rate of the date; else the latest rate before it whose
/// age (days between its date and the date asked) is at most <see cref="MaxAgeDays"/>; else none. A rate dated after
/// the date asked is never used. An <see cref="ExchangeRateTable"/> is asked with its look-back set to the maximum
/// age; any other provider is asked day by day, back from the date.</para>
/// <para><b>Over a period</b> (<see cref="AverageOver"/>): the mean of the daily rates of the period's days up to the
/// statement's date (<see cref="ExchangeRateTable.GetAverageRate"/>): a rate of a later day was not known when the
/// statement was made. A period that starts after the statement's date (a five-year plan) has no average: the rate
/// on the statement's date is the one to use. The average is partial (<see cref="RateChoiceKind.PartialPeriodAverage"/>)
/// when the days after the statement's date are left out, or when the table's first or last rate in the period is
/// more than <see cref="MaxAgeDays"/> from the period's start or end (the table does not cover it).</para>
/// <para>Immutable and thread-safe; reads nothing global and never the clock.</para>
/// </remarks>
public sealed class RatePolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="maxAgeDays">How many days before the date asked a rate may be, 0 (that day only) to <see cref="ExchangeRateTable.MaxLookBackDays"/> (366).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAgeDays"/> is outside 0–366.</exception>
    public RatePolicy(int maxAgeDays)
    {
        Preconditions.CheckRange(maxAgeDays, 0, ExchangeRateTable.MaxLookBackDays);
        MaxAgeDays = maxAgeDays;
    }

    /// <summary>The longest a rate may precede the date asked, in days.</summary>
    public int MaxAgeDays { get; }

    /// <summary>
    /// The rate from → to on <paramref name="date"/>, else the latest earlier one within <see cref="MaxAgeDays"/>.
    /// </summary>
    /// <param name="provider">Where the rates come from.</param>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to.</param>
    /// <param name="date">The date asked (a statement's date).</param>
    /// <returns>The choice: <see cref="RateChoiceKind.OnDate"/>, <see cref="RateChoiceKind.EarlierDate"/> with its age, or <see cref="RateChoiceKind.None"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    /// <exception cref="ArgumentException">The currencies are the same.</exception>
    public RateChoice RateOn(IExchangeRateProvider provider, Currency from, Currency to, DateOnly date)
    {
        Preconditions.CheckNotNull(provider);
        CheckDifferent(from, to);
        var rate = Latest(provider, from, to, date);
        string pair = from.Code + "/" + to.Code;
        if (rate is null)
        {
            string window = MaxAgeDays == 0 ? "" : Invariant($" or in the {MaxAgeDays} {Days(MaxAgeDays)} before it (the policy's maximum age)");
            return new RateChoice(from, to, date, null, RateChoiceKind.None, null, null, MaxAgeDays, Invariant($"no {pair} rate from {provider.Name} on {Format(date)}{window}"));
        }

        int age = rate.Validity.Contains(date) ? 0 : date.DayNumber - rate.Validity.End.DayNumber;
        if (age == 0)
        {
            return new RateChoice(from, to, date, null, RateChoiceKind.OnDate, rate, 0, MaxAgeDays, Invariant($"{pair} {rate.Value} of {Format(date)} from {provider.Name}: the rate of the date asked"));
        }

        string why = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? Invariant($", a {date.DayOfWeek}") : string.Empty;
        return new RateChoice(from, to, date, null, RateChoiceKind.EarlierDate, rate, age, MaxAgeDays,
            Invariant($"no {pair} rate from {provider.Name} on {Format(date)}{why}: the latest earlier one, {rate.Value} of {Format(rate.Validity.End)}, {age} {Days(age)} before (the policy allows at most {MaxAgeDays})"));
    }

    /// <summary>
    /// The mean rate from → to over <paramref name="period"/>, taken only over its days up to
    /// <paramref name="statementDate"/>.
    /// </summary>
    /// <param name="table">The daily rates.</param>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to.</param>
    /// <param name="period">The period the figure is for (a year, a quarter).</param>
    /// <param name="statementDate">The date of the statement: no day after it is used.</param>
    /// <returns>The choice: <see cref="RateChoiceKind.PeriodAverage"/>, <see cref="RateChoiceKind.PartialPeriodAverage"/> (the reason says which days), or <see cref="RateChoiceKind.None"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException">The currencies are the same.</exception>
    public RateChoice AverageOver(ExchangeRateTable table, Currency from, Currency to, DateRange period, DateOnly statementDate)
    {
        Preconditions.CheckNotNull(table);
        CheckDifferent(from, to);
        string pair = from.Code + "/" + to.Code;
        if (period.Start > statementDate)
        {
            return new RateChoice(from, to, statementDate, period, RateChoiceKind.None, null, null, MaxAgeDays,
                Invariant($"no {pair} average over {period}: the period starts after the statement's date, {Format(statementDate)}, so none of its rates was known then; the rate on that date is the one to use"));
        }

        var end = period.End <= statementDate ? period.End : statementDate;
        if (!table.TryGetAverageRate(from, to, period.Start, end, out var average))
        {
            return new RateChoice(from, to, statementDate, period, RateChoiceKind.None, null, null, MaxAgeDays,
                Invariant($"no {pair} average over {period}: {table.Name} has no rate on any of its days up to {Format(end)}"));
        }

        var first = average.Legs[0].Validity.Start;
        var last = average.Legs[^1].Validity.Start;
        int startGap = first.DayNumber - period.Start.DayNumber;
        int endGap = end.DayNumber - last.DayNumber;
        string mean = Invariant($"mean of {average.Legs.Count} daily {(average.Legs.Count == 1 ? "rate" : "rates")} from {Format(first)} to {Format(last)} in {table.Name}");
        bool truncated = end < period.End;
        bool uncovered = startGap > MaxAgeDays || endGap > MaxAgeDays;
        if (!truncated && !uncovered)
        {
            return new RateChoice(from, to, statementDate, period, RateChoiceKind.PeriodAverage, average, null, MaxAgeDays,
                Invariant($"{pair} {average.Value} averaged over {period}: {mean}"));
        }

        string reason = Invariant($"{pair} {average.Value} averaged over {period.Start:yyyy-MM-dd}..{Format(end)} only");
        if (truncated)
        {
            reason += Invariant($", the days up to the statement's date {Format(statementDate)} (the period {period} ends after it)");
        }

        reason += ": " + mean;
        if (startGap > MaxAgeDays)
        {
            reason += Invariant($"; none in its first {startGap} days");
        }

        if (endGap > MaxAgeDays)
        {
            reason += Invariant($"; none after {Format(last)}, {endGap} {Days(endGap)} before {Format(end)}");
        }

        return new RateChoice(from, to, statementDate, period, RateChoiceKind.PartialPeriodAverage, average, null, MaxAgeDays, reason);
    }

    /// <summary>
    /// The rates a two-currency statement about <paramref name="period"/>, made on <paramref name="statementDate"/>
    /// ("160 miliardi di yuan, circa 23 miliardi di dollari"), is checked at: first the rate on the statement's date
    /// (<see cref="RateOn"/>), then the period's average over its days up to that date (<see cref="AverageOver"/>).
    /// </summary>
    /// <remarks>Both choices are always returned, so a missing rate is said, not dropped: a period that starts after
    /// the statement's date (a budget for next year, a five-year plan) gets an average choice of kind
    /// <see cref="RateChoiceKind.None"/> whose reason says so, and never the average of another period.</remarks>
    /// <param name="table">The daily rates.</param>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to.</param>
    /// <param name="period">The period the figures are for.</param>
    /// <param name="statementDate">The date of the statement.</param>
    /// <returns>Two choices: on the date, then the average.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException">The currencies are the same.</exception>
    public IReadOnlyList<RateChoice> ForStatement(ExchangeRateTable table, Currency from, Currency to, DateRange period, DateOnly statementDate)
    {
        Preconditions.CheckNotNull(table); // named as the caller knows it, not as RateOn's provider
        return [RateOn(table, from, to, statementDate), AverageOver(table, from, to, period, statementDate)];
    }

    /// <summary>"30 days at most".</summary>
    /// <returns>The policy in words.</returns>
    public override string ToString() => Invariant($"the rate of the date, else the latest earlier one up to {MaxAgeDays} {Days(MaxAgeDays)} before; averages only over days up to the statement's date");

    private ExchangeRate? Latest(IExchangeRateProvider provider, Currency from, Currency to, DateOnly date)
    {
        if (provider is ExchangeRateTable table)
        {
            return table.WithLookBack(MaxAgeDays).TryGetRate(from, to, date, out var found) ? found : null;
        }

        DateOnly earliest = date.DayNumber - MaxAgeDays < 0 ? DateOnly.MinValue : date.AddDays(-MaxAgeDays);
        for (var day = date; day >= earliest; day = day.AddDays(-1))
        {
            if (provider.TryGetRate(from, to, day, out var rate))
            {
                // A provider answers with the latest rate on or before the day; older than allowed ends the search.
                return rate.Validity.End <= date && date.DayNumber - rate.Validity.End.DayNumber <= MaxAgeDays || rate.Validity.Contains(date) ? rate : null;
            }

            if (day == DateOnly.MinValue)
            {
                break;
            }
        }

        return null;
    }

    private static void CheckDifferent(Currency from, Currency to)
    {
        if (from == to)
        {
            throw new ArgumentException($"{from.Code} to {to.Code} is the same currency: no exchange rate is needed.", nameof(to));
        }
    }

    private static string Days(int n) => n == 1 ? "day" : "days";

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
