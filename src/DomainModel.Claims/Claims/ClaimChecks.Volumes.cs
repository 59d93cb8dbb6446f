using System;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <content>
/// Checks between a volume consumed over a span ("7.359 trillion tokens" in a week) and a rate ("over 100 trillion
/// tokens a day"): the rate is taken over the volume's span (<see cref="EstimateMath.OverSpan"/>, exact and rounded
/// outwards), then the check of two volumes over that span runs, and its explanation states the conversion.
/// </content>
public static partial class ClaimChecks
{
    /// <summary>
    /// A rate claim taken over a span: the same claim (id, subject, quote, source, period) whose estimate is the rate
    /// × the span (<see cref="EstimateMath.OverSpan"/>), for the checks between a volume and a rate.
    /// </summary>
    /// <param name="rate">The rate claim.</param>
    /// <param name="span">The span, usually that of a <see cref="TokenVolumeOver"/> claim.</param>
    /// <param name="monthLength">How long a month is, used when the rate is monthly.</param>
    /// <returns>The claim of the volume the rate amounts to over <paramref name="span"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rate"/> is null.</exception>
    /// <exception cref="OverflowException">A bound is too large.</exception>
    public static Claim<TokenVolumeOver> OverSpan(Claim<TokenRate> rate, DateRange span, MonthLength monthLength)
    {
        Preconditions.CheckNotNull(rate);
        return Over(rate, span, monthLength);
    }

    /// <summary>"Part is one component of whole" between a volume over a span and a rate: the rate over the volume's span is the whole (see <see cref="PartOf{T}"/>).</summary>
    /// <param name="part">The volume over its span.</param>
    /// <param name="whole">The rate, admitting only values above zero.</param>
    /// <param name="monthLength">How long a month is, used when the rate is monthly.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the share part ÷ (whole over the span).</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The periods do not overlap, or a figure is refused by <see cref="EstimateMath.Ratio{T}"/>.</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> PartOf(Claim<TokenVolumeOver> part, Claim<TokenRate> whole, MonthLength monthLength)
    {
        Preconditions.CheckNotNull(part);
        Preconditions.CheckNotNull(whole);
        var over = Over(whole, part.Estimate.Stated.Span, monthLength);
        return Restate(PartOf(part, over), whole, over);
    }

    /// <summary>"Part is one component of whole" between a rate and a volume over a span: the rate over the volume's span is the part (see <see cref="PartOf{T}"/>).</summary>
    /// <param name="part">The rate.</param>
    /// <param name="whole">The volume over its span, admitting only values above zero.</param>
    /// <param name="monthLength">How long a month is, used when the rate is monthly.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the share (part over the span) ÷ whole.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The periods do not overlap, or a figure is refused by <see cref="EstimateMath.Ratio{T}"/>.</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> PartOf(Claim<TokenRate> part, Claim<TokenVolumeOver> whole, MonthLength monthLength)
    {
        Preconditions.CheckNotNull(part);
        Preconditions.CheckNotNull(whole);
        var over = Over(part, whole.Estimate.Stated.Span, monthLength);
        return Restate(PartOf(over, whole), part, over);
    }

    /// <summary>"Part is about <paramref name="fraction"/> of whole" between a volume over a span and a rate taken over that span (see <see cref="IsAboutFraction{T}"/>).</summary>
    /// <param name="part">The volume over its span.</param>
    /// <param name="whole">The rate.</param>
    /// <param name="fraction">The fraction the words state, from 0 to 1.</param>
    /// <param name="tolerance">How far from it still counts, from 0 to 1.</param>
    /// <param name="monthLength">How long a month is, used when the rate is monthly.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the share.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">A figure is refused by <see cref="EstimateMath.Ratio{T}"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> or <paramref name="tolerance"/> is outside [0, 1].</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> IsAboutFraction(Claim<TokenVolumeOver> part, Claim<TokenRate> whole, decimal fraction, decimal tolerance, MonthLength monthLength)
    {
        Preconditions.CheckNotNull(part);
        Preconditions.CheckNotNull(whole);
        var over = Over(whole, part.Estimate.Stated.Span, monthLength);
        return Restate(IsAboutFraction(part, over, fraction, tolerance), whole, over);
    }

    /// <summary>"Later is more than earlier" from a rate to a later volume over a span: the rate over the volume's span against the volume (see <see cref="Increase{T}"/>).</summary>
    /// <param name="earlier">The earlier rate, admitting only values above zero.</param>
    /// <param name="later">The later volume over its span.</param>
    /// <param name="monthLength">How long a month is, used when the rate is monthly.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the growth factor.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The periods are not in order, or a figure is refused by <see cref="EstimateMath.Ratio{T}"/>
    /// (among others, a rate of less than one token over the volume's span, whose volume over the span admits zero).</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> Increase(Claim<TokenRate> earlier, Claim<TokenVolumeOver> later, MonthLength monthLength)
    {
        Preconditions.CheckNotNull(earlier);
        Preconditions.CheckNotNull(later);
        var over = Over(earlier, later.Estimate.Stated.Span, monthLength);
        return Restate(Increase(over, later), earlier, over);
    }

    /// <summary>"Later is more than earlier" from a volume over a span to a later rate: the rate over the volume's span against the volume (see <see cref="Increase{T}"/>).</summary>
    /// <param name="earlier">The earlier volume over its span, admitting only values above zero.</param>
    /// <param name="later">The later rate.</param>
    /// <param name="monthLength">How long a month is, used when the rate is monthly.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the growth factor.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The periods are not in order, or a figure is refused by <see cref="EstimateMath.Ratio{T}"/>.</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> Increase(Claim<TokenVolumeOver> earlier, Claim<TokenRate> later, MonthLength monthLength)
    {
        Preconditions.CheckNotNull(earlier);
        Preconditions.CheckNotNull(later);
        var over = Over(later, earlier.Estimate.Stated.Span, monthLength);
        return Restate(Increase(earlier, over), later, over);
    }

    /// <summary><see cref="OverSpan"/> of a rate claim the caller has checked is not null (its null names the caller's parameter).</summary>
    private static Claim<TokenVolumeOver> Over(Claim<TokenRate> rate, DateRange span, MonthLength monthLength) =>
        new(rate.Id, rate.Subject, rate.Quote, rate.Source, rate.Period, EstimateMath.OverSpan(rate.Estimate, span, monthLength));

    /// <summary>The same check, its explanation prefixed with the conversion of the rate over the span.</summary>
    internal static ClaimCheck<Share> Restate(ClaimCheck<Share> check, Claim<TokenRate> rate, Claim<TokenVolumeOver> over)
    {
        var span = over.Estimate.Stated.Span;
        string conversion = $"{rate.Id} {Show(rate)} over {TokenVolumeOver.Describe(span)} = {Show(over)}; ";
        return new ClaimCheck<Share>(check.Relation, check.Verdict, conversion + check.Explanation, check.ClaimIds, check.Computed);
    }
}
