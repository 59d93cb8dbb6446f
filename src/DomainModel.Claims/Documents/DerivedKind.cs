namespace DomainModel.Claims;

/// <summary>What a derived figure of a claims document ("derived") computes from its inputs, each with <see cref="EstimateMath"/> or an exchange rate.</summary>
public enum DerivedKind
{
    /// <summary>"total": a count times a price per unit (<see cref="EstimateMath.Total"/>); inputs: the count, the price.</summary>
    Total = 0,

    /// <summary>"ratio": a part over a whole of the same quantity, a share (<see cref="EstimateMath.Ratio{T}"/>); inputs: the part, the whole.</summary>
    Ratio = 1,

    /// <summary>"growth": the factor later ÷ earlier, shown as a change in percent (<see cref="EstimateMath.Growth{T}"/>); inputs: the earlier, the later.</summary>
    Growth = 2,

    /// <summary>"difference": later − earlier (<see cref="EstimateMath.Difference{T}"/>); inputs: the later, the earlier.</summary>
    Difference = 3,

    /// <summary>"perPeriod": a token rate over another period, per day or per month, with a stated month length (<see cref="EstimateMath.ToPeriod"/>); input: the rate.</summary>
    PerPeriod = 4,

    /// <summary>"impliedRate": the exchange-rate range two amounts of one sum imply (<see cref="Exchange.ExchangeRateRange.Implied"/>); inputs: the base amount, the quote amount.</summary>
    ImpliedRate = 5,

    /// <summary>"convert": an amount converted at a rate (given in the document, implied by two money claims, or from the caller's rate provider); input: the amount.</summary>
    Convert = 6,
}
