using System;
using System.Linq;
using System.Text.Json;
using DomainModel.Claims;
using DomainModel.Exchange;
using DomainModel.Serialization;
using DomainModel.Tests.Documents;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.Hardening;

/// <summary>
/// The reproducers of issue 23 about JSON (items 1, 6, 7, 8 and 9), each as it was quoted. Each failed before the one
/// JSON base: TryParse threw InvalidOperationException or ArgumentException, <c>Estimate&lt;Money&gt;</c> read "{}" as
/// a default, <c>Claim&lt;T&gt;</c> threw NotSupportedException with default options, a fiscal claim did not read back,
/// 1e-30 tokens read as 0, and a Share's refusal leaked as ArgumentOutOfRangeException.
/// </summary>
public sealed class JsonRegressionTests
{
    private static readonly JsonSerializerOptions Resolver = new() { TypeInfoResolver = ClaimsJsonResolver.Default };

    // ---- Item 1: ClaimsDocument.TryParse never throws; Parse throws only ClaimsDocumentException, with a line and column.

    [Fact]
    public void TryParse_LoneSurrogateEscape_InEveryStringOfTheSeed_IsFalseWithALineAndColumn()
    {
        string json = DocumentFiles.SeedJson;
        int strings = 0;
        bool inString = false;
        for (int at = json.IndexOf('"', StringComparison.Ordinal); at >= 0; at = json.IndexOf('"', at + 1))
        {
            if (json[at - 1] == '\\')
            {
                continue;
            }

            inString = !inString;

            // The opening quote of every string and property name; every 7th is mutated, to keep the run short.
            if (!inString || strings++ % 7 != 0)
            {
                continue;
            }

            string mutated = json.Insert(at + 1, "\\uDAAA");
            Assert.False(ClaimsDocument.TryParse(mutated, DocumentFiles.SeedText, out var document, out var error));
            Assert.Null(document);
            Assert.Contains("surrogate", error!.Problem, StringComparison.Ordinal);
            Assert.Equal(LineOf(json, at), error.Line);
            Assert.Equal(ColumnOf(json, at), error.Column);
            Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse(mutated, DocumentFiles.SeedText));
        }

