using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// Reads and writes a <see cref="UnitCount"/> as <c>{"count":40000,"kind":"H200 GPU"}</c>: the count a JSON
/// number (a string when the options write numbers as strings), the kind its name (<c>"unit"</c> for
/// <see cref="CountKind.Unspecified"/>). Applied to <see cref="UnitCount"/> by default.
/// </summary>
/// <remarks>Both properties are required, each once; null, a non-object, an unknown property, a count that is
/// negative, fractional or beyond <see cref="long"/>, and an invalid kind name throw <see cref="JsonException"/> whose
/// message ends with the JSON path of the fault. Immutable and thread-safe.</remarks>
public sealed class UnitCountJsonConverter : JsonConverter<UnitCount>
{
    private const string TypeName = nameof(UnitCount);
    private static readonly JsonEncodedText CountName = JsonEncodedText.Encode("count");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");

    /// <summary>Reads a count object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type (<see cref="UnitCount"/>).</param>
    /// <param name="options">The options (case-insensitivity of names).</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid count object; the message names the path and what is wrong.</exception>
    public override UnitCount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        JsonRead.StartObject(ref reader, TypeName, "{\"count\":…,\"kind\":…}");
        long? count = null;
        CountKind? kind = null;
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            if (JsonRead.Is(name, "count", options))
            {
                JsonRead.CheckOnce(count is not null, name, TypeName);
                count = JsonRead.Integer(ref reader, name, 0, long.MaxValue);
            }
            else if (JsonRead.Is(name, "kind", options))
            {
                JsonRead.CheckOnce(kind is not null, name, TypeName);
                kind = ReadKind(ref reader, name);
            }
            else
            {
                throw JsonRead.Unknown(name, TypeName, "\"count\" and \"kind\"");
            }
        }

        return new UnitCount(count ?? throw JsonRead.Missing("count", TypeName), kind ?? throw JsonRead.Missing("kind", TypeName));
    }

    /// <summary>Writes the count object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The count.</param>
    /// <param name="options">The options (<see cref="JsonSerializerOptions.NumberHandling"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, UnitCount value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(options);
        writer.WriteStartObject();
        JsonRead.WriteInteger(writer, CountName, value.Count, options);
        writer.WriteString(KindName, value.Kind.Name);
        writer.WriteEndObject();
    }

    /// <summary>A count kind from its name.</summary>
    internal static CountKind ReadKind(ref Utf8JsonReader reader, string? member)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonValueException(JsonRead.Invariant($"A count kind must be a JSON string holding the name of what is counted, e.g. \"H200 GPU\", not {JsonRead.Describe(reader.TokenType)}."), member);
        }

        string text = reader.GetString()!;
        if (CountKind.TryCreate(text, out var kind))
        {
            return kind;
        }

        throw new JsonValueException(JsonRead.Invariant($"\"{text}\" is not a count kind: a name is 1 to 100 characters, without leading or trailing white space or control characters."), member);
    }
}
