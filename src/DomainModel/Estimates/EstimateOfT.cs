using System;
using System.Diagnostics.CodeAnalysis;
using DomainModel.Text;

namespace DomainModel;

/// <summary>
/// An estimate of one of the model's quantities: the decimal <see cref="Estimate"/> of its magnitude plus the unit it is
/// in (a currency, a count kind, a rate period), carried by a value of <typeparamref name="T"/>. "160 miliardi di yuan"
/// is an <c>Estimate&lt;Money&gt;</c> of CNY 159.5 to 160.5 billion; "20.000 unità H200" an <c>Estimate&lt;UnitCount&gt;</c>
/// admitting exactly 20000 (bounds snap to the quantity's granularity, keeping their open or closed state).
/// </summary>
/// <typeparam name="T">The quantity.</typeparam>
/// <remarks>
/// <para><b>Unit safety:</b> comparing or combining estimates in different units throws the model's own mismatch
/// exception (<c>MismatchException</c> for CNY against USD); convert first. Estimates of different types do
/// not compile together.</para>
/// <para><b>Equality:</b> the interval (<see cref="Estimate.Equals(Estimate)"/>) and the unit value. No natural order;
/// <see cref="Compare"/> is three-valued. <b>Default:</b> exactly 0 of <c>default(T)</c>. Immutable and thread-safe.</para>
/// </remarks>
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.GenericDisplayFormatterSource<Estimate<DomainModel.Share>>))]
[System.Text.Json.Serialization.JsonConverter(typeof(EstimableJsonConverters))]
public readonly struct Estimate<T> : IEquatable<Estimate<T>>
    where T : struct, IEstimable<T>
{
    private readonly T _unit;
    private readonly Estimate _interval;

    /// <summary>The estimate of <paramref name="interval"/> in the unit of <paramref name="unit"/>, snapped to its
    /// granularity and checked: a refusal names <paramref name="paramName"/>, the parameter of the public member that
    /// was called (a constant).</summary>
    internal Estimate(T unit, Estimate interval, string paramName)
    {
        // The unit's text is needed only for the refusal (a rate's text formats its period, which costs microseconds).
        var snapped = interval.SnapTo(unit.Granularity, unit, paramName);

        // Every bound must be a valid value of T (a count cannot be negative): the type's own validation says why, and
        // its exception, which names the type's parameter, is thrown again naming the caller's (only when it is thrown).
        try
        {
            _unit = unit.WithMagnitude(snapped.Stated);
            _ = unit.WithMagnitude(snapped.StatedHigh);
            if (snapped.Lower is decimal low)
            {
                _ = unit.WithMagnitude(low);
            }

            if (snapped.Upper is decimal high)
            {
                _ = unit.WithMagnitude(high);
            }
        }
        catch (ArgumentException e) when (e.ParamName != paramName)
        {
            throw Refused(e, unit, snapped, paramName);
        }

        _interval = snapped;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static ArgumentException Refused(ArgumentException thrown, T unit, Estimate snapped, string paramName) =>
        DomainModel.Utility.Preconditions.Renamed(thrown, paramName, DomainModel.Utility.Preconditions.Invariant($"The estimate {snapped} of {unit.UnitText} admits a value the quantity refuses: "));

    /// <summary>
    /// An estimate the caller has proved valid as it is: <paramref name="stated"/> carries the unit and the stated
    /// magnitude, the quantity is continuous (granularity 0, so snapping changes nothing) and every bound of
    /// <paramref name="interval"/> is a magnitude the type accepts (any amount of money; a share's non-negative
    /// bounds). The checking constructor would store the same fields; the law tests compare the two.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal Estimate(T stated, in Estimate interval, bool proven)
    {
        _ = proven;
        _unit = stated;
        _interval = interval;
    }

    /// <summary>The admitted magnitudes, as a decimal estimate.</summary>
    public Estimate Interval => _interval;

    /// <summary><see cref="Interval"/> read in place, without copying it.</summary>
    [System.Diagnostics.CodeAnalysis.UnscopedRef]
    internal ref readonly Estimate IntervalRef => ref _interval;

    /// <summary>How the figure was stated.</summary>
    public EstimateKind Kind => _interval.Kind;

    /// <summary>The figure as stated (the lower figure of a range), in the estimate's unit.</summary>
    public T Stated => _unit;

    /// <summary>The upper figure of a range as stated; <see cref="Stated"/> for every other kind.</summary>
    public T StatedHigh => _unit.WithMagnitude(_interval.StatedHigh);

    /// <summary>The least admitted value, or null when unbounded below.</summary>
    public T? Lower => _interval.Lower is decimal l ? _unit.WithMagnitude(l) : null;

    /// <summary>The greatest admitted value, or null when unbounded above.</summary>
    public T? Upper => _interval.Upper is decimal u ? _unit.WithMagnitude(u) : null;

    /// <summary>Whether <see cref="Lower"/> itself is admitted (false for "oltre").</summary>
    public bool LowerInclusive => _interval.LowerInclusive;

    /// <summary>Whether <see cref="Upper"/> itself is admitted (false for "meno di", "quasi").</summary>
    public bool UpperInclusive => _interval.UpperInclusive;

    /// <summary>Whether both bounds exist.</summary>
    public bool IsBounded => _interval.IsBounded;

    /// <summary>The unit as text ("CNY", "H200 unit").</summary>
    public string UnitText => _unit.UnitText;

    /// <summary>Whether a value is admitted.</summary>
    /// <param name="value">A value in the same unit.</param>
    /// <returns>Whether its magnitude lies within the bounds (open bounds excluded).</returns>
    /// <exception cref="ArgumentException">The units differ (the type's mismatch exception).</exception>
    public bool Contains(T value)
    {
        Commensurability.Check(_unit, value, "look for", nameof(value));
        return _interval.Contains(value.Magnitude);
    }

    /// <summary>Whether every value <paramref name="inner"/> admits is admitted here (open bounds honoured).</summary>
    /// <param name="inner">An estimate in the same unit.</param>
    /// <returns>Whether the interval of <paramref name="inner"/> lies within this one.</returns>
    /// <exception cref="ArgumentException">The units differ (the type's mismatch exception).</exception>
    public bool Contains(Estimate<T> inner)
    {
        Commensurability.Check(_unit, inner._unit, "compare", nameof(inner));
        return inner._interval.IsWithin(_interval);
    }

    /// <summary>Three-valued order: Less when every admitted value is below every value of <paramref name="other"/>,
    /// Greater when every one is above, otherwise Overlapping.</summary>
    /// <param name="other">An estimate in the same unit.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException">The units differ (the type's mismatch exception).</exception>
    public EstimateOrder Compare(Estimate<T> other)
    {
        Commensurability.Check(_unit, other._unit, "compare", nameof(other));
        return _interval.Compare(other._interval);
    }

    /// <summary>Whether the two estimates admit a common value.</summary>
    /// <param name="other">An estimate in the same unit.</param>
    /// <returns>Whether they overlap.</returns>
    /// <exception cref="ArgumentException">The units differ (the type's mismatch exception).</exception>
    public bool Overlaps(Estimate<T> other) => Compare(other) == EstimateOrder.Overlapping;

    /// <inheritdoc />
    public bool Equals(Estimate<T> other) => _interval.Equals(other._interval) && _unit.Equals(other._unit);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Estimate<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_interval, _unit);

    /// <summary>Equality.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Estimate<T> left, Estimate<T> right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Estimate<T> left, Estimate<T> right) => !left.Equals(right);

    /// <summary>The admitted interval alone, readable: "[22.5 billion, 23.5 billion] USD", "(30 trillion, +inf) tokens per 1 d", "[56.47 %, 56.86 %]".</summary>
    /// <returns>The text.</returns>
    public string ToIntervalString() => _interval.ToIntervalString(Style) + UnitSuffix;

    /// <summary>Invariant text: the kind, the stated figure and the admitted interval, e.g. <c>About 23 billion in [22.5 billion, 23.5 billion] USD</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _interval.Describe(Style == NumberStyle.Percent ? null : UnitText, Style);

    private NumberStyle Style => _unit.Granularity == 0m && _unit.UnitText.Length == 0 ? NumberStyle.Percent : NumberStyle.Readable;

    private string UnitSuffix => Style == NumberStyle.Percent || UnitText.Length == 0 ? string.Empty : " " + UnitText;
}
