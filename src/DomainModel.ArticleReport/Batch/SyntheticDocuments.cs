using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using DomainModel.Claims;

namespace DomainModel.ArticleReport.Batch;

/// <summary>
/// Synthetic claims documents for measuring and testing batch checks: each one an English article of about the seed
/// article's size (some 2,500 characters, 13 claims, 9 relations: quarterly revenue, yearly AI spending with a part,
/// an order of servers, monthly active users, a rival's spending, a market's size) with its claims document. Every one
/// is marked as made up, in its text ("MADE UP FOR TESTING"), its title and publisher, and its <c>"madeUp": true</c>.
/// The same seed and number give the same document, byte for byte, on every machine (its own SplitMix64 generator, no
/// <see cref="Random"/>, invariant culture). Documents of one seed share a pool of made-up companies, so that claims
/// of different documents state the same subject and metric (for the cross-document checks). A company's figures are
/// drawn once per seed, and each document reports them, one figure in twenty 5 % or 10 % off; about one relation in
/// seven is contradicted, as in real articles.
/// </summary>
internal static class SyntheticDocuments
{
    private static readonly string[] Stems =
    [
        "Aldora", "Brightwell", "Corvane", "Dunmere", "Elstrand", "Fenwick", "Galloran", "Hartvale", "Iverdown", "Jorvik",
        "Kestrel", "Lumenor", "Marrow", "Northgale", "Orrin", "Pellucid", "Quarry", "Ravensholm", "Sablewood", "Tindall",
    ];

    private static readonly string[] Fillers =
    [
        "Analysts said the plan reflects a race among technology groups to secure computing capacity.",
        "The company did not comment on the figures when asked.",
        "Executives described the spending as necessary to keep pace with rivals at home and abroad.",
        "Investors have watched the group's margins closely since the start of the year.",
        "People familiar with the matter said the budget could still change before it is approved.",
        "The group has expanded its data centres and hired engineers for its model teams.",
        "Suppliers of memory and networking equipment stand to benefit from the orders.",
        "Regulators have asked for more detail on how the models are trained and deployed.",
        "The board is expected to review the budget at its next meeting.",
        "Competition for engineers has pushed up salaries across the sector.",
        "The group's shares moved little after the report was published.",
        "Critics warned that the returns on such spending remain uncertain.",
        "Part of the equipment is expected to come from domestic suppliers.",
        "The company has also been cutting costs in its older businesses.",
    ];

    private static readonly string[] Suffixes =
    [
        "Systems", "Labs", "Cloud", "Robotics", "Networks", "Dynamics", "Analytics", "Devices", "Software", "Semiconductor",
        "Data", "Intelligence", "Computing", "Digital", "Machines", "Platforms", "Media", "Logic", "Photonics", "Grid",
    ];

    /// <summary>The most companies a seed's documents can share: every stem with every suffix, alone and in pairs.</summary>
    internal const int MaxCompanies = 8000;

    /// <summary>The publisher and every claim's source, made up.</summary>
    private const string Source = "Synthetic Wire (made up)";

    /// <summary>One generated document: its name, its claims document (JSON, as <see cref="ClaimsDocument.ToJson"/> writes one) and its article text.</summary>
    internal readonly record struct Generated(string Name, string DocumentJson, string Article);

