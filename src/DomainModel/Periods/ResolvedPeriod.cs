using System;
using System.Diagnostics.CodeAnalysis;
using DomainModel.Utility;

namespace DomainModel.Periods;

/// <summary>
/// A period named in news text ("ad agosto", "quest'anno", "nel 2026", "all'inizio di dicembre", "entro metà
/// febbraio", and their English equivalents), resolved against an explicit as-of date: its kind, and the range of
/// days in which each of its bounds lies.
/// </summary>
/// <remarks>
/// <para><b>Bounds as ranges:</b> an approximate boundary is never guessed to the day. <see cref="StartBound"/> is the
/// range of days the period can start on and <see cref="EndBound"/> the range it can end on: one day each for an
/// <see cref="PeriodKind.Exact"/> month or year; the whole window for an <see cref="PeriodKind.Approximate"/> part of a
/// month; for a <see cref="PeriodKind.Deadline"/> there is no start, and the end bound holds the days the deadline can
/// be.</para>
/// <para><b>Parts of a month</b> (a documented convention, not a standard): early / inizio = days 1–10; mid / metà =
/// days 11–20; late / fine = day 21 to the month's last day. "By October" / "entro ottobre" is a deadline somewhere
/// in October (the text does not say whether by its start or its end).</para>
/// <para><b>Months without a year</b> take the year chosen by a <see cref="MonthWithoutYear"/> rule, by default
/// <see cref="MonthWithoutYear.Nearest"/>. Years come from the text or the as-of date; nothing reads the clock.</para>
/// <para><b>Text accepted</b> (case, accents, apostrophe style and extra spaces are ignored; see docs/fiscal.md for the
/// full list): Italian "ad agosto", "a dicembre", "in ottobre", "nel mese di ottobre", "agosto 2025", "quest'anno",
/// "l'anno prossimo", "l'anno scorso", "nel 2026", "all'inizio di dicembre", "a metà febbraio", "alla fine di
/// ottobre", "entro metà febbraio", "entro ottobre", "entro il 2026"; English "in August", "August 2025", "this
/// year", "next year", "last year", "in 2026", "early December", "mid-February", "late October", "at the end of
/// October", "by mid-February", "by October", "by 2026".</para>
/// <para><b>Equality:</b> every property (the text compared ordinally). There is no ordering: periods of different
/// precision have no natural order (compare their bounds).</para>
/// <para><b>Default:</b> <c>default(ResolvedPeriod)</c> is an exact period of the single day 0001-01-01 with empty text.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ResolvedPeriodJsonConverter))]
[DomainModel.Display.TypeFormatterSource(typeof(DomainModel.Display.DisplayFormatterSource<ResolvedPeriod>))]
public readonly struct ResolvedPeriod : IEquatable<ResolvedPeriod>
{
    private readonly string? _text;
    private readonly bool _isOpenStart;
    private readonly DateRange _startBound;
    private readonly DateRange _endBound;

    internal ResolvedPeriod(string text, DateOnly asOf, PeriodKind kind, DateRange window, bool wholeUnit)
    {
        _text = text;
        AsOf = asOf;
        Kind = kind;
        _isOpenStart = kind == PeriodKind.Deadline;
        if (kind == PeriodKind.Exact && wholeUnit)
        {
            _startBound = DateRange.SingleDay(window.Start);
            _endBound = DateRange.SingleDay(window.End);
        }
        else
        {
            _startBound = window;
            _endBound = window;
        }
    }

    /// <summary>The phrase as given (not normalised).</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>The as-of date the phrase was resolved against.</summary>
    public DateOnly AsOf { get; }

    /// <summary>How precisely the period is known.</summary>
    public PeriodKind Kind { get; }

    /// <summary>
    /// The days the period can start on: one day for an exact period, the window for an approximate one;
    /// <see langword="null"/> for a deadline, which has no start.
    /// </summary>
    public DateRange? StartBound => _isOpenStart ? null : _startBound;

    /// <summary>The days the period (or the deadline) can end on: one day for an exact period, the window otherwise.</summary>
    public DateRange EndBound => _endBound;

    /// <summary>
    /// Every day the period can touch: the whole month or year for an exact period, the window for an approximate one,
    /// the days the deadline can be for a deadline (the days before it are not included).
    /// </summary>
    public DateRange Span => _isOpenStart ? _endBound : DateRange.Trusted(_startBound.Start, _endBound.End);

    /// <summary>Resolves a period phrase, taking a month without a year to be the nearest one (<see cref="MonthWithoutYear.Nearest"/>).</summary>
    /// <param name="text">The phrase, e.g. "all'inizio di dicembre" or "by mid-February".</param>
    /// <param name="asOf">The date the text was written (or is read as of).</param>
    /// <returns>The resolved period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The phrase is not one the library knows, or it resolves to a year outside 1–9999.</exception>
    public static ResolvedPeriod Parse(string text, DateOnly asOf) => Parse(text, asOf, MonthWithoutYear.Nearest);

    /// <summary>Resolves a period phrase with an explicit rule for months named without a year.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="asOf">The date the text was written (or is read as of).</param>
    /// <param name="monthRule">Which year a month without a year is in.</param>
    /// <returns>The resolved period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthRule"/> is not a defined value.</exception>
    /// <exception cref="FormatException">The phrase is not one the library knows, or it resolves to a year outside 1–9999.</exception>
    public static ResolvedPeriod Parse(string text, DateOnly asOf, MonthWithoutYear monthRule)
    {
        Preconditions.CheckNotNull(text);
        CheckRule(monthRule);
        return PeriodPhraseParser.Parse(text, asOf, monthRule, out var period) switch
        {
            PeriodPhraseParser.Outcome.Resolved => period,
            PeriodPhraseParser.Outcome.YearOutOfRange => throw new FormatException(
                Preconditions.Invariant($"'{text}' resolves, as of {DateRange.Format(asOf)}, to a year outside 1 to 9999.")),
            _ => throw new FormatException(
                $"'{text}' is not a period phrase this library resolves: expected a month (\"ad agosto\", \"in August\"), a year " +
                "(\"nel 2026\", \"quest'anno\", \"this year\"), part of a month (\"all'inizio di dicembre\", \"mid-February\", " +
                "\"late October\") or a deadline (\"entro metà febbraio\", \"by October\")."),
        };
    }

    /// <summary>Resolves a period phrase without throwing (months without a year: <see cref="MonthWithoutYear.Nearest"/>).</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="asOf">The date the text was written (or is read as of).</param>
    /// <param name="period">The resolved period, or <c>default</c> on failure.</param>
    /// <returns>Whether the phrase was resolved.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, DateOnly asOf, out ResolvedPeriod period) =>
        TryParse(text, asOf, MonthWithoutYear.Nearest, out period);

    /// <summary>Resolves a period phrase without throwing.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="asOf">The date the text was written (or is read as of).</param>
    /// <param name="monthRule">Which year a month without a year is in (an undefined value makes this return false).</param>
    /// <param name="period">The resolved period, or <c>default</c> on failure.</param>
    /// <returns>Whether the phrase was resolved.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, DateOnly asOf, MonthWithoutYear monthRule, out ResolvedPeriod period)
    {
        period = default;
        return text is not null
            && monthRule is >= MonthWithoutYear.Nearest and <= MonthWithoutYear.Next
            && PeriodPhraseParser.Parse(text, asOf, monthRule, out period) == PeriodPhraseParser.Outcome.Resolved;
    }

    /// <summary>Equal when the text (ordinal), as-of date, kind and bounds are equal.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ResolvedPeriod other) =>
        string.Equals(Text, other.Text, StringComparison.Ordinal)
        && AsOf == other.AsOf
        && Kind == other.Kind
        && _isOpenStart == other._isOpenStart
        && _startBound == other._startBound
        && _endBound == other._endBound;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ResolvedPeriod other && Equals(other);

    /// <summary>A hash consistent with <see cref="Equals(ResolvedPeriod)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Text), AsOf, Kind, _isOpenStart, _startBound, _endBound);

    /// <summary>Equality (see <see cref="Equals(ResolvedPeriod)"/>).</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ResolvedPeriod left, ResolvedPeriod right) => left.Equals(right);

    /// <summary>Inequality (see <see cref="Equals(ResolvedPeriod)"/>).</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ResolvedPeriod left, ResolvedPeriod right) => !left.Equals(right);

    /// <summary>
    /// The invariant text: kind, days and phrase, e.g. <c>Exact 2025-08-01..2025-08-31 "ad agosto"</c>,
    /// <c>Approximate within 2025-12-01..2025-12-10 "early December"</c>, <c>Deadline by a day in 2026-02-11..2026-02-20 "by mid-February"</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        PeriodKind.Exact => $"Exact {Span} \"{Text}\"",
        PeriodKind.Approximate => $"Approximate within {Span} \"{Text}\"",
        _ => $"Deadline by a day in {EndBound} \"{Text}\"",
    };

    private static void CheckRule(MonthWithoutYear monthRule)
    {
        if (monthRule is < MonthWithoutYear.Nearest or > MonthWithoutYear.Next)
        {
            Preconditions.ThrowRange(nameof(monthRule), monthRule, MonthWithoutYear.Nearest, MonthWithoutYear.Next);
        }
    }
}
