using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="Estimate"/>: <c>{"kind":"Rounded","stated":160000000000,"statedHigh":160000000000,
/// "lower":159500000000,"lowerInclusive":true,"upper":160500000000,"upperInclusive":true}</c>; an unbounded side has
/// <c>"lower": null</c> (or <c>"upper": null</c>) and <c>false</c> for its inclusiveness. Exact numbers, no unknown,
/// duplicate or missing property; bounds must be ordered and admit at least one value.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class EstimateJsonConverter : JsonConverter<Estimate>
{
    private const string TypeName = nameof(Estimate);
    private const string Allowed = "\"kind\", \"stated\", \"statedHigh\", \"lower\", \"lowerInclusive\", \"upper\" and \"upperInclusive\"";
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText StatedName = JsonEncodedText.Encode("stated");
    private static readonly JsonEncodedText StatedHighName = JsonEncodedText.Encode("statedHigh");
    private static readonly JsonEncodedText LowerName = JsonEncodedText.Encode("lower");
    private static readonly JsonEncodedText LowerInclusiveName = JsonEncodedText.Encode("lowerInclusive");
    private static readonly JsonEncodedText UpperName = JsonEncodedText.Encode("upper");
    private static readonly JsonEncodedText UpperInclusiveName = JsonEncodedText.Encode("upperInclusive");

    /// <summary>Reads an estimate object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type (<see cref="Estimate"/>).</param>
    /// <param name="options">The options (case-insensitivity of names).</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid estimate object; the message names the path and what is wrong.</exception>
    public override Estimate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        JsonRead.StartObject(ref reader, TypeName, "{\"kind\":…,\"stated\":…,\"statedHigh\":…,\"lower\":…,\"lowerInclusive\":…,\"upper\":…,\"upperInclusive\":…}");
        EstimateKind? kind = null;
        decimal? stated = null, statedHigh = null, lower = null, upper = null;
        bool? lowerInclusive = null, upperInclusive = null;
        bool lowerSeen = false, upperSeen = false;
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            if (JsonRead.Is(name, "kind", options))
            {
                JsonRead.CheckOnce(kind is not null, name, TypeName);
                kind = JsonRead.Enum<EstimateKind>(ref reader, name);
            }
            else if (JsonRead.Is(name, "stated", options))
            {
                JsonRead.CheckOnce(stated is not null, name, TypeName);
                stated = JsonRead.Decimal(ref reader, name);
            }
            else if (JsonRead.Is(name, "statedHigh", options))
            {
                JsonRead.CheckOnce(statedHigh is not null, name, TypeName);
                statedHigh = JsonRead.Decimal(ref reader, name);
            }
            else if (JsonRead.Is(name, "lower", options))
            {
                JsonRead.CheckOnce(lowerSeen, name, TypeName);
                lowerSeen = true;
                lower = reader.TokenType == JsonTokenType.Null ? null : JsonRead.Decimal(ref reader, name);
            }
            else if (JsonRead.Is(name, "upper", options))
            {
                JsonRead.CheckOnce(upperSeen, name, TypeName);
                upperSeen = true;
                upper = reader.TokenType == JsonTokenType.Null ? null : JsonRead.Decimal(ref reader, name);
            }
            else if (JsonRead.Is(name, "lowerInclusive", options))
            {
                JsonRead.CheckOnce(lowerInclusive is not null, name, TypeName);
                lowerInclusive = Boolean(ref reader, name);
            }
            else if (JsonRead.Is(name, "upperInclusive", options))
            {
                JsonRead.CheckOnce(upperInclusive is not null, name, TypeName);
                upperInclusive = Boolean(ref reader, name);
            }
            else
            {
                throw JsonRead.Unknown(name, TypeName, Allowed);
            }
        }

        var k = kind ?? throw JsonRead.Missing("kind", TypeName);
        decimal s = stated ?? throw JsonRead.Missing("stated", TypeName);
        decimal sh = statedHigh ?? throw JsonRead.Missing("statedHigh", TypeName);
        if (!lowerSeen)
        {
            throw JsonRead.Missing("lower", TypeName);
        }

        if (!upperSeen)
        {
            throw JsonRead.Missing("upper", TypeName);
        }

        bool li = lowerInclusive ?? throw JsonRead.Missing("lowerInclusive", TypeName);
        bool ui = upperInclusive ?? throw JsonRead.Missing("upperInclusive", TypeName);
        if ((lower is null && li) || (upper is null && ui))
        {
            throw new JsonValueException("An unbounded side of an Estimate (null) cannot be inclusive.", lower is null && li ? "lowerInclusive" : "upperInclusive");
        }

        if (sh < s)
        {
            throw new JsonValueException(JsonRead.Invariant($"An Estimate's statedHigh {sh} is below its stated {s}."), "statedHigh");
        }

        if (lower is decimal lo && upper is decimal hi && (hi < lo || (hi == lo && !(li && ui))))
        {
            throw new JsonValueException(JsonRead.Invariant($"An Estimate's bounds {lo} and {hi} admit no value: the lower must be below the upper, or equal with both inclusive."), "upper");
        }

        return Estimate.Create(k, s, sh, lower, !li, upper, !ui);
    }

    /// <summary>Writes the estimate object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The estimate.</param>
    /// <param name="options">The options (<see cref="JsonSerializerOptions.NumberHandling"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, Estimate value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(options);
        writer.WriteStartObject();
        writer.WriteString(KindName, value.Kind.ToString());
        JsonRead.WriteDecimal(writer, StatedName, value.Stated, options);
        JsonRead.WriteDecimal(writer, StatedHighName, value.StatedHigh, options);
        WriteBound(writer, LowerName, value.Lower, options);
        writer.WriteBoolean(LowerInclusiveName, value.LowerInclusive);
        WriteBound(writer, UpperName, value.Upper, options);
        writer.WriteBoolean(UpperInclusiveName, value.UpperInclusive);
        writer.WriteEndObject();
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

    private static bool Boolean(ref Utf8JsonReader reader, string member) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new JsonValueException(JsonRead.Invariant($"Expected true or false, not {JsonRead.Describe(reader.TokenType)}."), member),
    };
}
