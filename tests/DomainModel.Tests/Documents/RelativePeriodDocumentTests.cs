using System;
using System.Linq;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>
/// Claims whose period words refer to another claim's period ("relativeTo"), and periods the document states with
/// their reason (<c>"period": {"from", "to", "reason"}</c>). The article and its figures are made up for tests.
/// </summary>
public sealed class RelativePeriodDocumentTests
{
    private const string Text =
        "MADE UP FOR TESTS. In the third quarter of 2025 revenue was $12.4 billion, compared with $10.1 billion a year earlier " +
        "and $11.9 billion in the previous quarter. The company closed the quarter with $3.2 billion in cash.";

    private static string Claim(string id, string quote, string figure, string period, string? relativeTo = null) =>
        $$"""{ "id": "{{id}}", "subject": "Made-up Co", "metric": "revenue", "quote": "{{quote}}", "figure": "{{figure}}", "measure": { "kind": "money", "currency": "USD" }, "period": {{period}}, {{(relativeTo is null ? string.Empty : $"\"relativeTo\": \"{relativeTo}\", ")}}"source": "made up" }""";

    private static string Document(params string[] claims) =>
        $$"""{ "schema": "claims-document/v1", "article": { "title": "t", "publisher": "p", "language": "en", "published": "2025-11-20", "text": "a.txt", "madeUp": true }, "claims": [{{string.Join(", ", claims)}}] }""";

    private static readonly string Q3 = Claim("revenue-q3", "revenue was $12.4 billion", "$12.4 billion", "\"the third quarter of 2025\"");

    [Fact]
    public void RelativeTo_ResolvesAgainstTheNamedClaimsPeriod_InAnyOrder()
    {
        // The year-earlier claim comes before the claim it refers to; the previous quarter after it.
        var document = ClaimsDocument.Parse(Document(
            Claim("revenue-q3-2024", "$10.1 billion a year earlier", "$10.1 billion", "\"a year earlier\"", "revenue-q3"),
            Q3,
            Claim("revenue-q2", "$11.9 billion in the previous quarter", "$11.9 billion", "\"the previous quarter\"", "revenue-q3")), Text);
        var earlier = document.Claims.Single(c => c.Id == "revenue-q3-2024");
        Assert.Equal(new DateRange(new DateOnly(2024, 7, 1), new DateOnly(2024, 9, 30)), earlier.Claim.Period.Span);
        Assert.Equal("revenue-q3", earlier.RelativeTo);
        Assert.Equal(new DateRange(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30)), earlier.Claim.Period.Reference!.Value.Span);
        Assert.Equal(new DateRange(new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)), document.Claims.Single(c => c.Id == "revenue-q2").Claim.Period.Span);
        Assert.Null(document.Claims.Single(c => c.Id == "revenue-q3").RelativeTo);

        string json = document.ToJson();
        Assert.Contains("\"relativeTo\": \"revenue-q3\"", json, StringComparison.Ordinal);
        var again = ClaimsDocument.Parse(json, Text);
        DocumentAssert.Same(document, again);
        Assert.Equal(json, again.ToJson());
    }

    [Fact]
    public void RelativeWords_WithoutRelativeTo_AreADocumentError_NamingTheClaim()
    {
        var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse(Document(
            Q3, Claim("revenue-q3-2024", "$10.1 billion a year earlier", "$10.1 billion", "\"a year earlier\"")), Text));
        Assert.Equal("$.claims[1].period", e.Path);
        Assert.Contains("'revenue-q3-2024'", e.Message, StringComparison.Ordinal);
        Assert.Contains("add \"relativeTo\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACycleOfRelativeTo_IsRefused()
    {
        var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse(Document(
            Claim("a", "$10.1 billion a year earlier", "$10.1 billion", "\"a year earlier\"", "b"),
            Claim("b", "$11.9 billion in the previous quarter", "$11.9 billion", "\"the previous quarter\"", "a")), Text));
        Assert.Equal("$.claims[0].relativeTo", e.Path);
        Assert.Contains("'a' → 'b' → 'a' refer to each other in a cycle", e.Message, StringComparison.Ordinal);
        var self = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse(Document(
            Claim("a", "$10.1 billion a year earlier", "$10.1 billion", "\"a year earlier\"", "a")), Text));
        Assert.Contains("cannot name its own period", self.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"a year earlier\"", "nowhere", "no claim of the document with a period has the id 'nowhere'")]
    [InlineData("\"the third quarter of 2025\"", "revenue-q3", "names its period by itself")]
    public void RelativeTo_ThatCannotBeUsed_IsRefused(string period, string relativeTo, string expected)
    {
        string quote = period.Contains("earlier", StringComparison.Ordinal) ? "$10.1 billion a year earlier" : "In the third quarter of 2025 revenue was $12.4 billion";
        string figure = period.Contains("earlier", StringComparison.Ordinal) ? "$10.1 billion" : "$12.4 billion";
        var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse(Document(Q3, Claim("x", quote, figure, period, relativeTo)), Text));
        Assert.Equal("$.claims[1].relativeTo", e.Path);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatedPeriod_LoadsWithItsReason_AndRoundTrips()
    {
        const string stated = """{ "from": "2025-07-01", "to": "2025-09-30", "reason": "the results release covers the quarter ended 30 September" }""";
        var document = ClaimsDocument.Parse(Document(Q3, Claim("cash", "closed the quarter with $3.2 billion in cash", "$3.2 billion", stated)), Text);
        var cash = document.Claims.Single(c => c.Id == "cash");
        Assert.True(cash.PeriodIsStated);
        Assert.Equal(new DateRange(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30)), cash.Claim.Period.Span);
        Assert.Equal("the results release covers the quarter ended 30 September", cash.Claim.Period.StatedReason);
        Assert.Equal(string.Empty, cash.Claim.Period.Text);
        string json = document.ToJson();
        var again = ClaimsDocument.Parse(json, Text);
        DocumentAssert.Same(document, again);
        Assert.Equal(json, again.ToJson());
        // A stated period can also be what another claim's words are relative to.
        var relative = ClaimsDocument.Parse(Document(
            Claim("cash", "closed the quarter with $3.2 billion in cash", "$3.2 billion", stated),
            Claim("earlier", "$10.1 billion a year earlier", "$10.1 billion", "\"a year earlier\"", "cash")), Text);
        Assert.Equal(new DateRange(new DateOnly(2024, 7, 1), new DateOnly(2024, 9, 30)), relative.Claims.Single(c => c.Id == "earlier").Claim.Period.Span);
    }

    [Theory]
    [InlineData("""{ "from": "2025-09-30", "to": "2025-07-01", "reason": "r" }""", "$.claims[1].period.to", "ends (2025-07-01) before it starts (2025-09-30)")]
    [InlineData("""{ "from": "2025-07-01", "to": "2025-09-30", "reason": " " }""", "$.claims[1].period.reason", "blank")]
    [InlineData("""{ "from": "2025-07-01", "to": "2025-09-30" }""", "$.claims[1].period", "reason")]
    public void ABadStatedPeriod_IsRefused(string stated, string path, string expected)
    {
        var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse(Document(Q3, Claim("cash", "closed the quarter with $3.2 billion in cash", "$3.2 billion", stated)), Text));
        Assert.Equal(path, e.Path);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
