using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// Reads and writes a <see cref="TokenVolume"/> as <c>{"tokens":50000000000000,"unit":"Trillion"}</c>: the exact
/// whole number of tokens (a JSON number, or a string when the options write numbers as strings) and the unit it is
/// shown in (a <see cref="TokenVolumeUnit"/> member name). Applied to <see cref="TokenVolume"/> by default.
/// </summary>
/// <remarks>Both properties are required, each once; null, a non-object, an unknown property, a negative, fractional or
/// out-of-range number of tokens and an unknown unit throw <see cref="JsonException"/> whose message ends with the JSON
/// path of the fault. Immutable and thread-safe.</remarks>
public sealed class TokenVolumeJsonConverter : JsonConverter<TokenVolume>
{
    private const string TypeName = nameof(TokenVolume);
    private static readonly JsonEncodedText TokensName = JsonEncodedText.Encode("tokens");
    private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode("unit");

    /// <summary>Reads a volume object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type (<see cref="TokenVolume"/>).</param>
    /// <param name="options">The options (case-insensitivity of names).</param>
    /// <returns>The volume, shown in the unit read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid volume object; the message names the path and what is wrong.</exception>
    public override TokenVolume Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        JsonRead.StartObject(ref reader, TypeName, "{\"tokens\":…,\"unit\":…}");
        decimal? tokens = null;
        TokenVolumeUnit? unit = null;
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            if (JsonRead.Is(name, "tokens", options))
            {
                JsonRead.CheckOnce(tokens is not null, name, TypeName);
                tokens = JsonRead.Decimal(ref reader, name);
                if (tokens < 0m || tokens != decimal.Truncate(tokens.Value))
                {
                    throw new JsonValueException(JsonRead.Invariant($"{tokens} is not a number of tokens: allowed is a whole number, zero or more."), name);
                }
            }
            else if (JsonRead.Is(name, "unit", options))
            {
                JsonRead.CheckOnce(unit is not null, name, TypeName);
                unit = JsonRead.Enum<TokenVolumeUnit>(ref reader, name);
            }
            else
            {
                throw JsonRead.Unknown(name, TypeName, "\"tokens\" and \"unit\"");
            }
        }

        decimal t = tokens ?? throw JsonRead.Missing("tokens", TypeName);
        var u = unit ?? throw JsonRead.Missing("unit", TypeName);
        return TokenVolume.FromTokens(t).ToUnit(u);
    }

    /// <summary>Writes the volume object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The volume.</param>
    /// <param name="options">The options (<see cref="JsonSerializerOptions.NumberHandling"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, TokenVolume value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(options);
        writer.WriteStartObject();
        JsonRead.WriteDecimal(writer, TokensName, value.Tokens, options);
        writer.WriteString(UnitName, value.Unit.ToString());
        writer.WriteEndObject();
    }
}
