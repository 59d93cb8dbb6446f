using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// Reads and writes a <see cref="Currency"/> as its code, <c>"CNY"</c>, also as a dictionary key. Applied to
/// <see cref="Currency"/> by default; add an instance made with a <see cref="CurrencyCatalog"/> to
/// <see cref="JsonSerializerOptions.Converters"/> to read custom currencies.
/// </summary>
/// <remarks>A non-string token, a malformed code ("usd") or an unknown code throws <see cref="JsonException"/>, whose
/// <see cref="JsonException.Path"/> the serializer sets to the value's path. Immutable and thread-safe.</remarks>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    /// <summary>A converter that knows the ISO 4217 currencies.</summary>
    public CurrencyJsonConverter()
        : this(CurrencyCatalog.Iso4217)
    {
    }

    /// <summary>A converter that also knows the custom currencies of <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog to look codes up in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public CurrencyJsonConverter(CurrencyCatalog catalog) => Catalog = Preconditions.CheckNotNull(catalog);

    /// <summary>The catalog codes are looked up in.</summary>
    public CurrencyCatalog Catalog { get; }

    /// <summary>Reads a code.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="typeToConvert">The type (<see cref="Currency"/>).</param>
    /// <param name="options">The options.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="JsonException">The value is not a string, or not a known code.</exception>
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryRead(ref reader, Catalog, out var currency, out string? error) ? currency : throw new JsonException(error);

    /// <summary>Writes the code.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The currency.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WriteStringValue(value.Code);
    }

    /// <summary>Reads a code used as a property name (dictionary key).</summary>
    /// <param name="reader">The reader, at the property name.</param>
    /// <param name="typeToConvert">The type (<see cref="Currency"/>).</param>
    /// <param name="options">The options.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="JsonException">The name is not a known code.</exception>
    public override Currency ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    /// <summary>Writes the code as a property name (dictionary key).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The currency.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WritePropertyName(value.Code);
    }

    /// <summary>Reads a code without throwing; <paramref name="error"/> says what is wrong otherwise.</summary>
    internal static bool TryRead(ref Utf8JsonReader reader, CurrencyCatalog catalog, out Currency currency, [NotNullWhen(false)] out string? error)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            currency = default;
            error = $"A currency must be a JSON string holding a code such as \"CNY\", not {reader.TokenType}.";
            return false;
        }

        string code = reader.GetString()!;
        if (catalog.TryFind(code, out currency))
        {
            error = null;
            return true;
        }

        error = Currency.IsWellFormedCustomCode(code)
            ? $"\"{code}\" is not a currency code known to ISO 4217 or to the catalog in use; give the converter a CurrencyCatalog that has the custom currency."
            : $"\"{code}\" is not a currency code: ISO 4217 codes are three upper-case letters (\"USD\", not \"usd\"); custom codes are 3-8 upper-case letters or digits.";
        return false;
    }

    /// <summary>A currency code.</summary>
    internal static Currency ReadMember(ref Utf8JsonReader reader, string member, CurrencyCatalog catalog) =>
        CurrencyJsonConverter.TryRead(ref reader, catalog, out var currency, out string? error)
            ? currency
            : throw new JsonValueException(error, member);
}
