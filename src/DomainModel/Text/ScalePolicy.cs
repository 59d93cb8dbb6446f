namespace DomainModel.Text;

/// <summary>
/// How to read the scale words whose value differs between the short and the long scale: English billion/trillion
/// and Italian bilione/trilione. Words with one meaning (thousand, million, mila, milioni, miliardi) and the
/// abbreviations (k, M, mn, mln, bn, B, mld, T, tn) are read the same under every policy.
/// </summary>
/// <remarks>
/// The default, <see cref="ShortScale"/>, fits the texts this library reads: economic news translated from English,
/// where "50 trilioni di token" renders "50 trillion tokens" (5 × 10^13), although a dictionary reads trilione as
/// 10^18. Every parse result states the policy it used.
/// </remarks>
public enum ScalePolicy
{
    /// <summary>billion = bilione = 10^9, trillion = trilione = 10^12 (modern English usage; translated news). The default.</summary>
    ShortScale = 0,

    /// <summary>billion = bilione = 10^12, trillion = trilione = 10^18 (Italian as the dictionary has it; historic British English).</summary>
    LongScale = 1,

    /// <summary>Each language's own convention: English words on the short scale, Italian words on the long scale.</summary>
    ByLanguage = 2,

    /// <summary>English words on the short scale; Italian bilione/trilione are refused as ambiguous (use miliardi, or choose a policy).</summary>
    RejectAmbiguous = 3,
}
