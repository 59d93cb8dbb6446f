using System;
using System.Collections.Generic;
using System.IO;
using DomainModel.ArticleReport.Cli;

namespace DomainModel.Browser.Tests;

/// <summary>The report's HTML pages, written by the program as a user runs it (<c>--html FILE</c>), once per run.</summary>
internal static class ReportPages
{
    private static readonly Dictionary<string, string> Written = new(StringComparer.Ordinal);

    /// <summary>The repository's root (the folder holding DomainModel.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Writes the page of the seed article (no arguments besides the options).</summary>
    public static string Seed() => Write("seed", ["--review-author", "DomainModel (made up reviewer)", "--review-date", "2026-01-15"]);

    /// <summary>Writes the page of a claims document of docs/articles.</summary>
    public static string Article(string document) => Write(Path.GetFileNameWithoutExtension(document), [Path.Combine(Root, "docs", "articles", document)]);

    private static string Write(string name, string[] args)
    {
        lock (Written)
        {
            if (Written.TryGetValue(name, out string? existing))
            {
                return existing;
            }

            string dir = Path.Combine(Path.GetTempPath(), "domainmodel-browser-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            string file = Path.Combine(dir, name + ".html");
            using var output = new StringWriter();
            using var error = new StringWriter();
            int code = ReportRunner.Run([.. args, "--html", file], output, error);
            if (code != 0)
            {
                throw new InvalidOperationException($"the report exited with {code}: {error}");
            }

            Written[name] = file;
            return file;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DomainModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DomainModel.sln not found above " + AppContext.BaseDirectory);
    }
}
