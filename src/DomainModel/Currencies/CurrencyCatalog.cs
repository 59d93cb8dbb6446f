using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// An immutable set of currencies to look codes up in: the ISO 4217 table plus any custom currencies the
/// caller adds. Adding returns a new catalog; nothing process-wide changes, so catalogs can be built per
/// test, per document or per thread without any coordination.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CurrencyCatalog
{
    private readonly FrozenDictionary<string, Currency> _custom;
    private readonly FrozenDictionary<string, Currency>.AlternateLookup<ReadOnlySpan<char>> _customSpan;

    private CurrencyCatalog(FrozenDictionary<string, Currency> custom)
    {
        _custom = custom;
        _customSpan = custom.GetAlternateLookup<ReadOnlySpan<char>>();
        CustomCurrencies = custom.Values.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The catalog of the ISO 4217 currencies alone (current and historic).</summary>
    public static CurrencyCatalog Iso4217 { get; } = new(FrozenDictionary<string, Currency>.Empty);

    /// <summary>The custom currencies this catalog adds to ISO 4217, ordered by code.</summary>
    public IReadOnlyList<Currency> CustomCurrencies { get; }

    /// <summary>Returns a new catalog that also knows the given custom currencies.</summary>
    /// <param name="currencies">Custom currencies (from <see cref="Currency.CreateCustom"/>).</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currencies"/> is null.</exception>
    /// <exception cref="ArgumentException">A currency is an ISO one, or its code is already in the catalog with a different definition.</exception>
    public CurrencyCatalog With(params Currency[] currencies) => With((IEnumerable<Currency>)Preconditions.CheckNotNull(currencies));

    /// <summary>Returns a new catalog that also knows the given custom currencies (any sequence: an F# list, a C# list).</summary>
    /// <param name="currencies">Custom currencies (from <see cref="Currency.CreateCustom"/>).</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currencies"/> is null.</exception>
    /// <exception cref="ArgumentException">A currency is an ISO one, or its code is already in the catalog with a different definition.</exception>
    public CurrencyCatalog With(IEnumerable<Currency> currencies)
    {
        Preconditions.CheckNotNull(currencies);
        var all = new Dictionary<string, Currency>(_custom, StringComparer.Ordinal);
        foreach (var currency in currencies)
        {
            if (currency.IsIso4217)
            {
                throw new ArgumentException($"{currency.Code} is an ISO 4217 currency; every catalog knows it already.", nameof(currencies));
            }

            if (all.TryGetValue(currency.Code, out var existing) && !existing.Equals(currency))
            {
                throw new ArgumentException($"The catalog already defines {currency.Code} as '{existing.Name}' with {existing.MinorUnits?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} minor units; a second, different definition of the same code is refused.", nameof(currencies));
            }

            all[currency.Code] = currency;
        }

        return new CurrencyCatalog(all.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Finds a currency by code: ISO 4217 first, then the custom ones.</summary>
    /// <param name="code">The code (case-sensitive).</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="UnknownCurrencyException">Neither ISO 4217 nor this catalog has the code.</exception>
    public Currency Find(string code)
    {
        Preconditions.CheckNotNull(code);
        if (!TryFind(code.AsSpan(), out var currency))
        {
            throw new UnknownCurrencyException(code, nameof(code));
        }

        return currency;
    }

    /// <summary>Finds a currency by code without throwing.</summary>
    /// <param name="code">The code (case-sensitive).</param>
    /// <param name="currency">The currency, or <c>default</c>.</param>
    /// <returns>Whether the code is known.</returns>
    public bool TryFind([NotNullWhen(true)] string? code, out Currency currency)
    {
        if (code is null)
        {
            currency = default;
            return false;
        }

        return TryFind(code.AsSpan(), out currency);
    }

    /// <summary>Finds a currency by code, given as characters, without throwing.</summary>
    /// <param name="code">The code (case-sensitive).</param>
    /// <param name="currency">The currency, or <c>default</c>.</param>
    /// <returns>Whether the code is known.</returns>
    public bool TryFind(ReadOnlySpan<char> code, out Currency currency)
    {
        if (Currency.TryFromCode(code, out currency))
        {
            return true;
        }

        return _customSpan.TryGetValue(code, out currency);
    }
}
