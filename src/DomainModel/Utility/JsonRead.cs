using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Utility;

namespace DomainModel.Utility;

/// <summary>
/// The shared reading and writing steps of this library's JSON converters: one object shape (exact property names,
/// or case-insensitive when the options say so; no unknown, duplicate or missing property), exact numbers, and every
/// fault as a <see cref="JsonValueException"/> naming the member.
/// </summary>
internal static class JsonRead
{
    private const NumberStyles DecimalStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Checks the reader is at the start of an object.</summary>
    internal static void StartObject(ref Utf8JsonReader reader, string typeName, string shape)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonValueException(Invariant($"A {typeName} must be a JSON object {shape}, not {Describe(reader.TokenType)}."), null);
        }
    }

    /// <summary>Moves to the next property's value; false at the end of the object.</summary>
    internal static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString()!;
        reader.Read();
        return true;
    }

    /// <summary>Whether a property name is the expected one (ignoring case when the options say so).</summary>
    internal static bool Is(string name, string expected, JsonSerializerOptions options) =>
        string.Equals(name, expected, options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    internal static JsonValueException Duplicate(string name, string typeName) =>
        new(Invariant($"The property \"{name}\" appears twice in a {typeName}; each property must appear once."), name);

    internal static JsonValueException Unknown(string name, string typeName, string allowed) =>
        new(Invariant($"\"{name}\" is not a property of a {typeName}; allowed are {allowed}."), name);

    internal static JsonValueException Missing(string name, string typeName) =>
        new(Invariant($"A {typeName} needs the property \"{name}\"."), null);

    /// <summary>Fails when a property has been read already.</summary>
    internal static void CheckOnce(bool seen, string name, string typeName)
    {
        if (seen)
        {
            throw Duplicate(name, typeName);
        }
    }

    /// <summary>A decimal from a JSON number or a string holding an invariant number; exact.</summary>
    internal static decimal Decimal(ref Utf8JsonReader reader, string member)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetDecimal(out decimal number))
                {
                    return number;
                }

                throw new JsonValueException(Invariant($"The number {System.Text.Encoding.UTF8.GetString(reader.ValueSpan)} is outside the range of decimal (±79228162514264337593543950335, 28 decimals)."), member);
            case JsonTokenType.String:
                string text = reader.GetString()!;
                if (decimal.TryParse(text, DecimalStyles, NumberFormatInfo.InvariantInfo, out decimal parsed))
                {
                    return parsed;
                }

                throw new JsonValueException(Invariant($"\"{text}\" is not an invariant decimal number (such as 1.5 or -20000)."), member);
            default:
                throw new JsonValueException(Invariant($"Expected a number (or a string holding one), not {Describe(reader.TokenType)}."), member);
        }
    }

    /// <summary>A whole number within <paramref name="min"/> to <paramref name="max"/>.</summary>
    internal static long Integer(ref Utf8JsonReader reader, string member, long min, long max)
    {
        decimal value = Decimal(ref reader, member);
        if (value != decimal.Truncate(value) || value < min || value > max)
        {
            throw new JsonValueException(Invariant($"{value} is not allowed here: expected a whole number from {min} to {max}."), member);
        }

        return (long)value;
    }

    /// <summary>A JSON string (never null).</summary>
    internal static string String(ref Utf8JsonReader reader, string member, string what)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonValueException(Invariant($"Expected a JSON string holding {what}, not {Describe(reader.TokenType)}."), member);
        }

        return reader.GetString()!;
    }

    /// <summary>A day written <c>yyyy-MM-dd</c>.</summary>
    internal static DateOnly Date(ref Utf8JsonReader reader, string member)
    {
        string text = String(ref reader, member, "a date yyyy-MM-dd");
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        throw new JsonValueException(Invariant($"\"{text}\" is not a date in the form yyyy-MM-dd (e.g. 2025-12-05)."), member);
    }

    /// <summary>An enum value by its exact member name (numbers and combinations are refused).</summary>
    internal static TEnum Enum<TEnum>(ref Utf8JsonReader reader, string member)
        where TEnum : struct, Enum
    {
        string[] names = System.Enum.GetNames<TEnum>();
        string text = String(ref reader, member, "one of " + string.Join(", ", names));
        int index = Array.IndexOf(names, text);
        if (index < 0)
        {
            throw new JsonValueException(Invariant($"\"{text}\" is not allowed here; allowed are {string.Join(", ", names)} (exactly so written)."), member);
        }

        return System.Enum.GetValues<TEnum>()[index];
    }

    /// <summary>A nested value read by another of this library's converters, its faults placed under <paramref name="member"/>.</summary>
    internal static T Nested<T>(ref Utf8JsonReader reader, string member, JsonConverter<T> converter, JsonSerializerOptions options)
    {
        try
        {
            return converter.Read(ref reader, typeof(T), options)!;
        }
        catch (JsonValueException e) when (e.Path is null)
        {
            throw new JsonValueException(e.Detail, e.Member is null ? member : member + "." + e.Member, e);
        }
    }

    /// <summary>Runs a constructor or factory, turning its argument exception into a <see cref="JsonValueException"/>.</summary>
    internal static JsonValueException Invalid(string typeName, ArgumentException e, string? member) =>
        new(Invariant($"Not a valid {typeName}: {e.Message}"), member, e);

    /// <summary>Writes a decimal as a JSON number, or as a string when the options ask to write numbers as strings.</summary>
    internal static void WriteDecimal(Utf8JsonWriter writer, JsonEncodedText name, decimal value, JsonSerializerOptions options)
    {
        if ((options.NumberHandling & JsonNumberHandling.WriteAsString) != 0)
        {
            writer.WriteString(name, value.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNumber(name, value);
        }
    }

    /// <summary>Writes a whole number as a JSON number, or as a string when the options ask to write numbers as strings.</summary>
    internal static void WriteInteger(Utf8JsonWriter writer, JsonEncodedText name, long value, JsonSerializerOptions options)
    {
        if ((options.NumberHandling & JsonNumberHandling.WriteAsString) != 0)
        {
            writer.WriteString(name, value.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNumber(name, value);
        }
    }

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => token.ToString(),
    };

    internal static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
