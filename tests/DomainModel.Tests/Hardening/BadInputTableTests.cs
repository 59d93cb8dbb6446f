using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Hardening;

/// <summary>
/// Bad input to constructors, factories, parsers, operators and loaders: the exception type, the parameter name,
/// the offending value and what is allowed, all in the message, invariantly (the table runs under de-DE and ar-SA
/// as the current culture too); and each Try… twin returns false on the same input.
/// </summary>
public sealed class BadInputTableTests
{
    private static readonly DateOnly Day = new(2025, 12, 5);

    /// <summary>(name, call, exception type, parameter name or null, substrings the message must contain, Try… twin or null).</summary>
    public static IEnumerable<object?[]> Table()
    {
        object?[] Row(string name, Action call, Type type, string? param, string[] words, Func<bool>? tryTwin = null) =>
            [name, call, type, param, words, tryTwin];

        yield return Row("Money + other currency", () => _ = new Money(1m, Currency.USD) + new Money(1m, Currency.EUR), typeof(MismatchException), null, ["USD", "EUR"]);
        yield return Row("Money / 0", () => _ = new Money(1m, Currency.USD) / 0m, typeof(DivideByZeroException), null, []);
        yield return Row("Money.Parse €1,50", () => Money.Parse("€ 1,50"), typeof(DomainModelFormatException), null, ["1,50", "group separator"], () => Money.TryParse("€ 1,50", null, out _));
        yield return Row("Money.Parse 29 decimals", () => Money.Parse("USD 0.00000000000000000000000000001"), typeof(DomainModelFormatException), null, ["0.00000000000000000000000000001", "significant digits"], () => Money.TryParse("USD 0.00000000000000000000000000001", null, out _));
        yield return Row("Money.Parse usd", () => Money.Parse("usd 5"), typeof(DomainModelFormatException), null, ["usd"], () => Money.TryParse("usd 5", null, out _));
        yield return Row("Money.Parse null", () => Money.Parse(null!), typeof(ArgumentNullException), "s", [], () => Money.TryParse((string?)null, null, out _));
        yield return Row("Currency.FromCode ZZZ", () => Currency.FromCode("ZZZ"), typeof(UnknownCurrencyException), "code", ["ZZZ"], () => Currency.TryFromCode("ZZZ", out _));
        yield return Row("Currency.FromNumericCode 1000", () => Currency.FromNumericCode(1000), typeof(ArgumentOutOfRangeException), "numericCode", ["1000"], () => Currency.TryFromNumericCode(1000, out _));
        yield return Row("TokenVolume negative", () => TokenVolume.FromTokens(-1.5m), typeof(ArgumentOutOfRangeException), "tokens", ["-1.5", "zero or more"]);
        yield return Row("TokenVolume fractional tokens", () => TokenVolume.FromTokens(1.5m), typeof(ArgumentException), "tokens", ["1.5", "whole number"]);
        yield return Row("TokenVolume × -0.5", () => _ = TokenVolume.FromTokens(10m) * -0.5m, typeof(ArgumentOutOfRangeException), "right", ["-0.5", "zero or more"]);
        yield return Row("TokenVolume.Parse 1,5 B", () => TokenVolume.Parse("1,5 B tokens"), typeof(DomainModelFormatException), null, ["1,5", "group separator"], () => TokenVolume.TryParse("1,5 B tokens", out _));
        yield return Row("TokenVolume.Parse unit", () => TokenVolume.Parse("5 Q tokens"), typeof(DomainModelFormatException), null, ["Q tokens", "allowed"], () => TokenVolume.TryParse("5 Q tokens", out _));
        yield return Row("Share negative", () => _ = new Share(-1.5m, 2m), typeof(ArgumentOutOfRangeException), "numerator", ["-1.5", "zero or more"]);
        yield return Row("Share zero whole", () => _ = new Share(1m, 0m), typeof(ArgumentOutOfRangeException), "denominator", ["0", "more than zero"]);
        yield return Row("Share beyond decimal", () => _ = new Share(decimal.MaxValue, 0.5m), typeof(ArgumentOutOfRangeException), "numerator", ["79228162514264337593543950335", "at most"]);
        yield return Row("ExchangeRate zero", () => _ = new ExchangeRate(Currency.USD, Currency.CNY, 0m, Day, RateKind.Spot, "x"), typeof(ArgumentOutOfRangeException), "value", ["0", "greater than zero"]);
        yield return Row("ExchangeRate 1E13", () => _ = new ExchangeRate(Currency.USD, Currency.CNY, 1e13m, Day, RateKind.Spot, "x"), typeof(ArgumentOutOfRangeException), "value", ["10000000000000", "1E-12 to 1E+12"]);
        yield return Row("ExchangeRate kind 9", () => _ = new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, (RateKind)9, "x"), typeof(ArgumentOutOfRangeException), "kind", ["9", "Spot"]);
        yield return Row("ExchangeRate.Parse junk", () => ExchangeRate.Parse("USD/CNY seven", null), typeof(DomainModelFormatException), null, ["seven"], () => ExchangeRate.TryParse("USD/CNY seven", null, out _));
        yield return Row("Convert bad mode", () => new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, RateKind.Spot, "x").Convert(new Money(1m, Currency.USD), (MidpointRounding)9), typeof(ArgumentOutOfRangeException), "mode", ["9", "ToEven"]);
        yield return Row("RateValidity reversed", () => _ = new RateValidity(Day, Day.AddDays(-1)), typeof(ArgumentException), "end", ["2025-12-04", "2025-12-05"]);
        yield return Row("RateValidity.Parse junk", () => RateValidity.Parse("2025-13-01", null), typeof(DomainModelFormatException), null, ["2025-13-01"], () => RateValidity.TryParse("2025-13-01", null, out _));
        yield return Row("DateRange reversed", () => _ = new DateRange(Day, Day.AddDays(-1)), typeof(ArgumentOutOfRangeException), "end", ["2025-12-04", "2025-12-05"]);
        yield return Row("NewsNumberFormatter negative", () => NewsNumberFormatter.Format(-1.5m, NewsLanguage.English), typeof(ArgumentOutOfRangeException), "value", ["-1.5", "zero or more"]);
        yield return Row("NewsNumberFormatter language", () => NewsNumberFormatter.Format(1m, (NewsLanguage)7, NumberConventions.English), typeof(ArgumentOutOfRangeException), "language", ["7", "English, Italian and German"]);
        yield return Row("NewsNumberParser policy", () => NewsNumberParser.Parse("1", NumberConventions.English, (ScalePolicy)9), typeof(ArgumentOutOfRangeException), "policy", ["9", "ShortScale"], () => NewsNumberParser.TryParse("1", NumberConventions.English, (ScalePolicy)9, out _));
        yield return Row("NewsNumberParser null conventions", () => NewsNumberParser.Parse("1", (NumberConventions)null!), typeof(ArgumentNullException), "conventions", [], () => NewsNumberParser.TryParse("1", (NumberConventions?)null, ScalePolicy.ShortScale, out _));
        yield return Row("NewsNumberParser misgrouped", () => NewsNumberParser.Parse("1.00.000", NumberConventions.Italian), typeof(DomainModelFormatException), null, ["1.00.000", "groups of three"], () => NewsNumberParser.TryParse("1.00.000", NumberConventions.Italian, ScalePolicy.ShortScale, out _));
        yield return Row("NewsNumberParser range reversed", () => NewsNumberParser.ParseRange("80-40", NumberConventions.Italian), typeof(DomainModelFormatException), null, ["80", "40", "exceeds"], () => NewsNumberParser.TryParseRange("80-40", NumberConventions.Italian, ScalePolicy.ShortScale, out _));
        yield return Row("NumberConventions same separators", () => NumberConventions.Create(",", ",", NumberGrouping.Thousands), typeof(ArgumentException), "groupSeparator", ["','", "must differ"]);
        yield return Row("NumberConventions digit", () => NumberConventions.Create("1", ",", NumberGrouping.Thousands), typeof(ArgumentException), "decimalSeparator", ["'1'", "not digits"]);
        yield return Row("NumberConventions grouping", () => NumberConventions.Create(".", ",", (NumberGrouping)5), typeof(ArgumentOutOfRangeException), "grouping", ["5", "Thousands"]);
        yield return Row("ResolvedPeriod junk", () => ResolvedPeriod.Parse("nel mese di mao", Day), typeof(UnresolvedPeriodException), null, ["nel mese di mao"], () => ResolvedPeriod.TryParse("nel mese di mao", Day, out _));
        yield return Row("Ecb CSV duplicate day", () => EcbReferenceRates.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes("Date,USD,\n2025-12-05,1.1645,\n2025-12-05,1.1645,\n"))), typeof(EcbFormatException), null, ["2025-12-05", "twice"]);
        yield return Row("Ecb CSV null stream", () => EcbReferenceRates.ReadCsv((Stream)null!), typeof(ArgumentNullException), "stream", []);

        // Estimates: the interval core and the typed estimates.
        var usd = new Money(1m, Currency.USD);
        yield return Row("Estimate.Rounded unit -1.5", () => Estimate.Rounded(160m, -1.5m), typeof(ArgumentOutOfRangeException), "unit", ["-1.5", "greater than zero"]);
        yield return Row("Estimate.About tolerance 1.5", () => Estimate.About(160m, 1m, 1.5m), typeof(ArgumentOutOfRangeException), "relativeTolerance", ["1.5", "less than 1"]);
        yield return Row("Estimate.Multiply -1.5", () => Estimate.Exactly(1m).Multiply(-1.5m), typeof(ArgumentOutOfRangeException), "factor", ["-1.5", "greater than zero"]);
        yield return Row("Estimate.Divide by an interval with zero", () => Estimate.Exactly(1m).Divide(Estimate.Between(-1.5m, 1.5m)), typeof(DivideByZeroException), null, ["-1.5", "admits zero"]);
        yield return Row("Estimate<Money>.Rounded unit 0", () => Estimate.Rounded(usd, 0m), typeof(ArgumentOutOfRangeException), "unit", ["0", "greater than zero"]);
        yield return Row("Estimate<Money> USD vs EUR", () => Estimate.Exactly(usd).Compare(Estimate.Exactly(new Money(1m, Currency.EUR))), typeof(MismatchException), null, ["USD", "EUR"]);

        // Claims: quotes, sources, the reader and the arithmetic (the checks have rows of their own).
        const string article = "ByteDance prevede di investire 160 miliardi di yuan nel 2026.";
        var reader = new ArticleReader(article, new AsOfDate(Day, "made-up test date"), NewsLanguage.Italian, ScalePolicy.ShortScale);
        yield return Row("Quote offset -1", () => _ = new Quote("160 miliardi", -1), typeof(ArgumentOutOfRangeException), "offset", ["-1", "zero or more"]);
        yield return Row("Quote.Find absent", () => Quote.Find(article, "150 miliardi"), typeof(ArgumentException), "text", ["150 miliardi", "word for word"]);
        yield return Row("AsOfDate blank reason", () => _ = new AsOfDate(Day, " "), typeof(ArgumentException), "reason", []);
        yield return Row("SourceChain padded", () => SourceChain.Of(" FT"), typeof(ArgumentException), "source", ["' FT'", "white space"]);
        yield return Row("ArticleReader figure not in quote", () => reader.Read("c", "s", "prevede di investire 160 miliardi", "150 miliardi", "nel 2026", SourceChain.Of("FT"), Money.Zero(Currency.CNY)), typeof(ArgumentException), "figure", ["150 miliardi", "prevede di investire 160 miliardi"]);
        yield return Row("ArticleReader period absent", () => reader.ResolvePeriod("nel 2027"), typeof(ArgumentException), "words", ["nel 2027", "do not appear"]);
        yield return Row("EstimateMath.Ratio whole admits zero", () => EstimateMath.Ratio(Estimate.Exactly(usd), Estimate.AtMost(usd)), typeof(ArgumentException), "whole", ["above zero"]);
        yield return Row("ExchangeRate.Convert(Estimate) other pair", () => new ExchangeRate(Currency.USD, Currency.CNY, 7m, Day, RateKind.Spot, "x").Convert(Estimate.Exactly(new Money(1m, Currency.EUR))), typeof(MismatchException), null, ["EUR", "USD/CNY"]);
        yield return Row("ExchangeRateRange max 1E13", () => _ = new ExchangeRateRange(Currency.USD, Currency.CNY, 7m, 1e13m, new RateValidity(Day), "x"), typeof(ArgumentOutOfRangeException), "max", ["10000000000000"]);
        yield return Row("ExchangeRateRange max < min", () => _ = new ExchangeRateRange(Currency.USD, Currency.CNY, 7.5m, 6.5m, new RateValidity(Day), "x"), typeof(ArgumentException), "max", ["6.5", "7.5"]);
        yield return Row("ExchangeRateRange.Implied unbounded", () => ExchangeRateRange.Implied(Estimate.Over(usd), Estimate.Exactly(new Money(7m, Currency.CNY)), new RateValidity(Day), "x"), typeof(ArgumentException), null, ["unbounded or not positive"]);
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void BadInput_ThrowsTheDocumentedException_WithAMessageThatSaysWhatAndWhy(string name, Action call, Type type, string? param, string[] words, Func<bool>? tryTwin)
    {
        foreach (string culture in (string[])["", "de-DE", "ar-SA"])
        {
            var saved = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = culture.Length == 0 ? CultureInfo.InvariantCulture : TestCultures.Get(culture);
                var e = Assert.Throws(type, call);
                if (param is not null)
                {
                    Assert.Equal(param, ((ArgumentException)e).ParamName);
                }

                // The runtime appends "Actual value was …" formatted with the current culture unless the value is text.
                if (e is ArgumentOutOfRangeException { ActualValue: { } actual })
                {
                    Assert.True(actual is string, $"{name}: ActualValue is a {actual.GetType().Name}, formatted by the current culture in the message");
                }

                foreach (string word in words)
                {
                    Assert.True(e.Message.Contains(word, StringComparison.Ordinal), $"{name}: '{word}' missing from: {e.Message}");
                }

                if (tryTwin is not null)
                {
                    Assert.False(tryTwin(), name + ": the Try… twin accepted the same input");
                }
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }
    }
}
