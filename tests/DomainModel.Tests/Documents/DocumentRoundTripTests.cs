using System.IO;
using System.Linq;
using System.Text;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>A document written back as JSON loads to the same claims and relations, and writes the same JSON again.</summary>
public sealed class DocumentRoundTripTests
{
    public static TheoryData<string> Documents => new() { DocumentFiles.SeedPath, DocumentFiles.MadeUpPath };

    [Theory]
    [MemberData(nameof(Documents))]
    public void ToJson_LoadsToTheSameClaims(string path)
    {
        var original = ClaimsDocument.Load(path);
        string json = original.ToJson();
        var again = ClaimsDocument.Parse(json, original.Article.Text);
        DocumentAssert.Same(original, again);
        Assert.Equal(json, again.ToJson());
    }

    [Fact]
    public void Load_FromAStream_ReadsTheTextFromTheBaseDirectory()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(DocumentFiles.MadeUpJson));
        var document = ClaimsDocument.Load(stream, Path.GetDirectoryName(DocumentFiles.MadeUpPath)!);
        DocumentAssert.Same(DocumentFiles.MadeUp, document);
        var withText = ClaimsDocument.Load(DocumentFiles.MadeUpPath, DocumentFiles.MadeUpText);
        DocumentAssert.Same(DocumentFiles.MadeUp, withText);
        Assert.Equal("ByteDance outspends its rivals (made up for tests) (Made-up Daily, made up): 18 claims, 13 relations", document.ToString());
    }
}

/// <summary>Compares two loaded documents claim by claim and check by check.</summary>
internal static class DocumentAssert
{
    internal static void Same(ClaimsDocument expected, ClaimsDocument actual)
    {
        Assert.Equal(expected.Article.Title, actual.Article.Title);
        Assert.Equal(expected.Article.AsOf, actual.Article.AsOf);
        Assert.Equal(expected.Claims.Count, actual.Claims.Count);
        foreach (var (e, a) in expected.Claims.Zip(actual.Claims))
        {
            Assert.Equal(e.Id, a.Id);
            Assert.Equal(e.Subject, a.Subject);
            Assert.Equal(e.Metric, a.Metric);
            Assert.Equal(e.Claim.Quote, a.Claim.Quote);
            Assert.Equal(e.Claim.Interval, a.Claim.Interval);
            Assert.Equal(e.Claim.UnitText, a.Claim.UnitText);
            Assert.Equal(e.Claim.Period, a.Claim.Period);
            Assert.Equal(e.Claim.Source.ToString(), a.Claim.Source.ToString());
            Assert.Equal(e.Claim.QuantityType, a.Claim.QuantityType);
        }

        Assert.Equal(expected.Relations.Select(r => r.ToString()), actual.Relations.Select(r => r.ToString()));
        Assert.Equal(expected.Check().Select(c => c.ToString()), actual.Check().Select(c => c.ToString()));
    }
}
