module DomainModel.FSharp.Tests.QuantityTests

open System
open System.Globalization
open DomainModel
open DomainModel.Text
open UnitsNet
open Xunit

let h200 = CountKind "H200 GPU"
let users = CountKind "monthly active user"
let it = Cultures.culture "it-IT"

[<Fact>]
let ``token volumes add, compare and sort with operators`` () =
    let october = TokenVolume.FromTrillions 30m
    let december = TokenVolume.FromTrillions 50m
    Assert.Equal(TokenVolume.FromTrillions 80m, october + december)
    Assert.Equal(TokenVolume.FromTrillions 20m, december - october)
    Assert.True(december > october)
    Assert.Equal(december, max october december)
    Assert.Equal<TokenVolume list>([ october; december ], List.sort [ december; october ])
    Assert.Equal(50_000_000_000_000m, december.Tokens)

[<Cultures.IcuFact>]
let ``TryParse returns a tuple that pattern matching takes apart`` () =
    match TokenVolume.TryParse("1,5 B tokens", it) with
    | true, volume -> Assert.Equal(1_500_000_000m, volume.Tokens)
    | false, _ -> failwith "should parse"
    match NewsNumberParser.TryParse("20,000", ScalePolicy.ShortScale, null) with
    | true, _ -> failwith "an ambiguous separator must be refused without a culture"
    | false, result -> Assert.Null result

[<Fact>]
let ``news figures flow through a pipeline into typed values`` () =
    let total =
        "20.000 unità H200"
        |> fun text -> NewsNumberParser.Parse(text, NumberConventions.Italian, ScalePolicy.ShortScale)
        |> fun parsed -> UnitCount.FromDecimal(parsed.Value, h200)
        |> fun count -> count * PricePerUnit(Money(20_000m, Currency.USD), h200)
    Assert.Equal(Money(400_000_000m, Currency.USD), total)

[<Fact>]
let ``counts of different kinds cannot be added or compared`` () =
    let gpus = UnitCount(1L, h200)
    let mau = UnitCount(1L, users)
    Assert.Throws<MismatchException>(fun () -> (gpus + mau) |> ignore) |> ignore
    Assert.Throws<MismatchException>(fun () -> compare gpus mau |> ignore) |> ignore

[<Fact>]
let ``count times power per unit is total power`` () =
    let count = UnitCount(20_000L, h200)
    let perGpu = Power.FromWatts 700m
    Assert.Equal(14_000_000m, (count * perGpu).Watts)
    Assert.Equal(count * perGpu, count.TotalExact perGpu)

[<Fact>]
let ``daily and monthly rates compare only after an explicit conversion`` () =
    let daily = TokenRate.PerDay(TokenVolume.FromTrillions 50m)
    let monthly = TokenRate.PerMonth(TokenVolume.FromTrillions 1000m)
    Assert.Throws<MismatchException>(fun () -> compare daily monthly |> ignore) |> ignore
    let converted = daily.ToMonthly(MonthLength.ThirtyDays, MidpointRounding.ToEven)
    Assert.True(converted > monthly)
    Assert.Equal(Nullable MonthLength.ThirtyDays, converted.MonthLength)

[<Fact>]
let ``share keeps the fraction and formats a percentage`` () =
    let share = Share.Of(Money(85m, Currency.CNY), Money(150m, Currency.CNY))
    Assert.Equal(56.7m, share.ToPercent(1, MidpointRounding.ToEven))
    Assert.Equal("56.7 %", share.ToPercentString(1, MidpointRounding.ToEven))
    Assert.True(Share(17m, 30m) = share)

[<Fact>]
let ``ranges read both bounds with their scale`` () =
    let range = NewsNumberParser.ParseRange("tra i 350 e i 400 miliardi di dollari", NumberConventions.Italian)
    Assert.Equal(350_000_000_000m, range.Min.Value)
    Assert.Equal(400_000_000_000m, range.Max.Value)

[<Fact>]
let ``number conventions need no culture and round-trip through the formatter`` () =
    let text = NewsNumberFormatter.Format(1_500_000_000m, NewsLanguage.Italian, NumberConventions.Italian)
    Assert.Equal("1,5 miliardi", text)
    Assert.Equal(1_500_000_000m, NewsNumberParser.Parse(text, NumberConventions.Italian).Value)
    Assert.Equal(754_465m, NewsNumberParser.Parse("7,54,465", NumberConventions.Indian).Value)
    let custom = NumberConventions.Create("'", " ", NumberGrouping.None)
    Assert.Equal(NumberGrouping.None, custom.Grouping)
    Assert.True((NumberConventions.ForLanguage NewsLanguage.English = NumberConventions.English))
    match NewsNumberParser.TryParse("1.00.000", NumberConventions.Italian, ScalePolicy.ShortScale) with
    | true, _ -> failwith "misgrouped digits were accepted"
    | false, _ -> ()
