using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;


namespace DomainModel.Utility;

/// <summary>
/// The value steps and the one message table of this library's JSON converters: exact numbers (a number with more
/// digits than decimal holds is refused, never rounded), strings, days, enum members (written camelCase, read camelCase
/// or as declared), and every fault as a <see cref="JsonValueException"/>. The object loop itself is
/// <see cref="JsonObjectConverter{T, TFields}"/>.
/// </summary>
internal static class JsonRead
{
    private const NumberStyles DecimalStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    // A number token this short without an exponent holds at most 28 digits: decimal keeps it exactly.
    private const int ExactWithoutExponent = 28;

    // Longest number token widened on the stack to check its digits; longer ones take a string.
    private const int StackNumberLength = 128;

    // ---- Messages ---------------------------------------------------------------------------------------

    internal static string NotObject(string typeName, string shape, JsonTokenType token) => token == JsonTokenType.Null
        ? Invariant($"A {typeName} must be a JSON object {shape}, not null (use a nullable type for an optional value).")
        : Invariant($"A {typeName} must be a JSON object {shape}, not {Describe(token)}.");

    internal static string NotText(string typeName, string example, JsonTokenType token) =>
        Invariant($"A {typeName} must be a JSON string such as {example}, not {Describe(token)}.");

    internal static JsonValueException Duplicate(string name, string typeName) =>
        new(Invariant($"The property \"{name}\" appears twice in a {typeName}; each property must appear once."), name);

    internal static JsonValueException Unknown(string name, string typeName, string allowed) =>
        new(Invariant($"\"{name}\" is not a property of a {typeName}; allowed are {allowed}."), name);

    internal static JsonValueException Missing(string name, string typeName) =>
        new(Invariant($"A {typeName} needs the property \"{name}\"."), null);

    /// <summary>A constructor's or factory's refusal, as a JSON fault at <paramref name="member"/>.</summary>
    internal static JsonValueException Invalid(string typeName, Exception e, string? member) =>
        new(Invariant($"Not a valid {typeName}: {e.Message}"), member, e);

    // ---- Values -----------------------------------------------------------------------------------------

    /// <summary>A decimal from a JSON number or a string holding an invariant number, held exactly or refused.</summary>
    internal static decimal Decimal(ref Utf8JsonReader reader, string? member)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                // The usual amount, a plain number of at most 19 digits, is read from the bytes into a 64-bit mantissa
                // (exact, the scale as written, as the reader's own decimal parse gives it); anything else takes it.
                if (!reader.HasValueSequence && PlainDecimal.TryParse(reader.ValueSpan, out decimal plain))
                {
                    return plain;
                }

                if (!reader.TryGetDecimal(out decimal number))
                {
                    throw new JsonValueException(Invariant($"The number {Raw(ref reader)} is outside the range of decimal (±79228162514264337593543950335, at most 28 decimals)."), member);
                }

                if (!reader.HasValueSequence && reader.ValueSpan.Length <= StackNumberLength)
                {
                    var bytes = reader.ValueSpan;
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

                    return ExactDecimal.KeepsFraction(number, ExactDecimal.RequiredScale(chars)) ? number : throw TooPrecise(Raw(ref reader), member);
                }

                return Exact(number, Raw(ref reader), member);
            case JsonTokenType.String:
                string text = reader.GetString()!;
                if (decimal.TryParse(text, DecimalStyles, NumberFormatInfo.InvariantInfo, out decimal parsed))
                {
                    return Exact(parsed, text, member);
                }

