using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DomainModel.ArticleReport.Rendering;
using DomainModel.Claims;
using DomainModel.Exchange;

namespace DomainModel.ArticleReport.Cli;

/// <summary>
/// Runs the report as the program does: parses the arguments, reads the article and the rate file, builds the whole
/// report (<see cref="ClaimsReport"/>), then writes the tables (<see cref="TableReport"/>), the JSON
/// (<see cref="JsonReport"/>) and the chart (<see cref="ChartReport"/>). Exit codes: 0 the report was written; 2 bad
/// arguments, a file that cannot be read, a claims document that does not load (a quote not in its article, among
/// others) or an output file that cannot be written: one line on the error writer, nothing on the output and no file
/// written.
/// </summary>
internal static class ReportRunner
{
    /// <summary>Runs the report with plain (uncoloured) tables at <see cref="TableReport.PlainWidth"/> columns.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error) =>
        Run(args, output, error, ansi: false, TableReport.PlainWidth);

    /// <summary>Runs the report.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Standard output: the tables, the JSON of <c>--json -</c>, or the usage.</param>
    /// <param name="error">Standard error: the one line of an error.</param>
    /// <param name="ansi">Whether the tables may use colours (a terminal, no NO_COLOR).</param>
    /// <param name="width">The width of the tables in columns.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, bool ansi, int width) =>
        Run(args, output, error, ansi, width, progress: false);

    /// <summary>Runs a command of the tool: <c>check</c> (the report; also with no command), <c>draft</c>,
    /// <c>--version</c>, <c>--help</c>.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Standard output: the tables, the JSON of <c>--json -</c>, or the usage.</param>
    /// <param name="error">Standard error: the one line of an error, and the progress bar.</param>
    /// <param name="ansi">Whether the tables may use colours (a terminal, no NO_COLOR).</param>
    /// <param name="width">The width of the tables in columns.</param>
    /// <param name="progress">Whether standard error is a terminal, where a progress bar is drawn.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, bool ansi, int width, bool progress) =>
        Run(args, Console.In, output, error, ansi, width, progress);

