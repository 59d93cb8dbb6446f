module DomainModel.FSharp.Tests.FiscalTests

open System
open DomainModel.Fiscal
open DomainModel.Periods
open Xunit

[<Fact>]
let ``fiscal years of one calendar sort with compare and List.sort`` () =
    let years = [ 2026; 2024; 2025 ] |> List.map FiscalCalendars.Microsoft.Year
    let sorted = years |> List.sort |> List.map (fun y -> y.Number)
    Assert.Equal<int list>([ 2024; 2025; 2026 ], sorted)
    Assert.True(compare (FiscalCalendars.Nvidia.Year 2025) (FiscalCalendars.Nvidia.Year 2026) < 0)
    Assert.Equal(FiscalCalendars.Nvidia.Year 2026, max (FiscalCalendars.Nvidia.Year 2025) (FiscalCalendars.Nvidia.Year 2026))

[<Fact>]
let ``comparing years of two calendars throws`` () =
    Assert.Throws<FiscalCalendarMismatchException>(fun () ->
        compare (FiscalCalendars.Microsoft.Year 2025) (FiscalCalendars.Gregorian.Year 2025) |> ignore) |> ignore

[<Fact>]
let ``TryYearOf and TryResolve are tuples`` () =
    match FiscalCalendars.Nvidia.TryYearOf(DateOnly(2025, 12, 15)) with
    | true, year -> Assert.Equal(DateOnly(2026, 1, 25), year.LastDay)
    | false, _ -> failwith "expected a year"
    match PeriodExpressions.TryResolve("entro metà febbraio", DateOnly(2025, 12, 15), MonthResolution.Nearest) with
    | true, period ->
        Assert.Equal(PeriodKind.Deadline, period.Kind)
        Assert.Equal(DateRange(DateOnly(2026, 2, 11), DateOnly(2026, 2, 20)), period.Range)
    | false, _ -> failwith "expected a period"

[<Fact>]
let ``overlap of a fiscal year with a calendar year pipes`` () =
    let shared =
        FiscalCalendars.Microsoft.Year 2025
        |> fun fy -> fy.OverlapInDays(DateRange.Year 2025)
    Assert.Equal(181, shared)