    /// <summary>Generates document <paramref name="number"/> of <paramref name="seed"/>.</summary>
    /// <param name="seed">Any number: the same seed gives the same documents.</param>
    /// <param name="number">The document's number, 0 or more.</param>
    /// <param name="companies">How many made-up companies the documents share, 1 or more.</param>
    internal static Generated Generate(long seed, int number, int companies)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfLessThan(companies, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(companies, MaxCompanies);
        var rng = new SplitMix(Mix(seed, number));
        string name = string.Create(CultureInfo.InvariantCulture, $"synthetic-{seed}-{number:D6}.en");
        int companyIndex = rng.Next(companies);
        string company = CompanyName(companyIndex);
        int rivalIndex = companies == 1 ? 1 : (companyIndex + 1 + rng.Next(companies - 1)) % companies; // never the company itself
        string rival = CompanyName(rivalIndex);

        // Each company's figures are drawn once per seed (mostly growing, a fall now and then: a contradicted
        // relation), and each document reports them, one figure in twenty 5 % or 10 % off (another article's reading): the
        // statements across documents are few, however many documents there are.
        int[] truth = CompanyFigures(seed, companyIndex);
        int Reported(int value)
        {
            if (rng.Next(20) != 0)
            {
                return value;
            }

            int sign = rng.Next(2) == 0 ? -1 : 1;
            return Math.Max(1, value + (sign * ((value * (rng.Next(2) == 0 ? 5 : 10) / 100) + 1))); // 5 % or 10 % off, never the same
        }

        int q1 = Reported(truth[0]), q2 = Reported(truth[1]), q3 = Reported(truth[2]);
        int c25 = Reported(truth[3]), c26 = Reported(truth[4]), chips = Reported(truth[5]);
        int servers = 1000 * Reported(truth[6]);
        int u1 = Reported(truth[7]), u2 = Reported(truth[8]), u3 = Reported(truth[9]);
        int r26 = Reported(CompanyFigures(seed, rivalIndex)[4]);
        int market = Reported(300 + new SplitMix(Mix(seed, -1)).Next(700));
        int percent = c26 > c25 ? (int)Math.Round((c26 - c25) * 100m / c25, MidpointRounding.AwayFromZero) : 10;

        var claims = new List<ClaimSpec>();
        var text = new StringBuilder();
        void Say(string sentence) => text.Append(text.Length == 0 ? string.Empty : " ").Append(sentence);
        string Claim(string id, string subject, string metric, string quote, string figure, MeasureSpec measure, string period, string? partOf = null)
        {
            claims.Add(new ClaimSpec(id, subject, metric, quote, figure, measure, period, null, [Source], partOf is null ? null : subject, partOf));
            return quote;
        }

        var Usd = new MeasureSpec(MeasureKind.Money, "money", "USD", null, null, null);
        var Mau = new MeasureSpec(MeasureKind.ActiveUsers, "activeUsers", null, null, null, "monthly");
        string I(int v) => v.ToString(CultureInfo.InvariantCulture);
        string B(int v) => I(v) + " billion";
        string M(int v) => I(v) + " million";

        Say("MADE UP FOR TESTING: a synthetic article; no company, figure or source in it is real.");
        Say($"{company} {Claim("s-capex-2026", company, "AI infrastructure spending", $"plans to spend {B(c26)} dollars on AI infrastructure in 2026", B(c26), Usd, "in 2026")}, according to Synthetic Wire.");
        Say($"That compares with the {Claim("s-capex-2025", company, "AI infrastructure spending", $"{B(c25)} dollars it spent in 2025", B(c25), Usd, "in 2025")}, of which {Claim("s-chips-2025", company, "AI processor spending", $"{B(chips)} dollars went to AI processors", B(chips), Usd, "in 2025", "AI infrastructure spending")}.");
        Say(Fillers[rng.Next(Fillers.Length)]);
        Say($"The plan would put it ahead of {rival}, which {Claim("s-rival-2026", rival, "AI infrastructure spending", $"expects to spend {B(r26)} dollars next year", B(r26), Usd, "in 2026")}.");
        Say($"Its {Claim("s-revenue-q1", company, "revenue", $"revenue reached {B(q1)} dollars in the first quarter of 2025", B(q1), Usd, "in the first quarter of 2025")}, then {Claim("s-revenue-q2", company, "revenue", $"{B(q2)} dollars in the second quarter of 2025", B(q2), Usd, "in the second quarter of 2025")} and {Claim("s-revenue-q3", company, "revenue", $"{B(q3)} dollars in the third quarter of 2025", B(q3), Usd, "in the third quarter of 2025")}.");
        Say(Fillers[rng.Next(Fillers.Length)]);
        Say($"The group has placed {Claim("s-servers-2026", company, "AI server orders", $"an order for {servers.ToString("N0", CultureInfo.InvariantCulture)} AI servers for delivery in 2026", servers.ToString("N0", CultureInfo.InvariantCulture), new MeasureSpec(MeasureKind.Count, "count", null, "AI server", null, null), "in 2026")}, people familiar with the matter said.");
        Say($"Its assistant app had {Claim("s-mau-aug", company + " assistant", "monthly active users", $"{M(u1)} monthly active users in August 2025", M(u1), Mau, "in August 2025")}, {Claim("s-mau-oct", company + " assistant", "monthly active users", $"{M(u2)} in October 2025", M(u2), Mau, "in October 2025")} and {Claim("s-mau-dec", company + " assistant", "monthly active users", $"{M(u3)} in December 2025", M(u3), Mau, "in December 2025")}, according to a made-up tracker.");
        Say($"The whole {Claim("s-market-2025", "AI cloud services", "market size", $"market for AI cloud services was worth {B(market)} dollars in 2025", B(market), Usd, "in 2025")}, by one estimate.");
        Say(Fillers[rng.Next(Fillers.Length)]);
        Say($"The planned spending is {Claim("s-capex-2026-usd-again", company, "AI infrastructure spending", $"about {B(c26)} dollars for the year", "about " + B(c26), Usd, "in 2026")}, a rise of about {percent} percent, the company said in a statement.");
        for (int f = 0; text.Length < 2450 && f < Fillers.Length; f++)
        {
            Say(Fillers[(f + number) % Fillers.Length]);
        }

        string article = text.ToString();
        RelationSpec Relation(string id, RelationKind kind, string word, string first, string second) =>
            new(id, kind, word, first, second, null, null, null, null, null, null, null, null, null, null);
        RelationSpec[] relations =
        [
            Relation("spending-up", RelationKind.Increase, "increase", "s-capex-2025", "s-capex-2026"),
            Relation("chips-within", RelationKind.PartOf, "partOf", "s-chips-2025", "s-capex-2025"),
            Relation("ahead-of-rival", RelationKind.Exceeds, "exceeds", "s-capex-2026", "s-rival-2026"),
            Relation("revenue-q2-up", RelationKind.Increase, "increase", "s-revenue-q1", "s-revenue-q2"),
            Relation("revenue-q3-up", RelationKind.Increase, "increase", "s-revenue-q2", "s-revenue-q3"),
            Relation("users-oct-up", RelationKind.Increase, "increase", "s-mau-aug", "s-mau-oct"),
            Relation("users-dec-up", RelationKind.Increase, "increase", "s-mau-oct", "s-mau-dec"),
            Relation("within-market", RelationKind.PartOf, "partOf", "s-capex-2025", "s-market-2025"),
            Relation("rise-percent", RelationKind.PercentAbove, "percentAbove", "s-capex-2026-usd-again", "s-capex-2025")
                with { Quote = FormattableString.Invariant($"a rise of about {percent} percent"), PercentValue = percent, PercentBound = "rounded" },
        ];

        // Written by the library's writer, as a loaded document writes itself (ClaimsDocument.ToJson).
        var spec = new ArticleSpec($"{company} raises its AI spending (made up: synthetic {seed}/{number})", Source, "en", null, new DateOnly(2026, 1, 15), null, null, name + ".txt", MadeUp: true);
        return new Generated(name, ClaimsDocumentWriter.Write(spec, [], claims, relations, name), article);
    }

