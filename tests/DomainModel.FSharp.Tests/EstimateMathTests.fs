module DomainModel.FSharp.Tests.EstimateMathTests

open System
open DomainModel.Claims
open DomainModel
open DomainModel.Exchange
open Xunit

// The rates below are made up, chosen so that every expected bound can be worked out by hand.
let private cny x = Money(x, Currency.CNY)
let private usd x = Money(x, Currency.USD)
let private day = DateOnly(2025, 12, 5)
let private billion = 1_000_000_000m

[<Fact>]
let ``Convert by an exact rate divides both bounds, and the bounds are options away`` () =
    let rate = ExchangeRate(Currency.USD, Currency.CNY, 8m, day, RateKind.Spot, "made up")
    let dollars = rate.Convert(Estimate.Rounded(cny (160m * billion), billion))
    // [159.5, 160.5] billion yuan / 8 = [19.9375, 20.0625] billion dollars
    Assert.Equal(Some(usd 19_937_500_000m), Option.ofNullable dollars.Lower)
    Assert.Equal(Some(usd 20_062_500_000m), Option.ofNullable dollars.Upper)

[<Fact>]
let ``Convert by a range of rates widens outwards`` () =
    let range = ExchangeRateRange(Currency.USD, Currency.CNY, 7.5m, 8m, RateValidity day, "made up")
    let dollars = range.Convert(Estimate.Between(cny 150m, cny 160m))
    // lowest: 150 / 8 = 18.75; highest: 160 / 7.5 = 21.333…
    Assert.True(dollars.Contains(usd 18.75m))
    Assert.True(dollars.Contains(usd 21.33m))
    Assert.False(dollars.Contains(usd 18.74m))
    Assert.False(dollars.Contains(usd 21.34m))

[<Fact>]
let ``Ratio, Growth and Difference infer the quantity from their arguments`` () =
    let part = Estimate.Exactly(cny 85m)
    let whole = Estimate.Exactly(cny 150m)
    let share = EstimateMath.Ratio(part, whole)
    Assert.True(share.Contains(Share(85m, 150m)))
    let earlier = Estimate.Rounded(cny (150m * billion), billion)
    let later = Estimate.Rounded(cny (160m * billion), billion)
    Assert.Equal("[+5.98 %, +7.36 %]", EstimateMath.Growth(earlier, later) |> EstimateMath.DescribeGrowth)
    let difference = EstimateMath.Difference(Estimate.Exactly(usd 160m), Estimate.Exactly(usd 150m))
    Assert.Equal(Some(usd 10m), Option.ofNullable difference.Lower)
    Assert.Equal(Some(usd 10m), Option.ofNullable difference.Upper)

[<Fact>]
let ``a one-sided input gives a one-sided growth`` () =
    // "over 30 T" tokens, then 50 T: the factor is below 50 / 30, and any smaller factor is possible.
    let growth = EstimateMath.Growth(Estimate.Over(TokenVolume.FromTrillions 30m), Estimate.Exactly(TokenVolume.FromTrillions 50m))
    Assert.False(growth.Contains(Share(50m, 30m)))
    Assert.True(growth.Contains(Share(49m, 30m)))
    Assert.True(growth.Contains(Share(1m, 1m)))
    Assert.False(growth.Contains(Share(2m, 1m)))

[<Fact>]
let ``a Money estimate and a token estimate do not mix, CNY against USD throws`` () =
    Assert.Throws<MismatchException>(fun () ->
        EstimateMath.Ratio(Estimate.Exactly(cny 1m), Estimate.Exactly(usd 2m)) |> ignore)
    |> ignore
