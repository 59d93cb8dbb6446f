using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using DomainModel.Claims;

namespace DomainModel.ArticleReport.Cli;

/// <summary>
/// The <c>draft</c> command: <c>draft ARTICLE --language it|en --as-of yyyy-MM-dd [--title T] [--publisher P]
/// [--out FILE]</c>, a claims document drafted from an article's text by the library's drafter
/// (<see cref="ClaimsDraft"/>), for a journalist to review and complete before <c>check</c>. Writes the document's JSON
/// to standard output (or <c>--out FILE</c>) and the drafter's notes to standard error. Exit codes: 0 drafted; 2 bad
/// arguments, an unreadable article, a text the drafter refuses or an unwritable output (one line on standard error).
/// </summary>
internal static class DraftCommand
{
    /// <summary>The command's one-line description (the top-level help).</summary>
    public const string Summary = "a claims document drafted from an article's text, to review and complete before check";

    /// <summary>Runs <c>draft</c>.</summary>
    /// <param name="args">The arguments after <c>draft</c>.</param>
    /// <param name="output">Standard output: the drafted document, or the usage.</param>
    /// <param name="error">Standard error: the drafter's notes, or the one line of an error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var article = new Argument<string>("ARTICLE") { Description = "The article's text, a UTF-8 file." };
        var language = new Option<string>("--language") { Description = "The article's language: it or en.", HelpName = "it|en", Required = true };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "The date the article's period words are resolved against.", HelpName = ReportCommandLine.DateFormat, Required = true, CustomParser = ParseDate };
        var title = new Option<string>("--title") { Description = "The article's title (default: the beginning of its first sentence).", HelpName = "TEXT" };
        var publisher = new Option<string>("--publisher") { Description = "Who published it, the source of figures without one (default: \"unknown publisher\").", HelpName = "NAME" };
        var outFile = new Option<string>("--out") { Description = "Write the document to FILE instead of standard output.", HelpName = "FILE" };
        var command = new RootCommand("Drafts a claims document from an article's text: every quantity figure a claim, relations from cue words. Review it, then run check on it.")
        {
            article, language, asOf, title, publisher, outFile,
        };
        foreach (var version in command.Options.OfType<VersionOption>().ToList())
        {
            command.Options.Remove(version);
        }

        command.Directives.Clear();
        var result = command.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Action is HelpAction)
        {
            result.Invoke(new InvocationConfiguration { Output = output, Error = output, EnableDefaultExceptionHandler = false });
            return 0;
        }

        if (result.Errors.Count > 0)
        {
            return Fail(error, "draft: " + result.Errors[0].Message);
        }

        string path = result.GetValue(article)!;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Fail(error, $"draft: ARTICLE '{path}' cannot be read: {e.Message}");
        }

        ClaimsDraft draft;
        try
        {
            draft = ClaimsDraft.FromText(text, result.GetValue(language)!, result.GetValue(asOf)!.Value, new ClaimsDraftOptions
            {
                Title = result.GetValue(title),
                Publisher = result.GetValue(publisher),
                TextPath = Path.GetFileName(path),
            });
        }
        catch (ArgumentException e)
        {
            return Fail(error, "draft: " + e.Message);
        }

        if (draft.Document is null)
        {
            return Fail(error, "draft: no document: " + draft.Problem);
        }

        string json = draft.ToJson();
        if (result.GetValue(outFile) is { } file)
        {
            if (!OutputFiles.TryWriteAll([("--out", file, System.Text.Encoding.UTF8.GetBytes(json))], out string? failure))
            {
                return Fail(error, "draft: " + failure);
            }
        }
        else
        {
            output.Write(json);
        }

        foreach (string note in draft.Notes)
        {
            error.WriteLine("note: " + note.ReplaceLineEndings(" "));
        }

        return 0;
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, ReportCommandLine.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"--as-of: '{text}' is not a date in the form {ReportCommandLine.DateFormat} (e.g. 2025-12-31).");
        return null;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("error: " + message.ReplaceLineEndings(" "));
        return 2;
    }
}
