module DomainModel.FSharp.Tests.ExchangeTests

open System
open DomainModel
open DomainModel.Exchange
open Xunit

let friday = DateOnly(2025, 12, 5)
let sunday = friday.AddDays 2
let usd amount = Money(amount, Currency.USD)
let cny amount = Money(amount, Currency.CNY)
let usdCny value = ExchangeRate(Currency.USD, Currency.CNY, value, friday, RateKind.Spot, "ECB")
let ecb quote value (day: DateOnly) = ExchangeRate(Currency.EUR, quote, value, day, RateKind.OfficialReference, "ECB")

let table =
    ExchangeRateTable.Empty
        .WithName("ECB")
        .WithPivot(Currency.EUR)
        .With([ ecb Currency.USD 1.1645m friday; ecb Currency.CNY 8.2333m friday ])

[<Fact>]
let ``conversion multiplies from the base and divides from the quote`` () =
    let rate = usdCny 7.1m
    Assert.Equal(cny 163.3m, rate.Convert(usd 23m))
    Assert.Equal(usd 10m, rate.Convert(cny 71m))
    Assert.Equal(usd 22535211267.61m, rate.Convert(cny 160_000_000_000m, MidpointRounding.ToEven))

[<Fact>]
let ``conversion pipelines through a rate and back`` () =
    let rate = usdCny 8m
    let back =
        usd 100m
        |> rate.Convert
        |> rate.Inverse().Convert
    Assert.Equal(usd 100m, back)
    Assert.Same(rate, rate.Inverse().Inverse())

[<Fact>]
let ``a third currency is refused`` () =
    let e = Assert.Throws<MismatchException>(fun () -> (usdCny 7.1m).Convert(Money(1m, Currency.EUR)) |> ignore)
    Assert.Contains("USD/CNY", e.Message)

[<Fact>]
let ``TryGetRate returns a tuple that pattern matching takes apart`` () =
    match table.TryGetRate(Currency.USD, Currency.CNY, sunday) with
    | true, rate ->
        Assert.Equal(RateKind.Derived, rate.Kind)
        Assert.Equal(2, rate.Legs.Count)
        Assert.Equal(friday, rate.Validity.Start)
    | false, _ -> failwith "the cross rate via EUR should be found"
    match table.TryGetRate(Currency.GBP, Currency.JPY, sunday) with
    | true, _ -> failwith "no GBP data"
    | false, rate -> Assert.Null rate

[<Fact>]
let ``a chain answers with the first provider that has the rate`` () =
    let manual = ExchangeRateTable.Empty.WithName("manual").With(ExchangeRate(Currency.GBP, Currency.JPY, 200m, friday, RateKind.Spot, "desk"))
    let chain = ExchangeRateProviderChain([ table :> IExchangeRateProvider; manual ])
    let result = chain.Lookup(Currency.GBP, Currency.JPY, sunday)
    Assert.True result.Found
    Assert.Equal("desk", result.Rate.Source)
    Assert.True(result.Attempts |> Seq.exists (fun a -> a.StartsWith "ECB: direct GBP/JPY: none"))
    Assert.Throws<RateNotFoundException>(fun () -> chain.GetRate(Currency.FromCode "CHF", Currency.JPY, sunday) |> ignore) |> ignore

[<Fact>]
let ``rates of one pair sort with compare, across pairs they throw`` () =
    let sorted = [ usdCny 7.2m; usdCny 7.0m; usdCny 7.1m ] |> List.sort |> List.map (fun r -> r.Value)
    Assert.Equal<decimal list>([ 7.0m; 7.1m; 7.2m ], sorted)
    Assert.True(usdCny 7.0m < usdCny 7.1m)
    Assert.Throws<ArgumentException>(fun () -> compare (usdCny 7.1m) ((usdCny 7.1m).Inverse()) |> ignore) |> ignore

[<Fact>]
let ``text round-trips and TryParse is a tuple`` () =
    let text = "USD/CNY 7.1234 2025-12-05 Spot ECB"
    match ExchangeRate.TryParse(text, null) with
    | true, rate -> Assert.Equal(text, string rate)
    | false, _ -> failwith "should parse"
    Assert.False(fst (ExchangeRate.TryParse("USD/CNY 0 2025-12-05 Spot ECB", null)))

[<Fact>]
let ``the article's amounts imply a range of rates`` () =
    let range =
        ExchangeRateRange.Implied(
            Estimate.Rounded(usd 23_000_000_000m, 1_000_000_000m),
            Estimate.Exactly(cny 160_000_000_000m),
            RateValidity(friday),
            "Financial Times")
    Assert.True(range.Contains(usdCny 7.1m))
    Assert.False(range.Contains(usdCny 7.2m))
    let comparison = ExchangeComparison.Compare(cny 160_000_000_000m, usd 23_000_000_000m, table, sunday)
    Assert.True comparison.IsLess
    Assert.True(range.Contains(comparison.Rate.Inverse()))

[<Fact>]
let ``a rate's validity overlaps fiscal years through its DateRange`` () =
    let validity = RateValidity(DateOnly(2025, 1, 1), DateOnly(2025, 12, 31))
    let microsoft = DomainModel.FiscalCalendars.Microsoft.Year 2025
    Assert.Equal(181, microsoft.OverlapDays validity.Range)
    Assert.Equal(validity, RateValidity.FromRange validity.Range)
