namespace DomainModel;

/// <summary>How the library's JSON writes <see cref="Money"/> (see <see cref="DomainModel.Serialization.DomainModelJson.AddDomainModel(System.Text.Json.JsonSerializerOptions, CurrencyCatalog, System.Collections.Generic.IEnumerable{FiscalCalendar}, MoneyJsonForm)"/>). Both forms are always read.</summary>
public enum MoneyJsonForm
{
    /// <summary><c>{"amount":160000000000.25,"currency":"CNY"}</c>, the default: the amount a JSON number (or a string
    /// under <see cref="System.Text.Json.Serialization.JsonNumberHandling.WriteAsString"/>).</summary>
    Object = 0,

    /// <summary><c>"CNY 160000000000.25"</c>: the currency code, one space and the amount as invariant text, exactly as
    /// held (scale kept), in one JSON string. Shorter and faster to read and write; readers that parse JSON numbers as
    /// doubles never see the amount as a number.</summary>
    CompactString = 1,
}
