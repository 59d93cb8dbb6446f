using System;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomainModel.Utility;

/// <summary>
/// The one read loop of this library's object converters (the idea of NodaTime's <c>TypeConverterBase</c>: one base,
/// little per type). The base checks the start of the object, matches each property name (on the UTF-8 bytes, or
/// ignoring case when <see cref="JsonSerializerOptions.PropertyNameCaseInsensitive"/> is set), refuses an unknown or
/// duplicate property and a missing required one, places every fault of a member under its name
/// (<c>price.amount</c>), and turns a constructor's refusal (<see cref="ArgumentException"/>,
/// <see cref="OverflowException"/>) into a <see cref="JsonException"/> at that path. A type states its property
/// names, the fields it collects (<typeparamref name="TFields"/>), how one property is read, how the value is made
/// from the fields, and how it is written.
/// </summary>
/// <typeparam name="T">The type read and written.</typeparam>
/// <typeparam name="TFields">The fields collected while reading (a mutable struct, one per read).</typeparam>
internal abstract class JsonObjectConverter<T, TFields> : JsonConverter<T>
    where TFields : struct
{
    private readonly string _typeName;
    private readonly string _shape;
    private readonly string[] _names;
    private readonly byte[][] _utf8;
    private readonly ulong _required;
    private readonly string _allowed;

    /// <summary>States the type's name (for messages), its properties in the order written, and which of them may be left out.</summary>
    /// <param name="typeName">The name in messages ("Money").</param>
    /// <param name="names">The property names; at most 64.</param>
    /// <param name="optional">The names that may be missing (their fields keep their defaults).</param>
    protected JsonObjectConverter(string typeName, string[] names, params string[] optional)
    {
        System.Diagnostics.Debug.Assert(names.Length <= 64, "A property set is a 64-bit mask.");
        _typeName = typeName;
        _names = names;
        _utf8 = Array.ConvertAll(names, n => Encoding.UTF8.GetBytes(n));
        Encoded = Array.ConvertAll(names, n => JsonEncodedText.Encode(n));
        _required = names.Length == 64 ? ulong.MaxValue : (1UL << names.Length) - 1;
        foreach (string name in optional)
        {
            _required &= ~(1UL << Array.IndexOf(names, name));
        }

        _allowed = names.Length == 1 ? Quote(names[0]) : string.Join(", ", Array.ConvertAll(names[..^1], Quote)) + " and " + Quote(names[^1]);
        _shape = "{" + string.Join(",", Array.ConvertAll(names, n => Quote(n) + ":…")) + "}";
    }

    /// <summary>The property names, encoded for the writer, by index.</summary>
    protected JsonEncodedText[] Encoded { get; }

    /// <summary>The name in messages.</summary>
    internal string TypeName => _typeName;

    /// <summary>Reads the object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type.</param>
    /// <param name="options">The options.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The JSON is not a valid value of the type; the message names the path and what is wrong.</exception>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        if (reader.TokenType == JsonTokenType.Null && default(T) is null)
        {
            return default!;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return TryReadOther(ref reader, options, out T other)
                ? other
                : throw new JsonValueException(JsonRead.NotObject(_typeName, _shape, reader.TokenType), null);
        }

        var fields = default(TFields);
        ulong seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int index = Find(ref reader, options.PropertyNameCaseInsensitive);
            if (index < 0)
            {
                throw JsonRead.Unknown(reader.GetString()!, _typeName, _allowed);
            }

            reader.Read();
            ulong bit = 1UL << index;
            if ((seen & bit) != 0)
            {
                throw JsonRead.Duplicate(_names[index], _typeName);
            }

            seen |= bit;
            try
            {
                ReadProperty(ref fields, index, ref reader, options);
            }
            catch (JsonValueException e) when (e.Path is null)
            {
                throw e.Under(_names[index]);
            }
            catch (Exception e) when (e is ArgumentException or OverflowException)
            {
                throw JsonRead.Invalid(_typeName, e, _names[index]);
            }
        }

        ulong missing = _required & ~seen;
        if (missing != 0)
        {
            throw JsonRead.Missing(_names[BitOperations.TrailingZeroCount(missing)], _typeName);
        }

        try
        {
            return Create(ref fields, options);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            // A refusal that names its parameter after a property is placed at that property.
            string? member = e is ArgumentException { ParamName: { } parameter } && Array.IndexOf(_names, parameter) >= 0 ? parameter : null;
            throw JsonRead.Invalid(_typeName, e, member);
        }
    }

    /// <summary>Writes the object: checks the arguments and that the value can be written, then its properties between
    /// the braces (a converter with another form, Money's compact string, overrides this and calls it for the object).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(options);
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        CheckWritable(value, options);
        writer.WriteStartObject();
        WriteProperties(writer, value, options);
        writer.WriteEndObject();
    }

    /// <summary>Refuses, before anything is written, a value the options cannot write (a calendar they do not have); by
    /// default every value can be written.</summary>
    /// <param name="value">The value.</param>
    /// <param name="options">The options.</param>
    protected virtual void CheckWritable(T value, JsonSerializerOptions options)
    {
    }

    /// <summary>Writes the object's properties, in the order of the names (the writer is inside the object).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value, not null.</param>
    /// <param name="options">The options.</param>
    protected abstract void WriteProperties(Utf8JsonWriter writer, T value, JsonSerializerOptions options);

    /// <summary>Reads a form of the value other than the object (Money's compact string); false when the token is not one.</summary>
    /// <param name="reader">The reader, at a token other than the start of an object.</param>
    /// <param name="options">The options.</param>
    /// <param name="value">The value read.</param>
    /// <returns>Whether the token is such a form (a malformed one throws <see cref="JsonValueException"/>).</returns>
    protected virtual bool TryReadOther(ref Utf8JsonReader reader, JsonSerializerOptions options, out T value)
    {
        value = default!;
        return false;
    }

    /// <summary>Reads the value of the property at <paramref name="property"/> (an index into the names) into the fields; the reader is at the value.</summary>
    /// <param name="fields">The fields collected so far.</param>
    /// <param name="property">The index of the property.</param>
    /// <param name="reader">The reader, at the property's value.</param>
    /// <param name="options">The options.</param>
    protected abstract void ReadProperty(ref TFields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>Makes the value once every required property has been read.</summary>
    /// <param name="fields">The fields.</param>
    /// <param name="options">The options.</param>
    /// <returns>The value.</returns>
    protected abstract T Create(ref TFields fields, JsonSerializerOptions options);

    private int Find(ref Utf8JsonReader reader, bool ignoreCase)
    {
        if (!ignoreCase)
        {
            for (int i = 0; i < _utf8.Length; i++)
            {
                if (reader.ValueTextEquals(_utf8[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        string name = reader.GetString()!;
        for (int i = 0; i < _names.Length; i++)
        {
            if (string.Equals(name, _names[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Quote(string name) => "\"" + name + "\"";
}
