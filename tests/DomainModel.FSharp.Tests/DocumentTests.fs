module DomainModel.FSharp.Tests.DocumentTests

open System
open System.IO
open DomainModel.Claims
open DomainModel
open DomainModel.Exchange
open Xunit

let private seedPath = RepositoryFiles.seedDocumentPath
let private madeUpPath = RepositoryFiles.madeUpDocumentPath

[<Fact>]
let ``a document loads from F# and its checks print`` () =
    let seed = ClaimsDocument.Load seedPath
    Assert.Equal(13, seed.Claims.Count)
    let checks = seed.Check()
    Assert.Equal(8, checks.Count)
    let lines = checks |> Seq.map string |> List.ofSeq
    Assert.StartsWith("[Agrees] increase (capex-2025-cny, capex-2026-cny)", lines.Head)
    // "circa la metà": 85 of 150 billion yuan is 56-57 %, outside 45-55 %.
    let half = seed.Relations |> Seq.find (fun r -> r.Kind = RelationKind.AboutFraction)
    Assert.Equal(Verdict.Disagrees, half.Check().Verdict)
    Assert.Empty(seed.UncoveredFigures())

[<Fact>]
let ``claims are typed and match on their quantity`` () =
    let seed = ClaimsDocument.Load seedPath
    match seed.Claim("capex-2026-cny").Claim with
    | :? Claim<Money> as money ->
        Assert.Equal(Currency.CNY, money.Estimate.Stated.Currency)
        Assert.Equal(Nullable 159_500_000_000m, money.Interval.Lower)
    | other -> failwithf "expected money, got %s" other.QuantityType.Name

[<Fact>]
let ``the conversion takes the caller's rates`` () =
    let seed = ClaimsDocument.Load seedPath
    let rates = ExchangeRateTable.Empty.With(ExchangeRate(Currency.USD, Currency.CNY, 7.0m, DateOnly(2025, 12, 31), RateKind.Spot, "made up for tests"))
    let all = seed.Check rates
    Assert.Equal(9, all.Count)
    Assert.Equal(Verdict.Agrees, all.[all.Count - 1].Verdict)

[<Fact>]
let ``a bad document fails with its path, TryParse returns the error`` () =
    let text = File.ReadAllText(Path.Combine(Path.GetDirectoryName madeUpPath, "chips-race.en.txt"))
    let bad = File.ReadAllText(madeUpPath).Replace("\"figure\": \"40 billion\"", "\"figure\": \"41 billion\"")
    let e = Assert.Throws<ClaimsDocumentException>(fun () -> ClaimsDocument.Parse(bad, text) |> ignore)
    Assert.Equal("$.claims[1].figure", e.Path)
    match ClaimsDocument.TryParse(bad, text) with
    | true, _, _ -> failwith "a bad document loaded"
    | false, document, error ->
        Assert.Null document
        Assert.Equal(e.Message, error.Message)

[<Fact>]
let ``documents are checked against each other`` () =
    let findings = CrossDocumentChecks.Check [| ClaimsDocument.Load seedPath; ClaimsDocument.Load madeUpPath |]
    let budget = findings |> Seq.find (fun f -> f.FirstClaim.Id = "capex-2026-cny" && f.SecondClaim.Id = "budget-2026")
    Assert.Equal(RelationKind.Consistent, budget.Kind)
    Assert.Equal(Verdict.Disagrees, budget.Verdict)
    Assert.True(budget.SecondDocument.Article.MadeUp)
