using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// Reads and writes <see cref="ActiveUsers"/> as
/// <c>{"users":157000000,"window":"Monthly","period":"2025-08-01..2025-08-31"}</c>: the users a JSON number (a
/// string when the options write numbers as strings), the window an <see cref="ActivityWindow"/> member name, the
/// period in the text form of <see cref="DateRange"/>. Applied to <see cref="ActiveUsers"/> by default.
/// </summary>
/// <remarks>All three properties are required, each once; null, a non-object, an unknown property, a negative or
/// fractional number of users, an unknown window and a malformed period throw <see cref="JsonException"/> whose message
/// ends with the JSON path of the fault. Immutable and thread-safe.</remarks>
public sealed class ActiveUsersJsonConverter : JsonConverter<ActiveUsers>
{
    private const string TypeName = nameof(ActiveUsers);
    private static readonly JsonEncodedText UsersName = JsonEncodedText.Encode("users");
    private static readonly JsonEncodedText WindowName = JsonEncodedText.Encode("window");
    private static readonly JsonEncodedText PeriodName = JsonEncodedText.Encode("period");

    /// <summary>Reads an active-users object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type (<see cref="ActiveUsers"/>).</param>
    /// <param name="options">The options (case-insensitivity of names).</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid active-users object; the message names the path and what is wrong.</exception>
    public override ActiveUsers Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        JsonRead.StartObject(ref reader, TypeName, "{\"users\":…,\"window\":…,\"period\":…}");
        long? users = null;
        ActivityWindow? window = null;
        DateRange? period = null;
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            if (JsonRead.Is(name, "users", options))
            {
                JsonRead.CheckOnce(users is not null, name, TypeName);
                users = JsonRead.Integer(ref reader, name, 0, long.MaxValue);
            }
            else if (JsonRead.Is(name, "window", options))
            {
                JsonRead.CheckOnce(window is not null, name, TypeName);
                window = JsonRead.Enum<ActivityWindow>(ref reader, name);
            }
            else if (JsonRead.Is(name, "period", options))
            {
                JsonRead.CheckOnce(period is not null, name, TypeName);
                period = DateRangeJsonConverter.ReadCore(ref reader, name);
            }
            else
            {
                throw JsonRead.Unknown(name, TypeName, "\"users\", \"window\" and \"period\"");
            }
        }

        var p = period ?? throw JsonRead.Missing("period", TypeName);
        return new ActiveUsers(users ?? throw JsonRead.Missing("users", TypeName), window ?? throw JsonRead.Missing("window", TypeName), p.Start, p.End);
    }

    /// <summary>Writes the active-users object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The figure.</param>
    /// <param name="options">The options (<see cref="JsonSerializerOptions.NumberHandling"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, ActiveUsers value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(options);
        writer.WriteStartObject();
        JsonRead.WriteInteger(writer, UsersName, value.Users, options);
        writer.WriteString(WindowName, value.Window.ToString());
        writer.WriteString(PeriodName, new DateRange(value.PeriodStart, value.PeriodEnd).ToString());
        writer.WriteEndObject();
    }
}
