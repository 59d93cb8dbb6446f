using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Threading;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel.Exchange;

/// <summary>
/// An immutable in-memory table of daily exchange rates, and a provider over it. Every <c>With…</c> method returns a
/// new table; nothing is shared or global.
/// </summary>
/// <remarks>
/// <para><b>Look-up</b> of (from, to, date): the days from <c>date</c> back to <c>date − LookBackDays</c> are tried
/// latest first, so the answer is the rate of that date or the latest before it within the look-back, never one dated
/// after. On each day, in order: the direct rate from/to; the reciprocal of a to/from rate (marked
/// <see cref="RateKind.Derived"/>, the stated rate as its leg); and, when a <see cref="Pivot"/> is set, the cross rate
/// of the from–pivot and pivot–to rates of that same day (each stated in either direction, both kept as legs).</para>
/// <para><b>Look-back:</b> <see cref="DefaultLookBackDays"/> = 7 days, so a question on a weekend or a holiday (the ECB
/// publishes nothing on TARGET closing days: weekends, New Year, Good Friday, Easter Monday, 1 May, 25–26 December)
/// finds the last working day's rate; 0 means "that day only".</para>
/// <para><b>Contents:</b> daily rates only (single-day validity); at most one rate per pair, direction and day. A table
/// does not store period averages; it computes them (<see cref="GetAverageRate"/>).</para>
/// <para>Adding rates copies the series of the pairs affected: add in batches (<see cref="With(IEnumerable{ExchangeRate})"/>).
/// Immutable and thread-safe.</para>
/// <para><b>Derived rates are computed once:</b> a reciprocal or cross rate is made on the first look-up that needs it
/// and kept with the table (at most one per stated rate, and one per pair, direction and day asked through the pivot),
/// so asking again returns the same rate and allocates nothing. Nothing observable changes: the kept rate is the one
/// that would be computed again.</para>
/// </remarks>
public sealed class ExchangeRateTable : IExchangeRateProvider
{
    /// <summary>The look-back of a new table: 7 days.</summary>
    public const int DefaultLookBackDays = 7;

    /// <summary>The longest look-back allowed: 366 days.</summary>
    public const int MaxLookBackDays = 366;

    private readonly Dictionary<(Currency From, Currency To), Series> _series;

    // Cross rates already computed, by (from, to, day); made on the first triangulated look-up.
    private ConcurrentDictionary<(Currency From, Currency To, DateOnly Day), ExchangeRate>? _crosses;

    private ExchangeRateTable(string name, Dictionary<(Currency From, Currency To), Series> series, int lookBackDays, Currency? pivot, int count)
    {
        Name = name;
        _series = series;
        LookBackDays = lookBackDays;
        Pivot = pivot;
        Count = count;
    }

    /// <summary>An empty table named "table", with the default look-back and no pivot.</summary>
    public static ExchangeRateTable Empty { get; } = new("table", [], DefaultLookBackDays, null, 0);

    /// <summary>The table's name, used in messages.</summary>
    public string Name { get; }

    /// <summary>How many days before the asked date a rate may be dated (0 to 366).</summary>
    public int LookBackDays { get; }

    /// <summary>The currency through which rates are triangulated (EUR for ECB data), or null for none.</summary>
    public Currency? Pivot { get; }

    /// <summary>The number of rates held.</summary>
    public int Count { get; }

    /// <summary>The day of the earliest rate held, or null for an empty table.</summary>
    internal DateOnly? FirstDate
    {
        get
        {
            DateOnly? first = null;
            foreach (var series in _series.Values)
            {
                if (series.Rates.Length > 0 && (first is null || series.Rates[0].Validity.Start < first))
                {
                    first = series.Rates[0].Validity.Start;
                }
            }

            return first;
        }
    }

    /// <summary>Every rate held, by pair (ordinal codes) then date.</summary>
    public IReadOnlyList<ExchangeRate> Rates =>
        _series.OrderBy(p => p.Key.From.Code, StringComparer.Ordinal).ThenBy(p => p.Key.To.Code, StringComparer.Ordinal)
            .SelectMany(p => p.Value.Rates).ToArray();

