using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel.Currencies;
using DomainModel.Monetary;
using DomainModel.Utility;

namespace DomainModel.Exchange;

/// <summary>
/// An amount of money as a text states it, with the precision it is stated to: "23 billion dollars" is
/// <c>USD 23000000000</c> to the nearest <c>1000000000</c>, so the true amount lies anywhere in
/// [22.5, 23.5] billion. The rounding unit is always explicit: <see cref="ToNearest"/> takes it,
/// <see cref="InferFromTrailingZeros"/> infers it by a stated rule, <see cref="Exact"/> has none.
/// </summary>
/// <remarks>
/// <para><b>Bounds:</b> <see cref="Low"/> = amount − unit/2 and <see cref="High"/> = amount + unit/2, both included
/// (rounding to nearest puts the true value within half a unit either side).</para>
/// <para><b>Equality:</b> equal when the amounts are equal (numerically, as <see cref="Money"/>) and the units are equal.
/// There is no ordering: two intervals that overlap are neither smaller nor larger.</para>
/// <para><b>Default:</b> <c>default(StatedAmount)</c> is exactly 0 XXX.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public readonly struct StatedAmount : IEquatable<StatedAmount>
{
    private StatedAmount(Money amount, decimal unit)
    {
        Amount = amount;
        Unit = unit;
    }

    /// <summary>The amount as stated.</summary>
    public Money Amount { get; }

    /// <summary>The rounding unit the amount is stated to (1000000000 for "23 billion"); 0 for an exact amount.</summary>
    public decimal Unit { get; }

    /// <summary>Whether the amount is exact (no rounding unit).</summary>
    public bool IsExact => Unit == 0m;

    /// <summary>The smallest amount the statement allows: amount − unit/2.</summary>
    public Money Low => new(Amount.Amount - (Unit / 2m), Amount.Currency);

    /// <summary>The largest amount the statement allows: amount + unit/2.</summary>
    public Money High => new(Amount.Amount + (Unit / 2m), Amount.Currency);

    /// <summary>An amount known exactly (a contract value, an amount stated to the cent).</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The amount with no rounding unit.</returns>
    public static StatedAmount Exact(Money amount) => new(amount, 0m);

    /// <summary>An amount stated to the nearest <paramref name="unit"/>: "23 billion" is
    /// <c>ToNearest(new Money(23_000_000_000m, Currency.USD), 1_000_000_000m)</c>.</summary>
    /// <param name="amount">The amount as stated; a whole multiple of <paramref name="unit"/>.</param>
    /// <param name="unit">The rounding unit, positive (any value: 1 billion, 5 million, 0.01).</param>
    /// <returns>The stated amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is zero or negative (use <see cref="Exact"/> for an exact amount).</exception>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is not a whole multiple of <paramref name="unit"/> (23.5 billion is not stated to the nearest billion).</exception>
    /// <exception cref="OverflowException">Half a unit added to the amount is outside the range of decimal.</exception>
    public static StatedAmount ToNearest(Money amount, decimal unit)
    {
        if (unit <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, Preconditions.Invariant($"Rounding unit {unit} is not positive; a stated amount is rounded to a positive unit (use StatedAmount.Exact for an exact amount)."));
        }

        if (amount.Amount % unit != 0m)
        {
            throw new ArgumentException(Preconditions.Invariant($"{amount} is not a whole multiple of the rounding unit {unit}, so it cannot have been stated to the nearest {unit}."), nameof(amount));
        }

        var stated = new StatedAmount(amount, unit);
        _ = stated.Low;
        _ = stated.High;
        return stated;
    }

    /// <summary>
    /// Infers the rounding unit from how the amount is written, by one fixed rule: with decimals, the unit is the last
    /// decimal place (<c>23.50</c> → 0.01); a whole number is taken to be rounded at its last non-zero digit
    /// (<c>23000000000</c> → 1000000000, <c>160000000000</c> → 10000000000, <c>7</c> → 1; zero → 1). Use it only when
    /// the text gives no better clue: "160 billion" is more likely meant to the nearest billion than the ten billion
    /// this rule infers; <see cref="ToNearest"/> says so explicitly.
    /// </summary>
    /// <param name="amount">The amount as written (its decimal scale matters: 23.50 is not 23.5).</param>
    /// <returns>The stated amount.</returns>
    public static StatedAmount InferFromTrailingZeros(Money amount)
    {
        decimal value = amount.Amount;
        if (value.Scale > 0)
        {
            return new StatedAmount(amount, 1m / Pow10(value.Scale));
        }

        decimal unit = 1m;
        if (value != 0m)
        {
            decimal rest = Math.Abs(value);
            while (rest % 10m == 0m)
            {
                rest /= 10m;
                unit *= 10m;
            }
        }

        return new StatedAmount(amount, unit);
    }

    private static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    /// <summary>Invariant text: <c>USD 23000000000 ±500000000</c>, or the amount alone when exact.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IsExact ? Amount.ToString() : string.Create(CultureInfo.InvariantCulture, $"{Amount} ±{Unit / 2m}");

    /// <summary>Equal when the amounts and the units are equal.</summary>
    /// <param name="other">The other stated amount.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(StatedAmount other) => Amount == other.Amount && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is StatedAmount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Unit);

    /// <summary>Equality.</summary>
    /// <param name="left">The first stated amount.</param>
    /// <param name="right">The second stated amount.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(StatedAmount left, StatedAmount right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first stated amount.</param>
    /// <param name="right">The second stated amount.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(StatedAmount left, StatedAmount right) => !left.Equals(right);

    internal Currency Currency => Amount.Currency;
}
