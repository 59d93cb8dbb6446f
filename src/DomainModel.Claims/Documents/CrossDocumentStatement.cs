using System.Collections.Generic;
using DomainModel.Claims;

namespace DomainModel.Claims;

/// <summary>
/// One distinct statement of <see cref="CrossDocumentChecks.Timeline(IReadOnlyList{ClaimsDocument})"/>: the claims
/// of the documents given that state the same subject and metric (ignoring case), in the same quantity and unit, for
/// the same period, with the same estimate (and the same "partOf"), merged with all their sources.
/// </summary>
/// <remarks>Immutable and thread-safe once returned.</remarks>
public sealed class CrossDocumentStatement
{
    private readonly List<CrossDocumentSource> _sources = [];

    internal CrossDocumentStatement(int order) => Order = order;

    /// <summary>The claims that make this statement, documents in the given order, claims in each document's order; at least one.</summary>
    public IReadOnlyList<CrossDocumentSource> Sources => _sources;

    /// <summary>The first source's claim: subject, metric, period and estimate are those of every source.</summary>
    public DocumentClaim Claim => _sources[0].Claim;

    /// <summary>How many of the documents given state it (a document given twice counts twice).</summary>
    public int DocumentCount { get; private set; }

    /// <summary>The statement's place among all statements (the order of their first sources).</summary>
    internal int Order { get; }

    internal void Add(CrossDocumentSource source)
    {
        if (_sources.Count == 0 || _sources[^1].DocumentIndex != source.DocumentIndex)
        {
            DocumentCount++;
        }

        _sources.Add(source);
    }

    /// <summary>Returns <c>claim-id (title)</c> and, for several sources, how many.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _sources.Count == 1 ? _sources[0].ToString() : $"{_sources[0]} and {_sources.Count - 1} more";
}
