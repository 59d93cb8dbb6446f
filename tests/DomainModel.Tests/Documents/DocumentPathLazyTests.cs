using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using DomainModel.Claims;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>
/// The reader writes a value's JSON path out only when it is asked for (a failure, a duplicate id's first place)
/// instead of concatenating it for every value read. On random nested documents of fields (plain names and names
/// with spaces, quotes, dots, brackets, non-ASCII letters) and arrays, every node's path is what the concatenation
/// gave, written here again as it was; two nodes are at the same place exactly when their paths are equal.
/// </summary>
public sealed class DocumentPathLazyTests
{
    private const string NameAlphabet = "ab_Z09 '.[]é\"\\";

    /// <summary>A step: a field name, or null for an array's item (its index the number).</summary>
    public static Arbitrary<(string? Name, int Index)[]> Chains() =>
        Arb.From(Gen.ListOf(Gen.OneOf(
                Gen.ListOf(Gen.Elements(NameAlphabet.ToCharArray())).Select(l => ((string?)new string([.. l.Take(6)]), 0)),
                Gen.Choose(0, 3).Select(i => ((string?)null, i))))
            .Select(l => l.Take(8).ToArray()));

    [Property(Arbitrary = new[] { typeof(DocumentPathLazyTests) }, MaxTest = 1000)]
    public void EveryNodesPath_IsTheConcatenation((string? Name, int Index)[] chain)
    {
        using var document = JsonDocument.Parse(Build(chain, 0).ToJsonString());
        var node = new DocumentNode(document.RootElement, "$");
        string expected = "$";
        var visited = new List<(DocumentNode Node, string Path)> { (node, expected) };
        foreach (var (name, index) in chain)
        {
            if (name is not null)
            {
                node = node[name];
                expected = IsPlain(name) ? expected + "." + name : expected + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
            else
            {
                node = node.Array()[index];
                expected = expected + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            }

            Assert.Equal(expected, node.Path);
            Assert.Equal(expected, node.Fail("x").Path);
            visited.Add((node, expected));
        }

        foreach (var (a, pathA) in visited)
        {
            foreach (var (b, pathB) in visited)
            {
                Assert.Equal(pathA == pathB, a.IsAt(b));
            }
        }
    }

    [Fact]
    public void NodesReadTwice_AreAtTheSamePlace()
    {
        using var document = JsonDocument.Parse("""{"claims": [{"id": "a", "q": {"x": 1}}, {"id": "b"}], "a b": [1]}""");
        var root = new DocumentNode(document.RootElement, "$");
        var first = root.Array("claims")[0];
        var again = root.Array("claims")[0];
        Assert.True(first.IsAt(again));
        Assert.True(first["q"].IsAt(again["q"]));
        Assert.False(first.IsAt(root.Array("claims")[1]));
        Assert.Equal("$.claims[0].q.x", again["q"]["x"].Path);
        Assert.Equal("$['a b'][0]", root.Array("a b")[0].Path);
    }

    private static JsonNode Build((string? Name, int Index)[] chain, int at)
    {
        if (at == chain.Length)
        {
            return JsonValue.Create(1);
        }

        var (name, index) = chain[at];
        if (name is not null)
        {
            return new JsonObject { [name] = Build(chain, at + 1) };
        }

        var array = new JsonArray();
        for (int i = 0; i <= index; i++)
        {
            array.Add(i == index ? Build(chain, at + 1) : JsonValue.Create(0));
        }

        return array;
    }

    private static bool IsPlain(string name) => name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
