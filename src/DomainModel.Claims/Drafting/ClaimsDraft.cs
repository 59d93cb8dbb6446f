using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using DomainModel.Text;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// A draft of a claims document from an article's text (docs/drafting.md): every quantity figure
/// <see cref="FigureScanner"/> finds becomes a claim (its clause as the quote, the figure as written, the measure from
/// the unit words, the nearest period words <see cref="ResolvedPeriod"/> resolves, the nearest company or product
/// before it, the source the sentence names), and cue words suggest relations between them ("rispetto ai" → increase,
/// "di cui" → partOf, "circa" between two currencies → equivalent...). Each claim and relation lists the fields that
/// were guessed (<see cref="DocumentClaim.Guessed"/>), so a report of an unreviewed draft says so.
/// </summary>
/// <remarks>
/// <para><b>Always loads:</b> <see cref="Document"/> is a <see cref="ClaimsDocument"/> that was loaded from
/// <see cref="ToJson"/>; a figure or a relation that would not load is left out and <see cref="Notes"/> says why. When
/// no claim can be drafted (no figures, a blank, binary or too long text) there is no document and
/// <see cref="Problem"/> says why.</para>
/// <para>Immutable and thread-safe. Reads no file, no clock and no culture.</para>
/// </remarks>
public sealed class ClaimsDraft
{
    /// <summary>The longest text drafted, in characters (about 30,000 words); a longer text is refused (<see cref="Problem"/>).</summary>
    public const int MaxTextLength = 200_000;

    /// <summary>The most claims drafted from one text; figures after them are left out (a note says so).</summary>
    public const int MaxClaims = 400;

    private ClaimsDraft(ClaimsDocument? document, string? problem, IReadOnlyList<string> notes)
    {
        Document = document;
        Problem = problem;
        Notes = notes;
    }

    /// <summary>The drafted document (loaded), or null when nothing could be drafted (see <see cref="Problem"/>).</summary>
    public ClaimsDocument? Document { get; }

    /// <summary>Whether there is a document.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool HasDocument => Document is not null;

    /// <summary>Why there is no document ("the text has no quantity figures"), or null when there is one.</summary>
    public string? Problem { get; }

    /// <summary>What the draft left out or assumed, one line each (figures not drafted and why, relations that would not load, defaults taken).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The draft as a claims document (JSON, schema <see cref="ClaimsDocument.SchemaVersion"/>), which <see cref="ClaimsDocument"/> loads unchanged.</summary>
    /// <returns>The JSON.</returns>
    /// <exception cref="InvalidOperationException">There is no document (<see cref="Problem"/> says why).</exception>
    public string ToJson() => Document?.ToJson() ?? throw new InvalidOperationException("The draft has no document: " + Problem);

    /// <summary>Returns the document's summary, or the problem.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Document is { } d ? "Draft of " + d : "Draft without a document: " + Problem;

    /// <summary>Drafts a claims document from an article's text with the default options.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="language">Its language: <see cref="NewsLanguage.Italian"/> or <see cref="NewsLanguage.English"/>.</param>
    /// <param name="asOf">The date the period words are resolved against.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The drafter has no cue words for <paramref name="language"/>.</exception>
    public static ClaimsDraft FromText(string text, NewsLanguage language, DateOnly asOf) => FromText(text, language, asOf, ClaimsDraftOptions.Default);

