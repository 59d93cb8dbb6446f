using DomainModel.Claims;
using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>
/// The article a <see cref="ClaimsDocument"/> is about: its title, publisher, language, publication date, the as-of
/// date its period words are resolved against (with the reason), where its text is, and its text.
/// </summary>
/// <remarks>Immutable and thread-safe; built only by the loader.</remarks>
public sealed class DocumentArticle
{
    internal DocumentArticle(string title, string publisher, NewsLanguage language, ScalePolicy scale, System.DateOnly? published, AsOfDate asOf, bool asOfGiven, string textPath, string text, bool madeUp)
    {
        Title = title;
        Publisher = publisher;
        Language = language;
        Scale = scale;
        Published = published;
        AsOf = asOf;
        AsOfGiven = asOfGiven;
        TextPath = textPath;
        Text = text;
        MadeUp = madeUp;
    }

    /// <summary>The article's title.</summary>
    public string Title { get; }

    /// <summary>Who published it.</summary>
    public string Publisher { get; }

    /// <summary>The language it is written in ("language": "it" or "en").</summary>
    public NewsLanguage Language { get; }

    /// <summary>How its "billion"/"trilioni" are read ("scale": "short" by default, or "long").</summary>
    public ScalePolicy Scale { get; }

    /// <summary>The publication date, if the document gives one.</summary>
    public System.DateOnly? Published { get; }

    /// <summary>The date the period words are resolved against and why: the document's "asOf", else the publication date.</summary>
    public AsOfDate AsOf { get; }

    /// <summary>Whether the document states the as-of date itself (false: it is the publication date).</summary>
    public bool AsOfGiven { get; }

    /// <summary>Where the text is, relative to the document's directory (forward slashes).</summary>
    public string TextPath { get; }

    /// <summary>The article's text, which every quote is found in word for word.</summary>
    public string Text { get; }

    /// <summary>Whether the article is made up (for tests and examples), as the document says.</summary>
    public bool MadeUp { get; }

    /// <summary>Returns the title and publisher.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Title + " (" + Publisher + (MadeUp ? ", made up" : string.Empty) + ")";
}
