namespace DomainModel.Claims;

/// <summary>What the figure of a document's claim measures (its "measure" object's "kind").</summary>
public enum MeasureKind
{
    /// <summary>"money": an amount in an ISO 4217 currency ("currency": "CNY").</summary>
    Money = 0,

    /// <summary>"count": a count of a named kind ("of": "H200 unit").</summary>
    Count = 1,

    /// <summary>"price": money per unit of a named kind ("currency": "USD", "per": "H200 unit").</summary>
    Price = 2,

    /// <summary>"tokens": tokens per period ("per": "minute", "hour", "day", "week", "month" or "year" of 365 days).</summary>
    Tokens = 3,

    /// <summary>"activeUsers": daily, weekly or monthly active users ("window": "monthly").</summary>
    ActiveUsers = 4,

    /// <summary>"share": a fraction of a whole ("25 %").</summary>
    Share = 5,

    /// <summary>"tokensOver": a token volume consumed over the claim's period, its span (a <see cref="TokenVolumeOver"/>): "7.359 trillion tokens" in "the week of March 16-22, 2026".</summary>
    TokensOver = 6,
}
