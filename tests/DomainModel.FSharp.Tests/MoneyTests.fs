module DomainModel.FSharp.Tests.MoneyTests

open System
open DomainModel
open Xunit

let usd amount = Money(amount, Currency.USD)
let cny amount = Money(amount, Currency.CNY)

[<Fact>]
let ``operators work on money of one currency`` () =
    Assert.Equal(usd 30m, usd 10m + usd 20m)
    Assert.Equal(usd -10m, usd 10m - usd 20m)
    Assert.Equal(usd -10m, -(usd 10m))
    Assert.Equal(usd 25m, usd 10m * 2.5m)
    Assert.Equal(usd 25m, 2.5m * usd 10m)
    Assert.Equal(usd 5m, usd 10m / 2m)
    Assert.Equal(0.5m, usd 10m / usd 20m)

[<Fact>]
let ``named methods read well in pipelines`` () =
    let total =
        usd 100m
        |> fun m -> m.Add(usd 50m)
        |> fun m -> m.Multiply 2m
        |> fun m -> m.Round(MidpointRounding.ToEven)
    Assert.Equal(usd 300m, total)

[<Fact>]
let ``compare, max and List.sort use IComparable within a currency`` () =
    Assert.True(compare (usd 1m) (usd 2m) < 0)
    Assert.True(usd 1m < usd 2m)
    Assert.Equal(usd 2m, max (usd 1m) (usd 2m))
    Assert.Equal<Money list>([ usd 1m; usd 2m; usd 3m ], List.sort [ usd 3m; usd 1m; usd 2m ])

[<Fact>]
let ``compare and sort across currencies throw`` () =
    Assert.Throws<MismatchException>(fun () -> compare (usd 1m) (cny 1m) |> ignore) |> ignore
    Assert.Throws<MismatchException>(fun () -> (usd 1m < cny 1m) |> ignore) |> ignore
    // List.sort goes through Array.Sort, which wraps the comparer's exception.
    let sortError = Assert.Throws<InvalidOperationException>(fun () -> List.sort [ usd 1m; cny 1m ] |> ignore)
    Assert.IsType<MismatchException>(sortError.InnerException) |> ignore
    Assert.Throws<MismatchException>(fun () -> (usd 1m + cny 1m) |> ignore) |> ignore

[<Fact>]
let ``an explicit comparer orders a mixed list`` () =
    let sorted = [ usd 1m; cny 5m; cny 1m ] |> List.sortWith (fun a b -> MoneyComparer.ByCurrencyThenAmount.Compare(a, b))
    Assert.Equal<Money list>([ cny 1m; cny 5m; usd 1m ], sorted)

[<Fact>]
let ``TryFromCode returns a tuple that pattern matching takes apart`` () =
    match Currency.TryFromCode "CNY" with
    | true, currency -> Assert.Equal(2, currency.MinorUnits.Value)
    | false, _ -> failwith "CNY should be found"
    match Currency.TryFromCode "usd" with
    | true, _ -> failwith "lower case must be refused"
    | false, currency -> Assert.Equal(Currency.XXX, currency)

[<Fact>]
let ``allocation returns an IReadOnlyList that sums exactly`` () =
    let parts = (usd 100m).Allocate 3
    Assert.Equal<Money seq>([ usd 33.34m; usd 33.33m; usd 33.33m ], parts)
    Assert.Equal(usd 100m, Money.Sum(parts, Currency.USD))

[<Fact>]
let ``custom currencies need no global registration`` () =
    let xcg = Currency.CreateCustom("XQG", Nullable 2, "Made-up Guilder")
    let catalog = CurrencyCatalog.Iso4217.With [ xcg ]
    Assert.Equal(xcg, catalog.Find "XQG")
    Assert.False(fst (CurrencyCatalog.Iso4217.TryFind "XQG"))
