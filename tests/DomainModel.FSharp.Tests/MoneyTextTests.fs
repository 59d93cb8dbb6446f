module DomainModel.FSharp.Tests.MoneyTextTests

open System
open System.Globalization
open System.Text.Json
open DomainModel
open DomainModel.Text
open Xunit

let italian = Cultures.culture "it-IT"

/// The way an F# caller reads money from text: a Result, never an exception.
let tryMoney (text: string) =
    match Money.TryParse text with
    | true, money -> Ok money
    | false, _ -> Error text

[<Fact>]
let ``TryParse returns a tuple that pattern matching takes apart`` () =
    match Money.TryParse "CNY 160000000000" with
    | true, m ->
        Assert.Equal(Currency.CNY, m.Currency)
        Assert.Equal(160_000_000_000m, m.Amount)
    | false, _ -> failwith "the round-trip form must parse"
    match Money.TryParse "$ 20.000" with
    | true, m -> failwithf "an ambiguous $ must be refused, got %O" m
    | false, m -> Assert.Equal(Unchecked.defaultof<Money>, m)

[<Fact>]
let ``parsing a list of texts in a pipeline`` () =
    let results = [ "USD 23000000000"; "160000000000 CNY"; "usd 5"; "€20" ] |> List.map tryMoney
    let parsed = results |> List.choose (function Ok m -> Some m | Error _ -> None)
    let refused = results |> List.choose (function Error t -> Some t | Ok _ -> None)
    Assert.Equal<string list>([ "USD 23000000000"; "CNY 160000000000"; "EUR 20" ], parsed |> List.map string)
    Assert.Equal<string list>([ "usd 5" ], refused)

[<Fact>]
let ``sprintf %O and string give the invariant round-trip form`` () =
    let m = Money(-0.50m, Currency.USD)
    Assert.Equal("USD -0.50", sprintf "%O" m)
    Assert.Equal("USD -0.50", string m)
    Assert.Equal("price: CNY 160000000000", sprintf "price: %O" (Money(160_000_000_000m, Currency.CNY)))

[<Cultures.IcuFact>]
let ``a culture and an explicit currency read the article's Italian figure`` () =
    let price = Money.Parse("$ 20.000", italian, Currency.USD)
    Assert.Equal(Money(20_000m, Currency.USD), price)
    Assert.Equal("USD 20.000,00", price.ToString("C", italian))
    match Money.TryParse("$ 20.000", italian, Currency.USD) with
    | true, m -> Assert.Equal(price, m)
    | false, _ -> failwith "USD was given"
    let e = Assert.Throws<DomainModelFormatException>(fun () -> Money.Parse("$ 20.000", italian) |> ignore)
    Assert.Contains("ambiguous", e.Message)

[<Cultures.IcuFact>]
let ``culture text parses back with the same culture`` () =
    let m = Money(160_000_000_000m, Currency.CNY)
    let text = m.ToString("C", italian)
    Assert.Equal("CNY 160.000.000.000,00", text)
    Assert.Equal(m, Money.Parse(text, italian))

[<Fact>]
let ``JSON round-trips exactly`` () =
    let m = Money(79228162514264337593543950335m, Currency.USD)
    let json = JsonSerializer.Serialize m
    Assert.Equal("""{"amount":79228162514264337593543950335,"currency":"USD"}""", json)
    Assert.Equal(m, JsonSerializer.Deserialize<Money> json)
    let prices = [ Money(1.50m, Currency.USD); Money(160_000_000_000m, Currency.CNY) ]
    let back = JsonSerializer.Deserialize<Money list>(JsonSerializer.Serialize prices)
    Assert.Equal<string list>(prices |> List.map string, back |> List.map string)

[<Fact>]
let ``custom currencies parse through a catalog`` () =
    let xcg = Currency.CreateCustom("XQG", Nullable 2, "Made-up Guilder")
    let catalog = CurrencyCatalog.Iso4217.With [ xcg ]
    match Money.TryParse("XQG 12.50", null, catalog) with
    | true, m -> Assert.Equal(xcg, m.Currency)
    | false, _ -> failwith "the catalog knows XQG"
    let options = DomainModel.Serialization.DomainModelJson.AddDomainModel(JsonSerializerOptions(), catalog)
    Assert.Equal(Money(12.50m, xcg), JsonSerializer.Deserialize<Money>("""{"amount":12.50,"currency":"XQG"}""", options))
