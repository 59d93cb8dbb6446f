using System;
using System.Collections.Generic;
using System.IO;
using DomainModel.Claims;

namespace DomainModel.ArticleReport;

/// <summary>
/// The articles and claims documents the report is run on, from the positional arguments: <c>DOCUMENT</c> (a .json
/// file; its text is found relative to it), <c>ARTICLE DOCUMENT</c> (the text given), or <c>ARTICLE</c> alone (drafted
/// first, <see cref="Cli.DraftCommand"/>; the shipped article alone is checked with its shipped document). No argument:
/// the shipped article and its document.
/// </summary>
internal static class ReportInputs
{
    /// <summary>The shipped article's claims document: the one <c>*.claims.json</c> file of the Documents folder
    /// shipped beside the program (the program names no document of its own).</summary>
    public static string ShippedDocument { get; } = FindShippedDocument();

    private static string FindShippedDocument()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Documents");
        string[] found = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.claims.json") : [];
        return found.Length == 1
            ? found[0]
            : throw new InvalidOperationException($"The program ships exactly one claims document in {folder}; {found.Length} were found.");
    }

    /// <summary>Pairs the positional arguments: (article or null, document, or null for an article to draft).</summary>
    public static IReadOnlyList<(string? Article, string? Document)> Pair(IReadOnlyList<string> inputs)
    {
        var pairs = new List<(string?, string?)>();
        if (inputs.Count == 0)
        {
            pairs.Add((ReportOptions.ShippedArticle, ShippedDocument));
            return pairs;
        }

        for (int i = 0; i < inputs.Count; i++)
        {
            if (IsDocument(inputs[i]))
            {
                pairs.Add((null, inputs[i]));
            }
            else if (i + 1 < inputs.Count && IsDocument(inputs[i + 1]))
            {
                pairs.Add((inputs[i], inputs[i + 1]));
                i++;
            }
            else
            {
                pairs.Add((inputs[i], IsShippedArticle(inputs[i]) ? ShippedDocument : null));
            }
        }

        return pairs;
    }

    /// <summary>Whether a path is the shipped article, whose document is shipped beside it.</summary>
    public static bool IsShippedArticle(string path) =>
        string.Equals(Path.GetFullPath(path), Path.GetFullPath(ReportOptions.ShippedArticle), StringComparison.Ordinal);

    /// <summary>Whether a path names a claims document (a .json file).</summary>
    public static bool IsDocument(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Loads one document; with <paramref name="asOf"/> its periods are resolved against that date instead of the
    /// document's own (the reason "given with --as-of"), through <see cref="ClaimsDocumentOptions"/>.
    /// </summary>
    /// <exception cref="ClaimsDocumentException">The document cannot be read or loaded.</exception>
    /// <exception cref="IOException">The article's text cannot be read.</exception>
    public static ClaimsDocument Load(string? article, string document, DateOnly? asOf, DomainModel.Exchange.IExchangeRateProvider? rates = null)
    {
        var options = new ClaimsDocumentOptions
        {
            AsOf = asOf is { } date ? new AsOfDate(date, "given with --as-of") : null,
            Rates = rates,
        };
        if (article is null)
        {
            return ClaimsDocument.Load(document, options);
        }

        string json;
        try
        {
            json = File.ReadAllText(document);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ClaimsDocumentException("$", $"the document '{document}' cannot be read: {e.Message}", e);
        }

        return ClaimsDocument.Parse(json, File.ReadAllText(article), options);
    }
}
