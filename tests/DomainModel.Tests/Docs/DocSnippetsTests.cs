using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.Docs;

/// <summary>The guides' code blocks are the code the guide tests run: a block that drifts from its region fails.</summary>
public sealed class DocSnippetsTests
{
    public static TheoryData<string> Guides() => new(DocSnippets.Guides);

    [Theory]
    [MemberData(nameof(Guides))]
    public void Guide_CodeBlocks_AreTheTestedSnippets(string guide)
    {
        string path = RepositoryPaths.Combine("docs", guide);
        string actual = File.ReadAllText(path).ReplaceLineEndings("\n");
        var problems = new List<string>();
        string expected = DocSnippets.Render(actual, DocSnippets.Regions(), problems, new HashSet<string>());
        Assert.True(problems.Count == 0, $"docs/{guide}:\n" + string.Join("\n", problems));
        if (actual != expected && Environment.GetEnvironmentVariable("DOMAINMODEL_REGENERATE") == "1")
        {
            File.WriteAllText(path, expected);
            Assert.Fail($"docs/{guide} was rewritten from the snippet regions; run the tests again.");
        }

        Assert.True(
            actual == expected,
            $"docs/{guide} has code blocks that differ from their regions in tests/DomainModel.Tests/Docs/*.cs. " +
            "Edit the region (the test runs it), then run the tests with DOMAINMODEL_REGENERATE=1 to rewrite the guide.");
    }

    [Fact]
    public void EverySnippetRegion_IsShownInAGuide()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (string guide in DocSnippets.Guides)
        {
            DocSnippets.Render(File.ReadAllText(RepositoryPaths.Combine("docs", guide)), DocSnippets.Regions(), new List<string>(), used);
        }

        Assert.Empty(DocSnippets.Regions().Keys.Except(used).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Render_ReplacesTheBlockAfterAMarker_AndReportsBlocksWithoutOne()
    {
        var regions = new Dictionary<string, string> { ["a"] = "int x = 1;\nint y = 2;" };
        var problems = new List<string>();
        string doc = "# T\n<!-- snippet: a -->\n```csharp\nold\n```\ntext\n```csharp\nloose\n```\n";
        string rendered = DocSnippets.Render(doc, regions, problems, new HashSet<string>());
        Assert.Equal("# T\n<!-- snippet: a -->\n```csharp\nint x = 1;\nint y = 2;\n```\ntext\n```csharp\nloose\n```\n", rendered);
        Assert.Single(problems);
        Assert.Contains("line 7", problems[0], StringComparison.Ordinal);
    }
}
