using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="Money"/>: <c>{"amount":160000000000,"currency":"CNY"}</c>. The amount is a JSON number written
/// exactly as held (scale kept), or a string when <see cref="JsonSerializerOptions.NumberHandling"/> asks for
/// <see cref="JsonNumberHandling.WriteAsString"/>; both are read, and an amount with more digits than decimal holds is
/// refused. Codes are looked up in the catalog registered with <see cref="DomainModelJson"/> (ISO 4217 when none is).
/// Applied by <c>[JsonConverter]</c>. Stateless and thread-safe.
/// </summary>
internal sealed class MoneyJsonConverter : JsonObjectConverter<Money, MoneyJsonConverter.Fields>
{
    // The longest custom code (ISO codes are 3 letters).
    private const int MaxCodeLength = 8;

    public MoneyJsonConverter()
        : base(nameof(Money), ["amount", "currency"])
    {
    }

    internal static MoneyJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        JsonRead.WriteDecimal(writer, Encoded[0], value.Amount, options);
        writer.WriteString(Encoded[1], value.Currency.Code);
    }

    /// <inheritdoc />
    protected override void ReadProperty(ref Fields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (property == 0)
        {
            fields.Amount = JsonRead.Decimal(ref reader, null);
        }
        else
        {
            fields.Currency = ReadCurrency(ref reader, DomainModelJsonSettings.Of(options).Catalog);
        }
    }

    /// <inheritdoc />
    protected override Money Create(ref Fields fields, JsonSerializerOptions options) => new(fields.Amount, fields.Currency);

    private static Currency ReadCurrency(ref Utf8JsonReader reader, CurrencyCatalog catalog)
    {
        // The usual case, an unescaped ASCII code of 3-8 characters, is looked up from the UTF-8 bytes without a string.
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length is >= 3 and <= MaxCodeLength)
        {
            var bytes = reader.ValueSpan;
            Span<char> code = stackalloc char[MaxCodeLength];
            bool ascii = true;
            for (int i = 0; i < bytes.Length; i++)
            {
                ascii &= bytes[i] < 0x80;
                code[i] = (char)bytes[i];
            }

            if (ascii && catalog.TryFind(code[..bytes.Length], out var found))
            {
                return found;
            }
        }

        string text = JsonRead.String(ref reader, null, "a currency code such as \"CNY\"");
        return CurrencyJsonConverter.TryFind(text, catalog, out var currency, out string? error) ? currency : throw new JsonValueException(error, null);
    }

    /// <summary>What a Money object holds while it is read.</summary>
    internal struct Fields
    {
        internal decimal Amount;
        internal Currency Currency;
    }
}
