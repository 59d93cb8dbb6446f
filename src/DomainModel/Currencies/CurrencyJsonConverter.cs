using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using DomainModel.Serialization;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="Currency"/>: its code, <c>"CNY"</c>, also as a dictionary key. Codes are looked up in the
/// catalog registered with <see cref="DomainModelJson"/> (ISO 4217 when none is). Applied by <c>[JsonConverter]</c>.
/// Stateless and thread-safe.
/// </summary>
internal sealed class CurrencyJsonConverter() : JsonTextConverter<Currency>(nameof(Currency), "\"CNY\"")
{
    internal static CurrencyJsonConverter Instance { get; } = new();

    /// <summary>A code looked up in <paramref name="catalog"/>, or why not.</summary>
    internal static bool TryFind(string code, CurrencyCatalog catalog, out Currency currency, [NotNullWhen(false)] out string? error)
    {
        if (catalog.TryFind(code, out currency))
        {
            error = null;
            return true;
        }

        error = Currency.IsWellFormedCustomCode(code)
            ? JsonRead.Invariant($"\"{code}\" is not a currency code known to ISO 4217 or to the catalog in use; register a CurrencyCatalog that has the custom currency (options.AddDomainModel(catalog, calendars)).")
            : JsonRead.Invariant($"\"{code}\" is not a currency code: ISO 4217 codes are three upper-case letters (\"USD\", not \"usd\"); custom codes are 3-8 upper-case letters or digits.");
        return false;
    }

    /// <inheritdoc />
    protected override bool TryParse(string text, JsonSerializerOptions options, out Currency value, [NotNullWhen(false)] out string? error) =>
        TryFind(text, DomainModelJsonSettings.Of(options).Catalog, out value, out error);

    /// <inheritdoc />
    protected override string Format(Currency value) => value.Code;
}
