using System;
using System.Globalization;
using System.Text;
using DomainModel.Text;
using DomainModel;
using DomainModel.Tests.Infrastructure;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Monetary;

/// <summary>Text: formats, the round trip, culture forms, accepted and refused inputs.</summary>
public sealed partial class MoneyTests
{
    private static readonly CultureInfo Italian = TestCultures.Get("it-IT");
    private static readonly CultureInfo AmericanEnglish = TestCultures.Get("en-US");

    private static readonly MoneyParseOptions WithXcg = MoneyParseOptions.Default.WithCatalog(TextArbitraries.Catalog);

    // ---- Laws ------------------------------------------------------------------------------------------------

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 300)]
    public bool Parse_OfToString_IsTheSameValueWithTheSameScale(Money m)
    {
        var back = Money.Parse(m.ToString(), null, WithXcg);
        return back == m && back.Currency == m.Currency && back.ToString() == m.ToString() && back.Amount.Scale == m.Amount.Scale;
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 200)]
    public bool TryFormat_Utf16_RoundTripsThroughTryParse(Money m)
    {
        Span<char> buffer = stackalloc char[64];
        return m.TryFormat(buffer, out int written, default, null)
            && buffer[..written].SequenceEqual(m.ToString())
            && Money.TryParse(buffer[..written], null, WithXcg, out var back)
            && back.ToString() == m.ToString();
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 200)]
    public bool TryFormat_Utf8_RoundTripsThroughTryParse(Money m)
    {
        Span<byte> buffer = stackalloc byte[64];
        return m.TryFormat(buffer, out int written, "R", null)
            && Encoding.UTF8.GetString(buffer[..written]) == m.ToString()
            && Money.TryParse(buffer[..written], null, WithXcg, out var back)
            && back.ToString() == m.ToString();
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 100)]
    public bool TryFormat_DestinationTooSmall_ReturnsFalseAndWritesNothing(Money m)
    {
        string text = m.ToString("C", Italian);
        Span<char> chars = stackalloc char[text.Length - 1];
        Span<byte> bytes = stackalloc byte[m.ToString().Length - 1];
        return !m.TryFormat(chars, out int charsWritten, "C", Italian) && charsWritten == 0
            && !m.TryFormat(bytes, out int bytesWritten, default, null) && bytesWritten == 0;
    }

    /// <summary>C and N text in a culture parses back, with that culture, to an equal amount (its scale padded to the minor
    /// units); the current culture, set to another one meanwhile, changes nothing.</summary>
    [IcuProperty(Arbitrary = new[] { typeof(DomainArbitraries), typeof(TextArbitraries) }, MaxTest = 300)]
    public bool CultureText_ParsesBackWithTheSameCulture_WhateverTheCurrentCulture(Money m, CultureInfo culture, CultureInfo current)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = current;
            string withCode = m.ToString("C", culture);
            string number = m.ToString("N", culture);
            var fromCode = Money.Parse(withCode, culture, WithXcg);
            var fromNumber = Money.Parse(number, culture, WithXcg.WithExpectedCurrency(m.Currency));
            int minScale = Math.Max(m.Currency.MinorUnits ?? 0, m.Amount.Scale);
            return fromCode == m && fromCode.Currency == m.Currency && fromCode.Amount.Scale == minScale
                && fromNumber == m && fromNumber.Amount.Scale == minScale
                && withCode == m.Currency.Code + " " + number
                && m.ToString() == string.Create(CultureInfo.InvariantCulture, $"{m.Currency.Code} {m.Amount}");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [IcuProperty(Arbitrary = new[] { typeof(DomainArbitraries), typeof(TextArbitraries) }, MaxTest = 100)]
    public bool RoundTripFormats_IgnoreTheProviderAndTheCurrentCulture(Money m, CultureInfo culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            string invariant = m.ToString();
            CultureInfo.CurrentCulture = culture;
            return m.ToString() == invariant && m.ToString("R", culture) == invariant && m.ToString("G", culture) == invariant
                && m.ToString(null, culture) == invariant && $"{m}" == invariant && string.Create(culture, $"{m}") == invariant
                && m.ToString("C", null) == m.ToString("C", CultureInfo.InvariantCulture);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    // ---- Formats -----------------------------------------------------------------------------------------------

    [IcuTheory]
    [InlineData("160000000000", "CNY", null, null, "CNY 160000000000")]
    [InlineData("23000000000", "USD", "R", "it-IT", "USD 23000000000")]
    [InlineData("-0.50", "USD", "G", "it-IT", "USD -0.50")]
    [InlineData("1.0", "USD", "", null, "USD 1.0")]
    [InlineData("160000000000", "CNY", "C", "it-IT", "CNY 160.000.000.000,00")]
    [InlineData("20000", "USD", "C", "it-IT", "USD 20.000,00")]
    [InlineData("20000", "USD", "C", "en-US", "USD 20,000.00")]
    [InlineData("20000", "USD", "C", null, "USD 20,000.00")]
    [InlineData("20000", "USD", "c0", "it-IT", "USD 20.000")]
    [InlineData("0.505", "USD", "C", "it-IT", "USD 0,505")]
    [InlineData("0.505", "USD", "C2", "it-IT", "USD 0,51")]
    [InlineData("1234.5", "JPY", "C", "ja-JP", "JPY 1,234.5")]
    [InlineData("1234", "JPY", "C", "ja-JP", "JPY 1,234")]
    [InlineData("1.5", "KWD", "C", "de-DE", "KWD 1,500")]
    [InlineData("1234.5", "XAU", "C", "de-DE", "XAU 1.234,5")]
    [InlineData("-1234.5", "CHF", "C", "fr-CH", "CHF -1\u202F234,50")]
    [InlineData("-1234.5", "CHF", "C", "de-CH", "CHF -1’234.50")]
    [InlineData("-1234.5", "SAR", "C", "ar-SA", "SAR \u061C-1\u066C234\u066B50")]
    [InlineData("20000", "USD", "N", "it-IT", "20.000,00")]
    [InlineData("20000", "USD", "n1", "it-IT", "20.000,0")]
    [InlineData("0.123456789", "USD", "N28", null, "0.1234567890000000000000000000")]
    public void ToString_Format_GivesTheDocumentedText(string amount, string code, string? format, string? culture, string expected)
    {
        var m = new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), Currency.FromCode(code));
        var provider = culture is null ? null : TestCultures.Get(culture);
        Assert.Equal(expected, m.ToString(format, provider));
        Span<char> chars = stackalloc char[80];
        Assert.True(m.TryFormat(chars, out int written, format, provider));
        Assert.Equal(expected, chars[..written].ToString());
        Span<byte> bytes = stackalloc byte[160];
        Assert.True(m.TryFormat(bytes, out int bytesWritten, format, provider));
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes[..bytesWritten]));
    }

    [Theory]
    [InlineData("X")]
    [InlineData("D")]
    [InlineData("RR")]
    [InlineData("C29")]
    [InlineData("N100")]
    [InlineData("C-1")]
    [InlineData("Cx")]
    public void ToString_UnknownFormat_ThrowsFormatExceptionNamingItAndTheAllowedOnes(string format)
    {
        var m = new Money(1m, Currency.USD);
        var e = Assert.Throws<DomainModelFormatException>(() => m.ToString(format, null));
        Assert.Contains($"'{format}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("R or G", e.Message, StringComparison.Ordinal);
        Assert.Contains("C0-C28", e.Message, StringComparison.Ordinal);
        Assert.Contains("N0-N28", e.Message, StringComparison.Ordinal);
        Assert.Throws<DomainModelFormatException>(() => m.TryFormat(new char[64], out _, format, null));
        Assert.Throws<DomainModelFormatException>(() => m.TryFormat(new byte[64], out _, format, null));
    }

    [Fact]
    public void TryFormat_RoundTripForm_DoesNotAllocate()
    {
        var m = new Money(-160000000000.25m, Currency.CNY);
        Span<char> chars = stackalloc char[64];
        Span<byte> bytes = stackalloc byte[64];
        m.TryFormat(chars, out _, default, null);
        m.TryFormat(bytes, out _, default, null);
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool ok = m.TryFormat(chars, out int c, default, null) & m.TryFormat(bytes, out int b, "R", null);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(ok);
        Assert.Equal(0, allocated);
        Assert.Equal("CNY -160000000000.25", chars[..c].ToString());
        Assert.Equal(c, b);
    }

    // ---- The article's figures --------------------------------------------------------------------------------

    [IcuFact]
    public void Article_160BillionYuan_And23BillionDollars_RoundTrip()
    {
        var yuan = new Money(160_000_000_000m, Currency.CNY);
        var dollars = new Money(23_000_000_000m, Currency.USD);
        Assert.Equal("CNY 160000000000", yuan.ToString());
        Assert.Equal("USD 23000000000", dollars.ToString());
        Assert.Equal(yuan, Money.Parse("CNY 160000000000"));
        Assert.Equal(yuan, Money.Parse("160000000000 CNY"));
        Assert.Equal(yuan, Money.Parse("CNY 160.000.000.000,00", Italian));
        Assert.Equal(dollars, Money.Parse("23.000.000.000 USD", Italian));
        Assert.Equal("USD 23.000.000.000,00", dollars.ToString("C", Italian));
    }

    [IcuFact]
    public void Article_20000DollarsPerUnit_ItalianTextWithExplicitUsd_Is20000Usd()
    {
        // "a un costo stimato di $ 20.000 per unità": the Italian group separator and an explicit USD.
        var price = Money.Parse("$ 20.000", Italian, Currency.USD);
        Assert.Equal(new Money(20_000m, Currency.USD), price);
        Assert.Equal("USD 20000", price.ToString());
        Assert.True(Money.TryParse("$ 20.000", Italian, Currency.USD, out var tried));
        Assert.Equal(price, tried);
    }

    [IcuFact]
    public void Article_20000DollarsPerUnit_WithoutTheCurrency_IsRefusedAsAmbiguous()
    {
        var e = Assert.Throws<DomainModelFormatException>(() => Money.Parse("$ 20.000", Italian));
        Assert.Contains("'$'", e.Message, StringComparison.Ordinal);
        Assert.Contains("ambiguous", e.Message, StringComparison.Ordinal);
        Assert.Contains("USD", e.Message, StringComparison.Ordinal);
        Assert.Contains("CAD", e.Message, StringComparison.Ordinal);
        Assert.Contains("it-IT", e.Message, StringComparison.Ordinal);
        Assert.False(Money.TryParse("$ 20.000", Italian, out var result));
        Assert.Equal(default, result);
    }

    [IcuFact]
    public void Article_20000DollarsPerUnit_ReadWithTheWrongCulture_IsTwentyDollars()
    {
        // The culture says which separator is which: en-US resolves $ but reads "20.000" as twenty.
        Assert.Equal("USD 20.000", Money.Parse("$ 20.000", AmericanEnglish).ToString());
    }

    // ---- Accepted and refused inputs --------------------------------------------------------------------------

    [IcuTheory]
    [InlineData("CNY 160000000000", null, null, "CNY 160000000000")]
    [InlineData("160000000000 CNY", null, null, "CNY 160000000000")]
    [InlineData("  USD -0.50\t", null, null, "USD -0.50")]
    [InlineData("USD\u00A0-0.50", null, null, "USD -0.50")]
    [InlineData("USD   1,000.5", null, null, "USD 1000.5")]
    [InlineData("-USD 5", null, null, "USD -5")]
    [InlineData("€20", null, null, "EUR 20")]
    [InlineData("€ 20", null, null, "EUR 20")]
    [InlineData("20 €", "it-IT", null, "EUR 20")]
    [InlineData("20.000,50€", "it-IT", null, "EUR 20000.50")]
    [InlineData("-€5", null, null, "EUR -5")]
    [InlineData("€-5", null, null, "EUR -5")]
    [InlineData("₹ 1,00,000", null, null, "INR 100000")]
    [InlineData("US$ 20,000", null, null, "USD 20000")]
    [InlineData("R$ 10", null, null, "BRL 10")]
    [InlineData("100 zł", null, null, "PLN 100")]
    [InlineData("$ 20.000", "it-IT", "USD", "USD 20000")]
    [InlineData("20.000", "it-IT", "USD", "USD 20000")]
    [InlineData("USD 20.000", "it-IT", "USD", "USD 20000")]
    [InlineData("$1,000", "en-US", null, "USD 1000")]
    [InlineData("¥1,000", "ja-JP", null, "JPY 1000")]
    [InlineData("￥1,000", "ja-JP", null, "JPY 1000")]
    [InlineData("¥1,000", "zh-CN", null, "CNY 1000")]
    [InlineData("¥1,000", null, "CNY", "CNY 1000")]
    [InlineData("£5", "en-GB", null, "GBP 5")]
    [InlineData("5 kr", "sv-SE", null, "SEK 5")]
    [InlineData("1\u202F234,50 CHF", "fr-CH", null, "CHF 1234.50")]
    [InlineData("CHF 1’234.50", "de-CH", null, "CHF 1234.50")]
    [InlineData("ر.س.\u200F 1\u066C234\u066B50", "ar-SA", null, "SAR 1234.50")]
    [InlineData("XQG 12.50", null, null, "XQG 12.50")]
    public void Parse_AcceptedText_GivesTheAmount(string text, string? culture, string? expected, string result)
    {
        var provider = culture is null ? null : TestCultures.Get(culture);
        var options = expected is null ? WithXcg : WithXcg.WithExpectedCurrency(Currency.FromCode(expected));
        Assert.Equal(result, Money.Parse(text, provider, options).ToString());
        Assert.True(Money.TryParse(text, provider, options, out var tried));
        Assert.Equal(result, tried.ToString());
        Assert.True(Money.TryParse(Encoding.UTF8.GetBytes(text), provider, options, out var utf8));
        Assert.Equal(result, utf8.ToString());
        Assert.Equal(result, Money.Parse(Encoding.UTF8.GetBytes(text), provider, options).ToString());
    }

    [IcuTheory]
    [InlineData("", null, null, "Empty", "empty")]
    [InlineData(" \t ", null, null, "Empty", "empty")]
    [InlineData("20000", null, null, "MissingCurrency", "'20000' has no currency")]
    [InlineData("USD", null, null, "MissingAmount", "but no amount")]
    [InlineData("€", null, null, "MissingAmount", "but no amount")]
    [InlineData("USD5", null, null, "MissingSeparator", "'USD' must be separated")]
    [InlineData("5USD", null, null, "MissingSeparator", "'USD' must be separated")]
    [InlineData("CNY160000000000", null, null, "MissingSeparator", "'CNY' must be separated")]
    [InlineData("usd 5", null, null, "MalformedCode", "'usd' in 'usd 5' is not a currency code")]
    [InlineData("5 Usd", null, null, "MalformedCode", "'Usd' in '5 Usd'")]
    [InlineData("ZZZ 5", null, null, "UnknownCode", "'ZZZ' in 'ZZZ 5' is not a currency code known")]
    [InlineData("ZZZ9 5", null, null, "UnknownCode", "'ZZZ9'")]
    [InlineData("dollars 5", null, null, "UnknownSymbol", "'dollars'")]
    [InlineData("5 #", null, null, "UnknownSymbol", "'#'")]
    [InlineData("$ 20.000", "it-IT", null, "AmbiguousSymbol", "'$' in '$ 20.000' is ambiguous")]
    [InlineData("$5", null, null, "AmbiguousSymbol", "the invariant culture does not resolve it")]
    [InlineData("¥1000", "it-IT", null, "AmbiguousSymbol", "JPY, CNY")]
    [InlineData("£5", null, null, "AmbiguousSymbol", "GBP, EGP, FKP")]
    [InlineData("₩5000", null, null, "AmbiguousSymbol", "KRW, KPW")]
    [InlineData("5 kr", "de-DE", null, "AmbiguousSymbol", "DKK, ISK, NOK, SEK")]
    [InlineData("$5", "fr", null, "AmbiguousSymbol", "ambiguous")]
    [InlineData("1.234,50 ر.س.\u200F", "de-DE", null, "UnknownSymbol", "neither a currency code nor a known currency symbol")]
    [InlineData("EUR 5", null, "USD", "CurrencyConflict", "not in USD, the expected currency")]
    [InlineData("€ 5", null, "USD", "CurrencyConflict", "is written for EUR")]
    [InlineData("¥ 5", null, "USD", "CurrencyConflict", "is written for JPY, CNY")]
    [InlineData("USD 1.2.3", null, null, "InvalidNumber", "'1.2.3' in 'USD 1.2.3' is not an amount in the number format of the invariant culture")]
    [InlineData("USD 1e5", null, null, "InvalidNumber", "no exponent")]
    [InlineData("USD 1 USD", null, null, "InvalidNumber", "'1 USD'")]
    [InlineData("USD 79228162514264337593543950336", null, null, "InvalidNumber", "within decimal's range")]
    [InlineData("-€-5", null, null, "InvalidNumber", "'-5'")]
    [InlineData("USD 20,00", "it-IT", null, null, null)] // accepted: comma is the Italian decimal separator
    public void Parse_RefusedText_FailsWithTheKindAndMessage(string text, string? culture, string? expected, string? kind, string? message)
    {
        var provider = culture is null ? null : TestCultures.Get(culture);
        var options = expected is null ? WithXcg : WithXcg.WithExpectedCurrency(Currency.FromCode(expected));
        var error = Money.TryParseCore(text, provider, options, out _, out _);
        if (kind is null)
        {
            Assert.Equal(ParseError.None, error);
            return;
        }

        Assert.Equal(Enum.Parse<ParseError>(kind), error);
        Assert.False(Money.TryParse(text, provider, options, out var result));
        Assert.Equal(default, result);
        Assert.False(Money.TryParse(Encoding.UTF8.GetBytes(text), provider, options, out _));
        var e = Assert.Throws<DomainModelFormatException>(() => Money.Parse(text, provider, options));
        Assert.Contains(message!, e.Message, StringComparison.Ordinal);
        var utf8 = Assert.Throws<DomainModelFormatException>(() => Money.Parse(Encoding.UTF8.GetBytes(text), provider, options));
        Assert.Equal(e.Message, utf8.Message);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull_TryParseReturnsFalse()
    {
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => Money.Parse(null!)).ParamName);
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => Money.Parse((string)null!, AmericanEnglish)).ParamName);
        Assert.False(Money.TryParse(null, out var result));
        Assert.False(Money.TryParse((string?)null, null, Currency.USD, out _));
        Assert.Equal(default, result);
    }

    [Fact]
    public void Parse_InvalidUtf8_IsRefusedWithoutThrowingFromTryParse()
    {
        byte[] bad = [(byte)'U', (byte)'S', (byte)'D', (byte)' ', 0xFF, (byte)'5'];
        Assert.False(Money.TryParse(bad, null, out _));
        var e = Assert.Throws<DomainModelFormatException>(() => Money.Parse(bad, null));
        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CustomCurrency_NeedsTheCatalog()
    {
        Assert.Equal(ParseError.UnknownCode, Money.TryParseCore("XQG 5", null, MoneyParseOptions.Default, out _, out _));
        var m = Money.Parse("XQG 5.00", null, TextArbitraries.Catalog);
        Assert.Equal(DomainArbitraries.Xcg, m.Currency);
        Assert.True(Money.TryParse("5.00 XQG", null, TextArbitraries.Catalog, out var tried));
        Assert.Equal(m, tried);
    }

    [Fact]
    public void Parse_NullOptionsOrCatalog_MeanTheDefaults()
    {
        Assert.Equal(new Money(5m, Currency.USD), Money.Parse("USD 5", null, (MoneyParseOptions?)null));
        Assert.Equal(new Money(5m, Currency.USD), Money.Parse("USD 5", null, (CurrencyCatalog?)null));
        Assert.True(Money.TryParse("USD 5".AsSpan(), null, null, out _));
    }

    [Fact]
    public void Parse_LongUtf8Text_IsDecodedWithoutTheStackBuffer()
    {
        string text = "USD " + new string(' ', 300) + "5";
        Assert.True(Money.TryParse(Encoding.UTF8.GetBytes(text), null, out var m));
        Assert.Equal(new Money(5m, Currency.USD), m);
    }

    [Fact]
    public void SymbolTable_NamesOnlyCurrentIsoCurrencies_AndUnambiguousSymbolsParseWithoutContext()
    {
        foreach (var (symbol, codes) in CurrencySymbols.All)
        {
            Assert.True(symbol.Length <= CurrencySymbols.MaxLength, symbol);
            foreach (string code in codes)
            {
                var currency = Currency.FromCode(code);
                Assert.False(currency.IsHistoric, $"{symbol}: {code} is historic");
            }

            var error = Money.TryParseCore(symbol + " 5", null, MoneyParseOptions.Default, out var m, out _);
            if (codes.Length == 1)
            {
                Assert.Equal(ParseError.None, error);
                Assert.Equal(codes[0], m.Currency.Code);
            }
            else
            {
                Assert.Equal(ParseError.AmbiguousSymbol, error);
                foreach (string code in codes)
                {
                    Assert.Equal(code, Money.Parse(symbol + " 5", null, Currency.FromCode(code)).Currency.Code);
                }
            }
        }
    }

    [Fact]
    public void ParseOptions_WithMethods_ReturnNewOptions()
    {
        var options = MoneyParseOptions.Default.WithExpectedCurrency(Currency.USD);
        Assert.Null(MoneyParseOptions.Default.ExpectedCurrency);
        Assert.Equal(Currency.USD, options.ExpectedCurrency);
        Assert.Same(CurrencyCatalog.Iso4217, options.Catalog);
        Assert.Same(TextArbitraries.Catalog, options.WithCatalog(TextArbitraries.Catalog).Catalog);
        Assert.Equal(Currency.USD, options.WithCatalog(TextArbitraries.Catalog).ExpectedCurrency);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => options.WithCatalog(null!)).ParamName);
    }
}
