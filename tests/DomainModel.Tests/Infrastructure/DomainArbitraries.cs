using System.Linq;
using DomainModel;
using FsCheck;
using FsCheck.Fluent;

namespace DomainModel.Tests.Infrastructure;

/// <summary>
/// FsCheck arbitraries for the library's values. Currencies cover every ISO minor-unit case (0, 2, 3, 4 and
/// "N.A."), a historic currency and a custom one; amounts have up to 15 integer digits and up to 6 decimals,
/// so that sums of a few of them stay far from decimal's range.
/// </summary>
public static class DomainArbitraries
{
    public static readonly Currency Xcg = Currency.CreateCustom("XQG", 2, "Made-up Guilder");

    public static readonly Currency[] SampleCurrencies =
    [
        Currency.JPY, Currency.FromCode("KRW"), // 0 minor units
        Currency.USD, Currency.CNY, Currency.EUR, // 2
        Currency.FromCode("KWD"), Currency.FromCode("BHD"), // 3
        Currency.FromCode("CLF"), Currency.FromCode("UYW"), // 4
        Currency.FromCode("XAU"), Currency.XXX, // N.A.
        Currency.FromCode("FRF"), // historic
        Xcg, // custom
    ];

    /// <summary>Currencies that have a minor unit (for rounding and allocation laws).</summary>
    public static readonly Currency[] WithMinorUnits = SampleCurrencies.Where(c => c.MinorUnits is not null).ToArray();

    public static Gen<Currency> CurrencyGen => Gen.Elements(SampleCurrencies);

    public static Gen<decimal> AmountGen =>
        from high in Gen.Choose(-999_999, 999_999)
        from low in Gen.Choose(0, 999_999_999)
        from scale in Gen.Choose(0, 6)
        select ((high * 1_000_000_000m) + (high < 0 ? -low : low)) / Scale(scale);

    public static Arbitrary<Currency> CurrencyArb() => Arb.From(CurrencyGen);

    public static Arbitrary<Money> MoneyArb() => Arb.From(
        from currency in CurrencyGen
        from amount in AmountGen
        select new Money(amount, currency));

    private static decimal Scale(int decimals)
    {
        decimal s = 1m;
        for (int i = 0; i < decimals; i++)
        {
            s *= 10m;
        }

        return s;
    }
}
