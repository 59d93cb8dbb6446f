module DomainModel.FSharp.Tests.FiscalTests

open System
open DomainModel
open DomainModel.Claims
open Xunit
open FsCheck
open FsCheck.FSharp
open FsCheck.Xunit

let date y m d = DateOnly(y, m, d)
let msft = FiscalCalendars.Microsoft.Year
let nvda = FiscalCalendars.Nvidia.Year

[<Fact>]
let ``Microsoft and Nvidia years have the published days`` () =
    Assert.Equal(DateRange(date 2024 7 1, date 2025 6 30), (msft 2025).Range)
    Assert.Equal(DateRange(date 2025 7 1, date 2026 6 30), (msft 2026).Range)
    Assert.Equal(DateRange(date 2025 1 27, date 2026 1 25), (nvda 2026).Range)
    Assert.Equal("Nvidia FY2025 (2024-01-29..2025-01-26)", string (nvda 2025))

[<Fact>]
let ``a pipeline finds Nvidia's 53-week years`` () =
    let longYears =
        [ 2018 .. 2030 ]
        |> List.map nvda
        |> List.filter (fun y -> y.HasFiftyThreeWeeks)
        |> List.map (fun y -> y.Label)
    Assert.Equal<int list>([ 2021; 2027 ], longYears)

[<Fact>]
let ``compare, max and List.sort order years of one calendar`` () =
    Assert.True(compare (msft 2025) (msft 2026) < 0)
    Assert.True(msft 2025 < msft 2026)
    Assert.Equal(msft 2026, max (msft 2025) (msft 2026))
    Assert.Equal<FiscalYear list>([ msft 2024; msft 2025; msft 2026 ], List.sort [ msft 2026; msft 2024; msft 2025 ])
    Assert.Equal(msft 2026, FiscalCalendars.Microsoft.YearOf(date 2025 12 15))

[<Fact>]
let ``compare and sort across calendars throw, naming both`` () =
    let e = Assert.Throws<MismatchException>(fun () -> compare (msft 2025) (nvda 2025) |> ignore)
    Assert.Contains("'Microsoft'", e.Message)
    Assert.Contains("'Nvidia'", e.Message)
    Assert.Throws<MismatchException>(fun () -> (msft 2025 < nvda 2026) |> ignore) |> ignore
    let sortError = Assert.Throws<InvalidOperationException>(fun () -> List.sort [ msft 2025; nvda 2025 ] |> ignore)
    Assert.IsType<MismatchException>(sortError.InnerException) |> ignore
    // Ordering years of different calendars by date goes through their ranges.
    let byDate = [ msft 2025; nvda 2026; FiscalCalendars.Meta.Year 2025 ] |> List.sortBy (fun y -> y.Range)
    Assert.Equal<string list>([ "Microsoft"; "Meta"; "Nvidia" ], byDate |> List.map (fun y -> y.Calendar.Name))

[<Fact>]
let ``overlap works across calendars`` () =
    let calendar2025 = FiscalCalendars.Alphabet.Year 2025
    Assert.Equal(181, (msft 2025).OverlapDays calendar2025)
    Assert.Equal(181m / 365m, (msft 2025).OverlapFraction calendar2025)
    Assert.Equal(339, (nvda 2026).OverlapDays calendar2025.Range)

[<Fact>]
let ``quarters of Nvidia fiscal 2021 put the 53rd week in Q4`` () =
    let lengths = (nvda 2021).Quarters |> Seq.map (fun q -> q.LengthInDays) |> List.ofSeq
    Assert.Equal<int list>([ 91; 91; 91; 98 ], lengths)

