using System.Text.Json;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="FiscalQuarter"/>: <c>{"calendar":"Nvidia","year":2025,"quarter":4}</c>; calendars by name as
/// for <see cref="FiscalYear"/>. Applied by <c>[JsonConverter]</c>. Stateless and thread-safe.
/// </summary>
internal sealed class FiscalQuarterJsonConverter() : JsonObjectConverter<FiscalQuarter, FiscalQuarterJsonConverter.Fields>(nameof(FiscalQuarter), ["calendar", "year", "quarter"])
{
    /// <inheritdoc />
    protected override void CheckWritable(FiscalQuarter value, JsonSerializerOptions options)
    {
        DomainModelJsonSettings.Of(options).Calendars.CheckWritable(value.Year.Calendar);
    }

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, FiscalQuarter value, JsonSerializerOptions options)
    {
        writer.WriteString(Encoded[0], value.Year.Calendar.Name);
        JsonRead.WriteInteger(writer, Encoded[1], value.Year.Label, options);
        JsonRead.WriteInteger(writer, Encoded[2], value.Number, options);
    }

    /// <inheritdoc />
    protected override void ReadProperty(ref Fields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        switch (property)
        {
            case 0: fields.Calendar = DomainModelJsonSettings.Of(options).Calendars.Read(ref reader, null); break;
            case 1: fields.Year = (int)JsonRead.Integer(ref reader, null, FiscalYear.MinLabel, FiscalYear.MaxLabel); break;
            default: fields.Quarter = (int)JsonRead.Integer(ref reader, null, 1, 4); break;
        }
    }

    /// <inheritdoc />
    protected override FiscalQuarter Create(ref Fields fields, JsonSerializerOptions options) =>
        new(new FiscalYear(fields.Calendar!, fields.Year), fields.Quarter);

    /// <summary>What a fiscal-quarter object holds while it is read.</summary>
    internal struct Fields
    {
        internal FiscalCalendar? Calendar;
        internal int Year;
        internal int Quarter;
    }
}
