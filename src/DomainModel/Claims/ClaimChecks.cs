using System;
using System.Globalization;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// Checks of the relations an article's words state between its figures: "un aumento rispetto a" (an increase),
/// "superando" (exceeds), "avvicinandosi a" (approaching from below), "circa la metà" (about a fraction), "circa 23
/// miliardi di dollari" next to 160 billion yuan (the same amount through an exchange rate). Each check compares the
/// intervals the claims admit (<see cref="Estimate"/>): <see cref="Verdict.Agrees"/> when every admitted value bears the
/// words out, <see cref="Verdict.Disagrees"/> when none does, <see cref="Verdict.Inconclusive"/> otherwise.
/// </summary>
/// <remarks>Stateless and thread-safe. Numbers in explanations are invariant.</remarks>
public static class ClaimChecks
{
    /// <summary>"Later is more than earlier" ("aumento", "salita", "crescita").</summary>
    /// <param name="earlier">The earlier figure.</param>
    /// <param name="later">The later figure, in the same unit.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The claims have different units.</exception>
    public static ClaimCheck Increase(Claim earlier, Claim later) => Greater("increase", later, earlier);

    /// <summary>"Subject is more than other" ("superando", "exceeding").</summary>
    /// <param name="subject">The figure said to be larger.</param>
    /// <param name="other">The figure said to be exceeded, in the same unit.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The claims have different units.</exception>
    public static ClaimCheck Exceeds(Claim subject, Claim other) => Greater("exceeds", subject, other);

    /// <summary>
    /// "Subject is approaching target" ("avvicinandosi a"): below it, and no further below than
    /// <paramref name="withinFraction"/> of it. A subject already above the target disagrees with the word.
    /// </summary>
    /// <param name="subject">The figure said to approach.</param>
    /// <param name="target">The figure approached, in the same unit.</param>
    /// <param name="withinFraction">How close counts as approaching, as a fraction of the target: greater than 0 and at most 1 (0.2 = within 20 %).</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The claims have different units.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinFraction"/> is outside (0, 1].</exception>
    /// <exception cref="InvalidOperationException">The target is unbounded.</exception>
    public static ClaimCheck Approaches(Claim subject, Claim target, decimal withinFraction)
    {
        SameUnit(subject, target);
        if (withinFraction <= 0m || withinFraction > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(withinFraction), withinFraction, FormattableString.Invariant($"The closeness must be greater than 0 and at most 1; {withinFraction} was given."));
        }

        var s = subject.Estimate;
        var t = target.Estimate;
        if (!t.IsBounded)
        {
            throw new InvalidOperationException($"Cannot say whether anything approaches {target.Id}: its estimate {t} is unbounded.");
        }

        var near = Estimate.Derived(t.Lower!.Value * (1m - withinFraction), t.Upper!.Value);
        string numbers = $"{subject.Id} {Show(s)} against {target.Id} {Show(t)}, 'approaching' read as below it by at most {Percent(withinFraction)}";
        Verdict verdict;
        string why;
        if (s.Compare(t) == EstimateOrder.Greater)
        {
            (verdict, why) = (Verdict.Disagrees, "the subject is already above the figure it is said to approach");
        }
        else if (s.Compare(near) == EstimateOrder.Less)
        {
            (verdict, why) = (Verdict.Disagrees, "the subject is further below than 'approaching' allows");
        }
        else if (s.Compare(t) == EstimateOrder.Less && s.Lower is decimal low && low >= t.Upper.Value * (1m - withinFraction))
        {
            (verdict, why) = (Verdict.Agrees, "every admitted value is below the target and close to it");
        }
        else
        {
            (verdict, why) = (Verdict.Inconclusive, "the intervals admit values on both sides of the relation");
        }

