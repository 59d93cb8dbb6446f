using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// Who a figure comes from, and through whom: "Financial Times citing ByteDance" is the reporter (the outlet the
/// article cites) followed by the origin (who gave the figure). A chain of one link is a direct source.
/// </summary>
/// <remarks>Each link is a non-blank name without leading or trailing white space. Equality: the links, in order,
/// compared ordinally. Immutable and thread-safe.</remarks>
public sealed class SourceChain : IEquatable<SourceChain>
{
    private const string Citing = " citing ";
    private readonly string[] _links;

    private SourceChain(string[] links) => _links = links;

    /// <summary>The links from the outlet the reader meets first to the origin of the figure.</summary>
    public IReadOnlyList<string> Links => _links;

    /// <summary>The first link: who the article names as its source ("Financial Times").</summary>
    public string Reporter => _links[0];

    /// <summary>The last link: who gave the figure ("ByteDance"); the reporter itself for a direct source.</summary>
    public string Origin => _links[^1];

    /// <summary>A direct source.</summary>
    /// <param name="source">The name ("QuestMobile").</param>
    /// <returns>The chain of one link.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank, has surrounding white space or contains " citing ".</exception>
    public static SourceChain Of(string source) => new([CheckLink(source, nameof(source))]);

    /// <summary>A chain of several links, reporter first.</summary>
    /// <param name="links">The names, at least one.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="links"/> or a link is null.</exception>
    /// <exception cref="ArgumentException">There is no link, or a link is refused (see <see cref="Of(string)"/>).</exception>
    public static SourceChain Of(IReadOnlyList<string> links)
    {
        Preconditions.CheckNotNull(links);
        Preconditions.CheckArgument(links.Count > 0, nameof(links), "A source chain needs at least one link.");
        return new([.. links.Select(l => CheckLink(l, nameof(links)))]);
    }

    /// <summary>This chain, citing one more source: <c>SourceChain.Of("Financial Times").Citing("ByteDance")</c>.</summary>
    /// <param name="source">Who the last link cites.</param>
    /// <returns>The longer chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is refused (see <see cref="Of(string)"/>).</exception>
    public SourceChain Cite(string source) => new([.. _links, CheckLink(source, nameof(source))]);

    /// <summary>Reads the text <see cref="ToString"/> writes: links separated by " citing ".</summary>
    /// <param name="text">e.g. "Financial Times citing ByteDance".</param>
    /// <returns>The chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">A link is blank.</exception>
    public static SourceChain Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return new([.. text.Split(Citing).Select(l => CheckLink(l, nameof(text)))]);
    }

    /// <summary>The links joined by " citing ": "Financial Times citing ByteDance".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(Citing, _links);

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] SourceChain? other) => other is not null && _links.SequenceEqual(other._links, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as SourceChain);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>Equality; two nulls are equal.</summary>
    /// <param name="left">The first chain.</param>
    /// <param name="right">The second chain.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SourceChain? left, SourceChain? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first chain.</param>
    /// <param name="right">The second chain.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SourceChain? left, SourceChain? right) => !(left == right);

    private static string CheckLink(string? link, string paramName)
    {
        Preconditions.CheckNotBlank(link, paramName);

        // The messages are built only for a refusal. Not blank, so a link has surrounding white space exactly when its
        // first or last character is white space (what Trim removes).
        if (char.IsWhiteSpace(link[0]) || char.IsWhiteSpace(link[^1]))
        {
            throw new ArgumentException($"A source name has no surrounding white space: '{link}'.", paramName);
        }

        if (link.Contains(Citing, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A source name cannot contain '{Citing.Trim()}': '{link}' (use Cite to add a link).", paramName);
        }

        return link;
    }
}
