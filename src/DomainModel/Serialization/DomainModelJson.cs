using System;
using System.Collections.Generic;
using System.Text.Json;
using DomainModel.Utility;

namespace DomainModel.Serialization;

/// <summary>
/// The one registration of this library's JSON: the currency catalog and fiscal calendars that every converter reads
/// and writes with (Money, Currency, ExchangeRate, PricePerUnit, FiscalYear, FiscalQuarter, the estimates and, in
/// DomainModel.Claims, claims and their periods). Without it the converters know ISO 4217 and the calendars of
/// <see cref="FiscalCalendars"/>; every type needs no further setup, with reflection (the types'
/// <c>[JsonConverter]</c> attributes) or with <see cref="DomainModelJsonResolver"/>.
/// </summary>
/// <remarks>Callable as an extension (<c>options.AddDomainModel(catalog, calendars)</c>) or as a static method
/// (F#: <c>DomainModelJson.AddDomainModel(options, catalog, calendars)</c>). Thread-safe; the options it is given are
/// changed and must not have been used yet.</remarks>
/// <example>
/// <code>
/// var options = new JsonSerializerOptions().AddDomainModel(catalog, [acmeCalendar]);
/// </code>
/// </example>
public static class DomainModelJson
{
    /// <summary>Registers a currency catalog and fiscal calendars for this library's converters in <paramref name="options"/>.</summary>
    /// <param name="options">The options to register in; not yet used for serialization.</param>
    /// <param name="catalog">The catalog currency codes are looked up in (<see cref="CurrencyCatalog.Iso4217"/> or one with custom currencies).</param>
    /// <param name="calendars">Fiscal calendars known by name besides those of <see cref="FiscalCalendars"/> (and preferred to them when a name is shared).</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, <paramref name="catalog"/> or <paramref name="calendars"/> is null, or a calendar is null.</exception>
    /// <exception cref="ArgumentException">Two calendars share a name.</exception>
    /// <exception cref="InvalidOperationException">The options already have a registration, or have been used (they are read-only).</exception>
    public static JsonSerializerOptions AddDomainModel(this JsonSerializerOptions options, CurrencyCatalog catalog, IEnumerable<FiscalCalendar> calendars) =>
        AddDomainModel(options, catalog, calendars, MoneyJsonForm.Object);

    /// <summary>
    /// Registers a currency catalog, fiscal calendars and the form Money is written in: <see cref="MoneyJsonForm.CompactString"/>
    /// writes <c>"CNY 160000000000.25"</c> instead of <c>{"amount":160000000000.25,"currency":"CNY"}</c>, everywhere
    /// Money appears (also inside a price or an estimate). Both forms are always read, with any options.
    /// </summary>
    /// <param name="options">The options to register in; not yet used for serialization.</param>
    /// <param name="catalog">The catalog currency codes are looked up in (<see cref="CurrencyCatalog.Iso4217"/> or one with custom currencies).</param>
    /// <param name="calendars">Fiscal calendars known by name besides those of <see cref="FiscalCalendars"/> (and preferred to them when a name is shared).</param>
    /// <param name="moneyForm">How Money is written.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, <paramref name="catalog"/> or <paramref name="calendars"/> is null, or a calendar is null.</exception>
    /// <exception cref="ArgumentException">Two calendars share a name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="moneyForm"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">The options already have a registration, or have been used (they are read-only).</exception>
    public static JsonSerializerOptions AddDomainModel(this JsonSerializerOptions options, CurrencyCatalog catalog, IEnumerable<FiscalCalendar> calendars, MoneyJsonForm moneyForm)
    {
        Preconditions.CheckNotNull(options);
        if (moneyForm is not (MoneyJsonForm.Object or MoneyJsonForm.CompactString))
        {
            Preconditions.ThrowRange(nameof(moneyForm), moneyForm, MoneyJsonForm.Object, MoneyJsonForm.CompactString);
        }

        var settings = new DomainModelJsonSettings(catalog, calendars, moneyForm);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("These JsonSerializerOptions have been used and are read-only; call AddDomainModel before the first serialization.");
        }

        foreach (var converter in options.Converters)
        {
            if (converter is DomainModelJsonSettings)
            {
                throw new InvalidOperationException("AddDomainModel was called on these options already; register the catalog and every calendar in one call.");
            }
        }

        options.Converters.Add(settings);
        return options;
    }

    /// <summary>Registers a currency catalog (and the calendars of <see cref="FiscalCalendars"/>) for this library's converters.</summary>
    /// <param name="options">The options to register in; not yet used for serialization.</param>
    /// <param name="catalog">The catalog currency codes are looked up in.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="catalog"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options already have a registration, or are read-only.</exception>
    public static JsonSerializerOptions AddDomainModel(this JsonSerializerOptions options, CurrencyCatalog catalog) =>
        AddDomainModel(options, catalog, Array.Empty<FiscalCalendar>());
}
