using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DomainModel.Claims;

namespace DomainModel.ArticleReport.Rendering;

/// <summary>
/// Writes a <see cref="ClaimsReport"/> as one self-contained HTML page (<c>--html FILE</c>) that works offline, with no
/// external asset: the article's text with every claimed figure highlighted and marked with its worst verdict
/// (contradicted, undetermined, agrees, not checked; by colour, symbol and words) and every figure no claim covers
/// marked too; selecting a figure (click, or Tab then Enter) shows its claim: the reading, the interval, the period,
/// the source chain and every check it takes part in with the computation and the tolerance. Then the checks
/// (contradictions first), the derived figures, the rate evidence with its legs, the fiscal years, the findings across
/// documents and the charts as inline SVG, each with its data as a table. schema.org ClaimReview JSON-LD
/// (<see cref="ClaimReviewReport"/>) is embedded in the head. Every number is the text the tables and the JSON show,
/// from the same formatter (<see cref="NewsFormat"/>) and the same report rows. Without scripts every claim's details
/// are listed; printed, every claim's details are shown and the page has no colours that carry meaning alone.
/// </summary>
internal static class HtmlReport
{
    /// <summary>The CSS class and the words of the worst verdict of a figure.</summary>
    /// <param name="Key">The CSS class suffix and the <c>data-verdict</c> value.</param>
    /// <param name="Symbol">The symbol shown after the figure.</param>
    /// <param name="Words">The verdict in words.</param>
    internal sealed record Mark(string Key, string Symbol, string Words);

    /// <summary>A contradicted figure.</summary>
    public static readonly Mark Contradicted = new("contradicted", "✗", "contradicted");

    /// <summary>An undetermined figure.</summary>
    public static readonly Mark Undetermined = new("undetermined", "?", "undetermined");

    /// <summary>A figure its checks agree with.</summary>
    public static readonly Mark Agrees = new("agrees", "✓", "agrees");

    /// <summary>A claimed figure no check uses.</summary>
    public static readonly Mark NotChecked = new("not-checked", "○", "not checked");

