/// Cultures for tests: with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 only the invariant culture exists, so tests that
/// need a real culture carry [<IcuFact>] and are skipped; `culture` then returns the invariant culture so that
/// module initialisation still runs.
module DomainModel.FSharp.Tests.Cultures

open System.Globalization
open Xunit

let available =
    try CultureInfo.GetCultureInfo("it-IT").NumberFormat.NumberDecimalSeparator = ","
    with :? CultureNotFoundException -> false

let culture (name: string) = if available then CultureInfo.GetCultureInfo name else CultureInfo.InvariantCulture

type IcuFactAttribute() as this =
    inherit FactAttribute()
    do if not available then this.Skip <- "Needs ICU culture data (skipped with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1)."
