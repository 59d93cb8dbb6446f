using System;
using System.Collections.Generic;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Currencies;
using DomainModel.Monetary;
using DomainModel.Quantities;
using DomainModel.Text;

namespace DomainModel.ArticleReport;

/// <summary>One entry of the claim catalog: the article's words for one figure, as they stand in it.</summary>
internal sealed record ClaimSpec(string Id, string Subject, string Quote, string Figure, string Period, string Source);

/// <summary>
/// The figures of the article (article.it.txt, an Italian translation of a Financial Times report on ByteDance's AI
/// spending), each read by <see cref="ArticleReader"/> from the article's own words. <see cref="Catalog"/> is the only
/// place where the report names a figure: everything else is computed from the claims.
/// </summary>
internal sealed class ArticleClaims
{
    /// <summary>Why the claims are read as of the last day of December 2025 unless told otherwise.</summary>
    public const string DefaultAsOfReason = "the article reports December 2025 figures (\"A dicembre, questa cifra è salita a 50 trilioni\") and plans for 2026";

    /// <summary>The language the article is read in.</summary>
    public const NewsLanguage Language = NewsLanguage.Italian;

    /// <summary>The scale policy the article's scale words are read with: "trilioni" is 10^12, as Italian business news uses it.</summary>
    public const ScalePolicy Policy = ScalePolicy.ShortScale;

    public static IReadOnlyList<ClaimSpec> Catalog { get; } =
    [
        new("capex-2026-cny", "ByteDance AI infrastructure budget", "prevede di investire 160 miliardi di yuan", "160 miliardi", "nel 2026", "Financial Times"),
        new("capex-2026-usd", "the same budget in dollars", "circa 23 miliardi di dollari", "circa 23 miliardi", "nel 2026", "Financial Times"),
        new("capex-2025-cny", "ByteDance AI infrastructure allocation this year", "rispetto ai 150 miliardi di yuan stanziati quest’anno", "150 miliardi", "quest’anno", "Financial Times"),
        new("chips-2025-cny", "of which advanced AI processors", "ovvero 85 miliardi di yuan", "85 miliardi", "quest’anno", "Financial Times"),
        new("bigtech-2025-usd", "Microsoft, Alphabet, Amazon and Meta AI infrastructure together", "tra i 350 e i 400 miliardi di dollari", "tra i 350 e i 400 miliardi", "nel 2025", "Financial Times"),
        new("h200-first-batch", "Nvidia's first H200 shipment to China", "con il primo lotto composto da 40.000-80.000 unità", "40.000-80.000", "entro metà febbraio", "Financial Times"),
        new("h200-order", "ByteDance's initial H200 purchase", "l’acquisto iniziale di 20.000 unità H200", "20.000", "entro metà febbraio", "Financial Times"),
        new("h200-price", "estimated cost per H200", "a un costo stimato di $ 20.000 per unità", "20.000", "entro metà febbraio", "Financial Times"),
        new("doubao-mau-aug", "Doubao monthly active users", "157 milioni di utenti attivi mensili ad agosto", "157 milioni", "ad agosto", "QuestMobile"),
        new("doubao-mau-oct", "Doubao monthly active users", "159 milioni di utenti attivi mensili entro ottobre", "159 milioni", "entro ottobre", "QuestMobile"),
        new("tokens-oct", "ByteDance daily token use", "ha superato i 30 trilioni di token in ottobre", "30 trilioni", "in ottobre", "Financial Times citing Goldman Sachs and ByteDance executives"),
        new("tokens-dec", "ByteDance daily token use", "questa cifra è salita a 50 trilioni di token", "50 trilioni", "A dicembre", "Financial Times citing Goldman Sachs and ByteDance executives"),
        new("tokens-google", "Google daily token use, as Google declared it", "ai 43 trilioni di token dichiarati da Google", "43 trilioni", "A dicembre", "Google"),
    ];

    private static readonly CountKind H200 = new("H200 unit");

    private ArticleClaims(ArticleReader reader, IReadOnlyList<ClaimSpec> catalog)
    {
        Reader = reader;
        var specs = catalog.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Claim<T> Read<T>(string id, T unit)
            where T : struct, DomainModel.Estimates.IEstimable<T>
        {
            var s = specs[id];
            return reader.Read(s.Id, s.Subject, s.Quote, s.Figure, s.Period, SourceChain.Parse(s.Source), unit);
        }

        Claim<ActiveUsers> Users(string id)
        {
            var s = specs[id];
            return reader.ReadActiveUsers(s.Id, s.Subject, s.Quote, s.Figure, s.Period, SourceChain.Parse(s.Source), ActivityWindow.Monthly);
        }

        var cny = Money.Zero(Currency.CNY);
        var usd = Money.Zero(Currency.USD);
        var daily = TokenRate.PerDay(TokenVolume.Zero);
        Capex2026Cny = Read("capex-2026-cny", cny);
        Capex2026Usd = Read("capex-2026-usd", usd);
        Capex2025Cny = Read("capex-2025-cny", cny);
        Chips2025Cny = Read("chips-2025-cny", cny);
        BigTech2025Usd = Read("bigtech-2025-usd", usd);
        H200FirstBatch = Read("h200-first-batch", UnitCount.Zero(H200));
        H200Order = Read("h200-order", UnitCount.Zero(H200));
        H200Price = Read("h200-price", new PricePerUnit(usd, H200));
        DoubaoAugust = Users("doubao-mau-aug");
        DoubaoOctober = Users("doubao-mau-oct");
        TokensOctober = Read("tokens-oct", daily);
        TokensDecember = Read("tokens-dec", daily);
        TokensGoogle = Read("tokens-google", daily);
        All =
        [
            Capex2026Cny, Capex2026Usd, Capex2025Cny, Chips2025Cny, BigTech2025Usd, H200FirstBatch, H200Order, H200Price,
            DoubaoAugust, DoubaoOctober, TokensOctober, TokensDecember, TokensGoogle,
        ];
    }

    public ArticleReader Reader { get; }

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

    public IReadOnlyList<Claim> All { get; }

    /// <summary>Reads the catalog's claims from the article, as of <paramref name="asOf"/>.</summary>
    public static ArticleClaims Read(string article, AsOfDate asOf, IReadOnlyList<ClaimSpec>? catalog = null) =>
        new(new ArticleReader(article, asOf, Language, Policy), catalog ?? Catalog);
}
