using System;
using System.Collections.Generic;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace DomainModel.Tests.Api;

/// <summary>
/// The layering, read from what the compiled code uses, method bodies included (<see cref="TypeReferences"/> reads
/// each method's IL, its locals, attributes and signatures): the values assembly (DomainModel) cannot name the claims
/// layer (DomainModel.Claims); within and across the two, the namespaces form layers with no cycle.
/// </summary>
public sealed class NamespaceDependencyTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, HashSet<string>> Graph =
        TypeReferences.NamespaceGraph([typeof(Money).Assembly, typeof(ClaimsDocument).Assembly], "DomainModel");

    [Fact]
    public void Namespaces_HaveNoCycle_MethodBodiesIncluded()
    {
        foreach (var (from, targets) in Graph.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{from} -> {string.Join(", ", targets.Order(StringComparer.Ordinal))}");
        }

        foreach (var use in TypeReferences.Uses(typeof(Money).Assembly).Concat(TypeReferences.Uses(typeof(ClaimsDocument).Assembly)).Distinct()
            .Where(u => u.User.Namespace != u.Used.Namespace && u.Used.Namespace?.StartsWith("DomainModel", StringComparison.Ordinal) == true)
            .OrderBy(u => u.User.FullName, StringComparer.Ordinal))
        {
            output.WriteLine($"  {use.User.FullName} uses {use.Used.FullName}");
        }

        var cycle = TypeReferences.FindCycle(Graph);
        Assert.True(cycle is null, "Namespace cycle: " + (cycle is null ? string.Empty : string.Join(" -> ", cycle)));
    }

    [Fact]
    public void ValuesAssembly_NeverReferencesTheClaimsLayer()
    {
        var values = typeof(Money).Assembly;
        Assert.DoesNotContain(values.GetReferencedAssemblies(), a => a.Name == typeof(ClaimsDocument).Assembly.GetName().Name);
        var offending = TypeReferences.Uses(values)
            .Where(use => use.Used.Assembly == typeof(ClaimsDocument).Assembly)
            .Select(use => $"{use.User.FullName} uses {use.Used.FullName}")
            .ToList();
        Assert.Empty(offending);
    }

    [Fact]
    public void Layers_AreTheDocumentedOnes()
    {
        // Values: DomainModel.Utility (internal) ← DomainModel.Text ← DomainModel ← DomainModel.Exchange ← DomainModel.Serialization.
        Assert.Empty(Graph.GetValueOrDefault("DomainModel.Utility") ?? []);
        Assert.Subset(new HashSet<string> { "DomainModel.Utility" }, Graph["DomainModel.Text"]);
        Assert.Subset(new HashSet<string> { "DomainModel.Utility", "DomainModel.Text" }, Graph["DomainModel"]);
        Assert.DoesNotContain(Graph, p => p.Key != "DomainModel.Claims" && p.Value.Contains("DomainModel.Claims"));
        Assert.DoesNotContain(Graph, p => p.Key is not ("DomainModel.Claims" or "DomainModel.Serialization") && p.Value.Contains("DomainModel.Serialization"));
        Assert.Superset(new HashSet<string> { "DomainModel", "DomainModel.Exchange", "DomainModel.Text" }, Graph["DomainModel.Claims"]);
    }

    [Fact]
    public void Reader_SeesAUseInAMethodBodyOnly()
    {
        var uses = TypeReferences.Uses([typeof(BodyOnlyFixture)]).Select(u => u.Used).ToHashSet();
        Assert.Contains(typeof(System.Text.StringBuilder), uses);
        Assert.Contains(typeof(System.Globalization.CultureInfo), uses);
        Assert.Contains(typeof(Uri), uses);
    }

    [Fact]
    public void Rule_SeesACycleInAFixture()
    {
        var graph = new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"] };
        Assert.Equal(["A", "B", "C", "A"], TypeReferences.FindCycle(graph));
        Assert.Null(TypeReferences.FindCycle(new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = [] }));
    }

    /// <summary>Uses three types in its body only: a signature reader sees none of them.</summary>
    private static class BodyOnlyFixture
    {
        public static int Length()
        {
            var builder = new System.Text.StringBuilder();
            builder.Append(System.Globalization.CultureInfo.InvariantCulture.Name);
            return builder.Length + typeof(Uri).Name.Length;
        }
    }
}
