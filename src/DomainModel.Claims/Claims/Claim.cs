using System;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// One figure an article states, with what a reviewer needs to check it: what it measures, the words and where they
/// stand, who it comes from (through whom), the period it covers (resolved) and the values it admits. The non-generic
/// base of <see cref="Claim{T}"/>, for mixed lists (in F#, match <c>:? Claim&lt;Money&gt; as m</c>).
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is by reference (two claims may state the same figure).</remarks>
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<Claim>))]
public abstract class Claim
{
    private protected Claim(string id, string subject, Quote quote, SourceChain source, ResolvedPeriod period)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Subject = Preconditions.CheckNotBlank(subject, nameof(subject));
        Preconditions.CheckArgument(quote.Text.Length > 0, nameof(quote), "A claim needs the words it stands on (default(Quote) is empty).");
        Quote = quote;
        Source = Preconditions.CheckNotNull(source);
        Period = period;
    }

    /// <summary>A short identifier, unique within an article (e.g. "capex-2026-cny").</summary>
    public string Id { get; }

    /// <summary>What the figure measures.</summary>
    public string Subject { get; }

    /// <summary>The article's words and their offset.</summary>
    public Quote Quote { get; }

    /// <summary>Who the figure comes from, and through whom.</summary>
    public SourceChain Source { get; }

    /// <summary>The period the figure covers, resolved against the claim set's as-of date.</summary>
    public ResolvedPeriod Period { get; }

    /// <summary>The admitted magnitudes, as a decimal estimate in <see cref="UnitText"/>.</summary>
    public abstract Estimate Interval { get; }

    /// <summary>The unit as text ("CNY", "H200 unit", "tokens per 1 d").</summary>
    public abstract string UnitText { get; }

    /// <summary>The type of the quantity (<c>Money</c>, <c>UnitCount</c>...).</summary>
    public abstract Type QuantityType { get; }

    /// <summary>Returns <c>id: estimate (period; source)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {DescribeValue()} ({Period}; {Source})";

    private protected abstract string DescribeValue();
}
