using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DomainModel.Claims;

namespace DomainModel.Tests.Drafting;

/// <summary>
/// Compares a draft with a hand-written document of the same article (the answer key): a key claim is matched when a
/// draft claim's figure covers the same words of the text, with the same measure (kind, currency, token period, users'
/// window; the counted noun is free text and not compared) and the same resolved period span; a key relation when a
/// draft relation has its kind and the matched claims in its order. A false claim is a draft claim whose figure lies on
/// words that are not a figure (the non-figures the test lists from docs/articles/README.md) or has no digit.
/// </summary>
internal sealed class DraftMeasurement
{
    private DraftMeasurement(string name, int claims, int matchedClaims, int relations, int matchedRelations, int falseClaims, int draftClaims, int draftRelations, string report)
    {
        (Name, Claims, MatchedClaims, Relations, MatchedRelations, FalseClaims, DraftClaims, DraftRelations, Report) =
            (name, claims, matchedClaims, relations, matchedRelations, falseClaims, draftClaims, draftRelations, report);
    }

    internal string Name { get; }

    internal int Claims { get; }

    internal int MatchedClaims { get; }

    internal int Relations { get; }

    internal int MatchedRelations { get; }

    internal int FalseClaims { get; }

    internal int DraftClaims { get; }

    internal int DraftRelations { get; }

    internal string Report { get; }

    internal static DraftMeasurement Compare(string name, ClaimsDocument key, ClaimsDocument draft, IReadOnlyList<string> notFigures)
    {
        var text = key.Article.Text;
        var report = new StringBuilder();
        var matched = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var k in key.Claims)
        {
            var (ks, ke) = Span(k);
            var sameWords = draft.Claims.Where(d => Overlaps(Span(d), (ks, ke))).ToList();
            var hit = sameWords.FirstOrDefault(d => Measure(d) == Measure(k) && d.Claim.Period.Span == k.Claim.Period.Span);
            if (hit is not null)
            {
                matched[k.Id] = hit.Id;
                report.AppendLine(CultureInfo.InvariantCulture, $"  claim {k.Id} \"{k.Figure}\" {Measure(k)} {k.Claim.Period.Span}: matched {hit.Id}");
            }
            else
            {
                string why = sameWords.Count == 0
                    ? "no draft claim on these words"
                    : string.Join("; ", sameWords.Select(d => $"{d.Id} has {Measure(d)} {d.Claim.Period.Span} (\"{d.Claim.Period.Text}\")"));
                report.AppendLine(CultureInfo.InvariantCulture, $"  claim {k.Id} \"{k.Figure}\" {Measure(k)} {k.Claim.Period.Span}: MISSED: {why}");
            }
        }

        int relations = 0;
        foreach (var r in key.Relations)
        {
            bool ok = matched.TryGetValue(r.ClaimIds[0], out string? a) && matched.TryGetValue(r.ClaimIds[1], out string? b)
                && draft.Relations.Any(d => d.Kind == r.Kind && d.ClaimIds[0] == a && d.ClaimIds[1] == b);
            relations += ok ? 1 : 0;
            string words = r.Quote is { } q ? "\"" + q.Text + "\"" : "no words in the text";
            report.AppendLine(CultureInfo.InvariantCulture, $"  relation {r.Id} {r.Kind} ({r.ClaimIds[0]}, {r.ClaimIds[1]}), {words}: {(ok ? "matched" : "MISSED")}");
        }

        var spans = notFigures.Select(n => (Start: text.IndexOf(n, StringComparison.Ordinal), n.Length)).Where(n => n.Start >= 0).Select(n => (n.Start, End: n.Start + n.Length)).ToList();
        var falseClaims = draft.Claims.Where(d => !d.Figure.Any(char.IsAsciiDigit) && d.Measure != MeasureKind.Share || spans.Any(s => Overlaps(Span(d), s))).ToList();
        foreach (var f in falseClaims)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  FALSE claim {f.Id} \"{f.Figure}\"");
        }

        return new DraftMeasurement(name, key.Claims.Count, matched.Count, key.Relations.Count, relations, falseClaims.Count, draft.Claims.Count, draft.Relations.Count, report.ToString());
    }

    internal string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{Name}: claims {MatchedClaims} of {Claims}, relations {MatchedRelations} of {Relations}, false claims {FalseClaims} (draft: {DraftClaims} claims, {DraftRelations} relations)");

    private static (int Start, int End) Span(DocumentClaim c)
    {
        int at = c.Claim.Quote.Offset + c.Claim.Quote.Text.IndexOf(c.Figure, StringComparison.Ordinal);
        return (at, at + c.Figure.Length);
    }

    private static bool Overlaps((int Start, int End) a, (int Start, int End) b) => a.Start < b.End && b.Start < a.End;

    /// <summary>The measure as the document writes it, without the counted noun.</summary>
    private static string Measure(DocumentClaim c) => c.Measure switch
    {
        MeasureKind.Money or MeasureKind.Price => c.Measure + " " + c.Claim.UnitText.Split(' ', '/')[0],
        MeasureKind.Tokens or MeasureKind.ActiveUsers => c.Measure + " " + c.Claim.UnitText,
        _ => c.Measure.ToString(),
    };
}
