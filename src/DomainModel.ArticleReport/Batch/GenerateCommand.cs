using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace DomainModel.ArticleReport.Batch;

/// <summary>
/// <c>claimcheck generate</c>: synthetic claims documents, every one marked as made up (<see cref="SyntheticDocuments"/>),
/// for measuring and testing batch checks. JSON Lines on standard output (the input of <c>claimcheck batch -</c>), or,
/// with <c>--out FOLDER</c>, an archive of <c>NAME.claims.json</c> and <c>NAME.txt</c> files (the input of
/// <c>claimcheck batch FOLDER</c>). The same seed gives the same documents.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "generate";

    /// <summary>One line of help.</summary>
    public const string Summary = "synthetic claims documents, marked as made up, for measuring batch checks";

    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments after <c>generate</c>.</param>
    /// <param name="output">Standard output: the JSON lines (without <c>--out</c>).</param>
    /// <param name="error">Standard error: one line for a usage error.</param>
    /// <returns>0 when the documents were written, 2 for a usage error.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        int count = 100, companies = 50, first = 0;
        long seed = 1;
        string? folder = null;
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            string? value = i + 1 < args.Count ? args[i + 1] : null;
            if (a is "--help" or "-h")
            {
                output.WriteLine($"usage: claimcheck {Name} [--count N] [--seed S] [--companies K] [--first I] [--out FOLDER]");
                output.WriteLine("  " + Summary);
                output.WriteLine("  --count N      how many documents (default 100)");
                output.WriteLine("  --seed S       any integer; the same seed gives the same documents (default 1)");
                output.WriteLine("  --companies K  how many made-up companies the documents share (default 50)");
                output.WriteLine("  --first I      the number of the first document (default 0), to generate a range in parts");
                output.WriteLine("  --out FOLDER   write NAME.claims.json and NAME.txt there; without it, JSON Lines for 'claimcheck batch -'");
                return 0;
            }

            bool ok = a switch
            {
                "--count" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count),
                "--companies" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out companies) && companies > 0,
                "--first" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out first),
                "--seed" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed),
                "--out" => (folder = value) is { Length: > 0 },
                _ => false,
            };
            if (!ok)
            {
                error.WriteLine(a is "--count" or "--companies" or "--first" or "--seed" or "--out"
                    ? $"claimcheck {Name}: {a} needs a value ({(a == "--out" ? "a folder" : a == "--seed" ? "an integer" : a == "--companies" ? "a whole number of 1 or more" : "a whole number")}), '{value}' was given."
                    : $"claimcheck {Name}: unknown argument '{a}' (see claimcheck {Name} --help).");
                return 2;
            }

            i++;
        }

        if ((long)first + count > int.MaxValue)
        {
            error.WriteLine($"claimcheck {Name}: --first plus --count goes beyond {int.MaxValue}.");
            return 2;
        }

        if (companies > SyntheticDocuments.MaxCompanies)
        {
            error.WriteLine($"claimcheck {Name}: --companies is at most {SyntheticDocuments.MaxCompanies}, '{companies}' was given.");
            return 2;
        }

        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        for (int n = first; n < first + count; n++)
        {
            var g = SyntheticDocuments.Generate(seed, n, companies);
            if (folder is null)
            {
                output.WriteLine(SyntheticDocuments.JsonLine(g));
            }
            else
            {
                File.WriteAllText(Path.Combine(folder, g.Name + ".claims.json"), g.DocumentJson + "\n");
                File.WriteAllText(Path.Combine(folder, g.Name + ".txt"), g.Article);
            }
        }

        return 0;
    }
}
