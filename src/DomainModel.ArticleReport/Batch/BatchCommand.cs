using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using DomainModel.Claims;

namespace DomainModel.ArticleReport.Batch;

/// <summary>
/// <c>claimcheck batch</c>: checks many claims documents in one call and streams one JSON line per document (its
/// checks and verdict counts, or why it did not load), in the input's order whatever the parallelism, then a summary
/// line. Input: document files and folders (every <c>*.claims.json</c> in a folder, in ordinal order), <c>--list
/// FILE</c> (one path a line), or <c>-</c> for JSON Lines on standard input, each line
/// <c>{"document": {…claims document…}, "article": "text"}</c>. Documents are read and checked a window at a time
/// (four per worker), so memory holds only what is in flight. A line of standard input may name its document
/// (<c>"name": "…"</c>, used in the output instead of <c>stdin:LINE</c>).
/// <para>Across documents: <c>--cross</c> adds, after the documents' lines, one line per finding of
/// <see cref="CrossDocumentChecks.Timeline(IReadOnlyList{ClaimsDocument})"/> over all the documents that loaded
/// (<c>{"cross": {…}}</c>, <see cref="BatchCross"/>; these documents are held in memory); <c>--index</c> adds to each document's line the shards it belongs to (<c>"shards": [[SUBJECT,
/// METRIC], …]</c>, <see cref="CrossDocumentShards"/>); <c>--shard SUBJECT METRIC</c> writes only the cross-document
/// findings of that shard over the documents given (those of the shard, grouped by an engine such as Dask), and the
/// summary; <c>--shards</c> does so for every shard at once, each line of standard input naming its shard
/// (<c>"shard": [SUBJECT, METRIC]</c>, a document once per shard it belongs to). Over all shards, the shards' findings
/// are the <c>--cross</c> findings of all the documents. The shard modes do not run each document's own checks (their
/// summary counts the documents, and no checks of their own).</para>
/// </summary>
internal static class BatchCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "batch";

    /// <summary>One line of help.</summary>
    public const string Summary = "many claims documents: one JSON line each, then a summary";

    /// <summary>The most workers <c>--parallel</c> accepts. Each worker holds four documents of the window in memory,
    /// so the bound keeps the window (4 × 256 documents) and the thread pool within reach of any machine.</summary>
    public const int MaxParallel = 256;

    /// <summary>Runs the command.</summary>
    /// <param name="args">The arguments after <c>batch</c>.</param>
    /// <param name="input">Standard input (for <c>-</c>).</param>
    /// <param name="output">Standard output: the JSON lines.</param>
    /// <param name="error">Standard error: one line for a usage error.</param>
    /// <returns>0 when every document loaded, 1 when some did not, 2 for a usage error.</returns>
    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        int parallel = Math.Min(Environment.ProcessorCount, MaxParallel);
        var mode = new Mode();
        var sources = new List<Func<IEnumerable<Item>>>();
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            if (a is "--help" or "-h")
            {
                output.WriteLine($"usage: claimcheck {Name} [PATH ...] [--list FILE] [-] [--parallel N] [--index] [--cross | --shard SUBJECT METRIC | --shards]");
                output.WriteLine("  " + Summary);
                output.WriteLine($"  --parallel N            N workers, 1 to {MaxParallel} (default: the number of cores, at most {MaxParallel})");
                output.WriteLine("  --index                 each document's line names the shards (subject, metric) it belongs to");
                output.WriteLine("  --cross                 then the cross-document timeline of all the documents: one line per disagreement or inconclusive finding (identical statements merged, with their sources); agreements counted in the summary");
                output.WriteLine("  --shard SUBJECT METRIC  only the cross-document findings of that shard, then the summary");
                output.WriteLine("  --shards                as --shard, for the shard each line names (\"shard\": [SUBJECT, METRIC])");
                return 0;
            }

            if (a == "--index")
            {
                mode = mode with { Index = true };
                continue;
            }

            if (a == "--cross")
            {
                mode = mode with { Cross = true };
                continue;
            }

            if (a == "--shards")
            {
                mode = mode with { Shards = true };
                continue;
            }

            if (a == "--shard")
            {
                if (i + 2 >= args.Count || args[i + 1].Length == 0 || args[i + 2].Length == 0)
                {
                    error.WriteLine($"claimcheck {Name}: --shard needs a subject and a metric (see claimcheck {Name} --help).");
                    return 2;
                }

                mode = mode with { Shard = CrossDocumentShards.Key.Of(args[i + 1], args[i + 2]) };
                i += 2;
                continue;
            }

            if (a == "--parallel")
            {
                if (i + 1 >= args.Count || !int.TryParse(args[i + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) || n < 1 || n > MaxParallel)
                {
                    string given = i + 1 < args.Count ? $"'{args[i + 1]}'" : "nothing";
                    error.WriteLine($"claimcheck {Name}: --parallel needs a whole number of workers from 1 to {MaxParallel}, not {given} (see claimcheck {Name} --help).");
                    return 2;
                }

                parallel = n;
                i++;
            }
            else if (a == "--list" && i + 1 < args.Count)
            {
                string list = args[++i];
                if (!File.Exists(list))
                {
                    error.WriteLine($"claimcheck {Name}: the list '{list}' does not exist.");
                    return 2;
                }

                sources.Add(() => File.ReadLines(list).Where(l => l.Trim().Length > 0).Select(l => Item.FromPath(l.Trim())));
            }
            else if (a == "-")
            {
                sources.Add(() => Lines(input));
            }
            else if (a.StartsWith('-'))
            {
                error.WriteLine($"claimcheck {Name}: unknown option '{a}' (see claimcheck {Name} --help).");
                return 2;
            }
            else if (Directory.Exists(a))
            {
                sources.Add(() => Directory.GetFiles(a, "*.claims.json").OrderBy(p => p, StringComparer.Ordinal).Select(Item.FromPath));
            }
            else
            {
                sources.Add(() => [Item.FromPath(a)]);
            }
        }

        if (sources.Count == 0)
        {
            error.WriteLine($"claimcheck {Name}: no documents: give files, folders, --list FILE or - (see claimcheck {Name} --help).");
            return 2;
        }

        if ((mode.Cross ? 1 : 0) + (mode.Shard is null ? 0 : 1) + (mode.Shards ? 1 : 0) > 1)
        {
            error.WriteLine($"claimcheck {Name}: --cross, --shard and --shards are ways of one check: give one (see claimcheck {Name} --help).");
            return 2;
        }

        var summary = Check(sources.SelectMany(s => s()), parallel, output, mode);
        return summary.Failed == 0 && summary.CrossFailure is null ? 0 : 1;
    }

    /// <summary>Checks the items, a window at a time, and writes their lines in order, then the summary line.</summary>
    internal static Totals Check(IEnumerable<Item> items, int parallel, TextWriter output) => Check(items, parallel, output, new Mode());

    /// <summary>As <see cref="Check(IEnumerable{Item}, int, TextWriter)"/>, with the cross-document modes.</summary>
    internal static Totals Check(IEnumerable<Item> items, int parallel, TextWriter output, Mode mode)
    {
        var summary = new Totals();
        var window = new List<Item>(parallel * 4);
        var loaded = mode.Cross || mode.Shard is not null || mode.Shards ? new List<(string Name, ClaimsDocument Document, CrossDocumentShards.Key? Shard)>() : null;
        foreach (var item in items)
        {
            window.Add(item);
            if (window.Count == parallel * 4)
            {
                Flush(window, parallel, output, summary, mode, loaded);
            }
        }

        Flush(window, parallel, output, summary, mode, loaded);
        if (loaded is not null && mode.Shards)
        {
            // Each shard's documents, shards in the order of their first line.
            var shards = new Dictionary<CrossDocumentShards.Key, List<(string Name, ClaimsDocument Document)>>();
            var order = new List<CrossDocumentShards.Key>();
            foreach (var (name, document, shard) in loaded)
            {
                if (!shards.TryGetValue(shard!.Value, out var group))
                {
                    shards[shard.Value] = group = [];
                    order.Add(shard.Value);
                }

                group.Add((name, document));
            }

            foreach (var shard in order)
            {
                BatchCross.Write(shards[shard], shard, output, summary);
            }
        }
        else if (loaded is not null)
        {
            BatchCross.Write([.. loaded.Select(l => (l.Name, l.Document))], mode.Shard, output, summary);
        }

        output.WriteLine(summary.ToJson());
        return summary;
    }

    private static void Flush(List<Item> window, int parallel, TextWriter output, Totals summary, Mode mode, List<(string Name, ClaimsDocument Document, CrossDocumentShards.Key? Shard)>? loaded)
    {
        var lines = new string[window.Count];
        var results = new Result[window.Count];
        var documents = new ClaimsDocument?[window.Count];
        Parallel.For(0, window.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, i => (lines[i], results[i], documents[i]) = Line(window[i], mode));
        for (int i = 0; i < lines.Length; i++)
        {
            if (mode.Shard is null && !mode.Shards)
            {
                output.WriteLine(lines[i]);
            }

            summary.Add(results[i]);
            if (loaded is not null && documents[i] is { } document)
            {
                loaded.Add((window[i].Name, document, window[i].Shard));
            }
        }

        window.Clear();
    }

    private static (string Line, Result Result, ClaimsDocument? Document) Line(Item item, Mode mode)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            bool ok = item.TryLoad(out var document, out string? why);
            if (ok && mode.Shards && item.Shard is null)
            {
                (ok, why) = (false, "with --shards, a line names its shard: \"shard\": [SUBJECT, METRIC]");
            }

            w.WriteStartObject();
            w.WriteString("document", item.Name);
            if (!ok || document is null)
            {
                w.WriteBoolean("ok", false);
                w.WriteString("error", why);
                w.WriteEndObject();
                w.Flush();
                return (Encoding.UTF8.GetString(buffer.ToArray()), new Result(false, 0, 0, 0, 0), null);
            }

            if (mode.Shard is not null || mode.Shards)
            {
                // The shard modes write no document lines: a document's own checks were the index stage's.
                return (string.Empty, new Result(true, 0, 0, 0, 0), document);
            }

            var checks = document.Check();
            w.WriteBoolean("ok", true);
            w.WriteNumber("claims", document.Claims.Count);
            if (mode.Index)
            {
                w.WriteStartArray("shards");
                foreach (var key in CrossDocumentShards.Of(document))
                {
                    w.WriteStartArray();
                    w.WriteStringValue(key.Subject);
                    w.WriteStringValue(key.Metric);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
            }

            w.WriteStartArray("checks");
            int agrees = 0, disagrees = 0, inconclusive = 0;
            foreach (var check in checks)
            {
                w.WriteStartObject();
                w.WriteString("relation", check.Relation);
                w.WriteString("verdict", check.Verdict.ToString());
                w.WriteStartArray("claims");
                foreach (string id in check.ClaimIds)
                {
                    w.WriteStringValue(id);
                }

                w.WriteEndArray();
                w.WriteEndObject();
                switch (check.Verdict)
                {
                    case Verdict.Agrees: agrees++; break;
                    case Verdict.Disagrees: disagrees++; break;
                    default: inconclusive++; break;
                }
            }

            w.WriteEndArray();
            w.WriteStartObject("counts");
            w.WriteNumber("agrees", agrees);
            w.WriteNumber("disagrees", disagrees);
            w.WriteNumber("inconclusive", inconclusive);
            w.WriteEndObject();
            w.WriteEndObject();
            w.Flush();
            return (Encoding.UTF8.GetString(buffer.ToArray()), new Result(true, checks.Count, agrees, disagrees, inconclusive), document);
        }
    }

    private static IEnumerable<Item> Lines(TextReader input)
    {
        int number = 0;
        for (string? line = input.ReadLine(); line is not null; line = input.ReadLine())
        {
            number++;
            if (line.Trim().Length > 0)
            {
                yield return Item.FromJsonLine(line, number);
            }
        }
    }

    /// <summary>One document to check: a file, or a line of standard input.</summary>
    internal sealed class Item
    {
        private readonly string? _path;
        private readonly string? _line;

        private Item(string name, string? path, string? line)
        {
            Name = name;
            _path = path;
            _line = line;
        }

        /// <summary>The document's name in the output: its path, the line's "name", or "stdin:LINE".</summary>
        public string Name { get; private set; }

        /// <summary>The shard a line of standard input names (<c>"shard": [SUBJECT, METRIC]</c>), or null.</summary>
        public CrossDocumentShards.Key? Shard { get; private set; }

        public static Item FromPath(string path) => new(path, path, null);

        public static Item FromJsonLine(string line, int number) => new(FormattableString.Invariant($"stdin:{number}"), null, line);

        public bool TryLoad([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ClaimsDocument? document, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? why)
        {
            if (_path is not null)
            {
                bool ok = ClaimsDocument.TryLoad(_path, out document, out var e);
                why = e?.Message;
                return ok;
            }

            document = null;
            try
            {
                using var json = JsonDocument.Parse(_line!);
                if (json.RootElement.ValueKind != JsonValueKind.Object
                    || !json.RootElement.TryGetProperty("document", out var doc) || doc.ValueKind != JsonValueKind.Object
                    || !json.RootElement.TryGetProperty("article", out var article) || article.ValueKind != JsonValueKind.String)
                {
                    why = "a line is {\"document\": {…}, \"article\": \"text\"}";
                    return false;
                }

                if (json.RootElement.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() is { Length: > 0 } given)
                {
                    Name = given;
                }

                if (json.RootElement.TryGetProperty("shard", out var shard) && shard.ValueKind == JsonValueKind.Array && shard.GetArrayLength() == 2
                    && shard[0].ValueKind == JsonValueKind.String && shard[1].ValueKind == JsonValueKind.String)
                {
                    Shard = CrossDocumentShards.Key.Of(shard[0].GetString()!, shard[1].GetString()!);
                }

                bool ok = ClaimsDocument.TryParse(doc.GetRawText(), article.GetString(), out document, out var e);
                why = e?.Message;
                return ok;
            }
            catch (JsonException e)
            {
                why = "not JSON: " + e.Message;
                return false;
            }
        }
    }

    /// <summary>The command's modes: the shards in each document's line, the cross-document findings of all the
    /// documents or of one shard.</summary>
    internal sealed record Mode(bool Index = false, bool Cross = false, CrossDocumentShards.Key? Shard = null, bool Shards = false);

    /// <summary>What one document gave.</summary>
    internal readonly record struct Result(bool Loaded, int Checks, int Agrees, int Disagrees, int Inconclusive);

    /// <summary>The totals, written as the last line.</summary>
    internal sealed class Totals
    {
        public int Documents { get; private set; }

        public int Failed { get; private set; }

        public int Checks { get; private set; }

        public int Agrees { get; private set; }

        public int Disagrees { get; private set; }

        public int Inconclusive { get; private set; }

        /// <summary>The cross-document findings by verdict (agreements counted, not listed) and the pairs of claims they
        /// stand for, when they were asked for.</summary>
        public (int Checks, int Agrees, int Disagrees, int Inconclusive, long Pairs)? Cross { get; set; }

        /// <summary>Why the cross-document check refused the documents (too many pairs), or null.</summary>
        public string? CrossFailure { get; set; }

        public void Add(Result r)
        {
            Documents++;
            Failed += r.Loaded ? 0 : 1;
            Checks += r.Checks;
            Agrees += r.Agrees;
            Disagrees += r.Disagrees;
            Inconclusive += r.Inconclusive;
        }

        public string ToJson() => FormattableString.Invariant(
            $"{{\"summary\":{{\"documents\":{Documents},\"loaded\":{Documents - Failed},\"failed\":{Failed},\"checks\":{Checks},\"agrees\":{Agrees},\"disagrees\":{Disagrees},\"inconclusive\":{Inconclusive}{CrossJson()}}}}}");

        private string CrossJson() => Cross is not { } c ? ""
            : FormattableString.Invariant($",\"cross\":{{\"checks\":{c.Checks},\"agrees\":{c.Agrees},\"disagrees\":{c.Disagrees},\"inconclusive\":{c.Inconclusive},\"pairs\":{c.Pairs}}}");
    }
}
