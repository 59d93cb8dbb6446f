using System;
using System.Globalization;
using System.Text.Json;
using DomainModel.Utility;
using UnitsNet;
using UnitsNet.Units;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="TokenRate"/>:
/// <c>{"volume":{"tokens":50000000000000,"unit":"trillion"},"period":{"value":1,"unit":"day"}}</c>, with
/// <c>"monthLength"</c> when the rate was converted through a month: <c>"thirtyDays"</c>, <c>"julianAverage"</c>,
/// <c>"gregorianAverage"</c> or a calendar month <c>"2025-02"</c>. The volume has the shape of
/// <see cref="TokenVolume"/>; the period's unit is a UnitsNet <see cref="DurationUnit"/> member, camelCase. Applied by
/// <c>[JsonConverter]</c>. Stateless and thread-safe.
/// </summary>
internal sealed class TokenRateJsonConverter : JsonObjectConverter<TokenRate, TokenRateJsonConverter.Fields>
{
    private static readonly PeriodConverter Period = new();

    public TokenRateJsonConverter()
        : base(nameof(TokenRate), ["volume", "period", "monthLength"], "monthLength")
    {
    }

    internal static TokenRateJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    protected override void WriteProperties(Utf8JsonWriter writer, TokenRate value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(Encoded[0]);
        TokenVolumeJsonConverter.Instance.Write(writer, value.Volume, options);
        writer.WritePropertyName(Encoded[1]);
        Period.Write(writer, value.Period, options);
        if (value.MonthLength is { } m)
        {
            writer.WriteString(Encoded[2], m.Kind == MonthLengthKind.CalendarMonth
                ? string.Create(CultureInfo.InvariantCulture, $"{m.Year:D4}-{m.Month:D2}")
                : JsonRead.Name(m.Kind));
        }

    }

    /// <inheritdoc />
    protected override void ReadProperty(ref Fields fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        switch (property)
        {
            case 0: fields.Volume = TokenVolumeJsonConverter.Instance.Read(ref reader, typeof(TokenVolume), options); break;
            case 1: fields.Period = Period.Read(ref reader, typeof(Duration), options); break;
            default: fields.MonthLength = ReadMonthLength(ref reader); break;
        }
    }

    /// <inheritdoc />
    protected override TokenRate Create(ref Fields fields, JsonSerializerOptions options)
    {
        var rate = new TokenRate(fields.Volume, fields.Period);
        return fields.MonthLength is { } m ? new TokenRate(rate.Volume, rate.Period, m) : rate;
    }

    private static MonthLength ReadMonthLength(ref Utf8JsonReader reader)
    {
        string text = JsonRead.String(ref reader, null, "a month length");
        if (text.Length == 7 && text[4] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 1
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month) && month is >= 1 and <= 12)
        {
            return MonthLength.CalendarMonth(year, month);
        }

        foreach (var kind in (ReadOnlySpan<MonthLengthKind>)[MonthLengthKind.ThirtyDays, MonthLengthKind.JulianAverage, MonthLengthKind.GregorianAverage])
        {
            if (text == JsonRead.Name(kind) || text == kind.ToString())
            {
                return kind switch
                {
                    MonthLengthKind.ThirtyDays => MonthLength.ThirtyDays,
                    MonthLengthKind.JulianAverage => MonthLength.JulianAverage,
                    _ => MonthLength.GregorianAverage,
                };
            }
        }

        throw new JsonValueException(JsonRead.Invariant($"\"{text}\" is not a month length: allowed are \"thirtyDays\", \"julianAverage\", \"gregorianAverage\" or a calendar month \"yyyy-MM\"."), null);
    }

    /// <summary>What a rate object holds while it is read.</summary>
    internal struct Fields
    {
        internal TokenVolume Volume;
        internal Duration Period;
        internal MonthLength? MonthLength;
    }

    /// <summary>A rate's period, <c>{"value":1,"unit":"day"}</c>: positive, exactly a double, not in Mars sols.</summary>
    private sealed class PeriodConverter : JsonObjectConverter<Duration, (decimal Value, DurationUnit Unit)>
    {
        internal PeriodConverter()
            : base("token rate's period", ["value", "unit"])
        {
        }

        protected override void WriteProperties(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options)
        {
            JsonRead.WriteDecimal(writer, Encoded[0], (decimal)(double)value.Value, options);
            JsonRead.WriteEnum(writer, Encoded[1], value.Unit);
        }

        protected override void ReadProperty(ref (decimal Value, DurationUnit Unit) fields, int property, ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            if (property == 0)
            {
                fields.Value = JsonRead.Decimal(ref reader, null);
                if (fields.Value <= 0m || fields.Value > 1e15m || (decimal)(double)fields.Value != fields.Value)
                {
                    throw new JsonValueException(JsonRead.Invariant($"A token rate's period cannot be {fields.Value}: it must be positive and exactly representable as a double (at most 15 significant digits)."), null);
                }
            }
            else
            {
                fields.Unit = JsonRead.Enum<DurationUnit>(ref reader, null);
                if (fields.Unit == DurationUnit.Sol)
                {
                    throw new JsonValueException("A token rate's period cannot be in Mars sols.", null);
                }
            }
        }

        protected override Duration Create(ref (decimal Value, DurationUnit Unit) fields, JsonSerializerOptions options) =>
            Duration.From((double)fields.Value, fields.Unit);
    }
}
