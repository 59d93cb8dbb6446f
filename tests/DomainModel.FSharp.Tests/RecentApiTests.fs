/// The newer members (news number styles, relative and stated periods, the rate policy of a statement, the ECB file
/// reader, the compact Money JSON form, the cross-document timeline, the lazy scan, the document file limit) used the
/// way an F# script uses them: tuples from Try…, lists, pipelines. Expectations are written out by hand or computed
/// here from the raw ECB row, not by the library.
module DomainModel.FSharp.Tests.RecentApiTests

open System
open System.Globalization
open System.IO
open System.Text.Json
open DomainModel
open DomainModel.Claims
open DomainModel.Exchange
open DomainModel.Serialization
open DomainModel.Text
open Xunit

let private seedPath = RepositoryFiles.seedDocumentPath
let private madeUpPath = RepositoryFiles.madeUpDocumentPath
let private ecbPath = RepositoryFiles.ecbCsvPath

[<Fact>]
let ``news styles format a number, and an interval, as the report writes them`` () =
    Assert.Equal("22.5 bn", NewsNumberFormatter.Format(22_500_000_000m, NumberStyle.News))
    Assert.Equal("22.5 billion", NewsNumberFormatter.Format(22_500_000_000m, NumberStyle.Readable))
    Assert.Equal("+6.7%", NewsNumberFormatter.Format(0.0667m, NumberStyle.NewsSignedPercent))
    Assert.Equal("22.222 bn", NewsNumberFormatter.Format(22_222_222_222m, NumberStyle.News, DisplayRounding.Down))
    Assert.Equal("22.223 bn", NewsNumberFormatter.Format(22_222_222_222m, NumberStyle.News, DisplayRounding.Up))
    Assert.Equal("22.5–23.5 bn USD", NewsNumberFormatter.FormatNews(Nullable 22.5e9m, true, Nullable 23.5e9m, true, NumberStyle.News, "USD"))
    Assert.Equal("(30 trillion, +inf)", NewsNumberFormatter.FormatInterval(Nullable 30e12m, false, Nullable(), false, NumberStyle.Readable))
    Assert.Equal("22.5–23.5 bn USD", Estimate.Between(22.5e9m, 23.5e9m).ToNewsString(NumberStyle.News, "USD"))
    Assert.Throws<ArgumentOutOfRangeException>(fun () -> NewsNumberFormatter.Format(1m, enum<NumberStyle> 99) |> ignore) |> ignore

[<Fact>]
let ``a relative period resolves against another period, and Try… gives a tuple`` () =
    let asOf = DateOnly(2025, 11, 25)
    let q3 = ResolvedPeriod.Parse("Q3 2025", asOf)
    let earlier = ResolvedPeriod.ParseRelative("a year earlier", q3)
    Assert.Equal(DateRange(DateOnly(2024, 7, 1), DateOnly(2024, 9, 30)), earlier.Span)
    Assert.True earlier.IsRelative
    Assert.Equal(Nullable q3, earlier.Reference)
    match ResolvedPeriod.TryParseRelative("im Vorquartal", q3, null) with
    | true, previous -> Assert.Equal(DateRange(DateOnly(2025, 4, 1), DateOnly(2025, 6, 30)), previous.Span)
    | false, _ -> failwith "\"im Vorquartal\" is the quarter before Q3 2025"
    match ResolvedPeriod.TryParseRelative("a year earlier", q3, null), ResolvedPeriod.TryParse("a year earlier", asOf) with
    | (true, _), (false, _) -> ()
    | other -> failwithf "relative words need a reference period: %A" other
    let e = Assert.Throws<UnresolvedPeriodException>(fun () -> ResolvedPeriod.Parse("a year earlier", asOf) |> ignore)
    Assert.Equal(ParseError.NeedsReferencePeriod, e.Error)

[<Fact>]
let ``a period the document states keeps its reason`` () =
    let asOf = DateOnly(2025, 11, 25)
    let span = DateRange(DateOnly(2025, 7, 1), DateOnly(2025, 9, 30))
    let stated = ResolvedPeriod.Stated(span, asOf, "the results release covers the quarter ended 30 September")
    Assert.True stated.IsStated
    Assert.Equal(span, stated.Span)
    Assert.Equal("the results release covers the quarter ended 30 September", stated.StatedReason)
    Assert.Throws<ArgumentException>(fun () -> ResolvedPeriod.Stated(span, asOf, " ") |> ignore) |> ignore

