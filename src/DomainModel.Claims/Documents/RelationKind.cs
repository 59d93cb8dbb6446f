namespace DomainModel.Claims;

/// <summary>The relations a claims document can state between two claims, each a check of <see cref="ClaimChecks"/>.</summary>
public enum RelationKind
{
    /// <summary>"increase": the later claim is larger (<see cref="ClaimChecks.Increase{T}"/>).</summary>
    Increase = 0,

    /// <summary>"decrease": the later claim is smaller (<see cref="ClaimChecks.Decrease{T}"/>).</summary>
    Decrease = 1,

    /// <summary>"exceeds": the first claim is larger (<see cref="ClaimChecks.Exceeds{T}"/>).</summary>
    Exceeds = 2,

    /// <summary>"below": the first claim is smaller (<see cref="ClaimChecks.Below{T}"/>).</summary>
    Below = 3,

    /// <summary>"approaches": below the second and close to it (<see cref="ClaimChecks.Approaches{T}"/>).</summary>
    Approaches = 4,

    /// <summary>"aboutFraction": the first is about a fraction of the second (<see cref="ClaimChecks.IsAboutFraction{T}"/>).</summary>
    AboutFraction = 5,

    /// <summary>"equivalent": one amount in two currencies (<see cref="ClaimChecks.EquivalentAfterConversion(Claim{Money}, Claim{Money}, Exchange.ExchangeRateRange)"/>).</summary>
    Equivalent = 6,

    /// <summary>"fitsWithin": every admitted first value is at most every admitted second (<see cref="ClaimChecks.FitsWithin{T}"/>).</summary>
    FitsWithin = 7,

    /// <summary>"partOf": a component of a total over the same time (<see cref="ClaimChecks.PartOf{T}"/>).</summary>
    PartOf = 8,

    /// <summary>"multiple": the first is a multiple of the second (<see cref="ClaimChecks.Multiple{T}"/>).</summary>
    Multiple = 9,

    /// <summary>"percentAbove": the first is a percentage above the second (<see cref="ClaimChecks.PercentAbove{T}"/>).</summary>
    PercentAbove = 10,

    /// <summary>"percentBelow": the first is a percentage below the second (<see cref="ClaimChecks.PercentBelow{T}"/>).</summary>
    PercentBelow = 11,

    /// <summary>"consistent": two sources' figures for the same thing overlap (<see cref="ClaimChecks.Consistent{T}"/>).</summary>
    Consistent = 12,
}
