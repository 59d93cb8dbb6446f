using System;

namespace DomainModel;

/// <summary>Factories of typed estimates (<see cref="Estimate{T}"/>), as <c>Nullable</c> is to <c>Nullable&lt;T&gt;</c>.</summary>
public readonly partial struct Estimate
{
    /// <summary>An estimate of a quantity: the interval <paramref name="interval"/> in the unit of <paramref name="unit"/>, snapped to its granularity.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="unit">A value in the unit (currency, kind, period) of the estimate; its magnitude is ignored.</param>
    /// <param name="interval">The admitted magnitudes.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException">The interval admits no value of the granularity (no whole count), or a bound is not a valid magnitude (a negative count).</exception>
    public static Estimate<T> Of<T>(T unit, Estimate interval)
        where T : struct, IEstimable<T> => new(unit, interval, nameof(interval));

    /// <summary>An exact quantity.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The estimate admitting only <paramref name="value"/>.</returns>
    public static Estimate<T> Exactly<T>(T value)
        where T : struct, IEstimable<T> => new(value, Exactly(value.Magnitude), nameof(value));

    /// <summary>A quantity rounded to a unit of its magnitude ("160 miliardi di yuan": CNY 160e9 to 1e9).</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="value">The value as written.</param>
    /// <param name="unit">The rounding unit, greater than zero.</param>
    /// <returns>The estimate, snapped to the quantity's granularity ("20.000 unità" admits only 20000).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is zero or negative.</exception>
    /// <exception cref="OverflowException">A bound leaves the range of decimal.</exception>
    /// <exception cref="ArgumentException">The estimate admits no value of the quantity's granularity (no whole count, e.g. "nearly 1 unit" to a unit of 0.5), or a bound is not a valid magnitude (a negative count).</exception>
    public static Estimate<T> Rounded<T>(T value, decimal unit)
        where T : struct, IEstimable<T> => new(value, Rounded(value.Magnitude, unit), nameof(unit));

    /// <summary>A hedged quantity ("circa 23 miliardi di dollari"): one rounding unit either side, twice as wide as its rounding (22 to 24 billion).</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="value">The value as written.</param>
    /// <param name="unit">The rounding unit, greater than zero.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is zero or negative.</exception>
    /// <exception cref="OverflowException">A bound leaves the range of decimal.</exception>
    /// <exception cref="ArgumentException">The estimate admits no value of the quantity's granularity (no whole count, e.g. "nearly 1 unit" to a unit of 0.5), or a bound is not a valid magnitude (a negative count).</exception>
    public static Estimate<T> About<T>(T value, decimal unit)
        where T : struct, IEstimable<T> => new(value, About(value.Magnitude, unit), nameof(unit));

    /// <summary>A range as written, bounds included.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="low">The lower figure.</param>
    /// <param name="high">The upper figure, in the same unit, not less than <paramref name="low"/>.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException">The units differ (the type's mismatch exception), or <paramref name="high"/> is less than <paramref name="low"/>.</exception>
    public static Estimate<T> Between<T>(T low, T high)
        where T : struct, IEstimable<T>
    {
        Commensurability.Check(low, high, "state a range of", nameof(high));
        return new(low, Between(low.Magnitude, high.Magnitude), nameof(high));
    }

    /// <summary>More than a quantity ("oltre 30 trilioni"), the bound excluded.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="value">The bound.</param>
    /// <returns>The estimate.</returns>
    public static Estimate<T> Over<T>(T value)
        where T : struct, IEstimable<T> => new(value, Over(value.Magnitude), nameof(value));

    /// <summary>At least a quantity ("almeno"), the bound included.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="value">The bound.</param>
    /// <returns>The estimate.</returns>
    public static Estimate<T> AtLeast<T>(T value)
        where T : struct, IEstimable<T> => new(value, AtLeast(value.Magnitude), nameof(value));

    /// <summary>Less than a quantity ("meno di"), the bound excluded.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="value">The bound.</param>
    /// <returns>The estimate.</returns>
    public static Estimate<T> Under<T>(T value)
        where T : struct, IEstimable<T> => new(value, Under(value.Magnitude), nameof(value));

    /// <summary>At most a quantity ("fino a"), the bound included.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="value">The bound.</param>
    /// <returns>The estimate.</returns>
    public static Estimate<T> AtMost<T>(T value)
        where T : struct, IEstimable<T> => new(value, AtMost(value.Magnitude), nameof(value));

    /// <summary>Just below a quantity ("quasi 50 trilioni"): [value − unit, value).</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="value">The figure.</param>
    /// <param name="unit">The rounding unit, greater than zero.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException">The estimate admits no value of the quantity's granularity (no whole count, e.g. "nearly 1 unit" to a unit of 0.5), or a bound is not a valid magnitude (a negative count).</exception>
    /// <exception cref="OverflowException">The lower bound leaves the range of decimal.</exception>
    public static Estimate<T> Nearly<T>(T value, decimal unit)
        where T : struct, IEstimable<T> => new(value, Nearly(value.Magnitude, unit), nameof(unit));
}
