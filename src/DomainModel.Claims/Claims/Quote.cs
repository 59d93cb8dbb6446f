using System;
using System.Diagnostics.CodeAnalysis;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>The words of an article a claim stands on, and where they stand in it (a character offset).</summary>
/// <remarks>Equality: text (ordinal) and offset. <c>default(Quote)</c> is an empty text at offset 0. Immutable and thread-safe.</remarks>
public readonly struct Quote : IEquatable<Quote>
{
    private readonly string? _text;

    /// <summary>Creates a quote.</summary>
    /// <param name="text">The words, non-blank.</param>
    /// <param name="offset">The index of their first character in the article, zero or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    public Quote(string text, int offset)
    {
        _text = Preconditions.CheckNotBlank(text, nameof(text));
        if (offset < 0)
        {
            throw Preconditions.OutOfRange(nameof(offset), offset, Preconditions.Invariant($"A quote's offset is an index into the article: zero or more; {offset} was given."));
        }

        Offset = offset;
    }

    /// <summary>The words.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>The index of the first character in the article.</summary>
    public int Offset { get; }

    /// <summary>The quote as it stands in <paramref name="article"/>, found word for word (the first occurrence).</summary>
    /// <param name="article">The article's text.</param>
    /// <param name="text">The words.</param>
    /// <returns>The quote with its offset.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank or does not appear in the article word for word.</exception>
    public static Quote Find(string article, string text)
    {
        Preconditions.CheckNotNull(article);
        Preconditions.CheckNotBlank(text);
        int at = article.IndexOf(text, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"The quote '{text}' does not appear word for word in the article.", nameof(text));
        }

        return new Quote(text, at);
    }

    /// <summary>Whether the quote stands at its offset in <paramref name="article"/>.</summary>
    /// <param name="article">The article's text.</param>
    /// <returns>Whether the article has these words at this offset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public bool IsIn(string article) =>
        Preconditions.CheckNotNull(article).Length >= Offset + Text.Length && string.CompareOrdinal(article, Offset, Text, 0, Text.Length) == 0;

    /// <inheritdoc />
    public bool Equals(Quote other) => string.Equals(Text, other.Text, StringComparison.Ordinal) && Offset == other.Offset;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Quote other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Text), Offset);

    /// <summary>Equality.</summary>
    /// <param name="left">The first quote.</param>
    /// <param name="right">The second quote.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Quote left, Quote right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first quote.</param>
    /// <param name="right">The second quote.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Quote left, Quote right) => !left.Equals(right);

    /// <summary>Returns <c>"words" @offset</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"\"{Text}\" @{Offset}");
}
