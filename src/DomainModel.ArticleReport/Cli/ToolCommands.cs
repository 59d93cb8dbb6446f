using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace DomainModel.ArticleReport.Cli;

/// <summary>
/// The program as a .NET tool (<c>dotnet tool install DomainModel.ClaimCheck</c>, command <see cref="CommandName"/>):
/// the commands <c>check</c> (the claims report; also what runs with no command) and <c>draft</c>, <c>--version</c>
/// and <c>--help</c> with examples.
/// </summary>
internal static class ToolCommands
{
    /// <summary>The tool's command name.</summary>
    public const string CommandName = "claimcheck";

    /// <summary>The <c>check</c> command.</summary>
    public const string Check = "check";

    /// <summary>The <c>draft</c> command.</summary>
    public const string Draft = "draft";

    /// <summary>Examples the help shows, each with what it does.</summary>
    public static IReadOnlyList<(string Command, string What)> Examples { get; } =
    [
        (CommandName, "the report of the shipped seed article (the same as: claimcheck check)"),
        (CommandName + " check docs/articles/tencent-q3-2025.en.claims.json", "the report of a claims document, its article found beside it"),
        (CommandName + " check ARTICLE.txt ARTICLE.claims.json --html report.html", "also the annotated article as one HTML page"),
        (CommandName + " check --json - > report.json", "the report as JSON only"),
        (CommandName + " check --claimreview review.json --review-author \"Newsroom\" --review-date 2026-01-15", "the checks as schema.org ClaimReview JSON-LD"),
        (CommandName + " check A.claims.json B.claims.json", "A in full, its claims checked against B's (\"Across documents\")"),
        (CommandName + " draft ARTICLE.txt --language en --as-of 2025-12-31 > ARTICLE.claims.json", "a claims document drafted from the article's text, to review"),
    ];

    /// <summary>The tool's version: the informational version (from git tags, with the commit).</summary>
    public static string Version =>
        typeof(ToolCommands).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolCommands).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>The top-level help: the commands, then (by the caller) the options of <c>check</c>, then the examples.</summary>
    public static void WriteCommands(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{CommandName} {Version}");
        output.WriteLine("Checks the figures of a news article against its own words and numbers.");
        output.WriteLine();
        output.WriteLine("Commands:");
        output.WriteLine($"  {Check,-7} the claims report (the default: what runs when no command is given)");
        output.WriteLine($"  {Draft,-7} {DraftCommand.Summary}");
        output.WriteLine($"  {Batch.BatchCommand.Name,-7} {Batch.BatchCommand.Summary}");
        output.WriteLine($"  {Batch.GenerateCommand.Name,-7} {Batch.GenerateCommand.Summary}");
        output.WriteLine();
        output.WriteLine($"  {CommandName} --version    the version");
        output.WriteLine($"  {CommandName} --help       this help; {CommandName} check --help, {CommandName} draft --help");
        output.WriteLine();
        output.WriteLine("The check command (the default):");
    }

    /// <summary>The examples.</summary>
    public static void WriteExamples(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("Examples:");
        foreach (var (command, what) in Examples)
        {
            output.WriteLine("  " + command);
            output.WriteLine("      " + what);
        }
    }
}
