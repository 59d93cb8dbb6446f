using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DomainModel.Claims;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>Documents built from random valid claims load to those claims; mutated documents load fully or throw the documented exception, never anything else.</summary>
[Properties(MaxTest = 100)]
public sealed class DocumentPropertyTests
{
    private static readonly string[] Currencies = ["CNY", "USD", "EUR", "JPY"];

    /// <summary>
    /// A made-up English article of one sentence per figure, and its document. Every third claim from the second on
    /// is "a year earlier" than the claim before it ("relativeTo"); every third from the third states its period with a
    /// reason (March to May of its year). The expected first day of each period is computed here from the years.
    /// </summary>
    private static (string Json, string Text, List<(string Id, decimal Value, decimal Unit, string Currency, DateOnly Start)> Claims) Build(int[] figures)
    {
        var text = new StringBuilder("MADE UP FOR TESTS.");
        var claims = new List<(string, decimal, decimal, string, DateOnly)>();
        var json = new JsonArray();
        for (int i = 0; i < figures.Length; i++)
        {
            int n = Math.Abs(figures[i] % 999) + 1;
            string currency = Currencies[i % Currencies.Length];
            int year = 2020 + (i % 6);
            string id = "c" + i.ToString(CultureInfo.InvariantCulture);
            string figure = n.ToString(CultureInfo.InvariantCulture) + " billion";
            string quote = $"item {id} cost {figure} {currency}";
            var claim = new JsonObject
            {
                ["id"] = id, ["subject"] = "item " + id, ["metric"] = "cost", ["quote"] = quote, ["figure"] = figure,
                ["measure"] = new JsonObject { ["kind"] = "money", ["currency"] = currency },
                ["source"] = "test",
            };
            DateOnly start;
            if (i % 3 == 1)
            {
                // "a year earlier" than the claim before, whose period is the year "in <its year>".
                text.Append(' ').Append(quote).Append(" a year earlier.");
                claim["period"] = "a year earlier";
                claim["relativeTo"] = "c" + (i - 1).ToString(CultureInfo.InvariantCulture);
                start = new DateOnly(2020 + ((i - 1) % 6) - 1, 1, 1);
            }
            else if (i % 3 == 2)
            {
                text.Append(' ').Append(quote).Append('.');
                claim["period"] = new JsonObject
                {
                    ["from"] = year.ToString(CultureInfo.InvariantCulture) + "-03-01",
                    ["to"] = year.ToString(CultureInfo.InvariantCulture) + "-05-31",
                    ["reason"] = "made up: the spring the test says",
                };
                start = new DateOnly(year, 3, 1);
            }
            else
            {
                text.Append(' ').Append(quote).Append(" in ").Append(year.ToString(CultureInfo.InvariantCulture)).Append('.');
                claim["period"] = "in " + year.ToString(CultureInfo.InvariantCulture);
                start = new DateOnly(year, 1, 1);
            }

            claims.Add((id, n * 1_000_000_000m, 1_000_000_000m, currency, start));
            json.Add(claim);
        }

        var root = new JsonObject
        {
            ["schema"] = ClaimsDocument.SchemaVersion,
            ["article"] = new JsonObject { ["title"] = "t", ["publisher"] = "p", ["language"] = "en", ["published"] = "2026-01-15", ["text"] = "a.txt", ["madeUp"] = true },
            ["claims"] = json,
        };
        return (root.ToJsonString(), text.ToString(), claims);
    }

    [Property]
    public bool RandomValidClaims_LoadToTheSameClaims(NonEmptyArray<int> figures)
    {
        var (json, text, expected) = Build([.. figures.Get.Take(12)]);
        var document = ClaimsDocument.Parse(json, text);
        return document.Claims.Count == expected.Count
            && document.Claims.Zip(expected).All(p =>
                p.First.Id == p.Second.Id
                && p.First.Claim.Interval.Lower == p.Second.Value - (p.Second.Unit / 2m)
                && p.First.Claim.Interval.Upper == p.Second.Value + (p.Second.Unit / 2m)
                && p.First.Claim.UnitText == p.Second.Currency
                && p.First.Claim.Period.Span.Start == p.Second.Start
                && p.First.Claim.Period.IsRelative == (p.First.RelativeTo is not null)
                && p.First.Claim.Quote.IsIn(text))
            && ClaimsDocument.Parse(document.ToJson(), text).ToJson() == document.ToJson()
            && ClaimsDocument.Parse(document.ToJson(), text).Claims.Select(c => c.Claim.Period).SequenceEqual(document.Claims.Select(c => c.Claim.Period));
    }

    [Property]
    public bool MutatedDocuments_LoadFully_OrThrowTheDocumentedException(PositiveInt where, PositiveInt how, string replacement)
    {
        string source = where.Get % 2 == 0 ? DocumentFiles.MadeUpJson : DocumentFiles.SeedJson;
        string text = where.Get % 2 == 0 ? DocumentFiles.MadeUpText : DocumentFiles.SeedText;
        string json = Mutate(source, where.Get, how.Get, replacement ?? string.Empty);
        try
        {
            var document = ClaimsDocument.Parse(json, text);
            int expected = JsonNode.Parse(json)!["claims"]!.AsArray().Count;
            bool complete = document.Claims.Count == expected && document.Claims.All(c => c.Claim.Quote.IsIn(text));
            bool tryAgrees = ClaimsDocument.TryParse(json, text, out var again, out var error) && again is not null && error is null;
            return complete && tryAgrees;
        }
        catch (ClaimsDocumentException e)
        {
            return e.Message.StartsWith(e.Path + ": ", StringComparison.Ordinal)
                && !ClaimsDocument.TryParse(json, text, out var none, out var error) && none is null && error!.Message == e.Message;
        }
    }

    /// <summary>Deletes, replaces, duplicates or swaps a slice of the document's text.</summary>
    private static string Mutate(string json, int where, int how, string replacement)
    {
        int at = where % json.Length;
        int length = Math.Min(1 + (how % 40), json.Length - at);
        return (how % 5) switch
        {
            0 => json.Remove(at, length),
            1 => json.Remove(at, length).Insert(at, replacement),
            2 => json.Insert(at, json.Substring(at, length)),
            3 => json.Insert(at, JsonSerializer.Serialize(replacement)),
            _ => json.Remove(at, 1).Insert(at, "\"") ,
        };
    }
}
