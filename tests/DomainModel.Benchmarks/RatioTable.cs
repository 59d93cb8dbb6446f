using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;

namespace DomainModel.Benchmarks;

/// <summary>Writes the results as ratios to the baseline measured in the same run, with the machine they ran on.</summary>
internal static class RatioTable
{
    private const string Start = "<!-- results: written by the benchmark run, do not edit by hand -->";
    private const string End = "<!-- end of results -->";

    public static void Write(IReadOnlyList<Summary> summaries, string path)
    {
        var sb = new StringBuilder();
        var first = summaries[0];
        sb.AppendLine(Start);
        sb.AppendLine("Written by `dotnet run -c Release --project tests/DomainModel.Benchmarks -- --docs docs/performance.md`");
        sb.AppendLine("(BenchmarkDotNet short job run in process: 3 warm-up and 10 measured iterations of 150 ms, memory diagnoser). Each ratio is the");
        sb.AppendLine("operation's mean time divided by the mean time of its baseline, the same work on the raw .NET type, measured in");
        sb.AppendLine("the same run. Absolute times depend on the machine; the ratios are what to compare.");
        sb.AppendLine();
        sb.AppendLine("Machine:");
        sb.AppendLine();
        sb.AppendLine("```");
        foreach (string line in first.HostEnvironmentInfo.ToFormattedString())
        {
            sb.AppendLine(line);
        }

        sb.AppendLine("```");
        sb.AppendLine();
        sb.AppendLine("| benchmark class | category | method | mean (ns) | ratio to baseline | allocated (B/op) |");
        sb.AppendLine("| --- | --- | --- | ---: | ---: | ---: |");
        foreach (var summary in summaries)
        {
            var reports = summary.Reports.Where(r => r.ResultStatistics is not null).ToArray();
            foreach (var group in reports.GroupBy(r => (r.BenchmarkCase.Descriptor.Type.Name, Category: string.Join(",", r.BenchmarkCase.Descriptor.Categories))))
            {
                var baseline = group.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline);
                double? baseMean = baseline?.ResultStatistics!.Mean;
                foreach (var report in group.OrderBy(r => r.BenchmarkCase.Descriptor.Baseline ? 0 : 1))
                {
                    double mean = report.ResultStatistics!.Mean;
                    string ratio = baseMean is double b && b > 0 ? (mean / b).ToString("0.00", CultureInfo.InvariantCulture) : "–";
                    long? allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
                    sb.Append(CultureInfo.InvariantCulture, $"| {group.Key.Name} | {group.Key.Category} | {report.BenchmarkCase.Descriptor.WorkloadMethod.Name}{(report.BenchmarkCase.Descriptor.Baseline ? " (baseline)" : "")} ")
                      .Append(CultureInfo.InvariantCulture, $"| {mean.ToString("0.0", CultureInfo.InvariantCulture)} | {ratio} | {allocated?.ToString(CultureInfo.InvariantCulture) ?? "?"} |")
                      .AppendLine();
                }
            }
        }

        sb.AppendLine(End);

        // Only the marked region is replaced, so the analysis around it stays.
        string existing = File.Exists(path) ? File.ReadAllText(path) : "# Performance\n\n" + Start + "\n" + End + "\n";
        int from = existing.IndexOf(Start, StringComparison.Ordinal);
        int to = existing.IndexOf(End, StringComparison.Ordinal);
        string updated = from >= 0 && to > from
            ? existing[..from] + sb.ToString().TrimEnd('\n') + existing[(to + End.Length)..]
            : existing.TrimEnd('\n') + "\n\n" + sb;
        File.WriteAllText(path, updated);
    }
}
