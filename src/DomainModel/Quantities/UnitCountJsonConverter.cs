using System.Text.Json;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="UnitCount"/>: <c>{"count":40000,"kind":"H200 GPU"}</c>. Applied by <c>[JsonConverter]</c>.
/// Stateless and thread-safe.
/// </summary>
internal sealed class UnitCountJsonConverter() : JsonObjectConverter<UnitCount, UnitCountJsonConverter.Fields>(nameof(UnitCount), ["count", "kind"])
{
    internal static UnitCountJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, UnitCount value, JsonSerializerOptions options)
    {
        JsonRead.WriteInteger(writer, Encoded[0], value.Count, options);
        writer.WriteString(Encoded[1], value.Kind.Name);
    }

    /// <inheritdoc />
    protected override void ReadProperty(ref Fields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (property == 0)
        {
            fields.Count = JsonRead.Integer(ref reader, null, 0, long.MaxValue);
        }
        else
        {
            fields.Kind = CountKindJsonConverter.Instance.Read(ref reader, typeof(CountKind), options);
        }
    }

    /// <inheritdoc />
    protected override UnitCount Create(ref Fields fields, JsonSerializerOptions options) => new(fields.Count, fields.Kind);

    /// <summary>What a count object holds while it is read.</summary>
    internal struct Fields
    {
        internal long Count;
        internal CountKind Kind;
    }
}
