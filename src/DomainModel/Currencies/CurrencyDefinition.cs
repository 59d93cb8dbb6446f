using System;
using System.Collections.Generic;

namespace DomainModel;

/// <summary>
/// The immutable data behind a <see cref="Currency"/>. ISO 4217 currencies have exactly one instance each
/// (built once from the generated table); custom currencies get their own instances.
/// </summary>
internal sealed class CurrencyDefinition
{
    internal CurrencyDefinition(
        string code,
        int numericCode,
        int? minorUnits,
        string name,
        bool isFund,
        bool isIso4217,
        bool isHistoric,
        IReadOnlyList<string> countries,
        IReadOnlyList<CurrencyWithdrawal> withdrawals)
    {
        Code = code;
        NumericCode = numericCode;
        MinorUnits = minorUnits;
        Name = name;
        IsFund = isFund;
        IsIso4217 = isIso4217;
        IsHistoric = isHistoric;
        Countries = countries;
        Withdrawals = withdrawals;
        MinorUnitScale = minorUnits is int m ? Pow10(m) : 0m;
        CodeHash = code.GetHashCode(StringComparison.Ordinal);
    }

    internal string Code { get; }

    /// <summary>The ordinal hash of the code, computed once (currencies hash by code).</summary>
    internal int CodeHash { get; }

    internal int NumericCode { get; }

    internal int? MinorUnits { get; }

    /// <summary>10^MinorUnits, or 0 where the currency has no minor unit.</summary>
    internal decimal MinorUnitScale { get; }

    internal string Name { get; }

    internal bool IsFund { get; }

    internal bool IsIso4217 { get; }

    internal bool IsHistoric { get; }

    internal IReadOnlyList<string> Countries { get; }

    internal IReadOnlyList<CurrencyWithdrawal> Withdrawals { get; }

    internal bool SameAs(CurrencyDefinition other) =>
        ReferenceEquals(this, other)
        || (Code == other.Code
            && NumericCode == other.NumericCode
            && MinorUnits == other.MinorUnits
            && Name == other.Name
            && IsFund == other.IsFund
            && IsIso4217 == other.IsIso4217);

    internal static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    public override string ToString() => Code;
}
