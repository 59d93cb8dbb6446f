// A C# program built against the packed DomainModel package: it computes the first article's figures and checks
// each result against a value worked out by hand (exit code 1 on any wrong value).
using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Text;

int passed = 0, failed = 0;
void Check<T>(string what, T expected, T actual)
{
    if (Equals(expected, actual)) { passed++; Console.WriteLine(FormattableString.Invariant($"ok   {what}: {actual}")); }
    else { failed++; Console.WriteLine(FormattableString.Invariant($"FAIL {what}: expected {expected}, got {actual}")); }
}

var it = CultureInfo.GetCultureInfo("it-IT");

// "160 miliardi di yuan, circa 23 miliardi di dollari" at 7.0702 CNY per USD: the ECB publishes no USD/CNY, so this is
// its EUR/CNY 8.2333 ÷ EUR/USD 1.1645 of 5 December 2025 rounded to 4 decimals, a cross through EUR (kind Derived).
var budget = new Money(NewsNumberParser.Parse("160 miliardi", ScalePolicy.ShortScale, it).Value, Currency.CNY);
Check("budget", new Money(160_000_000_000m, Currency.CNY), budget);
var rate = ExchangeRate.Parse("USD/CNY 7.0702 2025-12-05 Derived ECB", null);
Check("budget in dollars", new Money(22_630_194_336.79m, Currency.USD), rate.Convert(budget, MidpointRounding.ToEven)); // 160E9 / 7.0702 = 22630194336.7938…

// "150 miliardi di yuan ... circa la metà, ovvero 85 miliardi": 85/150 = 56.7 %.
var share = Share.Of(new Money(85_000_000_000m, Currency.CNY), new Money(150_000_000_000m, Currency.CNY));
Check("share for processors", 56.7m, share.ToPercent(1, MidpointRounding.ToEven));

// "20.000 unità H200, a un costo stimato di $ 20.000 per unità": USD 400 million.
var h200 = new CountKind("H200 GPU");
var units = new UnitCount(20_000L, h200);
Check("H200 order", new Money(400_000_000m, Currency.USD), units * new PricePerUnit(new Money(20_000m, Currency.USD), h200));

// "tra i 350 e i 400 miliardi di dollari".
var range = NewsNumberParser.ParseRange("tra i 350 e i 400 miliardi di dollari", ScalePolicy.ShortScale, it);
Check("range low", 350_000_000_000m, range.Min.Value);
Check("range high", 400_000_000_000m, range.Max.Value);

// "30 trilioni di token" in October, "50 trilioni" in December, Google's 43 trillion.
var october = TokenVolume.FromTrillions(30m);
var december = TokenVolume.FromTrillions(50m);
Check("token growth", 20_000_000_000_000m, (december - october).Tokens);
Check("above Google's 43 trillion", true, december > TokenVolume.FromTrillions(43m));

// "157 milioni di utenti attivi mensili ad agosto ... 159 milioni entro ottobre".
var august = ActiveUsers.Monthly(157_000_000, 2025, 8);
var octoberUsers = ActiveUsers.Monthly(159_000_000, 2025, 10);
Check("user growth", 2_000_000L, octoberUsers.Users - august.Users);

// Fiscal years: Microsoft's fiscal 2026 starts on 1 July 2025.
Check("Microsoft FY2026 start", new DateOnly(2025, 7, 1), new FiscalYear(FiscalCalendars.Microsoft, 2026).FirstDay);

// Unit safety: yuan and dollars do not add.
try { _ = budget + new Money(1m, Currency.USD); Check("CNY + USD refused", true, false); }
catch (MismatchException) { Check("CNY + USD refused", true, true); }

// JSON through the package's converter, found without reflection by the package's resolver.
var options = new JsonSerializerOptions { TypeInfoResolver = DomainModel.Serialization.DomainModelJsonResolver.Default };
var converter = (System.Text.Json.Serialization.JsonConverter<Money>)options.GetTypeInfo(typeof(Money)).Converter;
using var stream = new MemoryStream();
using (var writer = new Utf8JsonWriter(stream)) { converter.Write(writer, budget, options); }
string json = Encoding.UTF8.GetString(stream.ToArray());
Check("JSON text", "{\"amount\":160000000000,\"currency\":\"CNY\"}", json);
var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
reader.Read();
Check("JSON round trip", budget, converter.Read(ref reader, typeof(Money), options));

Console.WriteLine($"checks: {passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;
