module DomainModel.FSharp.Tests.ClaimsTests

open System
open System.IO
open DomainModel
open DomainModel.Claims
open DomainModel.Exchange
open DomainModel.Text
open Xunit

let article = File.ReadAllText RepositoryFiles.seedArticlePath

let reader =
    ArticleReader(article, AsOfDate(DateOnly(2025, 12, 31), "the article reports December 2025 figures"), NewsLanguage.Italian, ScalePolicy.ShortScale)

let ft = SourceChain.Of "Financial Times"
let cny = Money.Zero Currency.CNY
let usd = Money.Zero Currency.USD
let h200 = CountKind "H200 unit"
let daily = TokenRate.PerDay TokenVolume.Zero

let capex2026 = reader.Read("capex-2026-cny", "budget", "prevede di investire 160 miliardi di yuan", "160 miliardi", "nel 2026", ft, cny)
let capex2026Usd = reader.Read("capex-2026-usd", "budget in dollars", "circa 23 miliardi di dollari", "circa 23 miliardi", "nel 2026", ft, usd)
let capex2025 = reader.Read("capex-2025-cny", "allocation", "rispetto ai 150 miliardi di yuan stanziati quest’anno", "150 miliardi", "quest’anno", ft, cny)
let order = reader.Read("h200-order", "order", "l’acquisto iniziale di 20.000 unità H200", "20.000", "entro metà febbraio", ft, UnitCount.Zero h200)
let price = reader.Read("h200-price", "price", "a un costo stimato di $ 20.000 per unità", "20.000", "entro metà febbraio", ft, PricePerUnit(usd, h200))
let tokensOct =
    reader.Read("tokens-oct", "daily tokens", "ha superato i 30 trilioni di token in ottobre", "30 trilioni", "in ottobre",
                ft.Cite "Goldman Sachs and ByteDance executives", daily)
let tokensDec = reader.Read("tokens-dec", "daily tokens", "questa cifra è salita a 50 trilioni di token", "50 trilioni", "A dicembre", ft, daily)

[<Fact>]
let ``the reader takes the hedge from the verb and resolves the period`` () =
    Assert.Equal(EstimateKind.Over, tokensOct.Estimate.Kind)
    Assert.False tokensOct.Estimate.LowerInclusive
    Assert.Equal(Nullable(), tokensOct.Estimate.Upper)
    Assert.Equal(DateRange.OfMonth(2025, 10), tokensOct.Period.Span)
    Assert.Equal("Financial Times citing Goldman Sachs and ByteDance executives", string tokensOct.Source)
    Assert.Equal(article.IndexOf "ha superato i 30", tokensOct.Quote.Offset)

[<Fact>]
let ``counts are whole and money is in its currency`` () =
    Assert.Equal(Nullable(UnitCount(20_000L, h200)), order.Estimate.Lower)
    Assert.Equal(order.Estimate.Lower, order.Estimate.Upper)
    Assert.Equal(Nullable(Money(159_500_000_000m, Currency.CNY)), capex2026.Estimate.Lower)

[<Fact>]
let ``mixed claims are matched by type`` () =
    let claims: Claim list = [ capex2026; order; tokensOct ]
    let kinds =
        claims
        |> List.map (function
            | :? Claim<Money> as m -> "money " + m.UnitText
            | :? Claim<UnitCount> as u -> "count " + u.UnitText
            | other -> other.QuantityType.Name)
    Assert.Equal<string list>([ "money CNY"; "count H200 unit"; "TokenRate" ], kinds)

[<Fact>]
let ``checks return typed values and verdicts that pattern matching takes apart`` () =
    let describe (check: ClaimCheck) =
        match check.Verdict with
        | Verdict.Agrees -> "agrees"
        | Verdict.Disagrees -> "disagrees"
        | _ -> "inconclusive"
    let increase = ClaimChecks.Increase(capex2025, capex2026)
    Assert.Equal("agrees", describe increase)
    // 159.5 / 150.5 = 1.0598…, 160.5 / 149.5 = 1.0735…
    Assert.True(increase.Computed.Contains(Share(1066m, 1000m)))
    Assert.False(increase.Computed.Contains(Share(1080m, 1000m)))
    Assert.Equal("inconclusive", ClaimChecks.Increase(tokensOct, tokensDec) |> describe)
    Assert.Throws<ArgumentException>(fun () -> ClaimChecks.Increase(capex2026, capex2025) |> ignore) |> ignore

[<Fact>]
let ``arithmetic keeps the uncertainty in pipelines`` () =
    let total = EstimateMath.Total(order.Estimate, price.Estimate)
    Assert.Equal(Nullable(Money(399_990_000m, Currency.USD)), total.Lower)
    Assert.Equal(Nullable(Money(400_010_000m, Currency.USD)), total.Upper)
    let rate = ExchangeRate(Currency.USD, Currency.CNY, 7.05m, DateOnly(2025, 12, 5), RateKind.Spot, "ECB")
    let check = ClaimChecks.EquivalentAfterConversion(capex2026, capex2026Usd, rate)
    Assert.Equal(Verdict.Agrees, check.Verdict)
    Assert.Equal(Currency.USD, check.Computed.Stated.Currency)
    Assert.Throws<MismatchException>(fun () -> capex2026.Estimate.Compare capex2026Usd.Estimate |> ignore) |> ignore

[<Fact>]
let ``catalogs and chains take F# lists and arrays`` () =
    let xts = Currency.CreateCustom("XQQ", Nullable 0, "A made-up test currency")
    Assert.True(fst (CurrencyCatalog.Iso4217.With([ xts ]).TryFind "XQQ"))
    Assert.True(fst (CurrencyCatalog.Iso4217.With([| xts |]).TryFind "XQQ"))
    Assert.True(fst (CurrencyCatalog.Iso4217.With(xts).TryFind "XQQ"))
    let table = ExchangeRateTable.Empty
    let chainOfList = ExchangeRateProviderChain([ table :> IExchangeRateProvider ])
    let chainOfArray = ExchangeRateProviderChain([| table :> IExchangeRateProvider; table |])
    Assert.Contains("chain of", chainOfList.Name)
    Assert.Contains("chain of", chainOfArray.Name)

[<Fact>]
let ``the article's share and closeness checks run in a pipeline`` () =
    let chips = reader.Read("chips-2025-cny", "processors", "ovvero 85 miliardi di yuan", "85 miliardi", "quest’anno", ft, cny)
    let google = reader.Read("tokens-google", "Google", "ai 43 trilioni di token dichiarati da Google", "43 trilioni", "A dicembre", SourceChain.Of "Google", daily)
    let half = ClaimChecks.IsAboutFraction(chips, capex2025, 0.5m, 0.05m)
    Assert.Equal(Verdict.Disagrees, half.Verdict)
    Assert.Equal("[56.14 %, 57.2 %]", half.Computed.ToIntervalString())
    let approaching = ClaimChecks.Approaches(tokensDec, google, 0.2m)
    Assert.Equal(Verdict.Disagrees, approaching.Verdict)
    let monthly = tokensDec.Estimate |> fun e -> EstimateMath.ToMonthly(e, MonthLength.GregorianAverage)
    Assert.True(monthly.Contains(TokenRate.PerMonth(TokenVolume.FromTrillions 1521m)))
    let implied = ExchangeRateRange.Implied(capex2026Usd.Estimate, capex2026.Estimate, RateValidity(DateOnly(2025, 12, 31)), "FT")
    Assert.Equal(Verdict.Inconclusive, ClaimChecks.EquivalentAfterConversion(capex2026, capex2026Usd, implied).Verdict)
