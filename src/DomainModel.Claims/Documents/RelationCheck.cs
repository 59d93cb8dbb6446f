using System;
using System.Collections.Generic;
using System.Linq;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Exchange;

namespace DomainModel.Claims;

/// <summary>Runs the typed check of a relation: the two claims' quantity picked by a type switch (no reflection).</summary>
internal static class RelationCheck
{
    internal static ClaimCheck Run(RelationSpec spec, Claim a, Claim b, IReadOnlyList<DocumentClaim> claims, DocumentArticle article)
    {
        if (spec.Kind == RelationKind.Equivalent)
        {
            var from = (Claim<Money>)a;
            var to = (Claim<Money>)b;
            var rate = spec.Rate!;
            if (rate.Source == RateSource.Document)
            {
                var given = new ExchangeRate(Currency.FromCode(rate.Base!), Currency.FromCode(rate.Quote!), rate.Value!.Value, rate.Date!.Value, RateKind.Spot, rate.Provider!);
                return ClaimChecks.EquivalentAfterConversion(from, to, given);
            }

            var baseClaim = (Claim<Money>)claims.First(c => c.Id == rate.ImpliedFrom![0]).Claim;
            var quoteClaim = (Claim<Money>)claims.First(c => c.Id == rate.ImpliedFrom![1]).Claim;
            var implied = ExchangeRateRange.Implied(baseClaim.Estimate, quoteClaim.Estimate, new RateValidity(article.AsOf.Date), article.Publisher + " (implied by " + baseClaim.Id + " and " + quoteClaim.Id + ")");
            return ClaimChecks.EquivalentAfterConversion(from, to, implied);
        }

        if (IsVolumeAndRate(a, b))
        {
            return VolumeAndRate(spec, a, b);
        }

        return Dispatch(a, b, new Pair(spec));
    }

    /// <summary>Whether one claim is a volume over a span and the other a rate: checked with the rate taken over the volume's span.</summary>
    internal static bool IsVolumeAndRate(Claim a, Claim b) =>
        (a is Claim<TokenVolumeOver> && b is Claim<TokenRate>) || (a is Claim<TokenRate> && b is Claim<TokenVolumeOver>);

    /// <summary>The rate claim of a volume-and-rate pair.</summary>
    internal static Claim<TokenRate> RateOf(Claim a, Claim b) => a as Claim<TokenRate> ?? (Claim<TokenRate>)b;

    private static ClaimCheck VolumeAndRate(RelationSpec spec, Claim a, Claim b)
    {
        var rate = RateOf(a, b);
        var volume = a as Claim<TokenVolumeOver> ?? (Claim<TokenVolumeOver>)b;
        var over = ClaimChecks.OverSpan(rate, volume.Estimate.Stated.Span, spec.MonthLength);
        var check = a is Claim<TokenRate> ? new Pair(spec).Apply(over, volume) : new Pair(spec).Apply(volume, over);
        return ClaimChecks.Restate((ClaimCheck<Share>)check, rate, over);
    }

    /// <summary>Applies a typed two-claim check to claims of the same quantity.</summary>
    internal static ClaimCheck Dispatch(Claim a, Claim b, IPairCheck check) => a switch
    {
        Claim<Money> x => check.Apply(x, (Claim<Money>)b),
        Claim<UnitCount> x => check.Apply(x, (Claim<UnitCount>)b),
        Claim<PricePerUnit> x => check.Apply(x, (Claim<PricePerUnit>)b),
        Claim<TokenRate> x => check.Apply(x, (Claim<TokenRate>)b),
        Claim<TokenVolumeOver> x => check.Apply(x, (Claim<TokenVolumeOver>)b),
        Claim<ActiveUsers> x => check.Apply(x, (Claim<ActiveUsers>)b),
        Claim<Share> x => check.Apply(x, (Claim<Share>)b),
        _ => throw new ArgumentException($"Claims of {a.QuantityType.Name} are not checked by documents.", nameof(a)),
    };

    /// <summary>A check generic in the quantity.</summary>
    internal interface IPairCheck
    {
        ClaimCheck Apply<T>(Claim<T> first, Claim<T> second)
            where T : struct, IEstimable<T>;
    }

    private sealed class Pair(RelationSpec spec) : IPairCheck
    {
        public ClaimCheck Apply<T>(Claim<T> first, Claim<T> second)
            where T : struct, IEstimable<T> => spec.Kind switch
            {
                RelationKind.Increase => ClaimChecks.Increase(first, second),
                RelationKind.Decrease => ClaimChecks.Decrease(first, second),
                RelationKind.Exceeds => ClaimChecks.Exceeds(first, second),
                RelationKind.Below => ClaimChecks.Below(first, second),
                RelationKind.Approaches => ClaimChecks.Approaches(first, second, spec.Within!.Value),
                RelationKind.AboutFraction => ClaimChecks.IsAboutFraction(first, second, spec.Fraction!.Value, spec.Tolerance!.Value),
                RelationKind.FitsWithin => ClaimChecks.FitsWithin(first, second),
                RelationKind.PartOf => ClaimChecks.PartOf(first, second),
                RelationKind.Multiple => ClaimChecks.Multiple(first, second, spec.Factor!.Value, spec.Tolerance!.Value),
                RelationKind.PercentAbove => ClaimChecks.PercentAbove(first, second, spec.Percent!.Value),
                RelationKind.PercentBelow => ClaimChecks.PercentBelow(first, second, spec.Percent!.Value),
                _ => ClaimChecks.Consistent(first, second),
            };
    }
}
