module DomainModel.FSharp.Tests.ScannerTests

open System
open DomainModel
open DomainModel.Text
open DomainModel.Claims
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

[<Fact>]
let ``period words resolve with a company's calendar; unresolved words are an error`` () =
    let asOf = DateOnly(2025, 12, 15)
    let apple = FiscalCalendars.Find "Apple"
    let q4 = DomainModel.Claims.ResolvedPeriod.Parse("Q4 FY2026", asOf, apple)
    Assert.Equal(DomainModel.DateRange(DateOnly(2026, 6, 28), DateOnly(2026, 9, 26)), q4.Span)
    match DomainModel.Claims.ResolvedPeriod.TryParse("Q4 FY2026", asOf) with
    | true, _ -> failwith "a fiscal period needs a calendar"
    | false, _ -> ()
    let e = Assert.Throws<DomainModel.Claims.UnresolvedPeriodException>(fun () -> DomainModel.Claims.ResolvedPeriod.Parse("Q4 FY2026", asOf) |> ignore)
    Assert.Equal("Q4 FY2026", e.Phrase)
    let last12 = DomainModel.Claims.ResolvedPeriod.Parse("negli ultimi 12 mesi", asOf)
    Assert.Equal(DateOnly(2024, 12, 16), last12.Span.Start)
