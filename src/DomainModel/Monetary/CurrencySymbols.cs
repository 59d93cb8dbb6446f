using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace DomainModel;

/// <summary>
/// The currency symbols money parsing understands. A symbol is <b>unambiguous</b> when exactly one current
/// ISO 4217 currency writes it (€ is only the euro); otherwise it lists the current currencies that write it and
/// is resolved only by the caller (an expected currency among them) or by a culture whose region's currency is
/// among them. £ is ambiguous (the Falkland, Gibraltar and Saint Helena pounds are written £, as are the Egyptian,
/// Lebanese, Syrian and South Sudanese pounds); so is ₩ (South and North Korean won).
/// </summary>
internal static class CurrencySymbols
{
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.Ordinal)
    {
        // Unambiguous: one current ISO 4217 currency each.
        ["€"] = ["EUR"],
        ["₹"] = ["INR"],
        ["₪"] = ["ILS"],
        ["₫"] = ["VND"],
        ["₺"] = ["TRY"],
        ["₴"] = ["UAH"],
        ["₽"] = ["RUB"],
        ["₦"] = ["NGN"],
        ["₸"] = ["KZT"],
        ["₼"] = ["AZN"],
        ["₾"] = ["GEL"],
        ["₭"] = ["LAK"],
        ["₮"] = ["MNT"],
        ["₲"] = ["PYG"],
        ["₵"] = ["GHS"],
        ["₱"] = ["PHP"],
        ["฿"] = ["THB"],
        ["US$"] = ["USD"],
        ["HK$"] = ["HKD"],
        ["NZ$"] = ["NZD"],
        ["A$"] = ["AUD"],
        ["S$"] = ["SGD"],
        ["R$"] = ["BRL"],
        ["NT$"] = ["TWD"],
        ["zł"] = ["PLN"],
        ["Kč"] = ["CZK"],
        ["Ft"] = ["HUF"],

        // Ambiguous: every current ISO 4217 currency commonly written with the symbol.
        ["$"] =
        [
            "USD", "ARS", "AUD", "BBD", "BMD", "BND", "BSD", "BZD", "CAD", "CLP", "COP", "CUP", "DOP", "FJD", "GYD",
            "HKD", "JMD", "KYD", "LRD", "MXN", "NAD", "NZD", "SBD", "SGD", "SRD", "TTD", "TWD", "UYU", "XCD",
        ],
        ["¥"] = ["JPY", "CNY"],
        ["￥"] = ["JPY", "CNY"],
        ["£"] = ["GBP", "EGP", "FKP", "GIP", "LBP", "SHP", "SSP", "SYP"],
        ["₩"] = ["KRW", "KPW"],
        ["₡"] = ["CRC", "SVC"],
        ["kr"] = ["DKK", "ISK", "NOK", "SEK"],
        ["kr."] = ["DKK", "ISK", "NOK", "SEK"],
        ["₨"] = ["INR", "LKR", "MUR", "NPR", "PKR", "SCR"],
        ["Rs"] = ["INR", "LKR", "MUR", "NPR", "PKR", "SCR"],
        ["Rs."] = ["INR", "LKR", "MUR", "NPR", "PKR", "SCR"],
        ["Fr"] = ["CHF", "BIF", "CDF", "DJF", "GNF", "KMF", "RWF", "XAF", "XOF", "XPF"],
        ["Fr."] = ["CHF", "BIF", "CDF", "DJF", "GNF", "KMF", "RWF", "XAF", "XOF", "XPF"],
        ["C$"] = ["CAD", "NIO"],
    };

    private static readonly FrozenDictionary<string, string[]> Symbols = Table.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Symbols.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest symbol, in characters.</summary>
    internal const int MaxLength = 3;

    /// <summary>Every symbol with the codes it may stand for (one code: unambiguous).</summary>
    internal static IReadOnlyDictionary<string, string[]> All => Symbols;

    /// <summary>Looks a symbol up.</summary>
    /// <param name="symbol">The symbol, exactly (case-sensitive).</param>
    /// <param name="codes">The codes it may stand for: one when unambiguous.</param>
    /// <returns>Whether the symbol is known.</returns>
    internal static bool TryFind(ReadOnlySpan<char> symbol, out string[] codes)
    {
        if (SpanLookup.TryGetValue(symbol, out var found))
        {
            codes = found;
            return true;
        }

        codes = [];
        return false;
    }
}
