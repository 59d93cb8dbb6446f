module DomainModel.FSharp.Tests.CurrencyAmendmentTests

open DomainModel
open Xunit

[<Fact>]
let ``XCG from amendment 176 is found by code and by number, Try as a tuple`` () =
    let xcg = Currency.FromCode "XCG"
    Assert.Equal((532, Some 2), (xcg.NumericCode, Option.ofNullable xcg.MinorUnits))
    match Currency.TryFromNumericCode 532 with
    | true, c -> Assert.Equal("XCG", c.Code)
    | false, _ -> failwith "532 is XCG"
    Assert.Contains("CURAÇAO", xcg.Countries)

[<Fact>]
let ``the applied amendments are a list F# can search`` () =
    let applied = Currency.Iso4217Amendments |> List.ofSeq
    Assert.Contains(applied, fun a -> a.Contains("XCG", System.StringComparison.Ordinal))
    Assert.True(Currency.Iso4217Current |> Seq.exists (fun c -> c.Code = "XCG"))
    Assert.True(Currency.Iso4217Current |> Seq.exists (fun c -> c.Code = "ANG"))
