module DomainModel.FSharp.Tests.ScannerTests

open System
open DomainModel.Currencies
open DomainModel.Fiscal
open DomainModel.Monetary
open DomainModel.Text
open Xunit

// Made up for this test: not a real article.
let sample = "Made-up: Nvidia sold 20,000 H200 chips at about $30,000 per GPU, up 25% in 2025."

[<Fact>]
let ``an F# pipeline groups the figures of a text by kind`` () =
    let kinds =
        FigureScanner.Scan(sample, NewsLanguage.English)
        |> Seq.map (fun m -> m.Kind)
        |> List.ofSeq
    Assert.Equal<FigureKind list>([ FigureKind.Count; FigureKind.Money; FigureKind.Percentage; FigureKind.Date ], kinds)

[<Fact>]
let ``typed values are options away: Money and Count of the mentions`` () =
    let mentions = FigureScanner.Scan(sample, NewsLanguage.English)
    let money = mentions |> Seq.choose (fun m -> Option.ofNullable m.Money) |> Seq.exactlyOne
    Assert.Equal(Money(30000m, Currency.USD), money)
    let price = mentions |> Seq.find (fun m -> m.Kind = FigureKind.Money)
    Assert.Equal(NumberQualifier.About, price.Qualifier)
    Assert.Equal(sample.IndexOf("about $30,000", StringComparison.Ordinal), price.Offset)
    let count = mentions |> Seq.choose (fun m -> Option.ofNullable m.Count) |> Seq.exactlyOne
    Assert.Equal(20000L, count.Count)
    Assert.Equal("H200 chips", count.Kind.Name)

[<Fact>]
let ``ranges expose their bounds as a list`` () =
    let range = FigureScanner.Scan("tra i 350 e i 400 miliardi di dollari", NewsLanguage.Italian) |> Seq.exactlyOne
    Assert.True range.IsRange
    let amounts = range.Bounds |> Seq.map (fun b -> b.Money.Value.Amount) |> List.ofSeq
    Assert.Equal<decimal list>([ 350_000_000_000m; 400_000_000_000m ], amounts)

[<Fact>]
let ``a company's calendar is found by name or alias`` () =
    match FiscalCalendars.TryFind "Google" with
    | true, calendar -> Assert.Equal(FiscalCalendars.Alphabet, calendar)
    | false, _ -> failwith "Google should be known"
    Assert.Equal(DateOnly(2024, 9, 28), (FiscalCalendars.Find "apple").Year(2024).LastDay)
    Assert.Throws<ArgumentException>(fun () -> FiscalCalendars.Find "Huawei" |> ignore) |> ignore
