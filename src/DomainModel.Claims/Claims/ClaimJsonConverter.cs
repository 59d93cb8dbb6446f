using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// JSON for <see cref="Claim{T}"/>: <c>{"id":…,"subject":…,"quote":{"text":…,"offset":…},"source":["reporter",…,"origin"],
/// "period":&lt;ResolvedPeriod&gt;,"estimate":&lt;Estimate{T}&gt;}</c>. Reflection-free: the estimate's converter is
/// passed in; <see cref="DomainModelJsonResolver"/> registers one for each quantity of the library. No unknown,
/// duplicate or missing property; the claim's own validation applies (a blank id or subject is refused).
/// </summary>
/// <typeparam name="T">The quantity.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ClaimJsonConverter<T> : JsonConverter<Claim<T>>
    where T : struct, IEstimable<T>
{
    private const string TypeName = "Claim";
    private static readonly ResolvedPeriodJsonConverter Period = new();
    private readonly JsonConverter<Estimate<T>> _estimate;

    /// <summary>Creates the converter.</summary>
    /// <param name="estimate">The converter of the claim's estimate (an <see cref="EstimateJsonConverter{T}"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is null.</exception>
    public ClaimJsonConverter(JsonConverter<Estimate<T>> estimate) => _estimate = Preconditions.CheckNotNull(estimate);

    /// <summary>Reads a claim object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type.</param>
    /// <param name="options">The options.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid claim; the message names the path and what is wrong.</exception>
    public override Claim<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        JsonRead.StartObject(ref reader, TypeName, "{\"id\":…,\"subject\":…,\"quote\":…,\"source\":…,\"period\":…,\"estimate\":…}");
        string? id = null, subject = null, quoteText = null;
        long? offset = null;
        List<string>? source = null;
        ResolvedPeriod? period = null;
        Estimate<T>? estimate = null;
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            if (JsonRead.Is(name, "id", options))
            {
                JsonRead.CheckOnce(id is not null, name, TypeName);
                id = JsonRead.String(ref reader, name, "the claim's id");
            }
            else if (JsonRead.Is(name, "subject", options))
            {
                JsonRead.CheckOnce(subject is not null, name, TypeName);
                subject = JsonRead.String(ref reader, name, "what the claim is about");
            }
            else if (JsonRead.Is(name, "quote", options))
            {
                JsonRead.CheckOnce(quoteText is not null, name, TypeName);
                JsonRead.StartObject(ref reader, "quote", "{\"text\":…,\"offset\":…}");
                while (JsonRead.NextProperty(ref reader, out string inner))
                {
                    if (JsonRead.Is(inner, "text", options))
                    {
                        quoteText = JsonRead.String(ref reader, "quote." + inner, "the quoted words");
                    }
                    else if (JsonRead.Is(inner, "offset", options))
                    {
                        offset = JsonRead.Integer(ref reader, "quote." + inner, 0, int.MaxValue);
                    }
                    else
                    {
                        throw JsonRead.Unknown("quote." + inner, "quote", "\"text\" and \"offset\"");
                    }
                }

                if (quoteText is null || offset is null)
                {
                    throw JsonRead.Missing(quoteText is null ? "quote.text" : "quote.offset", TypeName);
                }
            }
            else if (JsonRead.Is(name, "source", options))
            {
                JsonRead.CheckOnce(source is not null, name, TypeName);
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new JsonValueException("A claim's source is an array of names, reporter first.", name);
                }

                source = [];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    source.Add(JsonRead.String(ref reader, name, "a source's name"));
                }
            }
            else if (JsonRead.Is(name, "period", options))
            {
                JsonRead.CheckOnce(period is not null, name, TypeName);
                period = JsonRead.Nested(ref reader, name, Period, options);
            }
            else if (JsonRead.Is(name, "estimate", options))
            {
                JsonRead.CheckOnce(estimate is not null, name, TypeName);
                estimate = JsonRead.Nested(ref reader, name, _estimate, options);
            }
            else
            {
                throw JsonRead.Unknown(name, TypeName, "\"id\", \"subject\", \"quote\", \"source\", \"period\" and \"estimate\"");
            }
        }

        try
        {
            return new Claim<T>(
                id ?? throw JsonRead.Missing("id", TypeName),
                subject ?? throw JsonRead.Missing("subject", TypeName),
                new Quote(quoteText ?? throw JsonRead.Missing("quote", TypeName), (int)offset!.Value),
                SourceChain.Of(source ?? throw JsonRead.Missing("source", TypeName)),
                period ?? throw JsonRead.Missing("period", TypeName),
                estimate ?? throw JsonRead.Missing("estimate", TypeName));
        }
        catch (ArgumentException e)
        {
            throw JsonRead.Invalid(TypeName, e, null);
        }
    }

    /// <summary>Writes the claim object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The claim.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/>, <paramref name="value"/> or <paramref name="options"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, Claim<T> value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(value);
        Preconditions.CheckNotNull(options);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WriteString("subject", value.Subject);
        writer.WriteStartObject("quote");
        writer.WriteString("text", value.Quote.Text);
        writer.WriteNumber("offset", value.Quote.Offset);
        writer.WriteEndObject();
        writer.WriteStartArray("source");
        foreach (string link in value.Source.Links)
        {
            writer.WriteStringValue(link);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("period");
        Period.Write(writer, value.Period, options);
        writer.WritePropertyName("estimate");
        _estimate.Write(writer, value.Estimate, options);
        writer.WriteEndObject();
    }
}
