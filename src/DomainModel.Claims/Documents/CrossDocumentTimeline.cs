using System.Collections.Generic;
using DomainModel.Claims;

namespace DomainModel.Claims;

/// <summary>
/// What <see cref="CrossDocumentChecks.Timeline(IReadOnlyList{ClaimsDocument})"/> found: the distinct statements
/// with their sources, every finding that is not an agreement, and the agreements counted.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CrossDocumentTimeline
{
    internal CrossDocumentTimeline(int claims, IReadOnlyList<CrossDocumentStatement> statements, IReadOnlyList<CrossDocumentFinding> findings, int agreements, long agreeingPairs)
    {
        Claims = claims;
        Statements = statements;
        Findings = findings;
        Agreements = agreements;
        AgreeingPairs = agreeingPairs;
        var repeated = new List<CrossDocumentStatement>();
        foreach (var s in statements)
        {
            if (s.DocumentCount > 1)
            {
                repeated.Add(s);
            }
        }

        Repeated = repeated;
    }

    /// <summary>How many claims of the documents were indexed.</summary>
    public int Claims { get; }

    /// <summary>The distinct statements, in the order of their first sources.</summary>
    public IReadOnlyList<CrossDocumentStatement> Statements { get; }

    /// <summary>The statements made by more than one document (each also checked against itself, an agreement unless its figure cannot be compared).</summary>
    public IReadOnlyList<CrossDocumentStatement> Repeated { get; }

    /// <summary>Every finding whose verdict is Disagrees or Inconclusive: stated relations first, then by statement.</summary>
    public IReadOnlyList<CrossDocumentFinding> Findings { get; }

    /// <summary>How many findings agreed (counted, not listed).</summary>
    public int Agreements { get; }

    /// <summary>How many pairs of claims from different documents those agreeing findings stand for.</summary>
    public long AgreeingPairs { get; }
}