        return new ClaimCheck("approaches", verdict, $"{why}: {numbers}", [subject.Id, target.Id], null);
    }

    /// <summary>"Part is about <paramref name="fraction"/> of whole" ("circa la metà"): the ratio lies within fraction ± tolerance.</summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole, in the same unit.</param>
    /// <param name="fraction">The fraction the words state (0.5 for "half"), from 0 to 1.</param>
    /// <param name="tolerance">How far from it still counts as "about", in absolute terms (0.05 = five percentage points), from 0 to 1.</param>
    /// <returns>The check; <see cref="ClaimCheck.Computed"/> is the ratio.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The claims have different units.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> or <paramref name="tolerance"/> is outside [0, 1].</exception>
    /// <exception cref="InvalidOperationException">An estimate is unbounded.</exception>
    /// <exception cref="DivideByZeroException">The whole admits zero.</exception>
    public static ClaimCheck IsAboutFraction(Claim part, Claim whole, decimal fraction, decimal tolerance)
    {
        SameUnit(part, whole);
        CheckUnitInterval(fraction, nameof(fraction));
        CheckUnitInterval(tolerance, nameof(tolerance));
        var ratio = part.Estimate.Divide(whole.Estimate);
        var allowed = Estimate.Derived(fraction - tolerance, fraction + tolerance);
        var verdict = Contains(allowed, ratio) ? Verdict.Agrees : ratio.Overlaps(allowed) ? Verdict.Inconclusive : Verdict.Disagrees;
        string explanation = $"{part.Id} / {whole.Id} = {Percent(ratio.Stated)} (admitted {Percent(ratio.Lower!.Value)} to {Percent(ratio.Upper!.Value)}); 'about {Percent(fraction)}' read as {Percent(allowed.Lower!.Value)} to {Percent(allowed.Upper!.Value)}";
        return new ClaimCheck($"about {Percent(fraction)}", verdict, explanation, [part.Id, whole.Id], ratio);
    }

    /// <summary>Two claims state the same quantity (in the same unit): they agree when their intervals overlap.</summary>
    /// <param name="first">One claim.</param>
    /// <param name="second">The other, in the same unit.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The claims have different units.</exception>
    public static ClaimCheck Consistent(Claim first, Claim second)
    {
        SameUnit(first, second);
        var verdict = first.Estimate.Overlaps(second.Estimate) ? Verdict.Agrees : Verdict.Disagrees;
        return new ClaimCheck("same quantity", verdict, $"{first.Id} {Show(first.Estimate)} and {second.Id} {Show(second.Estimate)} {(verdict == Verdict.Agrees ? "overlap" : "do not overlap")}", [first.Id, second.Id], null);
    }

    /// <summary>
    /// Two claims state one amount in two units ("160 miliardi di yuan, circa 23 miliardi di dollari"): the first, times
    /// the conversion factor, must overlap the second. The factor is itself an estimate (a rate, or a range of rates).
    /// </summary>
    /// <param name="from">The claim to convert.</param>
    /// <param name="to">The claim in the target unit.</param>
    /// <param name="factor">Units of <paramref name="to"/> per unit of <paramref name="from"/> (e.g. USD per CNY), bounded and positive.</param>
    /// <param name="factorDescription">Where the factor comes from (e.g. "ECB reference USD/CNY 7.05 on 2025-12-15").</param>
    /// <returns>The check; <see cref="ClaimCheck.Computed"/> is the converted estimate.</returns>
    /// <exception cref="ArgumentNullException">A claim or the description is null.</exception>
    /// <exception cref="InvalidOperationException">An estimate is unbounded.</exception>
    public static ClaimCheck EquivalentAfterConversion(Claim from, Claim to, Estimate factor, string factorDescription)
    {
        Preconditions.CheckNotNull(from);
        Preconditions.CheckNotNull(to);
        Preconditions.CheckNotNull(factorDescription);
        var converted = from.Estimate.Multiply(factor);
        Verdict verdict = Contains(to.Estimate, converted)
            ? Verdict.Agrees
            : converted.Overlaps(to.Estimate) ? Verdict.Inconclusive : Verdict.Disagrees;
        string explanation = $"{from.Id} {Show(from.Estimate)} {from.Unit} × {Show(factor)} ({factorDescription}) = {Show(converted)} {to.Unit}; {to.Id} states {Show(to.Estimate)} {to.Unit}";
        return new ClaimCheck($"equivalent in {to.Unit}", verdict, explanation, [from.Id, to.Id], converted);
    }

    /// <summary>"Part fits within whole" (an order inside a batch): every admitted part is at most every admitted whole.</summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole, in the same unit.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The claims have different units.</exception>
    public static ClaimCheck FitsWithin(Claim part, Claim whole)
    {
        SameUnit(part, whole);
        var p = part.Estimate;
        var w = whole.Estimate;
        Verdict verdict = p.Upper is decimal pu && w.Lower is decimal wl && pu <= wl
            ? Verdict.Agrees
            : p.Lower is decimal pl && w.Upper is decimal wu && pl > wu ? Verdict.Disagrees : Verdict.Inconclusive;
        return new ClaimCheck("fits within", verdict, $"{part.Id} {Show(p)} against {whole.Id} {Show(w)}", [part.Id, whole.Id], null);
    }

    private static ClaimCheck Greater(string relation, Claim larger, Claim smaller)
    {
        SameUnit(larger, smaller);
        var order = larger.Estimate.Compare(smaller.Estimate);
        var verdict = order switch
        {
            EstimateOrder.Greater => Verdict.Agrees,
            EstimateOrder.Less => Verdict.Disagrees,
            _ => Verdict.Inconclusive,
        };
        string ratio = smaller.Estimate.Stated != 0m
            ? $", ratio {(larger.Estimate.Stated / smaller.Estimate.Stated).ToString("0.###", CultureInfo.InvariantCulture)}"
            : string.Empty;
        return new ClaimCheck(relation, verdict, $"{larger.Id} {Show(larger.Estimate)} against {smaller.Id} {Show(smaller.Estimate)} {larger.Unit}{ratio}", [larger.Id, smaller.Id], null);
    }

    private static bool Contains(Estimate outer, Estimate inner) =>
        (outer.Lower is null || (inner.Lower is decimal il && il >= outer.Lower))
        && (outer.Upper is null || (inner.Upper is decimal iu && iu <= outer.Upper));

    private static void SameUnit(Claim first, Claim second)
    {
        Preconditions.CheckNotNull(first);
        Preconditions.CheckNotNull(second);
        if (!string.Equals(first.Unit, second.Unit, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Claims {first.Id} ({first.Unit}) and {second.Id} ({second.Unit}) are in different units; convert one first (EquivalentAfterConversion).", nameof(second));
        }
    }

    private static void CheckUnitInterval(decimal value, string paramName)
    {
        if (value < 0m || value > 1m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, FormattableString.Invariant($"Must be between 0 and 1 inclusive; {value} was given."));
        }
    }

    private static string Show(Estimate e)
    {
        string lower = e.Lower is decimal l ? Number(l) : "-inf";
        string upper = e.Upper is decimal u ? Number(u) : "+inf";
        return e.Lower == e.Upper ? $"{lower}" : $"[{lower}, {upper}]";
    }

    private static string Number(decimal value) =>
        decimal.Round(value, 4, MidpointRounding.ToEven).ToString("#,0.####", CultureInfo.InvariantCulture);

    private static string Percent(decimal value) => (value * 100m).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
