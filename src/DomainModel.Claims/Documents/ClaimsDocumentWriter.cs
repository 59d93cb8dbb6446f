using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DomainModel.Claims;

/// <summary>Writes a loaded claims document back as JSON, fields in the schema's order.</summary>
internal static class ClaimsDocumentWriter
{
    internal static string Write(ClaimsDocument document) =>
        Write(document.ArticleSpec, document.CalendarSpecs, document.ClaimSpecs, [.. document.Relations.Concat(document.CrossDocumentRelations).Select(r => r.Spec)], document.Id, document.Derived, document.NotCheckable, document.NotFigures);

    /// <summary>Writes a document from its parts as the document writes them (also used for drafts before they are loaded).</summary>
    internal static string Write(ArticleSpec article, IReadOnlyList<CalendarSpec> calendars, IReadOnlyList<ClaimSpec> claims, IReadOnlyList<RelationSpec> relations, string? id = null, IReadOnlyList<DerivedFigure>? derived = null, IReadOnlyList<UncheckedStatement>? notCheckable = null, IReadOnlyList<NotAFigure>? notFigures = null)
    {
        notFigures ??= [];
        derived ??= [];
        notCheckable ??= [];
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("schema", ClaimsDocument.SchemaVersion);
            if (id is not null)
            {
                w.WriteString("id", id);
            }

            WriteArticle(w, article);
            if (calendars.Count > 0)
            {
                w.WriteStartArray("calendars");
                foreach (var c in calendars)
                {
                    w.WriteStartObject();
                    w.WriteString("name", c.Name);
                    w.WriteNumber("startMonth", c.StartMonth);
                    w.WriteNumber("startDay", c.StartDay);
                    w.WriteString("naming", c.Naming);
                    w.WriteString("source", c.Source);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteStartArray("claims");
            foreach (var c in claims)
            {
                WriteClaim(w, c);
            }

            foreach (var s in notCheckable)
            {
                if (!s.IsRelation)
                {
                    WriteUnchecked(w, s.Spec);
                }
            }

            w.WriteEndArray();
            if (derived.Count > 0)
            {
                w.WriteStartArray("derived");
                foreach (var d in derived)
                {
                    WriteDerived(w, d.Spec);
                }

                w.WriteEndArray();
            }

            if (relations.Count > 0 || notCheckable.Any(s => s.IsRelation))
            {
                w.WriteStartArray("relations");
                foreach (var r in relations)
                {
                    WriteRelation(w, r);
                }

                foreach (var s in notCheckable)
                {
                    if (s.IsRelation)
                    {
                        WriteUnchecked(w, s.Spec);
                    }
                }

                w.WriteEndArray();
            }

            if (notFigures.Count > 0)
            {
                w.WriteStartArray("notFigures");
                foreach (var n in notFigures)
                {
                    w.WriteStartObject();
                    w.WriteString("quote", n.Quote.Text);
                    w.WriteString("reason", n.Reason);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteArticle(Utf8JsonWriter w, ArticleSpec a)
    {
        w.WriteStartObject("article");
        w.WriteString("title", a.Title);
        w.WriteString("publisher", a.Publisher);
        w.WriteString("language", a.Language);
        if (a.Scale is not null)
        {
            w.WriteString("scale", a.Scale);
        }

        if (a.Published is { } p)
        {
            w.WriteString("published", p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (a.AsOfDate is { } d)
        {
            w.WriteStartObject("asOf");
            w.WriteString("date", d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("reason", a.AsOfReason);
            w.WriteEndObject();
        }

        w.WriteString("text", a.Text);
        if (a.MadeUp)
        {
            w.WriteBoolean("madeUp", true);
        }

        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, ClaimSpec c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("subject", c.Subject);
        w.WriteString("metric", c.Metric);
        w.WriteString("quote", c.Quote);
        w.WriteString("figure", c.Figure);
        w.WriteStartObject("measure");
        w.WriteString("kind", c.Measure.KindWord);
        if (c.Measure.Currency is not null)
        {
            w.WriteString("currency", c.Measure.Currency);
        }

        if (c.Measure.Of is not null)
        {
            w.WriteString("of", c.Measure.Of);
        }

        if (c.Measure.Per is not null)
        {
            w.WriteString("per", c.Measure.Per);
        }

        if (c.Measure.Window is not null)
        {
            w.WriteString("window", c.Measure.Window);
        }

        w.WriteEndObject();
        if (c.StatedPeriod is { } stated)
        {
            w.WriteStartObject("period");
            w.WriteString("from", DateRange.Format(stated.From));
            w.WriteString("to", DateRange.Format(stated.To));
            w.WriteString("reason", stated.Reason);
            w.WriteEndObject();
        }
        else
        {
            w.WriteString("period", c.Period);
        }

        if (c.RelativeTo is not null)
        {
            w.WriteString("relativeTo", c.RelativeTo);
        }
        if (c.Calendar is not null)
        {
            w.WriteString("calendar", c.Calendar);
        }

        if (c.Source.Count == 1)
        {
            w.WriteString("source", c.Source[0]);
        }
        else
        {
            w.WriteStartArray("source");
            foreach (string link in c.Source)
            {
                w.WriteStringValue(link);
            }

            w.WriteEndArray();
        }

        if (c.PartOfSubject is not null)
        {
            w.WriteStartObject("partOf");
            w.WriteString("subject", c.PartOfSubject);
            w.WriteString("metric", c.PartOfMetric);
            w.WriteEndObject();
        }

        WriteGuessed(w, c.Guessed);
        w.WriteEndObject();
    }

    private static void WriteUnchecked(Utf8JsonWriter w, UncheckedSpec s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        if (s.IsRelation)
        {
            w.WriteString("type", s.KindWord);
            if (s.ClaimIds.Count > 0)
            {
                w.WriteStartArray("claims");
                foreach (string id in s.ClaimIds)
                {
                    w.WriteStringValue(id);
                }

                w.WriteEndArray();
            }
        }
        else
        {
            w.WriteString("subject", s.Subject);
            w.WriteString("metric", s.Metric);
        }

        if (s.Quote is not null)
        {
            w.WriteString("quote", s.Quote);
        }

        if (s.Figure is not null)
        {
            w.WriteString("figure", s.Figure);
        }

        w.WriteString("notCheckable", s.Reason);
        if (s.Note is not null)
        {
            w.WriteString("note", s.Note);
        }

        w.WriteEndObject();
    }

    private static void WriteDerived(Utf8JsonWriter w, DerivedSpec d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("type", d.KindWord);
        w.WriteStartArray("inputs");
        foreach (string id in d.Inputs)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
        w.WriteString("label", d.Label);
        if (d.Per is not null)
        {
            w.WriteString("per", d.Per);
            w.WriteString("monthLength", d.MonthLength);
        }

        if (d.Rate is { } rate)
        {
            WriteRate(w, rate);
        }

        if (d.Note is not null)
        {
            w.WriteString("note", d.Note);
        }

        w.WriteEndObject();
    }

    private static void WriteRelation(Utf8JsonWriter w, RelationSpec r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("type", r.KindWord);
        w.WriteStartArray("claims");
        w.WriteStringValue(r.First);
        w.WriteStringValue(r.Second);
        w.WriteEndArray();
        if (r.Quote is not null)
        {
            w.WriteString("quote", r.Quote);
        }

        if (r.Note is not null)
        {
            w.WriteString("note", r.Note);
        }

        if (r.Within is { } within)
        {
            w.WriteNumber("within", within);
        }

        if (r.Fraction is { } fraction)
        {
            w.WriteNumber("fraction", fraction);
        }

        if (r.Factor is { } factor)
        {
            w.WriteNumber("factor", factor);
        }

        if (r.Tolerance is { } tolerance)
        {
            w.WriteNumber("tolerance", tolerance);
        }

        if (r.PercentValue is { } percent)
        {
            w.WriteNumber("percent", percent);
        }

        if (r.PercentBound is not null)
        {
            w.WriteString("bound", r.PercentBound);
        }

        if (r.MonthLengthWord is not null)
        {
            w.WriteString("monthLength", r.MonthLengthWord);
        }

        if (r.Rate is { } rate)
        {
            WriteRate(w, rate);
        }

        WriteGuessed(w, r.Guessed);
        w.WriteEndObject();
    }

    private static void WriteRate(Utf8JsonWriter w, RateSpec rate)
    {
        w.WriteStartObject("rate");
        w.WriteString("source", rate.SourceWord);
        if (rate.ImpliedFrom is { } ids)
        {
            w.WriteStartArray("claims");
            foreach (string id in ids)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
        }

        if (rate.Base is not null)
        {
            w.WriteString("base", rate.Base);
            w.WriteString("quote", rate.Quote);
            w.WriteNumber("value", rate.Value!.Value);
        }

        if (rate.Date is { } date)
        {
            w.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (rate.Provider is not null)
        {
            w.WriteString("provider", rate.Provider);
        }

        if (rate.To is not null)
        {
            w.WriteString("to", rate.To);
        }

        w.WriteEndObject();
    }

    private static void WriteGuessed(Utf8JsonWriter w, IReadOnlyList<string>? guessed)
    {
        if (guessed is not { Count: > 0 })
        {
            return;
        }

        w.WriteStartArray("guessed");
        foreach (string field in guessed)
        {
            w.WriteStringValue(field);
        }

        w.WriteEndArray();
    }
}
