using System;
using System.Linq;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>Claims documents state volumes over a span ("tokensOver") and rates per any unit of time, and relate the two.</summary>
public sealed class VolumeDocumentTests
{
    private const string Text =
        "Made up for the test. In the week of March 16-22, 2026, China alone consumed 7.359 trillion tokens, about 70% of " +
        "the 1.5 trillion tokens used worldwide each day. Weekly use had been 5 trillion tokens a week in January 2026. " +
        "A cloud provider served 2 trillion tokens a month in March 2026.";

    private const string Relations = """
        { "id": "china-share", "type": "aboutFraction", "claims": ["china-week", "world-daily"], "quote": "about 70%", "fraction": 0.7, "tolerance": 0.05 },
        { "id": "china-growth", "type": "increase", "claims": ["china-january", "china-week"] },
        { "id": "cloud-part", "type": "partOf", "claims": ["cloud-monthly", "china-week"], "monthLength": "thirtyDays" }
        """;

    private static string Json(string relations) => $$"""
        {
          "schema": "claims-document/v1",
          "article": { "title": "t", "publisher": "p", "language": "en", "asOf": { "date": "2026-03-31", "reason": "made up" }, "text": "x.txt", "madeUp": true },
          "claims": [
            { "id": "china-week", "subject": "China", "metric": "tokens consumed", "quote": "China alone consumed 7.359 trillion tokens", "figure": "7.359 trillion", "measure": { "kind": "tokensOver" }, "period": "the week of March 16-22, 2026", "source": "made up" },
            { "id": "world-daily", "subject": "World", "metric": "tokens a day", "quote": "the 1.5 trillion tokens used worldwide each day", "figure": "1.5 trillion", "measure": { "kind": "tokens", "per": "day" }, "period": "the week of March 16-22, 2026", "source": "made up" },
            { "id": "china-january", "subject": "China", "metric": "tokens a week", "quote": "5 trillion tokens a week", "figure": "5 trillion", "measure": { "kind": "tokens", "per": "week" }, "period": "January 2026", "source": "made up" },
            { "id": "cloud-monthly", "subject": "A cloud provider", "metric": "tokens a month", "quote": "2 trillion tokens a month", "figure": "2 trillion", "measure": { "kind": "tokens", "per": "month" }, "period": "March 2026", "source": "made up" }
          ],
          "relations": [ {{relations}} ]
        }
        """;

    [Fact]
    public void VolumeOverTheWeek_AndRatesPerDayWeekMonth_AreRelated()
    {
        var document = ClaimsDocument.Parse(Json(Relations), Text);
        var china = Assert.IsType<Claim<TokenVolumeOver>>(document.Claim("china-week").Claim);
        Assert.Equal(new DateRange(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 22)), china.Estimate.Stated.Span);
        Assert.Equal(7_358_500_000_000m, china.Interval.Lower);
        Assert.Equal(UnitsNet.Duration.FromWeeks(1).Unit, ((Claim<TokenRate>)document.Claim("china-january").Claim).Estimate.Stated.Period.Unit);

        var checks = document.Check().ToDictionary(c => c.Relation);

        // 1.45–1.55 T a day over 7 days is 10.15–10.85 T: 7.3585 / 10.85 = 67.8 % to 7.3595 / 10.15 = 72.5 %, within 70 ± 5 %.
        Assert.Equal(Verdict.Agrees, checks["about 70 %"].Verdict);

        // 4.5–5.5 T a week, over the 7 days of the later week, against 7.3585–7.3595 T: an increase.
        Assert.Equal(Verdict.Agrees, checks["increase"].Verdict);
        Assert.InRange(checks["increase"].ComputedInterval.Lower!.Value, 1.3379m, 1.3380m); // 7.3585 / 5.5

        // 1.5–2.5 T per 30-day month over 7 days is 0.35–0.583 T: part of 7.359 T.
        Assert.Equal(Verdict.Agrees, checks["part of"].Verdict);
        Assert.Contains("over 2026-03-16..2026-03-22 (7 days)", checks["part of"].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthlyRateAgainstAVolume_NeedsAMonthLength()
    {
        var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse(Json(Relations.Replace(", \"monthLength\": \"thirtyDays\"", string.Empty, StringComparison.Ordinal)), Text));
        Assert.Equal("$.relations[2]", e.Path);
        Assert.StartsWith("a relation between a volume over a span and a monthly rate needs \"monthLength\"", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPeriodOfARate_IsRefused_WithTheAllowedWords()
    {
        var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse(Json(Relations).Replace("\"per\": \"week\"", "\"per\": \"fortnight\"", StringComparison.Ordinal), Text));
        Assert.Equal("$.claims[2].measure.per", e.Path);
        Assert.Contains("\"week\"", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_KeepsTheMeasuresAndTheMonthLength()
    {
        var document = ClaimsDocument.Parse(Json(Relations), Text);
        string json = document.ToJson();
        Assert.Contains("\"kind\": \"tokensOver\"", json, StringComparison.Ordinal);
        Assert.Contains("\"monthLength\": \"thirtyDays\"", json, StringComparison.Ordinal);
        var again = ClaimsDocument.Parse(json, Text);
        Assert.Equal(document.Check().Select(c => c.ToString()), again.Check().Select(c => c.ToString()));
    }
}
