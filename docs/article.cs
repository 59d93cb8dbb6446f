// The first article's figures as a C# file-based app (.NET 10): what DomainModel makes of "160 miliardi di yuan,
// circa 23 miliardi di dollari", "20.000 unità H200 a $ 20.000 per unità", "50 trilioni di token" and the rest.
//
// Run from the repository root:   dotnet run docs/article.cs
// Every figure is checked; the app ends with "checks: N passed, N failed" and exit code 1 on a wrong value.
// Outside this repository, reference the package instead of the project:   #:package DomainModel.Claims@<version>
//
// File-based apps default to native-AOT settings, where reflection-based System.Text.Json is off: JSON goes
// through the library's DomainModelJsonResolver (section 10), which needs no reflection.
#:project ../src/DomainModel.Claims/DomainModel.Claims.csproj

using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
// Three DomainModel usings: the values, exchange rates, claims. Text and JSON types are written with their namespace.
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Claims;

int passed = 0, failed = 0;
void Check<T>(string what, T expected, T actual)
{
    if (EqualityComparer<T>.Default.Equals(expected, actual)) { passed++; Console.WriteLine(FormattableString.Invariant($"ok   {what}: {actual}")); }
    else { failed++; Console.WriteLine(FormattableString.Invariant($"FAIL {what}: expected {expected}, got {actual}")); }
}

var italian = DomainModel.Text.NumberConventions.Italian; // Italian digits ("20.000", "1,5") without creating a culture
Money Cny(decimal amount) => new(amount, Currency.CNY);
Money Usd(decimal amount) => new(amount, Currency.USD);

// 1. "ByteDance ... prevede di investire 160 miliardi di yuan, circa 23 miliardi di dollari".
var budget = Cny(DomainModel.Text.NewsNumberParser.Parse("160 miliardi", italian).Value);
Check("budget", Cny(160_000_000_000m), budget);
//    The ECB publishes no USD/CNY: 7.0702 is its EUR/CNY 8.2333 ÷ EUR/USD 1.1645 of 5 December 2025, rounded to 4
//    decimals, a cross through EUR (so of kind Derived, not an official reference rate).
var rate = ExchangeRate.Parse("USD/CNY 7.0702 2025-12-05 Derived ECB", null);
var dollars = rate.Convert(budget, MidpointRounding.ToEven);
Check("budget in dollars at the ECB cross rate", Usd(22_630_194_336.79m), dollars); // 160E9 / 7.0702 = 22630194336.7938…

//    "23 miliardi" rounded to the billion admits 22.5 to 23.5 billion (the narrowest reading of "circa 23", which the
//    library's About widens to 22–24): the rate it implies lies between 160/23.5 and 160/22.5.
var implied = ExchangeRateRange.Implied(
    Estimate.Rounded(Usd(23_000_000_000m), 1_000_000_000m),
    Estimate.Rounded(budget, 1_000_000_000m),
    new RateValidity(new DateOnly(2025, 12, 31)),
    "article");
Check("the ECB cross rate fits the article's 'circa'", true, implied.Contains(rate)); // 6.7872 ≤ 7.0702 ≤ 7.1333

// 2. "rispetto ai 150 miliardi di yuan stanziati quest'anno, di cui circa la metà, ovvero 85 miliardi".
var thisYear = Cny(150_000_000_000m);
Check("share for processors (%)", 56.7m, Share.Of(Cny(85_000_000_000m), thisYear).ToPercent(1, MidpointRounding.ToEven));
Check("increase over this year", Cny(10_000_000_000m), budget - thisYear);

// 3. "tra i 350 e i 400 miliardi di dollari" for Microsoft, Alphabet, Amazon and Meta in 2025.
var range = DomainModel.Text.NewsNumberParser.ParseRange("tra i 350 e i 400 miliardi di dollari", italian);
Check("US spending, low", 350_000_000_000m, range.Min.Value);
Check("US spending, high", 400_000_000_000m, range.Max.Value);

// 4. "20.000 unità H200, a un costo stimato di $ 20.000 per unità".
var h200 = new CountKind("H200 GPU");
var units = UnitCount.FromDecimal(DomainModel.Text.NewsNumberParser.Parse("20.000", italian).Value, h200);
Check("H200 order", Usd(400_000_000m), units * new PricePerUnit(Usd(20_000m), h200));

