using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DomainModel.Exchange;

namespace DomainModel.ArticleReport.Cli;

/// <summary>
/// Runs the report as the program does: parses the arguments, reads the article and the rate file, and writes the
/// report. Exit codes: 0 the report was written; 1 written, but a quoted claim is not in the article; 2 bad arguments or
/// a file that cannot be read: one line on the error writer, nothing on the output.
/// </summary>
internal static class ReportRunner
{
    /// <summary>Runs the report.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Standard output: the report or the usage.</param>
    /// <param name="error">Standard error: the one line of an error.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var parsed = ReportCommandLine.Parse(args);
        if (parsed.IsHelp)
        {
            ReportCommandLine.WriteHelp(output);
            return 0;
        }

        if (parsed.Options is not { } options)
        {
            return Fail(error, parsed.Error!);
        }

        string article;
        FxEvidence? fx = null;
        try
        {
            article = File.ReadAllText(options.Article);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Fail(error, $"ARTICLE '{options.Article}' cannot be read: {e.Message}");
        }

        if (options.EcbFile is { } ratesFile)
        {
            try
            {
                fx = FxEvidence.Load(ratesFile);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or EcbFormatException)
            {
                return Fail(error, $"--rates '{ratesFile}' cannot be read: {e.Message}");
            }
        }

        // ClaimsReport still picks the reader by the file's extension (.csv: CSV, anything else: XML).
        if (fx is not null && fx.IsXml == options.EcbFile!.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(error, $"--rates '{options.EcbFile}' holds {(fx.IsXml ? "XML" : "CSV")} but is {(fx.IsXml ? "" : "not ")}named *.csv; name an ECB CSV file *.csv and an XML file *.xml.");
        }

        // The whole report is built before anything is written, so a failure leaves the output empty.
        using var report = new StringWriter();
        bool allQuotesFound;
        try
        {
            var claims = new ClaimsReport(article, options);
            claims.Write(report);
            allQuotesFound = claims.AllQuotesFound;
            if (fx is not null)
            {
                RatesSection.Write(report, fx, options.AsOf);
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or RateNotFoundException)
        {
            return Fail(error, string.Create(CultureInfo.InvariantCulture, $"--as-of {options.AsOf:yyyy-MM-dd}: the article's periods cannot be resolved as of that date: {e.Message}"));
        }

        output.Write(report.ToString());
        return allQuotesFound ? 0 : 1;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("error: " + message.ReplaceLineEndings(" "));
        return 2;
    }
}
