using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace DomainModel;

/// <summary>
/// Builds the currency definitions, once, from the rows that <c>Iso4217Table.Generated.cs</c> holds
/// (generated from the SIX XML files in <c>Currencies/Iso4217/</c>; see docs/currencies.md).
/// Read-only after type initialisation, so safe to share between threads.
/// </summary>
internal static partial class Iso4217Table
{
    private static readonly FrozenDictionary<string, CurrencyDefinition> ByCode;
    private static readonly FrozenDictionary<string, CurrencyDefinition>.AlternateLookup<ReadOnlySpan<char>> ByCodeSpan;
    private static readonly CurrencyDefinition?[] ByNumeric = new CurrencyDefinition?[1000];

    static Iso4217Table()
    {
        var withdrawals = HistoricEntries
            .GroupBy(e => e.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        var definitions = new List<CurrencyDefinition>();
        foreach (var group in Iso4217Amendments.Apply(CurrentEntries).Where(e => e.Code is not null).GroupBy(e => e.Code!, StringComparer.Ordinal))
        {
            var first = group.First();
            withdrawals.TryGetValue(group.Key, out var withdrawn);
            definitions.Add(new CurrencyDefinition(
                group.Key,
                first.NumericCode ?? 0,
                first.MinorUnits,
                first.CurrencyName,
                first.IsFund,
                isIso4217: true,
                isHistoric: false,
                group.Select(e => e.Country).ToArray(),
                ToWithdrawals(withdrawn)));
        }

        var current = definitions.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (code, rows) in withdrawals)
        {
            if (current.Contains(code))
            {
                continue;
            }

            var latest = ToWithdrawals(rows).OrderBy(w => w.Year).ThenBy(w => w.Month ?? 0).Last();
            definitions.Add(new CurrencyDefinition(
                code,
                rows[0].NumericCode ?? 0,
                minorUnits: null,
                latest.CurrencyName,
                rows.Any(r => r.IsFund),
                isIso4217: true,
                isHistoric: true,
                Array.Empty<string>(),
                ToWithdrawals(rows)));
        }

        definitions.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        All = definitions.ToArray();
        Current = All.Where(d => !d.IsHistoric).ToArray();
        Historic = All.Where(d => d.IsHistoric).ToArray();
        ByCode = All.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
        ByCodeSpan = ByCode.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var d in Current)
        {
            // A successor introduced by an amendment (XCG) takes the numeric code it shares with the currency it succeeds (ANG, 532).
            if (ByNumeric[d.NumericCode] is null || Iso4217Amendments.Succeeds(d.Code))
            {
                ByNumeric[d.NumericCode] = d;
            }
        }

        NoCurrency = ByCode["XXX"];
    }

    /// <summary>Every ISO currency, current and historic, ordered by code.</summary>
    internal static CurrencyDefinition[] All { get; }

    /// <summary>The currencies of List One, ordered by code.</summary>
    internal static CurrencyDefinition[] Current { get; }

    /// <summary>The currencies found only in List Three, ordered by code.</summary>
    internal static CurrencyDefinition[] Historic { get; }

    /// <summary>XXX, "the codes assigned for transactions where no currency is involved": the currency of <c>default(Money)</c>.</summary>
    internal static CurrencyDefinition NoCurrency { get; }

    internal static bool TryFind(string code, out CurrencyDefinition definition) =>
        ByCode.TryGetValue(code, out definition!);

    internal static bool TryFind(ReadOnlySpan<char> code, out CurrencyDefinition definition) =>
        ByCodeSpan.TryGetValue(code, out definition!);

    internal static bool TryFindNumeric(int numericCode, out CurrencyDefinition definition)
    {
        definition = (uint)numericCode < (uint)ByNumeric.Length ? ByNumeric[numericCode]! : null!;
        return definition is not null;
    }

    private static CurrencyWithdrawal[] ToWithdrawals(List<Iso4217HistoricEntry>? rows) =>
        rows is null
            ? Array.Empty<CurrencyWithdrawal>()
            : rows.Select(r => ParseWithdrawal(r)).ToArray();

    private static CurrencyWithdrawal ParseWithdrawal(Iso4217HistoricEntry row)
    {
        // Published forms: "yyyy-MM", "yyyy", "yyyy-yyyy", "yyyy to yyyy" and "yyyy-MM to yyyy-MM".
        // For a range, the end of the range is kept.
        string date = row.WithdrawalDate;
        int? month = null;
        int year;
        if (date.Length >= 7 && date[^3] == '-')
        {
            year = int.Parse(date.AsSpan(date.Length - 7, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            month = int.Parse(date.AsSpan(date.Length - 2, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else
        {
            year = int.Parse(date.AsSpan(date.Length - 4, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return new CurrencyWithdrawal(row.Country, row.CurrencyName, date, year, month);
    }
}
