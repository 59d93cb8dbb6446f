using System;
using System.Collections.Generic;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// The result of checking what an article's words say about its figures: the relation, the verdict, the claims and
/// the numbers behind it. The non-generic base of <see cref="ClaimCheck{T}"/>, which carries the typed computed value.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<ClaimCheck>))]
public abstract class ClaimCheck
{
    private protected ClaimCheck(string relation, Verdict verdict, string explanation, IReadOnlyList<string> claimIds)
    {
        Relation = Preconditions.CheckNotBlank(relation, nameof(relation));
        Verdict = verdict;
        Explanation = Preconditions.CheckNotBlank(explanation, nameof(explanation));
        ClaimIds = [.. Preconditions.CheckNotNull(claimIds)];
    }

    /// <summary>The relation the words state ("increase", "about 50 %", "equivalent in USD").</summary>
    public string Relation { get; }

    /// <summary>Whether the figures bear the words out.</summary>
    public Verdict Verdict { get; }

    /// <summary>The numbers behind the verdict, in words (intervals written by the library's one renderer).</summary>
    public string Explanation { get; }

    /// <summary>The identifiers of the claims checked.</summary>
    public IReadOnlyList<string> ClaimIds { get; }

    /// <summary>The computed value's interval (the ratio, the share, the converted amount), as a decimal estimate.</summary>
    public abstract Estimate ComputedInterval { get; }

    /// <summary>Returns <c>[Verdict] relation (ids): explanation</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"[{Verdict}] {Relation} ({string.Join(", ", ClaimIds)}): {Explanation}";
}
