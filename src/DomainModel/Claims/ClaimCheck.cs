using System;
using System.Collections.Generic;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>The result of checking what an article's words say about its figures: the relation, the verdict and the numbers behind it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ClaimCheck
{
    /// <summary>Creates a result.</summary>
    /// <param name="relation">The relation the words state, e.g. "increase" or "about half".</param>
    /// <param name="verdict">The verdict.</param>
    /// <param name="explanation">The numbers behind the verdict, in words.</param>
    /// <param name="claimIds">The claims checked.</param>
    /// <param name="computed">A value the check computed (a ratio, a converted amount), if any.</param>
    /// <exception cref="ArgumentNullException">A text or <paramref name="claimIds"/> is null.</exception>
    public ClaimCheck(string relation, Verdict verdict, string explanation, IReadOnlyList<string> claimIds, Estimate? computed)
    {
        Relation = Preconditions.CheckNotNull(relation);
        Verdict = verdict;
        Explanation = Preconditions.CheckNotNull(explanation);
        ClaimIds = [.. Preconditions.CheckNotNull(claimIds)];
        Computed = computed;
    }

    /// <summary>The relation the words state.</summary>
    public string Relation { get; }

    /// <summary>Whether the figures bear the words out.</summary>
    public Verdict Verdict { get; }

    /// <summary>The numbers behind the verdict.</summary>
    public string Explanation { get; }

    /// <summary>The identifiers of the claims checked.</summary>
    public IReadOnlyList<string> ClaimIds { get; }

    /// <summary>A value the check computed, if any.</summary>
    public Estimate? Computed { get; }

    /// <summary>Returns <c>[Verdict] relation (ids): explanation</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"[{Verdict}] {Relation} ({string.Join(", ", ClaimIds)}): {Explanation}";
}
