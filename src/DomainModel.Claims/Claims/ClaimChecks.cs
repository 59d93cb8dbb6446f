using System;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Text;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// Checks of the relations an article's words state between its figures: "un aumento rispetto a" (an increase),
/// "superando" (exceeds), "avvicinandosi a" (approaching from below), "circa la metà" (about a fraction), "circa 23
/// miliardi di dollari" next to 160 billion yuan (the same amount through an exchange rate). Each check compares the
/// intervals the claims admit, open bounds honoured: <see cref="Verdict.Agrees"/> when every admitted value bears the
/// words out, <see cref="Verdict.Disagrees"/> when none does, <see cref="Verdict.Inconclusive"/> otherwise; each result
/// carries its typed computed value (the growth factor, the share, the converted amount).
/// </summary>
/// <remarks>
/// Claims about different quantities do not compile together (a Money claim against a token claim); claims in
/// different units of one quantity throw the model's mismatch exception (CNY against USD: convert with
/// <see cref="EquivalentAfterConversion(Claim{Money}, Claim{Money}, ExchangeRate)"/>). Stateless and thread-safe.
/// </remarks>
public static partial class ClaimChecks
{
    /// <summary>"Later is more than earlier" ("aumento", "salita", "crescita"); the earlier claim's period must come first.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="earlier">The earlier figure, admitting only values above zero.</param>
    /// <param name="later">The later figure, in the same unit.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the growth factor later ÷ earlier.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The units differ (the model's mismatch exception), the periods are not in order (the earlier does not start and end no later than the later, or they are the same), or a figure is refused by <see cref="EstimateMath.Ratio{T}"/>.</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> Increase<T>(Claim<T> earlier, Claim<T> later)
        where T : struct, IEstimable<T>
    {
        return Change(earlier, later, EstimateOrder.Greater, "increase");
    }

    /// <summary>"Later is less than earlier" ("calo", "fell", "scesa"); the earlier claim's period must come first.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="earlier">The earlier figure, admitting only values above zero.</param>
    /// <param name="later">The later figure, in the same unit.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the growth factor later ÷ earlier.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Increase{T}"/>.</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> Decrease<T>(Claim<T> earlier, Claim<T> later)
        where T : struct, IEstimable<T> => Change(earlier, later, EstimateOrder.Less, "decrease");

    /// <summary>"Subject is more than other" ("superando", "exceeding").</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="subject">The figure said to be larger.</param>
    /// <param name="other">The figure said to be exceeded, in the same unit, admitting only values above zero.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the ratio subject ÷ other.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The units differ (the model's mismatch exception), or a figure is refused by <see cref="EstimateMath.Ratio{T}"/>.</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> Exceeds<T>(Claim<T> subject, Claim<T> other)
        where T : struct, IEstimable<T>
    {
        Preconditions.CheckNotNull(subject);
        Preconditions.CheckNotNull(other);
        var order = subject.Estimate.Compare(other.Estimate);
        var ratio = EstimateMath.RatioOf(subject.Estimate, other.Estimate, nameof(subject), nameof(other));
        var verdict = order switch { EstimateOrder.Greater => Verdict.Agrees, EstimateOrder.Less => Verdict.Disagrees, _ => Verdict.Inconclusive };
        return new ClaimCheck<Share>("exceeds", verdict, subject, other, ratio, default, static c => ExplainRatio<T>(c, "ratio"));
    }

    /// <summary>"Subject is less than other" ("below", "al di sotto di", "less than").</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="subject">The figure said to be smaller.</param>
    /// <param name="other">The figure it is said to be below, in the same unit, admitting only values above zero.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the ratio subject ÷ other.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The units differ (the model's mismatch exception), or a figure is refused by <see cref="EstimateMath.Ratio{T}"/>.</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> Below<T>(Claim<T> subject, Claim<T> other)
        where T : struct, IEstimable<T>
    {
        Preconditions.CheckNotNull(subject);
        Preconditions.CheckNotNull(other);
        var order = subject.Estimate.Compare(other.Estimate);
        var ratio = EstimateMath.RatioOf(subject.Estimate, other.Estimate, nameof(subject), nameof(other));
        var verdict = order switch { EstimateOrder.Less => Verdict.Agrees, EstimateOrder.Greater => Verdict.Disagrees, _ => Verdict.Inconclusive };
        return new ClaimCheck<Share>("below", verdict, subject, other, ratio, default, static c => ExplainRatio<T>(c, "ratio"));
    }

