using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DomainModel.Claims;
using Spectre.Console;
using Spectre.Console.Rendering;
using SText = Spectre.Console.Text;

namespace DomainModel.ArticleReport.Rendering;

/// <summary>
/// Writes a <see cref="ClaimsReport"/> as Spectre.Console tables: the header (article, as-of date and why, scale
/// policy, rate source), the checks (contradictions first, then undetermined, then agreements; each with its words,
/// computation, tolerance, verdict and, for a rate check, the rate's date, kind and legs or the "no rate" line), the
/// claims, the computed values, the fiscal years and the figures no claim covers. With <c>ansi: false</c> (output
/// redirected, <c>NO_COLOR</c>, tests) the text has no escape sequences.
/// </summary>
internal static class TableReport
{
    /// <summary>The width used when the output is not a terminal.</summary>
    public const int PlainWidth = 140;

    /// <summary>Below this width (a narrow terminal, 80 columns) the checks and the claims are one column each, the
    /// computation folded under the row instead of wrapped tall beside it.</summary>
    public const int FoldWidth = 120;

    /// <summary>A console over a writer: ANSI colours or plain text, at a fixed width.</summary>
    public static IAnsiConsole Console(TextWriter writer, bool ansi, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        console.Profile.Capabilities.Unicode = true;
        return console;
    }

    /// <summary>Writes the report.</summary>
    public static void Write(IAnsiConsole console, ClaimsReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        console.Write(new Rule($"[bold]The claims of {Markup.Escape(report.ArticleName)}[/]").LeftJustified());
        var header = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        header.AddRow(new Markup("[grey]As of[/]"), new SText($"{NewsFormat.Date(report.AsOf)}: {report.AsOfReason}"));
        header.AddRow(new Markup("[grey]Scale[/]"), new SText(report.ScalePolicyText));
        header.AddRow(new Markup("[grey]Rates[/]"), new SText(report.Fx?.SourceLine ?? "none"));
        if (report.Guesses is { } guesses)
        {
            header.AddRow(new Markup("[grey]Guesses[/]"), new Markup("[yellow]" + Markup.Escape(guesses) + "[/]"));
        }

        header.AddRow(new Markup("[grey]Intervals[/]"), new SText(report.IntervalsText));
        console.Write(header);
        console.WriteLine();

        WriteChecks(console, report);
        foreach (var stale in report.StaleConversions)
        {
            console.Write(new Paragraph($"When was the article's rate current? {stale.RelationId} ({string.Join(", ", stale.ClaimIds)}): {stale.Finding}."));
            console.WriteLine();
        }

        WriteClaims(console, report);
        WriteComputed(console, report);

        if (report.FiscalYears.Count > 0)
        {
            var fiscal = new Table().Border(TableBorder.Rounded).Title("[bold]Whose year? Fiscal years behind the article's years[/]").AddColumn("Fiscal year");
            foreach (string line in report.FiscalYears)
            {
                fiscal.AddRow(new SText(line));
            }

            console.Write(fiscal);
        }

        string uncovered = report.Uncovered.Count == 0
            ? "every one is in a quote of the document"
            : string.Join("; ", report.Uncovered.Select(f => $"\"{f.Text}\" at {f.Offset}"));
        console.Write(new Paragraph($"Figure coverage: {report.QuantityFigures - report.Uncovered.Count} of the article's {report.QuantityFigures} quantity figures are covered by the document (claims, relations, statements not checkable); not covered: {uncovered}."));
        if (report.Document.NotFigures.Count > 0)
        {
            console.WriteLine();
            console.Write(new Paragraph("Not figures, by the document's reading: " + string.Join("; ", report.Document.NotFigures.Select(n => $"\"{n.Quote.Text}\" ({n.Reason})")) + "."));
        }

        console.WriteLine();
        if (report.Others.Count > 0)
        {
            WriteAcross(console, report);
        }
    }

