using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel.Exchange;

/// <summary>
/// Reads and writes a <see cref="RateValidity"/> as the JSON string of its ISO 8601 text form: <c>"2025-12-05"</c>
/// for one day, <c>"2025-01-01/2025-12-31"</c> for a period; also as a dictionary key. Applied to
/// <see cref="RateValidity"/> by default.
/// </summary>
/// <remarks>A non-string token, malformed dates and an end before the start throw <see cref="JsonException"/> whose
/// message ends with the JSON path. Immutable and thread-safe.</remarks>
public sealed class RateValidityJsonConverter : JsonConverter<RateValidity>
{
    /// <summary>Reads a validity.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="typeToConvert">The type (<see cref="RateValidity"/>).</param>
    /// <param name="options">The options.</param>
    /// <returns>The validity.</returns>
    /// <exception cref="JsonException">The value is not a string holding a valid validity.</exception>
    public override RateValidity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCore(ref reader, null);

    /// <summary>Writes the validity's text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The validity.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, RateValidity value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <summary>Reads a validity used as a property name (dictionary key).</summary>
    /// <param name="reader">The reader, at the property name.</param>
    /// <param name="typeToConvert">The type (<see cref="RateValidity"/>).</param>
    /// <param name="options">The options.</param>
    /// <returns>The validity.</returns>
    /// <exception cref="JsonException">The name is not a valid validity.</exception>
    public override RateValidity ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCore(ref reader, null);

    /// <summary>Writes the validity's text as a property name (dictionary key).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The validity.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, RateValidity value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WritePropertyName(value.ToString());
    }

    internal static RateValidity ReadCore(ref Utf8JsonReader reader, string? member)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonValueException(JsonRead.Invariant($"A RateValidity must be a JSON string such as \"2025-12-05\" or \"2025-01-01/2025-12-31\", not {JsonRead.Describe(reader.TokenType)}."), member);
        }

        string text = reader.GetString()!;
        return RateValidity.TryParse(text, null, out var validity)
            ? validity
            : throw new JsonValueException(JsonRead.Invariant($"\"{text}\" is not a rate validity: expected yyyy-MM-dd or yyyy-MM-dd/yyyy-MM-dd with the end on or after the start."), member);
    }
}
