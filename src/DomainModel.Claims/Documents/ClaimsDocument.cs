using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Exchange;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// One article's claims as a document (JSON, schema <see cref="SchemaVersion"/>, docs/documents.md and
/// docs/schema/claims-document.v1.schema.json): the article, its claims read from its own words through
/// <see cref="ArticleReader"/>, and the relations to check between them. Load one with <see cref="Load(string)"/>
/// (the text found relative to the document), <see cref="Load(string, string)"/> or <see cref="Parse(string, string)"/>
/// (the text given), <see cref="Load(Stream, string)"/>, or without throwing with <see cref="TryLoad"/> /
/// <see cref="TryParse"/>.
/// </summary>
/// <remarks>
/// <para><b>All or nothing:</b> a bad document throws one <see cref="ClaimsDocumentException"/> naming the JSON path
/// and the problem; no partly loaded document is returned. Every relation that needs no rate from the caller is
/// checked while loading, so a relation the library cannot check (claims of different kinds, periods out of order,
/// CNY against USD without a rate) is a load error too.</para>
/// <para>Immutable and thread-safe. Loading reads the file system only for the document and its article's text.</para>
/// </remarks>
public sealed class ClaimsDocument
{
    /// <summary>The value of the "schema" field this library reads and writes.</summary>
    public const string SchemaVersion = "claims-document/v1";

    internal ClaimsDocument(string? id, ArticleSpec articleSpec, DocumentArticle article, IReadOnlyList<CalendarSpec> calendars, IReadOnlyList<ClaimSpec> claimSpecs, IReadOnlyList<DocumentClaim> claims, IReadOnlyList<DocumentRelation> relations, IReadOnlyList<DerivedFigure> derived, IReadOnlyList<UncheckedStatement> notCheckable, IReadOnlyList<DocumentRelation> crossDocument, IReadOnlyList<NotAFigure> notFigures)
    {
        NotFigures = notFigures;
        Id = id;
        Derived = derived;
        NotCheckable = notCheckable;
        CrossDocumentRelations = crossDocument;
        ArticleSpec = articleSpec;
        Article = article;
        CalendarSpecs = calendars;
        ClaimSpecs = claimSpecs;
        Claims = claims;
        Relations = relations;
    }

    /// <summary>The document's id ("id"), which relations of other documents name its claims by (<c>"id#claim-id"</c>), or null.</summary>
    public string? Id { get; }

    /// <summary>The article.</summary>
    public DocumentArticle Article { get; }

    /// <summary>The figures the document computes from its claims ("derived"), in the document's order, each evaluated while loading.</summary>
    public IReadOnlyList<DerivedFigure> Derived { get; }

    /// <summary>The claims and relations the document marks "stated, not checkable" (<c>"notCheckable": "reason"</c>), in the document's order (claims first).</summary>
    public IReadOnlyList<UncheckedStatement> NotCheckable { get; }

    /// <summary>The words the document says are not figures though the scanner reads them as such ("notFigures": a date, a name).</summary>
    public IReadOnlyList<NotAFigure> NotFigures { get; }

    /// <summary>The relations that name a claim of another document (<see cref="DocumentRelation.IsCrossDocument"/>), checked by <see cref="CrossDocumentChecks.Check(IReadOnlyList{ClaimsDocument})"/>.</summary>
    public IReadOnlyList<DocumentRelation> CrossDocumentRelations { get; }

    /// <summary>The claims, in the document's order.</summary>
    public IReadOnlyList<DocumentClaim> Claims { get; }

    /// <summary>The relations, in the document's order.</summary>
    public IReadOnlyList<DocumentRelation> Relations { get; }

    /// <summary>The fiscal calendars the document defines ("calendars").</summary>
    public IReadOnlyList<FiscalCalendar> Calendars => [.. CalendarSpecs.Select(c => c.Calendar)];

    internal ArticleSpec ArticleSpec { get; }

    internal IReadOnlyList<CalendarSpec> CalendarSpecs { get; }

    internal IReadOnlyList<ClaimSpec> ClaimSpecs { get; }