                throw new JsonValueException(Invariant($"\"{text}\" is not an invariant decimal number (such as 1.5 or -20000; no group separators, within decimal's range)."), member);
            default:
                throw new JsonValueException(Invariant($"Expected a number (or a string holding one), not {Describe(reader.TokenType)}."), member);
        }
    }

    /// <summary>A decimal from invariant text, by the rules of a JSON string holding a number (<see cref="Decimal"/>): held exactly or refused.</summary>
    internal static decimal DecimalText(ReadOnlySpan<char> text, string? member)
    {
        if (decimal.TryParse(text, DecimalStyles, NumberFormatInfo.InvariantInfo, out decimal parsed))
        {
            bool surelyExact = text.Length <= ExactWithoutExponent && !text.ContainsAny('e', 'E');
            return surelyExact || ExactDecimal.KeepsFraction(parsed, ExactDecimal.RequiredScale(text)) ? parsed : throw TooPrecise(text.ToString(), member);
        }

        throw new JsonValueException(Invariant($"\"{text.ToString()}\" is not an invariant decimal number (such as 1.5 or -20000; no group separators, within decimal's range)."), member);
    }

    /// <summary>A whole number within <paramref name="min"/> to <paramref name="max"/>.</summary>
    internal static long Integer(ref Utf8JsonReader reader, string? member, long min, long max)
    {
        decimal value = Decimal(ref reader, member);
        if (value != decimal.Truncate(value) || value < min || value > max)
        {
            throw new JsonValueException(Invariant($"{value} is not allowed here: expected a whole number from {min} to {max}."), member);
        }

        return (long)value;
    }

    /// <summary>true or false.</summary>
    internal static bool Boolean(ref Utf8JsonReader reader, string? member) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new JsonValueException(Invariant($"Expected true or false, not {Describe(reader.TokenType)}."), member),
    };

    /// <summary>A JSON string (never null).</summary>
    internal static string String(ref Utf8JsonReader reader, string? member, string what)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonValueException(Invariant($"Expected a JSON string holding {what}, not {Describe(reader.TokenType)}."), member);
        }

        return reader.GetString()!;
    }

    /// <summary>A day written <c>yyyy-MM-dd</c>.</summary>
    internal static DateOnly Date(ref Utf8JsonReader reader, string? member)
    {
        string text = String(ref reader, member, "a date yyyy-MM-dd");
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        throw new JsonValueException(Invariant($"\"{text}\" is not a date in the form yyyy-MM-dd (e.g. 2025-12-05)."), member);
    }

    /// <summary>An enum member by its camelCase name (<c>"trillion"</c>), or by its declared name (<c>"Trillion"</c>, the spelling of version 1); numbers and combinations are refused.</summary>
    internal static TEnum Enum<TEnum>(ref Utf8JsonReader reader, string? member)
        where TEnum : struct, Enum
    {
        string text = String(ref reader, member, "one of " + string.Join(", ", EnumNames<TEnum>.Camel));
        int index = Array.IndexOf(EnumNames<TEnum>.Camel, text);
        if (index < 0)
        {
            index = Array.IndexOf(EnumNames<TEnum>.Declared, text);
        }

        if (index < 0)
        {
            throw new JsonValueException(Invariant($"\"{text}\" is not allowed here; allowed are {string.Join(", ", EnumNames<TEnum>.Camel)}."), member);
        }

        return EnumNames<TEnum>.Values[index];
    }

    /// <summary>The camelCase JSON name of an enum member (<c>"periodAverage"</c>).</summary>
    internal static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        int index = Array.IndexOf(EnumNames<TEnum>.Values, value);
        return index >= 0 ? EnumNames<TEnum>.Camel[index] : throw new JsonException(Invariant($"{value} is not a member of {typeof(TEnum).Name} and cannot be written."));
    }

    /// <summary>The camelCase form of a declared name: its first letter in lower case (<c>PeriodAverage</c> → <c>periodAverage</c>).</summary>
    internal static string CamelCase(string declared) =>
        declared.Length == 0 || char.IsLower(declared[0]) ? declared : char.ToLowerInvariant(declared[0]) + declared[1..];

    // ---- Writing ----------------------------------------------------------------------------------------

    /// <summary>Writes a decimal as a JSON number, or as a string when the options ask to write numbers as strings.</summary>
    internal static void WriteDecimal(Utf8JsonWriter writer, JsonEncodedText name, decimal value, JsonSerializerOptions options)
    {
        if ((options.NumberHandling & JsonNumberHandling.WriteAsString) != 0)
        {
            Span<byte> buffer = stackalloc byte[64];
            bool written = value.TryFormat(buffer, out int length, default, NumberFormatInfo.InvariantInfo);
            System.Diagnostics.Debug.Assert(written, "A decimal fits 64 bytes.");
            writer.WriteString(name, buffer[..length]);
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

    /// <summary>Writes an enum member by its camelCase name.</summary>
    internal static void WriteEnum<TEnum>(Utf8JsonWriter writer, JsonEncodedText name, TEnum value)
        where TEnum : struct, Enum =>
        writer.WriteString(name, Name(value));

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

    private static string Raw(ref Utf8JsonReader reader) =>
        System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);

    /// <summary>The value if decimal kept every digit written ("1e-30" becomes 0 in decimal: refused, never rounded).</summary>
    private static decimal Exact(decimal value, string written, string? member) =>
        ExactDecimal.KeepsFraction(value, ExactDecimal.RequiredScale(written.AsSpan().Trim()))
            ? value
            : throw TooPrecise(written, member);

    private static JsonValueException TooPrecise(string written, string? member) =>
        new(Invariant($"The number {written} has more significant digits than decimal holds (28 to 29, at most 28 decimals): it would be rounded, so it is refused."), member);

    /// <summary>The members of an enum, declared and camelCase, computed once.</summary>
    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        internal static readonly string[] Declared = System.Enum.GetNames<TEnum>();
        internal static readonly string[] Camel = Array.ConvertAll(Declared, CamelCase);
        internal static readonly TEnum[] Values = System.Enum.GetValues<TEnum>();
    }
}
