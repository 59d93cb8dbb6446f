using System.Text.Json;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="Share"/>: <c>{"numerator":85,"denominator":150}</c>, the exact fraction (the percentage is
/// derived, not written). Applied by <c>[JsonConverter]</c>. Stateless and thread-safe.
/// </summary>
internal sealed class ShareJsonConverter() : JsonObjectConverter<Share, ShareJsonConverter.Fields>(nameof(Share), ["numerator", "denominator"])
{
    internal static ShareJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, Share value, JsonSerializerOptions options)
    {
        JsonRead.WriteDecimal(writer, Encoded[0], value.Numerator, options);
        JsonRead.WriteDecimal(writer, Encoded[1], value.Denominator, options);
    }

    /// <inheritdoc />
    protected override void ReadProperty(ref Fields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        decimal value = JsonRead.Decimal(ref reader, null);
        if (property == 0)
        {
            fields.Numerator = value >= 0m ? value : throw new JsonValueException(JsonRead.Invariant($"A share's numerator cannot be {value}: allowed is zero or more."), null);
        }
        else
        {
            fields.Denominator = value > 0m ? value : throw new JsonValueException(JsonRead.Invariant($"A share's denominator cannot be {value}: allowed is more than zero."), null);
        }
    }

    /// <inheritdoc />
    protected override Share Create(ref Fields fields, JsonSerializerOptions options) => new(fields.Numerator, fields.Denominator);

    /// <summary>What a share object holds while it is read.</summary>
    internal struct Fields
    {
        internal decimal Numerator;
        internal decimal Denominator;
    }
}