/// The raw CSV row of a day, read here without the library: (USD per EUR, CNY per EUR).
let private ecbRow (day: DateOnly) =
    let lines = File.ReadAllLines ecbPath
    let header = lines.[0].Split ','
    let row = lines |> Array.find (fun l -> l.StartsWith(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal))
    let cell name = Decimal.Parse(row.Split(',').[Array.IndexOf(header, name)], CultureInfo.InvariantCulture)
    cell "USD", cell "CNY"

[<Fact>]
let ``the ECB file reads in, and a statement's rate is the cross of its date, with no average of a later year`` () =
    let rates = EcbReferenceRates.Read ecbPath
    Assert.Equal(EcbFileFormat.Csv, rates.Format)
    let statement = DateOnly(2025, 12, 31)
    let choices = RatePolicy(31).ForStatement(rates.ToTable(), Currency.USD, Currency.CNY, DateRange.OfYear 2026, statement)
    Assert.Equal<RateChoiceKind list>([ RateChoiceKind.OnDate; RateChoiceKind.None ], choices |> Seq.map (fun c -> c.Kind) |> List.ofSeq)
    let usd, cny = ecbRow statement
    Assert.Equal((1.175m, 8.2262m), (usd, cny))
    let onDate = choices.[0].GetRateOrThrow()
    Assert.InRange(onDate.Value, cny / usd - 0.0000000001m, cny / usd + 0.0000000001m)
    Assert.Null(choices.[1].Rate)
    Assert.Throws<ArgumentOutOfRangeException>(fun () -> RatePolicy(-1) |> ignore) |> ignore

[<Fact>]
let ``Money's compact JSON form is one string, opted into, and read back exactly`` () =
    let compact = DomainModelJson.AddDomainModel(JsonSerializerOptions(), CurrencyCatalog.Iso4217, [], MoneyJsonForm.CompactString)
    let money = Money(160_000_000_000.25m, Currency.CNY)
    let json = JsonSerializer.Serialize(money, compact)
    Assert.Equal("\"CNY 160000000000.25\"", json)
    Assert.Equal(money, JsonSerializer.Deserialize<Money>(json, compact))
    let objectForm = DomainModelJson.AddDomainModel(JsonSerializerOptions(), CurrencyCatalog.Iso4217, [], MoneyJsonForm.Object)
    Assert.Equal("""{"amount":160000000000.25,"currency":"CNY"}""", JsonSerializer.Serialize(money, objectForm))
    Assert.Throws<ArgumentOutOfRangeException>(fun () ->
        DomainModelJson.AddDomainModel(JsonSerializerOptions(), CurrencyCatalog.Iso4217, [], enum<MoneyJsonForm> 7) |> ignore) |> ignore

[<Fact>]
let ``the timeline of two copies of one document counts each statement once, with both sources`` () =
    let seed = ClaimsDocument.Load seedPath
    let timeline = CrossDocumentChecks.Timeline [| seed; seed; ClaimsDocument.Load madeUpPath |]
    Assert.Equal(seed.Claims.Count, timeline.Repeated.Count)
    Assert.All(timeline.Repeated, fun s -> Assert.Equal(2, s.Sources.Count))
    // The seed's 2026 budget against the made-up document's: one finding for the two pairs, with both copies as sources.
    let budget = timeline.Findings |> Seq.filter (fun f -> f.First.Claim.Id = "capex-2026-cny" && f.Second.Claim.Id = "budget-2026") |> Seq.exactlyOne
    Assert.Equal(Verdict.Disagrees, budget.Verdict)
    Assert.Equal(2L, budget.Pairs)

[<Fact>]
let ``the lazy scan yields what the list scan finds, and a document file has a stated size limit`` () =
    let text = "Made up: revenue rose 25% to $30 billion in 2025, on 20,000 units."
    let listed = FigureScanner.Scan(text, NewsLanguage.English, ScalePolicy.ShortScale) |> List.ofSeq
    let lazily = FigureScanner.Enumerate(text, NewsLanguage.English, ScalePolicy.ShortScale) |> Seq.truncate 100 |> List.ofSeq
    Assert.Equal<FigureMention list>(listed, lazily)
    Assert.Equal(Some(Money(30_000_000_000m, Currency.USD)), listed |> List.tryPick (fun m -> Option.ofNullable m.Money))
    Assert.Equal(64 * 1024 * 1024, ClaimsDocument.MaxFileBytes)
