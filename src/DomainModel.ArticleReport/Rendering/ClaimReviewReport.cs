using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DomainModel.Claims;

namespace DomainModel.ArticleReport.Rendering;

/// <summary>
/// The report's checks as schema.org <c>ClaimReview</c> JSON-LD (<c>--claimreview FILE</c>, and embedded in
/// <c>--html</c>), the markup fact-checkers publish so that search engines and fact-check tools pick a check up. One
/// object per checked statement (the checks of one relation, e.g. a conversion at the day's rate and at the year's
/// average, are one statement): <c>claimReviewed</c> is the article's words, <c>itemReviewed</c> a <c>Claim</c> whose
/// <c>appearance</c> is the article (headline, publisher, date when the document gives one), <c>reviewRating</c> a
/// <c>Rating</c> from 1 (contradicted) to 5 (agrees) with the verdict in words as <c>alternateName</c>, and
/// <c>author</c> and <c>datePublished</c> from <c>--review-author</c> and <c>--review-date</c> (left out when not given:
/// the report never reads the clock). Written with <see cref="Utf8JsonWriter"/> (no reflection); characters that
/// matter to HTML are escaped, so the text can sit inside a <c>script</c> element.
/// </summary>
internal static class ClaimReviewReport
{
    /// <summary>The rating of a contradicted statement.</summary>
    public const int Worst = 1;

    /// <summary>The rating of a statement its figures agree with.</summary>
    public const int Best = 5;

    /// <summary>One statement reviewed: its words, its checks and the worst verdict.</summary>
    /// <param name="Words">The article's words.</param>
    /// <param name="Checks">The checks of the statement, worst first.</param>
    internal sealed record Statement(string Words, IReadOnlyList<CheckRow> Checks)
    {
        /// <summary>The worst verdict of the checks.</summary>
        public Verdict Verdict => Checks[0].Verdict;
    }

    /// <summary>The statements the report checked, contradictions first (statements the document marks as not
    /// checkable yet are no review).</summary>
    public static IReadOnlyList<Statement> Statements(ClaimsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Checks
            .Where(IsChecked)
            .GroupBy(c => c.Relation + "\u0000" + string.Join("\u0000", c.ClaimIds), StringComparer.Ordinal)
            .Select(g => new Statement(Words(report, g.First()), g.OrderBy(c => Rank(c.Verdict)).ToList()))
            .OrderBy(s => Rank(s.Verdict))
            .ToList();
    }

    /// <summary>Whether a row is a check (of the figures, or against a rate, found or not), not a statement the
    /// document says cannot be checked yet.</summary>
    public static bool IsChecked(CheckRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Check is not null || row.Rate is not null;
    }

    /// <summary>The rating value of a verdict: 1 contradicted, 3 undetermined, 5 agrees.</summary>
    public static int Rating(Verdict verdict) => verdict switch
    {
        Verdict.Disagrees => Worst,
        Verdict.Inconclusive => 3,
        _ => Best,
    };

    /// <summary>The verdict in words for <c>alternateName</c>: "Contradicted by its own figures: …".</summary>
    public static string AlternateName(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return string.Join("; ", statement.Checks.Select(c => Phrase(c) + ": " + c.Computation + " (" + c.Tolerance + ")"));
    }

    /// <summary>The JSON-LD alone: an array of ClaimReview objects, indented, ending with a newline.</summary>
    public static byte[] ToUtf8(ClaimsReport report, ReviewOptions review)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(review);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
        {
            w.WriteStartArray();
            foreach (var statement in Statements(report))
            {
                Write(w, report, review, statement);
            }

            w.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Write(Utf8JsonWriter w, ClaimsReport report, ReviewOptions review, Statement statement)
    {
        var article = report.Document.Article;
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "ClaimReview");
        w.WriteString("claimReviewed", statement.Words);
        w.WriteString("reviewBody", string.Join(" ", statement.Checks.Select(c => $"{ClaimsReport.VerdictWord(c.Verdict)} ({c.Relation}): {c.Computation}; tolerance: {c.Tolerance}.")));
        w.WriteStartObject("itemReviewed");
        w.WriteString("@type", "Claim");
        w.WriteStartObject("appearance");
        w.WriteString("@type", "CreativeWork");
        w.WriteString("headline", article.Title);
        w.WriteString("inLanguage", LanguageTag(article.Language));
        w.WriteStartObject("publisher");
        w.WriteString("@type", "Organization");
        w.WriteString("name", article.Publisher);
        w.WriteEndObject();
        if (article.Published is { } published)
        {
            w.WriteString("datePublished", NewsFormat.Date(published));
        }

        w.WriteEndObject();
        if (article.Published is { } claimed)
        {
            w.WriteString("datePublished", NewsFormat.Date(claimed));
        }

        w.WriteEndObject();
        w.WriteStartObject("reviewRating");
        w.WriteString("@type", "Rating");
        w.WriteNumber("ratingValue", Rating(statement.Verdict));
        w.WriteNumber("bestRating", Best);
        w.WriteNumber("worstRating", Worst);
        w.WriteString("alternateName", AlternateName(statement));
        w.WriteEndObject();
        if (review.Author is { } author)
        {
            w.WriteStartObject("author");
            w.WriteString("@type", "Organization");
            w.WriteString("name", author);
            w.WriteEndObject();
        }

        if (review.Date is { } date)
        {
            w.WriteString("datePublished", NewsFormat.Date(date));
        }

        w.WriteEndObject();
    }

    /// <summary>The article's words a check is about: the relation's quote, or the quotes of its claims.</summary>
    private static string Words(ClaimsReport report, CheckRow row)
    {
        var relation = report.Document.Relations.FirstOrDefault(r => r.Quote is not null && r.ClaimIds.SequenceEqual(row.ClaimIds, StringComparer.Ordinal));
        if (relation?.Quote is { } quote && row.Rate is null)
        {
            return quote.Text;
        }

        string quotes = string.Join(" … ", row.ClaimIds.Select(id => report.Claims.FirstOrDefault(c => c.Id == id)?.Quote.Text).OfType<string>());
        return quotes.Length > 0 ? quotes : row.Words.Trim('"');
    }

    private static string Phrase(CheckRow row)
    {
        string how = row.Rate is { } rate ? $"at the {rate.Pair} {rate.Asked}" : "by its own figures";
        return row.Verdict switch
        {
            Verdict.Disagrees => "Contradicted " + how,
            Verdict.Inconclusive => "Undetermined " + how,
            _ => (row.Rate is null ? "Agrees with its own figures" : "Agrees " + how),
        };
    }

    private static string LanguageTag(DomainModel.Text.NewsLanguage language) => language switch
    {
        DomainModel.Text.NewsLanguage.English => "en",
        DomainModel.Text.NewsLanguage.Italian => "it",
        _ => "und",
    };

    private static int Rank(Verdict v) => v switch { Verdict.Disagrees => 0, Verdict.Inconclusive => 1, _ => 2 };
}
