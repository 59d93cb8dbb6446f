using System;
using System.Collections.Generic;
using DomainModel.Exchange;

namespace DomainModel.Claims;

/// <summary>Evaluates a derived figure: its inputs' typed estimates picked by a type switch (no reflection), then <see cref="EstimateMath"/>.</summary>
internal static class DerivedEvaluation
{
    /// <summary>A claim's typed estimate, boxed.</summary>
    internal static object Value(Claim claim) => claim switch
    {
        Claim<Money> x => x.Estimate,
        Claim<UnitCount> x => x.Estimate,
        Claim<PricePerUnit> x => x.Estimate,
        Claim<TokenRate> x => x.Estimate,
        Claim<TokenVolumeOver> x => x.Estimate,
        Claim<ActiveUsers> x => x.Estimate,
        Claim<Share> x => x.Estimate,
        _ => throw new ArgumentException($"Claims of {claim.QuantityType.Name} are not used by derived figures.", nameof(claim)),
    };

    /// <summary>The figure's result: (typed value, quantity type, interval, unit, implied range, rate used).</summary>
    internal static (object Value, Type Type, Estimate Interval, string Unit, ExchangeRateRange? Implied, ExchangeRate? Rate) Evaluate(DerivedSpec spec, IReadOnlyList<object> inputs, DocumentArticle article, Func<RateSpec, Currency, (ExchangeRate? Rate, ExchangeRateRange? Range)> rateOf)
    {
        switch (spec.Kind)
        {
            case DerivedKind.Total:
                {
                    var count = As<Estimate<UnitCount>>(inputs[0], spec.Inputs[0], "a count");
                    var price = As<Estimate<PricePerUnit>>(inputs[1], spec.Inputs[1], "a price per unit");
                    return Of(EstimateMath.Total(count, price));
                }

            case DerivedKind.Ratio:
            case DerivedKind.Growth:
            case DerivedKind.Difference:
                return Binary(spec, inputs[0], inputs[1]);
            case DerivedKind.PerPeriod:
                {
                    var length = ClaimsDocumentReader.MonthLengthOf(spec.MonthLength!);
                    var period = ClaimsDocumentReader.PeriodOf(spec.Per!);
                    if (inputs[0] is Estimate<TokenVolumeOver> volume)
                    {
                        return Of(EstimateMath.AverageRate(volume, period, length)); // a volume over a span, as its average rate
                    }

                    var rate = As<Estimate<TokenRate>>(inputs[0], spec.Inputs[0], "a token rate or a volume over a span");
                    return Of(EstimateMath.ToPeriod(rate, period, length));
                }

            case DerivedKind.ImpliedRate:
                {
                    var @base = As<Estimate<Money>>(inputs[0], spec.Inputs[0], "an amount of money");
                    var quote = As<Estimate<Money>>(inputs[1], spec.Inputs[1], "an amount of money");
                    var range = ExchangeRateRange.Implied(@base, quote, new RateValidity(article.AsOf.Date), article.Publisher + " (implied by " + spec.Inputs[0] + " and " + spec.Inputs[1] + ")");
                    return (range, typeof(ExchangeRateRange), Estimate.Between(range.Min, range.Max), range.Pair, range, null);
                }

            default:
                {
                    var amount = As<Estimate<Money>>(inputs[0], spec.Inputs[0], "an amount of money");
                    var (rate, range) = rateOf(spec.Rate!, amount.Stated.Currency);
                    if (range is not null)
                    {
                        var converted = range.Convert(amount);
                        return (converted, typeof(Money), converted.Interval, converted.UnitText, range, range.ToMidRate());
                    }

                    var exact = rate!.Convert(amount);
                    return (exact, typeof(Money), exact.Interval, exact.UnitText, null, rate);
                }
        }
    }

    private static (object, Type, Estimate, string, ExchangeRateRange?, ExchangeRate?) Binary(DerivedSpec spec, object a, object b)
    {
        if (a.GetType() != b.GetType())
        {
            throw new ArgumentException($"'{spec.Inputs[0]}' and '{spec.Inputs[1]}' are estimates of different quantities ({Describe(a)}, {Describe(b)}); a \"{spec.KindWord}\" takes two of one quantity.");
        }

        return a switch
        {
            Estimate<Money> x => Apply(spec.Kind, x, (Estimate<Money>)b),
            Estimate<UnitCount> x => Apply(spec.Kind, x, (Estimate<UnitCount>)b),
            Estimate<PricePerUnit> x => Apply(spec.Kind, x, (Estimate<PricePerUnit>)b),
            Estimate<TokenRate> x => Apply(spec.Kind, x, (Estimate<TokenRate>)b),
            Estimate<ActiveUsers> x => Apply(spec.Kind, x, (Estimate<ActiveUsers>)b),
            Estimate<Share> x => Apply(spec.Kind, x, (Estimate<Share>)b),
            _ => throw new ArgumentException($"'{spec.Inputs[0]}' is {Describe(a)}; a \"{spec.KindWord}\" takes estimates of a quantity."),
        };
    }

    private static (object, Type, Estimate, string, ExchangeRateRange?, ExchangeRate?) Apply<T>(DerivedKind kind, Estimate<T> a, Estimate<T> b)
        where T : struct, IEstimable<T> => kind switch
        {
            DerivedKind.Ratio => Of(EstimateMath.Ratio(a, b)),
            DerivedKind.Growth => Of(EstimateMath.Growth(a, b)),
            _ => Of(EstimateMath.Difference(a, b)),
        };

    private static (object, Type, Estimate, string, ExchangeRateRange?, ExchangeRate?) Of<T>(Estimate<T> value)
        where T : struct, IEstimable<T> =>
        (value, typeof(T), value.Interval, typeof(T) == typeof(Share) ? "fraction" : value.UnitText, null, null);

    private static T As<T>(object value, string id, string what) =>
        value is T typed ? typed : throw new ArgumentException($"'{id}' is {Describe(value)}, not {what}.");

    private static string Describe(object value) => value switch
    {
        ExchangeRateRange r => "an exchange-rate range (" + r.Pair + ")",
        Estimate<Money> m => "an amount of money (" + m.UnitText + ")",
        Estimate<UnitCount> => "a count",
        Estimate<PricePerUnit> => "a price per unit",
        Estimate<TokenRate> => "a token rate",
        Estimate<ActiveUsers> => "a number of active users",
        Estimate<Share> => "a share",
        _ => value.GetType().Name,
    };
}
