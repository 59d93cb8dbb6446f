using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// Reads and writes a <see cref="ResolvedPeriod"/> as
/// <c>{"text":"entro metà febbraio","asOf":"2025-12-05","kind":"Deadline","span":"2026-02-11..2026-02-20","startBound":null,"endBound":"2026-02-11..2026-02-20"}</c>:
/// the phrase, the day it was resolved against, the <see cref="PeriodKind"/> member name and the ranges in the text
/// form of <see cref="DateRange"/> (<c>startBound</c> is null for a deadline). Applied to
/// <see cref="ResolvedPeriod"/> by default.
/// </summary>
/// <remarks>
/// <para><b>Reading</b> resolves the phrase again as of <c>asOf</c> (with each <see cref="MonthWithoutYear"/> rule in
/// turn) and accepts it only when the kind and all three ranges are the ones written: a document whose days disagree
/// with its phrase is refused, never half-believed. All six properties are required, each once.</para>
/// <para>Null, a non-object, an unknown property, a phrase this library does not resolve, malformed dates or ranges and
/// days that disagree with the phrase throw <see cref="JsonException"/> whose message ends with the JSON path of the
/// fault.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ResolvedPeriodJsonConverter : JsonConverter<ResolvedPeriod>
{
    private const string TypeName = nameof(ResolvedPeriod);
    private const string Allowed = "\"text\", \"asOf\", \"kind\", \"span\", \"startBound\" and \"endBound\"";
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText AsOfName = JsonEncodedText.Encode("asOf");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText SpanName = JsonEncodedText.Encode("span");
    private static readonly JsonEncodedText StartBoundName = JsonEncodedText.Encode("startBound");
    private static readonly JsonEncodedText EndBoundName = JsonEncodedText.Encode("endBound");

    /// <summary>Reads a resolved-period object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type (<see cref="ResolvedPeriod"/>).</param>
    /// <param name="options">The options (case-insensitivity of names).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid resolved-period object; the message names the path and what is wrong.</exception>
    public override ResolvedPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        JsonRead.StartObject(ref reader, TypeName, "{\"text\":…,\"asOf\":…,\"kind\":…,\"span\":…,\"startBound\":…,\"endBound\":…}");
        string? text = null;
        DateOnly? asOf = null;
        PeriodKind? kind = null;
        DateRange? span = null, endBound = null;
        DateRange? startBound = null;
        bool startBoundSeen = false;
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            if (JsonRead.Is(name, "text", options))
            {
                JsonRead.CheckOnce(text is not null, name, TypeName);
                text = JsonRead.String(ref reader, name, "the period phrase, e.g. \"ad agosto\"");
            }
            else if (JsonRead.Is(name, "asOf", options))
            {
                JsonRead.CheckOnce(asOf is not null, name, TypeName);
                asOf = JsonRead.Date(ref reader, name);
            }
            else if (JsonRead.Is(name, "kind", options))
            {
                JsonRead.CheckOnce(kind is not null, name, TypeName);
                kind = JsonRead.Enum<PeriodKind>(ref reader, name);
            }
            else if (JsonRead.Is(name, "span", options))
            {
                JsonRead.CheckOnce(span is not null, name, TypeName);
                span = DateRangeJsonConverter.ReadCore(ref reader, name);
            }
            else if (JsonRead.Is(name, "startBound", options))
            {
                JsonRead.CheckOnce(startBoundSeen, name, TypeName);
                startBoundSeen = true;
                startBound = reader.TokenType == JsonTokenType.Null ? null : DateRangeJsonConverter.ReadCore(ref reader, name);
            }
            else if (JsonRead.Is(name, "endBound", options))
            {
                JsonRead.CheckOnce(endBound is not null, name, TypeName);
                endBound = DateRangeJsonConverter.ReadCore(ref reader, name);
            }
            else
            {
                throw JsonRead.Unknown(name, TypeName, Allowed);
            }
        }

        string t = text ?? throw JsonRead.Missing("text", TypeName);
        DateOnly day = asOf ?? throw JsonRead.Missing("asOf", TypeName);
        PeriodKind k = kind ?? throw JsonRead.Missing("kind", TypeName);
        DateRange s = span ?? throw JsonRead.Missing("span", TypeName);
        DateRange e = endBound ?? throw JsonRead.Missing("endBound", TypeName);
        if (!startBoundSeen)
        {
            throw JsonRead.Missing("startBound", TypeName);
        }

        bool resolvedAtAll = false;
        foreach (var rule in (ReadOnlySpan<MonthWithoutYear>)[MonthWithoutYear.Nearest, MonthWithoutYear.MostRecent, MonthWithoutYear.Next])
        {
            if (ResolvedPeriod.TryParse(t, day, rule, out var period))
            {
                resolvedAtAll = true;
                if (period.Kind == k && period.Span == s && period.EndBound == e && period.StartBound == startBound)
                {
                    return period;
                }
            }
        }

        throw new JsonValueException(
            resolvedAtAll
                ? JsonRead.Invariant($"The phrase \"{t}\" as of {DateRange.Format(day)} does not resolve to the kind and days written ({k} {s}); the document is inconsistent.")
                : JsonRead.Invariant($"\"{t}\" is not a period phrase this library resolves (as of {DateRange.Format(day)})."),
            resolvedAtAll ? null : "text");
    }

    /// <summary>Writes the resolved-period object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The period.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, ResolvedPeriod value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WriteStartObject();
        writer.WriteString(TextName, value.Text);
        writer.WriteString(AsOfName, DateRange.Format(value.AsOf));
        writer.WriteString(KindName, value.Kind.ToString());
        writer.WriteString(SpanName, value.Span.ToString());
        if (value.StartBound is { } start)
        {
            writer.WriteString(StartBoundName, start.ToString());
        }
        else
        {
            writer.WriteNull(StartBoundName);
        }

        writer.WriteString(EndBoundName, value.EndBound.ToString());
        writer.WriteEndObject();
    }
}
