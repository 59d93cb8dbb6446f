using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;

namespace DomainModel.ArticleReport.Cli;

/// <summary>What <c>draft</c> is asked for: the article, its language, as-of date, publisher and output file.</summary>
/// <param name="Article">The article's text file.</param>
/// <param name="Language">"it" or "en", or null to tell it from the file name or the words.</param>
/// <param name="AsOf">The as-of date, or null for the report's default.</param>
/// <param name="Publisher">The publisher, or null.</param>
/// <param name="Title">The title, or null.</param>
/// <param name="Output">The document's file, or null for standard output.</param>
internal sealed record DraftOptions(string Article, string? Language, DateOnly? AsOf, string? Publisher, string? Title, string? Output);

/// <summary>
/// The <c>draft</c> command's line (System.CommandLine): <c>draft ARTICLE [--language it|en] [--as-of yyyy-MM-dd]
/// [--title TEXT] [--publisher NAME] [-o|--out FILE]</c>. Parsing opens no file.
/// </summary>
internal static class DraftCommandLine
{
    /// <summary>Parses the arguments after <c>draft</c>.</summary>
    /// <returns>The options, or null with the one-line error, or null and no error for the usage.</returns>
    public static (DraftOptions? Options, string? Error, bool IsHelp) Parse(IReadOnlyList<string> args)
    {
        var d = new Definition();
        var result = d.Root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Action is HelpAction)
        {
            return (null, null, true);
        }

        if (result.Errors.Count > 0)
        {
            string message = result.Errors[0].Message;
            return (null, string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), false);
        }

        return (new DraftOptions(result.GetValue(d.Article)!, result.GetValue(d.Language), result.GetValue(d.AsOf), result.GetValue(d.Publisher), result.GetValue(d.Title), result.GetValue(d.Output)), null, false);
    }

    /// <summary>Writes the command's usage.</summary>
    public static void WriteHelp(TextWriter output)
    {
        var root = new Definition().Root;
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction action)
            {
                action.MaxWidth = 110;
            }
        }

        root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = output, Error = output, EnableDefaultExceptionHandler = false });
    }

    private sealed class Definition
    {
        public Definition()
        {
            Article = new Argument<string>("ARTICLE") { Description = "The article's text, a UTF-8 file." };
            Article.Validators.Add(r =>
            {
                string value = r.Tokens.Count == 1 ? r.Tokens[0].Value : string.Empty;
                if (value.Length > 1 && value[0] == '-')
                {
                    r.AddError($"Unknown option '{value}' (draft --help lists the options).");
                }
                else if (string.IsNullOrWhiteSpace(value))
                {
                    r.AddError("ARTICLE: the file name is empty.");
                }
            });
            Language = new Option<string>("--language") { Description = "The article's language: it or en. Default: from the file name (\"article.it.txt\"), else from its words.", HelpName = "it|en" };
            Language.Validators.Add(r =>
            {
                if (r.Tokens.Count == 1 && r.Tokens[0].Value is not ("it" or "en"))
                {
                    r.AddError($"--language: '{r.Tokens[0].Value}' is not a language the drafter reads; give it or en.");
                }
            });
            AsOf = new Option<DateOnly?>("--as-of")
            {
                Description = string.Create(CultureInfo.InvariantCulture, $"The date the article's period words are resolved against. Default: {ReportOptions.DefaultAsOf:yyyy-MM-dd}, the report's."),
                HelpName = ReportCommandLine.DateFormat,
                CustomParser = r =>
                {
                    string text = r.Tokens.Count == 1 ? r.Tokens[0].Value : string.Empty;
                    if (DateOnly.TryParseExact(text, ReportCommandLine.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        return date;
                    }

                    r.AddError($"--as-of: '{text}' is not a date in the form {ReportCommandLine.DateFormat} (e.g. 2025-12-31).");
                    return null;
                },
            };
            Publisher = new Option<string>("--publisher") { Description = "Who published the article: the source of every figure the text gives no source for.", HelpName = "NAME" };
            Publisher.Validators.Add(r =>
            {
                if (r.Tokens.Count == 1 && (string.IsNullOrWhiteSpace(r.Tokens[0].Value) || r.Tokens[0].Value.Trim() != r.Tokens[0].Value))
                {
                    r.AddError("--publisher: the name is empty or has spaces around it.");
                }
            });
            Title = new Option<string>("--title") { Description = "The article's title. Default: the beginning of its first sentence.", HelpName = "TEXT" };
            Title.Validators.Add(r =>
            {
                if (r.Tokens.Count == 1 && string.IsNullOrWhiteSpace(r.Tokens[0].Value))
                {
                    r.AddError("--title: the title is empty.");
                }
            });
            Output = new Option<string>("-o", "--out", "--output") { Description = "Write the document to FILE (its \"article.text\" is then the article's path relative to FILE). Default: standard output.", HelpName = "FILE" };
            Output.Validators.Add(r =>
            {
                if (r.Tokens.Count == 1 && string.IsNullOrWhiteSpace(r.Tokens[0].Value))
                {
                    r.AddError("-o: the file name is empty.");
                }
            });
            Root = new RootCommand("draft: a claims document drafted from an article (docs/drafting.md): every quantity figure a claim, relations from cue words, each with the fields it guessed. Review it, then run the report on ARTICLE and the document. Exit code 0, or 2 for bad arguments, a file that cannot be read or written, or a text nothing can be drafted from (one line on standard error, nothing written).")
            {
                Article,
                Language,
                AsOf,
                Title,
                Publisher,
                Output,
            };
            foreach (var version in Root.Options.OfType<VersionOption>().ToList())
            {
                Root.Options.Remove(version);
            }

            Root.Directives.Clear();
        }

        public RootCommand Root { get; }

        public Argument<string> Article { get; }

        public Option<string> Language { get; }

        public Option<DateOnly?> AsOf { get; }

        public Option<string> Publisher { get; }

        public Option<string> Title { get; }

        public Option<string> Output { get; }
    }
}
