using System;
using System.Linq;
using DomainModel;
using DomainModel.Exchange;
using FsCheck;
using FsCheck.Fluent;

namespace DomainModel.Tests.Infrastructure;

/// <summary>
/// FsCheck generators for exchange rates: ISO currencies with minor units (0, 2, 3 and 4 decimals), rate values with
/// 1 to 9 significant digits between 1E-6 and 1E+6, and amounts already rounded to their currency's minor unit.
/// </summary>
public static class ExchangeArbitraries
{
    public static readonly Currency[] IsoWithMinorUnits =
        DomainArbitraries.WithMinorUnits.Where(c => c.IsIso4217 && !c.IsHistoric).ToArray();

    public static readonly DateOnly Origin = new(2025, 1, 1);

    public static Gen<Currency> CurrencyGen => Gen.Elements(IsoWithMinorUnits);

    public static Gen<(Currency Base, Currency Quote)> PairGen =>
        from b in CurrencyGen
        from q in CurrencyGen.Where(q => q != b)
        select (b, q);

    /// <summary>Values m / 10^s with m of 1 to 9 digits and s from 0 to 12, kept within 1E-6 to 1E+6.</summary>
    public static Gen<decimal> RateValueGen =>
        (from m in Gen.Choose(1, 999_999_999)
         from s in Gen.Choose(0, 12)
         select m / Pow10(s)).Where(v => v >= 0.000001m && v <= 1_000_000m);

    public static Gen<ExchangeRate> RateGen =>
        from pair in PairGen
        from value in RateValueGen
        from day in Gen.Choose(0, 365)
        from kind in Gen.Elements(RateKind.Spot, RateKind.OfficialReference, RateKind.Implied)
        from source in Gen.Elements("ECB", "Fed", "Bank of Italy")
        select new ExchangeRate(pair.Base, pair.Quote, value, Origin.AddDays(day), kind, source);

    /// <summary>An amount of up to 12 integer digits, rounded to the currency's minor unit.</summary>
    public static Gen<Money> AmountIn(Currency currency) =>
        from high in Gen.Choose(-999_999, 999_999)
        from low in Gen.Choose(0, 999_999)
        from fraction in Gen.Choose(0, 9999)
        select new Money(decimal.Round((high * 1_000_000m) + (high < 0 ? -low : low) + (fraction / 10_000m * Math.Sign(high == 0 ? 1 : high)), currency.MinorUnits!.Value), currency);

    public static Arbitrary<ExchangeRate> ExchangeRateArb() => Arb.From(RateGen);

    public static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
