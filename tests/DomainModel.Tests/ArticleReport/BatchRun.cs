using System;
using System.IO;
using System.Linq;
using DomainModel.ArticleReport.Batch;
using DomainModel.Tests.Documents;
using DomainModel.Tests.Infrastructure;

namespace DomainModel.Tests.ArticleReport;

/// <summary><c>claimcheck batch</c> run in process for the batch tests, and the documents they run it on.</summary>
internal static class BatchRun
{
    /// <summary>Every claims document the repository ships: the seed, the made-up one, the guide's acme and the real articles' (ordinal order).</summary>
    public static readonly string[] ShippedDocuments =
    [
        DocumentFiles.SeedPath,
        DocumentFiles.MadeUpPath,
        RepositoryPaths.Combine("docs", "documents", "acme.en.claims.json"),
        .. Directory.GetFiles(RepositoryPaths.Combine("docs", "articles"), "*.claims.json").OrderBy(p => p, StringComparer.Ordinal),
    ];

    /// <summary>Runs the batch command with <paramref name="stdin"/> as standard input; returns its exit code and its output's lines.</summary>
    public static (int Code, string[] Lines) Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        int code = BatchCommand.Run(args, new StringReader(stdin), output, new StringWriter());
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray());
    }
}
