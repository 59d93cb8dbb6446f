using System.Text.Json;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="Estimate"/>: <c>{"kind":"rounded","stated":160000000000,"statedHigh":160000000000,
/// "lower":159500000000,"lowerInclusive":true,"upper":160500000000,"upperInclusive":true}</c>; an unbounded side has
/// <c>"lower": null</c> (or <c>"upper": null</c>) and <c>false</c> for its inclusiveness. Exact numbers (a bound with
/// more digits than decimal holds is refused, never rounded inwards); bounds must be ordered and admit at least one
/// value. Applied by <c>[JsonConverter]</c>. Stateless and thread-safe.
/// </summary>
internal sealed class EstimateJsonConverter() : JsonObjectConverter<Estimate, EstimateJsonConverter.Fields>(nameof(Estimate), ["kind", "stated", "statedHigh", "lower", "lowerInclusive", "upper", "upperInclusive"])
{
    internal static EstimateJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, Estimate value, JsonSerializerOptions options)
    {
        JsonRead.WriteEnum(writer, Encoded[0], value.Kind);
        JsonRead.WriteDecimal(writer, Encoded[1], value.Stated, options);
        JsonRead.WriteDecimal(writer, Encoded[2], value.StatedHigh, options);
        WriteBound(writer, Encoded[3], value.Lower, options);
        writer.WriteBoolean(Encoded[4], value.LowerInclusive);
        WriteBound(writer, Encoded[5], value.Upper, options);
        writer.WriteBoolean(Encoded[6], value.UpperInclusive);
    }

    /// <inheritdoc />
    protected override void ReadProperty(ref Fields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        switch (property)
        {
            case 0: fields.Kind = JsonRead.Enum<EstimateKind>(ref reader, null); break;
            case 1: fields.Stated = JsonRead.Decimal(ref reader, null); break;
            case 2: fields.StatedHigh = JsonRead.Decimal(ref reader, null); break;
            case 3: fields.Lower = reader.TokenType == JsonTokenType.Null ? null : JsonRead.Decimal(ref reader, null); break;
            case 4: fields.LowerInclusive = JsonRead.Boolean(ref reader, null); break;
            case 5: fields.Upper = reader.TokenType == JsonTokenType.Null ? null : JsonRead.Decimal(ref reader, null); break;
            default: fields.UpperInclusive = JsonRead.Boolean(ref reader, null); break;
        }
    }

    /// <inheritdoc />
    protected override Estimate Create(ref Fields f, JsonSerializerOptions options)
    {
        if ((f.Lower is null && f.LowerInclusive) || (f.Upper is null && f.UpperInclusive))
        {
            throw new JsonValueException("An unbounded side of an Estimate (null) cannot be inclusive.", f.Lower is null && f.LowerInclusive ? "lowerInclusive" : "upperInclusive");
        }

        if (f.StatedHigh < f.Stated)
        {
            throw new JsonValueException(JsonRead.Invariant($"An Estimate's statedHigh {f.StatedHigh} is below its stated {f.Stated}."), "statedHigh");
        }

        if (f.Lower is decimal lo && f.Upper is decimal hi && (hi < lo || (hi == lo && !(f.LowerInclusive && f.UpperInclusive))))
        {
            throw new JsonValueException(JsonRead.Invariant($"An Estimate's bounds {lo} and {hi} admit no value: the lower must be below the upper, or equal with both inclusive."), "upper");
        }

        return Estimate.Create(f.Kind, f.Stated, f.StatedHigh, f.Lower, !f.LowerInclusive, f.Upper, !f.UpperInclusive);
    }

    private static void WriteBound(Utf8JsonWriter writer, JsonEncodedText name, decimal? bound, JsonSerializerOptions options)
    {
        if (bound is decimal b)
        {
            JsonRead.WriteDecimal(writer, name, b, options);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>What an estimate object holds while it is read.</summary>
    internal struct Fields
    {
        internal EstimateKind Kind;
        internal decimal Stated;
        internal decimal StatedHigh;
        internal decimal? Lower;
        internal bool LowerInclusive;
        internal decimal? Upper;
        internal bool UpperInclusive;
    }
}
