using DomainModel.ArticleReport;

namespace DomainModel.ArticleReport.Cli;

/// <summary>What the command line asks for: a report with its options, the usage, or nothing because it is wrong.</summary>
/// <param name="Options">The report's options, or null.</param>
/// <param name="Error">The one line saying what is wrong, or null.</param>
/// <param name="IsHelp">Whether the usage was asked for (<c>--help</c>, <c>-h</c>, <c>-?</c>).</param>
internal sealed record ParsedCommandLine(ReportOptions? Options, string? Error, bool IsHelp);
