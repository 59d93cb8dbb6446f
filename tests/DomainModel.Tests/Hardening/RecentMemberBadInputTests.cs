using System;
using System.IO;
using System.Text;
using System.Text.Json;
using DomainModel.Claims;
using DomainModel.Exchange;
using DomainModel.Serialization;
using DomainModel.Tests.Documents;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Hardening;

/// <summary>
/// Bad input to the members added most recently, each refused with its documented exception (type, parameter and
/// the offending value or the reason in the message) or with false from its <c>Try…</c>; the cases the members' own
/// tests do not already cover.
/// </summary>
public sealed class RecentMemberBadInputTests
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    private static readonly ResolvedPeriod Q3Of2025 = ResolvedPeriod.Parse("Q3 2025", AsOf);

    // ---- NewsNumberFormatter -------------------------------------------------------------------------------------

    [Theory]
    [InlineData(8)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void Formatter_UndefinedStyle_IsRefusedByEveryOverload_NamingTheStyle(int style)
    {
        string shown = style.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (Action call in (Action[])
            [
                () => NewsNumberFormatter.Format(1m, (NumberStyle)style),
                () => NewsNumberFormatter.FormatNews(1m, true, 2m, true, (NumberStyle)style),
                () => NewsNumberFormatter.FormatNews(1m, true, 2m, true, (NumberStyle)style, "USD"),
                () => NewsNumberFormatter.FormatInterval(1m, true, 2m, true, (NumberStyle)style),
            ])
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(call);
            Assert.Equal("style", e.ParamName);
            Assert.Contains(shown, e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-1)]
    public void Formatter_UndefinedRounding_IsRefused_NamingTheRounding(int rounding)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => NewsNumberFormatter.Format(1.5m, NumberStyle.News, (DisplayRounding)rounding));
        Assert.Equal("rounding", e.ParamName);
        Assert.Contains(rounding.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formatter_UndefinedLanguageOrPolicy_OrNoConventions_IsRefused()
    {
        Assert.Equal("language", Assert.Throws<ArgumentOutOfRangeException>(() => NewsNumberFormatter.Format(1m, (NewsLanguage)99, NumberConventions.English)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentOutOfRangeException>(() => NewsNumberFormatter.Format(1m, NewsLanguage.English, NumberConventions.English, (ScalePolicy)99)).ParamName);
        Assert.Equal("conventions", Assert.Throws<ArgumentNullException>(() => NewsNumberFormatter.Format(1m, NewsLanguage.English, (NumberConventions)null!)).ParamName);
    }

    // ---- ResolvedPeriod ------------------------------------------------------------------------------------------

    [Fact]
    public void ParseRelative_NullText_IsRefused_NamingTheText()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => ResolvedPeriod.ParseRelative(null!, Q3Of2025)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => ResolvedPeriod.ParseRelative(null!, Q3Of2025, FiscalCalendars.Microsoft)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the year of the dragon")]
    public void ParseRelative_BlankOrUnknownWords_AreRefused_AndTryParseRelativeIsFalse(string words)
    {
        var e = Assert.Throws<UnresolvedPeriodException>(() => ResolvedPeriod.ParseRelative(words, Q3Of2025));
        Assert.Contains("relative", e.Message, StringComparison.Ordinal);
        Assert.False(ResolvedPeriod.TryParseRelative(words, Q3Of2025, null, out var period));
        Assert.Equal(default, period);
    }

    [Fact]
    public void ParseRelative_ToBeforeYearOne_OfTheDefaultReference_IsRefused_NotWrapped()
    {
        // The default period is the first day of year 1: a year earlier has no days.
        var e = Assert.Throws<UnresolvedPeriodException>(() => ResolvedPeriod.ParseRelative("a year earlier", default));
        Assert.Contains("1 to 9999", e.Message, StringComparison.Ordinal);
        Assert.False(ResolvedPeriod.TryParseRelative("a year earlier", default, null, out _));
        var late = ResolvedPeriod.Stated(new DateRange(new DateOnly(9999, 1, 1), new DateOnly(9999, 12, 31)), AsOf, "made up: the last year there is");
        Assert.Throws<UnresolvedPeriodException>(() => ResolvedPeriod.ParseRelative("the following year", late));
        Assert.False(ResolvedPeriod.TryParseRelative("the following year", late, null, out _));
    }

    [Fact]
    public void Stated_NullOrBlankReason_IsRefused_NamingTheReason()
    {
        var span = new DateRange(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30));
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => ResolvedPeriod.Stated(span, AsOf, null!)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => ResolvedPeriod.Stated(span, AsOf, "")).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => ResolvedPeriod.Stated(span, AsOf, " \t")).ParamName);
    }

    [Fact]
    public void Stated_ASpanEndingBeforeItStarts_CannotBeMade()
    {
        // Stated takes a DateRange, which refuses from > to when it is made: no reversed period reaches Stated.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ResolvedPeriod.Stated(new DateRange(new DateOnly(2025, 9, 30), new DateOnly(2025, 7, 1)), AsOf, "reversed"));
        Assert.Equal("end", e.ParamName);
        Assert.Contains("before start 2025-09-30", e.Message, StringComparison.Ordinal);
    }

    // ---- RatePolicy ----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(-1)]
    [InlineData(367)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void RatePolicy_MaxAgeOutside0To366_IsRefused_NamingItAndTheRange(int maxAgeDays)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RatePolicy(maxAgeDays));
        Assert.Equal("maxAgeDays", e.ParamName);
        Assert.Contains("0 to 366", e.Message, StringComparison.Ordinal);
        Assert.Contains(maxAgeDays.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForStatement_NoTable_OrOneCurrency_IsRefused_NamingWhat()
    {
        // ForStatement named the null table "provider" (the parameter of RateOn it passed it to).
        var table = ExchangeRateTable.Empty;
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => new RatePolicy(7).ForStatement(null!, Currency.USD, Currency.CNY, DateRange.OfYear(2025), AsOf)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => new RatePolicy(7).ForStatement(table, Currency.CNY, Currency.CNY, DateRange.OfYear(2025), AsOf));
        Assert.Contains("CNY", e.Message, StringComparison.Ordinal);
        Assert.Contains("same currency", e.Message, StringComparison.Ordinal);
    }

    // ---- EcbReferenceRates.Read ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("hello\nworld\n", 1)]
    [InlineData("Date,USD,\n2025-12-05,abc,\n", 2)]
    [InlineData("Date,USD,\n2025-13-45,1.1645,\n", 2)]
    [InlineData("<?xml version=\"1.0\"?><gesmes:Envelope xmlns:gesmes=\"x\"><Cube><Cube time=\"2025-12-05\"><Cube currency=\"USD\" rate=\"x\"/></Cube></Cube></gesmes:Envelope>", 1)]
    public void Read_AFileOfBadContent_IsRefused_NamingTheLine(string content, int line)
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, content, new UTF8Encoding(false));
            var e = Assert.Throws<EcbFormatException>(() => EcbReferenceRates.Read(path));
            Assert.Equal(line, e.LineNumber);
            Assert.False(string.IsNullOrWhiteSpace(e.Problem));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_AnEmptyFile_IsRefused()
    {
        string path = Path.GetTempFileName();
        try
        {
            Assert.Throws<EcbFormatException>(() => EcbReferenceRates.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_AnEmptyPathOrAFolder_IsRefused_WithTheListedExceptions()
    {
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => EcbReferenceRates.Read(null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => EcbReferenceRates.Read("")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => EcbReferenceRates.ReadCsv("")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => EcbReferenceRates.ReadXml("")).ParamName);
        Assert.Throws<UnauthorizedAccessException>(() => EcbReferenceRates.ReadCsv(Path.GetTempPath()));
        Assert.Throws<UnauthorizedAccessException>(() => EcbReferenceRates.ReadXml(Path.GetTempPath()));
    }

    // ---- MoneyJsonForm -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    public void AddDomainModel_UndefinedMoneyForm_IsRefused_NamingIt_AndLeavesTheOptionsUnregistered(int form)
    {
        var options = new JsonSerializerOptions();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => options.AddDomainModel(CurrencyCatalog.Iso4217, [], (MoneyJsonForm)form));
        Assert.Equal("moneyForm", e.ParamName);
        Assert.Contains(form.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
        options.AddDomainModel(CurrencyCatalog.Iso4217); // the refusal registered nothing
        Assert.Equal("{\"amount\":1,\"currency\":\"USD\"}", JsonSerializer.Serialize(new Money(1m, Currency.USD), options));
    }

    // ---- CrossDocumentChecks.Timeline ----------------------------------------------------------------------------

    [Fact]
    public void Timeline_OfNoDocuments_IsEmpty_AndANullDocumentIsRefused()
    {
        var empty = CrossDocumentChecks.Timeline([]);
        Assert.Empty(empty.Findings);
        Assert.Empty(empty.Statements);
        Assert.Equal(0, empty.Claims);
        var one = CrossDocumentChecks.Timeline([DocumentFiles.Seed]);
        Assert.Empty(one.Findings);
        var e = Assert.Throws<ArgumentNullException>(() => CrossDocumentChecks.Timeline([DocumentFiles.Seed, null!]));
        Assert.Equal("documents", e.ParamName);
        Assert.Equal("documents", Assert.Throws<ArgumentNullException>(() => CrossDocumentChecks.Timeline(null!, 5)).ParamName);
        Assert.Equal("maxFindings", Assert.Throws<ArgumentOutOfRangeException>(() => CrossDocumentChecks.Timeline([DocumentFiles.Seed], int.MinValue)).ParamName);
    }

    // ---- FigureScanner.Enumerate ---------------------------------------------------------------------------------

    [Fact]
    public void Enumerate_BadArguments_AreRefused_WhenCalled_NamingTheParameter()
    {
        // Refused at the call, not at the first MoveNext: a bad argument does not wait for the first figure.
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => FigureScanner.Enumerate(null!, NewsLanguage.English, ScalePolicy.ShortScale)).ParamName);
        var language = Assert.Throws<ArgumentOutOfRangeException>(() => FigureScanner.Enumerate("5%", (NewsLanguage)99, ScalePolicy.ShortScale));
        Assert.Equal("language", language.ParamName);
        Assert.Contains("99", language.Message, StringComparison.Ordinal);
        Assert.Equal("policy", Assert.Throws<ArgumentOutOfRangeException>(() => FigureScanner.Enumerate("5%", NewsLanguage.English, (ScalePolicy)(-1))).ParamName);
        Assert.Empty(FigureScanner.Enumerate(string.Empty, NewsLanguage.Italian, ScalePolicy.ShortScale));
    }

    // ---- ClaimsDocument.MaxFileBytes -----------------------------------------------------------------------------

    [Fact]
    public void Load_ADocumentFileOverTheLimit_IsRefused_WithoutReadingItAll()
    {
        string directory = Path.Combine(Path.GetTempPath(), "claims-limit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string path = Path.Combine(directory, "huge.claims.json");
            using (var file = new FileStream(path, FileMode.Create))
            {
                file.SetLength(ClaimsDocument.MaxFileBytes + 1L); // sparse on most file systems
            }

            var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Load(path));
            Assert.Contains("67108864", e.Message, StringComparison.Ordinal);
            Assert.False(ClaimsDocument.TryLoad(path, out _, out var problem));
            Assert.Contains("67108864", problem!.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
