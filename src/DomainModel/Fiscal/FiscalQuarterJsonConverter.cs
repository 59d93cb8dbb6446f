using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// Reads and writes a <see cref="FiscalQuarter"/> as <c>{"calendar":"Nvidia","year":2025,"quarter":4}</c>: the
/// calendar by name, the fiscal year's label and the quarter's number. Applied to <see cref="FiscalQuarter"/> by
/// default, knowing the calendars of <see cref="FiscalCalendars"/>; add an instance made with your own calendars to
/// <see cref="JsonSerializerOptions.Converters"/> for those (calendars by name: see <see cref="FiscalYearJsonConverter"/>).
/// </summary>
/// <remarks>All three properties are required, each once; null, a non-object, an unknown property, an unknown calendar,
/// a year label out of range and a quarter outside 1–4 throw <see cref="JsonException"/> whose message ends with the
/// JSON path of the fault. Immutable and thread-safe.</remarks>
public sealed class FiscalQuarterJsonConverter : JsonConverter<FiscalQuarter>
{
    private const string TypeName = nameof(FiscalQuarter);
    private static readonly JsonEncodedText CalendarName = JsonEncodedText.Encode("calendar");
    private static readonly JsonEncodedText YearName = JsonEncodedText.Encode("year");
    private static readonly JsonEncodedText QuarterName = JsonEncodedText.Encode("quarter");
    private readonly FiscalCalendarLookup _calendars;

    /// <summary>A converter that knows the calendars of <see cref="FiscalCalendars"/>.</summary>
    public FiscalQuarterJsonConverter()
        : this(Array.Empty<FiscalCalendar>())
    {
    }

    /// <summary>A converter that knows <paramref name="calendars"/> and those of <see cref="FiscalCalendars"/>.</summary>
    /// <param name="calendars">Further calendars; a name may appear once (a calendar here replaces a built-in one of the same name).</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendars"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two of <paramref name="calendars"/> have the same name.</exception>
    public FiscalQuarterJsonConverter(IEnumerable<FiscalCalendar> calendars) => _calendars = new FiscalCalendarLookup(calendars);

    /// <summary>Reads a fiscal-quarter object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type (<see cref="FiscalQuarter"/>).</param>
    /// <param name="options">The options (case-insensitivity of names).</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid fiscal-quarter object; the message names the path and what is wrong.</exception>
    public override FiscalQuarter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        JsonRead.StartObject(ref reader, TypeName, "{\"calendar\":…,\"year\":…,\"quarter\":…}");
        FiscalCalendar? calendar = null;
        int? year = null, quarter = null;
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            if (JsonRead.Is(name, "calendar", options))
            {
                JsonRead.CheckOnce(calendar is not null, name, TypeName);
                calendar = _calendars.Read(ref reader, name);
            }
            else if (JsonRead.Is(name, "year", options))
            {
                JsonRead.CheckOnce(year is not null, name, TypeName);
                year = (int)JsonRead.Integer(ref reader, name, FiscalYear.MinLabel, FiscalYear.MaxLabel);
            }
            else if (JsonRead.Is(name, "quarter", options))
            {
                JsonRead.CheckOnce(quarter is not null, name, TypeName);
                quarter = (int)JsonRead.Integer(ref reader, name, 1, 4);
            }
            else
            {
                throw JsonRead.Unknown(name, TypeName, "\"calendar\", \"year\" and \"quarter\"");
            }
        }

        var fiscalYear = new FiscalYear(calendar ?? throw JsonRead.Missing("calendar", TypeName), year ?? throw JsonRead.Missing("year", TypeName));
        return new FiscalQuarter(fiscalYear, quarter ?? throw JsonRead.Missing("quarter", TypeName));
    }

    /// <summary>Writes the fiscal-quarter object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The quarter.</param>
    /// <param name="options">The options (<see cref="JsonSerializerOptions.NumberHandling"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The converter does not know the quarter's calendar (by name and rule), so the JSON would not read back.</exception>
    public override void Write(Utf8JsonWriter writer, FiscalQuarter value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(options);
        _calendars.CheckWritable(value.Year.Calendar);
        writer.WriteStartObject();
        writer.WriteString(CalendarName, value.Year.Calendar.Name);
        JsonRead.WriteInteger(writer, YearName, value.Year.Label, options);
        JsonRead.WriteInteger(writer, QuarterName, value.Number, options);
        writer.WriteEndObject();
    }
}
