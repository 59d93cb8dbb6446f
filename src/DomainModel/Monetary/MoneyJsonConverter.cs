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
/// The compact form <c>"CNY 160000000000.25"</c> is written when the registration asks for
/// <see cref="MoneyJsonForm.CompactString"/>, and always read. Applied by <c>[JsonConverter]</c>. Stateless and thread-safe.
/// </summary>
internal sealed class MoneyJsonConverter : JsonObjectConverter<Money, MoneyJsonConverter.Fields>
{
    // The longest custom code (ISO codes are 3 letters).
    private const int MaxCodeLength = 8;

    // The longest compact string read from the stack: a code, a space and a decimal (at most 31 characters written;
    // longer input, such as an exponent form, takes a string).
    private const int MaxCompactLength = 64;

    public MoneyJsonConverter()
        : base(nameof(Money), ["amount", "currency"])
    {
    }

    internal static MoneyJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(options);
        if (DomainModelJsonSettings.Of(options).MoneyForm == MoneyJsonForm.CompactString)
        {
            WriteCompact(writer, value);
            return;
        }

        base.Write(writer, value, options);
    }

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        JsonRead.WriteDecimal(writer, Encoded[0], value.Amount, options);
        writer.WriteString(Encoded[1], value.Currency.Code);
    }

    /// <summary>Writes <c>"CNY 160000000000.25"</c> from UTF-8 bytes on the stack (codes are ASCII).</summary>
    private static void WriteCompact(Utf8JsonWriter writer, Money value)
    {
        Span<byte> bytes = stackalloc byte[MaxCompactLength];
        string code = value.Currency.Code;
        for (int i = 0; i < code.Length; i++)
        {
            bytes[i] = (byte)code[i];
        }

        bytes[code.Length] = (byte)' ';
        bool written = value.Amount.TryFormat(bytes[(code.Length + 1)..], out int amountBytes, default, System.Globalization.NumberFormatInfo.InvariantInfo);
        System.Diagnostics.Debug.Assert(written, "A decimal is at most 31 characters.");
        writer.WriteStringValue(bytes[..(code.Length + 1 + amountBytes)]);
    }

    /// <inheritdoc />
    protected override bool TryReadOther(ref Utf8JsonReader reader, JsonSerializerOptions options, out Money value)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            value = default;
            return false;
        }

        value = ReadCompact(ref reader, DomainModelJsonSettings.Of(options).Catalog);
        return true;
    }

    /// <summary>Reads <c>"CNY 160000000000.25"</c>: a code the catalog knows, one space, an invariant number held exactly.</summary>
    private static Money ReadCompact(ref Utf8JsonReader reader, CurrencyCatalog catalog)
    {
        // The usual case, an unescaped known code, one space and a plain number of at most 19 digits, is read from the
        // UTF-8 bytes without a copy; anything else, and every failure, takes the general path below (which decides
        // every message). Both give the same amount (PlainDecimal reads what decimal.TryParse reads, scale included).
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            var utf8 = reader.ValueSpan;
            int gap = utf8.IndexOf((byte)' ');
            if (gap > 0 && PlainDecimal.TryParse(utf8[(gap + 1)..], out decimal amount) && TryFindCode(utf8[..gap], catalog, out var known))
            {
                return new Money(amount, known);
            }
        }

        Span<char> buffer = stackalloc char[MaxCompactLength];
        scoped ReadOnlySpan<char> text;
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length <= MaxCompactLength && System.Text.Ascii.IsValid(reader.ValueSpan))
        {
            var bytes = reader.ValueSpan;
            for (int i = 0; i < bytes.Length; i++)
            {
                buffer[i] = (char)bytes[i];
            }

            text = buffer[..bytes.Length];
        }
        else
        {
            text = reader.GetString();
        }

        int space = text.IndexOf(' ');
        if (space <= 0)
        {
            throw new JsonValueException(JsonRead.Invariant($"Expected Money as an object {{\"amount\":…,\"currency\":…}} or a compact string such as \"CNY 160000000000.25\" (a currency code, one space, an invariant number), not \"{text.ToString()}\"."), null);
        }

        var code = text[..space];
        if (!catalog.TryFind(code, out var currency) && !CurrencyJsonConverter.TryFind(code.ToString(), catalog, out currency, out string? error))
        {
            throw new JsonValueException(error, null);
        }

        return new Money(JsonRead.DecimalText(text[(space + 1)..], null), currency);
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
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped && TryFindCode(reader.ValueSpan, catalog, out var found))
        {
            return found;
        }

        string text = JsonRead.String(ref reader, null, "a currency code such as \"CNY\"");
        return CurrencyJsonConverter.TryFind(text, catalog, out var currency, out string? error) ? currency : throw new JsonValueException(error, null);
    }

    /// <summary>A code of 3-8 ASCII bytes that the catalog knows, looked up from the bytes widened on the stack (no string); false for anything else.</summary>
    private static bool TryFindCode(ReadOnlySpan<byte> utf8, CurrencyCatalog catalog, out Currency currency)
    {
        currency = default;
        if (utf8.Length is < 3 or > MaxCodeLength)
        {
            return false;
        }

        Span<char> code = stackalloc char[MaxCodeLength];
        bool ascii = true;
        for (int i = 0; i < utf8.Length; i++)
        {
            ascii &= utf8[i] < 0x80;
            code[i] = (char)utf8[i];
        }

        return ascii && catalog.TryFind(code[..utf8.Length], out currency);
    }

    /// <summary>What a Money object holds while it is read.</summary>
    internal struct Fields
    {
        internal decimal Amount;
        internal Currency Currency;
    }
}
