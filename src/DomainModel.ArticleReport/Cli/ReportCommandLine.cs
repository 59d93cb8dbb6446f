using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;

namespace DomainModel.ArticleReport.Cli;

/// <summary>
/// The report's command line (System.CommandLine): <c>[ARTICLE] [--as-of yyyy-MM-dd] [--rates FILE] [--json FILE|-]
/// [--chart FILE.png] [--help]</c>.
/// Parsing opens no file; <see cref="ReportRunner"/> reads them and reports what cannot be read.
/// </summary>
internal static class ReportCommandLine
{
    /// <summary>The date format of <c>--as-of</c>.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Parses the arguments. Response files (<c>@file</c>) are not expanded: an argument is what it says.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <returns>The options, the usage request, or the first error as one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="args"/> is null.</exception>
    public static ParsedCommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);

        // System.CommandLine drops leading "[name]" tokens as directives even when none is defined: refuse them
        // rather than ignore a file name in silence.
        if (args.Count > 0 && args[0].Length > 1 && args[0][0] == '[' && args[0][^1] == ']')
        {
            return new ParsedCommandLine(null, $"'{args[0]}' is read as a directive, and the report has none; to name a file write ./{args[0]}", IsHelp: false);
        }

        var definition = new Definition();
        var result = Parse(definition.Root, args);
        if (result.Action is HelpAction)
        {
            return new ParsedCommandLine(null, null, IsHelp: true);
        }

        if (result.Errors.Count > 0)
        {
            // An unknown option lands in ARTICLE and its value is then "unrecognized": name the option, not its value.
            var error = result.Errors.FirstOrDefault(e => e.SymbolResult is ArgumentResult a && a.Argument == definition.Article) ?? result.Errors[0];
            return new ParsedCommandLine(null, OneLine(error.Message), IsHelp: false);
        }

        string rates = result.GetValue(definition.Rates) ?? result.GetValue(definition.Ecb) ?? ReportOptions.ShippedRates;
        var options = new ReportOptions(result.GetValue(definition.AsOf) ?? ReportOptions.DefaultAsOf, rates)
        {
            Article = (result.GetValue(definition.Article) ?? []).FirstOrDefault(p => !ReportInputs.IsDocument(p)) ?? ReportOptions.ShippedArticle,
            Inputs = result.GetValue(definition.Article) ?? [],
            AsOfGiven = result.GetValue(definition.AsOf) is not null,
            JsonFile = result.GetValue(definition.Json),
            ChartFile = result.GetValue(definition.Chart),
            HtmlFile = result.GetValue(definition.Html),
            ClaimReviewFile = result.GetValue(definition.ClaimReview),
            Review = new ReviewOptions(result.GetValue(definition.ReviewAuthor), result.GetValue(definition.ReviewDate)),
        };
        return new ParsedCommandLine(options, null, IsHelp: false);
    }

    /// <summary>Writes the usage (System.CommandLine's help for the command).</summary>
    /// <param name="output">Where to write it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public static void WriteHelp(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var root = new Definition().Root;
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction action)
            {
                action.MaxWidth = 110; // redirected output has no console width; keep lines readable
            }
        }

        var result = Parse(root, ["--help"]);
        result.Invoke(new InvocationConfiguration { Output = output, Error = output, EnableDefaultExceptionHandler = false });
    }

    private static ParseResult Parse(RootCommand root, IReadOnlyList<string> args) =>
        root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>One set of symbols: parsing and reading values must use the same instances.</summary>
    private sealed class Definition
    {
        public Definition()
        {
            // No DefaultValueFactory: help would print the default in the current culture; null stands for it.
            AsOf = new Option<DateOnly?>("--as-of")
            {
                Description = string.Create(CultureInfo.InvariantCulture, $"The date the article's periods (\"ad agosto\", \"quest'anno\") are resolved against and the exchange rate is taken on. Default: {ReportOptions.DefaultAsOf:yyyy-MM-dd}, the article reports December 2025 figures."),
                HelpName = DateFormat,
                CustomParser = r => ParseDate(r, "--as-of"),
            };
            Rates = new Option<string>("--rates")
            {
                Description = "An ECB euro reference-rate file, CSV (eurofxref-hist.csv) or XML (eurofxref-hist.xml, eurofxref-daily.xml), to check the article's yuan-dollar statement against (the USD/CNY cross on the as-of date, else the latest earlier one up to 31 days before, and the average of the figures' period over its days up to the as-of date). Default: the shipped Data/eurofxref-hist.csv (European Central Bank, euro foreign exchange reference rates, 2024-01-02 to 2026-04-13).",
                HelpName = "FILE",
            };
            Rates.Validators.Add(r => RefuseBlank(r, "--rates"));
            Json = new Option<string>("--json")
            {
                Description = "Also write the report as JSON (schema version 2, docs/report-json.md) to FILE; '-' writes the JSON to standard output instead of the tables.",
                HelpName = "FILE|-",
            };
            Json.Validators.Add(r => RefuseBlank(r, "--json"));
            Chart = new Option<string>("--chart")
            {
                Description = "Also draw the money figures (in USD, with their intervals) and the daily token volumes over time as a PNG image to FILE.png.",
                HelpName = "FILE.png",
            };
            Chart.Validators.Add(r => RefuseBlank(r, "--chart"));
            Chart.Validators.Add(r =>
            {
                if (r.Tokens.Count == 1 && r.Tokens[0].Value == ReportOptions.StandardOutput)
                {
                    r.AddError("--chart: a PNG is not written to standard output; give a file name ending in .png.");
                }
                else if (r.Tokens.Count == 1 && !r.Tokens[0].Value.EndsWith(".png", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(r.Tokens[0].Value))
                {
                    r.AddError($"--chart: '{r.Tokens[0].Value}' does not end in .png; the chart is a PNG image.");
                }
            });
            Html = new Option<string>("--html")
            {
                Description = "Also write the report as one self-contained HTML page to FILE (works offline): the article with every figure marked by its worst verdict, each claim with its checks, the tables, the charts as SVG and the ClaimReview markup.",
                HelpName = "FILE.html",
            };
            Html.Validators.Add(r => RefuseBlank(r, "--html"));
            Html.Validators.Add(r => RefuseStandardOutput(r, "--html"));
            ClaimReview = new Option<string>("--claimreview")
            {
                Description = "Also write the checked statements as schema.org ClaimReview JSON-LD to FILE; '-' writes it to standard output instead of the tables.",
                HelpName = "FILE|-",
            };
            ClaimReview.Validators.Add(r => RefuseBlank(r, "--claimreview"));
            ReviewAuthor = new Option<string>("--review-author")
            {
                Description = "The organization publishing the review, the ClaimReview's author (left out when not given).",
                HelpName = "NAME",
            };
            ReviewAuthor.Validators.Add(r =>
            {
                if (r.Tokens.Count == 1 && string.IsNullOrWhiteSpace(r.Tokens[0].Value))
                {
                    r.AddError("--review-author: the name is empty.");
                }
            });
            ReviewDate = new Option<DateOnly?>("--review-date")
            {
                Description = "The date the review is published, the ClaimReview's datePublished (left out when not given; the report never reads the clock).",
                HelpName = DateFormat,
                CustomParser = r => ParseDate(r, "--review-date"),
            };
            Ecb = new Option<string>("--ecb") { Description = "The former name of --rates.", HelpName = "FILE", Hidden = true };
            Ecb.Validators.Add(r => RefuseBlank(r, "--ecb"));
            Article = new Argument<string[]>("ARTICLE DOCUMENT")
            {
                Description = "What to check: one or more ARTICLE DOCUMENT pairs (a UTF-8 text file and its claims document, a .json file), DOCUMENT paths (the text found relative to the document) or an ARTICLE alone (a claims document is drafted from it first and the report says so; the shipped article alone is checked with its shipped document). The first is reported in full; claims of the others are checked against it and each other (\"Across documents\"). Default: the shipped article.it.txt with its claims document (the one in Documents/).",
                Arity = ArgumentArity.ZeroOrMore,
            };
            Article.Validators.Add(ValidateArticle);
            Root = new RootCommand("The claims report: every figure of a news article as a typed claim, the checks of its words against its numbers, and what the library computes from them. 'draft ARTICLE' drafts a claims document to review (draft --help). Writes the report as tables to standard output; exit code 0, or 2 for bad arguments, a file that cannot be read, a claims document that does not load (such as a quote not found in its article) or an output file that cannot be written (one line on standard error, nothing written).")
            {
                Article,
                AsOf,
                Rates,
                Json,
                Chart,
                Html,
                ClaimReview,
                ReviewAuthor,
                ReviewDate,
                Ecb,
            };
            // The report has no version of its own and no directives ([suggest], [diagram]).
            foreach (var version in Root.Options.OfType<VersionOption>().ToList())
            {
                Root.Options.Remove(version);
            }

            Root.Directives.Clear();
            Root.Validators.Add(r =>
            {
                if (r.GetResult(Rates) is { Implicit: false } && r.GetResult(Ecb) is { Implicit: false })
                {
                    r.AddError("--ecb is the former name of --rates: give one of them.");
                }

                if (IsStandardOutput(r.GetResult(Json)) && IsStandardOutput(r.GetResult(ClaimReview)))
                {
                    r.AddError("--json - and --claimreview - both ask for standard output: write one of them to a file.");
                }
            });
        }

        public RootCommand Root { get; }

        public Option<DateOnly?> AsOf { get; }

        public Option<string> Rates { get; }

        public Option<string> Ecb { get; }

        public Option<string> Json { get; }

        public Option<string> Chart { get; }

        public Option<string> Html { get; }

        public Option<string> ClaimReview { get; }

        public Option<string> ReviewAuthor { get; }

        public Option<DateOnly?> ReviewDate { get; }

        public Argument<string[]> Article { get; }

        private static DateOnly? ParseDate(ArgumentResult result, string name)
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"{name}: '{text}' is not a date in the form {DateFormat} (e.g. 2025-12-31).");
            return null;
        }

        private static void RefuseBlank(OptionResult result, string name)
        {
            if (result.Tokens.Count == 1 && string.IsNullOrWhiteSpace(result.Tokens[0].Value))
            {
                result.AddError($"{name}: the file name is empty.");
            }
        }

        private static bool IsStandardOutput(OptionResult? result) =>
            result is { Implicit: false, Tokens.Count: 1 } && result.Tokens[0].Value == ReportOptions.StandardOutput;

        private static void RefuseStandardOutput(OptionResult result, string name)
        {
            if (result.Tokens.Count == 1 && result.Tokens[0].Value == ReportOptions.StandardOutput)
            {
                result.AddError($"{name}: the page is not written to standard output; give a file name.");
            }
        }

        private static void ValidateArticle(ArgumentResult result)
        {
            foreach (var token in result.Tokens)
            {
                string value = token.Value;
                if (value.Length > 1 && value[0] == '-')
                {
                    result.AddError($"Unknown option '{value}' (--help lists the options).");
                    return;
                }

                if (string.IsNullOrWhiteSpace(value))
                {
                    result.AddError("ARTICLE: the file name is empty.");
                    return;
                }
            }
        }
    }
}
