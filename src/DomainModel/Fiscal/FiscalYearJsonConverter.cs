using System.Text.Json;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="FiscalYear"/>: <c>{"calendar":"Microsoft","label":2025}</c>. The calendar is named, not
/// written: the calendars of <see cref="FiscalCalendars"/> and those registered with <see cref="DomainModelJson"/>
/// are known; writing a year of a calendar the options do not know by that name is refused. Applied by
/// <c>[JsonConverter]</c>. Stateless and thread-safe.
/// </summary>
internal sealed class FiscalYearJsonConverter() : JsonObjectConverter<FiscalYear, FiscalYearJsonConverter.Fields>(nameof(FiscalYear), ["calendar", "label"])
{
    /// <inheritdoc />
    protected override void CheckWritable(FiscalYear value, JsonSerializerOptions options)
    {
        DomainModelJsonSettings.Of(options).Calendars.CheckWritable(value.Calendar);
    }

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, FiscalYear value, JsonSerializerOptions options)
    {
        writer.WriteString(Encoded[0], value.Calendar.Name);
        JsonRead.WriteInteger(writer, Encoded[1], value.Label, options);
    }

    /// <inheritdoc />
    protected override void ReadProperty(ref Fields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (property == 0)
        {
            fields.Calendar = DomainModelJsonSettings.Of(options).Calendars.Read(ref reader, null);
        }
        else
        {
            fields.Label = (int)JsonRead.Integer(ref reader, null, FiscalYear.MinLabel, FiscalYear.MaxLabel);
        }
    }

    /// <inheritdoc />
    protected override FiscalYear Create(ref Fields fields, JsonSerializerOptions options) => new(fields.Calendar!, fields.Label);

    /// <summary>What a fiscal-year object holds while it is read.</summary>
    internal struct Fields
    {
        internal FiscalCalendar? Calendar;
        internal int Label;
    }
}
