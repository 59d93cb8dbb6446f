using System;
using System.Globalization;
using System.IO;
using DomainModel.Exchange;

namespace DomainModel.ArticleReport;

/// <summary>
/// The ECB euro reference-rate file the report was given, with the library's rate policy the checks use: which rate
/// answers a statement (<see cref="RatePolicy"/>: the rate of its date, else the latest earlier one up to
/// <see cref="MaxAgeDays"/> before; averages only over days up to its date) and when its implied rate was current
/// (<see cref="StaleConversion"/>). The report holds no rule of its own about rates.
/// </summary>
/// <remarks>Immutable.</remarks>
internal sealed class RateFile
{
    /// <summary>How many days before the as-of date a rate may be: a month (the shipped file ends 2026-04-13, 30 days
    /// before an article of 2026-05-13 whose rate it still answers).</summary>
    public const int MaxAgeDays = 31;

    private RateFile(EcbReferenceRates rates, string fileName)
    {
        Rates = rates;
        Table = rates.ToTable();
        FileName = fileName;
        Policy = new RatePolicy(MaxAgeDays);
    }

    /// <summary>The rates read.</summary>
    public EcbReferenceRates Rates { get; }

    /// <summary>The rates as a table: named "ECB", pivot EUR.</summary>
    public ExchangeRateTable Table { get; }

    /// <summary>The policy every rate of the report is chosen by.</summary>
    public RatePolicy Policy { get; }

    /// <summary>The file's name (no directory).</summary>
    public string FileName { get; }

    /// <summary>The first day in the file.</summary>
    public DateOnly FirstDate => Rates.Dates[0];

    /// <summary>The last day in the file.</summary>
    public DateOnly LastDate => Rates.Dates[^1];

    /// <summary>The source and the policy in one line.</summary>
    public string SourceLine => string.Create(CultureInfo.InvariantCulture, $"European Central Bank, euro foreign exchange reference rates ({FileName}, {Rates.Dates.Count} {(Rates.Dates.Count == 1 ? "day" : "days")}, {FirstDate:yyyy-MM-dd} to {LastDate:yyyy-MM-dd}); {Policy}");

    /// <summary>Reads an ECB file, XML or CSV (<see cref="EcbReferenceRates.Read(string, CurrencyCatalog?)"/> tells them apart by content).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The rates and the policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="EcbFormatException">The content is not an ECB rate file; the message names the line.</exception>
    public static RateFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new RateFile(EcbReferenceRates.Read(path), Path.GetFileName(path));
    }
}
