using System;
using System.Collections.Generic;
using System.Text.Json;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>The calendars the JSON converters know, by name: those registered with <see cref="DomainModelJson"/>, then those of <see cref="FiscalCalendars"/>.</summary>
internal sealed class FiscalCalendarLookup
{
    private readonly Dictionary<string, FiscalCalendar> _byName = new(StringComparer.Ordinal);

    internal FiscalCalendarLookup(IEnumerable<FiscalCalendar> calendars)
    {
        Preconditions.CheckNotNull(calendars);
        foreach (var calendar in calendars)
        {
            if (calendar is null)
            {
                throw new ArgumentNullException(nameof(calendars), "The calendars must not contain null.");
            }

            if (!_byName.TryAdd(calendar.Name, calendar))
            {
                throw new ArgumentException(Preconditions.Invariant($"Two calendars are named \"{calendar.Name}\"; a JSON document names a calendar, so names must be unique."), nameof(calendars));
            }
        }

        foreach (var builtIn in FiscalCalendars.All)
        {
            _byName.TryAdd(builtIn.Name, builtIn);
        }
    }

    /// <summary>Every calendar known, registered ones first.</summary>
    internal IEnumerable<FiscalCalendar> All => _byName.Values;

    internal FiscalCalendar Read(ref Utf8JsonReader reader, string? member)
    {
        string name = JsonRead.String(ref reader, member, "a calendar name such as \"Microsoft\"");
        if (_byName.TryGetValue(name, out var calendar))
        {
            return calendar;
        }

        throw new JsonValueException(
            Preconditions.Invariant($"\"{name}\" is not a fiscal calendar these options know; known are {string.Join(", ", _byName.Keys)}. Register the calendar: options.AddDomainModel(catalog, calendars)."),
            member);
    }

    internal void CheckWritable(FiscalCalendar calendar)
    {
        if (!_byName.TryGetValue(calendar.Name, out var known) || known != calendar)
        {
            throw new JsonException(Preconditions.Invariant(
                $"The fiscal calendar \"{calendar.Name}\" is not the one these options know by that name, so the JSON would not read back as the same year; register the calendar: options.AddDomainModel(catalog, calendars)."));
        }
    }
}
