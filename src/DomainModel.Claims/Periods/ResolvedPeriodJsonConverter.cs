using System;
using System.Text.Json;
using DomainModel.Serialization;
using DomainModel.Text;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// JSON for <see cref="ResolvedPeriod"/>:
/// <c>{"text":"entro metà febbraio","asOf":"2025-12-05","kind":"deadline","span":"2026-02-11..2026-02-20","startBound":null,"endBound":"2026-02-11..2026-02-20"}</c>:
/// the phrase, the day it was resolved against, the <see cref="PeriodKind"/> member (camelCase) and the ranges in the
/// text form of <see cref="DateRange"/> (<c>startBound</c> is null for a deadline). Applied by <c>[JsonConverter]</c>.
/// </summary>
/// <remarks>
/// <para><b>Reading</b> resolves the phrase again as of <c>asOf</c> (with each <see cref="MonthWithoutYear"/> rule in
/// turn, and a fiscal phrase such as "fiscal 2026" in each calendar the options know: those of
/// <see cref="FiscalCalendars"/> and those registered with <see cref="DomainModelJson"/>) and accepts it only when the
/// kind and all three ranges are the ones written: a document whose days disagree with its phrase is refused, never
/// half-believed. All six properties are required, each once.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
internal sealed class ResolvedPeriodJsonConverter() : JsonObjectConverter<ResolvedPeriod, ResolvedPeriodJsonConverter.Fields>(nameof(ResolvedPeriod), ["text", "asOf", "kind", "span", "startBound", "endBound"])
{
    internal static ResolvedPeriodJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, ResolvedPeriod value, JsonSerializerOptions options)
    {
        writer.WriteString(Encoded[0], value.Text);
        writer.WriteString(Encoded[1], DateRange.Format(value.AsOf));
        JsonRead.WriteEnum(writer, Encoded[2], value.Kind);
        writer.WriteString(Encoded[3], value.Span.ToString());
        if (value.StartBound is { } start)
        {
            writer.WriteString(Encoded[4], start.ToString());
        }
        else
        {
            writer.WriteNull(Encoded[4]);
        }

        writer.WriteString(Encoded[5], value.EndBound.ToString());
    }

    /// <inheritdoc />
    protected override void ReadProperty(ref Fields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        switch (property)
        {
            case 0: fields.Text = JsonRead.String(ref reader, null, "the period phrase, e.g. \"ad agosto\""); break;
            case 1: fields.AsOf = JsonRead.Date(ref reader, null); break;
            case 2: fields.Kind = JsonRead.Enum<PeriodKind>(ref reader, null); break;
            case 3: fields.Span = Range(ref reader, options); break;
            case 4: fields.StartBound = reader.TokenType == JsonTokenType.Null ? null : Range(ref reader, options); break;
            default: fields.EndBound = Range(ref reader, options); break;
        }
    }

    /// <inheritdoc />
    protected override ResolvedPeriod Create(ref Fields f, JsonSerializerOptions options)
    {
        string text = f.Text!;
        bool resolvedAtAll = false;
        bool fiscal = false;
        foreach (var rule in (ReadOnlySpan<MonthWithoutYear>)[MonthWithoutYear.Nearest, MonthWithoutYear.MostRecent, MonthWithoutYear.Next])
        {
            var parsed = ResolvedPeriod.ParseCore(text, f.AsOf, rule, null);
            fiscal |= parsed.Failure.Error == ParseError.NeedsFiscalCalendar;
            if (parsed.TryGetValue(out var period))
            {
                resolvedAtAll = true;
                if (Matches(period, f))
                {
                    return period;
                }
            }
        }

        if (fiscal)
        {
            foreach (var calendar in DomainModelJsonSettings.Of(options).Calendars.All)
            {
                if (ResolvedPeriod.TryParse(text, f.AsOf, MonthWithoutYear.Nearest, calendar, out var period))
                {
                    resolvedAtAll = true;
                    if (Matches(period, f))
                    {
                        return period;
                    }
                }
            }
        }

        throw new JsonValueException(
            resolvedAtAll
                ? JsonRead.Invariant($"The phrase \"{text}\" as of {DateRange.Format(f.AsOf)} does not resolve to the kind and days written ({JsonRead.Name(f.Kind)} {f.Span}){(fiscal ? " in any fiscal calendar these options know; register the company's calendar: options.AddDomainModel(catalog, calendars)" : string.Empty)}; the document is inconsistent.")
                : fiscal
                    ? JsonRead.Invariant($"\"{text}\" is a fiscal period that none of the calendars these options know resolves (as of {DateRange.Format(f.AsOf)}); register the company's calendar: options.AddDomainModel(catalog, calendars).")
                    : JsonRead.Invariant($"\"{text}\" is not a period phrase this library resolves (as of {DateRange.Format(f.AsOf)})."),
            resolvedAtAll ? null : "text");
    }

    private static bool Matches(ResolvedPeriod period, in Fields f) =>
        period.Kind == f.Kind && period.Span == f.Span && period.EndBound == f.EndBound && period.StartBound == f.StartBound;

    private static DateRange Range(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        DateRangeJsonConverter.Instance.Read(ref reader, typeof(DateRange), options);

    /// <summary>What a period object holds while it is read.</summary>
    internal struct Fields
    {
        internal string? Text;
        internal DateOnly AsOf;
        internal PeriodKind Kind;
        internal DateRange Span;
        internal DateRange? StartBound;
        internal DateRange EndBound;
    }
}
