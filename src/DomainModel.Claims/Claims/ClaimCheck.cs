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
    private readonly Func<ClaimCheck, string>? _explain;
    private readonly CheckInputs? _inputs;
    private readonly string? _first;
    private readonly string? _second;
    private string? _explanation;
    private IReadOnlyList<string>? _claimIds;

    private protected ClaimCheck(string relation, Verdict verdict, string explanation, IReadOnlyList<string> claimIds)
    {
        Relation = Preconditions.CheckNotBlank(relation, nameof(relation));
        Verdict = verdict;
        _explanation = Preconditions.CheckNotBlank(explanation, nameof(explanation));
        _claimIds = [.. Preconditions.CheckNotNull(claimIds)];
    }

    /// <summary>A check of two claims whose explanation is written when it is first asked for (verdicts and computed
    /// values first, text lazily): <paramref name="explain"/> is a static function of the check and its inputs.</summary>
    private protected ClaimCheck(string relation, Verdict verdict, Claim first, Claim second, CheckInputs? inputs, Func<ClaimCheck, string> explain)
    {
        Relation = relation;
        Verdict = verdict;
        First = first;
        Second = second;
        _inputs = inputs;
        _explain = explain;
        _first = first.Id;
        _second = second.Id;
    }

    /// <summary>The relation the words state ("increase", "about 50 %", "equivalent in USD").</summary>
    public string Relation { get; }

    /// <summary>Whether the figures bear the words out.</summary>
    public Verdict Verdict { get; }

    /// <summary>The numbers behind the verdict, in words (intervals written by the library's one renderer). Written
    /// when first read; the same text every time, from any thread.</summary>
    public string Explanation => _explanation ??= _explain!(this);

    /// <summary>The identifiers of the claims checked.</summary>
    public IReadOnlyList<string> ClaimIds => _claimIds ??= Array.AsReadOnly(new[] { _first!, _second! });

    /// <summary>The first claim checked, for the lazy explanation (null for a check built from its parts).</summary>
    internal Claim? First { get; }

    /// <summary>The second claim checked (null for a check built from its parts).</summary>
    internal Claim? Second { get; }

    /// <summary>What else the explanation needs (the interval the words allow, a factor, the rate).</summary>
    internal CheckInputs Inputs => _inputs ?? CheckInputs.None;

    /// <summary>The computed value's interval (the ratio, the share, the converted amount), as a decimal estimate.</summary>
    public abstract Estimate ComputedInterval { get; }

    /// <summary>Returns <c>[Verdict] relation (ids): explanation</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"[{Verdict}] {Relation} ({string.Join(", ", ClaimIds)}): {Explanation}";
}
