using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using DomainModel;

namespace DomainModel.Benchmarks;

/// <summary>
/// Runs each benchmark once, in process, and checks every result: against the baseline of its category (the
/// library must compute what the raw operation computes), within a stated <see cref="RelativeToleranceAttribute"/>, or
/// against a value computed independently on raw types (<see cref="ExpectedResultAttribute"/>). Nothing is timed.
/// </summary>
internal static class DryRun
{
    public static int Run(IEnumerable<Type> types, TextWriter output)
    {
        int failures = 0;
        int passed = 0;
        foreach (var type in types)
        {
            object instance = Activator.CreateInstance(type)!;
            foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
            {
                setup.Invoke(instance, null);
            }

            var benchmarks = type.GetMethods()
                .Select(m => (Method: m, Attribute: m.GetCustomAttribute<BenchmarkAttribute>()))
                .Where(b => b.Attribute is not null)
                .GroupBy(b => b.Method.GetCustomAttribute<BenchmarkCategoryAttribute>()?.Categories.FirstOrDefault() ?? "");
            foreach (var category in benchmarks)
            {
                var baseline = category.SingleOrDefault(b => b.Attribute!.Baseline);
                if (baseline.Method is null)
                {
                    output.WriteLine($"FAIL {type.Name}/{category.Key}: no baseline");
                    failures++;
                    continue;
                }

                object? expected = Normalize(baseline.Method.Invoke(instance, null));
                foreach (var (method, _) in category.Where(b => !b.Attribute!.Baseline))
                {
                    object? actual = Normalize(method.Invoke(instance, null));
                    var expectedResult = method.GetCustomAttribute<ExpectedResultAttribute>();
                    var tolerance = method.GetCustomAttribute<RelativeToleranceAttribute>();
                    object? wanted = expected;
                    string against = baseline.Method.Name;
                    if (expectedResult is not null)
                    {
                        // An independently computed value, never "any result will do".
                        var source = type.GetMethod(expectedResult.Method, BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
                        if (source is null || source.GetCustomAttribute<BenchmarkAttribute>() is not null || string.IsNullOrWhiteSpace(expectedResult.Reason))
                        {
                            output.WriteLine($"FAIL {type.Name}.{method.Name}: [ExpectedResult] needs a reason and a public parameterless non-benchmark method '{expectedResult.Method}'");
                            failures++;
                            continue;
                        }

                        wanted = Normalize(source.Invoke(instance, null));
                        against = source.Name;
                    }

                    bool ok = tolerance is not null ? Close(wanted, actual, tolerance.Relative) : Same(wanted, actual);
                    output.WriteLine($"{(ok ? "ok  " : "FAIL")} {type.Name}.{method.Name} vs {against}: {Show(actual)}{(ok ? "" : $" != {Show(wanted)}")}");
                    if (ok)
                    {
                        passed++;
                    }
                    else
                    {
                        failures++;
                    }
                }
            }
        }

        output.WriteLine($"benchmark checks: {passed} ok, {failures} wrong");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Brings library values down to the raw values their baselines produce.</summary>
    private static object? Normalize(object? value) => value switch
    {
        Money m => m.Amount,
        IEnumerable<Money> list => list.Select(m => m.Amount).ToArray(),
        IEnumerable<TokenVolume> volumes => volumes.Select(v => v.Tokens).ToArray(),
        IEnumerable<long> longs => longs.Select(l => (decimal)l).ToArray(),
        IEnumerable<DomainModel.Claims.FigureMention> mentions => mentions.Select(m => m.Text).ToArray(),
        IConvertibleToBaseline c => c.ToBaseline(),
        _ => value,
    };

    private static bool Same(object? expected, object? actual) => (expected, actual) switch
    {
        (IEnumerable e, IEnumerable a) when expected is not string => e.Cast<object>().SequenceEqual(a.Cast<object>()),
        _ => Equals(expected, actual),
    };

    private static bool Close(object? expected, object? actual, decimal relative) =>
        expected is decimal e && actual is decimal a && Math.Abs(a - e) <= Math.Abs(e) * relative;

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IEnumerable e => "[" + string.Join(", ", e.Cast<object>().Take(8)) + "]",
        _ => value.ToString() ?? "",
    };
}

/// <summary>A benchmark result that knows how to present itself as its baseline's raw value.</summary>
internal interface IConvertibleToBaseline
{
    object ToBaseline();
}
