using System.Globalization;
using DomainModel;
using FsCheck;
using FsCheck.Fluent;

namespace DomainModel.Tests.Infrastructure;

/// <summary>Cultures for text laws: separators that differ in every way (. , U+202F ’ U+066C), an Arabic sign with a
/// directional mark, a dotless-i culture and two cultures whose currency symbols are ambiguous ($, ￥).</summary>
public static class TextArbitraries
{
    public static readonly string[] CultureNames = ["de-DE", "it-IT", "tr-TR", "ar-SA", "fr-CH", "en-US", "ja-JP", "de-CH", "fr-FR"];

    /// <summary>The catalog that knows every currency of <see cref="DomainArbitraries.SampleCurrencies"/> (the custom XQG included).</summary>
    public static readonly CurrencyCatalog Catalog = CurrencyCatalog.Iso4217.With(DomainArbitraries.Xcg);

    public static Arbitrary<CultureInfo> CultureArb() =>
        Arb.From(Gen.Elements(CultureNames).Select(CultureInfo.GetCultureInfo));
}
