using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DomainModel;
using DomainModel.Serialization;

namespace DomainModel.Benchmarks;

/// <summary>Money's text and JSON forms against decimal's own, on spans (UTF-16 and UTF-8).</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TextBenchmarks
{
    // Money writes "CNY " before the same digits; the dry run compares the digits' length with decimal's.
    private const int CodeAndSpace = 4;
    private readonly char[] _chars = new char[64];
    private readonly byte[] _bytes = new byte[64];
    private decimal _amount = 160_000_000_000.25m;
    private Money _money;
    private string _decimalText = "";
    private string _moneyText = "";
    private byte[] _decimalUtf8 = [];
    private byte[] _moneyUtf8 = [];
    private byte[] _decimalJson = [];
    private byte[] _moneyJson = [];
    private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(256);
    private Utf8JsonWriter _writer = null!;
    private readonly JsonSerializerOptions _compact = new JsonSerializerOptions().AddDomainModel(CurrencyCatalog.Iso4217, [], MoneyJsonForm.CompactString);
    private readonly JsonSerializerOptions _compactResolver = new JsonSerializerOptions { TypeInfoResolver = DomainModelJsonResolver.Default }.AddDomainModel(CurrencyCatalog.Iso4217, [], MoneyJsonForm.CompactString);
    private readonly System.Text.Json.Serialization.JsonConverter<Money> _converter = (System.Text.Json.Serialization.JsonConverter<Money>)JsonSerializerOptions.Default.GetConverter(typeof(Money));

    [GlobalSetup]
    public void Setup()
    {
        _money = new Money(_amount, Currency.CNY);
        _decimalText = _amount.ToString(CultureInfo.InvariantCulture);
        _moneyText = _money.ToString();
        _decimalUtf8 = Encoding.UTF8.GetBytes(_decimalText);
        _moneyUtf8 = Encoding.UTF8.GetBytes(_moneyText);
        _decimalJson = JsonSerializer.SerializeToUtf8Bytes(_amount);
        _moneyJson = JsonSerializer.SerializeToUtf8Bytes(_money);
        _writer = new Utf8JsonWriter(_buffer);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("FormatUtf16")]
    public int DecimalTryFormat() => _amount.TryFormat(_chars, out int n, default, CultureInfo.InvariantCulture) ? n : -1;

    [Benchmark, BenchmarkCategory("FormatUtf16")]
    public int MoneyTryFormat() => _money.TryFormat(_chars, out int n, default, null) ? n - CodeAndSpace : -1;

    [Benchmark(Baseline = true), BenchmarkCategory("FormatUtf8")]
    public int DecimalTryFormatUtf8() => _amount.TryFormat(_bytes, out int n, default, CultureInfo.InvariantCulture) ? n : -1;

    [Benchmark, BenchmarkCategory("FormatUtf8")]
    public int MoneyTryFormatUtf8() => _money.TryFormat(_bytes, out int n, default, null) ? n - CodeAndSpace : -1;

    [Benchmark(Baseline = true), BenchmarkCategory("ParseUtf16")]
    public decimal DecimalTryParse() => decimal.TryParse(_decimalText.AsSpan(), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal d) ? d : -1m;

    [Benchmark, BenchmarkCategory("ParseUtf16")]
    public decimal MoneyTryParse() => Money.TryParse(_moneyText.AsSpan(), null, out var m) ? m.Amount : -1m;

    [Benchmark(Baseline = true), BenchmarkCategory("ParseUtf8")]
    public decimal DecimalTryParseUtf8() => decimal.TryParse(_decimalUtf8, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal d) ? d : -1m;

    [Benchmark, BenchmarkCategory("ParseUtf8")]
    public decimal MoneyTryParseUtf8() => Money.TryParse(_moneyUtf8, null, out var m) ? m.Amount : -1m;

    [Benchmark(Baseline = true), BenchmarkCategory("JsonRoundTrip")]
    public decimal DecimalJson() => JsonSerializer.Deserialize<decimal>(JsonSerializer.SerializeToUtf8Bytes(_amount));

    [Benchmark, BenchmarkCategory("JsonRoundTrip")]
    public decimal MoneyJson() => JsonSerializer.Deserialize<Money>(JsonSerializer.SerializeToUtf8Bytes(_money)).Amount;

    // The opt-in compact form "CNY 160000000000.25" against the same raw baseline (a decimal through JsonSerializer),
    // with reflection-based options and with the resolver. The baseline leaves out the currency (its code written and
    // looked up again); it writes and reads a 15-byte number where the compact form is a 21-byte string.

    [Benchmark(Baseline = true), BenchmarkCategory("JsonRoundTripCompact")]
    public decimal DecimalJsonForCompact() => JsonSerializer.Deserialize<decimal>(JsonSerializer.SerializeToUtf8Bytes(_amount));

    [Benchmark, BenchmarkCategory("JsonRoundTripCompact")]
    public decimal MoneyJsonCompact() => JsonSerializer.Deserialize<Money>(JsonSerializer.SerializeToUtf8Bytes(_money, _compact), _compact).Amount;

    [Benchmark, BenchmarkCategory("JsonRoundTripCompact")]
    public decimal MoneyJsonCompactResolver() => JsonSerializer.Deserialize<Money>(JsonSerializer.SerializeToUtf8Bytes(_money, _compactResolver), _compactResolver).Amount;

    // The round trip in parts, to show where its time goes: the writer and the reader without the serializer.

    [Benchmark(Baseline = true), BenchmarkCategory("JsonWrite")]
    public int DecimalJsonWrite()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        _writer.WriteNumberValue(_amount);
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark, BenchmarkCategory("JsonWrite")]
    [ExpectedResult(nameof(MoneyJsonLength), "the documented object is longer than the bare number")]
    public int MoneyJsonWrite()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        _converter.Write(_writer, _money, JsonSerializerOptions.Default);
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    public int MoneyJsonLength() => Encoding.UTF8.GetByteCount("{\"amount\":160000000000.25,\"currency\":\"CNY\"}");

    [Benchmark(Baseline = true), BenchmarkCategory("JsonRead")]
    public decimal DecimalJsonRead()
    {
        var reader = new Utf8JsonReader(_decimalJson);
        reader.Read();
        return reader.GetDecimal();
    }

    [Benchmark, BenchmarkCategory("JsonRead")]
    public decimal MoneyJsonRead()
    {
        var reader = new Utf8JsonReader(_moneyJson);
        reader.Read();
        return _converter.Read(ref reader, typeof(Money), JsonSerializerOptions.Default).Amount;
    }

    /// <summary>Only the reader's walk over the Money object's tokens: the floor for reading the object form.</summary>
    [Benchmark, BenchmarkCategory("JsonRead")]
    [ExpectedResult(nameof(MoneyJsonTokenCount), "start, name, number, name, string, end")]
    public int MoneyJsonTokensOnly()
    {
        var reader = new Utf8JsonReader(_moneyJson);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    public int MoneyJsonTokenCount() => 6;
}