    /// <summary>Runs a command of the tool as the program does, with every stream given (the program's entry point, and
    /// the in-process fuzz target of the whole command line): <c>check</c> (the report; also with no command),
    /// <c>draft</c>, <c>batch</c>, <c>--version</c>, <c>--help</c>.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="input">Standard input (read by <c>batch -</c> only).</param>
    /// <param name="output">Standard output: the tables, the JSON of <c>--json -</c>, or the usage.</param>
    /// <param name="error">Standard error: the one line of an error, and the progress bar.</param>
    /// <param name="ansi">Whether the tables may use colours (a terminal, no NO_COLOR).</param>
    /// <param name="width">The width of the tables in columns.</param>
    /// <param name="progress">Whether standard error is a terminal, where a progress bar is drawn.</param>
    /// <returns>The exit code: 0 written, 2 refused with one line on <paramref name="error"/> (<c>batch</c>: 1 when
    /// some document did not load).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error, bool ansi, int width, bool progress)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] is null || args[i].Contains('\0', StringComparison.Ordinal))
            {
                // No option, date or path has one (a NUL made Path.GetFullPath throw); an operating system passes none.
                return Fail(error, string.Create(CultureInfo.InvariantCulture, $"argument {i + 1} is {(args[i] is null ? "null" : "text with a NUL character")}; no option, date or path has one."));
            }
        }

        if (args.Count > 0 && args[0] == Batch.BatchCommand.Name)
        {
            return Batch.BatchCommand.Run([.. args.Skip(1)], input, output, error);
        }

        if (args.Count > 0 && args[0] == Batch.GenerateCommand.Name)
        {
            return Batch.GenerateCommand.Run([.. args.Skip(1)], output, error);
        }

        if (args.Count > 0 && args[0] == ToolCommands.Draft)
        {
            return DraftCommand.Run([.. args.Skip(1)], output, error);
        }

        if (args.Count == 1 && args[0] == "--version")
        {
            output.WriteLine(ToolCommands.Version);
            return 0;
        }

        bool named = args.Count > 0 && args[0] == ToolCommands.Check;
        if (named)
        {
            args = [.. args.Skip(1)];
        }

        var parsed = ReportCommandLine.Parse(args);
        if (parsed.IsHelp)
        {
            if (!named)
            {
                ToolCommands.WriteCommands(output);
            }

            ReportCommandLine.WriteHelp(output);
            ToolCommands.WriteExamples(output);
            return 0;
        }

        if (parsed.Options is not { } options)
        {
            return Fail(error, parsed.Error!);
        }

        var inputs = ReportInputs.Pair(options.Inputs.Count == 0 && options.Article != ReportOptions.ShippedArticle ? [options.Article] : options.Inputs);
        int outputs = 1 + (options.JsonFile is null ? 0 : 1) + (options.ChartFile is null ? 0 : 1) + (options.HtmlFile is null ? 0 : 1) + (options.ClaimReviewFile is null ? 0 : 1);
        var bar = new ProgressBar(error, progress, (options.EcbFile is null ? 0 : 1) + inputs.Count + 1 + outputs);
        try
        {
            return Run(options, inputs, output, error, ansi, width, bar);
        }
        finally
        {
            bar.Clear();
        }
    }

    private static int Run(ReportOptions options, IReadOnlyList<(string? Article, string? Document)> inputs, TextWriter output, TextWriter error, bool ansi, int width, ProgressBar bar)
    {
        RateFile? fx = null;
        if (options.EcbFile is { } ratesFile)
        {
            bar.Step("reading " + Path.GetFileName(ratesFile));
            try
            {
                fx = RateFile.Load(ratesFile);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or EcbFormatException)
            {
                return Fail(bar, error, $"--rates '{ratesFile}' cannot be read: {e.Message}");
            }
        }

        // Every document is loaded before anything is written, so a failure leaves the output empty.
        var documents = new List<ClaimsDocument>();
        var notes = new List<string>();
        DateOnly? asOf = options.AsOfGiven || options.AsOf != ReportOptions.DefaultAsOf ? options.AsOf : null;
        foreach (var (article, document) in inputs)
        {
            if (document is null)
            {
                bar.Step("drafting " + Path.GetFileName(article));
                try
                {
                    documents.Add(DraftCommand.DraftForReport(article!, asOf, out string note)); // ARTICLE alone: drafted first, and said so
                    notes.Add(note);
                }
                catch (ArgumentException e)
                {
                    return Fail(bar, error, e.Message);
                }

                continue;
            }

            bar.Step("loading " + Path.GetFileName(document));
            try
            {
                documents.Add(ReportInputs.Load(article, document, asOf, fx?.Table));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                return Fail(bar, error, $"ARTICLE '{article}' cannot be read: {e.Message}");
            }
            catch (ClaimsDocumentException e) when (asOf is not null && e.InnerException is FormatException or ArgumentException)
            {
                return Fail(bar, error, string.Create(CultureInfo.InvariantCulture, $"--as-of {options.AsOf:yyyy-MM-dd}: the article's periods cannot be resolved as of that date: {e.Message}"));
            }
            catch (ClaimsDocumentException e)
            {
                return Fail(bar, error, $"DOCUMENT '{document}': {e.Message}");
            }
        }

        ClaimsReport report;
        bar.Step(documents.Count > 1 ? "checking across documents" : "checking");
        try
        {
            report = new ClaimsReport(documents[0], options, fx, documents.Skip(1).ToList());
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or RateNotFoundException)
        {
            return Fail(bar, error, string.Create(CultureInfo.InvariantCulture, $"--as-of {options.AsOf:yyyy-MM-dd}: the report cannot be built: {e.Message}"));
        }

        bool jsonToOutput = options.JsonFile == ReportOptions.StandardOutput;
        bool reviewToOutput = options.ClaimReviewFile == ReportOptions.StandardOutput;
        byte[]? json = options.JsonFile is null ? null : Step(bar, "writing JSON", () => JsonReport.ToUtf8(report));
        byte[]? png = options.ChartFile is null ? null : Step(bar, "drawing the chart", () => ChartReport.ToPng(report));
        byte[]? html = options.HtmlFile is null ? null : Step(bar, "writing the HTML page", () => HtmlReport.ToUtf8(report, options.Review));
        byte[]? review = options.ClaimReviewFile is null ? null : Step(bar, "writing ClaimReview", () => ClaimReviewReport.ToUtf8(report, options.Review));
        string? tables = null;
        bar.Step("writing the tables");
        if (!jsonToOutput && !reviewToOutput)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            TableReport.Write(TableReport.Console(text, ansi, width), report);
            tables = ansi ? text.ToString() : TrimLineEnds(text.ToString()); // plain text: no padding at line ends
        }

        var files = new List<(string Option, string Path, byte[] Bytes)>();
        if (json is not null && !jsonToOutput)
        {
            files.Add(("--json", options.JsonFile!, json));
        }

        if (png is not null)
        {
            files.Add(("--chart", options.ChartFile!, png));
        }

        if (html is not null)
        {
            files.Add(("--html", options.HtmlFile!, html));
        }

        if (review is not null && !reviewToOutput)
        {
            files.Add(("--claimreview", options.ClaimReviewFile!, review));
        }

        bar.Clear(); // before anything is written
        if (OutputFiles.TryWriteAll(files, out string? failure) is false)
        {
            return Fail(bar, error, failure!);
        }

        if (jsonToOutput)
        {
            output.Write(System.Text.Encoding.UTF8.GetString(json!));
        }
        else if (reviewToOutput)
        {
            output.Write(System.Text.Encoding.UTF8.GetString(review!));
        }
        else
        {
            output.Write(tables);
        }

        foreach (string note in notes)
        {
            error.WriteLine("note: " + note);
        }

        return 0;
    }

    private static byte[] Step(ProgressBar bar, string what, Func<byte[]> work)
    {
        bar.Step(what);
        return work();
    }

    private static string TrimLineEnds(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd();
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static int Fail(ProgressBar bar, TextWriter error, string message)
    {
        bar.Clear();
        return Fail(error, message);
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("error: " + message.ReplaceLineEndings(" "));
        return 2;
    }
}
