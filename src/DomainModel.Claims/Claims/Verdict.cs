namespace DomainModel.Claims;

/// <summary>The outcome of a <see cref="ClaimCheck"/>.</summary>
public enum Verdict
{
    /// <summary>Every value the claims admit satisfies the relation their words state.</summary>
    Agrees = 0,

    /// <summary>No value the claims admit satisfies the relation their words state.</summary>
    Disagrees = 1,

    /// <summary>Some admitted values satisfy it and some do not: the figures are too imprecise to decide.</summary>
    Inconclusive = 2,
}
