using System;
using System.Globalization;
using System.IO;
using DomainModel;
using DomainModel.Exchange;

namespace DomainModel.ArticleReport;

/// <summary>
/// The exchange rates the report checks a two-currency statement against ("160 miliardi di yuan, circa 23 miliardi di
/// dollari"), from an ECB euro reference-rate file: the cross on a date (with the table's look-back) and the average
/// over a year. Every answer is a <see cref="RateEvidence"/> stating the date, the kind and the legs, or why there is
/// no rate; nothing is dropped in silence.
/// </summary>
/// <remarks>
/// <para>The ECB publishes rates against the euro only, so USD/CNY is always a cross through EUR (CNY per EUR ÷ USD per
/// EUR of the same day): a derived rate, never an ECB reference rate.</para>
/// <para>A year's average is the mean of the daily crosses of every business day of the year in the file
/// (<see cref="ExchangeRateTable.TryGetAverageRate"/>). A year counts as complete in the file when the file has a rate in
/// its first week (1–7 January) and in its last four days (28–31 December): the ECB publishes every TARGET business day,
/// and each of those spans holds at least one.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
internal sealed class FxEvidence
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Evidence over rates read from an ECB file.</summary>
    /// <param name="rates">The rates.</param>
    /// <param name="fileName">The file's name, for the report's header (no directory).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FxEvidence(EcbReferenceRates rates, string fileName)
        : this(rates, fileName, isXml: false)
    {
    }

    private FxEvidence(EcbReferenceRates rates, string fileName, bool isXml)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(fileName);
        Rates = rates;
        Table = rates.ToTable();
        FileName = fileName;
        IsXml = isXml;
    }

    /// <summary>The rates read.</summary>
    public EcbReferenceRates Rates { get; }

    /// <summary>The table the look-ups use: named "ECB", pivot EUR, look-back <see cref="ExchangeRateTable.DefaultLookBackDays"/>.</summary>
    public ExchangeRateTable Table { get; }

    /// <summary>The file's name (no directory).</summary>
    public string FileName { get; }

    /// <summary>Whether the file read was XML (false for CSV, or when the rates were not read by <see cref="Load"/>).</summary>
    public bool IsXml { get; }

    /// <summary>The first day in the file.</summary>
    public DateOnly FirstDate => Rates.Dates[0];

    /// <summary>The last day in the file.</summary>
    public DateOnly LastDate => Rates.Dates[^1];

    /// <summary>The source in one line: "European Central Bank, euro foreign exchange reference rates (eurofxref-hist.csv, 2024-01-02 to 2026-04-13)".</summary>
    public string SourceLine => string.Create(Invariant, $"European Central Bank, euro foreign exchange reference rates ({FileName}, {Rates.Dates.Count} {(Rates.Dates.Count == 1 ? "day" : "days")}, {FirstDate:yyyy-MM-dd} to {LastDate:yyyy-MM-dd})");

    /// <summary>Reads an ECB file, XML (<c>eurofxref-daily.xml</c>, <c>eurofxref-hist.xml</c>) or CSV (<c>eurofxref-hist.csv</c>),
    /// telling them apart by content: XML starts with <c>&lt;</c>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The evidence over its rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/>, <see cref="DirectoryNotFoundException"/>…).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="EcbFormatException">The content is not an ECB rate file; the message names the line.</exception>
    public static FxEvidence Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        bool xml = FirstNonBlank(stream) == '<';
        stream.Position = 0;
        string name = Path.GetFileName(path);
        var rates = xml ? EcbReferenceRates.ReadXml(stream) : EcbReferenceRates.ReadCsv(stream);
        return new FxEvidence(rates, name, xml);
    }

    /// <summary>
    /// The rate from → to on <paramref name="date"/>, or on the latest day before it within the look-back (7 days), as the
    /// table finds it: for USD/CNY the cross through EUR of that day, with the EUR/USD and EUR/CNY legs.
    /// </summary>
    /// <param name="from">The currency converted from (USD).</param>
    /// <param name="to">The currency converted to (CNY).</param>
    /// <param name="date">The date asked.</param>
    /// <returns>The rate and its legs, or "no rate within the look-back of 7 days before DATE".</returns>
    /// <exception cref="ArgumentException">The currencies are the same.</exception>
    public RateEvidence CrossOn(Currency from, Currency to, DateOnly date)
    {
        CheckDifferent(from, to);
        string asked = string.Create(Invariant, $"on {date:yyyy-MM-dd}");
        var result = Table.Lookup(from, to, date);
        if (result.Rate is not { } rate)
        {
            string missing = string.Create(Invariant, $"no rate within the look-back of {Table.LookBackDays} days before {date:yyyy-MM-dd} (none from {date.AddDays(-Table.LookBackDays):yyyy-MM-dd} to {date:yyyy-MM-dd}) in {FileName}, which covers {FirstDate:yyyy-MM-dd} to {LastDate:yyyy-MM-dd}");
            return RateEvidence.None(from, to, asked, missing, Table.LookBackDays);
        }

        string? note = rate.Validity.Start == date
            ? null
            : string.Create(Invariant, $"no rate on {date:yyyy-MM-dd} ({WhyNoRate(date)}): the rate of the latest day before it within the look-back of {Table.LookBackDays} days");
        return RateEvidence.Of(asked, rate, note, Table.LookBackDays);
    }

    /// <summary>
    /// The average rate from → to over the calendar year <paramref name="year"/> (the year a figure is for), or, when the
    /// file does not hold that whole year, over the latest earlier year it holds whole; the evidence says which.
    /// </summary>
    /// <param name="from">The currency converted from (USD).</param>
    /// <param name="to">The currency converted to (CNY).</param>
    /// <param name="year">The year the figure is for.</param>
    /// <returns>The average with its first and last daily rates, or why there is none.</returns>
    /// <exception cref="ArgumentException">The currencies are the same.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public RateEvidence YearAverage(Currency from, Currency to, int year)
    {
        CheckDifferent(from, to);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        string asked = string.Create(Invariant, $"average of {year}");
        for (int y = year; y >= FirstDate.Year; y--)
        {
            if (!IsWholeYear(y))
            {
                continue;
            }

            if (Table.TryGetAverageRate(from, to, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), out var average))
            {
                string? note = y == year
                    ? null
                    : string.Create(Invariant, $"{year} is not complete in {FileName} (it covers {FirstDate:yyyy-MM-dd} to {LastDate:yyyy-MM-dd}): the latest complete year, {y}, is used");
                return RateEvidence.Of(string.Create(Invariant, $"average of {y}"), average, note, Table.LookBackDays);
            }
        }

        string missing = string.Create(Invariant, $"no complete year up to {year} with {from.Code} and {to.Code} rates in {FileName}, which covers {FirstDate:yyyy-MM-dd} to {LastDate:yyyy-MM-dd}");
        return RateEvidence.None(from, to, asked, missing, Table.LookBackDays);
    }

    /// <summary>When, in the file's history, the range of rates a statement implies was last current (<see cref="StaleConversion.Find"/>).</summary>
    /// <param name="implied">The range the statement's two amounts imply.</param>
    /// <param name="asOf">The statement's date.</param>
    /// <returns>The finding.</returns>
    public StaleConversion Stale(ExchangeRateRange implied, DateOnly asOf) => StaleConversion.Find(implied, Table, asOf);

    /// <summary>Whether the file holds the whole calendar year (a day in 1–7 January and one in 28–31 December).</summary>
    /// <param name="year">The year.</param>
    /// <returns>Whether it does.</returns>
    public bool IsWholeYear(int year)
    {
        if (year < 1 || year > 9999)
        {
            return false;
        }

        return HasDayIn(new DateOnly(year, 1, 1), new DateOnly(year, 1, 7)) && HasDayIn(new DateOnly(year, 12, 28), new DateOnly(year, 12, 31));
    }

    private string WhyNoRate(DateOnly date) => date switch
    {
        { DayOfWeek: DayOfWeek.Saturday or DayOfWeek.Sunday } => "a " + date.DayOfWeek.ToString(),
        _ when date > LastDate => string.Create(Invariant, $"after the file's last day, {LastDate:yyyy-MM-dd}"),
        _ => "a weekday without ECB rates in the file: an ECB closing day",
    };

    private bool HasDayIn(DateOnly first, DateOnly last)
    {
        foreach (var day in Rates.Dates)
        {
            if (day >= first && day <= last)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstNonBlank(Stream stream)
    {
        int b;
        do
        {
            b = stream.ReadByte();
        }
        while (b is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF); // blanks and a UTF-8 BOM
        return b;
    }

    private static void CheckDifferent(Currency from, Currency to)
    {
        if (from == to)
        {
            throw new ArgumentException($"{from.Code} to {to.Code} is the same currency: no exchange rate is needed.", nameof(to));
        }
    }
}
