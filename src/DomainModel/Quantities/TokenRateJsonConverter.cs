using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Serialization;
using DomainModel.Utility;
using UnitsNet;
using UnitsNet.Units;

namespace DomainModel;

/// <summary>
/// Reads and writes a <see cref="TokenRate"/> as
/// <c>{"volume":{"tokens":50000000000000,"unit":"Trillion"},"period":{"value":1,"unit":"Day"}}</c>, with
/// <c>"monthLength"</c> when the rate was converted through a month: <c>"ThirtyDays"</c>, <c>"JulianAverage"</c>,
/// <c>"GregorianAverage"</c> or a calendar month <c>"2025-02"</c>. The volume has the shape of
/// <see cref="TokenVolumeJsonConverter"/>; the period's unit is a UnitsNet <see cref="DurationUnit"/> member name.
/// Applied to <see cref="TokenRate"/> by default.
/// </summary>
/// <remarks>"volume" and "period" are required, each once; null, a non-object, an unknown property, a bad volume, a
/// period the rate refuses (zero, negative, Mars sols, not exactly representable) and a malformed month length throw
/// <see cref="JsonException"/> whose message ends with the JSON path of the fault (<c>$.rate.period.value</c>).
/// Immutable and thread-safe.</remarks>
public sealed class TokenRateJsonConverter : JsonConverter<TokenRate>
{
    private const string TypeName = nameof(TokenRate);
    private static readonly TokenVolumeJsonConverter VolumeConverter = new();
    private static readonly JsonEncodedText VolumeName = JsonEncodedText.Encode("volume");
    private static readonly JsonEncodedText PeriodName = JsonEncodedText.Encode("period");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode("unit");
    private static readonly JsonEncodedText MonthLengthName = JsonEncodedText.Encode("monthLength");

    /// <summary>Reads a rate object.</summary>
    /// <param name="reader">The reader, at the start of the value.</param>
    /// <param name="typeToConvert">The type (<see cref="TokenRate"/>).</param>
    /// <param name="options">The options (case-insensitivity of names).</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a valid rate object; the message names the path and what is wrong.</exception>
    public override TokenRate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        JsonRead.StartObject(ref reader, TypeName, "{\"volume\":{…},\"period\":{\"value\":…,\"unit\":…}}");
        TokenVolume? volume = null;
        Duration? period = null;
        MonthLength? monthLength = null;
        bool monthLengthSeen = false;
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            if (JsonRead.Is(name, "volume", options))
            {
                JsonRead.CheckOnce(volume is not null, name, TypeName);
                volume = JsonRead.Nested(ref reader, name, VolumeConverter, options);
            }
            else if (JsonRead.Is(name, "period", options))
            {
                JsonRead.CheckOnce(period is not null, name, TypeName);
                period = ReadPeriod(ref reader, name, options);
            }
            else if (JsonRead.Is(name, "monthLength", options))
            {
                JsonRead.CheckOnce(monthLengthSeen, name, TypeName);
                monthLengthSeen = true;
                monthLength = ReadMonthLength(ref reader, name);
            }
            else
            {
                throw JsonRead.Unknown(name, TypeName, "\"volume\", \"period\" and \"monthLength\"");
            }
        }

        var v = volume ?? throw JsonRead.Missing("volume", TypeName);
        var p = period ?? throw JsonRead.Missing("period", TypeName);
        try
        {
            var rate = new TokenRate(v, p);
            return monthLength is null ? rate : new TokenRate(rate.Volume, rate.Period, monthLength);
        }
        catch (ArgumentException e)
        {
            throw JsonRead.Invalid(TypeName, e, "period");
        }
    }

    /// <summary>Writes the rate object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The rate.</param>
    /// <param name="options">The options (<see cref="JsonSerializerOptions.NumberHandling"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="options"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, TokenRate value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(options);
        writer.WriteStartObject();
        writer.WritePropertyName(VolumeName);
        VolumeConverter.Write(writer, value.Volume, options);
        writer.WritePropertyName(PeriodName);
        writer.WriteStartObject();
        JsonRead.WriteDecimal(writer, ValueName, (decimal)(double)value.Period.Value, options);
        writer.WriteString(UnitName, value.Period.Unit.ToString());
        writer.WriteEndObject();
        if (value.MonthLength is { } m)
        {
            writer.WriteString(MonthLengthName, m.Kind == MonthLengthKind.CalendarMonth
                ? string.Create(CultureInfo.InvariantCulture, $"{m.Year:D4}-{m.Month:D2}")
                : m.Kind.ToString());
        }

        writer.WriteEndObject();
    }

    private static Duration ReadPeriod(ref Utf8JsonReader reader, string member, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonValueException(JsonRead.Invariant($"A period must be a JSON object {{\"value\":1,\"unit\":\"Day\"}}, not {JsonRead.Describe(reader.TokenType)}."), member);
        }

        decimal? value = null;
        DurationUnit? unit = null;
        while (JsonRead.NextProperty(ref reader, out string name))
        {
            string path = member + "." + name;
            if (JsonRead.Is(name, "value", options))
            {
                JsonRead.CheckOnce(value is not null, path, "period");
                value = JsonRead.Decimal(ref reader, path);
                if (value <= 0m || value > 1e15m || (decimal)(double)value.Value != value.Value)
                {
                    throw new JsonValueException(JsonRead.Invariant($"A token rate's period cannot be {value}: it must be positive and exactly representable as a double (at most 15 significant digits)."), path);
                }
            }
            else if (JsonRead.Is(name, "unit", options))
            {
                JsonRead.CheckOnce(unit is not null, path, "period");
                unit = JsonRead.Enum<DurationUnit>(ref reader, path);
                if (unit == DurationUnit.Sol)
                {
                    throw new JsonValueException("A token rate's period cannot be in Mars sols.", path);
                }
            }
            else
            {
                throw JsonRead.Unknown(path, "period", "\"value\" and \"unit\"");
            }
        }

        return Duration.From((double)(value ?? throw new JsonValueException("A period needs the property \"value\".", member)),
            unit ?? throw new JsonValueException("A period needs the property \"unit\".", member));
    }

    private static MonthLength ReadMonthLength(ref Utf8JsonReader reader, string member)
    {
        string text = JsonRead.String(ref reader, member, "a month length");
        switch (text)
        {
            case nameof(MonthLengthKind.ThirtyDays):
                return MonthLength.ThirtyDays;
            case nameof(MonthLengthKind.JulianAverage):
                return MonthLength.JulianAverage;
            case nameof(MonthLengthKind.GregorianAverage):
                return MonthLength.GregorianAverage;
        }

        if (text.Length == 7 && text[4] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 1
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month) && month is >= 1 and <= 12)
        {
            return MonthLength.CalendarMonth(year, month);
        }

        throw new JsonValueException(JsonRead.Invariant($"\"{text}\" is not a month length: allowed are \"ThirtyDays\", \"JulianAverage\", \"GregorianAverage\" or a calendar month \"yyyy-MM\"."), member);
    }
}
