// Claims documents in F# Interactive: load the seed article's document (its claims read from the article's own
// words), print its checks, then check it against a made-up English article's document.
//
// Run from the repository root:
//   dotnet publish src/DomainModel.Claims -c Release -o artifacts/lib   # DomainModel.Claims.dll, DomainModel.dll, UnitsNet.dll
//   dotnet fsi docs/documents.fsx
// Every expectation is checked; the script ends with "checks: N passed, N failed" and exit code 1 on a wrong value.
// With the package from NuGet instead, replace the four lines below with: #r "nuget: DomainModel.Claims"
#I "../artifacts/lib"
#r "UnitsNet.dll"
#r "DomainModel.dll"
#r "DomainModel.Claims.dll"

open DomainModel
open DomainModel.Exchange
open DomainModel.Claims

let mutable passed = 0
let mutable failed = 0
let check what (expected: 'T) (actual: 'T) =
    if expected = actual then
        passed <- passed + 1
        printfn "ok   %s: %A" what actual
    else
        failed <- failed + 1
        printfn "FAIL %s: expected %A, got %A" what expected actual

let root = System.IO.Path.Combine(__SOURCE_DIRECTORY__, "..")

// 1. Load: the article's text is found relative to the document; a bad document throws ClaimsDocumentException.
let seed = ClaimsDocument.Load(System.IO.Path.Combine(root, "src/DomainModel.ArticleReport/Documents/bytedance-ai-2026.it.claims.json"))
printfn "%O" seed
check "claims" 13 seed.Claims.Count
check "every figure covered" 0 (seed.UncoveredFigures().Count)

// 2. The checks the document states, with the article's words for each.
for relation in seed.Relations do
    if not relation.NeedsRateProvider then
        let result = relation.Check()
        let words = if relation.Quote.HasValue then relation.Quote.Value.Text else relation.Id
        printfn "  [%O] %s: \"%s\"\n      %s" result.Verdict result.Relation words result.Explanation

let relation id = seed.Relations |> Seq.find (fun r -> r.Id = id)
check "budget increase" Verdict.Agrees ((relation "budget-increase").Check().Verdict)
check "'circa la metà': 85 of 150 is 57 %, not 45-55 %" Verdict.Disagrees ((relation "chips-about-half").Check().Verdict)

// 3. The conversion takes its rate from a table the caller passes (here a made-up 7.0 CNY per USD).
let rates = ExchangeRateTable.Empty.With(ExchangeRate(Currency.USD, Currency.CNY, 7.0m, System.DateOnly(2025, 12, 31), RateKind.Spot, "made up for this script"))
let conversion = (seed.Relations |> Seq.find (fun r -> r.NeedsRateProvider)).Check(rates)
printfn "  [%O] %s: %s" conversion.Verdict conversion.Relation conversion.Explanation
check "160 billion yuan at 7.0 is about 23 billion dollars" Verdict.Agrees conversion.Verdict

// 4. Typed claims: match on the quantity.
match seed.Claim("capex-2026-cny").Claim with
| :? Claim<DomainModel.Money> as money -> check "budget currency" Currency.CNY money.Estimate.Stated.Currency
| other -> check "budget is money" "Money" other.QuantityType.Name

// 5. Across articles: the made-up article states the same budget differently.
let madeUp = ClaimsDocument.Load(System.IO.Path.Combine(root, "tests/DomainModel.Tests/Documents/Data/chips-race.en.claims.json"))
let findings = CrossDocumentChecks.Check [| seed; madeUp |]
for finding in findings |> Seq.filter (fun f -> f.Kind = RelationKind.Consistent) do
    printfn "  %O" finding
let budget = findings |> Seq.find (fun f -> f.FirstClaim.Id = "capex-2026-cny" && f.SecondClaim.Id = "budget-2026")
check "160 and 200 billion yuan do not agree" Verdict.Disagrees budget.Verdict

// 6. A bad document names the JSON path and the problem.
let bad = System.IO.File.ReadAllText(System.IO.Path.Combine(root, "tests/DomainModel.Tests/Documents/Data/chips-race.en.claims.json")).Replace("\"CNY\"", "\"XYZ\"")
match ClaimsDocument.TryParse(bad, madeUp.Article.Text) with
| true, _, _ -> check "bad document refused" true false
| false, _, error -> check "bad document path" "$.claims[0].measure.currency" error.Path

printfn "checks: %d passed, %d failed" passed failed
if failed > 0 then exit 1
