// The first article's figures as a C# file-based app (.NET 10): what DomainModel makes of "160 miliardi di yuan,
// circa 23 miliardi di dollari", "20.000 unità H200 a $ 20.000 per unità", "50 trilioni di token" and the rest.
//
// Run from the repository root:   dotnet run docs/article.cs
// Every figure is checked; the app ends with "checks: N passed, N failed" and exit code 1 on a wrong value.
// Outside this repository, reference the package instead of the project:   #:package DomainModel@<version>
//
// File-based apps default to native-AOT settings, where reflection-based System.Text.Json is off: JSON goes
// through a JsonTypeInfo built from the library's converter (section 9), which needs no reflection.
#:project ../src/DomainModel/DomainModel.csproj

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DomainModel.Currencies;
using DomainModel.Exchange;
using DomainModel.Fiscal;
using DomainModel.Monetary;
using DomainModel.Quantities;
using DomainModel.Text;

int passed = 0, failed = 0;
void Check<T>(string what, T expected, T actual)
{
    if (EqualityComparer<T>.Default.Equals(expected, actual)) { passed++; Console.WriteLine(FormattableString.Invariant($"ok   {what}: {actual}")); }
    else { failed++; Console.WriteLine(FormattableString.Invariant($"FAIL {what}: expected {expected}, got {actual}")); }
}

var italian = CultureInfo.GetCultureInfo("it-IT");
Money Cny(decimal amount) => new(amount, Currency.CNY);
Money Usd(decimal amount) => new(amount, Currency.USD);

// 1. "ByteDance ... prevede di investire 160 miliardi di yuan, circa 23 miliardi di dollari".
var budget = Cny(NewsNumberParser.Parse("160 miliardi", ScalePolicy.ShortScale, italian).Value);
Check("budget", Cny(160_000_000_000m), budget);
var rate = ExchangeRate.Parse("USD/CNY 7.0683 2025-12-05 OfficialReference ECB", null);
var dollars = rate.Convert(budget, MidpointRounding.ToEven);
Check("budget in dollars at the ECB rate", Usd(22_636_277_464.17m), dollars);

//    "circa 23 miliardi" admits 22.5 to 23.5 billion: the rate it implies lies between 160/23.5 and 160/22.5.
var implied = ExchangeRateRange.Implied(
    StatedAmount.ToNearest(Usd(23_000_000_000m), 1_000_000_000m),
    StatedAmount.ToNearest(budget, 1_000_000_000m),
    new RateValidity(new DateOnly(2025, 12, 31)),
    "article");
Check("the ECB rate fits the article's 'circa'", true, implied.Contains(rate));

// 2. "rispetto ai 150 miliardi di yuan stanziati quest'anno, di cui circa la metà, ovvero 85 miliardi".
var thisYear = Cny(150_000_000_000m);
Check("share for processors (%)", 56.7m, Share.Of(Cny(85_000_000_000m), thisYear).ToPercent(1, MidpointRounding.ToEven));
Check("increase over this year", Cny(10_000_000_000m), budget - thisYear);

// 3. "tra i 350 e i 400 miliardi di dollari" for Microsoft, Alphabet, Amazon and Meta in 2025.
var range = NewsNumberParser.ParseRange("tra i 350 e i 400 miliardi di dollari", ScalePolicy.ShortScale, italian);
Check("US spending, low", 350_000_000_000m, range.Min.Value);
Check("US spending, high", 400_000_000_000m, range.Max.Value);

// 4. "20.000 unità H200, a un costo stimato di $ 20.000 per unità".
var h200 = new CountKind("H200 GPU");
var units = UnitCount.FromDecimal(NewsNumberParser.Parse("20.000", ScalePolicy.ShortScale, italian).Value, h200);
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
catch (CurrencyMismatchException) { refused = true; }
Check("CNY + USD refused", true, refused);

// 9. JSON without reflection: a JsonTypeInfo made from the library's converter.
var json = new JsonSerializerOptions { TypeInfoResolver = new MoneyTypeInfo() };
var moneyInfo = (JsonTypeInfo<Money>)json.GetTypeInfo(typeof(Money));
string text = JsonSerializer.Serialize(budget, moneyInfo);
Check("JSON", "{\"amount\":160000000000,\"currency\":\"CNY\"}", text);
Check("JSON round trip", budget, JsonSerializer.Deserialize(text, moneyInfo));

Console.WriteLine($"checks: {passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;

/// <summary>JSON metadata for Money from the library's converter: no reflection, so it works under AOT settings.</summary>
sealed class MoneyTypeInfo : IJsonTypeInfoResolver
{
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(Money) ? JsonMetadataServices.CreateValueInfo<Money>(options, new MoneyJsonConverter()) : null;
}
