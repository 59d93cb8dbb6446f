using System;
using DomainModel;
using DomainModel.Claims;

namespace DomainModel.Claims;

/// <summary>A claim about a quantity of type <typeparamref name="T"/>: its estimate is typed (see <see cref="Claim"/>).</summary>
/// <typeparam name="T">The quantity (Money, UnitCount, TokenRate...).</typeparam>
/// <remarks>Immutable and thread-safe. Equality is by reference. Read claims from an article with <see cref="ArticleReader"/>.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimJsonConverterFactory))]
public sealed class Claim<T> : Claim
    where T : struct, IEstimable<T>
{
    /// <summary>Creates a claim.</summary>
    /// <param name="id">A short identifier, non-blank.</param>
    /// <param name="subject">What the figure measures, non-blank.</param>
    /// <param name="quote">The article's words (not <c>default</c>).</param>
    /// <param name="source">Who the figure comes from.</param>
    /// <param name="period">The period, resolved.</param>
    /// <param name="estimate">The values the figure admits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="subject"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="subject"/> is blank, or <paramref name="quote"/> is empty.</exception>
    public Claim(string id, string subject, Quote quote, SourceChain source, ResolvedPeriod period, Estimate<T> estimate)
        : base(id, subject, quote, source, period) => Estimate = estimate;

    /// <summary>The values the figure admits, typed.</summary>
    public Estimate<T> Estimate { get; }

    /// <inheritdoc />
    public override Estimate Interval => Estimate.Interval;

    /// <inheritdoc />
    public override string UnitText => Estimate.UnitText;

    /// <inheritdoc />
    public override Type QuantityType => typeof(T);

    /// <summary>The same claim with another estimate (e.g. "what if the figure were 170 billion").</summary>
    /// <param name="estimate">The new estimate.</param>
    /// <returns>The claim.</returns>
    public Claim<T> WithEstimate(Estimate<T> estimate) => new(Id, Subject, Quote, Source, Period, estimate);

    private protected override string DescribeValue() => Estimate.ToString();
}
