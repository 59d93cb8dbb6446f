using System;
using UnitsNet;

namespace DomainModel;

/// <content>Token volumes over a span and token rates, converted into each other with their uncertainty kept.</content>
public static partial class EstimateMath
{
    /// <summary>
    /// The average rate of a volume consumed over a span ("7.359 trillion tokens" in a week, per day): each bound ×
    /// <paramref name="period"/> ÷ the span, computed exactly and rounded outwards to whole tokens.
    /// </summary>
    /// <param name="volume">The volume over its span.</param>
    /// <param name="period">The rate's period (1 day, 1 week...; see <see cref="TokenRate"/>).</param>
    /// <param name="monthLength">How long a month is, when <paramref name="period"/> is in months.</param>
    /// <returns>The estimate of the average rate per <paramref name="period"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is invalid.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is in an unsupported unit.</exception>
    /// <exception cref="OverflowException">A bound is too large.</exception>
    public static Estimate<TokenRate> AverageRate(Estimate<TokenVolumeOver> volume, Duration period, MonthLength monthLength)
    {
        var target = volume.Stated.ToAverageRate(period, monthLength, MidpointRounding.ToEven);
        decimal to = TokenRate.SecondsIn(target.Period, monthLength);
        decimal from = TokenVolumeOver.SpanSeconds(volume.Stated.Span);
        IEstimable<TokenRate> unit = target;
        return new Estimate<TokenRate>(unit.WithMagnitude(0m), ScaleTokens(volume.Interval, to, from), nameof(volume));
    }

    /// <summary>
    /// The volume a rate amounts to over a span ("over 100 trillion tokens a day" over a week): each bound × the span ÷
    /// the rate's period, computed exactly and rounded outwards to whole tokens.
    /// </summary>
    /// <param name="rate">The rate.</param>
    /// <param name="span">The span.</param>
    /// <param name="monthLength">How long a month is, when the rate is monthly.</param>
    /// <returns>The estimate of the volume over <paramref name="span"/>.</returns>
    /// <exception cref="OverflowException">A bound is too large.</exception>
    public static Estimate<TokenVolumeOver> OverSpan(Estimate<TokenRate> rate, DateRange span, MonthLength monthLength)
    {
        decimal to = TokenVolumeOver.SpanSeconds(span);
        decimal from = TokenRate.SecondsIn(rate.Stated.Period, monthLength);
        return new Estimate<TokenVolumeOver>(new TokenVolumeOver(TokenVolume.Zero, span), ScaleTokens(rate.Interval, to, from), nameof(rate));
    }

    /// <summary>Every bound × to ÷ from, outwards to whole tokens; an open bound stays open only where the product is exact.</summary>
    private static Estimate ScaleTokens(Estimate r, decimal to, decimal from)
    {
        decimal? low = r.Lower is decimal l ? Whole(l, to, from, MidpointRounding.ToNegativeInfinity) : null;
        decimal? high = r.Upper is decimal u ? Whole(u, to, from, MidpointRounding.ToPositiveInfinity) : null;
        bool lowExact = r.Lower is decimal l2 && low == ExactOrNull(l2, to, from);
        bool highExact = r.Upper is decimal u2 && high == ExactOrNull(u2, to, from);
        decimal stated = Whole(r.Stated, to, from, MidpointRounding.ToEven);
        stated = Clamp(stated, low, high);
        return Estimate.Create(EstimateKind.Derived, stated, stated, low, lowExact && r.LowerOpen, high, highExact && r.UpperOpen);
    }
}
