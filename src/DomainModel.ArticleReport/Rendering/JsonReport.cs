using System;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Serialization;

namespace DomainModel.ArticleReport.Rendering;

/// <summary>
/// Writes a <see cref="ClaimsReport"/> as JSON (<c>--json</c>), schema version <see cref="SchemaVersion"/>: documented in
/// docs/report-json.md, described by docs/schema/report.v2.schema.json. Typed values (money, periods, rates) are written by the
/// library's converters (<see cref="DomainModelJsonResolver"/>); interval bounds are exact decimals.
/// </summary>
internal static class JsonReport
{
    /// <summary>The schema's version: a consumer refuses a version it does not know. Raised on any change that removes
    /// or renames a member or changes its meaning; new members may appear within a version.</summary>
    public const int SchemaVersion = 2;

    /// <summary>The schema's identifier.</summary>
    public const string SchemaId = "https://domainmodel.dev/schemas/report/v2.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = ClaimsJsonResolver.Default,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report as UTF-8 JSON, indented, ending with a newline.</summary>
    public static byte[] ToUtf8(ClaimsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(w, report);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Write(Utf8JsonWriter w, ClaimsReport r)
    {
        w.WriteStartObject();
        w.WriteString("$schema", SchemaId);
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteStartObject("article");
        w.WriteString("name", r.ArticleName);
        w.WriteString("language", r.Language.ToString());
        w.WriteNumber("characters", r.Article.Length);
        w.WriteEndObject();
        w.WriteStartObject("asOf");
        w.WriteString("date", NewsFormat.Date(r.AsOf));
        w.WriteString("reason", r.AsOfReason);
        w.WriteEndObject();
        w.WriteStartObject("scalePolicy");
        w.WriteString("name", r.Policy.ToString());
        w.WriteString("description", r.ScalePolicyText);
        w.WriteEndObject();

        w.WriteStartArray("rateSources");
        if (r.Fx is { } fx)
        {
            w.WriteStartObject();
            w.WriteString("publisher", "European Central Bank");
            w.WriteString("dataset", "euro foreign exchange reference rates");
            w.WriteString("file", fx.FileName);
            w.WriteString("format", fx.Rates.Format == EcbFileFormat.Xml ? "xml" : "csv");
            w.WriteString("firstDate", NewsFormat.Date(fx.FirstDate));
            w.WriteString("lastDate", NewsFormat.Date(fx.LastDate));
            w.WriteNumber("days", fx.Rates.Dates.Count);
            w.WriteNumber("lookBackDays", fx.Policy.MaxAgeDays);
            w.WriteString("policy", fx.Policy.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("claims");
        foreach (var c in r.Claims)
        {
            // The library's one claim shape (Claim<T>'s converter: id, subject, quote, source, period, estimate), as the
            // claims layer reads it back, then what the report adds about it.
            w.WriteStartObject();
            w.WritePropertyName("claim");
            WriteClaim(w, c);
            w.WriteString("metric", r.Document.Claim(c.Id).Metric);
            w.WriteString("quantity", c.QuantityType.Name);
            w.WriteString("unit", c.UnitText);
            w.WriteBoolean("quoteFound", c.Quote.IsIn(r.Article));
            w.WriteString("display", NewsFormat.Claim(c));
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("checks");
        foreach (var k in r.Checks)
        {
            w.WriteStartObject();
            w.WriteString("relation", k.Relation);
            w.WriteString("verdict", k.Verdict.ToString());
            w.WriteStartArray("claimIds");
            foreach (string id in k.ClaimIds)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            w.WriteString("words", k.Words);
            w.WriteString("computation", k.Computation);
            w.WriteString("tolerance", k.Tolerance);
            w.WriteString("explanation", k.Explanation);
            w.WritePropertyName("computed");
            if (k.Check is { } check)
            {
                w.WriteStartObject();
                w.WriteString("unit", check is ClaimCheck<Share> ? "fraction" : check is ClaimCheck<Money> m ? m.Computed.UnitText : string.Empty);
                w.WritePropertyName("interval");
                WriteInterval(w, check.ComputedInterval);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNullValue();
            }

            w.WritePropertyName("rate");
            if (k.Rate is { } rate)
            {
                WriteRate(w, rate);
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("staleConversions");
        foreach (var stale in r.StaleConversions)
        {
            WriteStale(w, stale);
        }

        w.WriteEndArray();

        w.WriteStartArray("computed");
        foreach (var c in r.Computed)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("label", c.Label);
            w.WriteString("kind", c.Kind);
            w.WriteString("formula", c.Formula);
            w.WriteString("unit", c.Unit);
            w.WritePropertyName("interval");
            if (c.Interval is { } interval)
            {
                WriteInterval(w, interval);
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteString("display", c.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("fiscalYears");
        foreach (string line in r.FiscalYears)
        {
            w.WriteStringValue(line);
        }

        w.WriteEndArray();

        w.WriteStartObject("coverage");
        w.WriteNumber("quantityFigures", r.QuantityFigures);
        w.WriteNumber("covered", r.QuantityFigures - r.Uncovered.Count);
        w.WriteStartArray("uncovered");
        foreach (var f in r.Uncovered)
        {
            w.WriteStartObject();
            w.WriteNumber("offset", f.Offset);
            w.WriteString("text", f.Text);
            w.WriteString("kind", f.Kind.ToString());
            if (f.Value is decimal v)
            {
                w.WriteNumber("value", Exact(v));
            }
            else
            {
                w.WriteNull("value");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (r.Document.NotFigures.Count > 0)
        {
            w.WriteStartArray("notFigures");
            foreach (var n in r.Document.NotFigures)
            {
                w.WriteStartObject();
                w.WriteString("text", n.Quote.Text);
                w.WriteNumber("offset", n.Quote.Offset);
                w.WriteString("reason", n.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        if (r.Others.Count > 0)
        {
            w.WriteStartArray("otherDocuments");
            foreach (var other in r.Others)
            {
                w.WriteStartObject();
                if (other.Id is not null)
                {
                    w.WriteString("id", other.Id);
                }

                w.WriteString("title", other.Article.Title);
                w.WriteString("publisher", other.Article.Publisher);
                w.WriteBoolean("madeUp", other.Article.MadeUp);
                w.WriteNumber("claims", other.Claims.Count);
                w.WriteStartArray("uncovered");
                foreach (var f in other.UncoveredFigures())
                {
                    w.WriteStartObject();
                    w.WriteNumber("offset", f.Offset);
                    w.WriteString("text", f.Text);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            var t = r.CrossDocument!;
            w.WriteStartObject("acrossDocuments");
            w.WriteNumber("claims", t.Claims);
            w.WriteNumber("statements", t.Statements.Count);
            w.WriteNumber("agreements", t.Agreements);
            w.WriteNumber("agreeingPairs", t.AgreeingPairs);
            w.WriteStartArray("repeated");
            foreach (var s in t.Repeated)
            {
                WriteStatement(w, null, s);
            }

            w.WriteEndArray();
            w.WriteStartArray("findings");
            foreach (var f in t.Findings)
            {
                w.WriteStartObject();
                w.WriteString("relation", f.Check.Relation);
                if (f.Relation is { } stated)
                {
                    w.WriteString("statedRelation", stated.Id);
                }

                w.WriteString("verdict", f.Verdict.ToString());
                w.WriteNumber("pairs", f.Pairs);
                WriteStatement(w, "first", f.First);
                WriteStatement(w, "second", f.Second);
                w.WriteString("explanation", f.Check.Explanation);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>Writes a value through the library's resolver: the type's metadata is looked up, never reflected
    /// (the report is published with Native AOT and trimmed).</summary>
    private static void Serialize<T>(Utf8JsonWriter w, T value) =>
        JsonSerializer.Serialize(w, value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));

    /// <summary>A cross-document statement: its first source's document and claim, then every source.</summary>
    private static void WriteStatement(Utf8JsonWriter w, string? name, CrossDocumentStatement s)
    {
        if (name is null)
        {
            w.WriteStartObject();
        }
        else
        {
            w.WriteStartObject(name);
        }

        w.WriteString("document", s.Sources[0].Document.Article.Title);
        w.WriteString("claim", s.Claim.Id);
        w.WriteStartArray("sources");
        foreach (var source in s.Sources)
        {
            w.WriteStartObject();
            w.WriteString("document", source.Document.Article.Title);
            w.WriteNumber("documentIndex", source.DocumentIndex);
            w.WriteString("claim", source.Claim.Id);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A decimal with every significant digit and no trailing zero after the point ("8970000000", not "8970000000.00"): the writer prints a decimal's digits as they are, never through a double.</summary>
    internal static decimal Exact(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>A claim in the library's one JSON shape, by its quantity (<see cref="ClaimsJsonResolver"/>).</summary>
    private static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        switch (c)
        {
            case Claim<Money> m: Serialize(w, m); break;
            case Claim<UnitCount> u: Serialize(w, u); break;
            case Claim<PricePerUnit> p: Serialize(w, p); break;
            case Claim<ActiveUsers> a: Serialize(w, a); break;
            case Claim<TokenRate> t: Serialize(w, t); break;
            case Claim<TokenVolumeOver> v: Serialize(w, v); break;
            case Claim<Share> s: Serialize(w, s); break;
            default: throw new NotSupportedException($"The report has no JSON for a claim of {c.QuantityType.Name}.");
        }
    }

    private static void WriteInterval(Utf8JsonWriter w, Estimate e)
    {
        w.WriteStartObject();
        w.WriteString("kind", e.Kind.ToString());
        w.WriteNumber("stated", Exact(e.Stated));
        if (e.Kind == EstimateKind.Between)
        {
            w.WriteNumber("statedHigh", Exact(e.StatedHigh));
        }

        WriteBound(w, "lower", e.Lower, e.LowerInclusive);
        WriteBound(w, "upper", e.Upper, e.UpperInclusive);
        w.WriteEndObject();
    }

    private static void WriteBound(Utf8JsonWriter w, string name, decimal? value, bool inclusive)
    {
        if (value is decimal v)
        {
            w.WriteStartObject(name);
            w.WriteNumber("value", Exact(v));
            w.WriteBoolean("inclusive", inclusive);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteStale(Utf8JsonWriter w, StaleRow row)
    {
        var f = row.Finding;
        w.WriteStartObject();
        w.WriteString("relationId", row.RelationId);
        w.WriteStartArray("claimIds");
        foreach (string id in row.ClaimIds)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
        w.WriteString("pair", f.Range.Pair);
        w.WriteNumber("impliedMin", Exact(f.Range.Min));
        w.WriteNumber("impliedMax", Exact(f.Range.Max));
        w.WriteString("kind", f.Kind switch
        {
            StaleConversionKind.Current => "current",
            StaleConversionKind.LastCurrent => "lastCurrent",
            StaleConversionKind.PassedThrough => "passedThrough",
            _ => "neverCurrent",
        });
        WriteDate(w, "lastCurrent", f.LastCurrent);
        WriteDate(w, "passedAfter", f.PassedAfter);
        WriteDate(w, "passedBefore", f.PassedBefore);
        if (f.DaysBefore is { } days)
        {
            w.WriteNumber("daysBefore", days);
            w.WriteNumber("monthsBefore", f.MonthsBefore!.Value);
        }
        else
        {
            w.WriteNull("daysBefore");
            w.WriteNull("monthsBefore");
        }

        if (f.Latest is { } latest)
        {
            w.WriteString("latestDate", NewsFormat.Date(latest.Validity.Start));
            w.WriteNumber("latestValue", Exact(latest.Value));
        }
        else
        {
            w.WriteNull("latestDate");
            w.WriteNull("latestValue");
        }

        w.WriteString("text", f.ToString());
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, NewsFormat.Date(d));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteRate(Utf8JsonWriter w, RateEvidence e)
    {
        w.WriteStartObject();
        w.WriteString("pair", e.Pair);
        w.WriteString("asked", e.Asked);
        w.WriteBoolean("found", e.Found);
        w.WriteString("choice", e.Choice.Kind switch
        {
            RateChoiceKind.OnDate => "onDate",
            RateChoiceKind.EarlierDate => "earlierDate",
            RateChoiceKind.PeriodAverage => "periodAverage",
            RateChoiceKind.PartialPeriodAverage => "partialPeriodAverage",
            _ => "none",
        });
        if (e.Choice.AgeDays is { } age)
        {
            w.WriteNumber("ageDays", age);
        }

        w.WriteNumber("maxAgeDays", e.Choice.MaxAgeDays);
        if (e.Choice.Period is { } period)
        {
            w.WriteStartObject("period");
            w.WriteString("start", NewsFormat.Date(period.Start));
            w.WriteString("end", NewsFormat.Date(period.End));
            w.WriteEndObject();
        }

        w.WriteString("reason", e.Choice.Reason);
        if (e.Rate is { } rate)
        {
            w.WriteNumber("value", Exact(rate.Value));
            w.WriteString("kind", rate.Kind.ToString());
            w.WriteString("kindDescription", e.KindDescription);
            w.WriteString("used", e.Used);
            w.WriteString("validFrom", NewsFormat.Date(rate.Validity.Start));
            w.WriteString("validTo", NewsFormat.Date(rate.Validity.End));
            w.WriteString("source", rate.Source);
            w.WriteNumber("legCount", rate.Legs.Count);
            w.WriteStartArray("legs");
            var legs = rate.Kind == RateKind.PeriodAverage && rate.Legs.Count > 0 ? new[] { rate.Legs[0], rate.Legs[^1] } : rate.Legs.ToArray();
            foreach (var leg in legs)
            {
                Serialize(w, leg);
            }

            w.WriteEndArray();
            if (e.Note is { } note)
            {
                w.WriteString("note", note);
            }
        }
        else
        {
            w.WriteString("missing", e.Missing);
        }

        w.WriteEndObject();
    }
}