    /// <summary>
    /// "Part is one component of whole" ("di cui", "of which"): the part cannot exceed its whole, and the two periods
    /// must overlap. Agrees when every admitted part is at most every admitted whole, Disagrees when every admitted
    /// part exceeds every admitted whole.
    /// </summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole, in the same unit, admitting only values above zero.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the share part ÷ whole.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The units differ, the periods do not overlap, or a figure is refused by <see cref="EstimateMath.Ratio{T}"/>.</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> PartOf<T>(Claim<T> part, Claim<T> whole)
        where T : struct, IEstimable<T>
    {
        Preconditions.CheckNotNull(part);
        Preconditions.CheckNotNull(whole);
        var p = part.Period.Span;
        var w = whole.Period.Span;
        if (!p.Overlaps(w))
        {
            throw new ArgumentException($"A part and its whole cover the same time, but {part.Id} covers {p} and {whole.Id} covers {w}.", nameof(whole));
        }

        var ratio = EstimateMath.RatioOf(part.Estimate, whole.Estimate, nameof(part), nameof(whole));
        var atMostOne = Estimate.Create(EstimateKind.Derived, 1m, 1m, 0m, false, 1m, false);
        var verdict = part.Estimate.Compare(whole.Estimate) == EstimateOrder.Greater ? Verdict.Disagrees : Judge(ratio.Interval, atMostOne);
        return new ClaimCheck<Share>("part of", verdict, part, whole, ratio, default, static c => ExplainPartOf<T>(c));
    }

    /// <summary>
    /// "Subject is <paramref name="factor"/> times baseline" ("a 1,000x increase", "doubled", "tripled", "dieci volte"):
    /// the ratio subject ÷ baseline lies within factor × (1 ± tolerance).
    /// </summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="subject">The multiplied figure.</param>
    /// <param name="baseline">The figure it is a multiple of, in the same unit, admitting only values above zero.</param>
    /// <param name="factor">The multiple the words state (2 for "doubled"), greater than 0.</param>
    /// <param name="tolerance">How far from it still counts, relative to the factor (0.1 = ±10 %), from 0 to less than 1.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the ratio subject ÷ baseline.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The units differ, or a figure is refused by <see cref="EstimateMath.Ratio{T}"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not above 0, or <paramref name="tolerance"/> is outside [0, 1).</exception>
    /// <exception cref="OverflowException">factor × (1 + tolerance) leaves the range of decimal.</exception>
    public static ClaimCheck<Share> Multiple<T>(Claim<T> subject, Claim<T> baseline, decimal factor, decimal tolerance)
        where T : struct, IEstimable<T>
    {
        Preconditions.CheckNotNull(subject);
        Preconditions.CheckNotNull(baseline);
        if (factor <= 0m)
        {
            throw Preconditions.OutOfRange(nameof(factor), factor, Preconditions.Invariant($"A multiple must be greater than 0; {factor} was given."));
        }

        if (tolerance < 0m || tolerance >= 1m)
        {
            throw Preconditions.OutOfRange(nameof(tolerance), tolerance, Preconditions.Invariant($"The tolerance must be at least 0 and less than 1; {tolerance} was given."));
        }

        var ratio = EstimateMath.RatioOf(subject.Estimate, baseline.Estimate, nameof(subject), nameof(baseline));
        var allowed = Estimate.Create(EstimateKind.Derived, factor, factor, factor * (1m - tolerance), false, factor * (1m + tolerance), false);
        string times = NewsNumberFormatter.Format(factor, NumberStyle.Plain);
        return new ClaimCheck<Share>($"{times} times", Judge(ratio.Interval, allowed), subject, baseline, ratio, new CheckInputs(allowed, factor), static c => ExplainMultiple<T>(c));
    }

    /// <summary>
    /// "Subject is <paramref name="percent"/> % above baseline" ("at least 25% above", "il 6% in più"): the ratio
    /// subject ÷ baseline lies in 1 + percent ÷ 100, the percentage's hedge kept (<c>Estimate.AtLeast(25)</c> for
    /// "at least 25 %", <c>Estimate.Rounded(6, 1)</c> for "6 %").
    /// </summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="subject">The larger figure.</param>
    /// <param name="baseline">The figure it is compared with, in the same unit, admitting only values above zero.</param>
    /// <param name="percent">The percentage the words state, in percentage points, admitting no negative value.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the ratio subject ÷ baseline.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The units differ, <paramref name="percent"/> admits a negative value, or a figure is refused by <see cref="EstimateMath.Ratio{T}"/>.</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> PercentAbove<T>(Claim<T> subject, Claim<T> baseline, Estimate percent)
        where T : struct, IEstimable<T> => Percent(subject, baseline, percent, above: true);

