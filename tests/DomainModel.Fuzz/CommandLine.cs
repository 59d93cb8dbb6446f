using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DomainModel.ArticleReport.Cli;
using DomainModel.Claims;

namespace DomainModel.Fuzz;

/// <summary>
/// The report's command line as a whole, in process (<see cref="ReportRunner.Run(IReadOnlyList{string}, TextReader, TextWriter, TextWriter, bool, int, bool)"/>,
/// what the program's entry point calls). An input is the arguments, one a line, then sections split by a line "%%":
/// the article, the claims document, the rate file and standard input. "@A", "@D", "@R" stand for the paths of the
/// article, the document and the rate file; any other argument is kept inside a scratch folder (its slashes become
/// underscores; the working directory is the scratch folder), so no file outside it is written.
/// The laws: no exception escapes; the exit code is 0 or 2 (batch: also 1); a refusal (2) is one non-blank line on
/// standard error and nothing on standard output; and the article with a document that
/// <see cref="ClaimsDocument.TryParse(string, string, out ClaimsDocument?, out ClaimsDocumentException?)"/> loads is
/// reported (<c>check ARTICLE DOCUMENT</c>) with exit 0 and a report on standard output.
/// </summary>
internal static class CommandLine
{
    private const string Separator = "\n%%\n";

    private static readonly Lazy<string> Scratch = new(() =>
    {
        string dir = Path.Combine(Path.GetTempPath(), "domainmodel-fuzz-cli-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(dir, true); } catch (IOException) { } };
        return dir;
    });

    internal static void Run(string input)
    {
        string dir = Scratch.Value;
        foreach (string old in Directory.GetFileSystemEntries(dir))
        {
            if (Directory.Exists(old))
            {
                Directory.Delete(old, true);
            }
            else
            {
                File.Delete(old);
            }
        }

        string[] parts = input.Split(Separator);
        string Part(int i) => i < parts.Length ? parts[i] : "";
        Directory.CreateDirectory(Path.Combine(dir, "docs"));
        string article = Path.Combine(dir, "article.it.txt"), document = Path.Combine(dir, "docs", "doc.claims.json"), rates = Path.Combine(dir, "rates.csv");
        File.WriteAllText(article, Part(1));
        File.WriteAllText(document, Part(2));
        File.WriteAllText(rates, Part(3));
        Environment.CurrentDirectory = dir;
        var args = Part(0).Split('\n').Where(a => a.Length > 0).Take(16).Select(a => a switch
        {
            "@A" => article,
            "@D" => document,
            "@R" => rates,
            _ => a.Replace('/', '_').Replace('\\', '_'),
        }).ToArray();
        if (args.Length > 0 && args[0] == "generate")
        {
            args = [.. args, "--count", "2"]; // the last --count counts: at most two synthetic documents per input, never a long run
        }

        Expect(args, Part(4));

        // The contract of the issue: a document that loads is reported.
        string text = File.ReadAllText(article), json = File.ReadAllText(document);
        if (ClaimsDocument.TryParse(json, text, out _, out _))
        {
            var (code, output, error) = Invoke(["check", article, document], "");
            Check(code == 0 && output.Length > 0, $"a document that loads is not reported: exit {code}, error {error}", input);
        }
    }

    private static void Expect(string[] args, string stdin)
    {
        var (code, output, error) = Invoke(args, stdin);
        bool batch = args.Length > 0 && args[0] == "batch";
        Check(code is 0 or 2 || (batch && code == 1), $"exit code {code} for {string.Join(' ', args)}", stdin);
        if (code == 2)
        {
            string[] lines = error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
            Check(lines.Length == 1 && lines[0].Trim().Length > 0, $"a refusal is not one line on standard error: {error}", string.Join(' ', args));
            Check(output.Length == 0, $"a refusal wrote to standard output: {output[..Math.Min(200, output.Length)]}", string.Join(' ', args));
            Check(!error.Contains("   at ", StringComparison.Ordinal), "a stack trace on standard error: " + error, string.Join(' ', args));
        }
    }

    private static (int Code, string Output, string Error) Invoke(string[] args, string stdin)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        int code = ReportRunner.Run(args, new StringReader(stdin), output, error, ansi: false, width: 140, progress: false);
        return (code, output.ToString(), error.ToString());
    }

    private static void Check(bool condition, string what, string input)
    {
        if (!condition)
        {
            throw new FuzzFailure(what + " for input " + System.Text.Json.JsonSerializer.Serialize(input));
        }
    }

    /// <summary>Seeds: the shipped article and document with the usual command lines, a rate file, a batch line.</summary>
    internal static IReadOnlyList<string> Seeds()
    {
        string? root = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null && root is null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "DomainModel.ArticleReport", "Documents")))
            {
                root = Path.Combine(dir.FullName, "src", "DomainModel.ArticleReport");
            }
        }

        if (root is null)
        {
            return ["check\n@A\n@D"];
        }

        string article = File.ReadAllText(Path.Combine(root, "article.it.txt"));
        string document = File.ReadAllText(Directory.GetFiles(Path.Combine(root, "Documents"), "*.claims.json").Single());
        string rates = string.Join("\n", File.ReadLines(Path.Combine(root, "Data", "eurofxref-hist.csv")).Take(40)) + "\n";
        string With(string args, string stdin = "") => args + Separator + article + Separator + document + Separator + rates + Separator + stdin;
        string shortArticle = "Nel 2026 ByteDance investirà 160 miliardi di yuan (circa 23 miliardi di dollari), il 6% in più rispetto ai 150 miliardi del 2025.";
        return
        [
            With("check\n@A\n@D"),
            With("@A\n@D\n--rates\n@R\n--json\nout.json"),
            With("@D\n--json\n-"),
            With("check\n@A\n@D\n--as-of\n2025-12-31\n--claimreview\n-"),
            With("@A\n@D\n--html\nout.html\n--review-author\nDesk"),
            shortArticle.Length > 0 ? "draft\n@A\n--language\nit" + Separator + shortArticle + Separator + Separator + Separator : "",
            "@A" + Separator + shortArticle + Separator + Separator + Separator,
            With("batch\n-", "{\"document\": " + document.ReplaceLineEndings(" ") + ", \"article\": " + System.Text.Json.JsonSerializer.Serialize(article) + "}\n"),
            With("batch\ndocs\n--parallel\n2"),
            "--version",
            "check\n--help",
            With("check\n@A\n@D\n--as-of\n2025-13-01"),
        ];
    }
}
