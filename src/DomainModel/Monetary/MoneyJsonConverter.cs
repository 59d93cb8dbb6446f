using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// Reads and writes <see cref="Money"/> as <c>{"amount": 160000000000, "currency": "CNY"}</c>. Applied to
/// <see cref="Money"/> by default; add an instance made with a <see cref="CurrencyCatalog"/> to
/// <see cref="JsonSerializerOptions.Converters"/> to read custom currencies.
/// </summary>
/// <remarks>
/// <para><b>Writing:</b> the amount is a JSON number written exactly as held (all 28–29 digits, scale kept:
/// <c>1.50</c> stays <c>1.50</c>), because JSON numbers are what schemas and .NET, Java and Python decimal readers
/// expect. Consumers that parse JSON numbers as binary doubles (JavaScript's <c>JSON.parse</c>) lose digits beyond
/// about 15; for them set <see cref="JsonSerializerOptions.NumberHandling"/> to
/// <see cref="JsonNumberHandling.WriteAsString"/> and the amount is written as a string (<c>"160000000000"</c>).
/// The currency is its code.</para>
/// <para><b>Reading:</b> the amount may be a JSON number or a string holding an invariant decimal (whatever the
/// options say); property names match exactly (or ignoring case when
/// <see cref="JsonSerializerOptions.PropertyNameCaseInsensitive"/> is set). Null, a non-object, a missing, duplicate
/// or unknown property, a wrong token type, an amount outside decimal's range, and a malformed or unknown code
/// throw <see cref="JsonException"/>; its message ends with the JSON path of the fault (<c>Path: $.price.amount</c>)
/// and <see cref="JsonException.Path"/> is the path of the Money value (<c>$.price</c>).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    private const string AmountName = "amount";
    private const string CurrencyName = "currency";
    private static readonly JsonEncodedText AmountProperty = JsonEncodedText.Encode(AmountName);
    private static readonly JsonEncodedText CurrencyProperty = JsonEncodedText.Encode(CurrencyName);

    // Longest number token whose digits are checked on the stack; longer ones (never a decimal's own form) take a string.
    private const int StackNumberLength = 128;

    // A number token this long holds at most 28 digits.
    private const int ExactWithoutExponent = 28;

    // The longest custom code (ISO codes are 3 letters).
    private const int MaxCodeLength = 8;

    private static ReadOnlySpan<byte> AmountUtf8 => "amount"u8;

    private static ReadOnlySpan<byte> CurrencyUtf8 => "currency"u8;

    /// <summary>A converter that knows the ISO 4217 currencies.</summary>
    public MoneyJsonConverter()
        : this(CurrencyCatalog.Iso4217)
    {
    }

    /// <summary>A converter that also knows the custom currencies of <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog to look codes up in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public MoneyJsonConverter(CurrencyCatalog catalog) => Catalog = Preconditions.CheckNotNull(catalog);

    /// <summary>The catalog codes are looked up in.</summary>
    public CurrencyCatalog Catalog { get; }

    /// <summary>Reads a Money object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type (<see cref="Money"/>).</param>
    /// <param name="options">The options (case-insensitivity of names).</param>
    /// <returns>The amount.</returns>
    /// <exception cref="JsonException">The JSON is not a Money object; the message names the path and what is wrong.</exception>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw new MoneyJsonException(MoneyTextErrors.JsonNull, null);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new MoneyJsonException(MoneyTextErrors.JsonNotObject(reader.TokenType), null);
        }

        bool ignoreCase = options.PropertyNameCaseInsensitive;
        decimal? amount = null;
        Currency? currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            // Names are compared on the UTF-8 bytes (no string is made) unless case is to be ignored.
            string? name = ignoreCase ? reader.GetString()! : null;
            bool isAmount = ignoreCase ? string.Equals(name, AmountName, StringComparison.OrdinalIgnoreCase) : reader.ValueTextEquals(AmountUtf8);
            bool isCurrency = !isAmount && (ignoreCase ? string.Equals(name, CurrencyName, StringComparison.OrdinalIgnoreCase) : reader.ValueTextEquals(CurrencyUtf8));
            name ??= isAmount ? AmountName : isCurrency ? CurrencyName : reader.GetString()!;
            reader.Read();
            if (!isAmount && !isCurrency)
            {
                throw new MoneyJsonException(MoneyTextErrors.JsonUnknown(name), name);
            }

            if (isAmount)
            {
                if (amount is not null)
                {
                    throw new MoneyJsonException(MoneyTextErrors.JsonDuplicate(name), name);
                }

                amount = ReadAmount(ref reader, name);
            }
            else
            {
                if (currency is not null)
                {
                    throw new MoneyJsonException(MoneyTextErrors.JsonDuplicate(name), name);
                }

                currency = ReadCurrency(ref reader, Catalog, name);
            }
        }

        if (amount is not decimal a)
        {
            throw new MoneyJsonException(MoneyTextErrors.JsonMissing(AmountName), null);
        }

        if (currency is not Currency c)
        {
            throw new MoneyJsonException(MoneyTextErrors.JsonMissing(CurrencyName), null);
        }

        return new Money(a, c);
    }

    /// <summary>Writes <c>{"amount": …, "currency": "…"}</c>; the amount as a string when the options ask to write numbers as strings.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The amount.</param>
    /// <param name="options">The options (<see cref="JsonSerializerOptions.NumberHandling"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(options);
        writer.WriteStartObject();
        if ((options.NumberHandling & JsonNumberHandling.WriteAsString) != 0)
        {
            Span<byte> buffer = stackalloc byte[64];
            bool written = value.Amount.TryFormat(buffer, out int length, default, NumberFormatInfo.InvariantInfo);
            System.Diagnostics.Debug.Assert(written, "A decimal fits 64 bytes.");
            writer.WriteString(AmountProperty, buffer[..length]);
        }
        else
        {
            writer.WriteNumber(AmountProperty, value.Amount);
        }

        WriteCode(writer, value.Currency.Code);
        writer.WriteEndObject();
    }

    /// <summary>Writes the code from UTF-8 bytes: a code is 3-8 ASCII letters or digits (default(Money)'s "XXX" too), so nothing is transcoded.</summary>
    private static void WriteCode(Utf8JsonWriter writer, string code)
    {
        if (code.Length <= MaxCodeLength)
        {
            Span<byte> utf8 = stackalloc byte[code.Length];
            bool ascii = true;
            for (int i = 0; i < code.Length; i++)
            {
                ascii &= code[i] < 0x80;
                utf8[i] = (byte)code[i];
            }

            if (ascii)
            {
                writer.WriteString(CurrencyProperty, utf8);
                return;
            }
        }

        writer.WriteString(CurrencyProperty, code);
    }

    private static decimal ReadAmount(ref Utf8JsonReader reader, string name)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetDecimal(out decimal number))
                {
                    if (!reader.HasValueSequence && reader.ValueSpan.Length <= StackNumberLength)
                    {
                        var bytes = reader.ValueSpan;

                        // At most 28 digits and no exponent: held exactly (mantissa below 10^28, scale at most 28).
                        if (bytes.Length <= ExactWithoutExponent && !bytes.ContainsAny((byte)'e', (byte)'E'))
                        {
                            return number;
                        }

                        // A JSON number is ASCII: widen it on the stack to check its digits without a string.
                        Span<char> chars = stackalloc char[bytes.Length];
                        for (int i = 0; i < bytes.Length; i++)
                        {
                            chars[i] = (char)bytes[i];
                        }

                        if (Text.ExactDecimal.KeepsFraction(number, Text.ExactDecimal.RequiredScale(chars)))
                        {
                            return number;
                        }
                    }

                    return Exact(number, System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan), name);
                }

                throw new MoneyJsonException(MoneyTextErrors.JsonAmountNumber(System.Text.Encoding.UTF8.GetString(reader.ValueSpan)), name);
            case JsonTokenType.String:
                string? text = reader.GetString();
                if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, NumberFormatInfo.InvariantInfo, out decimal parsed))
                {
                    return Exact(parsed, text!, name);
                }

                throw new MoneyJsonException(MoneyTextErrors.JsonAmountString(text), name);
            default:
                throw new MoneyJsonException(MoneyTextErrors.JsonAmountToken(reader.TokenType), name);
        }
    }

    /// <summary>The amount if decimal kept every digit written ("1e-30" becomes 0 in decimal: refused, never rounded).</summary>
    private static decimal Exact(decimal value, string written, string name) =>
        Text.ExactDecimal.KeepsFraction(value, Text.ExactDecimal.RequiredScale(written.AsSpan().Trim()))
            ? value
            : throw new MoneyJsonException(MoneyTextErrors.JsonAmountTooPrecise(written), name);

    private static Currency ReadCurrency(ref Utf8JsonReader reader, CurrencyCatalog catalog, string name)
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

        return CurrencyJsonConverter.TryRead(ref reader, catalog, out var currency, out string? error)
            ? currency
            : throw new MoneyJsonException(error, name);
    }

    /// <summary>A Money object read by <see cref="MoneyJsonConverter"/>, its faults placed under <paramref name="member"/>.</summary>
    internal static Money ReadMember(ref Utf8JsonReader reader, string member, CurrencyCatalog catalog, JsonSerializerOptions options)
    {
        try
        {
            return new MoneyJsonConverter(catalog).Read(ref reader, typeof(Money), options);
        }
        catch (JsonException e) when (e.Path is null)
        {
            string? inner = (e as MoneyJsonException)?.Member;
            throw new JsonValueException(e.Message, inner is null ? member : member + "." + inner, e);
        }
    }
}
