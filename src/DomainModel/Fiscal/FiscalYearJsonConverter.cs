using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// Reads and writes a <see cref="FiscalYear"/> as <c>{"calendar":"Microsoft","label":2025}</c>: the calendar by its
/// <see cref="FiscalCalendar.Name"/>, the label a JSON number. Applied to <see cref="FiscalYear"/> by default, knowing
/// the calendars of <see cref="FiscalCalendars"/>; add an instance made with your own calendars to
/// <see cref="JsonSerializerOptions.Converters"/> to read and write years of those.
/// </summary>
/// <remarks>
/// <para><b>Calendars by name:</b> the JSON names the calendar; its rule is not written. A reader therefore needs a
/// converter that knows a calendar of that name, and a writer refuses (with <see cref="JsonException"/>) a year whose
/// calendar differs from the one the converter knows by that name, or that it does not know at all: a year written
/// always reads back as the same year, never as a year of another rule of the same name.</para>
/// <para><b>Reading:</b> both properties are required, each once; null, a non-object, an unknown property, an unknown
/// calendar and a label outside <see cref="FiscalYear.MinLabel"/> to <see cref="FiscalYear.MaxLabel"/> throw
/// <see cref="JsonException"/> whose message ends with the JSON path of the fault.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class FiscalYearJsonConverter : JsonConverter<FiscalYear>
{
    private const string TypeName = nameof(FiscalYear);
    private static readonly JsonEncodedText CalendarName = JsonEncodedText.Encode("calendar");
    private static readonly JsonEncodedText LabelName = JsonEncodedText.Encode("label");

    /// <summary>A converter that knows the calendars of <see cref="FiscalCalendars"/>.</summary>
    public FiscalYearJsonConverter()
        : this(Array.Empty<FiscalCalendar>())
    {
    }

    /// <summary>A converter that knows <paramref name="calendars"/> and those of <see cref="FiscalCalendars"/>.</summary>
    /// <param name="calendars">Further calendars; a name may appear once (a calendar here replaces a built-in one of the same name).</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendars"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two of <paramref name="calendars"/> have the same name.</exception>
    public FiscalYearJsonConverter(IEnumerable<FiscalCalendar> calendars) => Calendars = new FiscalCalendarLookup(calendars);

    private FiscalCalendarLookup Calendars { get; }

    /// <summary>Reads a fiscal-year object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type (<see cref="FiscalYear"/>).</param>
    /// <param name="options">The options (case-insensitivity of names).</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid fiscal-year object; the message names the path and what is wrong.</exception>
    public override FiscalYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        JsonRead.StartObject(ref reader, TypeName, "{\"calendar\":…,\"label\":…}");
        FiscalCalendar? calendar = null;
        int? label = null;
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            if (JsonRead.Is(name, "calendar", options))
            {
                JsonRead.CheckOnce(calendar is not null, name, TypeName);
                calendar = Calendars.Read(ref reader, name);
            }
            else if (JsonRead.Is(name, "label", options))
            {
                JsonRead.CheckOnce(label is not null, name, TypeName);
                label = (int)JsonRead.Integer(ref reader, name, FiscalYear.MinLabel, FiscalYear.MaxLabel);
            }
            else
            {
                throw JsonRead.Unknown(name, TypeName, "\"calendar\" and \"label\"");
            }
        }

        return new FiscalYear(calendar ?? throw JsonRead.Missing("calendar", TypeName), label ?? throw JsonRead.Missing("label", TypeName));
    }

    /// <summary>Writes the fiscal-year object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The year.</param>
    /// <param name="options">The options (<see cref="JsonSerializerOptions.NumberHandling"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The converter does not know the year's calendar (by name and rule), so the JSON would not read back.</exception>
    public override void Write(Utf8JsonWriter writer, FiscalYear value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(options);
        Calendars.CheckWritable(value.Calendar);
        writer.WriteStartObject();
        writer.WriteString(CalendarName, value.Calendar.Name);
        JsonRead.WriteInteger(writer, LabelName, value.Label, options);
        writer.WriteEndObject();
    }
}
