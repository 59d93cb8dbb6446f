using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomainModel.Utility;

/// <summary>
/// The base of this library's converters for values written as one JSON string (a currency code, a date range, a
/// rate validity, a count kind), also as dictionary keys: a type states how it parses and formats its text.
/// </summary>
/// <typeparam name="T">The type read and written.</typeparam>
internal abstract class JsonTextConverter<T> : JsonConverter<T>
{
    private readonly string _typeName;
    private readonly string _example;

    /// <summary>States the type's name and an example of its text, for messages.</summary>
    /// <param name="typeName">The name in messages.</param>
    /// <param name="example">An example, quoted as JSON (<c>"\"CNY\""</c>).</param>
    protected JsonTextConverter(string typeName, string example) => (_typeName, _example) = (typeName, example);

    /// <summary>Reads the value from a JSON string.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type.</param>
    /// <param name="options">The options.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">Not a string, or not the type's text.</exception>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonValueException(JsonRead.NotText(_typeName, _example, reader.TokenType), null);
        }

        return TryParse(reader.GetString()!, options, out var value, out string? error) ? value : throw new JsonValueException(error, null);
    }

    /// <summary>Writes the value's text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The options.</param>
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WriteStringValue(Format(value));
    }

    /// <summary>Reads the value from a property name (a dictionary key).</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type.</param>
    /// <param name="options">The options.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">Not the type's text.</exception>
    public sealed override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    /// <summary>Writes the value's text as a property name (a dictionary key).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The options.</param>
    public sealed override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WritePropertyName(Format(value));
    }

    /// <summary>Parses the text, or says why not (the message quotes the text and says what is accepted).</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">The options (for the registered settings).</param>
    /// <param name="value">The value.</param>
    /// <param name="error">Why the text is refused.</param>
    /// <returns>Whether the text is the type's.</returns>
    protected abstract bool TryParse(string text, JsonSerializerOptions options, out T value, [NotNullWhen(false)] out string? error);

    /// <summary>The value's text.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    protected abstract string Format(T value);
}
