using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="Estimate{T}"/>: <c>{"stated":&lt;T&gt;,"interval":&lt;Estimate&gt;}</c>, the stated value in
/// its own shape (it carries the unit: the currency, the kind counted...) and the interval in the shape of
/// <see cref="Estimate"/>. Reflection-free: the converter of <typeparamref name="T"/> is the library's
/// (<see cref="EstimableJsonConverters"/>). Stateless and thread-safe.
/// </summary>
/// <typeparam name="T">The quantity.</typeparam>
internal sealed class EstimateJsonConverter<T> : JsonObjectConverter<Estimate<T>, EstimateJsonConverter<T>.Fields>
    where T : struct, IEstimable<T>
{
    private readonly JsonConverter<T> _unit;

    internal EstimateJsonConverter(JsonConverter<T> unit)
        : base("Estimate", ["stated", "interval"]) => _unit = unit;

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, Estimate<T> value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(Encoded[0]);
        _unit.Write(writer, value.Stated, options);
        writer.WritePropertyName(Encoded[1]);
        EstimateJsonConverter.Instance.Write(writer, value.Interval, options);
    }

    /// <inheritdoc />
    protected override void ReadProperty(ref Fields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (property == 0)
        {
            fields.Stated = _unit.Read(ref reader, typeof(T), options);
        }
        else
        {
            fields.Interval = EstimateJsonConverter.Instance.Read(ref reader, typeof(Estimate), options);
        }
    }

    /// <inheritdoc />
    protected override Estimate<T> Create(ref Fields fields, JsonSerializerOptions options)
    {
        try
        {
            return Estimate.Of(fields.Stated, fields.Interval);
        }
        catch (System.ArgumentException e)
        {
            throw JsonRead.Invalid(TypeName, e, "interval");
        }
    }

    /// <summary>What an estimate object holds while it is read.</summary>
    internal struct Fields
    {
        internal T Stated;
        internal Estimate Interval;
    }
}