        Assert.True(strings > 100);
    }

    [Fact]
    public void TryParse_InvalidUtf16_IsFalse_NotArgumentException()
    {
        Assert.False(ClaimsDocument.TryParse("\uD800", "x", out _, out var error));
        Assert.Equal("$", error!.Path);
        Assert.Equal(1, error.Line);
        Assert.Equal(1, error.Column);
        Assert.Contains("U+D800", error.Problem, StringComparison.Ordinal);
        var parse = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse("{\n  \"schema\": \"\uDC00\"}", "x"));
        Assert.Equal(2, parse.Line);
        Assert.Equal(14, parse.Column);
    }

    [Fact]
    public void TryParse_PairedSurrogateEscapes_AreRead()
    {
        // A correct pair (U+1F600) in the title is text like any other.
        string json = DocumentFiles.SeedJson.Replace("\"title\": \"", "\"title\": \"\\uD83D\\uDE00 ", StringComparison.Ordinal);
        Assert.NotEqual(DocumentFiles.SeedJson, json);
        Assert.True(ClaimsDocument.TryParse(json, DocumentFiles.SeedText, out var document, out _));
        Assert.StartsWith("\U0001F600 ", document!.Article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SyntaxError_IsAClaimsDocumentException_WithLineAndColumn()
    {
        var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse("{\n  \"schema\": ,\n}", "x"));
        Assert.Equal(2, e.Line);
        Assert.Equal(13, e.Column);
        Assert.Equal(1, e.LineNumber);
        Assert.StartsWith("$: the document is not valid JSON", e.Message, StringComparison.Ordinal);
    }

    // ---- Item 6: the same JSON with default options and with the resolver; nothing read as a default in silence.

    [Fact]
    public void EstimateOfMoney_FromAnEmptyObject_IsRefused_NotDefault()
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Estimate<Money>>("{}"));
        Assert.Contains("needs the property \"stated\"", e.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Estimate<Money>>("{}", Resolver));
    }

    [Fact]
    public void EstimateAndClaim_WithDefaultOptions_AreTheResolversJson()
    {
        var estimate = Estimate.Rounded(new Money(160_000_000_000m, Currency.CNY), 1_000_000_000m);
        Assert.Equal(JsonSerializer.Serialize(estimate, Resolver), JsonSerializer.Serialize(estimate));
        Assert.Equal(estimate, JsonSerializer.Deserialize<Estimate<Money>>(JsonSerializer.Serialize(estimate)));
        foreach (var claim in DocumentFiles.Seed.Claims.Select(c => c.Claim).OfType<Claim<Money>>())
        {
            string json = JsonSerializer.Serialize(claim);
            Assert.Equal(JsonSerializer.Serialize(claim, Resolver), json);
            Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<Claim<Money>>(json)));
        }
    }

    [Fact]
    public void EstimateOfAnotherQuantity_IsRefusedClearly()
    {
        var e = Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(Estimate.Exactly(new OtherQuantity(1m))));
        Assert.Contains("OtherQuantity", e.Message, StringComparison.Ordinal);
    }

    // ---- Item 7: a claim resolved with a fiscal calendar reads back.

    [Fact]
    public void ClaimResolvedWithAFiscalCalendar_ReadsBack_WhenTheCalendarIsRegistered()
    {
        var acme = ClaimsDocument.Load(RepositoryPaths.Combine("docs", "documents", "acme.en.claims.json"));
        var claim = (Claim<Money>)acme.Claim("revenue-fy2026").Claim;
        foreach (var options in new[]
        {
            new JsonSerializerOptions().AddDomainModel(CurrencyCatalog.Iso4217, acme.Calendars),
            new JsonSerializerOptions { TypeInfoResolver = ClaimsJsonResolver.Default }.AddDomainModel(CurrencyCatalog.Iso4217, acme.Calendars),
        })
        {
            string json = JsonSerializer.Serialize(claim, options);
            var back = JsonSerializer.Deserialize<Claim<Money>>(json, options)!;
            Assert.Equal(claim.Period, back.Period);
            Assert.Equal(claim.Estimate, back.Estimate);
            Assert.Equal(json, JsonSerializer.Serialize(back, options));
        }

        // A calendar no built-in one shares (made up: years start on 15 February): without it the claim is refused,
        // naming the phrase and the registration, never read as another period.
        var odd = FiscalCalendar.MonthBased("Odd Co", 2, 15, FiscalYearNaming.ByEndYear, "made up");
        var period = ResolvedPeriod.Parse("fiscal 2026", new DateOnly(2026, 5, 4), odd);
        var oddClaim = new Claim<Money>("odd", "Odd Co", claim.Quote, claim.Source, period, claim.Estimate);
        string oddJson = JsonSerializer.Serialize(oddClaim);
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Claim<Money>>(oddJson));
        Assert.Contains("fiscal 2026", e.Message, StringComparison.Ordinal);
        Assert.Contains("AddDomainModel", e.Message, StringComparison.Ordinal);
        Assert.Contains("Path: $.period", e.Message, StringComparison.Ordinal);
        var registered = new JsonSerializerOptions().AddDomainModel(CurrencyCatalog.Iso4217, [odd]);
        Assert.Equal(period, JsonSerializer.Deserialize<Claim<Money>>(oddJson, registered)!.Period);
    }

    // ---- Item 8: more digits than decimal holds are refused, never rounded.

    [Theory]
    [InlineData(typeof(TokenVolume), """{"tokens":1e-30,"unit":"Token"}""", "$.tokens")]
    [InlineData(typeof(Share), """{"numerator":1,"denominator":0.00000000000000000000000000001}""", "$.denominator")]
    [InlineData(typeof(UnitCount), """{"count":1.00000000000000000000000000001,"kind":"unit"}""", "$.count")]
    [InlineData(typeof(ExchangeRate), """{"base":"USD","quote":"CNY","value":7.00000000000000000000000000001,"validity":"2025-12-05","kind":"Spot","source":"ECB"}""", "$.value")]
    [InlineData(typeof(Estimate), """{"kind":"Exact","stated":1,"statedHigh":1,"lower":1,"lowerInclusive":true,"upper":79228162514264337593543950335.29,"upperInclusive":true}""", "$.upper")]
    [InlineData(typeof(Estimate), """{"kind":"Exact","stated":1,"statedHigh":1,"lower":"0.00000000000000000000000000001","lowerInclusive":true,"upper":1,"upperInclusive":true}""", "$.lower")]
    public void TooManyDigits_AreRefused_WithThePath(Type type, string json, string path)
    {
        foreach (var options in new[] { new JsonSerializerOptions(), Resolver })
        {
            var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, type, options));
            Assert.Contains("more significant digits than decimal holds", e.Message, StringComparison.Ordinal);
            Assert.Contains($"Path: {path} |", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Tokens_1eMinus30_AreNotZero()
    {
        // The reproducer: this read as 0 tokens.
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<TokenVolume>("{\"tokens\":1e-30,\"unit\":\"Token\"}"));
        Assert.Equal(TokenVolume.FromTokens(1000m), JsonSerializer.Deserialize<TokenVolume>("{\"tokens\":1e3,\"unit\":\"token\"}"));
    }

    // ---- Item 9: a constructor's refusal surfaces as JsonException with a path.

    [Fact]
    public void ShareRefusal_InsideAnEstimate_IsAJsonException_WithThePath()
    {
        const string json = "{\"stated\":{\"numerator\":67,\"denominator\":0.0000000000000000000000000001}";
        foreach (var options in new[] { new JsonSerializerOptions(), Resolver })
        {
            var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Estimate<Share>>(json + "}", options));
            Assert.Contains("Not a valid Share", e.Message, StringComparison.Ordinal);
            Assert.Contains("Path: $.stated", e.Message, StringComparison.Ordinal);

            // The reproducer as quoted (its closing brace missing) is refused as JSON too, never with ArgumentOutOfRangeException.
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Estimate<Share>>(json, options));
        }
    }

    private static long LineOf(string json, int at) => json.AsSpan(0, at).Count('\n') + 1;

    private static long ColumnOf(string json, int at) => at - json.LastIndexOf('\n', at);

    /// <summary>A quantity that is not the library's (made up for the test).</summary>
    private readonly record struct OtherQuantity(decimal Magnitude) : IEstimable<OtherQuantity>
    {
        public decimal Granularity => 1m;

        public string UnitText => "other";

        public OtherQuantity WithMagnitude(decimal magnitude) => new(magnitude);

        public void CheckCommensurable(OtherQuantity other, string operation)
        {
        }
    }
}
