using System;
using System.IO;
using System.Linq;
using System.Text;
using DomainModel;
using DomainModel.Exchange;
using Xunit;

namespace DomainModel.Tests.Exchange;

/// <summary>Reading the ECB's published formats: the sample files in Exchange/Data and every malformed line or element.</summary>
public sealed class EcbReferenceRatesTests
{
    private const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
        	<gesmes:subject>Reference rates</gesmes:subject>
        """;

    private const string Tail = "\n</gesmes:Envelope>\n";

    internal static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "Exchange", "Data", file);

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    private static EcbReferenceRates Xml(string cubes) => EcbReferenceRates.ReadXml(Stream(Head + "\n" + cubes + Tail));

    private static EcbReferenceRates Csv(string text) => EcbReferenceRates.ReadCsv(Stream(text));

    // ---- Sample files: real ECB rows (see Exchange/Data/README.md) ---------------------------------------

    /// <summary>The rates a line of the ECB's CSV holds, counted from the text: every cell after the date that is not N/A.</summary>
    private static int RatesIn(string csvLine) => csvLine.Split(',').Skip(1).Count(c => c.Length > 0 && c != "N/A");

    private static string[] CsvLines() => File.ReadAllLines(DataPath("eurofxref-hist.csv"));

    [Fact]
    public void ReadXml_DailyFile()
    {
        var ecb = EcbReferenceRates.ReadXml(DataPath("eurofxref-daily.xml"));
        Assert.Equal(new[] { new DateOnly(2025, 12, 5) }, ecb.Dates);
        Assert.Equal(RatesIn(CsvLines()[1]), ecb.Rates.Count); // 30 on 2025-12-05
        Assert.Equal("EUR/USD 1.1645 2025-12-05 OfficialReference ECB", ecb.Rates[0].ToString());
        Assert.Equal("EUR/JPY 180.76 2025-12-05 OfficialReference ECB", ecb.Rates[1].ToString());
        Assert.Equal("EUR/GBP 0.8727 2025-12-05 OfficialReference ECB", Assert.Single(ecb.Rates, r => r.Quote == Currency.GBP).ToString());
        Assert.Equal(8.2333m, Assert.Single(ecb.Rates, r => r.Quote == Currency.CNY).Value);
        Assert.All(ecb.Rates, r => Assert.Equal(Currency.EUR, r.Base));
        Assert.Empty(ecb.SkippedCurrencyCodes);
    }

    [Fact]
    public void ReadXml_HistoricalFile_WithAHistoricCurrency()
    {
        var ecb = EcbReferenceRates.ReadXml(DataPath("eurofxref-hist.xml"));
        Assert.Equal(new[] { new DateOnly(2007, 12, 31), new DateOnly(2025, 12, 3), new DateOnly(2025, 12, 4), new DateOnly(2025, 12, 5) }, ecb.Dates);
        Assert.Equal(CsvLines().Skip(1).Sum(RatesIn), ecb.Rates.Count); // 3 × 30 + 34
        var cyp = Assert.Single(ecb.Rates, r => r.Quote.Code == "CYP");
        Assert.True(cyp.Quote.IsHistoric);
        Assert.Equal(0.585274m, cyp.Value);
        Assert.Empty(ecb.SkippedCurrencyCodes);
    }

    [Fact]
    public void ReadCsv_HistoricalFile_SkipsNA()
    {
        string[] lines = CsvLines();
        var ecb = EcbReferenceRates.ReadCsv(DataPath("eurofxref-hist.csv"));
        Assert.Equal(lines.Length - 1, ecb.Dates.Count);
        Assert.Equal(lines.Skip(1).Sum(RatesIn), ecb.Rates.Count);
        Assert.Single(ecb.Rates, r => r.Quote.Code == "CYP"); // N/A in 2025: Cyprus adopted the euro in 2008
        Assert.Empty(ecb.SkippedCurrencyCodes);
        var fifth = ecb.Rates.Where(r => r.Validity.Start == new DateOnly(2025, 12, 5)).ToDictionary(r => r.Quote.Code, r => r.Value);
        Assert.Equal(1.1645m, fifth["USD"]);
        Assert.Equal(180.76m, fifth["JPY"]);
        Assert.Equal(8.2333m, fifth["CNY"]);
        Assert.Equal(0.8727m, fifth["GBP"]);
    }

    [Fact]
    public void XmlAndCsv_AgreeOnEveryRate()
    {
        var xml = EcbReferenceRates.ReadXml(DataPath("eurofxref-hist.xml")).Rates;
        var csv = EcbReferenceRates.ReadCsv(DataPath("eurofxref-hist.csv")).Rates;
        Assert.Equal(xml.OrderBy(r => r.ToString(), StringComparer.Ordinal), csv.OrderBy(r => r.ToString(), StringComparer.Ordinal));
    }

    [Fact]
    public void ToTable_TriangulatesThroughEur_AndLooksBackOverTheWeekend()
    {
        var table = EcbReferenceRates.ReadCsv(DataPath("eurofxref-hist.csv")).ToTable();
        Assert.Equal("ECB", table.Name);
        Assert.Equal(Currency.EUR, table.Pivot);
        var usdCny = table.GetRate(Currency.USD, Currency.CNY, new DateOnly(2025, 12, 7));
        Assert.Equal(new RateValidity(new DateOnly(2025, 12, 5)), usdCny.Validity);
        Assert.Equal(RateKind.Derived, usdCny.Kind); // a cross through EUR, not an ECB reference rate
        Assert.Equal(7.0702447402318591670m, usdCny.Value); // 8.2333 / 1.1645 to 20 significant digits
        Assert.Equal(["EUR/USD 1.1645 2025-12-05 OfficialReference ECB", "EUR/CNY 8.2333 2025-12-05 OfficialReference ECB"], usdCny.Legs.Select(l => l.ToString()));
        var implied = ExchangeRateRange.Implied(
            Estimate.Rounded(new DomainModel.Money(23_000_000_000m, Currency.USD), 1_000_000_000m),
            Estimate.Exactly(new DomainModel.Money(160_000_000_000m, Currency.CNY)),
            new RateValidity(new DateOnly(2025, 12, 7)),
            "Financial Times");
        Assert.True(implied.Contains(usdCny)); // the ECB's USD/CNY of that week lies in the article's implied range
    }

    [Fact]
    public void Read_TellsXmlFromCsvByContent_NotByName()
    {
        Assert.Equal(EcbFileFormat.Xml, EcbReferenceRates.Read(DataPath("eurofxref-hist.xml")).Format);
        Assert.Equal(EcbFileFormat.Csv, EcbReferenceRates.Read(DataPath("eurofxref-hist.csv")).Format);
        Assert.Equal(EcbReferenceRates.ReadCsv(DataPath("eurofxref-hist.csv")).Rates, EcbReferenceRates.Read(DataPath("eurofxref-hist.csv")).Rates);

        // The daily XML under a .csv name, after a UTF-8 byte-order mark: still XML.
        string path = Path.Combine(Path.GetTempPath(), "ecb-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(DataPath("eurofxref-daily.xml"))]);
            var read = EcbReferenceRates.Read(path);
            Assert.Equal(EcbFileFormat.Xml, read.Format);
            Assert.Equal(EcbReferenceRates.ReadXml(DataPath("eurofxref-daily.xml")).Rates, read.Rates);
        }
        finally
        {
            File.Delete(path);
        }

        // Not an ECB file: refused, naming the file.
        var e = Assert.Throws<EcbFormatException>(() => EcbReferenceRates.Read(DataPath("README.md")));
        Assert.Contains("README.md", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => EcbReferenceRates.Read(null!));
        Assert.Throws<FileNotFoundException>(() => EcbReferenceRates.Read(DataPath("missing.xml")));
    }

    [Fact]
    public void Read_Stream_IsLeftOpen_AndPathErrorsNameTheFile()
    {
        using var stream = File.OpenRead(DataPath("eurofxref-daily.xml"));
        EcbReferenceRates.ReadXml(stream);
        Assert.True(stream.CanRead);
        var e = Assert.Throws<EcbFormatException>(() => EcbReferenceRates.ReadCsv(DataPath("eurofxref-daily.xml")));
        Assert.Contains("eurofxref-daily.xml, line 1", e.Message, StringComparison.Ordinal);
        Assert.Throws<FileNotFoundException>(() => EcbReferenceRates.ReadXml(DataPath("missing.xml")));
    }

    [Fact]
    public void UnknownCode_IsSkippedAndReported_OrFoundInACatalog()
    {
        const string cubes = "<Cube><Cube time='2025-12-05'><Cube currency='USD' rate='1.1645'/><Cube currency='XQG' rate='2.08'/></Cube></Cube>";
        var ecb = Xml(cubes);
        Assert.Equal(new[] { "XQG" }, ecb.SkippedCurrencyCodes);
        Assert.Single(ecb.Rates);
        var xcg = Currency.CreateCustom("XQG", 2, "Made-up Guilder");
        var withCatalog = EcbReferenceRates.ReadXml(Stream(Head + "\n" + cubes + Tail), CurrencyCatalog.Iso4217.With([xcg]));
        Assert.Empty(withCatalog.SkippedCurrencyCodes);
        Assert.Equal(xcg, withCatalog.Rates[1].Quote);
        var csv = Csv("Date,USD,XQG,\n2025-12-05,1.1645,2.08,\n");
        Assert.Equal(new[] { "XQG" }, csv.SkippedCurrencyCodes);
    }

    // ---- Malformed XML ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("<Cube><Cube time='2025-12-05'><Cube currency='USD' rate='1.1645'></Cube></Cube>", 0, "not well-formed XML")]
    [InlineData("<Other/>", 4, "unexpected element <Other>")]
    [InlineData("<Cube/><Cube/>", 4, "a second outer <Cube>")]
    [InlineData("<Cube></Cube>", 4, "the outer <Cube> holds no day")]
    [InlineData("<Cube>\n<Day time='2025-12-05'/></Cube>", 5, "unexpected element <Day>")]
    [InlineData("<Cube>\n<Cube><Cube currency='USD' rate='1.1645'/></Cube></Cube>", 5, "no 'time' attribute")]
    [InlineData("<Cube>\n<Cube time='05/12/2025'><Cube currency='USD' rate='1.1645'/></Cube></Cube>", 5, "time '05/12/2025' is not a date")]
    [InlineData("<Cube>\n<Cube time='2025-12-05'/></Cube>", 5, "has no currency <Cube>")]
    [InlineData("<Cube><Cube time='2025-12-05'><Cube currency='USD' rate='1.1645'/></Cube>\n<Cube time='2025-12-05'><Cube currency='USD' rate='1.1645'/></Cube></Cube>", 5, "the day 2025-12-05 appears twice")]
    [InlineData("<Cube><Cube time='2025-12-05'>\n<Cube rate='1.1645'/></Cube></Cube>", 5, "no 'currency' attribute")]
    [InlineData("<Cube><Cube time='2025-12-05'>\n<Cube currency='USD'/></Cube></Cube>", 5, "the <Cube> of USD has no 'rate' attribute")]
    [InlineData("<Cube><Cube time='2025-12-05'>\n<Cube currency='USD' rate='1,1645'/></Cube></Cube>", 5, "rate '1,1645' of USD is not a decimal number")]
    [InlineData("<Cube><Cube time='2025-12-05'>\n<Cube currency='USD' rate='0'/></Cube></Cube>", 5, "rate '0' of USD is refused: Rate value 0 is not positive")]
    [InlineData("<Cube><Cube time='2025-12-05'>\n<Cube currency='USD' rate='-1.1'/></Cube></Cube>", 5, "rate '-1.1' of USD is not a decimal number")]
    [InlineData("<Cube><Cube time='2025-12-05'>\n<Cube currency='USD' rate='1.12345678901234567890123'/></Cube></Cube>", 5, "significant digits")]
    [InlineData("<Cube><Cube time='2025-12-05'><Cube currency='USD' rate='1.1645'/>\n<Cube currency='USD' rate='1.1645'/></Cube></Cube>", 5, "the currency USD appears twice on 2025-12-05")]
    [InlineData("<Cube><Cube time='2025-12-05'>\n<Cube currency='usd' rate='1.1645'/></Cube></Cube>", 5, "'usd' is not a currency code")]
    [InlineData("<Cube><Cube time='2025-12-05'>\n<Cube currency='EUR' rate='1'/></Cube></Cube>", 5, "a rate for EUR; ECB rates are euro against other")]
    [InlineData("<Cube><Cube time='2025-12-05'>\n<Cube currency='XXX' rate='1'/></Cube></Cube>", 5, "a rate for XXX")]
    [InlineData("<Cube><Cube time='2025-12-05'>\n<Cube currency='USD' rate='1.1645'><Cube/></Cube></Cube></Cube>", 5, "has child elements")]
    public void ReadXml_Malformed_ThrowsNamingLineAndElement(string cubes, int line, string words)
    {
        var e = Assert.Throws<EcbFormatException>(() => Xml(cubes));
        Assert.Contains(words, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("stream, line ", e.Message, StringComparison.Ordinal);
        Assert.Equal("stream", e.SourceName);
        if (line > 0)
        {
            Assert.Equal(line, e.LineNumber);
            Assert.Contains("element <", e.Message, StringComparison.Ordinal);
            Assert.NotNull(e.Location);
        }
        else
        {
            Assert.True(e.LineNumber > 0);
            Assert.NotNull(e.InnerException);
        }
    }

    [Fact]
    public void ReadXml_WrongRoot_Throws()
    {
        var e = Assert.Throws<EcbFormatException>(() => EcbReferenceRates.ReadXml(Stream("<?xml version='1.0'?>\n<Envelope><Cube/></Envelope>")));
        Assert.Equal(2, e.LineNumber);
        Assert.Contains("expected <gesmes:Envelope>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadXml_NoCube_AndDtd_Throw()
    {
        var e = Assert.Throws<EcbFormatException>(() => Xml(string.Empty));
        Assert.Contains("no <Cube> element", e.Message, StringComparison.Ordinal);
        var dtd = Assert.Throws<EcbFormatException>(() => EcbReferenceRates.ReadXml(Stream("<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]><x/>")));
        Assert.Contains("not well-formed XML", dtd.Message, StringComparison.Ordinal);
        Assert.Equal("stream", Assert.Throws<ArgumentNullException>(() => EcbReferenceRates.ReadXml((Stream)null!)).ParamName);
    }

    // ---- Malformed CSV ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("", 1, "the file is empty")]
    [InlineData("Day,USD,\n2025-12-05,1.1645,\n", 1, "the header starts with 'Day'")]
    [InlineData("Date,\n", 1, "the header names no currency")]
    [InlineData("Date,USD,Yen,\n", 1, "column 3 (Yen): 'Yen' is not a currency code")]
    [InlineData("Date,USD,,JPY,\n", 1, "column 3: '' is not a currency code")]
    [InlineData("Date,USD,USD,\n", 1, "column 3 (USD): the currency USD appears twice in the header")]
    [InlineData("Date,USD,\n", 1, "the file has a header but no rows")]
    [InlineData("Date,USD,JPY,\n2025-12-05,1.1645,\n", 2, "the row has 3 cells; the header has 4")]
    [InlineData("Date,USD,JPY,\n2025-12-05,1.1645,180.85,\n05 December 2025,1.1645,180.85,\n", 3, "column 1 (Date): '05 December 2025' is not a date")]
    [InlineData("Date,USD,JPY,\n2025-12-05,1.1645,180.85,\n2025-12-05,1.1645,180.85,\n", 3, "the day 2025-12-05 appears twice")]
    [InlineData("Date,USD,JPY,\n2025-12-05,1.1645,,\n", 2, "column 3 (JPY): an empty cell; the ECB writes N/A")]
    [InlineData("Date,USD,JPY,\n2025-12-05,1.1645,n/a,\n", 2, "column 3 (JPY): rate 'n/a' of JPY is not a decimal number")]
    [InlineData("Date,USD,JPY,\n2025-12-05,1.1645,0,\n", 2, "column 3 (JPY): rate '0' of JPY is refused: Rate value 0 is not positive")]
    [InlineData("Date,USD,JPY,\n2025-12-05,1.1645,1e3,\n", 2, "rate '1e3' of JPY is not a decimal number")]
    [InlineData("Date,USD,JPY,\n2025-12-05,1.1645,2000000000000,\n", 2, "outside the accepted range")]
    [InlineData("Date,USD,JPY,\n2025-12-05,1.1645,180.85,7\n", 2, "column 4: '7' in the unnamed column")]
    [InlineData("Date,USD,EUR,\n2025-12-05,1.1645,1,\n", 2, "a rate for EUR")]
    public void ReadCsv_Malformed_ThrowsNamingTheLine(string text, int line, string words)
    {
        var e = Assert.Throws<EcbFormatException>(() => Csv(text));
        Assert.Equal(line, e.LineNumber);
        Assert.Contains(FormattableString.Invariant($"stream, line {line}"), e.Message, StringComparison.Ordinal);
        Assert.Contains(words, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCsv_BlankLinesAndSpaces_AreTolerated()
    {
        var ecb = Csv("\uFEFFDate, USD, JPY\r\n2025-12-05, 1.1645, 180.85\r\n\r\n");
        Assert.Equal(2, ecb.Rates.Count);
        Assert.Equal(180.85m, ecb.Rates[1].Value);
    }
}