    private static void WriteAcross(IAnsiConsole console, ClaimsReport report)
    {
        foreach (var other in report.Others)
        {
            var figures = other.UncoveredFigures();
            string notCovered = figures.Count == 0 ? "every quantity figure is in a claim's quote" : "not covered: " + string.Join("; ", figures.Select(f => $"\"{f.Text}\" at {f.Offset}"));
            var tally = other.Check().GroupBy(c => c.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Count()} {ClaimsReport.VerdictWord(g.Key)}");
            console.Write(new Paragraph($"Also checked: {other.Article.Title} ({other.Article.Publisher}{(other.Article.MadeUp ? ", made up" : string.Empty)}): {other.Claims.Count} claims; its own checks: {string.Join(", ", tally)}; {notCovered}."));
            console.WriteLine();
        }

        if (report.CrossDocument is not { } timeline || timeline.Findings.Count == 0 && timeline.Agreements == 0)
        {
            console.Write(new Paragraph("Across documents: no finding (no claims of two documents about the same subject and metric, and no relation naming a claim of another document)."));
            console.WriteLine();
            return;
        }

        console.Write(new Paragraph($"Across documents: {report.CrossDocumentSummary}. Identical statements (subject, metric, period, estimate) are one, with their sources; each is checked against the statements whose periods overlap it, against its neighbours in time and against every earlier figure above it."));
        console.WriteLine();
        if (timeline.Findings.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Across documents[/] ({timeline.Findings.Count} findings that are not agreements: relations stated across documents, claims about the same subject and metric)")
            .AddColumn("Verdict").AddColumn("Relation").AddColumn("Statements").AddColumn("Explanation");
        foreach (var finding in report.CrossDocumentFindings)
        {
            table.AddRow(
                new SText(ClaimsReport.VerdictWord(finding.Verdict)),
                new SText(finding.Relation is { } stated ? $"{finding.Check.Relation} (stated: {stated.Id}{(stated.Quote is { } q ? $", \"{q.Text}\"" : string.Empty)})" : finding.Check.Relation),
                new SText(ReferenceEquals(finding.First, finding.Second) ? $"{ClaimsReport.Sources(finding.First)}, stated by {finding.First.DocumentCount} documents" : $"{ClaimsReport.Sources(finding.First)} / {ClaimsReport.Sources(finding.Second)} ({finding.Pairs} pair{(finding.Pairs == 1 ? string.Empty : "s")})"),
                new SText(finding.Check.Explanation));
        }

