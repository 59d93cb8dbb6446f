using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="Estimate{T}"/>: <c>{"stated":&lt;T&gt;,"interval":&lt;Estimate&gt;}</c>, the stated value in
/// its own converter's shape (it carries the unit: the currency, the kind counted...) and the interval as
/// <see cref="EstimateJsonConverter"/> writes it. Reflection-free: the converter of <typeparamref name="T"/> is passed
/// in; <see cref="DomainModelJsonResolver"/> registers one for each quantity of the library.
/// </summary>
/// <typeparam name="T">The quantity.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EstimateJsonConverter<T> : JsonConverter<Estimate<T>>
    where T : struct, IEstimable<T>
{
    private const string TypeName = "Estimate";
    private static readonly JsonEncodedText StatedName = JsonEncodedText.Encode("stated");
    private static readonly JsonEncodedText IntervalName = JsonEncodedText.Encode("interval");
    private static readonly EstimateJsonConverter Interval = new();
    private readonly JsonConverter<T> _unit;

    /// <summary>Creates the converter.</summary>
    /// <param name="unit">The converter of the quantity (e.g. a <c>MoneyJsonConverter</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public EstimateJsonConverter(JsonConverter<T> unit) => _unit = Preconditions.CheckNotNull(unit);

    /// <summary>Reads an estimate object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type.</param>
    /// <param name="options">The options.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid estimate; the message names the path and what is wrong.</exception>
    public override Estimate<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        JsonRead.StartObject(ref reader, TypeName, "{\"stated\":…,\"interval\":…}");
        T? stated = null;
        Estimate? interval = null;
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            if (JsonRead.Is(name, "stated", options))
            {
                JsonRead.CheckOnce(stated is not null, name, TypeName);
                stated = JsonRead.Nested(ref reader, name, _unit, options);
            }
            else if (JsonRead.Is(name, "interval", options))
            {
                JsonRead.CheckOnce(interval is not null, name, TypeName);
                interval = JsonRead.Nested(ref reader, name, Interval, options);
            }
            else
            {
                throw JsonRead.Unknown(name, TypeName, "\"stated\" and \"interval\"");
            }
        }

        var unit = stated ?? throw JsonRead.Missing("stated", TypeName);
        var admitted = interval ?? throw JsonRead.Missing("interval", TypeName);
        try
        {
            return Estimate.Of(unit, admitted);
        }
        catch (ArgumentException e)
        {
            throw JsonRead.Invalid(TypeName, e, "interval");
        }
    }

    /// <summary>Writes the estimate object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The estimate.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, Estimate<T> value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(options);
        writer.WriteStartObject();
        writer.WritePropertyName(StatedName);
        _unit.Write(writer, value.Stated, options);
        writer.WritePropertyName(IntervalName);
        Interval.Write(writer, value.Interval, options);
        writer.WriteEndObject();
    }
}