    /// <summary>
    /// "Subject is <paramref name="percent"/> % below baseline" ("6% less", "il 6% in meno"): the ratio subject ÷
    /// baseline lies in 1 − percent ÷ 100, the percentage's hedge kept.
    /// </summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="subject">The smaller figure.</param>
    /// <param name="baseline">The figure it is compared with, in the same unit, admitting only values above zero.</param>
    /// <param name="percent">The percentage the words state, in percentage points, from 0 to 100.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the ratio subject ÷ baseline.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The units differ, <paramref name="percent"/> admits a value below 0 or above 100, or a figure is refused by <see cref="EstimateMath.Ratio{T}"/>.</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> PercentBelow<T>(Claim<T> subject, Claim<T> baseline, Estimate percent)
        where T : struct, IEstimable<T> => Percent(subject, baseline, percent, above: false);

    /// <summary>
    /// "Subject is approaching target" ("avvicinandosi a"): below it, and no further below than
    /// <paramref name="withinFraction"/> of it, i.e. the ratio subject ÷ target lies in [1 − withinFraction, 1).
    /// </summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="subject">The figure said to approach.</param>
    /// <param name="target">The figure approached, in the same unit, admitting only values above zero.</param>
    /// <param name="withinFraction">How close counts as approaching: greater than 0 and at most 1 (0.2 = within 20 %).</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the ratio subject ÷ target.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The units differ, or a figure is refused by <see cref="EstimateMath.Ratio{T}"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinFraction"/> is outside (0, 1].</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> Approaches<T>(Claim<T> subject, Claim<T> target, decimal withinFraction)
        where T : struct, IEstimable<T>
    {
        Preconditions.CheckNotNull(subject);
        Preconditions.CheckNotNull(target);
        if (withinFraction <= 0m || withinFraction > 1m)
        {
            throw Preconditions.OutOfRange(nameof(withinFraction), withinFraction, Preconditions.Invariant($"The closeness must be greater than 0 and at most 1; {withinFraction} was given."));
        }

        var ratio = EstimateMath.RatioOf(subject.Estimate, target.Estimate, nameof(subject), nameof(target));
        var allowed = Estimate.Create(EstimateKind.Derived, 1m, 1m, 1m - withinFraction, false, 1m, true);
        var verdict = Judge(ratio.Interval, allowed);
        return new ClaimCheck<Share>("approaches", verdict, subject, target, ratio, new CheckInputs(allowed), static c => ExplainApproaches<T>(c));
    }

    /// <summary>"Part is about <paramref name="fraction"/> of whole" ("circa la metà"): the ratio lies within fraction ± tolerance.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole, in the same unit.</param>
    /// <param name="fraction">The fraction the words state (0.5 for "half"), from 0 to 1.</param>
    /// <param name="tolerance">How far from it still counts as "about", in absolute terms (0.05 = five percentage points), from 0 to 1.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the share part ÷ whole.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The units differ, or a figure is refused by <see cref="EstimateMath.Ratio{T}"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> or <paramref name="tolerance"/> is outside [0, 1].</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> IsAboutFraction<T>(Claim<T> part, Claim<T> whole, decimal fraction, decimal tolerance)
        where T : struct, IEstimable<T>
    {
        Preconditions.CheckNotNull(part);
        Preconditions.CheckNotNull(whole);
        CheckUnitInterval(fraction, nameof(fraction));
        CheckUnitInterval(tolerance, nameof(tolerance));
        var ratio = EstimateMath.RatioOf(part.Estimate, whole.Estimate, nameof(part), nameof(whole));
        var allowed = Estimate.Create(EstimateKind.Derived, fraction, fraction, fraction - tolerance, false, fraction + tolerance, false);
        return new ClaimCheck<Share>($"about {Percent(fraction)}", Judge(ratio.Interval, allowed), part, whole, ratio, new CheckInputs(allowed, fraction), static c => ExplainFraction(c));
    }

