using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using SharpFuzz;

namespace DomainModel.Fuzz;

/// <summary>
/// <c>DomainModel.Fuzz TARGET afl</c>: run under AFL++ (afl-fuzz, after <c>sharpfuzz</c> instrumented DomainModel.dll);
/// <c>DomainModel.Fuzz TARGET libfuzzer</c>: run under libfuzzer-dotnet;
/// <c>DomainModel.Fuzz TARGET loop SECONDS [SEED]</c>: a bounded in-process mutation loop over the seed corpus;
/// <c>DomainModel.Fuzz TARGET replay FILE...</c>: run the target once on each file (crash reproduction);
/// <c>DomainModel.Fuzz limits</c>: the large inputs with their stated limits (<see cref="Limits"/>).
/// Prints "TARGET: N inputs executed, N failures" and exits 1 on a failure.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // Under AFL++ no instrumented code (the library, or Targets' initialiser that touches it) may run before Fuzzer.Run.
        if (args is [string aflTarget, "afl"])
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                if (Targets.Bytes.TryGetValue(aflTarget, out var bytesTarget))
                {
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    bytesTarget(copy.ToArray()); // invalid UTF-8 reaches the library as it is
                    return;
                }

                using var reader = new StreamReader(stream, Encoding.UTF8);
                Targets.All[aflTarget](reader.ReadToEnd());
            });
            return 0;
        }

        if (args is ["limits"])
        {
            return Limits.Run(); // the large inputs of docs/reliability.md (the hardening step)
        }

        if (args.Length < 2 || !Targets.All.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: DomainModel.Fuzz TARGET (afl | libfuzzer | loop SECONDS [SEED] | replay FILE...); targets: {string.Join(", ", Targets.All.Keys)}");
            return 2;
        }

        switch (args[1])
        {
            case "libfuzzer":
                Fuzzer.LibFuzzer.Run(bytes => target(Encoding.UTF8.GetString(bytes)));
                return 0;
            case "loop":
                return Loop(args[0], target, TimeSpan.FromSeconds(double.Parse(args.Length > 2 ? args[2] : "10", System.Globalization.CultureInfo.InvariantCulture)), args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1);
            case "seeds":
                Directory.CreateDirectory(args[2]);
                int n = 0;
                foreach (string seed in Seeds.For(args[0]))
                {
                    File.WriteAllText(Path.Combine(args[2], $"seed-{n++}.txt"), seed);
                }

                return 0;
            case "replay":
                foreach (string file in args.Skip(2).Select(Path.GetFullPath).ToList()) // a target may change the working directory
                {
                    target(File.ReadAllText(file));
                }

                Console.WriteLine($"{args[0]}: {args.Length - 2} inputs replayed, 0 failures");
                return 0;
            default:
                Console.Error.WriteLine($"unknown mode '{args[1]}'");
                return 2;
        }
    }

    /// <summary>Mutates seeds (byte flips, insertions of interesting tokens, splices) until the time is up.</summary>
    private static int Loop(string name, Action<string> target, TimeSpan duration, int seed)
    {
        var random = new Random(seed);
        string crashes = Path.GetFullPath("crashes"); // a target may change the working directory
        var corpus = new List<string>(Seeds.For(name));
        long executed = 0;
        int failures = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            string input = Mutate(corpus[random.Next(corpus.Count)], corpus[random.Next(corpus.Count)], random);
            try
            {
                target(input);
            }
            catch (Exception e)
            {
                failures++;
                if (failures <= 10)
                {
                    Console.Error.WriteLine($"{name}: {e.GetType().Name}: {e.Message}");
                    Console.Error.WriteLine("  input: " + System.Text.Json.JsonSerializer.Serialize(input));
                    Directory.CreateDirectory(crashes);
                    File.WriteAllText(Path.Combine(crashes, $"{name}-{failures}.txt"), input);
                }
            }

            executed++;
            if (executed % 64 == 0 && corpus.Count < 4096)
            {
                corpus.Add(input);
            }
        }

        Console.WriteLine($"{name}: {executed} inputs executed in {clock.Elapsed.TotalSeconds:F1} s, {failures} failures");
        return failures == 0 ? 0 : 1;
    }

    private static readonly string[] Tokens =
    [
        ",", ".", "\u066B", "\u066C", "\u202F", "\u00A0", " ", "-", "–", "e", "E", "+", "0", "9", "000", "79228162514264337593543950335",
        "0.0000000000000000000000000001", "miliardi", "bn", "trilioni", "K", "tokens", "USD", "€", "$", "tra ", " e ", "\"", "{", "}", ":",
        "<Cube", "/>", "'", "2025-12-05", "\n", "\r\n", "..", "/", "1e-30", "null", "\u0000",
    ];

    private static string Mutate(string a, string b, Random random)
    {
        var text = new StringBuilder(a);
        int steps = 1 + random.Next(4);
        for (int i = 0; i < steps; i++)
        {
            int at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
            switch (random.Next(6))
            {
                case 0 when text.Length > 0 && at < text.Length:
                    text.Remove(at, 1 + random.Next(Math.Min(4, text.Length - at)));
                    break;
                case 1:
                    text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 2 when text.Length > 0 && at < text.Length:
                    text[at] = (char)random.Next(32, 0x2100);
                    break;
                case 3 when b.Length > 0:
                    int from = random.Next(b.Length);
                    text.Insert(at, b.AsSpan(from, Math.Min(b.Length - from, 1 + random.Next(12))));
                    break;
                case 4 when text.Length > 0 && at < text.Length && char.IsAsciiDigit(text[at]):
                    text[at] = (char)('0' + random.Next(10));
                    break;
                default:
                    text.Insert(at, (char)random.Next(32, 127));
                    break;
            }
        }

        return text.ToString();
    }
}