// 5. "157 milioni di utenti attivi mensili ad agosto ... 159 milioni entro ottobre".
Check("Doubao's new monthly users", 2_000_000L,
    ActiveUsers.Monthly(159_000_000, 2025, 10).Users - ActiveUsers.Monthly(157_000_000, 2025, 8).Users);

// 6. "ha superato i 30 trilioni di token in ottobre. A dicembre ... 50 trilioni ... ai 43 trilioni ... da Google".
var octoberTokens = TokenVolume.FromTrillions(30m);
var decemberTokens = TokenVolume.FromTrillions(50m);
Check("daily tokens, growth", TokenVolume.FromTrillions(20m), decemberTokens - octoberTokens);
Check("ByteDance ahead of Google", true, decemberTokens > TokenVolume.FromTrillions(43m));

// 7. Fiscal years: the companies' 2025 are not one period.
Check("Microsoft FY2025 last day", new DateOnly(2025, 6, 30), new FiscalYear(FiscalCalendars.Microsoft, 2025).LastDay);
Check("Alphabet FY2025 last day", new DateOnly(2025, 12, 31), new FiscalYear(FiscalCalendars.Alphabet, 2025).LastDay);

// 8. Yuan and dollars never add by accident.
bool refused;
try { _ = budget + dollars; refused = false; }
catch (MismatchException) { refused = true; }
Check("CNY + USD refused", true, refused);

// 9. A claim read from the article's own words: quote, figure, period words and source; the estimate is typed.
const string sentence = "ByteDance prevede di investire 160 miliardi di yuan nel 2026, "
    + "rispetto ai 150 miliardi di yuan stanziati quest’anno.";
var reader = new ArticleReader(sentence, new AsOfDate(new DateOnly(2025, 12, 31), "the article reports December 2025 figures"),
    DomainModel.Text.NewsLanguage.Italian, DomainModel.Text.ScalePolicy.ShortScale);
var ft = SourceChain.Of("Financial Times");
Claim<Money> plan = reader.Read("capex-2026", "AI budget", "prevede di investire 160 miliardi di yuan", "160 miliardi", "nel 2026", ft, Money.Zero(Currency.CNY));
Claim<Money> now = reader.Read("capex-2025", "AI budget", "rispetto ai 150 miliardi di yuan stanziati quest’anno", "150 miliardi", "quest’anno", ft, Money.Zero(Currency.CNY));
Console.WriteLine(plan);
Check("the plan's estimate", "[159.5 billion, 160.5 billion] CNY", plan.Estimate.ToIntervalString());
Check("the plan's year", new DateOnly(2026, 1, 1), plan.Period.Span.Start);
var increase = ClaimChecks.Increase(now, plan);
Check("'160 rispetto ai 150' is an increase", Verdict.Agrees, increase.Verdict);
Check("growth", "[+5.98 %, +7.36 %]", EstimateMath.DescribeGrowth(increase.Computed));

// 10. JSON without reflection: the library's resolver knows every value type. Under AOT settings the serializer
//     takes the JsonTypeInfo (the overloads with options alone would need reflection).
var json = new JsonSerializerOptions { TypeInfoResolver = DomainModel.Serialization.DomainModelJsonResolver.Default };
JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)json.GetTypeInfo(typeof(T));
string text = JsonSerializer.Serialize(budget, Info<Money>());
Check("JSON of Money", "{\"amount\":160000000000,\"currency\":\"CNY\"}", text);
Check("JSON round trip", budget, JsonSerializer.Deserialize(text, Info<Money>()));
string rateJson = JsonSerializer.Serialize(rate, Info<ExchangeRate>());
Check("JSON of ExchangeRate", "{\"base\":\"USD\",\"quote\":\"CNY\",\"value\":7.0702,\"validity\":\"2025-12-05\",\"kind\":\"derived\",\"source\":\"ECB\"}", rateJson);
Check("ExchangeRate round trip", rate, JsonSerializer.Deserialize(rateJson, Info<ExchangeRate>()));
string unitsJson = JsonSerializer.Serialize(units, Info<UnitCount>());
Check("JSON of UnitCount", "{\"count\":20000,\"kind\":\"H200 GPU\"}", unitsJson);
Check("UnitCount round trip", units, JsonSerializer.Deserialize(unitsJson, Info<UnitCount>()));
string tokensJson = JsonSerializer.Serialize(decemberTokens, Info<TokenVolume>());
Check("JSON of TokenVolume", "{\"tokens\":50000000000000,\"unit\":\"trillion\"}", tokensJson);

Console.WriteLine($"checks: {passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;