    /// <summary>Two claims state the same quantity: they agree when their intervals overlap.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="first">One claim.</param>
    /// <param name="second">The other, in the same unit, admitting only values above zero.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the ratio first ÷ second.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The units differ, or a figure is refused by <see cref="EstimateMath.Ratio{T}"/>.</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> Consistent<T>(Claim<T> first, Claim<T> second)
        where T : struct, IEstimable<T>
    {
        Preconditions.CheckNotNull(first);
        Preconditions.CheckNotNull(second);
        // The ratio first: its unit check names this member's parameter (Overlaps would name its own).
        var ratio = EstimateMath.RatioOf(first.Estimate, second.Estimate, nameof(first), nameof(second));
        var verdict = first.Estimate.Overlaps(second.Estimate) ? Verdict.Agrees : Verdict.Disagrees;
        return new ClaimCheck<Share>("same quantity", verdict, first, second, ratio, default, static c => ExplainConsistent<T>(c));
    }

    /// <summary>
    /// Two claims state one amount in two currencies ("160 miliardi di yuan, circa 23 miliardi di dollari"): the first,
    /// converted exactly by <paramref name="rate"/>, must lie within the second (Agrees), overlap it (Inconclusive) or miss it (Disagrees).
    /// </summary>
    /// <param name="from">The claim to convert.</param>
    /// <param name="to">The claim in the other currency.</param>
    /// <param name="rate">A rate between the two claims' currencies, in either direction.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the converted estimate.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The rate is not between the two claims' currencies (or they are the same).</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Money> EquivalentAfterConversion(Claim<Money> from, Claim<Money> to, ExchangeRate rate)
    {
        Preconditions.CheckNotNull(rate);
        CheckPair(from, to, rate.Base.Code, rate.Quote.Code, rate.Pair, nameof(rate));
        return Equivalent(from, to, rate.Convert(from.Estimate), rate);
    }

    /// <summary>As <see cref="EquivalentAfterConversion(Claim{Money}, Claim{Money}, ExchangeRate)"/>, through a range of rates (converted outwards).</summary>
    /// <param name="from">The claim to convert.</param>
    /// <param name="to">The claim in the other currency.</param>
    /// <param name="range">A range of rates between the two claims' currencies, in either direction.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the converted estimate.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The range is not between the two claims' currencies.</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Money> EquivalentAfterConversion(Claim<Money> from, Claim<Money> to, ExchangeRateRange range)
    {
        Preconditions.CheckNotNull(range);
        CheckPair(from, to, range.Base.Code, range.Quote.Code, range.Pair, nameof(range));
        return Equivalent(from, to, range.Convert(from.Estimate), range);
    }

    /// <summary>"Part fits within whole" (an order inside a batch): every admitted part is at most every admitted whole.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole, in the same unit, admitting only values above zero.</param>
    /// <returns>The check; <see cref="ClaimCheck{T}.Computed"/> is the share part ÷ whole.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The units differ, or a figure is refused by <see cref="EstimateMath.Ratio{T}"/>.</exception>
    /// <exception cref="OverflowException">A ratio, sum or conversion of figures near decimal's limits has a bound beyond decimal's range (the message names the figures); such figures cannot be checked.</exception>
    public static ClaimCheck<Share> FitsWithin<T>(Claim<T> part, Claim<T> whole)
        where T : struct, IEstimable<T>
    {
        Preconditions.CheckNotNull(part);
        Preconditions.CheckNotNull(whole);
        var ratio = EstimateMath.RatioOf(part.Estimate, whole.Estimate, nameof(part), nameof(whole));
        var atMostOne = Estimate.Create(EstimateKind.Derived, 1m, 1m, 0m, false, 1m, false);
        var verdict = part.Estimate.Compare(whole.Estimate) == EstimateOrder.Greater ? Verdict.Disagrees : Judge(ratio.Interval, atMostOne);
        return new ClaimCheck<Share>("fits within", verdict, part, whole, ratio, default, static c => ExplainRatio<T>(c, "share"));
    }

    private static ClaimCheck<Share> Change<T>(Claim<T> earlier, Claim<T> later, EstimateOrder expected, string relation)
        where T : struct, IEstimable<T>
    {
        Preconditions.CheckNotNull(earlier);
        Preconditions.CheckNotNull(later);
        var e = earlier.Period.Span;
        var l = later.Period.Span;
        if (!(e.Start <= l.Start && e.End <= l.End && e != l))
        {
            throw new ArgumentException($"An {relation} compares an earlier figure with a later one, but {earlier.Id} covers {e} and {later.Id} covers {l}.", nameof(later));
        }

        // The growth first: its unit check names this member's parameter (Compare would name its own).
        var growth = EstimateMath.Growth(earlier.Estimate, later.Estimate);
        var order = later.Estimate.Compare(earlier.Estimate);
        var verdict = order == EstimateOrder.Overlapping ? Verdict.Inconclusive : order == expected ? Verdict.Agrees : Verdict.Disagrees;
        return new ClaimCheck<Share>(relation, verdict, earlier, later, growth, default, static c => ExplainChange<T>(c));
    }

