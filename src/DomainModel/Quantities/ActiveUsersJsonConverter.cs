using System.Text.Json;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="ActiveUsers"/>: <c>{"users":157000000,"window":"monthly","period":"2025-08-01..2025-08-31"}</c>.
/// Applied by <c>[JsonConverter]</c>. Stateless and thread-safe.
/// </summary>
internal sealed class ActiveUsersJsonConverter() : JsonObjectConverter<ActiveUsers, ActiveUsersJsonConverter.Fields>(nameof(ActiveUsers), ["users", "window", "period"])
{
    internal static ActiveUsersJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, ActiveUsers value, JsonSerializerOptions options)
    {
        JsonRead.WriteInteger(writer, Encoded[0], value.Users, options);
        JsonRead.WriteEnum(writer, Encoded[1], value.Window);
        writer.WriteString(Encoded[2], new DateRange(value.PeriodStart, value.PeriodEnd).ToString());
    }

    /// <inheritdoc />
    protected override void ReadProperty(ref Fields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        switch (property)
        {
            case 0: fields.Users = JsonRead.Integer(ref reader, null, 0, long.MaxValue); break;
            case 1: fields.Window = JsonRead.Enum<ActivityWindow>(ref reader, null); break;
            default: fields.Period = DateRangeJsonConverter.Instance.Read(ref reader, typeof(DateRange), options); break;
        }
    }

    /// <inheritdoc />
    protected override ActiveUsers Create(ref Fields fields, JsonSerializerOptions options) =>
        new(fields.Users, fields.Window, fields.Period.Start, fields.Period.End);

    /// <summary>What an active-users object holds while it is read.</summary>
    internal struct Fields
    {
        internal long Users;
        internal ActivityWindow Window;
        internal DateRange Period;
    }
}