[<Fact>]
let ``TryParse returns a tuple that pattern matching takes apart`` () =
    let asOf = date 2025 12 15
    match ResolvedPeriod.TryParse("entro metà febbraio", asOf) with
    | true, p ->
        Assert.Equal(PeriodKind.Deadline, p.Kind)
        Assert.False(p.StartBound.HasValue)
        Assert.Equal(DateRange(date 2026 2 11, date 2026 2 20), p.EndBound)
    | false, _ -> failwith "the article's deadline should resolve"
    match ResolvedPeriod.TryParse("la settimana prossima", asOf) with
    | true, _ -> failwith "unknown phrases must be refused"
    | false, p -> Assert.Equal(Unchecked.defaultof<ResolvedPeriod>, p)
    match DateRange.TryParse "2024-07-01..2025-06-30" with
    | true, r -> Assert.Equal(365, r.LengthInDays)
    | false, _ -> failwith "round-trip text should parse"

[<Fact>]
let ``the article's periods fall in the right fiscal years`` () =
    let asOf = date 2025 12 15
    let span text = (ResolvedPeriod.Parse(text, asOf)).Span
    let earlyDecember = span "All’inizio di dicembre"
    Assert.Equal(DateRange(date 2025 12 1, date 2025 12 10), earlyDecember)
    // Early December 2025 is in Microsoft FY2026 Q2 and Nvidia fiscal 2026 Q4.
    Assert.Equal(2, FiscalCalendars.Microsoft.QuarterOf(earlyDecember.Start).Number)
    Assert.Equal(FiscalCalendars.Microsoft.QuarterOf(earlyDecember.Start), FiscalCalendars.Microsoft.QuarterOf(earlyDecember.End))
    Assert.Equal(nvda 2026, FiscalCalendars.Nvidia.YearOf earlyDecember.End)
    // "Nel 2026" (ByteDance's calendar 2026) overlaps Nvidia fiscal 2027 (2026-01-26..2027-01-31) for 340 days.
    Assert.Equal(FiscalCalendars.ByteDance.Year(2026).Range, span "nel 2026")
    Assert.Equal(340, (nvda 2027).OverlapDays(span "nel 2026"))

[<Fact>]
let ``bad input raises the documented errors`` () =
    let month = Assert.Throws<ArgumentOutOfRangeException>(fun () -> FiscalCalendar.MonthBased("X", 13, 1, FiscalYearNaming.ByEndYear, "") |> ignore)
    Assert.Equal("startMonth", month.ParamName)
    let day = Assert.Throws<ArgumentOutOfRangeException>(fun () -> FiscalCalendar.MonthBased("X", 2, 30, FiscalYearNaming.ByEndYear, "") |> ignore)
    Assert.Equal("startDay", day.ParamName)
    let label = Assert.Throws<ArgumentOutOfRangeException>(fun () -> msft 2200 |> ignore)
    Assert.Equal("label", label.ParamName)
    let text = Assert.Throws<UnresolvedPeriodException>(fun () -> ResolvedPeriod.Parse("in Smarch", date 2025 12 15) |> ignore)
    Assert.Contains("'in Smarch'", text.Message)

let calendars =
    Gen.elements
        [ FiscalCalendars.Microsoft
          FiscalCalendars.Nvidia
          FiscalCalendars.Meta
          FiscalCalendar.WeekBased("Retail", 1, DayOfWeek.Saturday, WeekYearEndRule.WeekdayNearestEndOfMonth, FiscalYearNaming.ByStartYear, "")
          FiscalCalendar.MonthBased("April", 4, 6, FiscalYearNaming.ByStartYear, "") ]

let dates = Gen.choose (DateOnly(1902, 1, 1).DayNumber, DateOnly(2197, 12, 31).DayNumber) |> Gen.map DateOnly.FromDayNumber

[<Property(MaxTest = 200)>]
let ``every date is in exactly one year, and consecutive years are contiguous`` () =
    Prop.forAll (Arb.fromGen (Gen.zip calendars dates)) (fun (calendar, d) ->
        let year = calendar.YearOf d
        let next = year.Next()
        let previous = year.Previous()
        year.Contains d && not (next.Contains d) && not (previous.Contains d)
        && year.LastDay.AddDays 1 = next.FirstDay
        && previous.LastDay.AddDays 1 = year.FirstDay)
