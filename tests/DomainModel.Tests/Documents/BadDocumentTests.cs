using System;
using System.IO;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>Each kind of bad document fails with one exception type whose message names the JSON path and the problem; nothing is returned.</summary>
public sealed class BadDocumentTests
{
    private static readonly string Json = DocumentFiles.MadeUpJson;
    private static readonly string Text = DocumentFiles.MadeUpText;

    private static ClaimsDocumentException Fails(string json)
    {
        var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse(json, Text));
        Assert.False(ClaimsDocument.TryParse(json, Text, out var document, out var error));
        Assert.Null(document);
        Assert.Equal(e.Message, error.Message);
        Assert.Equal(e.Path + ": " + e.Problem, e.Message);
        return e;
    }

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, Json, StringComparison.Ordinal);
        int at = Json.IndexOf(from, StringComparison.Ordinal);
        return Json[..at] + to + Json[(at + from.Length)..];
    }

    [Fact]
    public void UnknownField_IsNamedWithItsPath()
    {
        var e = Fails(Replace("\"metric\": \"AI infrastructure budget\",", "\"metric\": \"AI infrastructure budget\", \"unit\": \"CNY\","));
        Assert.Equal("$.claims[0].unit", e.Path);
        Assert.StartsWith("\"unit\" is not a field of a claim; allowed are \"id\"", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCurrency_IsRefused()
    {
        var e = Fails(Replace("\"currency\": \"CNY\"", "\"currency\": \"XYZ\""));
        Assert.Equal("$.claims[0].measure.currency", e.Path);
        Assert.Equal("unknown currency 'XYZ': expected an ISO 4217 code such as \"USD\" or \"CNY\".", e.Problem);
    }

    [Fact]
    public void QuoteNotWordForWord_IsRefused()
    {
        var e = Fails(Replace("\"quote\": \"about 40 billion dollars\"", "\"quote\": \"about 40 billion US dollars\""));
        Assert.Equal("$.claims[1].quote", e.Path);
        Assert.Equal("the quote 'about 40 billion US dollars' is not found word for word in the article's text.", e.Problem);
    }

    [Fact]
    public void FigureOutsideItsQuote_IsRefused()
    {
        var e = Fails(Replace("\"figure\": \"40 billion\"", "\"figure\": \"41 billion\""));
        Assert.Equal("$.claims[1].figure", e.Path);
        Assert.Equal("the figure '41 billion' is not inside its quote 'about 40 billion dollars'.", e.Problem);
    }

    [Fact]
    public void RelationBetweenDifferentKinds_IsRefused()
    {
        var e = Fails(Replace("\"claims\": [\n        \"tokens-dec-bank\",\n        \"tokens-dec\"", "\"claims\": [\n        \"tokens-dec-bank\",\n        \"budget-2026\""));
        Assert.Equal("$.relations[12].claims", e.Path);
        Assert.Equal("a relation between claims of different kinds: 'tokens-dec-bank' measures TokenRate (tokens per 1 d), 'budget-2026' measures Money (CNY).", e.Problem);
    }

    [Fact]
    public void RelationTheLibraryCannotCheck_IsALoadError()
    {
        // An "increase" in CNY and USD: the units differ.
        var e = Fails(Replace("\"budget-2025\",\n        \"budget-2026\"", "\"budget-2025\",\n        \"budget-2026-usd\""));
        Assert.Equal("$.relations[0]", e.Path);
        Assert.StartsWith("the \"increase\" check of 'budget-2025' and 'budget-2026-usd' cannot be made: ", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void IdUsedTwice_IsRefused()
    {
        var e = Fails(Replace("\"id\": \"budget-2026-usd\"", "\"id\": \"budget-2026\""));
        Assert.Equal("$.claims[1].id", e.Path);
        Assert.Equal("the id 'budget-2026' is used twice (first at $.claims[0].id).", e.Problem);
    }

    [Fact]
    public void UnresolvedPeriod_IsRefused()
    {
        var e = Fails(Replace("\"period\": \"by March\"", "\"period\": \"due by\""));
        Assert.Equal("$.claims[10].period", e.Path);
        Assert.StartsWith("the period is not resolved: 'due by' is not a period phrase this library resolves", e.Problem, StringComparison.Ordinal);
        Assert.IsType<DomainModel.Claims.UnresolvedPeriodException>(e.InnerException);
    }

    [Fact]
    public void PeriodWordsNotInTheArticle_AreRefused()
    {
        var e = Fails(Replace("\"period\": \"by March\"", "\"period\": \"by April\""));
        Assert.Equal("$.claims[10].period", e.Path);
        Assert.Equal("the period words 'by April' do not appear in the article's text.", e.Problem);
    }

    [Fact]
    public void UnknownClaimInARelation_IsRefused()
    {
        var e = Fails(Replace("\"tokens-dec-bank\",\n        \"tokens-dec\"", "\"tokens-dec-bank\",\n        \"tokens-november\""));
        Assert.Equal("$.relations[12].claims[1]", e.Path);
        Assert.Equal("no claim of the document has the id 'tokens-november'.", e.Problem);
    }

    [Fact]
    public void WrongSchema_MissingField_AndBadJson_AreRefused()
    {
        var schema = Fails(Replace("claims-document/v1", "claims-document/v2"));
        Assert.Equal("$.schema", schema.Path);
        Assert.Equal("unknown schema version 'claims-document/v2'; this library reads \"claims-document/v1\".", schema.Problem);

        var missing = Fails(Replace("\"figure\": \"40 billion\",", string.Empty));
        Assert.Equal("$.claims[1]", missing.Path);
        Assert.Equal("a claim needs the field \"figure\".", missing.Problem);

        var json = Fails(Json[..^3]);
        Assert.StartsWith("the document is not valid JSON: ", json.Problem, StringComparison.Ordinal);

        var unknownType = Fails(Replace("\"type\": \"below\"", "\"type\": \"under\""));
        Assert.Equal("$.relations[3].type", unknownType.Path);
        Assert.StartsWith("'under' is not allowed here; expected one of \"increase\", \"decrease\"", unknownType.Problem, StringComparison.Ordinal);

        var duplicate = Fails(Replace("\"title\": \"ByteDance outspends its rivals (made up for tests)\",", "\"title\": \"a\", \"title\": \"b\","));
        Assert.Equal("$.article.title", duplicate.Path);
        Assert.Equal("the field \"title\" appears twice in an article.", duplicate.Problem);
    }

    [Fact]
    public void MissingTextFile_IsRefusedAtTheTextField()
    {
        string directory = Path.Combine(Path.GetTempPath(), "claims-doc-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string path = Path.Combine(directory, "doc.json");
            File.WriteAllText(path, Json);
            var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Load(path));
            Assert.Equal("$.article.text", e.Path);
            Assert.StartsWith("the article's text 'chips-race.en.txt' cannot be read: ", e.Problem, StringComparison.Ordinal);
            Assert.False(ClaimsDocument.TryLoad(path, out var document, out var error));
            Assert.Null(document);
            Assert.Equal(e.Message, error.Message);

            var missing = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Load(Path.Combine(directory, "none.json")));
            Assert.Equal("$", missing.Path);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ClaimsDocument.Parse(null!, Text));
        Assert.Throws<ArgumentNullException>(() => ClaimsDocument.Parse(Json, null!));
        Assert.Throws<ArgumentNullException>(() => ClaimsDocument.Load((string)null!));
        Assert.Throws<ArgumentNullException>(() => ClaimsDocument.Load((string)null!, Text));
        Assert.Throws<ArgumentNullException>(() => ClaimsDocument.Load((Stream)null!, "."));
        Assert.False(ClaimsDocument.TryParse(null, Text, out _, out var error));
        Assert.Equal("$", error.Path);
        Assert.False(ClaimsDocument.TryLoad(null, out _, out _));
        Assert.Throws<ArgumentNullException>(() => new ClaimsDocumentException(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => CrossDocumentChecks.Check(null!));
        Assert.Throws<ArgumentNullException>(() => CrossDocumentChecks.Check([DocumentFiles.Seed, null!]));
        Assert.Throws<ArgumentNullException>(() => DocumentFiles.Seed.Claim(null!));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => DocumentFiles.Seed.Claim("nope"));
    }
}
