// An F# program built against the packed DomainModel package: it computes the first article's figures and checks
// each result against a value worked out by hand (exit code 1 on any wrong value).
open System
open System.Globalization
open System.Text.Json
open DomainModel
open DomainModel.Exchange
open DomainModel.Text

let mutable passed = 0
let mutable failed = 0
let text (value: obj) = String.Format(CultureInfo.InvariantCulture, "{0}", value)
let check what (expected: 'T) (actual: 'T) =
    if expected = actual then
        passed <- passed + 1
        printfn "ok   %s: %s" what (text actual)
    else
        failed <- failed + 1
        printfn "FAIL %s: expected %s, got %s" what (text expected) (text actual)

let it = CultureInfo.GetCultureInfo "it-IT"
let cny x = Money(x, Currency.CNY)
let usd x = Money(x, Currency.USD)

// "160 miliardi di yuan, circa 23 miliardi di dollari" at 7.0702 CNY per USD: the ECB publishes no USD/CNY, so this is
// its EUR/CNY 8.2333 ÷ EUR/USD 1.1645 of 5 December 2025 rounded to 4 decimals, a cross through EUR (kind Derived).
let budget = cny (NewsNumberParser.Parse("160 miliardi", ScalePolicy.ShortScale, it).Value)
check "budget" (cny 160_000_000_000m) budget
let rate = ExchangeRate.Parse("USD/CNY 7.0702 2025-12-05 Derived ECB", null)
check "budget in dollars" (usd 22_630_194_336.79m) (rate.Convert(budget, MidpointRounding.ToEven)) // 160E9 / 7.0702 = 22630194336.7938…

// "circa la metà, ovvero 85 miliardi" of 150 billion.
let share = Share.Of(cny 85_000_000_000m, cny 150_000_000_000m)
check "share for processors" 56.7m (share.ToPercent(1, MidpointRounding.ToEven))

// "20.000 unità H200 a $ 20.000 per unità".
let h200 = CountKind "H200 GPU"
check "H200 order" (usd 400_000_000m) (UnitCount(20_000L, h200) * PricePerUnit(usd 20_000m, h200))

// Operators and F# comparison work as in C#.
let october = TokenVolume.FromTrillions 30m
let december = TokenVolume.FromTrillions 50m
check "token growth" 20_000_000_000_000m (december - october).Tokens
check "sorted volumes" [ october; december ] (List.sort [ december; october ])
check "max volume" december (max october december)

// Try… methods are tuples.
let parsed =
    match TokenVolume.TryParse("1,5 B tokens", it) with
    | true, v -> Some v.Tokens
    | _ -> None
check "TryParse tuple" (Some 1_500_000_000m) parsed

check "Microsoft FY2026 start" (DateOnly(2025, 7, 1)) (FiscalYear(FiscalCalendars.Microsoft, 2026).FirstDay)

let mismatch =
    try
        budget + usd 1m |> ignore
        false
    with :? MismatchException -> true
check "CNY + USD refused" true mismatch

// JSON: Money carries its converter, so the serializer finds it.
let json = JsonSerializer.Serialize budget
check "JSON text" """{"amount":160000000000,"currency":"CNY"}""" json
check "JSON round trip" budget (JsonSerializer.Deserialize<Money> json)

printfn "checks: %d passed, %d failed" passed failed
exit (if failed = 0 then 0 else 1)