    /// <summary>A copy with another name.</summary>
    /// <param name="name">A non-blank name.</param>
    /// <returns>The renamed table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public ExchangeRateTable WithName(string name)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "A table name must not be empty or white space.");
        return new ExchangeRateTable(name.Trim(), _series, LookBackDays, Pivot, Count);
    }

    /// <summary>A copy with another look-back.</summary>
    /// <param name="days">0 (that day only) to 366.</param>
    /// <returns>The table with that look-back.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 0–366.</exception>
    public ExchangeRateTable WithLookBack(int days)
    {
        Preconditions.CheckRange(days, 0, MaxLookBackDays);
        return new ExchangeRateTable(Name, _series, days, Pivot, Count);
    }

    /// <summary>A copy that triangulates through a pivot currency.</summary>
    /// <param name="pivot">The pivot, e.g. EUR for ECB rates; not XXX.</param>
    /// <returns>The table with that pivot.</returns>
    /// <exception cref="ArgumentException"><paramref name="pivot"/> is XXX.</exception>
    public ExchangeRateTable WithPivot(Currency pivot)
    {
        Preconditions.CheckArgument(pivot != Currency.XXX, nameof(pivot), "XXX (no currency) cannot be a pivot currency.");
        return new ExchangeRateTable(Name, _series, LookBackDays, pivot, Count);
    }

    /// <summary>A copy that does not triangulate.</summary>
    /// <returns>The table without a pivot.</returns>
    public ExchangeRateTable WithoutPivot() => new(Name, _series, LookBackDays, null, Count);

    /// <summary>A copy with one more rate.</summary>
    /// <param name="rate">A rate with a single-day validity.</param>
    /// <returns>The new table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rate"/> is null.</exception>
    /// <exception cref="ArgumentException">The rate holds over a period, or the table has a different rate for the same pair, direction and day.</exception>
    public ExchangeRateTable With(ExchangeRate rate)
    {
        Preconditions.CheckNotNull(rate);
        return With([rate]);
    }

    /// <summary>A copy with more rates (adding an equal rate again changes nothing).</summary>
    /// <param name="rates">Rates with single-day validity.</param>
    /// <returns>The new table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> or one of its rates is null.</exception>
    /// <exception cref="ArgumentException">A rate holds over a period, or two different rates have the same pair, direction and day.</exception>
    public ExchangeRateTable With(IEnumerable<ExchangeRate> rates)
    {
        Preconditions.CheckNotNull(rates);
        var added = new Dictionary<(Currency From, Currency To), List<ExchangeRate>>();
        foreach (var rate in rates)
        {
            if (rate is null)
            {
                throw new ArgumentNullException(nameof(rates), "The sequence of rates contains null.");
            }

            if (!rate.Validity.IsSingleDay)
            {
                throw new ArgumentException($"{rate} holds over {rate.Validity.DayCount} days; a table holds daily rates (it computes period averages itself with GetAverageRate).", nameof(rates));
            }

            var key = (rate.Base, rate.Quote);
            if (!added.TryGetValue(key, out var list))
            {
                added[key] = list = [];
            }

            list.Add(rate);
        }

        var series = new Dictionary<(Currency From, Currency To), Series>(_series);
        int count = Count;
        foreach (var (key, list) in added)
        {
            var old = series.TryGetValue(key, out var s) ? s : Series.Empty;
            var merged = old.Merge(list);
            count += merged.Rates.Length - old.Rates.Length;
            series[key] = merged;
        }

        return new ExchangeRateTable(Name, series, LookBackDays, Pivot, count);
    }

    /// <inheritdoc />
    public RateLookupResult Lookup(Currency from, Currency to, DateOnly date)
    {
        var attempts = new List<string>();
        var rate = Resolve(from, to, date, attempts);
        return rate is null ? RateLookupResult.Failure(from, to, date, attempts) : RateLookupResult.Success(date, rate, attempts);
    }

    /// <inheritdoc />
    public bool TryGetRate(Currency from, Currency to, DateOnly date, [NotNullWhen(true)] out ExchangeRate? rate)
    {
        rate = Resolve(from, to, date, attempts: null);
        return rate is not null;
    }

    /// <inheritdoc />
    public ExchangeRate GetRate(Currency from, Currency to, DateOnly date)
    {
        CheckDifferent(from, to);
        return Lookup(from, to, date).GetRateOrThrow();
    }

    /// <summary>
    /// The arithmetic mean of the daily rates from → to of every day in [first, last] that has one (direct, reciprocal or
    /// via the pivot, without look-back: a day without a rate is skipped, not filled), rounded to 20 significant digits.
    /// The mean is taken in the direction asked: the mean of USD/CNY is not the reciprocal of the mean of CNY/USD.
    /// </summary>
    /// <param name="from">The currency to convert from.</param>
    /// <param name="to">The currency to convert to.</param>
    /// <param name="first">The first day of the period.</param>
    /// <param name="last">The last day, on or after <paramref name="first"/>.</param>
    /// <returns>A rate of kind <see cref="RateKind.PeriodAverage"/> valid over [first, last], with the daily rates as legs.</returns>
    /// <exception cref="ArgumentException">The currencies are the same, or <paramref name="last"/> is before <paramref name="first"/>.</exception>
    /// <exception cref="RateNotFoundException">No day of the period has a rate.</exception>
    public ExchangeRate GetAverageRate(Currency from, Currency to, DateOnly first, DateOnly last)
    {
        CheckDifferent(from, to);
        if (last < first)
        {
            throw new ArgumentException(Invariant($"The period's last day {last:yyyy-MM-dd} is before its first day {first:yyyy-MM-dd}; the last day must be on or after the first."), nameof(last));
        }

        return TryGetAverageRate(from, to, first, last, out var rate)
            ? rate
            : throw new RateNotFoundException(from, to, last, [$"{Name}: no {from.Code}/{to.Code} rate (direct, reciprocal or via pivot) on any day of {new RateValidity(first, last)}"]);
    }

    /// <summary>The period average (see <see cref="GetAverageRate"/>) without throwing.</summary>
    /// <param name="from">The currency to convert from.</param>
    /// <param name="to">The currency to convert to.</param>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <param name="rate">The average, or null.</param>
    /// <returns>Whether the currencies differ, the period is valid and at least one day has a rate.</returns>
    public bool TryGetAverageRate(Currency from, Currency to, DateOnly first, DateOnly last, [NotNullWhen(true)] out ExchangeRate? rate)
    {
        rate = null;
        if (from == to || last < first)
        {
            return false;
        }

        var daily = new List<ExchangeRate>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var found = Find(from, to, day) ?? FindInverse(from, to, day);
            if (found is null && Pivot is Currency p && p != from && p != to)
            {
                found = FindCross(from, p, to, day, out _, out _);
            }

            if (found is not null)
            {
                daily.Add(found);
            }

            if (day == DateOnly.MaxValue)
            {
                break;
            }
        }

        if (daily.Count == 0)
        {
            return false;
        }

        rate = ExchangeRate.Average(from, to, new RateValidity(first, last), daily);
        return true;
    }

    /// <summary>The table's name, look-back, pivot and size.</summary>
    /// <returns>A description.</returns>
    public override string ToString() =>
        Invariant($"{Name}: {Count} rates, look-back {LookBackDays} days, pivot {(Pivot is Currency p ? p.Code : "none")}");

    /// <summary>
    /// The one look-up: the rate of <paramref name="date"/> or the latest day before it within the look-back, direct,
    /// reciprocal or crossed through the pivot. Records what it tried in <paramref name="attempts"/> when one is given;
    /// without one (<see cref="TryGetRate"/>) it formats nothing, and a direct hit allocates nothing.
    /// </summary>
    private ExchangeRate? Resolve(Currency from, Currency to, DateOnly date, List<string>? attempts)
    {
        if (from == to)
        {
            attempts?.Add($"{Name}: {from.Code} to {to.Code} is the same currency; no rate is needed or held");
            return null;
        }

        DateOnly earliest = date.DayNumber - LookBackDays < 0 ? DateOnly.MinValue : date.AddDays(-LookBackDays);
        bool usePivot = Pivot is Currency p && p != from && p != to;
        for (var day = date; day >= earliest; day = day.AddDays(-1))
        {
            if (Find(from, to, day) is { } direct)
            {
                attempts?.Add(Invariant($"{Name}: direct {from.Code}/{to.Code} found on {day:yyyy-MM-dd}"));
                return direct;
            }

            if (FindInverse(from, to, day) is { } reciprocal)
            {
                attempts?.Add(Invariant($"{Name}: reciprocal of {to.Code}/{from.Code} found on {day:yyyy-MM-dd}"));
                return reciprocal;
            }

            if (usePivot && FindCross(from, Pivot!.Value, to, day, out var first, out var second) is { } cross)
            {
                attempts?.Add(Invariant($"{Name}: cross via {Pivot.Value.Code} of {first!.Pair} and {second!.Pair} found on {day:yyyy-MM-dd}"));
                return cross;
            }

            if (day == DateOnly.MinValue)
            {
                break;
            }
        }

        if (attempts is not null)
        {
            string window = Invariant($"{earliest:yyyy-MM-dd} to {date:yyyy-MM-dd} (look-back {LookBackDays} days)");
            attempts.Add($"{Name}: direct {from.Code}/{to.Code}: none from {window}");
            attempts.Add($"{Name}: reciprocal of {to.Code}/{from.Code}: none from {window}");
            if (usePivot)
            {
                attempts.Add($"{Name}: cross via {Pivot!.Value.Code}: no day from {window} with both {Describe(from, Pivot.Value, earliest, date)} and {Describe(Pivot.Value, to, earliest, date)}");
            }
            else
            {
                attempts.Add(Pivot is null ? $"{Name}: no pivot currency set, so no triangulation" : $"{Name}: no triangulation ({Pivot.Value.Code} is one of the pair)");
            }
        }

        return null;
    }

    private ExchangeRate? Find(Currency from, Currency to, DateOnly day) =>
        _series.TryGetValue((from, to), out var series) ? series.On(day) : null;

    private ExchangeRate? FindEither(Currency from, Currency to, DateOnly day) => Find(from, to, day) ?? Find(to, from, day);

    /// <summary>The reciprocal of the to/from rate of that day, computed once per stated rate.</summary>
    private ExchangeRate? FindInverse(Currency from, Currency to, DateOnly day) =>
        _series.TryGetValue((to, from), out var series) ? series.InverseOn(day) : null;

    /// <summary>The cross rate from → pivot → to of that day (legs stated in either direction), computed once per
    /// pair, direction and day; null when a leg is missing or the cross rate is out of range.</summary>
    private ExchangeRate? FindCross(Currency from, Currency pivot, Currency to, DateOnly day, out ExchangeRate? first, out ExchangeRate? second)
    {
        var key = (from, to, day);
        var crosses = _crosses;
        if (crosses is not null && crosses.TryGetValue(key, out var known))
        {
            first = known.Legs[0];
            second = known.Legs[1];
            return known;
        }

        first = FindEither(from, pivot, day);
        second = first is null ? null : FindEither(pivot, to, day);
        if (first is null || second is null || first.TryCross(second, out var cross) is not null)
        {
            return null;
        }

        crosses ??= LazyInitializer.EnsureInitialized(ref _crosses, () => new ConcurrentDictionary<(Currency From, Currency To, DateOnly Day), ExchangeRate>());
        return crosses.GetOrAdd(key, cross!);
    }

    private string Describe(Currency a, Currency b, DateOnly earliest, DateOnly latest)
    {
        var days = new SortedSet<DateOnly>();
        foreach (var key in new[] { (a, b), (b, a) })
        {
            if (_series.TryGetValue(key, out var s))
            {
                days.UnionWith(s.Dates.Where(d => d >= earliest && d <= latest));
            }
        }

        return days.Count == 0
            ? $"{a.Code}–{b.Code} (none)"
            : $"{a.Code}–{b.Code} (on {string.Join(", ", days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))})";
    }

    private static void CheckDifferent(Currency from, Currency to)
    {
        if (from == to)
        {
            throw new ArgumentException($"{from.Code} to {to.Code} is the same currency: no exchange rate is needed.", nameof(to));
        }
    }

    private static string Invariant(FormattableString text) => Preconditions.Invariant(text);

    /// <summary>The rates of one pair and direction, sorted by date, one per day.</summary>
    private sealed class Series
    {
        internal static readonly Series Empty = new([], []);

        // The reciprocal of each rate, made on first use (a benign race makes at most an equal extra one).
        private readonly ExchangeRate?[] _inverses;

        private Series(DateOnly[] dates, ExchangeRate[] rates)
        {
            Dates = dates;
            Rates = rates;
            _inverses = new ExchangeRate?[rates.Length];
        }

        internal DateOnly[] Dates { get; }

        internal ExchangeRate[] Rates { get; }

        internal ExchangeRate? On(DateOnly day)
        {
            int i = Array.BinarySearch(Dates, day);
            return i >= 0 ? Rates[i] : null;
        }

        internal ExchangeRate? InverseOn(DateOnly day)
        {
            int i = Array.BinarySearch(Dates, day);
            if (i < 0)
            {
                return null;
            }

            var known = Volatile.Read(ref _inverses[i]);
            if (known is not null)
            {
                return known;
            }

            var inverse = Rates[i].Inverse();
            return Interlocked.CompareExchange(ref _inverses[i], inverse, null) ?? inverse;
        }

        internal Series Merge(List<ExchangeRate> added)
        {
            var all = new List<ExchangeRate>(Rates.Length + added.Count);
            all.AddRange(Rates);
            all.AddRange(added);
            all.Sort((x, y) => x.Validity.Start.CompareTo(y.Validity.Start));
            var rates = new List<ExchangeRate>(all.Count);
            foreach (var rate in all)
            {
                if (rates.Count > 0 && rates[^1].Validity.Start == rate.Validity.Start)
                {
                    if (!rates[^1].Equals(rate))
                    {
                        throw new ArgumentException($"Two different {rate.Pair} rates for {rate.Validity}: '{rates[^1]}' and '{rate}'; a table holds one rate per pair, direction and day (use a chain of tables for several sources).", "rates");
                    }

                    continue;
                }

                rates.Add(rate);
            }

            return new Series(rates.Select(r => r.Validity.Start).ToArray(), rates.ToArray());
        }
    }
}
