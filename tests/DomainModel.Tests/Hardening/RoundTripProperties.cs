using System;
using System.Globalization;
using DomainModel;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainModel.Tests.Hardening;

/// <summary>Generators over the whole of decimal (every scale, 1 to 29 digits) and every fixed set of conventions.</summary>
public static class HardeningArbitraries
{
    public static readonly NumberConventions[] AllConventions =
        [NumberConventions.Invariant, NumberConventions.English, NumberConventions.Italian, NumberConventions.French, NumberConventions.Indian, NumberConventions.Arabic,
         NumberConventions.Create("'", " ", NumberGrouping.None), NumberConventions.Create(",", "\u00A0", NumberGrouping.Thousands)];

    public static Arbitrary<decimal> DecimalArb() =>
        Arb.From(
            from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(int.MinValue, int.MaxValue)
            from hi in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(0, 1000)), (2, Gen.Choose(int.MinValue, int.MaxValue)))
            from scale in Gen.Choose(0, 28)
            from small in Gen.Elements(true, false)
            select small ? new decimal(lo & 0xFFFF, 0, 0, false, (byte)(scale % 5)) : new decimal(lo, mid, hi, false, (byte)scale));

    public static Arbitrary<NumberConventions> ConventionsArb() => Arb.From(Gen.Elements(AllConventions));
}

/// <summary>Round trips of every parser, 1,000 cases each.</summary>
public sealed class RoundTripProperties
{
    /// <summary>The contract of <see cref="NewsNumberFormatter"/>: read back with the same conventions and policy, the value is the same.</summary>
    [Property(Arbitrary = new[] { typeof(HardeningArbitraries) }, MaxTest = 1000)]
    public bool NewsFormatThenParse_SameConventions_IsTheSameValue(decimal value, NewsLanguage language, ScalePolicy policy, NumberConventions conventions)
    {
        string text = NewsNumberFormatter.Format(value, language, conventions, policy);
        var parsed = NewsNumberParser.Parse(text, conventions, policy);
        return parsed.Value == value && parsed.Conventions == conventions && parsed.Culture is null;
    }

    [Property(Arbitrary = new[] { typeof(HardeningArbitraries) }, MaxTest = 1000)]
    public bool NewsFormatThenParse_NoCulture_ReadsBackWithTheInvariantCulture(decimal value, NewsLanguage language, ScalePolicy policy) =>
        NewsNumberParser.Parse(NewsNumberFormatter.Format(value, language, policy), policy, CultureInfo.InvariantCulture).Value == value;

    [IcuProperty(Arbitrary = new[] { typeof(HardeningArbitraries) }, MaxTest = 1000)]
    public bool NewsFormatThenParse_SameCulture_IsTheSameValue(decimal value, NewsLanguage language, ScalePolicy policy, int cultureIndex)
    {
        string[] names = ["it-IT", "en-US", "en-IN", "ar-SA", "de-CH", "fr-FR", "de-DE", "hi-IN"];
        var culture = CultureInfo.GetCultureInfo(names[Math.Abs(cultureIndex % names.Length)]);
        string text = NewsNumberFormatter.Format(value, language, policy, culture);
        return NewsNumberParser.Parse(text, policy, culture).Value == value;
    }

    [Property(Arbitrary = new[] { typeof(HardeningArbitraries) }, MaxTest = 1000)]
    public bool NewsRangeOfTwoFormattedFigures_SameConventions_KeepsBothBounds(decimal a, decimal b, NumberConventions conventions)
    {
        decimal low = Math.Min(a, b) % 1_000_000m;
        decimal high = Math.Max(Math.Min(a, b) % 1_000_000m, Math.Max(a, b) % 1_000_000m);
        string text = NewsNumberFormatter.Format(low, NewsLanguage.English, conventions) + " - " + NewsNumberFormatter.Format(high, NewsLanguage.English, conventions);
        var range = NewsNumberParser.ParseRange(text, conventions);
        return range.Min.Value == low && range.Max.Value == high;
    }

    [Property(Arbitrary = new[] { typeof(HardeningArbitraries) }, MaxTest = 1000)]
    public bool MoneyToStringThenParse_IsTheSameValueAndScale(decimal amount, bool negative)
    {
        var money = new Money(negative ? -amount : amount, Currency.USD);
        var back = Money.Parse(money.ToString());
        return back == money && back.Amount.Scale == money.Amount.Scale;
    }

    [Property(Arbitrary = new[] { typeof(HardeningArbitraries) }, MaxTest = 1000)]
    public bool MoneyParse_NeverAcceptsMisplacedGroups(uint whole, byte split)
    {
        // "1234,567" style: a group separator after a group that is not the first and not three digits long.
        string digits = whole.ToString(CultureInfo.InvariantCulture) + "1234";
        int at = 1 + (split % (digits.Length - 1));
        string text = "USD " + digits[..at] + "," + digits[at..];
        bool wellGrouped = digits.Length - at == 3 && at <= 3;
        bool indian = digits.Length - at == 3 && at <= 2;
        return Money.TryParse(text, null, out _) == (wellGrouped || indian);
    }

    [Property(Arbitrary = new[] { typeof(HardeningArbitraries) }, MaxTest = 1000)]
    public bool TokenVolumeToStringThenParse_IsTheSameVolume(decimal tokens, TokenVolumeUnit unit)
    {
        if (unit is < TokenVolumeUnit.Token or > TokenVolumeUnit.Trillion)
        {
            return true;
        }

        var volume = TokenVolume.FromTokens(decimal.Truncate(tokens)).ToUnit(unit);
        return TokenVolume.Parse(volume.ToString()) == volume;
    }

    [Property(Arbitrary = new[] { typeof(HardeningArbitraries) }, MaxTest = 1000)]
    public bool CurrencyCodeThenParse_IsTheSameCurrency(int index)
    {
        var all = Currency.Iso4217Current;
        var currency = all[Math.Abs(index % all.Count)];
        return Currency.Parse(currency.Code, null) == currency;
    }

    [Property(Arbitrary = new[] { typeof(HardeningArbitraries) }, MaxTest = 1000)]
    public bool JsonWriteThenRead_IsTheSameMoney(decimal amount, bool negative)
    {
        var money = new Money(negative ? -amount : amount, Currency.EUR);
        string json = System.Text.Json.JsonSerializer.Serialize(money);
        var back = System.Text.Json.JsonSerializer.Deserialize<Money>(json);
        return back == money && back.Amount.Scale == money.Amount.Scale;
    }
}
