using System.Text.Json;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="PricePerUnit"/>: <c>{"price":{"amount":30000,"currency":"USD"},"kind":"H200 GPU"}</c>, the
/// price in the shape of <see cref="Money"/>. Applied by <c>[JsonConverter]</c>. Stateless and thread-safe.
/// </summary>
internal sealed class PricePerUnitJsonConverter() : JsonObjectConverter<PricePerUnit, PricePerUnitJsonConverter.Fields>(nameof(PricePerUnit), ["price", "kind"])
{
    internal static PricePerUnitJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, PricePerUnit value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(Encoded[0]);
        MoneyJsonConverter.Instance.Write(writer, value.Price, options);
        writer.WriteString(Encoded[1], value.Kind.Name);
    }

    /// <inheritdoc />
    protected override void ReadProperty(ref Fields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (property == 0)
        {
            fields.Price = MoneyJsonConverter.Instance.Read(ref reader, typeof(Money), options);
            if (fields.Price.Amount < 0m)
            {
                throw new JsonValueException(JsonRead.Invariant($"A price per unit cannot be negative ({fields.Price})."), "amount");
            }
        }
        else
        {
            fields.Kind = CountKindJsonConverter.Instance.Read(ref reader, typeof(CountKind), options);
        }
    }

    /// <inheritdoc />
    protected override PricePerUnit Create(ref Fields fields, JsonSerializerOptions options) => new(fields.Price, fields.Kind);

    /// <summary>What a price object holds while it is read.</summary>
    internal struct Fields
    {
        internal Money Price;
        internal CountKind Kind;
    }
}
