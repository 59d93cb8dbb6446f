using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DomainModel.Tests.Infrastructure;

namespace DomainModel.Tests.Docs;

/// <summary>
/// Ties the ```csharp blocks of the guides in docs/ to regions of the test sources in this folder. A block is
/// preceded by <c>&lt;!-- snippet: NAME --&gt;</c>; the region <c>#region snippet: NAME</c> … <c>#endregion</c>
/// holds the same code, in a test that runs it and asserts its results.
/// </summary>
internal static partial class DocSnippets
{
    public const string Marker = "<!-- snippet: ";

    /// <summary>The guides whose C# blocks must all come from snippets.</summary>
    public static readonly string[] Guides = ["money.md", "fx.md", "quantities.md", "fiscal.md", "claims.md", "json.md", "scanning.md", "display.md", "currencies.md", "reliability.md", "documents.md", "drafting.md", "../README.md"];

    /// <summary>Every snippet region of the test sources in tests/DomainModel.Tests/Docs, by name, dedented.</summary>
    public static IReadOnlyDictionary<string, string> Regions()
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(RepositoryPaths.Combine("tests", "DomainModel.Tests", "Docs"), "*.cs").Order(StringComparer.Ordinal))
        {
            string[] lines = File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                var start = RegionStart().Match(lines[i]);
                if (!start.Success)
                {
                    continue;
                }

                string name = start.Groups[1].Value;
                int end = Array.FindIndex(lines, i + 1, l => l.Trim() == "#endregion");
                if (end < 0)
                {
                    throw new InvalidOperationException($"{Path.GetFileName(file)}: snippet {name} has no #endregion.");
                }

                if (!regions.TryAdd(name, Dedent(lines[(i + 1)..end])))
                {
                    throw new InvalidOperationException($"{Path.GetFileName(file)}: snippet {name} is defined twice.");
                }

                i = end;
            }
        }

        return regions;
    }

    /// <summary>
    /// The doc with the code block after each snippet marker replaced by its region. <paramref name="problems"/>
    /// lists markers without a region or a code block, and ```csharp blocks without a marker.
    /// </summary>
    public static string Render(string doc, IReadOnlyDictionary<string, string> regions, List<string> problems, ISet<string> used)
    {
        string[] lines = doc.ReplaceLineEndings("\n").Split('\n');
        var output = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.StartsWith("```csharp", StringComparison.Ordinal))
            {
                problems.Add($"line {i + 1}: a ```csharp block without a {Marker}NAME --> line before it (its code would not be compiled or run)");
            }

            Append(output, line, i, lines.Length);
            var marker = MarkerLine().Match(line);
            if (!marker.Success)
            {
                continue;
            }

            string name = marker.Groups[1].Value;
            used.Add(name);
            if (i + 1 >= lines.Length || !lines[i + 1].StartsWith("```csharp", StringComparison.Ordinal))
            {
                problems.Add($"line {i + 1}: snippet {name} is not followed by a ```csharp block");
                continue;
            }

            int close = Array.FindIndex(lines, i + 2, l => l.StartsWith("```", StringComparison.Ordinal));
            if (close < 0)
            {
                problems.Add($"line {i + 2}: the block of snippet {name} is not closed");
                continue;
            }

            if (!regions.TryGetValue(name, out string? code))
            {
                problems.Add($"line {i + 1}: no region 'snippet: {name}' in tests/DomainModel.Tests/Docs/*.cs");
                code = string.Join('\n', lines[(i + 2)..close]);
            }

            output.Append(lines[i + 1]).Append('\n').Append(code).Append('\n');
            Append(output, lines[close], close, lines.Length);
            i = close;
        }

        return output.ToString();
    }

    private static void Append(StringBuilder output, string line, int index, int count)
    {
        output.Append(line);
        if (index < count - 1)
        {
            output.Append('\n');
        }
    }

    private static string Dedent(string[] lines)
    {
        int indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..].TrimEnd() : l.TrimEnd()));
    }

    [GeneratedRegex(@"^\s*#region snippet: ([a-z0-9-]+)\s*$")]
    private static partial Regex RegionStart();

    [GeneratedRegex(@"^<!-- snippet: ([a-z0-9-]+) -->\s*$")]
    private static partial Regex MarkerLine();
}
