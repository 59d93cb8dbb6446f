using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// Reads and writes a <see cref="TokenVolumeOver"/> as
/// <c>{"volume":{"tokens":7359000000000,"unit":"Trillion"},"span":"2026-03-16..2026-03-22"}</c>: the volume in the
/// shape of <see cref="TokenVolumeJsonConverter"/> and the span in that of <see cref="DateRangeJsonConverter"/>.
/// Applied to <see cref="TokenVolumeOver"/> by default.
/// </summary>
/// <remarks>Both properties are required, each once; null, a non-object, an unknown property, a bad volume and a bad
/// span throw <see cref="JsonException"/> whose message ends with the JSON path of the fault. Immutable and
/// thread-safe.</remarks>
public sealed class TokenVolumeOverJsonConverter : JsonConverter<TokenVolumeOver>
{
    private const string TypeName = nameof(TokenVolumeOver);
    private static readonly TokenVolumeJsonConverter VolumeConverter = new();
    private static readonly DateRangeJsonConverter SpanConverter = new();
    private static readonly JsonEncodedText VolumeName = JsonEncodedText.Encode("volume");
    private static readonly JsonEncodedText SpanName = JsonEncodedText.Encode("span");

    /// <summary>Reads a volume-over-a-span object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type (<see cref="TokenVolumeOver"/>).</param>
    /// <param name="options">The options (case-insensitivity of names).</param>
    /// <returns>The volume over its span.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid object; the message names the path and what is wrong.</exception>
    public override TokenVolumeOver Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        JsonRead.StartObject(ref reader, TypeName, "{\"volume\":{…},\"span\":\"yyyy-MM-dd..yyyy-MM-dd\"}");
        TokenVolume? volume = null;
        DateRange? span = null;
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            if (JsonRead.Is(name, "volume", options))
            {
                JsonRead.CheckOnce(volume is not null, name, TypeName);
                volume = JsonRead.Nested(ref reader, name, VolumeConverter, options);
            }
            else if (JsonRead.Is(name, "span", options))
            {
                JsonRead.CheckOnce(span is not null, name, TypeName);
                span = JsonRead.Nested(ref reader, name, SpanConverter, options);
            }
            else
            {
                throw JsonRead.Unknown(name, TypeName, "\"volume\" and \"span\"");
            }
        }

        return new TokenVolumeOver(volume ?? throw JsonRead.Missing("volume", TypeName), span ?? throw JsonRead.Missing("span", TypeName));
    }

    /// <summary>Writes the object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The volume over its span.</param>
    /// <param name="options">The options (<see cref="JsonSerializerOptions.NumberHandling"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, TokenVolumeOver value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(options);
        writer.WriteStartObject();
        writer.WritePropertyName(VolumeName);
        VolumeConverter.Write(writer, value.Volume, options);
        writer.WritePropertyName(SpanName);
        SpanConverter.Write(writer, value.Span, options);
        writer.WriteEndObject();
    }
}
