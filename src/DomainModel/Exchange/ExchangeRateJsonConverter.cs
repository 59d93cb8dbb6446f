using System.Text.Json;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel.Exchange;

/// <summary>
/// JSON for <see cref="ExchangeRate"/>:
/// <c>{"base":"USD","quote":"CNY","value":7.1234,"validity":"2025-12-05","kind":"spot","source":"ECB"}</c>. The legs
/// of a derived rate are not written (as in the text form): a rate read back has none and equals the original. JSON
/// <c>null</c> reads as a null reference. Codes are looked up in the catalog registered with
/// <see cref="DomainModelJson"/>. Applied by <c>[JsonConverter]</c>. Stateless and thread-safe.
/// </summary>
internal sealed class ExchangeRateJsonConverter() : JsonObjectConverter<ExchangeRate, ExchangeRateJsonConverter.Fields>(nameof(ExchangeRate), ["base", "quote", "value", "validity", "kind", "source"])
{
    internal static ExchangeRateJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, ExchangeRate value, JsonSerializerOptions options)
    {
        writer.WriteString(Encoded[0], value.Base.Code);
        writer.WriteString(Encoded[1], value.Quote.Code);
        JsonRead.WriteDecimal(writer, Encoded[2], value.Value, options);
        writer.WriteString(Encoded[3], value.Validity.ToString());
        JsonRead.WriteEnum(writer, Encoded[4], value.Kind);
        writer.WriteString(Encoded[5], value.Source);
    }

    /// <inheritdoc />
    protected override void ReadProperty(ref Fields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        switch (property)
        {
            case 0: fields.Base = CurrencyJsonConverter.Instance.Read(ref reader, typeof(Currency), options); break;
            case 1: fields.Quote = CurrencyJsonConverter.Instance.Read(ref reader, typeof(Currency), options); break;
            case 2: fields.Value = JsonRead.Decimal(ref reader, null); break;
            case 3: fields.Validity = RateValidityJsonConverter.Instance.Read(ref reader, typeof(RateValidity), options); break;
            case 4: fields.Kind = JsonRead.Enum<RateKind>(ref reader, null); break;
            default: fields.Source = JsonRead.String(ref reader, null, "who stated the rate, e.g. \"ECB\""); break;
        }
    }

    /// <inheritdoc />
    protected override ExchangeRate Create(ref Fields fields, JsonSerializerOptions options) =>
        new(fields.Base, fields.Quote, fields.Value, fields.Validity, fields.Kind, fields.Source!);

    /// <summary>What a rate object holds while it is read.</summary>
    internal struct Fields
    {
        internal Currency Base;
        internal Currency Quote;
        internal decimal Value;
        internal RateValidity Validity;
        internal RateKind Kind;
        internal string? Source;
    }
}
