using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel.Exchange;

/// <summary>
/// Reads and writes an <see cref="ExchangeRate"/> as
/// <c>{"base":"USD","quote":"CNY","value":7.1234,"validity":"2025-12-05","kind":"Spot","source":"ECB"}</c>.
/// Applied to <see cref="ExchangeRate"/> by default; add an instance made with a <see cref="CurrencyCatalog"/> to
/// <see cref="JsonSerializerOptions.Converters"/> to read custom currencies.
/// </summary>
/// <remarks>
/// <para><b>Writing:</b> the value is a JSON number written exactly as held (scale kept), or a string when
/// <see cref="JsonSerializerOptions.NumberHandling"/> includes <see cref="JsonNumberHandling.WriteAsString"/>; the
/// validity is its ISO 8601 text (<c>"2025-12-05"</c>, <c>"2025-01-01/2025-12-31"</c>); the kind is the
/// <see cref="RateKind"/> member name. <see cref="ExchangeRate.Legs"/> are not written (as in the text form): a rate
/// read back has no legs, and equals the original, since legs are not part of equality.</para>
/// <para><b>Reading:</b> all six properties are required, each once; unknown properties, wrong token types, unknown
/// codes and a rate the constructor refuses (equal currencies, value out of range…) throw <see cref="JsonException"/>
/// whose message ends with the JSON path of the fault. JSON null reads as a null reference.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ExchangeRateJsonConverter : JsonConverter<ExchangeRate>
{
    private const string TypeName = nameof(ExchangeRate);
    private const string Allowed = "\"base\", \"quote\", \"value\", \"validity\", \"kind\" and \"source\"";
    private static readonly JsonEncodedText BaseName = JsonEncodedText.Encode("base");
    private static readonly JsonEncodedText QuoteName = JsonEncodedText.Encode("quote");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText ValidityName = JsonEncodedText.Encode("validity");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("source");

    /// <summary>A converter that knows the ISO 4217 currencies.</summary>
    public ExchangeRateJsonConverter()
        : this(CurrencyCatalog.Iso4217)
    {
    }

    /// <summary>A converter that also knows the custom currencies of <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog to look codes up in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public ExchangeRateJsonConverter(CurrencyCatalog catalog) => Catalog = Preconditions.CheckNotNull(catalog);

    /// <summary>The catalog codes are looked up in.</summary>
    public CurrencyCatalog Catalog { get; }

    /// <summary>Reads a rate object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type (<see cref="ExchangeRate"/>).</param>
    /// <param name="options">The options (case-insensitivity of names).</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid rate object; the message names the path and what is wrong.</exception>
    public override ExchangeRate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        JsonRead.StartObject(ref reader, TypeName, "{\"base\":…,\"quote\":…,\"value\":…,\"validity\":…,\"kind\":…,\"source\":…}");
        Currency? @base = null, quote = null;
        decimal? value = null;
        RateValidity? validity = null;
        RateKind? kind = null;
        string? source = null;
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            if (JsonRead.Is(name, "base", options))
            {
                JsonRead.CheckOnce(@base is not null, name, TypeName);
                @base = CurrencyJsonConverter.ReadMember(ref reader, name, Catalog);
            }
            else if (JsonRead.Is(name, "quote", options))
            {
                JsonRead.CheckOnce(quote is not null, name, TypeName);
                quote = CurrencyJsonConverter.ReadMember(ref reader, name, Catalog);
            }
            else if (JsonRead.Is(name, "value", options))
            {
                JsonRead.CheckOnce(value is not null, name, TypeName);
                value = JsonRead.Decimal(ref reader, name);
            }
            else if (JsonRead.Is(name, "validity", options))
            {
                JsonRead.CheckOnce(validity is not null, name, TypeName);
                validity = RateValidityJsonConverter.ReadCore(ref reader, name);
            }
            else if (JsonRead.Is(name, "kind", options))
            {
                JsonRead.CheckOnce(kind is not null, name, TypeName);
                kind = JsonRead.Enum<RateKind>(ref reader, name);
            }
            else if (JsonRead.Is(name, "source", options))
            {
                JsonRead.CheckOnce(source is not null, name, TypeName);
                source = JsonRead.String(ref reader, name, "who stated the rate, e.g. \"ECB\"");
            }
            else
            {
                throw JsonRead.Unknown(name, TypeName, Allowed);
            }
        }

        try
        {
            return new ExchangeRate(
                @base ?? throw JsonRead.Missing("base", TypeName),
                quote ?? throw JsonRead.Missing("quote", TypeName),
                value ?? throw JsonRead.Missing("value", TypeName),
                validity ?? throw JsonRead.Missing("validity", TypeName),
                kind ?? throw JsonRead.Missing("kind", TypeName),
                source ?? throw JsonRead.Missing("source", TypeName));
        }
        catch (ArgumentException e)
        {
            throw JsonRead.Invalid(TypeName, e, e.ParamName switch { "value" => "value", "source" => "source", "kind" => "kind", _ => null });
        }
    }

    /// <summary>Writes the rate object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The rate.</param>
    /// <param name="options">The options (<see cref="JsonSerializerOptions.NumberHandling"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/>, <paramref name="value"/> or <paramref name="options"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, ExchangeRate value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(value);
        Preconditions.CheckNotNull(options);
        writer.WriteStartObject();
        writer.WriteString(BaseName, value.Base.Code);
        writer.WriteString(QuoteName, value.Quote.Code);
        JsonRead.WriteDecimal(writer, ValueName, value.Value, options);
        writer.WriteString(ValidityName, value.Validity.ToString());
        writer.WriteString(KindName, value.Kind.ToString());
        writer.WriteString(SourceName, value.Source);
        writer.WriteEndObject();
    }
}