        console.Write(table);
        console.WriteLine();
    }

    private static void WriteChecks(IAnsiConsole console, ClaimsReport report)
    {
        if (report.Checks.Count == 0)
        {
            console.Write(new Paragraph("Checks: the document states no relation between its claims."));
            console.WriteLine();
            return;
        }

        if (console.Profile.Width < FoldWidth)
        {
            WriteChecksFolded(console, report);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Checks of the words against the numbers[/] ({Markup.Escape(report.Tally)})");
        int width = console.Profile.Width;
        table.AddColumn(new TableColumn("Verdict").NoWrap())
            .AddColumn(new TableColumn("Words").Width(Math.Max(24, width / 4)))
            .AddColumn("Computation")
            .AddColumn(new TableColumn("Tolerance").Width(Math.Max(18, width / 7)));
        foreach (var row in report.Checks)
        {
            var computation = new Rows(new IRenderable[] { new SText(row.Computation) }.Concat(RateLines(row)));
            table.AddRow(Verdict(row.Verdict), new Markup($"[bold]{Markup.Escape(row.Relation)}[/]: {Markup.Escape(row.Words)}"), computation, new SText(row.Tolerance));
        }

        console.Write(table);
    }

    private static IRenderable[] RateLines(CheckRow row) =>
        row.Rate is not { Found: true } rate ? [] : rate.Lines.Select(l => (IRenderable)new Markup("[grey]" + Markup.Escape(l.TrimStart()) + "[/]")).ToArray();

    private static Markup Verdict(Verdict verdict) => new(VerdictMarkup(verdict));

    private static string VerdictMarkup(Verdict verdict) => verdict switch
    {
        Claims.Verdict.Disagrees => "[bold red]✗ contradicted[/]",
        Claims.Verdict.Inconclusive => "[yellow]? undetermined[/]",
        _ => "[green]✓ agrees[/]",
    };

    /// <summary>The checks in one column for a narrow terminal: the verdict and the words on the row's first line, the
    /// computation, the tolerance and the rate's lines folded under it.</summary>
    private static void WriteChecksFolded(IAnsiConsole console, ClaimsReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Checks of the words against the numbers[/] ({Markup.Escape(report.Tally)})")
            .AddColumn("Verdict, words; computation and tolerance below").ShowRowSeparators();
        foreach (var row in report.Checks)
        {
            var lines = new List<IRenderable>
            {
                new Markup($"{VerdictMarkup(row.Verdict)} [bold]{Markup.Escape(row.Relation)}[/]: {Markup.Escape(row.Words)}"),
                new Markup("  [grey]computation[/] " + Markup.Escape(row.Computation)),
                new Markup("  [grey]tolerance[/]   " + Markup.Escape(row.Tolerance)),
            };
            if (row.Rate is { Found: true } rate)
            {
                lines.AddRange(rate.Lines.Select(l => (IRenderable)new Markup("  [grey]" + Markup.Escape(l.TrimStart()) + "[/]")));
            }

            table.AddRow(new Rows(lines));
        }

        console.Write(table);
    }

    /// <summary>The claims in one column for a narrow terminal.</summary>
    private static void WriteClaimsFolded(IAnsiConsole console, ClaimsReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Claims[/] ({report.Claims.Count}), each read from its own words")
            .AddColumn("Claim: the article says, read as, period, source").ShowRowSeparators();
        foreach (var claim in report.Claims)
        {
            string found = claim.Quote.IsIn(report.Article) ? string.Empty : " [bold red]NOT FOUND IN THE ARTICLE[/]";
            table.AddRow(new Rows(
                new Markup($"[bold]{Markup.Escape(claim.Id)}[/] [grey]{Markup.Escape(claim.Subject + ": " + report.Document.Claim(claim.Id).Metric)}[/]{Guessed(report.Document.Claim(claim.Id))}"),
                new Markup($"  \"{Markup.Escape(claim.Quote.Text)}\"{found} [grey]at character {claim.Quote.Offset}[/]"),
                new SText($"  {NewsFormat.Stated(claim)} = {NewsFormat.Claim(claim)}"),
                new SText($"  {NewsFormat.Period(claim, report.Document.Claim(claim.Id).RelativeTo)}; {claim.Source}")));
        }

        console.Write(table);
    }

    private static void WriteClaims(IAnsiConsole console, ClaimsReport report)
    {
        if (console.Profile.Width < FoldWidth)
        {
            WriteClaimsFolded(console, report);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Claims[/] ({report.Claims.Count}), each read from its own words");
        table.AddColumn("Claim").AddColumn("The article says").AddColumn("Read as").AddColumn("Period").AddColumn("Source");
        foreach (var claim in report.Claims)
        {
            string found = claim.Quote.IsIn(report.Article) ? string.Empty : " [bold red]NOT FOUND IN THE ARTICLE[/]";
            table.AddRow(
                new Markup($"[bold]{Markup.Escape(claim.Id)}[/]\n[grey]{Markup.Escape(claim.Subject + ": " + report.Document.Claim(claim.Id).Metric)}[/]{Guessed(report.Document.Claim(claim.Id))}"),
                new Markup($"\"{Markup.Escape(claim.Quote.Text)}\"{found}\n[grey]at character {claim.Quote.Offset}[/]"),
                new SText($"{NewsFormat.Stated(claim)}\n= {NewsFormat.Claim(claim)}"),
                new SText(NewsFormat.Period(claim, report.Document.Claim(claim.Id).RelativeTo, "\n")),
                new SText(claim.Source.ToString()));
        }

        console.Write(table);
    }

    private static string Guessed(DocumentClaim claim) =>
        claim.IsGuessed ? "\n[yellow]guessed: " + Markup.Escape(string.Join(", ", claim.Guessed)) + "[/]" : string.Empty;

    private static void WriteComputed(IAnsiConsole console, ClaimsReport report)
    {
        if (report.Computed.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Computed from the claims[/]");
        table.AddColumn("What").AddColumn(new TableColumn("Value").NoWrap());
        foreach (var row in report.Computed)
        {
            table.AddRow(new Markup($"{Markup.Escape(row.Label)}\n[grey]{Markup.Escape(row.Id + " = " + row.Formula)}[/]"), new SText(row.Value));
        }

        console.Write(table);
    }
}
