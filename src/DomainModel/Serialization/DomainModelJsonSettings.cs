using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// What <see cref="DomainModelJson.AddDomainModel(JsonSerializerOptions, CurrencyCatalog, IEnumerable{FiscalCalendar})"/>
/// registers: the currency catalog and the fiscal calendars every converter of the library reads with. It rides in
/// <see cref="JsonSerializerOptions.Converters"/> as a factory that converts nothing, so the options carry it to each
/// converter, nested ones too; options without it read ISO 4217 codes and the calendars of <see cref="FiscalCalendars"/>.
/// </summary>
internal sealed class DomainModelJsonSettings : JsonConverterFactory
{
    internal DomainModelJsonSettings(CurrencyCatalog catalog, IEnumerable<FiscalCalendar> calendars, MoneyJsonForm moneyForm = MoneyJsonForm.Object)
    {
        Catalog = Preconditions.CheckNotNull(catalog);
        Calendars = new FiscalCalendarLookup(calendars);
        MoneyForm = moneyForm;
    }

    /// <summary>ISO 4217 and the built-in calendars.</summary>
    internal static DomainModelJsonSettings Default { get; } = new(CurrencyCatalog.Iso4217, Array.Empty<FiscalCalendar>());

    internal CurrencyCatalog Catalog { get; }

    internal FiscalCalendarLookup Calendars { get; }

    /// <summary>How Money is written (both forms are always read).</summary>
    internal MoneyJsonForm MoneyForm { get; }

    /// <summary>The settings registered in the options, else <see cref="Default"/>.</summary>
    internal static DomainModelJsonSettings Of(JsonSerializerOptions options)
    {
        var converters = options.Converters;
        for (int i = 0; i < converters.Count; i++)
        {
            if (converters[i] is DomainModelJsonSettings settings)
            {
                return settings;
            }
        }

        return Default;
    }

    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => false;

    /// <inheritdoc />
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) => null;
}
