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
/// text form of <see cref="DateRange"/> (<c>startBound</c> is null for a deadline). A period relative to another one
/// ("a year earlier") adds <c>relativeTo</c>, that period as an object of the same form; a period stated by the reader
/// (<see cref="ResolvedPeriod.Stated"/>) has an empty <c>text</c> and adds <c>reason</c>. Applied by <c>[JsonConverter]</c>.
/// </summary>
/// <remarks>
/// <para><b>Reading</b> resolves the phrase again as of <c>asOf</c> (with each <see cref="MonthWithoutYear"/> rule in
/// turn, and a fiscal phrase such as "fiscal 2026" in each calendar the options know: those of
/// <see cref="FiscalCalendars"/> and those registered with <see cref="DomainModelJson"/>) and accepts it only when the
/// kind and all three ranges are the ones written: a document whose days disagree with its phrase is refused, never
/// half-believed. A relative phrase is resolved again against its <c>relativeTo</c>. The six properties are required, each once;
/// <c>relativeTo</c> and <c>reason</c> are optional.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
internal sealed class ResolvedPeriodJsonConverter() : JsonObjectConverter<ResolvedPeriod, ResolvedPeriodJsonConverter.Fields>(
    nameof(ResolvedPeriod), ["text", "asOf", "kind", "span", "startBound", "endBound", "relativeTo", "reason"], "relativeTo", "reason")
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
        if (value.Reference is { } reference)
        {
            writer.WritePropertyName(Encoded[6]);
            Write(writer, reference, options);
        }

        if (value.StatedReason is { } reason)
        {
            writer.WriteString(Encoded[7], reason);
        }
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
            case 5: fields.EndBound = Range(ref reader, options); break;
            case 6: fields.Reference = Read(ref reader, typeof(ResolvedPeriod), options); break;
            default: fields.Reason = JsonRead.String(ref reader, null, "why the period is stated, not named by the article's words"); break;
        }
    }

    /// <inheritdoc />
    protected override ResolvedPeriod Create(ref Fields f, JsonSerializerOptions options)
    {
        string text = f.Text!;
        if (f.Reason is { } reason)
        {
            if (f.Reference is not null || text.Length > 0 || string.IsNullOrWhiteSpace(reason) || f.Kind != PeriodKind.Exact)
            {
                throw new JsonValueException("A stated period (\"reason\") is exact, has an empty \"text\", no \"relativeTo\" and a reason that is not blank; the document is inconsistent.", "reason");
            }

            var stated = ResolvedPeriod.Stated(f.Span, f.AsOf, reason);
            return Matches(stated, f) ? stated : throw new JsonValueException(JsonRead.Invariant($"The stated period {f.Span} has bounds other than its first and last day; the document is inconsistent."), "reason");
        }

        if (f.Reference is { } reference)
        {
            bool resolved = false;
            foreach (var calendar in (FiscalCalendar?[])[null, .. DomainModelJsonSettings.Of(options).Calendars.All])
            {
                if (ResolvedPeriod.TryParseRelative(text, reference, calendar, out var relative))
                {
                    resolved = true;
                    if (Matches(relative, f) && relative.AsOf == f.AsOf)
                    {
                        return relative;
                    }
                }
            }

            throw new JsonValueException(
                resolved
                    ? JsonRead.Invariant($"The phrase \"{text}\" relative to {reference.Span} does not resolve to the kind and days written ({JsonRead.Name(f.Kind)} {f.Span}) in any fiscal calendar these options know; the document is inconsistent.")
                    : JsonRead.Invariant($"\"{text}\" is not a period relative to another one that resolves against {reference.Span}."),
                "text");
        }

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
        internal ResolvedPeriod? Reference;
        internal string? Reason;
    }
}
