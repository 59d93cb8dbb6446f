// The first article's figures in F# Interactive: what DomainModel makes of "160 miliardi di yuan, circa 23
// miliardi di dollari", "20.000 unità H200 a $ 20.000 per unità", "50 trilioni di token" and the rest.
//
// Run from the repository root:
//   dotnet publish src/DomainModel.Claims -c Release -o artifacts/lib   # DomainModel.Claims.dll, DomainModel.dll, UnitsNet.dll
//   dotnet fsi docs/article.fsx
// Every figure is checked; the script ends with "checks: N passed, N failed" and exit code 1 on a wrong value.
// With the package from NuGet instead, replace the four lines below with: #r "nuget: DomainModel.Claims"
#I "../artifacts/lib"
#r "UnitsNet.dll"
#r "DomainModel.dll"
#r "DomainModel.Claims.dll"

// Three opens: the values, exchange rates, claims. Text types are written Text.…, .NET types with their namespace.
open DomainModel
open DomainModel.Exchange
open DomainModel.Claims

let mutable passed = 0
let mutable failed = 0
let check what (expected: 'T) (actual: 'T) =
    let text (value: obj) = System.String.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", value)
    if expected = actual then
        passed <- passed + 1
        printfn "ok   %s: %s" what (text actual)
    else
        failed <- failed + 1
        printfn "FAIL %s: expected %s, got %s" what (text expected) (text actual)

let italian = Text.NumberConventions.Italian // Italian digits ("20.000", "1,5") without creating a culture
let cny x = Money(x, Currency.CNY)
let usd x = Money(x, Currency.USD)

// 1. "ByteDance ... prevede di investire 160 miliardi di yuan, circa 23 miliardi di dollari".
//    The news number parser reads the Italian scale word; a rate from the ECB's of 5 December 2025 converts it. The ECB
//    publishes no USD/CNY: 7.0702 is its EUR/CNY 8.2333 ÷ EUR/USD 1.1645, rounded to 4 decimals, a cross through EUR
//    (so of kind Derived, not an official reference rate).
let budget = cny (Text.NewsNumberParser.Parse("160 miliardi", italian).Value)
check "budget" (cny 160_000_000_000m) budget
let rate = ExchangeRate.Parse("USD/CNY 7.0702 2025-12-05 Derived ECB", null)
let dollars = rate.Convert(budget, System.MidpointRounding.ToEven)
check "budget in dollars at the ECB cross rate" (usd 22_630_194_336.79m) dollars // 160E9 / 7.0702 = 22630194336.7938…

//    "23 miliardi" rounded to the billion admits 22.5 to 23.5 billion (the narrowest reading of "circa 23", which the
//    library's About widens to 22–24): the rate it implies lies between 160/23.5 and 160/22.5.
let implied =
    ExchangeRateRange.Implied(
        Estimate.Rounded(usd 23_000_000_000m, 1_000_000_000m),
        Estimate.Rounded(budget, 1_000_000_000m),
        RateValidity(System.DateOnly(2025, 12, 31)),
        "article")
check "the ECB cross rate fits the article's 'circa'" true (implied.Contains rate) // 6.7872 ≤ 7.0702 ≤ 7.1333

// 2. "rispetto ai 150 miliardi di yuan stanziati quest'anno, di cui circa la metà, ovvero 85 miliardi".
let thisYear = cny 150_000_000_000m
let processors = cny 85_000_000_000m
check "share for processors (%)" 56.7m (Share.Of(processors, thisYear).ToPercent(1, System.MidpointRounding.ToEven))
check "increase over this year" (cny 10_000_000_000m) (budget - thisYear)

// 3. "tra i 350 e i 400 miliardi di dollari" for Microsoft, Alphabet, Amazon and Meta in 2025.
let range = Text.NewsNumberParser.ParseRange("tra i 350 e i 400 miliardi di dollari", italian)
check "US spending, low" 350_000_000_000m range.Min.Value
check "US spending, high" 400_000_000_000m range.Max.Value

