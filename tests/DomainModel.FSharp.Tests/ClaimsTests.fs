module DomainModel.FSharp.Tests.ClaimsTests

open System.Globalization
open DomainModel.Claims
open DomainModel.Text
open Xunit

let italian = Cultures.culture "it-IT"

let claim id quote figure unit =
    Claim.FromText(id, id, quote, figure, "Financial Times", "2026", unit, ScalePolicy.ShortScale, italian)

[<Cultures.IcuFact>]
let ``estimates read from Italian text are intervals`` () =
    let e = Estimate.FromParsed(NewsNumberParser.Parse("circa 23 miliardi", ScalePolicy.ShortScale, italian))
    Assert.Equal(EstimateKind.About, e.Kind)
    Assert.True(e.Contains 22_600_000_000m)
    Assert.False(e.Contains 24_000_000_000m)

[<Cultures.IcuFact>]
let ``checks return verdicts that pattern matching takes apart`` () =
    let before = claim "before" "150 miliardi di yuan" "150 miliardi" "CNY"
    let after = claim "after" "160 miliardi di yuan" "160 miliardi" "CNY"
    let describe (check: ClaimCheck) =
        match check.Verdict with
        | Verdict.Agrees -> "agrees"
        | Verdict.Disagrees -> "disagrees"
        | _ -> "inconclusive"
    Assert.Equal("agrees", ClaimChecks.Increase(before, after) |> describe)
    Assert.Equal("disagrees", ClaimChecks.Increase(after, before) |> describe)

[<Fact>]
let ``interval arithmetic pipes`` () =
    let share =
        Estimate.Rounded(85m, 1m)
        |> fun e -> e.Divide(Estimate.Rounded(150m, 1m))
    Assert.Equal(EstimateKind.Derived, share.Kind)
    Assert.True(share.Contains(85m / 150m))
    Assert.Equal(EstimateOrder.Greater, share.Compare(Estimate.Exactly 0.5m))
