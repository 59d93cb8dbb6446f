using System.Diagnostics.CodeAnalysis;
using DomainModel.Claims;
using DomainModel;

namespace DomainModel.ArticleReport;

/// <summary>
/// The seed article's claims, typed, taken by id from its claims document (Documents/bytedance-ai-2026.it.claims.json)
/// for the report's lines computed from them (the H200 order's total, the implied rate, the fiscal years). A document
/// without these claims gets no such lines.
/// </summary>
internal sealed class SeedClaims
{
    private SeedClaims(ClaimsDocument d)
    {
        Capex2026Cny = (Claim<Money>)d.Claim("capex-2026-cny").Claim;
        Capex2026Usd = (Claim<Money>)d.Claim("capex-2026-usd").Claim;
        Capex2025Cny = (Claim<Money>)d.Claim("capex-2025-cny").Claim;
        Chips2025Cny = (Claim<Money>)d.Claim("chips-2025-cny").Claim;
        BigTech2025Usd = (Claim<Money>)d.Claim("bigtech-2025-usd").Claim;
        H200FirstBatch = (Claim<UnitCount>)d.Claim("h200-first-batch").Claim;
        H200Order = (Claim<UnitCount>)d.Claim("h200-order").Claim;
        H200Price = (Claim<PricePerUnit>)d.Claim("h200-price").Claim;
        DoubaoAugust = (Claim<ActiveUsers>)d.Claim("doubao-mau-aug").Claim;
        DoubaoOctober = (Claim<ActiveUsers>)d.Claim("doubao-mau-oct").Claim;
        TokensOctober = (Claim<TokenRate>)d.Claim("tokens-oct").Claim;
        TokensDecember = (Claim<TokenRate>)d.Claim("tokens-dec").Claim;
        TokensGoogle = (Claim<TokenRate>)d.Claim("tokens-google").Claim;
    }

    public Claim<Money> Capex2026Cny { get; }

    public Claim<Money> Capex2026Usd { get; }

    public Claim<Money> Capex2025Cny { get; }

    public Claim<Money> Chips2025Cny { get; }

    public Claim<Money> BigTech2025Usd { get; }

    public Claim<UnitCount> H200FirstBatch { get; }

    public Claim<UnitCount> H200Order { get; }

    public Claim<PricePerUnit> H200Price { get; }

    public Claim<ActiveUsers> DoubaoAugust { get; }

    public Claim<ActiveUsers> DoubaoOctober { get; }

    public Claim<TokenRate> TokensOctober { get; }

    public Claim<TokenRate> TokensDecember { get; }

    public Claim<TokenRate> TokensGoogle { get; }

    /// <summary>The seed claims of a document, or false if it lacks one of them (or states it in another quantity).</summary>
    public static bool TryRead(ClaimsDocument document, [NotNullWhen(true)] out SeedClaims? claims)
    {
        (string Id, System.Type Type)[] needed =
        [
            ("capex-2026-cny", typeof(Money)), ("capex-2026-usd", typeof(Money)), ("capex-2025-cny", typeof(Money)), ("chips-2025-cny", typeof(Money)),
            ("bigtech-2025-usd", typeof(Money)), ("h200-first-batch", typeof(UnitCount)), ("h200-order", typeof(UnitCount)), ("h200-price", typeof(PricePerUnit)),
            ("doubao-mau-aug", typeof(ActiveUsers)), ("doubao-mau-oct", typeof(ActiveUsers)), ("tokens-oct", typeof(TokenRate)), ("tokens-dec", typeof(TokenRate)), ("tokens-google", typeof(TokenRate)),
        ];
        foreach (var (id, type) in needed)
        {
            if (!System.Linq.Enumerable.Any(document.Claims, c => c.Id == id && c.Claim.QuantityType == type))
            {
                claims = null;
                return false;
            }
        }

        claims = new SeedClaims(document);
        return true;
    }
}
