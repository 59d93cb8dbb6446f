using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DomainModel.Claims;
using DomainModel.Text;

namespace DomainModel.ArticleReport.Cli;

/// <summary>
/// The <c>draft</c> command (<see cref="DraftCommandLine"/>: <c>draft ARTICLE [--language it|en] [--as-of yyyy-MM-dd]
/// [--title T] [--publisher NAME] [-o|--out FILE]</c>), a claims document drafted by the library's drafter
/// (<see cref="ClaimsDraft"/>) for a journalist to review before <c>check</c>; and the draft the report makes of an
/// ARTICLE given without a document. The document goes to standard output (or the file), the drafter's notes to
/// standard error as "note: " lines (to standard output after the file's name with <c>-o</c>). Exit codes as the
/// report's: 0 written; 2 and one line on standard error for bad input, nothing written.
/// </summary>
internal static class DraftCommand
{
    /// <summary>The command's one-line description (the top-level help).</summary>
    public const string Summary = "a claims document drafted from an article's text, to review and complete before check";

    private static readonly string[] ItalianWords = ["di", "il", "la", "che", "per", "nel", "della", "dei", "è", "un", "una", "con", "sono", "ha"];
    private static readonly string[] EnglishWords = ["the", "of", "and", "to", "in", "is", "was", "for", "with", "that", "from", "by", "its"];
    private static readonly string[] GermanWords = ["der", "die", "das", "und", "mit", "von", "im", "auf", "für", "ist", "sich", "den"];

    /// <summary>Runs <c>draft</c> with the arguments after the command's name.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var (options, problem, isHelp) = DraftCommandLine.Parse(args);
        if (isHelp)
        {
            DraftCommandLine.WriteHelp(output);
            return 0;
        }

        if (options is null)
        {
            return Fail(error, "draft: " + problem!);
        }

        string directory = options.Output is { } file ? Path.GetDirectoryName(Path.GetFullPath(file)) ?? "." : Directory.GetCurrentDirectory();
        if (!TryDraft(options.Article, options.Language, options.AsOf, options.Publisher, options.Title, directory, out var draft, out string? failure))
        {
            return Fail(error, "draft: " + failure!);
        }

        byte[] json = new UTF8Encoding(false).GetBytes(draft!.ToJson());
        string summary = Describe(options.Article, draft);
        if (options.Output is { } path)
        {
            if (!OutputFiles.TryWriteAll([("-o", path, json)], out string? cannot))
            {
                return Fail(error, "draft: " + cannot!);
            }

            output.WriteLine($"drafted {path}: {summary}");
            foreach (string note in draft.Notes)
            {
                output.WriteLine("note: " + note);
            }
        }
        else
        {
            output.Write(Encoding.UTF8.GetString(json));
            output.WriteLine();
            error.WriteLine("note: drafted " + summary);
        }

        return 0;
    }

    /// <summary>The report's draft of an ARTICLE given alone: language from the name or the words, the text path relative to the article itself.</summary>
    /// <exception cref="ArgumentException">Nothing can be drafted; the message is the one line to print.</exception>
    public static ClaimsDocument DraftForReport(string article, DateOnly? asOf, out string note)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(article)) ?? ".";
        if (!TryDraft(article, null, asOf, null, null, directory, out var draft, out string? failure))
        {
            throw new ArgumentException(failure);
        }

        note = $"no claims document was given for '{article}': the report checks a draft ({Describe(article, draft!)}); 'draft {article} -o FILE' writes it for review";
        return draft!.Document!;
    }

    private static string Describe(string article, ClaimsDraft draft)
    {
        var d = draft.Document!;
        return string.Create(CultureInfo.InvariantCulture,
            $"{d.Claims.Count} claims and {d.Relations.Count} relations from {Path.GetFileName(article)}, {d.Claims.Count(c => c.IsGuessed)} claims and {d.Relations.Count(r => r.IsGuessed)} relations with guessed fields to review (docs/drafting.md); {draft.Notes.Count} notes");
    }

    private static bool TryDraft(string article, string? language, DateOnly? asOf, string? publisher, string? title, string documentDirectory, out ClaimsDraft? draft, out string? failure)
    {
        draft = null;
        string text;
        try
        {
            var info = new FileInfo(article);
            if (info.Exists && info.Length > ClaimsDraft.MaxTextLength * 4L)
            {
                failure = string.Create(CultureInfo.InvariantCulture, $"ARTICLE '{article}' has {info.Length} bytes; the drafter reads at most {ClaimsDraft.MaxTextLength} characters (split the article).");
                return false;
            }

            text = File.ReadAllText(article);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            failure = $"ARTICLE '{article}' cannot be read: {e.Message}";
            return false;
        }

        string? why = null;
        string? code = language ?? LanguageOf(article, text, out why);
        if (code is null)
        {
            failure = $"ARTICLE '{article}': {why}";
            return false;
        }

        string relative = Path.GetRelativePath(documentDirectory, Path.GetFullPath(article)).Replace('\\', '/');
        if (Path.IsPathRooted(relative))
        {
            relative = Path.GetFileName(article);
        }

        try
        {
            draft = ClaimsDraft.FromText(text, code, asOf ?? ReportOptions.DefaultAsOf, new ClaimsDraftOptions
            {
                Title = title,
                Publisher = publisher,
                TextPath = relative,
                AsOfReason = asOf is null
                    ? string.Create(CultureInfo.InvariantCulture, $"the report's default as-of date ({ReportOptions.DefaultAsOf:yyyy-MM-dd}); no --as-of was given: check it")
                    : "given with --as-of",
            });
        }
        catch (ArgumentException e)
        {
            failure = $"ARTICLE '{article}' cannot be drafted: {e.Message}";
            return false;
        }

        if (!draft.HasDocument)
        {
            failure = $"ARTICLE '{article}': nothing to draft: {draft.Problem}";
            draft = null;
            return false;
        }

        failure = null;
        return true;
    }

    /// <summary>"it" or "en" from the file name ("x.it.txt"), else from the commonest short words; null with why.</summary>
    internal static string? LanguageOf(string path, string text, out string? why)
    {
        why = null;
        string name = Path.GetFileName(path);
        foreach (string code in (string[])["it", "en"])
        {
            if (name.Contains("." + code + ".", StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }
        }

        if (name.Contains(".de.", StringComparison.OrdinalIgnoreCase))
        {
            why = "German (.de.) is not a language the drafter reads (it, en).";
            return null;
        }

        var words = text.Split((char[])[' ', '\n', '\r', '\t', ',', '.', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries).Take(2000).Select(w => w.ToLowerInvariant()).ToList();
        int it = words.Count(ItalianWords.Contains), en = words.Count(EnglishWords.Contains), de = words.Count(GermanWords.Contains);
        if (de > it && de > en)
        {
            why = "its words look German, and the drafter reads Italian and English only; give --language it|en if it is one of them.";
            return null;
        }

        if (it == en)
        {
            why = "its language cannot be told from its name or its words; give --language it|en.";
            return null;
        }

        return it > en ? "it" : "en";
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("error: " + message.ReplaceLineEndings(" "));
        return 2;
    }
}
