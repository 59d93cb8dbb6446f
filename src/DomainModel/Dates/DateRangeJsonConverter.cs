using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// Reads and writes a <see cref="DateRange"/> as the JSON string of its text form, <c>"2024-07-01..2025-06-30"</c>
/// (both days included), also as a dictionary key. Applied to <see cref="DateRange"/> by default.
/// </summary>
/// <remarks>A non-string token, text not of the form <c>yyyy-MM-dd..yyyy-MM-dd</c> and an end before the start throw
/// <see cref="JsonException"/> whose message ends with the JSON path. Immutable and thread-safe.</remarks>
public sealed class DateRangeJsonConverter : JsonConverter<DateRange>
{
    /// <summary>Reads a range.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="typeToConvert">The type (<see cref="DateRange"/>).</param>
    /// <param name="options">The options.</param>
    /// <returns>The range.</returns>
    /// <exception cref="JsonException">The value is not a string holding a valid range.</exception>
    public override DateRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCore(ref reader, null);

    /// <summary>Writes the range's text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The range.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, DateRange value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <summary>Reads a range used as a property name (dictionary key).</summary>
    /// <param name="reader">The reader, at the property name.</param>
    /// <param name="typeToConvert">The type (<see cref="DateRange"/>).</param>
    /// <param name="options">The options.</param>
    /// <returns>The range.</returns>
    /// <exception cref="JsonException">The name is not a valid range.</exception>
    public override DateRange ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCore(ref reader, null);

    /// <summary>Writes the range's text as a property name (dictionary key).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The range.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, DateRange value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WritePropertyName(value.ToString());
    }

    internal static DateRange ReadCore(ref Utf8JsonReader reader, string? member)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonValueException(JsonRead.Invariant($"A DateRange must be a JSON string such as \"2024-07-01..2025-06-30\", not {JsonRead.Describe(reader.TokenType)}."), member);
        }

        string text = reader.GetString()!;
        return DateRange.TryParse(text, out var range)
            ? range
            : throw new JsonValueException(JsonRead.Invariant($"\"{text}\" is not a date range: expected yyyy-MM-dd..yyyy-MM-dd with the end on or after the start, e.g. \"2024-07-01..2025-06-30\"."), member);
    }
}