// 4. "20.000 unità H200, a un costo stimato di $ 20.000 per unità".
let h200 = CountKind "H200 GPU"
let units = UnitCount.FromDecimal(Text.NewsNumberParser.Parse("20.000", italian).Value, h200)
check "H200 order" (usd 400_000_000m) (units * PricePerUnit(usd 20_000m, h200))

// 5. "157 milioni di utenti attivi mensili ad agosto ... 159 milioni entro ottobre".
let august = ActiveUsers.Monthly(157_000_000L, 2025, 8)
let october = ActiveUsers.Monthly(159_000_000L, 2025, 10)
check "Doubao's new monthly users" 2_000_000L (october.Users - august.Users)

// 6. "ha superato i 30 trilioni di token in ottobre. A dicembre ... 50 trilioni ... ai 43 trilioni ... da Google".
let octoberTokens = TokenVolume.FromTrillions 30m
let decemberTokens = TokenVolume.FromTrillions 50m
let google = TokenVolume.FromTrillions 43m
check "daily tokens, growth" (TokenVolume.FromTrillions 20m) (decemberTokens - octoberTokens)
check "ByteDance ahead of Google" true (decemberTokens > google)
check "sorted" [ octoberTokens; google; decemberTokens ] (List.sort [ decemberTokens; octoberTokens; google ])

// 7. Fiscal years: the companies' 2025 are not one period. Microsoft's fiscal 2025 ended on 30 June 2025.
check "Microsoft FY2025 last day" (System.DateOnly(2025, 6, 30)) (FiscalYear(FiscalCalendars.Microsoft, 2025).LastDay)
check "Alphabet FY2025 last day" (System.DateOnly(2025, 12, 31)) (FiscalYear(FiscalCalendars.Alphabet, 2025).LastDay)

// 8. Yuan and dollars never add by accident.
let refused =
    try
        budget + dollars |> ignore
        false
    with :? MismatchException -> true
check "CNY + USD refused" true refused

// 9. A claim read from the article's own words; its estimate is typed (Estimate<Money>), its period resolved.
let sentence =
    "ByteDance prevede di investire 160 miliardi di yuan nel 2026, rispetto ai 150 miliardi di yuan stanziati quest’anno."
let reader =
    ArticleReader(sentence, AsOfDate(System.DateOnly(2025, 12, 31), "the article reports December 2025 figures"), Text.NewsLanguage.Italian, Text.ScalePolicy.ShortScale)
let ft = SourceChain.Of "Financial Times"
let plan = reader.Read("capex-2026", "AI budget", "prevede di investire 160 miliardi di yuan", "160 miliardi", "nel 2026", ft, Money.Zero Currency.CNY)
let now = reader.Read("capex-2025", "AI budget", "rispetto ai 150 miliardi di yuan stanziati quest’anno", "150 miliardi", "quest’anno", ft, Money.Zero Currency.CNY)
printfn "%O" plan
check "the plan's estimate" "[159.5 billion, 160.5 billion] CNY" (plan.Estimate.ToIntervalString())
let increase = ClaimChecks.Increase(now, plan)
check "'160 rispetto ai 150' is an increase" Verdict.Agrees increase.Verdict
check "growth" "[+5.98 %, +7.36 %]" (EstimateMath.DescribeGrowth increase.Computed)

// 10. JSON: every value type carries its converter.
let json = System.Text.Json.JsonSerializer.Serialize budget
check "JSON" """{"amount":160000000000,"currency":"CNY"}""" json
check "JSON round trip" budget (System.Text.Json.JsonSerializer.Deserialize<Money> json)
check "JSON of ExchangeRate" rate (System.Text.Json.JsonSerializer.Deserialize<ExchangeRate>(System.Text.Json.JsonSerializer.Serialize rate))

printfn "checks: %d passed, %d failed" passed failed
if failed > 0 then exit 1
