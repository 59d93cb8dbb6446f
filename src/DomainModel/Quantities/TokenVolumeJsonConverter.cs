using System.Text.Json;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="TokenVolume"/>: <c>{"tokens":50000000000000,"unit":"trillion"}</c>, the exact whole number of
/// tokens and the unit it is shown in. Applied by <c>[JsonConverter]</c>. Stateless and thread-safe.
/// </summary>
internal sealed class TokenVolumeJsonConverter() : JsonObjectConverter<TokenVolume, TokenVolumeJsonConverter.Fields>(nameof(TokenVolume), ["tokens", "unit"])
{
    internal static TokenVolumeJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, TokenVolume value, JsonSerializerOptions options)
    {
        JsonRead.WriteDecimal(writer, Encoded[0], value.Tokens, options);
        JsonRead.WriteEnum(writer, Encoded[1], value.Unit);
    }

    /// <inheritdoc />
    protected override void ReadProperty(ref Fields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (property == 0)
        {
            fields.Tokens = JsonRead.Decimal(ref reader, null);
            if (fields.Tokens < 0m || fields.Tokens != decimal.Truncate(fields.Tokens))
            {
                throw new JsonValueException(JsonRead.Invariant($"{fields.Tokens} is not a number of tokens: allowed is a whole number, zero or more."), null);
            }
        }
        else
        {
            fields.Unit = JsonRead.Enum<TokenVolumeUnit>(ref reader, null);
        }
    }

    /// <inheritdoc />
    protected override TokenVolume Create(ref Fields fields, JsonSerializerOptions options) => TokenVolume.FromTokens(fields.Tokens).ToUnit(fields.Unit);

    /// <summary>What a volume object holds while it is read.</summary>
    internal struct Fields
    {
        internal decimal Tokens;
        internal TokenVolumeUnit Unit;
    }
}