    private static ClaimCheck<Share> Percent<T>(Claim<T> subject, Claim<T> baseline, Estimate percent, bool above)
        where T : struct, IEstimable<T>
    {
        Preconditions.CheckNotNull(subject);
        Preconditions.CheckNotNull(baseline);
        if (!(percent.Lower is decimal low && low >= 0m))
        {
            throw new ArgumentException(Preconditions.Invariant($"A percentage above or below admits no negative value; {percent} was given."), nameof(percent));
        }

        if (!(above || percent.Upper is decimal high && high <= 100m))
        {
            throw new ArgumentException(Preconditions.Invariant($"A percentage below admits no value above 100; {percent} was given."), nameof(percent));
        }

        decimal? lower, upper;
        bool lowerOpen, upperOpen;
        if (above)
        {
            (lower, lowerOpen) = (1m + (percent.Lower!.Value / 100m), percent.LowerOpen);
            (upper, upperOpen) = percent.Upper is decimal u ? (1m + (u / 100m), percent.UpperOpen) : ((decimal?)null, false);
        }
        else
        {
            (lower, lowerOpen) = (1m - (percent.Upper!.Value / 100m), percent.UpperOpen);
            (upper, upperOpen) = (1m - (percent.Lower!.Value / 100m), percent.LowerOpen);
        }

        decimal stated = above ? 1m + (percent.Stated / 100m) : 1m - (percent.Stated / 100m);
        var allowed = Estimate.Create(EstimateKind.Derived, stated, stated, lower, lowerOpen, upper, upperOpen);
        var ratio = EstimateMath.RatioOf(subject.Estimate, baseline.Estimate, nameof(subject), nameof(baseline));
        return new ClaimCheck<Share>(above ? "percent above" : "percent below", Judge(ratio.Interval, allowed), subject, baseline, ratio, new CheckInputs(allowed, flag: above, words: percent), static c => ExplainPercent<T>(c));
    }

    private static ClaimCheck<Money> Equivalent(Claim<Money> from, Claim<Money> to, Estimate<Money> converted, object factor)
    {
        var verdict = Judge(converted.Interval, to.Estimate.Interval);
        return new ClaimCheck<Money>($"equivalent in {to.UnitText}", verdict, from, to, converted, new CheckInputs(default, extra: factor), static c => ExplainEquivalent(c));
    }

    // ---- explanations, written when first read ---------------------------------------------------------------

    private static (Claim<T> First, Claim<T> Second) Claims<T>(ClaimCheck check)
        where T : struct, IEstimable<T> => ((Claim<T>)check.First!, (Claim<T>)check.Second!);

    private static Estimate<Share> Computed(ClaimCheck check) => ((ClaimCheck<Share>)check).Computed;

    private static string ExplainRatio<T>(ClaimCheck check, string what)
        where T : struct, IEstimable<T>
    {
        var (a, b) = Claims<T>(check);
        return $"{a.Id} {Show(a)} against {b.Id} {Show(b)}: {what} {Ratio(Computed(check))}";
    }

    private static string ExplainPartOf<T>(ClaimCheck check)
        where T : struct, IEstimable<T>
    {
        var (part, whole) = Claims<T>(check);
        string why = check.Verdict == Verdict.Disagrees ? "the part exceeds its whole" : check.Verdict == Verdict.Agrees ? "the part fits in its whole" : "the intervals admit a part above its whole";
        return $"{why}: {part.Id} {Show(part)} of {whole.Id} {Show(whole)}, share {Ratio(Computed(check))}";
    }

    private static string ExplainMultiple<T>(ClaimCheck check)
        where T : struct, IEstimable<T>
    {
        var (subject, baseline) = Claims<T>(check);
        string times = NewsNumberFormatter.Format(check.Inputs.Number, NumberStyle.Plain);
        return $"{subject.Id} {Show(subject)} / {baseline.Id} {Show(baseline)} = {Ratio(Computed(check))}; '{times}x' read as a ratio in {check.Inputs.Allowed.ToIntervalString(NumberStyle.Percent)}";
    }

