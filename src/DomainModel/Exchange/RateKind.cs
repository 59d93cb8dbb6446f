namespace DomainModel.Exchange;

/// <summary>What kind of figure an <see cref="ExchangeRate"/> is. There is no zero member: every rate states its kind,
/// and <see cref="ExchangeRate"/> refuses <c>default(RateKind)</c> and any other undefined value.</summary>
public enum RateKind
{
    /// <summary>A market rate for immediate delivery, as quoted by a dealer or a data vendor at a moment of the day.</summary>
    Spot = 1,

    /// <summary>A rate published by an authority for reference, such as the ECB euro foreign exchange reference rates (about 16:00 CET).</summary>
    OfficialReference = 2,

    /// <summary>The average of daily rates over a period (a month, a fiscal year); its validity is the period.</summary>
    PeriodAverage = 3,

    /// <summary>A rate implied by two amounts that a text states as equivalent ("160 billion yuan, about 23 billion dollars").</summary>
    Implied = 4,

    /// <summary>A rate computed from other rates (an inverse or a cross rate); <see cref="ExchangeRate.Legs"/> lists them when known.</summary>
    Derived = 5,
}
