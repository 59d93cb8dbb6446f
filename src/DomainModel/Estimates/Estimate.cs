using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel.Text;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// A figure as news states it, with the interval of values the statement admits: "circa 23 miliardi" admits
/// 22.5 to 23.5 billion, "tra i 350 e i 400 miliardi" 350 to 400 billion, "oltre 30 trilioni" anything above 30
/// trillion. Checks compare these intervals, so they never pretend a rounded figure is exact.
/// </summary>
/// <remarks>
/// <para><b>Rounding unit:</b> a figure without a qualifier is taken as rounded to its last written digit
/// (<see cref="RoundingUnitOf(ParsedNumber)"/>): "160 miliardi" is 160 × 10^9 ± 0.5 × 10^9, "1,5 miliardi" ± 0.05 × 10^9.
/// Trailing zeros of a whole number count as written digits ("20.000" is ± 0.5); where a text's zeros are only
/// rounding, state the unit with <see cref="Rounded(decimal, decimal)"/>.</para>
/// <para><b>Derived estimates</b> (<see cref="Multiply(Estimate)"/>, <see cref="Divide(Estimate)"/>,
/// <see cref="Multiply(decimal)"/>) are closed intervals holding every possible result; decimal division rounds each
/// bound outwards (lower down, upper up), so the result never excludes an exact combination.</para>
/// <para><b>Equality</b> compares kind, stated figures and bounds. There is no natural order (intervals overlap):
/// <see cref="Compare(Estimate)"/> says <see cref="EstimateOrder.Less"/>, <see cref="EstimateOrder.Greater"/> or
/// <see cref="EstimateOrder.Overlapping"/>. <c>default(Estimate)</c> is exactly 0. Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(EstimateJsonConverter))]
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<Estimate>))]
public readonly partial struct Estimate : IEquatable<Estimate>
{
    private readonly decimal _lower;
    private readonly decimal _upper;
    private readonly bool _lowerUnbounded;
    private readonly bool _upperUnbounded;
    private readonly bool _lowerExclusive;
    private readonly bool _upperExclusive;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private Estimate(
        EstimateKind kind, decimal stated, decimal statedHigh, decimal lower, decimal upper,
        bool lowerUnbounded = false, bool upperUnbounded = false, bool lowerExclusive = false, bool upperExclusive = false)
    {
        Kind = kind;
        Stated = stated;
        StatedHigh = statedHigh;
        _lower = lower;
        _upper = upper;
        _lowerUnbounded = lowerUnbounded;
        _upperUnbounded = upperUnbounded;
        _lowerExclusive = lowerExclusive;
        _upperExclusive = upperExclusive;
    }

    /// <summary>How the figure was stated.</summary>
    public EstimateKind Kind { get; }

    /// <summary>The figure as written (the lower figure of a range; for a derived estimate, the result of the stated figures).</summary>
    public decimal Stated { get; }

    /// <summary>The upper figure of a range as written; equal to <see cref="Stated"/> for every other kind.</summary>
    public decimal StatedHigh { get; }

    /// <summary>The least admitted value, or <see langword="null"/> when there is none (below "meno di 5").</summary>
    public decimal? Lower => _lowerUnbounded ? null : _lower;

    /// <summary>The greatest admitted value, or <see langword="null"/> when there is none (above "oltre 30").</summary>
    public decimal? Upper => _upperUnbounded ? null : _upper;

    /// <summary>Whether <see cref="Lower"/> itself is admitted (false for "oltre").</summary>
    public bool LowerInclusive => !_lowerUnbounded && !_lowerExclusive;

    /// <summary>Whether <see cref="Upper"/> itself is admitted (false for "meno di" and "quasi").</summary>
    public bool UpperInclusive => !_upperUnbounded && !_upperExclusive;

    /// <summary>Whether both bounds exist.</summary>
    public bool IsBounded => !_lowerUnbounded && !_upperUnbounded;

    /// <summary>An exact figure.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The estimate admitting only <paramref name="value"/>.</returns>
    public static Estimate Exactly(decimal value) => new(EstimateKind.Exact, value, value, value, value);

    /// <summary>A figure rounded to a unit: "160 miliardi" is <c>Rounded(160e9, 1e9)</c>, admitting 159.5e9 to 160.5e9.</summary>
    /// <param name="value">The figure as written.</param>
    /// <param name="unit">The rounding unit, greater than zero.</param>
    /// <returns>The estimate [value − unit/2, value + unit/2].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is zero or negative.</exception>
    /// <exception cref="OverflowException">A bound leaves the range of decimal (the message names the figure and unit).</exception>
    public static Estimate Rounded(decimal value, decimal unit)
    {
        decimal half = HalfUnit(unit);
        return new(EstimateKind.Rounded, value, value, Bound(value, -half, unit, up: false), Bound(value, half, unit, up: true));
    }

    /// <summary>A hedged figure ("circa 23 miliardi", "~$52.7 billion"): one rounding unit either side, twice as wide as
    /// the figure's rounding, since "about" admits more than the rounding of its last written digit: "circa 23 miliardi"
    /// is 22 to 24 billion, "~$52.7 billion" 52.6 to 52.8 billion.</summary>
    /// <param name="value">The figure as written.</param>
    /// <param name="unit">The rounding unit of the figure, greater than zero.</param>
    /// <returns>The estimate [value − unit, value + unit].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is zero or negative.</exception>
    /// <exception cref="OverflowException">A bound leaves the range of decimal (the message names the figure and unit).</exception>
    public static Estimate About(decimal value, decimal unit) => About(value, unit, 0m);

    /// <summary>A hedged figure widened by a relative tolerance: "circa 23 miliardi" with 0.05 admits 21.85 to 24.15 billion.</summary>
    /// <param name="value">The figure as written.</param>
    /// <param name="unit">The rounding unit of the figure, greater than zero.</param>
    /// <param name="relativeTolerance">0 (one rounding unit either side only) up to but excluding 1.</param>
    /// <returns>The wider of [value − unit, value + unit] and value × (1 ± tolerance).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not positive, or <paramref name="relativeTolerance"/> is outside [0, 1).</exception>
    /// <exception cref="OverflowException">A bound leaves the range of decimal (the message names the figure and unit).</exception>
    public static Estimate About(decimal value, decimal unit, decimal relativeTolerance) => About(value, unit, relativeTolerance, nameof(relativeTolerance));

    // About, naming the caller's parameter (a constant) for a refused tolerance.
    private static Estimate About(decimal value, decimal unit, decimal relativeTolerance, string toleranceName)
    {
        HalfUnit(unit); // refuses a unit that is not positive
        if (relativeTolerance < 0m || relativeTolerance >= 1m)
        {
            ThrowTolerance(relativeTolerance, toleranceName);
        }

        decimal spread = Math.Max(unit, DirectedDecimal.MultiplyUp(Math.Abs(value), relativeTolerance));
        return new(EstimateKind.About, value, value, Bound(value, -spread, unit, up: false), Bound(value, spread, unit, up: true));
    }

    /// <summary>A range as written, bounds included ("tra i 350 e i 400 miliardi").</summary>
    /// <param name="low">The lower figure.</param>
    /// <param name="high">The upper figure, not less than <paramref name="low"/>.</param>
    /// <returns>The estimate [low, high].</returns>
    /// <exception cref="ArgumentException"><paramref name="high"/> is less than <paramref name="low"/>.</exception>
    public static Estimate Between(decimal low, decimal high)
    {
        CheckOrdered(low, high, nameof(high));
        return new(EstimateKind.Between, low, high, low, high);
    }

    /// <summary>More than a figure ("oltre 30 trilioni"): (value, ∞).</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The estimate.</returns>
    public static Estimate Over(decimal value) => new(EstimateKind.Over, value, value, value, 0m, upperUnbounded: true, lowerExclusive: true);

    /// <summary>At least a figure ("almeno"): [value, ∞).</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The estimate.</returns>
    public static Estimate AtLeast(decimal value) => new(EstimateKind.AtLeast, value, value, value, 0m, upperUnbounded: true);

    /// <summary>Less than a figure ("meno di"): (−∞, value).</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The estimate.</returns>
    public static Estimate Under(decimal value) => new(EstimateKind.Under, value, value, 0m, value, lowerUnbounded: true, upperExclusive: true);

    /// <summary>At most a figure ("fino a"): (−∞, value].</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The estimate.</returns>
    public static Estimate AtMost(decimal value) => new(EstimateKind.AtMost, value, value, 0m, value, lowerUnbounded: true);

    /// <summary>Just below a figure ("quasi 50 trilioni"): [value − unit, value).</summary>
    /// <param name="value">The figure.</param>
    /// <param name="unit">The rounding unit of the figure, greater than zero.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is zero or negative.</exception>
    /// <exception cref="OverflowException">The lower bound leaves the range of decimal (the message names the figure and unit).</exception>
    public static Estimate Nearly(decimal value, decimal unit)
    {
        HalfUnit(unit);
        return new(EstimateKind.Nearly, value, value, Bound(value, -unit, unit, up: false), value, upperExclusive: true);
    }

    /// <summary>Just over a figure ("gut 50 Milliarden"): (value, value + unit].</summary>
    /// <param name="value">The figure.</param>
    /// <param name="unit">The rounding unit of the figure, greater than zero.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is zero or negative.</exception>
    /// <exception cref="OverflowException">The upper bound leaves the range of decimal (the message names the figure and unit).</exception>
    public static Estimate JustOver(decimal value, decimal unit)
    {
        HalfUnit(unit);
        return new(EstimateKind.JustOver, value, value, value, Bound(value, unit, unit, up: true), lowerExclusive: true);
    }

    /// <summary>A computed interval [lower, upper], both included.</summary>
    /// <param name="lower">The least possible value.</param>
    /// <param name="upper">The greatest possible value, not less than <paramref name="lower"/>.</param>
    /// <returns>The derived estimate; its stated figure is the midpoint.</returns>
    /// <exception cref="ArgumentException"><paramref name="upper"/> is less than <paramref name="lower"/>.</exception>
    public static Estimate Derived(decimal lower, decimal upper)
    {
        CheckOrdered(lower, upper, nameof(upper));
        // Halves first, so the sum cannot leave decimal's range; their sum still can, by rounding up one half-unit,
        // when both bounds are ±MaxValue (Derived(MaxValue, MaxValue) threw "Value was either too large or too small").
        decimal mid = lower == upper ? lower : Math.Clamp((lower / 2m) + (upper / 2m), lower, upper);
        return new(EstimateKind.Derived, mid, mid, lower, upper);
    }

    /// <summary>
    /// The estimate a parsed figure states, with u its <see cref="RoundingUnitOf(ParsedNumber)"/> (the unit of its last
    /// written digit) and v its value: no hedge → Rounded [v − u/2, v + u/2]; about ("circa", "~", "rund") → About
    /// [v − u, v + u], twice the rounding interval, or v × (1 ± <paramref name="aboutTolerance"/>) where that is wider;
    /// over ("oltre", "more than", "mehr als") → (v, ∞); at least ("almeno") → [v, ∞); under ("meno di") → (−∞, v);
    /// up to ("fino a", "as much as", "bis zu") → (−∞, v]; nearly ("quasi", "almost", "knapp") → [v − u, v); just over
    /// ("gut") → (v, v + u].
    /// </summary>
    /// <param name="number">A result of <see cref="NewsNumberParser"/>.</param>
    /// <param name="aboutTolerance">Relative widening of "about" figures, 0 up to but excluding 1.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="aboutTolerance"/> is outside [0, 1).</exception>
    /// <exception cref="OverflowException">A bound of a figure near decimal's limits leaves its range (the message names the figure).</exception>
    public static Estimate FromParsed(ParsedNumber number, decimal aboutTolerance = 0m)
    {
        Preconditions.CheckNotNull(number);
        decimal unit = RoundingUnitOf(number);
        return number.Qualifier switch
        {
            NumberQualifier.About => About(number.Value, unit, aboutTolerance, nameof(aboutTolerance)),
            NumberQualifier.Over => Over(number.Value),
            NumberQualifier.AtLeast => AtLeast(number.Value),
            NumberQualifier.Under => Under(number.Value),
            NumberQualifier.UpTo => AtMost(number.Value),
            NumberQualifier.Nearly => Nearly(number.Value, unit),
            NumberQualifier.JustOver => JustOver(number.Value, unit),
            _ => Rounded(number.Value, unit),
        };
    }

    /// <summary>The estimate a parsed range states: [min, max] as written; a range hedged with "circa" ("circa 40-80
    /// mila") is widened by one rounding unit at each end, as a hedged figure is: [min − u(min), max + u(max)].</summary>
    /// <param name="range">A result of <see cref="NewsNumberParser.ParseRange(string, ScalePolicy, System.Globalization.CultureInfo)"/>.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException">The range carries a qualifier other than none or "about" (such as "oltre 40-80"), whose meaning is not defined.</exception>
    /// <exception cref="OverflowException">A widened bound leaves the range of decimal (the message names the figure).</exception>
    public static Estimate FromParsed(ParsedRange range)
    {
        Preconditions.CheckNotNull(range);
        switch (range.Qualifier)
        {
            case NumberQualifier.None:
                return Between(range.Min.Value, range.Max.Value);
            case NumberQualifier.About:
                decimal low = Bound(range.Min.Value, -RoundingUnitOf(range.Min), RoundingUnitOf(range.Min), up: false);
                decimal high = Bound(range.Max.Value, RoundingUnitOf(range.Max), RoundingUnitOf(range.Max), up: true);
                return new(EstimateKind.Between, range.Min.Value, range.Max.Value, low, high);
            default:
                throw new ArgumentException(Preconditions.Invariant($"A range qualified as {range.Qualifier} ('{range.Text}') has no defined meaning; only unqualified and 'about' ranges are estimates."), nameof(range));
        }
    }

    /// <summary>
    /// The unit of the last written digit of a parsed figure: the multiplier of its scale word times 10^−(decimals of the
    /// mantissa). "23 miliardi" → 10^9; "1,5 miliardi" → 10^8; "20.000" → 1.
    /// </summary>
    /// <param name="number">A parsed figure.</param>
    /// <returns>The rounding unit, greater than zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    public static decimal RoundingUnitOf(ParsedNumber number)
    {
        Preconditions.CheckNotNull(number);
        int scale = number.Mantissa.Scale;
        decimal unit = number.Multiplier;
        for (int i = 0; i < scale; i++)
        {
            unit /= 10m;
        }

        return unit;
    }

    /// <summary>Whether the estimate admits a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it lies within the bounds (respecting exclusive bounds).</returns>
    public bool Contains(decimal value) =>
        (_lowerUnbounded || value > _lower || (value == _lower && !_lowerExclusive))
        && (_upperUnbounded || value < _upper || (value == _upper && !_upperExclusive));

    /// <summary>Orders two estimates as intervals.</summary>
    /// <param name="other">The other estimate, in the same unit.</param>
    /// <returns><see cref="EstimateOrder.Less"/> when every admitted value is below every value of <paramref name="other"/>,
    /// <see cref="EstimateOrder.Greater"/> when every one is above, otherwise <see cref="EstimateOrder.Overlapping"/>.</returns>
    public EstimateOrder Compare(Estimate other)
    {
        if (IsBelow(this, other))
        {
            return EstimateOrder.Less;
        }

        return IsBelow(other, this) ? EstimateOrder.Greater : EstimateOrder.Overlapping;
    }

    /// <summary>Whether the two estimates admit at least one common value.</summary>
    /// <param name="other">The other estimate, in the same unit.</param>
    /// <returns>Whether the intervals overlap.</returns>
    public bool Overlaps(Estimate other) => Compare(other) == EstimateOrder.Overlapping;

    /// <summary>Scales the estimate by a positive factor (a unit change or an exchange rate).</summary>
    /// <param name="factor">Greater than zero.</param>
    /// <returns>The scaled estimate, of the same kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is zero or negative.</exception>
    /// <exception cref="OverflowException">A bound leaves the range of decimal.</exception>
    public Estimate Multiply(decimal factor)
    {
        if (factor <= 0m)
        {
            throw Preconditions.OutOfRange(nameof(factor), factor, FormattableString.Invariant($"An estimate can only be scaled by a factor greater than zero; {factor} was given."));
        }

        return new(Kind, Stated * factor, StatedHigh * factor,
            _lowerUnbounded ? 0m : DirectedDecimal.MultiplyDown(_lower, factor), _upperUnbounded ? 0m : DirectedDecimal.MultiplyUp(_upper, factor),
            _lowerUnbounded, _upperUnbounded, _lowerExclusive, _upperExclusive);
    }

    /// <summary>The product of two bounded estimates: every product of admitted values (e.g. units × price per unit).</summary>
    /// <param name="other">The other factor, bounded.</param>
    /// <returns>A derived estimate [min, max] of the four bound products.</returns>
    /// <exception cref="InvalidOperationException">Either estimate is unbounded.</exception>
    /// <exception cref="OverflowException">A product leaves the range of decimal.</exception>
    public Estimate Multiply(Estimate other)
    {
        RequireBounded(this, "multiply");
        RequireBounded(other, "multiply");
        decimal low = Math.Min(
            Math.Min(DirectedDecimal.MultiplyDown(_lower, other._lower), DirectedDecimal.MultiplyDown(_lower, other._upper)),
            Math.Min(DirectedDecimal.MultiplyDown(_upper, other._lower), DirectedDecimal.MultiplyDown(_upper, other._upper)));
        decimal high = Math.Max(
            Math.Max(DirectedDecimal.MultiplyUp(_lower, other._lower), DirectedDecimal.MultiplyUp(_lower, other._upper)),
            Math.Max(DirectedDecimal.MultiplyUp(_upper, other._lower), DirectedDecimal.MultiplyUp(_upper, other._upper)));
        return new(EstimateKind.Derived, Stated * other.Stated, Stated * other.Stated, low, high);
    }

    /// <summary>The quotient of two bounded estimates (e.g. a part over a whole, an implied exchange rate).</summary>
    /// <param name="divisor">A bounded estimate that does not admit zero.</param>
    /// <returns>A derived estimate [min, max] of the four bound quotients.</returns>
    /// <exception cref="InvalidOperationException">Either estimate is unbounded.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> admits zero.</exception>
    /// <exception cref="OverflowException">A quotient leaves the range of decimal.</exception>
    public Estimate Divide(Estimate divisor)
    {
        RequireBounded(this, "divide");
        RequireBounded(divisor, "divide");
        if (divisor.Contains(0m) || divisor._lower == 0m || divisor._upper == 0m)
        {
            throw new DivideByZeroException(Preconditions.Invariant($"Cannot divide {this} by {divisor}: the divisor admits zero."));
        }

        decimal low = Math.Min(
            Math.Min(DirectedDecimal.DivideDown(_lower, divisor._lower), DirectedDecimal.DivideDown(_lower, divisor._upper)),
            Math.Min(DirectedDecimal.DivideDown(_upper, divisor._lower), DirectedDecimal.DivideDown(_upper, divisor._upper)));
        decimal high = Math.Max(
            Math.Max(DirectedDecimal.DivideUp(_lower, divisor._lower), DirectedDecimal.DivideUp(_lower, divisor._upper)),
            Math.Max(DirectedDecimal.DivideUp(_upper, divisor._lower), DirectedDecimal.DivideUp(_upper, divisor._upper)));
        decimal stated = divisor.Stated == 0m ? (low / 2m) + (high / 2m) : Stated / divisor.Stated;
        return new(EstimateKind.Derived, stated, stated, low, high);
    }

    /// <inheritdoc />
    public bool Equals(Estimate other) =>
        Kind == other.Kind && Stated == other.Stated && StatedHigh == other.StatedHigh
        && Lower == other.Lower && Upper == other.Upper
        && LowerInclusive == other.LowerInclusive && UpperInclusive == other.UpperInclusive;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Estimate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Stated, StatedHigh, Lower, Upper, LowerInclusive, UpperInclusive);

    /// <summary>Equality (see <see cref="Equals(Estimate)"/>).</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Estimate left, Estimate right) => left.Equals(right);

    /// <summary>Inequality (see <see cref="Equals(Estimate)"/>).</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Estimate left, Estimate right) => !left.Equals(right);

    /// <summary>Invariant text: the kind, the stated figure(s) and the admitted interval, e.g. <c>About 23000000000 in [22500000000, 23500000000]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(null, NumberStyle.Plain);

    /// <summary>Creates an estimate from its parts; the caller has ordered the bounds.</summary>
    internal static Estimate Create(EstimateKind kind, decimal stated, decimal statedHigh, decimal? lower, bool lowerOpen, decimal? upper, bool upperOpen) =>
        new(kind, stated, statedHigh, lower ?? 0m, upper ?? 0m, lower is null, upper is null, lower is not null && lowerOpen, upper is not null && upperOpen);

    /// <summary>Whether every value this estimate admits is admitted by <paramref name="outer"/> (open bounds honoured).</summary>
    internal bool IsWithin(Estimate outer)
    {
        bool lowerOk = outer._lowerUnbounded
            || (!_lowerUnbounded && (_lower > outer._lower || (_lower == outer._lower && (!outer._lowerExclusive || _lowerExclusive))));
        bool upperOk = outer._upperUnbounded
            || (!_upperUnbounded && (_upper < outer._upper || (_upper == outer._upper && (!outer._upperExclusive || _upperExclusive))));
        return lowerOk && upperOk;
    }

    /// <summary>A derived estimate from raw parts (no nullable bounds); the caller has ordered the bounds.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static Estimate CreateDerived(decimal stated, bool hasLower, decimal lower, bool lowerOpen, bool hasUpper, decimal upper, bool upperOpen) =>
        new(EstimateKind.Derived, stated, stated, hasLower ? lower : 0m, hasUpper ? upper : 0m, !hasLower, !hasUpper, hasLower && lowerOpen, hasUpper && upperOpen);

    /// <summary>Whether there is a lower bound (<see cref="Lower"/> is not null).</summary>
    internal bool HasLower => !_lowerUnbounded;

    /// <summary>Whether there is an upper bound (<see cref="Upper"/> is not null).</summary>
    internal bool HasUpper => !_upperUnbounded;

    /// <summary>The lower bound without a nullable; meaningful only when <see cref="HasLower"/>.</summary>
    internal decimal LowerBound => _lower;

    /// <summary>The upper bound without a nullable; meaningful only when <see cref="HasUpper"/>.</summary>
    internal decimal UpperBound => _upper;

    /// <summary>Whether the lower bound is open (false when unbounded).</summary>
    internal bool LowerOpen
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => !_lowerUnbounded && _lowerExclusive;
    }

    /// <summary>Whether the upper bound is open (false when unbounded).</summary>
    internal bool UpperOpen
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => !_upperUnbounded && _upperExclusive;
    }

    /// <summary>
    /// The estimate restricted to whole multiples of <paramref name="granularity"/> (0 = no restriction): each bound
    /// moves inwards to the nearest admitted multiple; a bound already on a multiple keeps its open or closed state, so
    /// "oltre 30 trilioni" of whole tokens stays (30 T, +inf). The stated figures are rounded to a multiple.
    /// </summary>
    /// <exception cref="ArgumentException">No multiple of the granularity is admitted (a count "between 19.2 and 19.8"); it names <paramref name="paramName"/>, the caller's parameter.</exception>
    internal Estimate SnapTo<T>(decimal granularity, T unit, string paramName)
        where T : struct, IEstimable<T>
    {
        if (granularity <= 0m)
        {
            return this;
        }

        decimal? lower = Lower, upper = Upper;
        bool lowerOpen = LowerOpen, upperOpen = UpperOpen;
        if (lower is decimal lo && lo % granularity != 0m)
        {
            (lower, lowerOpen) = (decimal.Ceiling(lo / granularity) * granularity, false);
        }

        if (upper is decimal hi && hi % granularity != 0m)
        {
            (upper, upperOpen) = (decimal.Floor(hi / granularity) * granularity, false);
        }

        if (lower is decimal l && upper is decimal u)
        {
            // The admitted multiples run from l (+ one step when open) to u (− one step when open); a gap beyond
            // decimal's range certainly holds them.
            decimal steps = (lowerOpen ? granularity : 0m) + (upperOpen ? granularity : 0m);
            bool empty = u < l || (DirectedDecimal.TryAdd(u, -l, up: false, out decimal gap) && gap < steps);
            if (empty)
            {
                throw new ArgumentException(Preconditions.Invariant($"The estimate {this} admits no whole number of {unit.UnitText} (steps of {granularity})."), paramName);
            }
        }

        decimal stated = decimal.Round(Stated / granularity, MidpointRounding.ToEven) * granularity;
        decimal statedHigh = decimal.Round(StatedHigh / granularity, MidpointRounding.ToEven) * granularity;
        return Create(Kind, stated, statedHigh, lower, lowerOpen, upper, upperOpen);
    }

    /// <summary>value + offset rounded outwards (down for a lower bound, up for an upper one): the one rule of every bound.</summary>
    private static decimal Bound(decimal value, decimal offset, decimal unit, bool up) =>
        DirectedDecimal.TryAdd(value, offset, up, out decimal bound)
            ? bound
            : throw new OverflowException(Preconditions.Invariant($"The figure {value} rounded to a unit of {unit} has a bound outside the range of decimal (±{decimal.MaxValue}); state it with a smaller unit or as Exactly."));

    private static bool IsBelow(in Estimate a, in Estimate b)
    {
        if (a._upperUnbounded || b._lowerUnbounded)
        {
            return false;
        }

        int order = DecimalMagnitude.Compare(a._upper, b._lower); // exactly decimal.Compare, inline where cheap
        return order < 0 || (order == 0 && (a._upperExclusive || b._lowerExclusive));
    }

    private static decimal HalfUnit(decimal unit)
    {
        if (unit <= 0m)
        {
            throw Preconditions.OutOfRange(nameof(unit), unit, FormattableString.Invariant($"A rounding unit must be greater than zero; {unit} was given."));
        }

        return DirectedDecimal.DivideUp(unit, 2m); // half of 1E-28 is not a decimal: take the next one up, never 0
    }

    // The bounds in order, naming the caller's parameter (a constant) of the upper one.
    private static void CheckOrdered(decimal low, decimal high, string highName)
    {
        if (high < low)
        {
            ThrowUnordered(low, high, highName);
        }
    }

    [DoesNotReturn]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ThrowUnordered(decimal low, decimal high, string highName) =>
        throw new ArgumentException(FormattableString.Invariant($"The upper bound {high} is less than the lower bound {low}."), highName);

    [DoesNotReturn]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ThrowTolerance(decimal relativeTolerance, string toleranceName) =>
        throw Preconditions.OutOfRange(toleranceName, relativeTolerance, FormattableString.Invariant($"A relative tolerance must be at least 0 and less than 1; {relativeTolerance} was given."));

    private static void RequireBounded(Estimate estimate, string operation)
    {
        if (!estimate.IsBounded)
        {
            throw new InvalidOperationException(Preconditions.Invariant($"Cannot {operation} with {estimate}: it has no bound on one side."));
        }
    }
}
