using System;
using System.Numerics;
using DomainModel.Claims;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using UnitsNet;
using Xunit;
using static DomainModel.Tests.Claims.EstimateMathLawTests;

namespace DomainModel.Tests.Claims;

/// <summary>
/// Laws of volumes over a span and rates: converting one into the other, and the checks between them, admit every
/// exact combination of admitted values (compared with BigInteger fractions computed here, not with the library's
/// arithmetic).
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries), typeof(VolumeRateLawTests.Spans) }, MaxTest = 300)]
public sealed class VolumeRateLawTests
{
    private const string Text = "Made up for the test: the rate in 2025 and the volume in 2026, and the rate in 2026.";
    private static readonly DateOnly AsOf = new(2026, 12, 31);

    public sealed record Period(Duration Value, BigInteger Seconds, MonthLength MonthLength);

    public static class Spans
    {
        public static Arbitrary<DateRange> Span() => Arb.From(
            from length in Gen.Choose(1, 366)
            select new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1).AddDays(length - 1)));

        public static Arbitrary<Period> RatePeriod() => Arb.From(Gen.Elements(
            new Period(Duration.FromDays(1), 86_400, MonthLength.ThirtyDays),
            new Period(Duration.FromHours(1), 3_600, MonthLength.ThirtyDays),
            new Period(Duration.FromWeeks(1), 604_800, MonthLength.ThirtyDays),
            new Period(Duration.FromMonths30(1), 2_629_800, MonthLength.JulianAverage), // 30.4375 × 86,400
            new Period(Duration.FromYears365(1), 31_536_000, MonthLength.GregorianAverage)));
    }

    [Property]
    public bool OverSpan_AdmitsEveryRateTimesTheSpan(NonNegativeInterval tokens, Period period, DateRange span, byte where)
    {
        if (!TryWhole(tokens.Value, where, out var rate, out decimal r, x => TokenRate.Per(x, period.Value)))
        {
            return true;
        }

        var over = EstimateMath.OverSpan(rate, span, period.MonthLength);
        return over.Stated.Span == span && Admits(over.Interval, Big(r) * SpanSeconds(span), period.Seconds);
    }

    [Property]
    public bool AverageRate_AdmitsEveryVolumeOverTheSpan(NonNegativeInterval tokens, Period period, DateRange span, byte where)
    {
        if (!TryWhole(tokens.Value, where, out var volume, out decimal v, x => new TokenVolumeOver(x, span)))
        {
            return true;
        }

        var average = EstimateMath.AverageRate(volume, period.Value, period.MonthLength);
        return average.Stated.Period.Unit == period.Value.Unit && Admits(average.Interval, Big(v) * period.Seconds, SpanSeconds(span));
    }

    [Property]
    public bool PartOf_VolumeOfRate_AdmitsEveryShare(NonNegativeInterval part, NonNegativeInterval whole, Period period, DateRange span, byte s, byte t)
    {
        if (!TryWhole(part.Value, s, out var volume, out decimal v, x => new TokenVolumeOver(x, span))
            || !TryWhole(whole.Value, t, out var rate, out decimal r, x => TokenRate.Per(x, period.Value))
            || !AboveZero(EstimateMath.OverSpan(rate, span, period.MonthLength).Interval))
        {
            return true;
        }

        var check = ClaimChecks.PartOf(Claim("volume", "in 2026", volume), Claim("rate", "in 2026", rate), period.MonthLength);

        // share = v / (r × span ÷ period) = v × period / (r × span)
        bool admitted = Admits(check.Computed.Interval, Big(v) * period.Seconds, Big(r) * SpanSeconds(span));
        bool verdictHolds = check.Verdict != Verdict.Disagrees || Big(v) * period.Seconds > Big(r) * SpanSeconds(span);
        return admitted && verdictHolds;
    }

    [Property]
    public bool PartOf_RateOfVolume_AdmitsEveryShare(NonNegativeInterval part, NonNegativeInterval whole, Period period, DateRange span, byte s, byte t)
    {
        if (!TryWhole(part.Value, s, out var rate, out decimal r, x => TokenRate.Per(x, period.Value))
            || !TryWhole(whole.Value, t, out var volume, out decimal v, x => new TokenVolumeOver(x, span))
            || !AboveZero(volume.Interval))
        {
            return true;
        }

        var check = ClaimChecks.PartOf(Claim("rate", "in 2026", rate), Claim("volume", "in 2026", volume), period.MonthLength);
        return Admits(check.Computed.Interval, Big(r) * SpanSeconds(span), Big(v) * period.Seconds);
    }

    [Property]
    public bool Increase_RateToLaterVolume_AdmitsEveryGrowthFactor(NonNegativeInterval earlier, NonNegativeInterval later, Period period, DateRange span, byte s, byte t)
    {
        if (!TryWhole(earlier.Value, s, out var rate, out decimal r, x => TokenRate.Per(x, period.Value))
            || !TryWhole(later.Value, t, out var volume, out decimal v, x => new TokenVolumeOver(x, span))
            || !AboveZero(EstimateMath.OverSpan(rate, span, period.MonthLength).Interval))
        {
            return true;
        }

        var check = ClaimChecks.Increase(Claim("rate", "in 2025", rate), Claim("volume", "in 2026", volume), period.MonthLength);

        // growth = v ÷ (r × span ÷ period); a Disagrees verdict means the later volume is below the earlier rate over the span.
        bool admitted = Admits(check.Computed.Interval, Big(v) * period.Seconds, Big(r) * SpanSeconds(span));
        bool verdictHolds = check.Verdict != Verdict.Disagrees || Big(v) * period.Seconds < Big(r) * SpanSeconds(span);
        bool agreeHolds = check.Verdict != Verdict.Agrees || Big(v) * period.Seconds > Big(r) * SpanSeconds(span);
        return admitted && verdictHolds && agreeHolds;
    }

    [Fact]
    public void Increase_RateBelowOneTokenOverTheSpan_IsRefused_NotRoundedToZeroInSilence()
    {
        // Found by the law above: 123 to 5,160 tokens a year over one day is at most 15 tokens, and its lower
        // bound, outwards to whole tokens, is 0: a growth over a whole that admits zero is refused.
        var rate = Estimate.Between(TokenRate.Per(TokenVolume.FromTokens(123m), Duration.FromYears365(1)), TokenRate.Per(TokenVolume.FromTokens(5160m), Duration.FromYears365(1)));
        var day = new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1));
        var volume = Estimate.Exactly(new TokenVolumeOver(TokenVolume.FromTokens(96531m), day));
        Assert.Equal(0m, EstimateMath.OverSpan(rate, day, MonthLength.GregorianAverage).Interval.Lower);
        var refused = Assert.Throws<ArgumentException>(() => ClaimChecks.Increase(Claim("rate", "in 2025", rate), Claim("volume", "in 2026", volume), MonthLength.GregorianAverage));
        Assert.Contains("above zero", refused.Message, StringComparison.Ordinal);
    }

    [Property]
    public bool Increase_VolumeToLaterRate_AdmitsEveryGrowthFactor(NonNegativeInterval earlier, NonNegativeInterval later, Period period, DateRange span, byte s, byte t)
    {
        var earlySpan = new DateRange(span.Start.AddYears(-1), span.End.AddYears(-1));
        if (!TryWhole(earlier.Value, s, out var volume, out decimal v, x => new TokenVolumeOver(x, earlySpan))
            || !TryWhole(later.Value, t, out var rate, out decimal r, x => TokenRate.Per(x, period.Value))
            || !AboveZero(volume.Interval))
        {
            return true;
        }

        var check = ClaimChecks.Increase(Claim("volume", "in 2025", volume), Claim("rate", "in 2026", rate), period.MonthLength);
        return Admits(check.Computed.Interval, Big(r) * SpanSeconds(earlySpan), Big(v) * period.Seconds);
    }

    [Fact]
    public void AboutFraction_TheWeekOfMarch16To22_ChinaOfTheWorld()
    {
        // Made up: "7.359 trillion tokens" that week, "1.5 trillion tokens a day" worldwide, "about 70 %".
        var week = new DateRange(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 22));
        var china = Claim("china", "in 2026", Estimate.Rounded(new TokenVolumeOver(TokenVolume.FromTrillions(7.359m), week), 1_000_000_000m));
        var world = Claim("world", "in 2026", Estimate.Rounded(TokenRate.PerDay(TokenVolume.FromTrillions(1.5m)), 100_000_000_000m));
        var check = ClaimChecks.IsAboutFraction(china, world, 0.7m, 0.05m, MonthLength.ThirtyDays);

        // World over the week: 1.45 to 1.55 T × 7 = 10.15 to 10.85 T; share 7.3585 / 10.85 = 0.67820… to 7.3595 / 10.15 = 0.725073….
        Assert.Equal(Verdict.Agrees, check.Verdict);
        Assert.InRange(check.Computed.Interval.Lower!.Value, 0.678202m, 0.678203m);
        Assert.InRange(check.Computed.Interval.Upper!.Value, 0.725073m, 0.725074m);
        Assert.StartsWith("world ", check.Explanation, StringComparison.Ordinal);
        Assert.Contains(" over 2026-03-16..2026-03-22 (7 days) = ", check.Explanation, StringComparison.Ordinal);
        Assert.Equal(["china", "world"], check.ClaimIds);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static Claim<T> Claim<T>(string id, string period, Estimate<T> estimate)
        where T : struct, IEstimable<T>
    {
        string words = id == "volume" || id == "china" ? "the volume" : "the rate";
        return new Claim<T>(id, "test", Quote.Find(Text, words), SourceChain.Of("made up"), ResolvedPeriod.Parse(period, AsOf), estimate);
    }

    /// <summary>A whole admitted value of the interval (rounded up from a pick), and the typed estimate; false when the interval admits no whole value there.</summary>
    private static bool TryWhole<T>(Estimate interval, byte where, out Estimate<T> estimate, out decimal value, Func<TokenVolume, T> unit)
        where T : struct, IEstimable<T>
    {
        estimate = default;
        value = 0m;
        try
        {
            estimate = Estimate.Of(unit(TokenVolume.Zero), interval);
        }
        catch (ArgumentException)
        {
            return false;
        }

        var e = estimate.Interval;
        decimal low = e.Lower ?? 0m;
        decimal high = e.Upper ?? (low + 1000m);
        value = decimal.Ceiling(low + ((high - low) * (where / 255m)));
        return e.Contains(value);
    }

    private static bool AboveZero(Estimate e) => e.Lower is decimal l && (l > 0m || (l == 0m && e.LowerOpen));

    private static BigInteger SpanSeconds(DateRange span) => new BigInteger(span.LengthInDays) * 86_400;

    private static BigInteger Big(decimal whole) => new(whole);

    /// <summary>Whether <paramref name="e"/> admits num/den (den positive), compared as BigInteger fractions.</summary>
    private static bool Admits(Estimate e, BigInteger num, BigInteger den)
    {
        bool lowerOk = e.Lower is not decimal l || Compare(l, num, den) is var c && (c < 0 || (c == 0 && e.LowerInclusive));
        bool upperOk = e.Upper is not decimal u || Compare(u, num, den) is var d && (d > 0 || (d == 0 && e.UpperInclusive));
        return lowerOk && upperOk;
    }

    /// <summary>Compares a decimal with num/den exactly: the decimal's bits as a BigInteger over a power of ten.</summary>
    private static int Compare(decimal bound, BigInteger num, BigInteger den)
    {
        int[] bits = decimal.GetBits(bound);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        if (bits[3] < 0)
        {
            mantissa = -mantissa;
        }

        var scale = BigInteger.Pow(10, (bits[3] >> 16) & 0xFF);
        return (mantissa * den).CompareTo(num * scale);
    }
}
