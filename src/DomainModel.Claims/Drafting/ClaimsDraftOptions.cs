using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>
/// What <see cref="ClaimsDraft.FromText(string, NewsLanguage, System.DateOnly, ClaimsDraftOptions)"/> writes into the
/// draft's article besides the text: title, publisher (the source of every figure the text gives no source for), where
/// the text file is relative to the document, the scale of "billion"/"trilioni" and why the as-of date was chosen.
/// Every property is optional (null: the default named on it).
/// </summary>
/// <remarks>Immutable (init-only properties) and thread-safe. From F#: <c>ClaimsDraftOptions(Publisher = "Reuters")</c>.</remarks>
public sealed class ClaimsDraftOptions
{
    /// <summary>The default options.</summary>
    public static ClaimsDraftOptions Default { get; } = new();

    /// <summary>The article's title; default: the beginning of its first sentence.</summary>
    public string? Title { get; init; }

    /// <summary>Who published the article, the source of figures without one of their own; default "unknown publisher" (a note says so).</summary>
    public string? Publisher { get; init; }

    /// <summary>The text file, relative to the document, forward slashes ("article.text"); default "article.txt".</summary>
    public string? TextPath { get; init; }

    /// <summary>How "billion"/"trilioni" are read: <see cref="ScalePolicy.ShortScale"/> (the default) or <see cref="ScalePolicy.LongScale"/>.</summary>
    public ScalePolicy Scale { get; init; } = ScalePolicy.ShortScale;

    /// <summary>Why the as-of date was chosen ("asOf.reason"); default "the as-of date given to the draft".</summary>
    public string? AsOfReason { get; init; }
}