    /// <summary>A JSON line of <c>claimcheck batch -</c>: <c>{"document": {…}, "article": "…"}</c>, the document on one line.</summary>
    internal static string JsonLine(Generated g)
    {
        var buffer = new MemoryStream();
        using (var document = JsonDocument.Parse(g.DocumentJson))
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WritePropertyName("document");
            document.RootElement.WriteTo(w);
            w.WriteString("article", g.Article);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
    /// <summary>A company's figures for a seed: revenue of three quarters, spending of 2025 and 2026, the processors'
    /// part, the servers ordered (thousands), users of three months.</summary>
    private static int[] CompanyFigures(long seed, int company)
    {
        var rng = new SplitMix(Mix(seed, -2 - company));
        int q1 = 5 + rng.Next(60), c25 = 20 + rng.Next(180), u1 = 50 + rng.Next(300);
        int q2 = Step(rng, q1), u2 = Step(rng, u1);
        return [q1, q2, Step(rng, q2), c25, Step(rng, c25), c25 * (30 + rng.Next(40)) / 100, 5 + rng.Next(95), u1, u2, Step(rng, u2)];
    }

    private static int Step(SplitMix rng, int previous)
    {
        // Nine in ten grow by 2 % to 40 %; one in ten falls by 5 % to 30 %.
        bool fall = rng.Next(10) == 0;
        int percent = fall ? -(5 + rng.Next(26)) : 2 + rng.Next(39);
        return Math.Max(1, previous + (previous * percent / 100) + (fall ? -1 : 1));
    }

    /// <summary>A made-up company's name without digits (a digit in the text would be a figure no claim covers).</summary>
    private static string CompanyName(int index)
    {
        int stem = index % Stems.Length, suffix = index / Stems.Length % Suffixes.Length, second = index / (Stems.Length * Suffixes.Length);
        return second == 0 ? $"{Stems[stem]} {Suffixes[suffix]}" : $"{Stems[stem]}-{Stems[(second - 1) % Stems.Length]} {Suffixes[suffix]}";
    }

    private static ulong Mix(long seed, long number) => unchecked(((ulong)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)number * 0xBF58476D1CE4E5B9UL) ^ 0x94D049BB133111EBUL);

    /// <summary>SplitMix64: a small generator whose sequence never changes with the runtime.</summary>
    private sealed class SplitMix(ulong state)
    {
        private ulong _state = state;

        public int Next(int bound)
        {
            unchecked
            {
                ulong z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
                return (int)(z % (ulong)bound);
            }
        }
    }
}