    private static string ExplainApproaches<T>(ClaimCheck check)
        where T : struct, IEstimable<T>
    {
        var (subject, target) = Claims<T>(check);
        var ratio = Computed(check);
        var allowed = check.Inputs.Allowed;
        string why = check.Verdict switch
        {
            Verdict.Agrees => "every admitted value is below the target and close to it",
            Verdict.Disagrees when ratio.Interval.Compare(allowed) == EstimateOrder.Greater || ratio.Interval.Lower >= 1m => "the subject is already at or above the figure it is said to approach",
            Verdict.Disagrees => "the subject is further below than 'approaching' allows",
            _ => "the intervals admit values on both sides of the relation",
        };
        return $"{why}: {subject.Id} {Show(subject)} against {target.Id} {Show(target)}, ratio {Ratio(ratio)}; 'approaching' read as a ratio in {allowed.ToIntervalString(NumberStyle.Percent)}";
    }

    private static string ExplainFraction(ClaimCheck check) =>
        $"{check.First!.Id} / {check.Second!.Id} = {Ratio(Computed(check))}; 'about {Percent(check.Inputs.Number)}' read as {check.Inputs.Allowed.ToIntervalString(NumberStyle.Percent)}";

    private static string ExplainConsistent<T>(ClaimCheck check)
        where T : struct, IEstimable<T>
    {
        var (first, second) = Claims<T>(check);
        return $"{first.Id} {Show(first)} and {second.Id} {Show(second)} {(check.Verdict == Verdict.Agrees ? "overlap" : "do not overlap")}";
    }

    private static string ExplainChange<T>(ClaimCheck check)
        where T : struct, IEstimable<T>
    {
        var (earlier, later) = Claims<T>(check);
        return $"{earlier.Id} {Show(earlier)} ({earlier.Period.Span}) to {later.Id} {Show(later)} ({later.Period.Span}): change {EstimateMath.DescribeGrowth(Computed(check))}";
    }

    private static string ExplainPercent<T>(ClaimCheck check)
        where T : struct, IEstimable<T>
    {
        var (subject, baseline) = Claims<T>(check);
        var percent = check.Inputs.Words;
        string words = $"{percent.Kind} {percent.StatedText(NumberStyle.Plain)} % {(check.Inputs.Flag ? "above" : "below")}";
        return $"{subject.Id} {Show(subject)} / {baseline.Id} {Show(baseline)} = {Ratio(Computed(check))}; '{words}' read as a ratio in {check.Inputs.Allowed.ToIntervalString(NumberStyle.Percent)}";
    }

    private static string ExplainEquivalent(ClaimCheck check)
    {
        var (from, to) = Claims<Money>(check);
        var converted = ((ClaimCheck<Money>)check).Computed;
        return $"{from.Id} {Show(from)} at {check.Inputs.Extra} = {converted.ToIntervalString()}; {to.Id} states {Show(to)}";
    }

    private static void CheckPair(Claim<Money> from, Claim<Money> to, string @base, string quote, string pair, string rateName)
    {
        Preconditions.CheckNotNull(from);
        Preconditions.CheckNotNull(to);
        string a = from.UnitText, b = to.UnitText;
        bool between = (a == @base && b == quote) || (a == quote && b == @base);
        if (!between)
        {
            throw new ArgumentException($"A {pair} rate cannot convert {from.Id} ({a}) into {to.Id} ({b}): it must be {a}/{b} or {b}/{a}.", rateName);
        }
    }

    /// <summary>Agrees when every computed value lies in the allowed interval, Disagrees when none does.</summary>
    private static Verdict Judge(Estimate computed, Estimate allowed) =>
        computed.IsWithin(allowed) ? Verdict.Agrees : computed.Overlaps(allowed) ? Verdict.Inconclusive : Verdict.Disagrees;

    private static void CheckUnitInterval(decimal value, string paramName)
    {
        if (value < 0m || value > 1m)
        {
            throw Preconditions.OutOfRange(paramName, value, Preconditions.Invariant($"Must be between 0 and 1 inclusive; {value} was given."));
        }
    }

    private static string Show<T>(Claim<T> claim)
        where T : struct, IEstimable<T> => claim.Estimate.ToIntervalString();

    private static string Ratio(Estimate<Share> ratio) => ratio.ToIntervalString();

    private static string Percent(decimal value) => NewsNumberFormatter.Format(value, NumberStyle.Percent);
}
