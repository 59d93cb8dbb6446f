using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// JSON for <see cref="Claim{T}"/>: <c>{"id":…,"subject":…,"quote":{"text":…,"offset":…},"source":["reporter",…,"origin"],
/// "period":&lt;ResolvedPeriod&gt;,"estimate":&lt;Estimate{T}&gt;}</c>. Reflection-free: the estimate's converter is the
/// library's. No unknown, duplicate or missing property; the claim's own validation applies (a blank id or subject is
/// refused). JSON <c>null</c> reads as a null reference. Stateless and thread-safe.
/// </summary>
/// <typeparam name="T">The quantity.</typeparam>
internal sealed class ClaimJsonConverter<T> : JsonObjectConverter<Claim<T>, ClaimJsonConverter<T>.Fields>
    where T : struct, IEstimable<T>
{
    private static readonly QuoteConverter Quotes = new();
    private readonly EstimateJsonConverter<T> _estimate;

    internal ClaimJsonConverter()
        : base("Claim", ["id", "subject", "quote", "source", "period", "estimate"]) =>
        _estimate = EstimableJsonConverters.Estimate<T>();

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, Claim<T> value, JsonSerializerOptions options)
    {
        writer.WriteString(Encoded[0], value.Id);
        writer.WriteString(Encoded[1], value.Subject);
        writer.WritePropertyName(Encoded[2]);
        Quotes.Write(writer, value.Quote, options);
        writer.WriteStartArray(Encoded[3]);
        foreach (string link in value.Source.Links)
        {
            writer.WriteStringValue(link);
        }

        writer.WriteEndArray();
        writer.WritePropertyName(Encoded[4]);
        ResolvedPeriodJsonConverter.Instance.Write(writer, value.Period, options);
        writer.WritePropertyName(Encoded[5]);
        _estimate.Write(writer, value.Estimate, options);
    }

    /// <inheritdoc />
    protected override void ReadProperty(ref Fields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        switch (property)
        {
            case 0: fields.Id = JsonRead.String(ref reader, null, "the claim's id"); break;
            case 1: fields.Subject = JsonRead.String(ref reader, null, "what the claim is about"); break;
            case 2: fields.Quote = Quotes.Read(ref reader, typeof(Quote), options); break;
            case 3: fields.Source = ReadSource(ref reader); break;
            case 4: fields.Period = ResolvedPeriodJsonConverter.Instance.Read(ref reader, typeof(ResolvedPeriod), options); break;
            default: fields.Estimate = _estimate.Read(ref reader, typeof(Estimate<T>), options); break;
        }
    }

    /// <inheritdoc />
    protected override Claim<T> Create(ref Fields fields, JsonSerializerOptions options) =>
        new(fields.Id!, fields.Subject!, fields.Quote, fields.Source!, fields.Period, fields.Estimate);

    private static SourceChain ReadSource(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonValueException(JsonRead.Invariant($"A claim's source is an array of names, reporter first, not {JsonRead.Describe(reader.TokenType)}."), null);
        }

        var links = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            links.Add(JsonRead.String(ref reader, JsonRead.Invariant($"[{links.Count}]"), "a source's name"));
        }

        return SourceChain.Of(links);
    }

    /// <summary>What a claim object holds while it is read.</summary>
    internal struct Fields
    {
        internal string? Id;
        internal string? Subject;
        internal Quote Quote;
        internal SourceChain? Source;
        internal ResolvedPeriod Period;
        internal Estimate<T> Estimate;
    }

    /// <summary>A claim's quote, <c>{"text":…,"offset":…}</c>.</summary>
    private sealed class QuoteConverter : JsonObjectConverter<Quote, (string? Text, int Offset)>
    {
        internal QuoteConverter()
            : base("quote", ["text", "offset"])
        {
        }

        protected override void WriteProperties(Utf8JsonWriter writer, Quote value, JsonSerializerOptions options)
        {
            writer.WriteString(Encoded[0], value.Text);
            JsonRead.WriteInteger(writer, Encoded[1], value.Offset, options);
        }

        protected override void ReadProperty(ref (string? Text, int Offset) fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            if (property == 0)
            {
                fields.Text = JsonRead.String(ref reader, null, "the quoted words");
            }
            else
            {
                fields.Offset = (int)JsonRead.Integer(ref reader, null, 0, int.MaxValue);
            }
        }

        protected override Quote Create(ref (string? Text, int Offset) fields, JsonSerializerOptions options) => new(fields.Text!, fields.Offset);
    }
}
