using System;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace DomainModel.Benchmarks;

/// <summary>
/// <c>--dry</c>: runs every benchmark once in this process and checks that it computes what its baseline computes
/// (CI runs this; nothing is timed). Without it: a short BenchmarkDotNet job of all benchmarks (or those chosen with
/// <c>--filter</c>), with the memory diagnoser; <c>--docs FILE</c> writes the ratio table to FILE.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var benchmarkTypes = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkDotNet.Attributes.BenchmarkAttribute>() is not null))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();

        if (args.Contains("--dry"))
        {
            return DryRun.Run(benchmarkTypes, Console.Out);
        }

        string? docs = null;
        int docsIndex = Array.IndexOf(args, "--docs");
        if (docsIndex >= 0)
        {
            docs = args[docsIndex + 1];
            args = args.Where((_, i) => i != docsIndex && i != docsIndex + 1).ToArray();
        }

        var config = DefaultConfig.Instance
            // In process: one launch for all benchmarks keeps the whole run within minutes on 2 cores.
            .AddJob(Job.ShortRun
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithIterationTime(TimeInterval.FromMilliseconds(150))
                .WithWarmupCount(3)
                .WithIterationCount(10)
                .WithId("ShortInProcess"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
        var summaries = args.Any(a => a.StartsWith("--filter", StringComparison.Ordinal))
            ? BenchmarkSwitcher.FromTypes(benchmarkTypes).Run(args, config).ToArray()
            : [BenchmarkRunner.Run(benchmarkTypes, config).Single()];

        if (docs is not null)
        {
            RatioTable.Write(summaries, docs);
            Console.WriteLine($"Ratio table written to {docs}");
        }

        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