    /// <summary>The claim with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No claim has the id.</exception>
    public DocumentClaim Claim(string id)
    {
        Preconditions.CheckNotNull(id);
        return Claims.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"The document '{Article.Title}' has no claim '{id}'.");
    }

    /// <summary>The derived figure with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No derived figure has the id.</exception>
    public DerivedFigure DerivedFigure(string id)
    {
        Preconditions.CheckNotNull(id);
        return Derived.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"The document '{Article.Title}' has no derived figure '{id}'.");
    }

    /// <summary>The checks of every relation that needs no rate from the caller, in the document's order (see <see cref="DocumentRelation.NeedsRateProvider"/>).</summary>
    /// <returns>The checks.</returns>
    public IReadOnlyList<ClaimCheck> Check() => [.. Relations.Where(r => !r.NeedsRateProvider).Select(r => r.Check())];

    /// <summary>The checks of every relation, rates looked up in <paramref name="rates"/> where the document says so.</summary>
    /// <param name="rates">The rates.</param>
    /// <returns>The checks, in the document's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="RateNotFoundException">A relation's rate is not in the table.</exception>
    public IReadOnlyList<ClaimCheck> Check(IExchangeRateProvider rates)
    {
        Preconditions.CheckNotNull(rates);
        return [.. Relations.Select(r => r.Check(rates))];
    }

    /// <summary>
    /// Every quantity figure <see cref="FigureScanner"/> finds in the article (dates, years and ordinals aside:
    /// <see cref="FigureMention.IsQuantity"/>) that no claim's quote and no relation's quote covers.
    /// </summary>
    /// <returns>The figures, in text order; empty when every figure is accounted for.</returns>
    public IReadOnlyList<FigureMention> UncoveredFigures()
    {
        var spans = Claims.Select(c => c.Claim.Quote)
            .Concat(Relations.Concat(CrossDocumentRelations).Where(r => r.Quote is not null).Select(r => r.Quote!.Value))
            .Concat(NotCheckable.Where(s => s.Quote is not null).Select(s => s.Quote!.Value))
            .Concat(NotFigures.Select(n => n.Quote))
            .Select(q => (Start: q.Offset, End: q.Offset + q.Text.Length)).ToList();
        return [.. FigureScanner.Enumerate(Article.Text, Article.Language, Article.Scale)
            .Where(m => m.IsQuantity && !spans.Any(s => s.Start <= m.Offset && m.Offset + m.Length <= s.End))];
    }

    /// <summary>The document as JSON (schema <see cref="SchemaVersion"/>, indented), which loads to the same claims and relations.</summary>
    /// <returns>The JSON.</returns>
    public string ToJson() => ClaimsDocumentWriter.Write(this);

    /// <summary>Returns the article's title and the numbers of claims and relations.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Article}: {Claims.Count} claims, {Relations.Count} relations");

    /// <summary>Loads a document from a file; its article's text is read from "article.text", relative to the document's directory.</summary>
    /// <param name="path">The document's path.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ClaimsDocumentException">The document cannot be read or loaded (the path <c>$</c> for a file that cannot be read).</exception>
    public static ClaimsDocument Load(string path)
    {
        Preconditions.CheckNotNull(path);
        string json = ReadFile(path);
        string directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return ClaimsDocumentReader.Read(json, textPath => ReadArticleText(directory, textPath));
    }

    /// <summary>Loads a document from a file (its text found relative to it) with options: an as-of date that replaces the document's, rates for derived conversions.</summary>
    /// <param name="path">The document's path.</param>
    /// <param name="options">The options.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ClaimsDocumentException">The document cannot be read or loaded (among others: a period that the as-of date given cannot resolve).</exception>
    public static ClaimsDocument Load(string path, ClaimsDocumentOptions options)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(options);
        string json = ReadFile(path);
        string directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return ClaimsDocumentReader.Read(json, textPath => ReadArticleText(directory, textPath), options);
    }

    /// <summary>Loads a document from its JSON text, with its article's text given, with options (see <see cref="Load(string, ClaimsDocumentOptions)"/>).</summary>
    /// <param name="json">The document.</param>
    /// <param name="articleText">The article's text.</param>
    /// <param name="options">The options.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ClaimsDocumentException">The document cannot be loaded.</exception>
    public static ClaimsDocument Parse(string json, string articleText, ClaimsDocumentOptions options)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckNotNull(articleText);
        Preconditions.CheckNotNull(options);
        return ClaimsDocumentReader.Read(json, _ => articleText, options);
    }

    /// <summary>Loads a document from a file, with its article's text given (the document's "article.text" is kept but not read).</summary>
    /// <param name="path">The document's path.</param>
    /// <param name="articleText">The article's text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ClaimsDocumentException">The document cannot be read or loaded.</exception>
    public static ClaimsDocument Load(string path, string articleText)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(articleText);
        return ClaimsDocumentReader.Read(ReadFile(path), _ => articleText);
    }

    /// <summary>Loads a document from a UTF-8 stream; its article's text is read relative to <paramref name="baseDirectory"/>.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="baseDirectory">The directory "article.text" is relative to.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ClaimsDocumentException">The document cannot be loaded.</exception>
    public static ClaimsDocument Load(Stream utf8Json, string baseDirectory)
    {
        Preconditions.CheckNotNull(utf8Json);
        Preconditions.CheckNotNull(baseDirectory);
        string json;
        try
        {
            using var reader = new StreamReader(utf8Json, StrictUtf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            json = reader.ReadToEnd();
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new ClaimsDocumentException("$", "the document is not valid UTF-8: " + e.Message, e);
        }

        return ClaimsDocumentReader.Read(json, textPath => ReadArticleText(baseDirectory, textPath));
    }

    /// <summary>Loads a document from its JSON text, with its article's text given.</summary>
    /// <param name="json">The document.</param>
    /// <param name="articleText">The article's text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ClaimsDocumentException">The document cannot be loaded.</exception>
    public static ClaimsDocument Parse(string json, string articleText)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckNotNull(articleText);
        return ClaimsDocumentReader.Read(json, _ => articleText);
    }

    /// <summary>Loads a document from its JSON text without throwing for a bad document.</summary>
    /// <param name="json">The document, or null.</param>
    /// <param name="articleText">The article's text, or null.</param>
    /// <param name="document">The document, or null.</param>
    /// <param name="error">Why it cannot be loaded, or null.</param>
    /// <returns>Whether the document was loaded.</returns>
    public static bool TryParse([NotNullWhen(true)] string? json, string? articleText, [NotNullWhen(true)] out ClaimsDocument? document, [NotNullWhen(false)] out ClaimsDocumentException? error)
    {
        if (json is null || articleText is null)
        {
            (document, error) = (null, new ClaimsDocumentException("$", json is null ? "no document was given." : "no article text was given."));
            return false;
        }

        return Try(() => ClaimsDocumentReader.Read(json, _ => articleText), out document, out error);
    }

    /// <summary>Loads a document from a file (the text found relative to it) without throwing for a bad document.</summary>
    /// <param name="path">The document's path, or null.</param>
    /// <param name="document">The document, or null.</param>
    /// <param name="error">Why it cannot be loaded, or null.</param>
    /// <returns>Whether the document was loaded.</returns>
    public static bool TryLoad([NotNullWhen(true)] string? path, [NotNullWhen(true)] out ClaimsDocument? document, [NotNullWhen(false)] out ClaimsDocumentException? error)
    {
        if (path is null)
        {
            (document, error) = (null, new ClaimsDocumentException("$", "no document path was given."));
            return false;
        }

        return Try(() => Load(path), out document, out error);
    }

    private static bool Try(Func<ClaimsDocument> load, out ClaimsDocument? document, out ClaimsDocumentException? error)
    {
        try
        {
            (document, error) = (load(), null);
            return true;
        }
        catch (ClaimsDocumentException e)
        {
            (document, error) = (null, e);
            return false;
        }
    }

    // Invalid UTF-8 is refused, never replaced by U+FFFD in silence.
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The largest file, in bytes, that loading reads: a document, or the article's text that a document names. A
    /// larger file (or one that never ends, such as a device a hostile document names) is refused after this many
    /// bytes, never read to the end.
    /// </summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;

    private static string ReadArticleText(string directory, string textPath) => ReadBounded(Path.Combine(directory, textPath));

    // Reads at most MaxFileBytes, as strict UTF-8 (a byte-order mark is skipped): more is refused with an
    // IOException, invalid UTF-8 with the decoder's ArgumentException; the callers name the file in their message.
    private static string ReadBounded(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        byte[] chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                throw new IOException(Preconditions.Invariant($"the file has more than {MaxFileBytes} bytes, the most a document or its article's text may have."));
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new IOException("the file starts with a UTF-16 byte-order mark; documents and articles are read as UTF-8 only.");
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        return StrictUtf8.GetString(bytes);
    }

    private static string ReadFile(string path)
    {
        try
        {
            return ReadBounded(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ClaimsDocumentException("$", $"the document '{path}' cannot be read: {e.Message}", e);
        }
    }
}
