using System;
using System.Collections.Generic;
using System.Globalization;
using UnitsNet;
using UnitsNet.Units;

namespace DomainModel;

/// <summary>
/// Thrown when an operation needs two values of one kind and gets two kinds: adding or comparing yuan and dollars,
/// GPUs and users, a daily and a monthly token rate, a week's and a month's token volume, fiscal years of two calendars, or converting francs with a
/// dollar/yuan rate. <see cref="Given"/> is what the operation got, <see cref="Expected"/> what it would have accepted
/// instead (the other operand's currency, kind, period, span or calendar; for a rate, its base and quote), and the message
/// names both and says what to do first (convert, or compare the date ranges). An <see cref="ArgumentException"/>
/// whose <see cref="ArgumentException.ParamName"/> is the parameter that held the second operand.
/// </summary>
public sealed class MismatchException : ArgumentException
{
    private readonly object[] expected;
    private readonly string text; // the message without the parameter, for Renamed

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message, naming what was given and what was expected.</param>
    /// <param name="paramName">The parameter that held the mismatched value.</param>
    /// <param name="operation">What was attempted, e.g. "add" or "compare".</param>
    /// <param name="given">What the operation got (a <see cref="DomainModel.Currency"/>, <see cref="CountKind"/>, period or <see cref="FiscalCalendar"/>).</param>
    /// <param name="expected">What it would have accepted instead: one value, or several (a rate's base and quote).</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/>, <paramref name="operation"/>, <paramref name="given"/> or <paramref name="expected"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="expected"/> is empty or holds null.</exception>
    public MismatchException(string message, string? paramName, string operation, object given, params object[] expected)
        : base(Utility.Preconditions.CheckNotNull(message), paramName)
    {
        Utility.Preconditions.CheckNotNull(operation);
        Utility.Preconditions.CheckNotNull(given);
        Utility.Preconditions.CheckNotNull(expected);
        Utility.Preconditions.CheckArgument(expected.Length > 0 && Array.TrueForAll(expected, e => e is not null), nameof(expected), "Name at least one expected value, none of them null.");
        Operation = operation;
        Given = given;
        this.expected = (object[])expected.Clone();
        text = message;
    }

    /// <summary>What was attempted ("add", "compare", "convert", …).</summary>
    public string Operation { get; }

    /// <summary>What the operation got: the second operand's currency, kind, period or calendar, or the currency of the money a rate was asked to convert.</summary>
    public object Given { get; }

    /// <summary>What it would have accepted: the first operand's currency, kind, period or calendar; a rate's base and quote.</summary>
    public IReadOnlyList<object> Expected => expected;

    /// <summary>The same exception (message, operation, given and expected values) naming another parameter: the one of
    /// the public member that was called, where a helper of the library threw it.</summary>
    /// <param name="paramName">The caller's parameter.</param>
    /// <returns>The exception to throw instead.</returns>
    internal MismatchException Renamed(string paramName) => new(text, paramName, Operation, Given, expected);

    // ---- The messages, one per kind of value ------------------------------------------------------------------

    internal static MismatchException Currencies(Currency left, Currency right, string operation, string? paramName) =>
        new($"Cannot {operation} {left.Code} and {right.Code}: both amounts must be in one currency. Convert one of them with an exchange rate first.", paramName, operation, right, left);

    internal static MismatchException CountKinds(CountKind left, CountKind right, string operation, string? paramName) =>
        new($"Cannot {operation} '{left}' and '{right}': both must be counts of one kind.", paramName, operation, right, left);

    internal static MismatchException Periods(Duration left, Duration right, string operation, string? paramName) =>
        new($"Cannot {operation} a rate per {Describe(left)} and a rate per {Describe(right)}: convert one to the other's period first with ToPeriod and an explicit MonthLength.", paramName, operation, right, left);

    internal static MismatchException Spans(DateRange left, DateRange right, string operation, string? paramName) =>
        new($"Cannot {operation} a volume over {TokenVolumeOver.Describe(left)} and a volume over {TokenVolumeOver.Describe(right)}: volumes compare over spans of the same length and add over the same span; compare them as average rates (ToAverageRate) instead.", paramName, operation, right, left);

    internal static MismatchException FiscalCalendars(FiscalCalendar left, FiscalCalendar right, string? paramName)
    {
        Utility.Preconditions.CheckNotNull(left);
        Utility.Preconditions.CheckNotNull(right);
        return new(
            $"Cannot compare fiscal periods of two calendars, '{left.Name}' ({left.RuleDescription}) and '{right.Name}' ({right.RuleDescription}): " +
            "fiscal years are ordered only within one calendar. Compare their date ranges (Range) instead.",
            paramName,
            "compare",
            right,
            left);
    }

    internal static MismatchException RateCurrency(Currency @base, Currency quote, Currency currency, string? paramName) =>
        new(
            $"Cannot convert an amount in {currency.Code} with a {@base.Code}/{quote.Code} rate: it converts {@base.Code} to {quote.Code} (multiplying) and {quote.Code} to {@base.Code} (dividing) only; an amount in {currency.Code} needs a rate that involves {currency.Code}.",
            paramName,
            "convert",
            currency,
            @base,
            quote);

    /// <summary>A period as the messages and unit texts write it (invariant): UnitsNet's text of the period; for one of
    /// a unit ("1 d", "1 mon"), that text as UnitsNet gave it once for the unit.</summary>
    internal static string Describe(Duration period) =>
        period.Value == 1d && OneOfEachUnit.Texts.TryGetValue(period.Unit, out string? text) ? text : period.ToString(CultureInfo.InvariantCulture);

    /// <summary>UnitsNet's invariant text of one of each duration unit, made on first use and never changed.</summary>
    private static class OneOfEachUnit
    {
        internal static readonly IReadOnlyDictionary<DurationUnit, string> Texts = Make();

        private static Dictionary<DurationUnit, string> Make()
        {
            var texts = new Dictionary<DurationUnit, string>();
            foreach (var unit in Enum.GetValues<DurationUnit>())
            {
                texts[unit] = Duration.From(1d, unit).ToString(CultureInfo.InvariantCulture);
            }

            return texts;
        }
    }
}
