using System.Text.Json;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="TokenVolumeOver"/>:
/// <c>{"volume":{"tokens":7359000000000,"unit":"trillion"},"span":"2026-03-16..2026-03-22"}</c>: the volume in the
/// shape of <see cref="TokenVolume"/> and the span in that of <see cref="DateRange"/>, both required. Applied by
/// <c>[JsonConverter]</c>. Stateless and thread-safe.
/// </summary>
internal sealed class TokenVolumeOverJsonConverter() : JsonObjectConverter<TokenVolumeOver, TokenVolumeOverJsonConverter.Fields>(nameof(TokenVolumeOver), ["volume", "span"])
{
    internal static TokenVolumeOverJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, TokenVolumeOver value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(Encoded[0]);
        TokenVolumeJsonConverter.Instance.Write(writer, value.Volume, options);
        writer.WritePropertyName(Encoded[1]);
        DateRangeJsonConverter.Instance.Write(writer, value.Span, options);
    }

    /// <inheritdoc />
    protected override void ReadProperty(ref Fields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (property == 0)
        {
            fields.Volume = TokenVolumeJsonConverter.Instance.Read(ref reader, typeof(TokenVolume), options);
        }
        else
        {
            fields.Span = DateRangeJsonConverter.Instance.Read(ref reader, typeof(DateRange), options);
        }
    }

    /// <inheritdoc />
    protected override TokenVolumeOver Create(ref Fields fields, JsonSerializerOptions options) => new(fields.Volume, fields.Span);

    /// <summary>What the object holds while it is read.</summary>
    internal struct Fields
    {
        internal TokenVolume Volume;
        internal DateRange Span;
    }
}
