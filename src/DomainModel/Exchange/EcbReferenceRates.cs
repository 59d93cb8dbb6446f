using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel.Exchange;

/// <summary>
/// The European Central Bank's euro foreign exchange reference rates, read from the files the ECB publishes: the daily
/// and historical XML (<c>eurofxref-daily.xml</c>, <c>eurofxref-hist.xml</c>: <c>gesmes:Envelope / Cube / Cube time /
/// Cube currency rate</c>) and the historical CSV (<c>eurofxref-hist.csv</c>: a <c>Date,USD,JPY,…,</c> header, one row per
/// day, <c>N/A</c> where a currency had no rate). Nothing is fetched from the network: the caller supplies the file.
/// </summary>
/// <remarks>
/// <para>Every rate is <c>EUR/XXX</c> (1 euro = value units of the currency), of kind <see cref="RateKind.OfficialReference"/>,
/// valid on its day, with source <c>"ECB"</c>.</para>
/// <para><b>Unknown codes:</b> a well-formed code that is neither in ISO 4217 (current or historic: CYP, SIT, TRL… are
/// found) nor in the catalog passed is skipped, with all its rates, and listed in <see cref="SkippedCurrencyCodes"/>; the
/// caller decides whether that is acceptable. A malformed code is an error.</para>
/// <para><b>Errors:</b> anything else out of form throws <see cref="EcbFormatException"/> naming the line (and for XML the
/// element): malformed XML, a wrong root or namespace, a Cube where it does not belong or without its attributes, a bad
/// date or rate, a duplicate day or currency, a CSV row with the wrong number of cells, an empty cell (the ECB writes
/// <c>N/A</c>), no data at all.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class EcbReferenceRates
{
    /// <summary>The source name of every rate read: "ECB".</summary>
    public const string SourceName = "ECB";

    private const string GesmesNamespace = "http://www.gesmes.org/xml/2002-08-01";
    private const string EurofxrefNamespace = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref";

    private EcbReferenceRates(IReadOnlyList<ExchangeRate> rates, IReadOnlyList<DateOnly> dates, IReadOnlyList<string> skipped, EcbFileFormat format)
    {
        Format = format;
        Rates = rates;
        Dates = dates;
        SkippedCurrencyCodes = skipped;
    }

    /// <summary>The format the rates were read from.</summary>
    public EcbFileFormat Format { get; }

    /// <summary>The rates read, by date (ascending), then in the file's currency order.</summary>
    public IReadOnlyList<ExchangeRate> Rates { get; }

    /// <summary>The days in the file, ascending.</summary>
    public IReadOnlyList<DateOnly> Dates { get; }

    /// <summary>Well-formed currency codes that were not found and whose rates were skipped, ordinal order.</summary>
    public IReadOnlyList<string> SkippedCurrencyCodes { get; }

    /// <summary>A table of these rates named "ECB", triangulating through EUR, with the default look-back.</summary>
    /// <returns>The table.</returns>
    public ExchangeRateTable ToTable() => ExchangeRateTable.Empty.WithName(SourceName).WithPivot(Currency.EUR).With(Rates);

    /// <summary>Reads an ECB file of either format, telling them apart by content: XML (<c>eurofxref-daily.xml</c>,
    /// <c>eurofxref-hist.xml</c>) starts with <c>&lt;</c> after any blanks and UTF-8 byte-order mark; anything else is
    /// read as the CSV (<c>eurofxref-hist.csv</c>). The name of the file does not matter.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="catalog">Where to find codes that are not ISO 4217, or null for ISO only.</param>
    /// <returns>The rates, with the <see cref="Format"/> read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read (or is a folder).</exception>
    /// <exception cref="EcbFormatException">The content is malformed in the format it was taken for; the message names the line.</exception>
    public static EcbReferenceRates Read(string path, CurrencyCatalog? catalog = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        int first;
        do
        {
            first = stream.ReadByte();
        }
        while (first is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF); // blanks and a UTF-8 BOM
        stream.Position = 0;
        return first == '<' ? ReadXml(stream, catalog, path) : ReadCsv(stream, catalog, path);
    }

    /// <summary>Reads the daily or historical XML from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="catalog">Where to find codes that are not ISO 4217, or null for ISO only.</param>
    /// <returns>The rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read (or is a folder).</exception>
    /// <exception cref="EcbFormatException">The content is malformed; the message names the line and element.</exception>
    public static EcbReferenceRates ReadXml(string path, CurrencyCatalog? catalog = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return ReadXml(stream, catalog, path);
    }

    /// <summary>Reads the daily or historical XML from a stream (left open).</summary>
    /// <param name="stream">The XML.</param>
    /// <param name="catalog">Where to find codes that are not ISO 4217, or null for ISO only.</param>
    /// <returns>The rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="EcbFormatException">The content is malformed; the message names the line and element.</exception>
    public static EcbReferenceRates ReadXml(Stream stream, CurrencyCatalog? catalog = null)
    {
        Preconditions.CheckNotNull(stream);
        return ReadXml(stream, catalog, "stream");
    }

    /// <summary>Reads the historical CSV from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="catalog">Where to find codes that are not ISO 4217, or null for ISO only.</param>
    /// <returns>The rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read (or is a folder).</exception>
    /// <exception cref="EcbFormatException">The content is malformed; the message names the line.</exception>
    public static EcbReferenceRates ReadCsv(string path, CurrencyCatalog? catalog = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return ReadCsv(stream, catalog, path);
    }

    /// <summary>Reads the historical CSV from a stream (left open).</summary>
    /// <param name="stream">The CSV, UTF-8 (a BOM is accepted).</param>
    /// <param name="catalog">Where to find codes that are not ISO 4217, or null for ISO only.</param>
    /// <returns>The rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="EcbFormatException">The content is malformed; the message names the line.</exception>
    public static EcbReferenceRates ReadCsv(Stream stream, CurrencyCatalog? catalog = null)
    {
        Preconditions.CheckNotNull(stream);
        return ReadCsv(stream, catalog, "stream");
    }

    // ---- XML ----------------------------------------------------------------------------------------------

    private static EcbReferenceRates ReadXml(Stream stream, CurrencyCatalog? catalog, string sourceName)
    {
        catalog ??= CurrencyCatalog.Iso4217;
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new EcbFormatException(sourceName, e.LineNumber, e.LinePosition, null, "not well-formed XML: " + e.Message, e);
        }

        var builder = new Builder(catalog);
        var root = document.Root!;
        if (root.Name != XName.Get("Envelope", GesmesNamespace))
        {
            throw Error(sourceName, root, $"the root element is <{root.Name.LocalName}> in namespace '{root.Name.NamespaceName}'; expected <gesmes:Envelope> in '{GesmesNamespace}'");
        }

        XElement? outer = null;
        foreach (var child in root.Elements())
        {
            if (child.Name.NamespaceName == GesmesNamespace)
            {
                continue; // gesmes:subject, gesmes:Sender: metadata.
            }

            if (child.Name != XName.Get("Cube", EurofxrefNamespace))
            {
                throw Error(sourceName, child, $"unexpected element <{child.Name.LocalName}> in namespace '{child.Name.NamespaceName}'; the envelope holds gesmes metadata and one <Cube> in '{EurofxrefNamespace}'");
            }

            if (outer is not null)
            {
                throw Error(sourceName, child, "a second outer <Cube>; the envelope holds one");
            }

            outer = child;
        }

        if (outer is null)
        {
            throw Error(sourceName, root, $"no <Cube> element in namespace '{EurofxrefNamespace}': the file holds no rates");
        }

        foreach (var day in outer.Elements())
        {
            CheckCube(sourceName, day, "a <Cube time='yyyy-MM-dd'> per day");
            var timeAttribute = day.Attribute("time") ?? throw Error(sourceName, day, "a day <Cube> has no 'time' attribute");
            if (!DateOnly.TryParseExact(timeAttribute.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw Error(sourceName, day, $"time '{timeAttribute.Value}' is not a date in the form yyyy-MM-dd");
            }

            if (!builder.StartDay(date))
            {
                throw Error(sourceName, day, $"the day {timeAttribute.Value} appears twice");
            }

            bool any = false;
            foreach (var cube in day.Elements())
            {
                CheckCube(sourceName, cube, "a <Cube currency='…' rate='…'/> per currency");
                string code = (cube.Attribute("currency") ?? throw Error(sourceName, cube, "a currency <Cube> has no 'currency' attribute")).Value;
                string rate = (cube.Attribute("rate") ?? throw Error(sourceName, cube, $"the <Cube> of {code} has no 'rate' attribute")).Value;
                if (cube.HasElements)
                {
                    throw Error(sourceName, cube, $"the <Cube> of {code} has child elements; a currency <Cube> is empty");
                }

                string? error = builder.Add(date, code, rate);
                if (error is not null)
                {
                    throw Error(sourceName, cube, error);
                }

                any = true;
            }

            if (!any)
            {
                throw Error(sourceName, day, $"the day {timeAttribute.Value} has no currency <Cube>");
            }
        }

        return builder.Build(EcbFileFormat.Xml, () => Error(sourceName, outer, "the outer <Cube> holds no day"));
    }

    private static void CheckCube(string sourceName, XElement element, string expected)
    {
        if (element.Name != XName.Get("Cube", EurofxrefNamespace))
        {
            throw Error(sourceName, element, $"unexpected element <{element.Name.LocalName}>; expected {expected}");
        }
    }

    private static EcbFormatException Error(string sourceName, XElement element, string problem)
    {
        var info = (IXmlLineInfo)element;
        string attributes = string.Concat(element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => $" {a.Name.LocalName}='{a.Value}'"));
        return new EcbFormatException(sourceName, info.LineNumber, info.LinePosition, $"element <{element.Name.LocalName}{attributes}>", problem);
    }

    // ---- CSV ----------------------------------------------------------------------------------------------

    private static EcbReferenceRates ReadCsv(Stream stream, CurrencyCatalog? catalog, string sourceName)
    {
        catalog ??= CurrencyCatalog.Iso4217;
        var builder = new Builder(catalog);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        string? header = reader.ReadLine();
        if (header is null || header.Trim().Length == 0)
        {
            throw new EcbFormatException(sourceName, 1, 0, null, "the file is empty; expected a header 'Date,USD,JPY,…,'");
        }

        string[] columns = header.Split(',').Select(c => c.Trim()).ToArray();
        if (columns[0] != "Date")
        {
            throw new EcbFormatException(sourceName, 1, 0, "column 1", $"the header starts with '{columns[0]}'; expected 'Date'");
        }

        // A trailing comma leaves one empty last column; no other column may be unnamed.
        int named = columns.Length > 1 && columns[^1].Length == 0 ? columns.Length - 1 : columns.Length;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 1; i < named; i++)
        {
            if (!Currency.IsWellFormedIsoCode(columns[i]) && !catalog.TryFind(columns[i], out _))
            {
                throw new EcbFormatException(sourceName, 1, 0, Column(i, columns[i]), $"'{columns[i]}' is not a currency code (three upper-case letters)");
            }

            if (!seen.Add(columns[i]))
            {
                throw new EcbFormatException(sourceName, 1, 0, Column(i, columns[i]), $"the currency {columns[i]} appears twice in the header");
            }
        }

        if (named == 1)
        {
            throw new EcbFormatException(sourceName, 1, 0, null, "the header names no currency");
        }

        int lineNumber = 1;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            string[] cells = line.Split(',');
            if (cells.Length != columns.Length)
            {
                throw new EcbFormatException(sourceName, lineNumber, 0, null, Preconditions.Invariant($"the row has {cells.Length} cells; the header has {columns.Length}"));
            }

            string dateText = cells[0].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new EcbFormatException(sourceName, lineNumber, 0, "column 1 (Date)", $"'{dateText}' is not a date in the form yyyy-MM-dd");
            }

            if (!builder.StartDay(date))
            {
                throw new EcbFormatException(sourceName, lineNumber, 0, "column 1 (Date)", $"the day {dateText} appears twice");
            }

            for (int i = 1; i < cells.Length; i++)
            {
                string cell = cells[i].Trim();
                if (i >= named)
                {
                    if (cell.Length != 0)
                    {
                        throw new EcbFormatException(sourceName, lineNumber, 0, Column(i, string.Empty), $"'{cell}' in the unnamed column after the trailing comma; it must be empty");
                    }

                    continue;
                }

                if (cell == "N/A")
                {
                    continue;
                }

                if (cell.Length == 0)
                {
                    throw new EcbFormatException(sourceName, lineNumber, 0, Column(i, columns[i]), "an empty cell; the ECB writes N/A where a currency has no rate");
                }

                string? error = builder.Add(date, columns[i], cell);
                if (error is not null)
                {
                    throw new EcbFormatException(sourceName, lineNumber, 0, Column(i, columns[i]), error);
                }
            }
        }

        return builder.Build(EcbFileFormat.Csv, () => new EcbFormatException(sourceName, lineNumber, 0, null, "the file has a header but no rows"));
    }

    private static string Column(int index, string code) =>
        code.Length == 0 ? Preconditions.Invariant($"column {index + 1}") : Preconditions.Invariant($"column {index + 1} ({code})");

    /// <summary>Collects rates, day by day, with the checks both formats share.</summary>
    private sealed class Builder(CurrencyCatalog catalog)
    {
        private readonly List<ExchangeRate> _rates = [];
        private readonly HashSet<DateOnly> _dates = [];
        private readonly SortedSet<string> _skipped = new(StringComparer.Ordinal);
        private readonly HashSet<string> _codesOfDay = new(StringComparer.Ordinal);

        internal bool StartDay(DateOnly date)
        {
            _codesOfDay.Clear();
            return _dates.Add(date);
        }

        /// <summary>Adds one rate; returns why it is refused, or null.</summary>
        internal string? Add(DateOnly date, string code, string rateText)
        {
            if (!_codesOfDay.Add(code))
            {
                return FormattableString.Invariant($"the currency {code} appears twice on {date:yyyy-MM-dd}");
            }

            if (!catalog.TryFind(code, out var currency))
            {
                if (!Currency.IsWellFormedIsoCode(code))
                {
                    return $"'{code}' is not a currency code (three upper-case letters)";
                }

                _skipped.Add(code);
                return null;
            }

            if (currency == Currency.EUR || currency == Currency.XXX)
            {
                return $"a rate for {code}; ECB rates are euro against other, real currencies";
            }

            if (!decimal.TryParse(rateText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
            {
                return $"rate '{rateText}' of {code} is not a decimal number (digits and a point)";
            }

            string? error = RatePrecision.Check(value);
            if (error is not null)
            {
                return $"rate '{rateText}' of {code} is refused: {error}";
            }

            _rates.Add(ExchangeRate.Trusted(Currency.EUR, currency, value, new RateValidity(date), RateKind.OfficialReference, EcbReferenceRates.SourceName));
            return null;
        }

        internal EcbReferenceRates Build(EcbFileFormat format, Func<EcbFormatException> noData)
        {
            if (_dates.Count == 0)
            {
                throw noData();
            }

            var rates = _rates.OrderBy(r => r.Validity.Start).ToArray(); // stable: keeps the file's currency order
            return new EcbReferenceRates(rates, _dates.Order().ToArray(), _skipped.ToArray(), format);
        }
    }
}
