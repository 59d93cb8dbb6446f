using DomainModel;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// What money parsing may assume beyond the text: the catalog codes are looked up in (for custom currencies) and
/// the currency the amount is expected to be in. Start from <see cref="Default"/> and add with
/// <see cref="WithCatalog"/> and <see cref="WithExpectedCurrency"/>.
/// </summary>
/// <remarks>Immutable and thread-safe: the <c>With…</c> methods return new options.</remarks>
public sealed class MoneyParseOptions
{
    private MoneyParseOptions(CurrencyCatalog catalog, Currency? expectedCurrency)
    {
        Catalog = catalog;
        ExpectedCurrency = expectedCurrency;
    }

    /// <summary>ISO 4217 codes only, no expected currency: the text must name its currency unambiguously (or through the culture).</summary>
    public static MoneyParseOptions Default { get; } = new(CurrencyCatalog.Iso4217, null);

    /// <summary>The catalog codes are looked up in (ISO 4217 plus its custom currencies).</summary>
    public CurrencyCatalog Catalog { get; }

    /// <summary>
    /// The currency the amount is expected to be in, or <see langword="null"/>. When set: a bare number is taken to be in
    /// it; an ambiguous symbol that this currency is written with (<c>$</c> for USD, <c>¥</c> for JPY) means it; and a text
    /// that names another currency (<c>EUR 5</c>, <c>€ 5</c>, or <c>¥ 5</c> for USD) is refused.
    /// </summary>
    public Currency? ExpectedCurrency { get; }

    /// <summary>Options for text expected to be in one currency (see <see cref="ExpectedCurrency"/>).</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The options.</returns>
    public static MoneyParseOptions For(Currency currency) => new(CurrencyCatalog.Iso4217, currency);

    /// <summary>Returns options that look codes up in <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog (e.g. <c>CurrencyCatalog.Iso4217.With(xcg)</c>).</param>
    /// <returns>New options; these are unchanged.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public MoneyParseOptions WithCatalog(CurrencyCatalog catalog) => new(Preconditions.CheckNotNull(catalog), ExpectedCurrency);

    /// <summary>Returns options that expect the amount in <paramref name="currency"/> (see <see cref="ExpectedCurrency"/>).</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>New options; these are unchanged.</returns>
    public MoneyParseOptions WithExpectedCurrency(Currency currency) => new(Catalog, currency);
}
