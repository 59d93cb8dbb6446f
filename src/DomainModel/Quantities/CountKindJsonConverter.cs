using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// Reads and writes a <see cref="CountKind"/> as its name, <c>"H200 GPU"</c> (<c>"unit"</c> for
/// <see cref="CountKind.Unspecified"/>), also as a dictionary key. Applied to <see cref="CountKind"/> by default.
/// </summary>
/// <remarks>A non-string token and an invalid name (empty, over 100 characters, leading or trailing white space, control
/// characters) throw <see cref="JsonException"/> whose message ends with the JSON path. Immutable and thread-safe.</remarks>
public sealed class CountKindJsonConverter : JsonConverter<CountKind>
{
    /// <summary>Reads a kind.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="typeToConvert">The type (<see cref="CountKind"/>).</param>
    /// <param name="options">The options.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="JsonException">The value is not a string holding a valid name.</exception>
    public override CountKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UnitCountJsonConverter.ReadKind(ref reader, null);

    /// <summary>Writes the name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The kind.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, CountKind value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WriteStringValue(value.Name);
    }

    /// <summary>Reads a kind used as a property name (dictionary key).</summary>
    /// <param name="reader">The reader, at the property name.</param>
    /// <param name="typeToConvert">The type (<see cref="CountKind"/>).</param>
    /// <param name="options">The options.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="JsonException">The name is not a valid kind.</exception>
    public override CountKind ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UnitCountJsonConverter.ReadKind(ref reader, null);

    /// <summary>Writes the name as a property name (dictionary key).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The kind.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, CountKind value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WritePropertyName(value.Name);
    }
}
