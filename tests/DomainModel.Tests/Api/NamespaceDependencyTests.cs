using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DomainModel.Monetary;
using Xunit;
using Xunit.Abstractions;

namespace DomainModel.Tests.Api;

/// <summary>
/// The library's namespaces form layers with no cycle: Documents → Claims → Exchange/Quantities/Monetary/Periods →
/// Currencies/Text/Estimates → Utility. Dependencies are read by reflection from signatures (base types, interfaces,
/// fields, properties, parameters and return types, generic arguments) of every type, public or not; no IL is read.
/// </summary>
public sealed class NamespaceDependencyTests(ITestOutputHelper output)
{
    private const string Root = "DomainModel.";
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<string, HashSet<string>> Graph = BuildGraph();

    [Fact]
    public void Namespaces_HaveNoCycle()
    {
        foreach (var (from, targets) in Graph.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{from} -> {string.Join(", ", targets.Order(StringComparer.Ordinal))}");
        }

        var cycle = FindCycle();
        Assert.True(cycle is null, "Namespace cycle: " + (cycle is null ? string.Empty : string.Join(" -> ", cycle)));
    }

    [Fact]
    public void Claims_DependOnTheModel_AndNothingDependsOnClaims()
    {
        Assert.Superset(new HashSet<string> { "Exchange", "Quantities", "Monetary", "Periods", "Estimates" }, Graph["Claims"]);
        Assert.DoesNotContain(Graph, p => p.Key is not ("Claims" or "Documents" or "Serialization") && p.Value.Contains("Claims"));
        Assert.Empty(Graph.GetValueOrDefault("Utility") ?? []);
        Assert.DoesNotContain("Monetary", Graph.GetValueOrDefault("Estimates") ?? []);
        Assert.DoesNotContain("Exchange", Graph.GetValueOrDefault("Monetary") ?? []);
    }

    [Fact]
    public void Documents_SitAboveClaims_AndNothingDependsOnDocuments()
    {
        Assert.All(new[] { "Claims", "Scanning", "Fiscal" }, area => Assert.Contains(area, Graph["Documents"]));
        Assert.DoesNotContain(Graph, p => p.Key != "Documents" && p.Value.Contains("Documents"));
    }

    [Fact]
    public void Rule_SeesACycleInAFixture()
    {
        var graph = new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"] };
        Assert.NotNull(FindCycle(graph));
        Assert.Null(FindCycle(new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = [] }));
    }

    private static List<string>? FindCycle() => FindCycle(Graph);

    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return [.. path.SkipWhile(n => n != next), next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        foreach (var node in graph.Keys)
        {
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private static Dictionary<string, HashSet<string>> BuildGraph()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in typeof(Money).Assembly.GetTypes())
        {
            string? from = Area(type);
            if (from is null)
            {
                continue;
            }

            var targets = graph.TryGetValue(from, out var set) ? set : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in Referenced(type).SelectMany(Expand))
            {
                if (Area(used) is { } to && to != from)
                {
                    targets.Add(to);
                }
            }
        }

        return graph;
    }

    private static IEnumerable<Type> Referenced(Type type)
    {
        if (type.BaseType is { } b)
        {
            yield return b;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var f in type.GetFields(All))
        {
            yield return f.FieldType;
        }

        foreach (var p in type.GetProperties(All))
        {
            yield return p.PropertyType;
        }

        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi)
            {
                yield return mi.ReturnType;
            }

            foreach (var p in m.GetParameters())
            {
                yield return p.ParameterType;
            }
        }
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Expand(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        yield return type;
        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().Where(a => !a.IsGenericParameter).SelectMany(Expand))
            {
                yield return t;
            }
        }
    }

    /// <summary>The library namespace below DomainModel a type belongs to ("Claims"), or null outside the library.</summary>
    private static string? Area(Type type)
    {
        string? ns = type.Namespace;
        if (ns is null || !ns.StartsWith(Root, StringComparison.Ordinal) || type.Assembly != typeof(Money).Assembly)
        {
            return null;
        }

        string rest = ns[Root.Length..];
        int dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }
}
