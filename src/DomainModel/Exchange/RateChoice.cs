using System;
using System.Diagnostics.CodeAnalysis;

namespace DomainModel.Exchange;

/// <summary>
/// The rate a <see cref="RatePolicy"/> chose for a question ("USD/CNY on 2026-05-13", "USD/CNY averaged over 2025 as
/// known on 2025-12-31"), with which rate it is and why: the rate of the date, the latest earlier one and its age, an
/// average and the days it covers, or no rate and the reason.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="ToString"/> is <see cref="Reason"/>.</remarks>
public sealed class RateChoice
{
    internal RateChoice(Currency from, Currency to, DateOnly date, DateRange? period, RateChoiceKind kind, ExchangeRate? rate, int? ageDays, int maxAgeDays, string reason)
    {
        From = from;
        To = to;
        Date = date;
        Period = period;
        Kind = kind;
        Rate = rate;
        AgeDays = ageDays;
        MaxAgeDays = maxAgeDays;
        Reason = reason;
    }

    /// <summary>The currency converted from (the rate's base).</summary>
    public Currency From { get; }

    /// <summary>The currency converted to (the rate's quote).</summary>
    public Currency To { get; }

    /// <summary>The date asked: the day of the rate, or the statement's date for an average (no day after it is used).</summary>
    public DateOnly Date { get; }

    /// <summary>The period asked for an average, or null for a rate on a date.</summary>
    public DateRange? Period { get; }

    /// <summary>Which rate was chosen.</summary>
    public RateChoiceKind Kind { get; }

    /// <summary>The rate (base <see cref="From"/>, quote <see cref="To"/>), or null for <see cref="RateChoiceKind.None"/>.</summary>
    public ExchangeRate? Rate { get; }

    /// <summary>Whether a rate was chosen.</summary>
    [MemberNotNullWhen(true, nameof(Rate))]
    public bool Found => Rate is not null;

    /// <summary>For a rate on a date: how many days before the date asked the rate is (0 on the date); null for averages and when none was found.</summary>
    public int? AgeDays { get; }

    /// <summary>The policy's maximum age, in days.</summary>
    public int MaxAgeDays { get; }

    /// <summary>Which rate was chosen and why, in one invariant line ("no USD/CNY rate on 2026-05-13: the latest earlier one, of 2026-04-13, 30 days before (at most 60 allowed)").</summary>
    public string Reason { get; }

    /// <summary>The pair asked, "USD/CNY".</summary>
    public string Pair => From.Code + "/" + To.Code;

    /// <summary>The rate, or <see cref="RateNotFoundException"/> with the reason.</summary>
    /// <returns>The rate.</returns>
    /// <exception cref="RateNotFoundException">No rate was chosen.</exception>
    public ExchangeRate GetRateOrThrow() => Rate ?? throw new RateNotFoundException(From, To, Date, [Reason]);

    /// <summary>The reason.</summary>
    /// <returns><see cref="Reason"/>.</returns>
    public override string ToString() => Reason;
}