    /// <summary>A figure of the article no claim covers.</summary>
    public static readonly Mark Uncovered = new("uncovered", "◇", "not covered by a claim");

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The worst verdict of a claim over the checks it takes part in (a statement the document marks as not
    /// checkable yet is no check: a claim in no other is "not checked").</summary>
    public static Mark WorstOf(ClaimsReport report, string claimId)
    {
        ArgumentNullException.ThrowIfNull(report);
        var verdicts = report.Checks.Where(c => ClaimReviewReport.IsChecked(c) && c.ClaimIds.Contains(claimId, StringComparer.Ordinal)).Select(c => c.Verdict).ToList();
        return verdicts.Count == 0 ? NotChecked
            : verdicts.Contains(Claims.Verdict.Disagrees) ? Contradicted
            : verdicts.Contains(Claims.Verdict.Inconclusive) ? Undetermined
            : Agrees;
    }

    /// <summary>Where a claim's figure is in the article: the figure as written inside its quote, or the whole quote.</summary>
    public static (int Start, int Length) FigureSpan(ClaimsReport report, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(claim);
        string figure = report.Document.Claim(claim.Id).Figure;
        int at = figure.Length == 0 ? -1 : claim.Quote.Text.IndexOf(figure, StringComparison.Ordinal);
        return at < 0 ? (claim.Quote.Offset, claim.Quote.Text.Length) : (claim.Quote.Offset + at, figure.Length);
    }

    /// <summary>The page as UTF-8 bytes.</summary>
    public static byte[] ToUtf8(ClaimsReport report, ReviewOptions review) => Encoding.UTF8.GetBytes(ToHtml(report, review));

    /// <summary>The page.</summary>
    public static string ToHtml(ClaimsReport report, ReviewOptions review)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(review);
        var article = report.Document.Article;
        var h = new StringBuilder(64 * 1024);
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<meta name=\"generator\" content=\"DomainModel claims report\">\n");
        h.Append("<title>Claims of ").Append(E(article.Title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n");
        h.Append("<script type=\"application/ld+json\">\n").Append(Encoding.UTF8.GetString(ClaimReviewReport.ToUtf8(report, review))).Append("</script>\n</head>\n<body>\n");
        h.Append("<a class=\"skip\" href=\"#article\">Skip to the article</a>\n");
        h.Append("<header>\n<h1>Claims of <cite>").Append(E(article.Title)).Append("</cite></h1>\n<p class=\"meta\">")
            .Append(E(article.Publisher)).Append(article.MadeUp ? " (made up)" : string.Empty)
            .Append(article.Published is { } published ? " · published " + NewsFormat.Date(published) : string.Empty)
            .Append(" · ").Append(E(report.ArticleName)).Append("</p>\n<dl class=\"meta\">\n");
        Term(h, "As of", $"{NewsFormat.Date(report.AsOf)}: {report.AsOfReason}");
        Term(h, "Scale", report.ScalePolicyText);
        Term(h, "Rates", report.Fx?.SourceLine ?? "none");
        Term(h, "Checks", report.Checks.Count == 0 ? "none" : report.Tally);
        Term(h, "Figures", Coverage(report));
        h.Append("</dl>\n</header>\n<main>\n<div class=\"reading\">\n");
        WriteArticle(h, report);
        WriteDetails(h, report);
        h.Append("</div>\n");
        WriteChecks(h, report);
        WriteComputed(h, report);
        WriteRates(h, report);
        WriteFiscal(h, report);
        WriteAcross(h, report);
        WriteCharts(h, report);
        h.Append("</main>\n<footer><p>Every figure is read from the article's own words; every number is computed from the claims. ")
            .Append("The ClaimReview markup of the checked statements is in this page's head")
            .Append(review.Author is null ? " (no --review-author given: no author)" : string.Empty)
            .Append(review.Date is null ? " (no --review-date given: no date)" : string.Empty)
            .Append(".</p></footer>\n<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static string Coverage(ClaimsReport report) =>
        $"{report.Claims.Count} claims; {report.QuantityFigures - report.Uncovered.Count} of the article's {report.QuantityFigures} quantity figures are in a claim's quote"
        + (report.Uncovered.Count == 0 ? string.Empty : $"; {report.Uncovered.Count} not covered ({Uncovered.Symbol})");

    private static void WriteArticle(StringBuilder h, ClaimsReport report)
    {
        h.Append("<section class=\"article-pane\" aria-labelledby=\"h-article\">\n<h2 id=\"h-article\">The article</h2>\n");
        h.Append("<p class=\"legend\">Figures are marked by their worst verdict: ");
        foreach (var mark in new[] { Contradicted, Undetermined, Agrees, NotChecked, Uncovered })
        {
            h.Append("<span class=\"fig v-").Append(mark.Key).Append(" sample\">").Append(mark.Symbol).Append(' ').Append(E(mark.Words)).Append("</span> ");
        }

        h.Append("<br>Select a figure (click it, or Tab to it and press Enter) to see its claim and checks.</p>\n");
        var spans = new List<(int Start, int Length, string Id, string Target, Mark Mark, string Label)>();
        foreach (var claim in report.Claims)
        {
            var (start, length) = FigureSpan(report, claim);
            var mark = WorstOf(report, claim.Id);
            spans.Add((start, length, "fig-" + claim.Id, "claim-" + claim.Id, mark, claim.Id));
        }

        for (int i = 0; i < report.Uncovered.Count; i++)
        {
            var f = report.Uncovered[i];
            spans.Add((f.Offset, f.Length, "fig-uncovered-" + N(i + 1), "uncovered-" + N(i + 1), Uncovered, "uncovered " + N(i + 1)));
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        string text = report.Article;
        h.Append("<article id=\"article\" lang=\"").Append(report.Language == DomainModel.Text.NewsLanguage.Italian ? "it" : "en").Append("\" tabindex=\"-1\">\n<p>");
        int at = 0;
        foreach (var s in spans)
        {
            if (s.Start < at || s.Start + s.Length > text.Length)
            {
                continue; // overlapping another figure: its details are still listed
            }

            Plain(h, text[at..s.Start]);
            h.Append("<a class=\"fig v-").Append(s.Mark.Key).Append("\" id=\"").Append(E(s.Id)).Append("\" href=\"#").Append(E(s.Target))
                .Append("\" data-claim=\"").Append(E(s.Target)).Append("\" data-verdict=\"").Append(s.Mark.Key).Append("\">")
                .Append(E(text.Substring(s.Start, s.Length)))
                .Append("<span class=\"vm\" aria-hidden=\"true\">").Append(s.Mark.Symbol).Append("</span><span class=\"sr\"> (")
                .Append(E(s.Label)).Append(": ").Append(E(s.Mark.Words)).Append(")</span></a>");
            at = s.Start + s.Length;
        }

        Plain(h, text[at..]);
        h.Append("</p>\n</article>\n</section>\n");
    }

    private static void Plain(StringBuilder h, string text)
    {
        string normalized = text.ReplaceLineEndings("\n");
        for (int i = 0; i < normalized.Length; i++)
        {
            char c = normalized[i];
            if (c == '\n')
            {
                int run = 1;
                while (i + 1 < normalized.Length && normalized[i + 1] == '\n')
                {
                    run++;
                    i++;
                }

                h.Append(run > 1 ? "</p>\n<p>" : "<br>\n");
            }
            else
            {
                AppendEscaped(h, c);
            }
        }
    }

    private static void WriteDetails(StringBuilder h, ClaimsReport report)
    {
        h.Append("<aside id=\"details\" aria-labelledby=\"h-details\">\n<h2 id=\"h-details\">Claims and their checks</h2>\n");
        h.Append("<p id=\"hint\" class=\"hint\">Select a highlighted figure in the article to see its claim here.</p>\n<div id=\"panel\" aria-live=\"polite\">\n");
        foreach (var claim in report.Claims)
        {
            var mark = WorstOf(report, claim.Id);
            var documentClaim = report.Document.Claim(claim.Id);
            h.Append("<section class=\"claim v-").Append(mark.Key).Append("\" id=\"claim-").Append(E(claim.Id)).Append("\" tabindex=\"-1\" aria-labelledby=\"h-claim-").Append(E(claim.Id)).Append("\">\n");
            h.Append("<h3 id=\"h-claim-").Append(E(claim.Id)).Append("\"><span class=\"badge v-").Append(mark.Key).Append("\">").Append(mark.Symbol).Append(' ').Append(E(mark.Words)).Append("</span> ")
                .Append(E(claim.Id)).Append("</h3>\n<dl>\n");
            Term(h, "What", $"{claim.Subject}: {documentClaim.Metric}");
            Term(h, "The article says", $"\"{claim.Quote.Text}\" (character {N(claim.Quote.Offset)})");
            Term(h, "Read as", NewsFormat.Stated(claim));
            Term(h, "Interval", NewsFormat.Claim(claim));
            Term(h, "Period", NewsFormat.Period(claim, documentClaim.RelativeTo));
            Term(h, "Source chain", string.Join(" → ", claim.Source.Links));
            h.Append("</dl>\n");
            var checks = report.Checks.Select((c, i) => (Check: c, Index: i)).Where(x => x.Check.ClaimIds.Contains(claim.Id, StringComparer.Ordinal)).ToList();
            if (checks.Count == 0)
            {
                h.Append("<p>No check uses this figure.</p>\n");
            }
            else
            {
                h.Append("<h4>").Append(checks.Count == 1 ? "Its check" : $"Its {N(checks.Count)} checks").Append("</h4>\n<ul class=\"checks\">\n");
                foreach (var (check, index) in checks)
                {
                    h.Append("<li class=\"check\">");
                    Verdict(h, check.Verdict);
                    h.Append(" <strong>").Append(E(check.Relation)).Append("</strong>: ").Append(E(check.Words))
                        .Append("<div class=\"computation\"><span class=\"k\">Computation</span> ").Append(E(check.Computation)).Append("</div>")
                        .Append("<div class=\"tolerance\"><span class=\"k\">Tolerance</span> ").Append(E(check.Tolerance)).Append("</div>");
                    RateLines(h, check);
                    h.Append("<div><a href=\"#check-").Append(N(index + 1)).Append("\">Check ").Append(N(index + 1)).Append(" in the table</a></div></li>\n");
                }

                h.Append("</ul>\n");
            }

            h.Append("</section>\n");
        }

        for (int i = 0; i < report.Uncovered.Count; i++)
        {
            var f = report.Uncovered[i];
            h.Append("<section class=\"claim v-uncovered\" id=\"uncovered-").Append(N(i + 1)).Append("\" tabindex=\"-1\" aria-labelledby=\"h-uncovered-").Append(N(i + 1)).Append("\">\n<h3 id=\"h-uncovered-").Append(N(i + 1))
                .Append("\"><span class=\"badge v-uncovered\">").Append(Uncovered.Symbol).Append(" not covered</span> \"").Append(E(f.Text)).Append("\"</h3>\n<p>A ")
                .Append(E(f.Kind.ToString())).Append(" figure at character ").Append(N(f.Offset)).Append(" that no claim's quote covers: the claims document does not state it, so nothing checks it.</p>\n</section>\n");
        }

        h.Append("</div>\n</aside>\n");
    }

    private static void WriteChecks(StringBuilder h, ClaimsReport report)
    {
        h.Append("<section aria-labelledby=\"h-checks\">\n<h2 id=\"h-checks\">Checks of the words against the numbers</h2>\n");
        if (report.Checks.Count == 0)
        {
            h.Append("<p>The claims document states no relation to check.</p>\n</section>\n");
            return;
        }

        h.Append("<table class=\"checks-table\">\n<caption>").Append(E(report.Tally)).Append("; contradictions first</caption>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Verdict</th><th scope=\"col\">Words</th><th scope=\"col\">Computation</th><th scope=\"col\">Tolerance</th><th scope=\"col\">Claims</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < report.Checks.Count; i++)
        {
            var c = report.Checks[i];
            h.Append("<tr id=\"check-").Append(N(i + 1)).Append("\" class=\"v-").Append(Key(c.Verdict)).Append("\"><td>").Append(N(i + 1)).Append("</td><td>");
            Verdict(h, c.Verdict);
            h.Append("</td><td><strong>").Append(E(c.Relation)).Append("</strong>: ").Append(E(c.Words)).Append("</td><td>").Append(E(c.Computation));
            RateLines(h, c);
            h.Append("</td><td>").Append(E(c.Tolerance)).Append("</td><td>");
            h.Append(string.Join(", ", c.ClaimIds.Select(id => $"<a href=\"#fig-{E(id)}\">{E(id)}</a>")));
            h.Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteComputed(StringBuilder h, ClaimsReport report)
    {
        if (report.Computed.Count == 0)
        {
            return;
        }

        h.Append("<section aria-labelledby=\"h-computed\">\n<h2 id=\"h-computed\">Derived figures</h2>\n<table>\n<caption>Computed from the claims, with their uncertainty</caption>\n<thead><tr><th scope=\"col\">What</th><th scope=\"col\">Value</th></tr></thead>\n<tbody>\n");
        foreach (var row in report.Computed)
        {
            h.Append("<tr id=\"derived-").Append(E(row.Id)).Append("\"><td>").Append(E(row.Label)).Append("</td><td class=\"num\">").Append(E(row.Value)).Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteRates(StringBuilder h, ClaimsReport report)
    {
        var rates = report.Checks.Where(c => c.Rate is not null).Select(c => c.Rate!).Distinct().ToList();
        if (rates.Count == 0)
        {
            return;
        }

        h.Append("<section aria-labelledby=\"h-rates\">\n<h2 id=\"h-rates\">Rate evidence</h2>\n<p>").Append(E(report.Fx?.SourceLine ?? "no rate file")).Append("</p>\n<ul class=\"rates\">\n");
        foreach (var rate in rates)
        {
            h.Append("<li><strong>").Append(E(rate.Lines[0])).Append("</strong>");
            if (rate.Lines.Count > 1)
            {
                h.Append("<ul>");
                foreach (string line in rate.Lines.Skip(1))
                {
                    h.Append("<li>").Append(E(line.Trim())).Append("</li>");
                }

                h.Append("</ul>");
            }

            h.Append("</li>\n");
        }

        h.Append("</ul>\n</section>\n");
    }

    private static void WriteFiscal(StringBuilder h, ClaimsReport report)
    {
        if (report.FiscalYears.Count == 0)
        {
            return;
        }

        h.Append("<section aria-labelledby=\"h-fiscal\">\n<h2 id=\"h-fiscal\">Whose year? Fiscal years behind the article's years</h2>\n<ul>\n");
        foreach (string line in report.FiscalYears)
        {
            h.Append("<li>").Append(E(line)).Append("</li>\n");
        }

        h.Append("</ul>\n</section>\n");
    }

    private static void WriteAcross(StringBuilder h, ClaimsReport report)
    {
        if (report.Others.Count == 0)
        {
            return;
        }

        h.Append("<section aria-labelledby=\"h-across\">\n<h2 id=\"h-across\">Across documents</h2>\n<ul>\n");
        foreach (var other in report.Others)
        {
            h.Append("<li>Also checked: <cite>").Append(E(other.Article.Title)).Append("</cite> (").Append(E(other.Article.Publisher)).Append("), ").Append(N(other.Claims.Count)).Append(" claims</li>\n");
        }

        h.Append("</ul>\n<p>").Append(E(report.CrossDocumentSummary)).Append(". Identical statements (subject, metric, period, estimate) are one, with their sources; agreements are counted, every other finding is listed.</p>\n");
        h.Append("<table>\n<caption>").Append(N(report.CrossDocument?.Findings.Count ?? 0)).Append(" findings that are not agreements: claims about the same subject and metric</caption>\n<thead><tr><th scope=\"col\">Verdict</th><th scope=\"col\">Relation</th><th scope=\"col\">Statements</th><th scope=\"col\">Explanation</th></tr></thead>\n<tbody>\n");
        foreach (var f in report.CrossDocumentFindings)
        {
            h.Append("<tr class=\"v-").Append(Key(f.Verdict)).Append("\"><td>");
            Verdict(h, f.Verdict);
            string statements = ReferenceEquals(f.First, f.Second)
                ? $"{ClaimsReport.Sources(f.First)}, stated by {f.First.DocumentCount} documents"
                : $"{ClaimsReport.Sources(f.First)} / {ClaimsReport.Sources(f.Second)} ({f.Pairs} pair{(f.Pairs == 1 ? string.Empty : "s")})";
            h.Append("</td><td>").Append(E(f.Check.Relation)).Append("</td><td>").Append(E(statements))
                .Append("</td><td>").Append(E(f.Check.Explanation)).Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteCharts(StringBuilder h, ClaimsReport report)
    {
        var money = ChartData.Money(report);
        var volumes = ChartData.Volumes(report);
        if (money.Bars.Count == 0 && volumes.Points.Count == 0)
        {
            return;
        }

        h.Append("<section aria-labelledby=\"h-charts\" class=\"charts\">\n<h2 id=\"h-charts\">Charts</h2>\n");
        if (money.Bars.Count > 0)
        {
            h.Append("<figure aria-labelledby=\"cap-money\">\n").Append(Svg(ChartReport.MoneySvg(money), "money", money.Title))
                .Append("<figcaption id=\"cap-money\">").Append(E(money.Title)).Append(money.Axis.Scale == AxisScale.Log10 ? "; log axis, so that no bar squashes the rest" : "; linear axis from zero")
                .Append(". Each bar runs from the lower to the upper bound of the figure's interval; the diamond is the stated figure.")
                .Append(string.Concat(money.Notes.Select(n => " " + E(n) + ".")))
                .Append("</figcaption>\n<details><summary>The money chart's data</summary>\n<table><caption>In ").Append(E(money.UnitName))
                .Append("</caption><thead><tr><th scope=\"col\">Claim</th><th scope=\"col\">Drawn as</th><th scope=\"col\">Converted from</th></tr></thead><tbody>\n");
            foreach (var b in money.Bars)
            {
                h.Append("<tr><td><a href=\"#fig-").Append(E(b.ClaimId)).Append("\">").Append(E(b.ClaimId)).Append("</a></td><td>").Append(E(b.Label)).Append("</td><td>").Append(E(b.ConvertedFrom ?? "—")).Append("</td></tr>\n");
            }

            h.Append("</tbody></table>\n</details>\n</figure>\n");
        }

        if (volumes.Points.Count > 0)
        {
            h.Append("<figure aria-labelledby=\"cap-volumes\">\n").Append(Svg(ChartReport.VolumeSvg(volumes), "volumes", volumes.Title))
                .Append("<figcaption id=\"cap-volumes\">").Append(E(volumes.Title)).Append(", in ").Append(E(volumes.UnitName)).Append(", each at the middle of its period.")
                .Append(string.Concat(volumes.Notes.Select(n => " " + E(n) + ".")))
                .Append("</figcaption>\n<details><summary>The volume chart's data</summary>\n<table><caption>Per day</caption><thead><tr><th scope=\"col\">Claim</th><th scope=\"col\">Series</th><th scope=\"col\">Middle of the period</th><th scope=\"col\">Figure</th></tr></thead><tbody>\n");
            foreach (var p in volumes.Points)
            {
                h.Append("<tr><td><a href=\"#fig-").Append(E(p.ClaimId)).Append("\">").Append(E(p.ClaimId)).Append("</a></td><td>").Append(E(p.Series)).Append("</td><td>").Append(NewsFormat.Date(p.Date)).Append("</td><td>").Append(E(p.ConvertedFrom is null ? p.Label : $"{p.Label} (per day)")).Append("</td></tr>\n");
            }

            h.Append("</tbody></table>\n</details>\n</figure>\n");
        }

        h.Append("</section>\n");
    }

    /// <summary>An SVG made inline: no XML declaration, ids made unique to the chart, an accessible name.</summary>
    private static string Svg(string svg, string prefix, string title)
    {
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        string body = start < 0 ? svg : svg[start..];
        // ScottPlot numbers its clip paths with a counter of the process: renumber them per chart, so the page is the
        // same whoever renders it and two charts never share an id.
        var ids = System.Text.RegularExpressions.Regex.Matches(body, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        for (int i = 0; i < ids.Count; i++)
        {
            string id = prefix + "-" + N(i + 1);
            body = body.Replace($"id=\"{ids[i]}\"", $"id=\"{id}\"", StringComparison.Ordinal)
                .Replace($"url(#{ids[i]})", $"url(#{id})", StringComparison.Ordinal)
                .Replace($"href=\"#{ids[i]}\"", $"href=\"#{id}\"", StringComparison.Ordinal);
        }

        int open = body.IndexOf("<svg", StringComparison.Ordinal);
        if (open >= 0)
        {
            body = body.Insert(open + 4, $" role=\"img\" aria-label=\"{E(title)}\" class=\"chart\"");
        }

        return body.TrimEnd() + "\n";
    }

    private static void RateLines(StringBuilder h, CheckRow row)
    {
        if (row.Rate is not { Found: true } rate)
        {
            return;
        }

        h.Append("<ul class=\"rate-lines\">");
        foreach (string line in rate.Lines)
        {
            h.Append("<li>").Append(E(line.Trim())).Append("</li>");
        }

        h.Append("</ul>");
    }

    private static void Verdict(StringBuilder h, Verdict verdict)
    {
        var mark = verdict == Claims.Verdict.Disagrees ? Contradicted : verdict == Claims.Verdict.Inconclusive ? Undetermined : Agrees;
        h.Append("<span class=\"badge v-").Append(mark.Key).Append("\">").Append(mark.Symbol).Append(' ').Append(mark.Words).Append("</span>");
    }

    private static string Key(Verdict verdict) => verdict == Claims.Verdict.Disagrees ? Contradicted.Key : verdict == Claims.Verdict.Inconclusive ? Undetermined.Key : Agrees.Key;

    private static void Term(StringBuilder h, string term, string value) =>
        h.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");

    private static string N(int value) => value.ToString(Invariant);

    /// <summary>HTML-escapes text for element content and attribute values.</summary>
    internal static string E(string text)
    {
        var b = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            AppendEscaped(b, c);
        }

        return b.ToString();
    }

    private static void AppendEscaped(StringBuilder b, char c)
    {
        _ = c switch
        {
            '&' => b.Append("&amp;"),
            '<' => b.Append("&lt;"),
            '>' => b.Append("&gt;"),
            '"' => b.Append("&quot;"),
            '\'' => b.Append("&#39;"),
            _ => b.Append(c),
        };
    }

    // Colours: text #1a1a1a on light tints (contrast above 12:1); borders and badges in dark tones (above 4.5:1 on
    // white). The symbol and the words say the verdict; colour only repeats it.
    private const string Css = """
        :root { --ink: #1a1a1a; --muted: #4a4a4a; --rule: #c8c8c8; --focus: #0b4fd6;
          --contradicted: #a4161a; --contradicted-bg: #fde4e2; --undetermined: #7a5200; --undetermined-bg: #fff0c2;
          --agrees: #1b6130; --agrees-bg: #dcf1e2; --not-checked: #3f4763; --not-checked-bg: #e6e9f2; --uncovered: #4a4a4a; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
        header, main, footer { max-width: 1280px; margin: 0 auto; padding: 0 1.25rem; }
        h1 { font-size: 1.6rem; margin: 1.2rem 0 .3rem; } h2 { font-size: 1.25rem; margin: 1.6rem 0 .5rem; } h3 { font-size: 1.05rem; margin: .2rem 0 .4rem; } h4 { font-size: 1rem; margin: .6rem 0 .2rem; }
        .meta { color: var(--muted); margin: .2rem 0; } dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; font-size: .92rem; }
        dl.meta dt { font-weight: 600; color: var(--ink); } dl.meta dd { margin: 0; }
        .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .4rem .8rem; color: var(--focus); }
        .skip:focus { left: .5rem; }
        .reading { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; align-items: start; }
        @media (max-width: 900px) { .reading { grid-template-columns: 1fr; } }
        article { font: 1.08rem/1.75 Georgia, "DejaVu Serif", serif; }
        #details { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; border: 1px solid var(--rule); border-radius: 6px; padding: .2rem 1rem 1rem; background: #fafafa; }
        #details dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: 0; font-size: .93rem; } #details dt { font-weight: 600; } #details dd { margin: 0; }
        .hint { color: var(--muted); }
        .js #panel .claim.off { display: none; }
        .claim { border-top: 1px solid var(--rule); padding-top: .5rem; margin-top: .5rem; }
        .claim:focus { outline: none; }
        ul.checks { padding-left: 1.1rem; } .check { margin: .4rem 0; font-size: .93rem; }
        .k { font-weight: 600; margin-right: .3rem; } .computation, .tolerance { margin-left: .2rem; }
        ul.rate-lines { margin: .2rem 0 0; padding-left: 1rem; font-size: .88rem; color: var(--muted); list-style: square; }
        a { color: var(--focus); } a:focus-visible, .fig:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .fig { color: var(--ink); text-decoration: none; border-radius: 3px; padding: 0 .15em; border-bottom: 3px solid; white-space: normal; }
        .fig:hover { text-decoration: underline; }
        .fig .vm { font: bold .8em system-ui, sans-serif; margin-left: .2em; }
        .fig[aria-current="true"] { outline: 3px solid var(--ink); outline-offset: 1px; }
        .v-contradicted.fig, .badge.v-contradicted { background: var(--contradicted-bg); border-color: var(--contradicted); }
        .v-undetermined.fig, .badge.v-undetermined { background: var(--undetermined-bg); border-color: var(--undetermined); }
        .v-agrees.fig, .badge.v-agrees { background: var(--agrees-bg); border-color: var(--agrees); }
        .v-not-checked.fig, .badge.v-not-checked { background: var(--not-checked-bg); border-color: var(--not-checked); }
        .v-uncovered.fig, .badge.v-uncovered { background: #fff; border: 2px dashed var(--uncovered); border-bottom-width: 2px; }
        .fig.sample { border-bottom-width: 3px; font-size: .9rem; margin-right: .3rem; white-space: nowrap; }
        .badge { display: inline-block; border: 1px solid; border-left-width: 4px; border-radius: 3px; padding: 0 .35em; font-size: .85rem; font-weight: 600; white-space: nowrap; color: var(--ink); }
        .legend { font-size: .92rem; color: var(--muted); line-height: 2; }
        .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        table { border-collapse: collapse; width: 100%; font-size: .92rem; margin: .4rem 0 1rem; }
        caption { text-align: left; font-weight: 600; padding: .3rem 0; color: var(--muted); }
        th, td { border: 1px solid var(--rule); padding: .35rem .5rem; vertical-align: top; text-align: left; }
        thead th { background: #f0f0f0; } td.num { white-space: nowrap; }
        tr.v-contradicted td:first-child { border-left: 4px solid var(--contradicted); }
        tr.v-undetermined td:first-child { border-left: 4px solid var(--undetermined); }
        tr.v-agrees td:first-child { border-left: 4px solid var(--agrees); }
        figure { margin: 1rem 0; } svg.chart { max-width: 100%; height: auto; border: 1px solid var(--rule); }
        figcaption { font-size: .92rem; color: var(--muted); margin: .3rem 0; }
        .charts { display: block; } details { margin: .3rem 0 1rem; } summary { cursor: pointer; color: var(--focus); }
        footer { color: var(--muted); font-size: .88rem; border-top: 1px solid var(--rule); margin-top: 2rem; }
        @media print {
          body { font-size: 11pt; } .skip, .hint, .legend br { display: none; }
          .reading { display: block; } #details { position: static; max-height: none; overflow: visible; border: none; padding: 0; background: none; }
          .js #panel .claim.off { display: block; }
          .claim, tr, figure { break-inside: avoid; } a { color: var(--ink); } .fig { border-bottom-style: solid; }
          details { display: block; } details > * { display: block; }
        }

        """;

    private const string Script = """
        (function () {
          'use strict';
          document.documentElement.classList.add('js');
          var figures = Array.prototype.slice.call(document.querySelectorAll('a.fig[data-claim]'));
          var sections = Array.prototype.slice.call(document.querySelectorAll('#panel > .claim'));
          var hint = document.getElementById('hint');
          function show(id) {
            var found = false;
            sections.forEach(function (s) { var on = s.id === id; s.classList.toggle('off', !on); if (on) { found = true; } });
            figures.forEach(function (f) { if (f.getAttribute('data-claim') === id) { f.setAttribute('aria-current', 'true'); } else { f.removeAttribute('aria-current'); } });
            if (hint) { hint.hidden = found; }
            return found;
          }
          sections.forEach(function (s) { s.classList.add('off'); });
          figures.forEach(function (f) {
            f.addEventListener('click', function (e) {
              e.preventDefault();
              var id = f.getAttribute('data-claim');
              if (show(id) && window.history && history.replaceState) { history.replaceState(null, '', '#' + id); }
            });
          });
          document.addEventListener('click', function (e) {
            var a = e.target.closest ? e.target.closest('a[href^="#fig-"]') : null;
            if (!a) { return; }
            var fig = document.getElementById(a.getAttribute('href').slice(1));
            if (fig) { e.preventDefault(); fig.scrollIntoView({ block: 'center' }); fig.focus(); show(fig.getAttribute('data-claim')); }
          });
          var initial = location.hash ? location.hash.slice(1) : '';
          if (initial) { show(initial); }
        })();

        """;
}