    /// <summary>Drafts a claims document from an article's text.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="language">Its language: <see cref="NewsLanguage.Italian"/> or <see cref="NewsLanguage.English"/>.</param>
    /// <param name="asOf">The date the period words are resolved against.</param>
    /// <param name="options">Title, publisher, text path, scale, as-of reason.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The drafter has no cue words for <paramref name="language"/>, or the scale is not short or long.</exception>
    /// <exception cref="ArgumentException">An option is blank, has surrounding white space (publisher), or the text path is not relative with forward slashes.</exception>
    public static ClaimsDraft FromText(string text, NewsLanguage language, DateOnly asOf, ClaimsDraftOptions options)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(options);
        var cues = (Lexicon.IsDefined(language) ? Lexicon.For(language).RelationCues : null)
            ?? throw Preconditions.OutOfRange(nameof(language), language, Preconditions.Invariant($"The drafter has cue words for Italian (\"it\") and English (\"en\") only; {language} has none."));
        CheckOptions(options);
        string? refused = Refuse(text);
        if (refused is not null)
        {
            return new ClaimsDraft(null, refused, []);
        }

        var (document, problem, notes) = new ClaimsDrafter(text, language, asOf, options, cues).Run();
        return new ClaimsDraft(document, problem, notes);
    }

    /// <summary>Drafts a claims document from an article's text in a language given by its code.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="language">"it" or "en" (the document's "language").</param>
    /// <param name="asOf">The date the period words are resolved against.</param>
    /// <param name="options">Title, publisher, text path, scale, as-of reason.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The language code is not "it" or "en", or an option is refused.</exception>
    public static ClaimsDraft FromText(string text, string language, DateOnly asOf, ClaimsDraftOptions options)
    {
        Preconditions.CheckNotNull(language);
        return TryParseLanguage(language, out var parsed)
            ? FromText(text, parsed, asOf, options)
            : throw new ArgumentException($"The drafter reads \"it\" (Italian) and \"en\" (English); '{language}' is not one of them.", nameof(language));
    }

    /// <summary>Reads a language code the drafter knows ("it", "en"; exact, lower case).</summary>
    /// <param name="code">The code, or null.</param>
    /// <param name="language">The language, or English when false is returned.</param>
    /// <returns>Whether the drafter reads the language.</returns>
    public static bool TryParseLanguage([NotNullWhen(true)] string? code, out NewsLanguage language)
    {
        foreach (var lexicon in Lexicon.All)
        {
            if (lexicon.RelationCues is not null && string.Equals(lexicon.Code, code, StringComparison.Ordinal))
            {
                language = lexicon.Language;
                return true;
            }
        }

        language = NewsLanguage.English;
        return false;
    }

    private static void CheckOptions(ClaimsDraftOptions options)
    {
        if (options.Scale is not (ScalePolicy.ShortScale or ScalePolicy.LongScale))
        {
            throw Preconditions.OutOfRange(nameof(options), options.Scale, "A claims document's scale is short or long.");
        }

        if (options.Title is not null)
        {
            Preconditions.CheckNotBlank(options.Title, nameof(options));
        }

        if (options.Publisher is { } publisher)
        {
            Preconditions.CheckNotBlank(publisher, nameof(options));
            _ = SourceChain.Of(publisher);
        }

        if (options.AsOfReason is not null)
        {
            Preconditions.CheckNotBlank(options.AsOfReason, nameof(options));
        }

        if (options.TextPath is { } path)
        {
            Preconditions.CheckNotBlank(path, nameof(options));
            Preconditions.CheckArgument(!System.IO.Path.IsPathRooted(path) && !path.Contains('\\', StringComparison.Ordinal), nameof(options), $"The text path '{path}' is not relative to the document with forward slashes.");
        }
    }

    private static string? Refuse(string text)
    {
        if (text.Length > MaxTextLength)
        {
            return Preconditions.Invariant($"the text has {text.Length} characters; the drafter reads at most {MaxTextLength} (split the article).");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return "the text is blank.";
        }

        int control = 0;
        foreach (char c in text)
        {
            if (c == '\0')
            {
                return "the text contains NUL characters: it looks like a binary file, not an article.";
            }

            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c == '\uFFFD')
            {
                control++;
            }
        }

        return control * 100 > text.Length
            ? Preconditions.Invariant($"{control} of the text's {text.Length} characters are control or replacement characters: it looks like a binary file, not an article.")
            : null;
    }
}
