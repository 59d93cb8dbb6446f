using System.Collections.Generic;
using System.Globalization;
using DomainModel.Claims;
using DomainModel.Text;

namespace DomainModel.ArticleReport;

/// <summary>
/// The figures of the article (article.it.txt, an Italian translation of a Financial Times report on ByteDance's AI
/// spending), each as a claim read from its own words. Where the verb carries the hedge ("ha superato i 30 trilioni")
/// the estimate is stated explicitly, since the number parser reads only the figure. Periods are the article's own
/// words, resolved by the report against its as-of date.
/// </summary>
internal static class ArticleClaims
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    public static Claim Capex2026Cny { get; } = Read("capex-2026-cny", "ByteDance AI infrastructure budget", "prevede di investire 160 miliardi di yuan", "160 miliardi", "Financial Times", "nel 2026", "CNY");
    public static Claim Capex2026Usd { get; } = Read("capex-2026-usd", "the same budget in dollars", "circa 23 miliardi di dollari", "circa 23 miliardi", "Financial Times", "nel 2026", "USD");
    public static Claim Capex2025Cny { get; } = Read("capex-2025-cny", "ByteDance AI infrastructure allocation this year", "rispetto ai 150 miliardi di yuan stanziati quest’anno", "150 miliardi", "Financial Times", "quest’anno", "CNY");
    public static Claim Chips2025Cny { get; } = Read("chips-2025-cny", "of which advanced AI processors", "ovvero 85 miliardi di yuan", "85 miliardi", "Financial Times", "quest’anno", "CNY");
    public static Claim BigTech2025Usd { get; } = Read("bigtech-2025-usd", "Microsoft, Alphabet, Amazon and Meta AI infrastructure together", "tra i 350 e i 400 miliardi di dollari", "tra i 350 e i 400 miliardi", "Financial Times", "nel 2025", "USD");
    public static Claim H200FirstBatch { get; } = Read("h200-first-batch", "Nvidia's first H200 shipment to China", "con il primo lotto composto da 40.000-80.000 unità", "40.000-80.000", "Financial Times", "entro metà febbraio", "H200 unit");
    public static Claim H200Order { get; } = Read("h200-order", "ByteDance's initial H200 purchase", "l’acquisto iniziale di 20.000 unità H200", "20.000", "Financial Times", "entro metà febbraio", "H200 unit");
    public static Claim H200Price { get; } = Read("h200-price", "estimated cost per H200", "a un costo stimato di $ 20.000 per unità", "20.000", "Financial Times", "entro metà febbraio", "USD per H200 unit");
    public static Claim DoubaoAugust { get; } = Read("doubao-mau-aug", "Doubao monthly active users", "157 milioni di utenti attivi mensili ad agosto", "157 milioni", "QuestMobile", "ad agosto", "monthly active user");
    public static Claim DoubaoOctober { get; } = Read("doubao-mau-oct", "Doubao monthly active users", "159 milioni di utenti attivi mensili entro ottobre", "159 milioni", "QuestMobile", "entro ottobre", "monthly active user");

    public static Claim TokensOctober { get; } = new(
        "tokens-oct", "ByteDance daily token use", "ha superato i 30 trilioni di token in ottobre", "ByteDance",
        "in ottobre", "token/day", Estimate.Over(30_000_000_000_000m));

    public static Claim TokensDecember { get; } = Read("tokens-dec", "ByteDance daily token use", "questa cifra è salita a 50 trilioni di token", "50 trilioni", "Goldman Sachs, ByteDance executives", "a dicembre", "token/day");
    public static Claim TokensGoogle { get; } = Read("tokens-google", "Google daily token use, as Google declared it", "ai 43 trilioni di token dichiarati da Google", "43 trilioni", "Google", "a dicembre", "token/day");

    public static IReadOnlyList<Claim> All { get; } =
    [
        Capex2026Cny, Capex2026Usd, Capex2025Cny, Chips2025Cny, BigTech2025Usd, H200FirstBatch, H200Order, H200Price,
        DoubaoAugust, DoubaoOctober, TokensOctober, TokensDecember, TokensGoogle,
    ];

    private static Claim Read(string id, string subject, string quote, string figure, string source, string period, string unit) =>
        Claim.FromText(id, subject, quote, figure, source, period, unit, ScalePolicy.ShortScale, Italian);
}
