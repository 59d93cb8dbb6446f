module DomainModel.FSharp.Tests.JsonTests

open System
open System.Text.Json
open System.Text.Json.Serialization
open DomainModel
open DomainModel.Exchange
open DomainModel.Claims
open DomainModel.Serialization
open DomainModel.Text
open FsCheck.FSharp
open FsCheck.Xunit
open Xunit

/// The options an F# script or an AOT app uses: the reflection-free resolver alone.
let resolverOnly = JsonSerializerOptions(TypeInfoResolver = DomainModelJsonResolver.Default)

let roundTrip<'T> (options: JsonSerializerOptions) (value: 'T) =
    JsonSerializer.Deserialize<'T>(JsonSerializer.Serialize(value, options), options)

[<Fact>]
let ``F# values serialize with the resolver alone, in the documented shapes`` () =
    let money = Money(160_000_000_000m, Currency.FromCode "CNY")
    Assert.Equal("""{"amount":160000000000,"currency":"CNY"}""", JsonSerializer.Serialize(money, resolverOnly))
    Assert.Equal("""{"tokens":50000000000000,"unit":"trillion"}""", JsonSerializer.Serialize(TokenVolume.FromTrillions 50m, resolverOnly))
    Assert.Equal("""{"calendar":"Microsoft","label":2025}""", JsonSerializer.Serialize(FiscalYear(FiscalCalendars.Microsoft, 2025), resolverOnly))
    Assert.Equal(money, roundTrip resolverOnly money)

[<Fact>]
let ``an F# record holding library values round-trips with default options`` () =
    let rate = ExchangeRate(Currency.FromCode "USD", Currency.FromCode "CNY", 7.1234m, DateOnly(2025, 12, 5), RateKind.Spot, "ECB")
    let daily = TokenRate.PerDay(TokenVolume.FromTrillions 50m)
    let share = Share(85m, 150m)
    let back = roundTrip (JsonSerializerOptions()) (rate, daily, share)
    let (r, d, s) = back
    Assert.Equal(rate, r)
    Assert.Equal(daily, d)
    Assert.Equal(share.ToString(), s.ToString())

[<Fact>]
let ``bad JSON is a JsonException naming the path`` () =
    let e = Assert.ThrowsAny<JsonException>(fun () -> JsonSerializer.Deserialize<UnitCount>("""{"count":-3,"kind":"GPU"}""", resolverOnly) |> ignore)
    Assert.Contains("Path: $.count", e.Message)

[<Property>]
let ``date ranges round-trip`` (start: int) (length: byte) =
    let first = DateOnly.FromDayNumber(abs (start % 3_000_000))
    let range = DateRange(first, first.AddDays(int length))
    roundTrip resolverOnly range = range && roundTrip (JsonSerializerOptions()) range = range

[<Property>]
let ``shares round-trip exactly, numbers as strings too`` (numerator: uint32) (denominator: uint32) =
    let share = Share(decimal numerator, decimal denominator + 1m)
    let strings = JsonSerializerOptions(TypeInfoResolver = DomainModelJsonResolver.Default, NumberHandling = JsonNumberHandling.WriteAsString)
    (roundTrip resolverOnly share).ToString() = share.ToString() && (roundTrip strings share).ToString() = share.ToString()

[<Fact>]
let ``text forms parse back through IParsable and ISpanParsable from F#`` () =
    let range = DateRange.Parse("2024-07-01..2025-06-30", null)
    Assert.Equal(365, range.LengthInDays)
    match DateRange.TryParse("2025-12-31..2025-01-01", null) with
    | true, _ -> failwith "an end before the start must be refused"
    | false, _ -> ()
    let count = UnitCount(40_000L, CountKind "H200 GPU")
    Assert.Equal(count, UnitCount.Parse(count.ToString(), null))
    Assert.Equal(count, UnitCount.Parse(count.ToString().AsSpan(), null))
    let users = ActiveUsers.Monthly(157_000_000L, 2025, 8)
    Assert.Equal(users, ActiveUsers.Parse(users.ToString(), null))
    let price = PricePerUnit(Money(30_000m, Currency.FromCode "USD"), CountKind "H200 GPU")
    Assert.Equal(price, PricePerUnit.Parse("USD 30000 per H200 GPU", null))
    Assert.Throws<DomainModelFormatException>(fun () -> UnitCount.Parse("forty thousand × GPU", null) |> ignore) |> ignore

/// Generic code over the .NET interfaces sees the library's types as any other parsable value.
let inline parseAny<'T when 'T :> ISpanParsable<'T>> (text: string) = 'T.Parse(text, null)

[<Fact>]
let ``generic F# code parses through the static interface`` () =
    Assert.Equal(TokenVolume.FromTrillions 50m, parseAny<TokenVolume> "50 T tokens")
    Assert.Equal(DateRange.OfYear 2025, parseAny<DateRange> "2025-01-01..2025-12-31")
