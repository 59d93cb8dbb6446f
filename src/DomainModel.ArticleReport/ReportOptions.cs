using System;
using System.Collections.Generic;
using System.IO;
using DomainModel.ArticleReport.Cli;

namespace DomainModel.ArticleReport;

/// <summary>
/// What the report is run with: the date periods are resolved against, the exchange-rate file and the article. Made by
/// the command line (<see cref="ReportCommandLine"/>, or <see cref="Parse"/>) or directly by tests.
/// </summary>
/// <param name="AsOf">The date the article's periods ("ad agosto", "quest'anno") are resolved against.</param>
/// <param name="EcbFile">The ECB euro reference-rate file (CSV or XML) the yuan–dollar statement is checked against, or
/// null for none. The command line always sets one: <c>--rates FILE</c>, or by default <see cref="ShippedRates"/>.</param>
internal sealed record ReportOptions(DateOnly AsOf, string? EcbFile)
{
    /// <summary>
    /// The article reports December 2025 figures ("A dicembre, questa cifra è salita a 50 trilioni") and plans for
    /// 2026, so without --as-of its periods are resolved as of the last day of December 2025.
    /// </summary>
    public static readonly DateOnly DefaultAsOf = new(2025, 12, 31);

    /// <summary>The article shipped beside the program: article.it.txt.</summary>
    public static string ShippedArticle => Path.Combine(AppContext.BaseDirectory, "article.it.txt");

    /// <summary>The ECB rates shipped beside the program (Data/eurofxref-hist.csv, 2024 to 2026-04-13; see Data/README.md).</summary>
    public static string ShippedRates => Path.Combine(AppContext.BaseDirectory, "Data", "eurofxref-hist.csv");

    /// <summary>The article the report checks (the positional argument); by default <see cref="ShippedArticle"/>.</summary>
    public string Article { get; init; } = ShippedArticle;

    /// <summary>The positional arguments: ARTICLE DOCUMENT pairs, DOCUMENT paths or an ARTICLE (<see cref="ReportInputs.Pair"/>); empty for the shipped ones.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>Whether --as-of was given (the documents' own as-of dates are then replaced).</summary>
    public bool AsOfGiven { get; init; }

    /// <summary>Where <c>--json</c> writes the report as JSON: a file, <see cref="StandardOutput"/> ("-"), or null for none.</summary>
    public string? JsonFile { get; init; }

    /// <summary>Where <c>--chart</c> writes the PNG chart, or null for none.</summary>
    public string? ChartFile { get; init; }

    /// <summary>Where <c>--html</c> writes the page, or null for none.</summary>
    public string? HtmlFile { get; init; }

    /// <summary>Where <c>--claimreview</c> writes the ClaimReview JSON-LD: a file, <see cref="StandardOutput"/>, or null for none.</summary>
    public string? ClaimReviewFile { get; init; }

    /// <summary>The review's author and date for the ClaimReview markup.</summary>
    public ReviewOptions Review { get; init; } = ReviewOptions.None;

    /// <summary>The name that stands for standard output in <c>--json -</c>.</summary>
    public const string StandardOutput = "-";

    /// <summary>Options from command-line arguments (see <see cref="ReportCommandLine"/>); files are not opened.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">The arguments are not valid, or are a request for help; the message is the
    /// one line the program prints.</exception>
    public static ReportOptions Parse(IReadOnlyList<string> args)
    {
        var parsed = ReportCommandLine.Parse(args);
        return parsed.Options ?? throw new ArgumentException(parsed.Error ?? "--help asks for the usage, not a report.", nameof(args));
    }
}
