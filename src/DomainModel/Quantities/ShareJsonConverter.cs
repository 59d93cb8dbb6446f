using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// Reads and writes a <see cref="Share"/> as its exact fraction, <c>{"numerator":85,"denominator":150}</c> (numbers
/// exactly as held, scale kept; strings when the options write numbers as strings). Applied to <see cref="Share"/>
/// by default.
/// </summary>
/// <remarks>Both properties are required, each once; null, a non-object, an unknown property, a negative numerator and
/// a denominator that is not positive throw <see cref="JsonException"/> whose message ends with the JSON path of the
/// fault. The percentage is not written: it is derived. Immutable and thread-safe.</remarks>
public sealed class ShareJsonConverter : JsonConverter<Share>
{
    private const string TypeName = nameof(Share);
    private static readonly JsonEncodedText NumeratorName = JsonEncodedText.Encode("numerator");
    private static readonly JsonEncodedText DenominatorName = JsonEncodedText.Encode("denominator");

    /// <summary>Reads a share object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type (<see cref="Share"/>).</param>
    /// <param name="options">The options (case-insensitivity of names).</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid share object; the message names the path and what is wrong.</exception>
    public override Share Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        JsonRead.StartObject(ref reader, TypeName, "{\"numerator\":…,\"denominator\":…}");
        decimal? numerator = null, denominator = null;
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            if (JsonRead.Is(name, "numerator", options))
            {
                JsonRead.CheckOnce(numerator is not null, name, TypeName);
                numerator = JsonRead.Decimal(ref reader, name);
                if (numerator < 0m)
                {
                    throw new JsonValueException(JsonRead.Invariant($"A share's numerator cannot be {numerator}: allowed is zero or more."), name);
                }
            }
            else if (JsonRead.Is(name, "denominator", options))
            {
                JsonRead.CheckOnce(denominator is not null, name, TypeName);
                denominator = JsonRead.Decimal(ref reader, name);
                if (denominator <= 0m)
                {
                    throw new JsonValueException(JsonRead.Invariant($"A share's denominator cannot be {denominator}: allowed is more than zero."), name);
                }
            }
            else
            {
                throw JsonRead.Unknown(name, TypeName, "\"numerator\" and \"denominator\"");
            }
        }

        return new Share(numerator ?? throw JsonRead.Missing("numerator", TypeName), denominator ?? throw JsonRead.Missing("denominator", TypeName));
    }

    /// <summary>Writes the share object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The share.</param>
    /// <param name="options">The options (<see cref="JsonSerializerOptions.NumberHandling"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, Share value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(options);
        writer.WriteStartObject();
        JsonRead.WriteDecimal(writer, NumeratorName, value.Numerator, options);
        JsonRead.WriteDecimal(writer, DenominatorName, value.Denominator, options);
        writer.WriteEndObject();
    }
}
