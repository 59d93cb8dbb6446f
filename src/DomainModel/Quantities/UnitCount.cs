using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using DomainModel;
using UnitsNet;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// A count of discrete things of one <see cref="CountKind"/>: "20.000 unità H200", "159 milioni di utenti attivi
/// mensili". A whole number, zero or more.
/// </summary>
/// <remarks>
/// <para><b>Range:</b> 0 to <see cref="long.MaxValue"/>. A negative or fractional count is refused.</para>
/// <para><b>Unit safety:</b> counts of two kinds cannot be added, subtracted or compared
/// (<see cref="MismatchException"/>); a count times a <see cref="PricePerUnit"/> of the same kind is
/// <see cref="Money"/>; a count times a per-unit UnitsNet quantity (power per GPU) is that quantity in total.</para>
/// <para><b>Equality:</b> count and kind. <b>Ordering:</b> by count within one kind.</para>
/// <para><b>Default:</b> <c>default(UnitCount)</c> is 0 of <see cref="CountKind.Unspecified"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(UnitCountJsonConverter))]
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<UnitCount>))]
public readonly partial struct UnitCount : IEquatable<UnitCount>, IComparable<UnitCount>, IComparable, IEstimable<UnitCount>
{
    private const long MaxExactDouble = 1L << 53;

    /// <summary>Creates a count.</summary>
    /// <param name="count">Zero or more.</param>
    /// <param name="kind">What is counted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public UnitCount(long count, CountKind kind)
    {
        if (count < 0)
        {
            throw Preconditions.OutOfRange(nameof(count), count, FormattableString.Invariant($"A count of '{kind}' cannot be {count}: allowed are whole numbers from 0 to {long.MaxValue}."));
        }

        Count = count;
        Kind = kind;
    }

    /// <summary>The number of things.</summary>
    public long Count { get; }

    /// <summary>What is counted.</summary>
    public CountKind Kind { get; }

    /// <summary>Whether the count is zero.</summary>
    public bool IsZero => Count == 0;

    /// <summary>Creates a count from a decimal that must be whole (as parsed from "159 milioni").</summary>
    /// <param name="count">A whole number from 0 to <see cref="long.MaxValue"/>.</param>
    /// <param name="kind">What is counted.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or too large.</exception>
    /// <exception cref="ArgumentException"><paramref name="count"/> is not whole (2.5 GPUs).</exception>
    public static UnitCount FromDecimal(decimal count, CountKind kind)
    {
        if (count < 0m || count > long.MaxValue)
        {
            throw Preconditions.OutOfRange(nameof(count), count, FormattableString.Invariant($"A count of '{kind}' cannot be {count}: allowed are whole numbers from 0 to {long.MaxValue}."));
        }

        if (decimal.Truncate(count) != count)
        {
            throw new ArgumentException(FormattableString.Invariant($"A count of '{kind}' must be a whole number, not {count}."), nameof(count));
        }

        return new UnitCount((long)count, kind);
    }

    /// <summary>Zero of a kind.</summary>
    /// <param name="kind">What is counted.</param>
    /// <returns>0 of that kind.</returns>
    public static UnitCount Zero(CountKind kind) => new(0, kind);

    // ---- Arithmetic ---------------------------------------------------------------------------------------

    /// <summary>Adds two counts of one kind.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="OverflowException">The sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static UnitCount operator +(UnitCount left, UnitCount right) => Sum(left, right, nameof(right));

    // + and Add, naming the caller's parameter (a constant) when the kinds differ.
    private static UnitCount Sum(UnitCount left, UnitCount right, string paramName)
    {
        CheckSameKind(left, right, "add", paramName);
        try
        {
            return new UnitCount(checked(left.Count + right.Count), left.Kind);
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"{left} + {right} exceeds the largest count ({long.MaxValue}).", e);
        }
    }

    /// <summary>Subtracts a smaller or equal count of the same kind.</summary>
    /// <param name="left">The count to subtract from.</param>
    /// <param name="right">The count to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative.</exception>
    public static UnitCount operator -(UnitCount left, UnitCount right) => Difference(left, right, nameof(right));

    // - and Subtract, naming the caller's parameter (a constant) when the kinds differ or the count is too large.
    private static UnitCount Difference(UnitCount left, UnitCount right, string paramName)
    {
        CheckSameKind(left, right, "subtract", paramName);
        if (right.Count > left.Count)
        {
            throw Preconditions.OutOfRange(paramName, right.Count, Preconditions.Invariant($"Cannot subtract {right} from {left}: a count cannot be negative; allowed is at most {left.Count}."));
        }

        return new UnitCount(left.Count - right.Count, left.Kind);
    }

    /// <summary>The total price: count × price per unit (20,000 H200 × USD 20,000 = USD 400,000,000).</summary>
    /// <param name="count">The count.</param>
    /// <param name="price">The price of one unit of the same kind.</param>
    /// <returns>The total, in the price's currency.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="OverflowException">The total is outside the range of decimal.</exception>
    public static Money operator *(UnitCount count, PricePerUnit price) => Total(count, price, nameof(price));

    // count * price and PricePerUnit.Multiply, naming the caller's parameter (a constant) when the kinds differ.
    internal static Money Total(UnitCount count, PricePerUnit price, string paramName)
    {
        if (count.Kind != price.Kind)
        {
            throw MismatchException.CountKinds(count.Kind, price.Kind, "price", paramName);
        }

        try
        {
            return new Money(price.Price.Amount * count.Count, price.Price.Currency);
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"{count} × {price} is outside the range of decimal (±79,228,162,514,264,337,593,543,950,335).", e);
        }
    }

    /// <summary>The total price (see <c>UnitCount * PricePerUnit</c>).</summary>
    /// <param name="price">The price of one unit.</param>
    /// <param name="count">The count.</param>
    /// <returns>The total.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="OverflowException">The total is outside the range of decimal.</exception>
    public static Money operator *(PricePerUnit price, UnitCount count) => count * price;

    /// <summary>The price per unit: a total divided by a count (USD 400,000,000 ÷ 20,000 H200 = USD 20,000 per H200).</summary>
    /// <param name="total">The total.</param>
    /// <param name="count">The count, not zero.</param>
    /// <returns>The price of one unit of the count's kind (decimal division: exact where representable).</returns>
    /// <exception cref="DivideByZeroException"><paramref name="count"/> is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    public static PricePerUnit operator /(Money total, UnitCount count)
    {
        if (count.Count == 0)
        {
            throw new DivideByZeroException($"Cannot divide {total} by {count}: the count is zero.");
        }

        if (total.IsNegative)
        {
            throw Preconditions.OutOfRange(nameof(total), total, Preconditions.Invariant($"Cannot price '{count.Kind}' from the negative total {total}; allowed is zero or more."));
        }

        return new PricePerUnit(total / count.Count, count.Kind);
    }

    /// <summary>Power per unit times the count: the total power (20,000 H200 × 700 W = 14 MW). Exact: Power is decimal-valued.</summary>
    /// <param name="count">The count.</param>
    /// <param name="perUnit">The power of one unit.</param>
    /// <returns>The total power, in the per-unit power's unit.</returns>
    /// <exception cref="OverflowException">The total is outside the range of decimal.</exception>
    public static Power operator *(UnitCount count, Power perUnit) => count.TotalExact(perUnit);

    /// <summary>Power per unit times the count (see <c>UnitCount * Power</c>).</summary>
    /// <param name="perUnit">The power of one unit.</param>
    /// <param name="count">The count.</param>
    /// <returns>The total power.</returns>
    /// <exception cref="OverflowException">The total is outside the range of decimal.</exception>
    public static Power operator *(Power perUnit, UnitCount count) => count.TotalExact(perUnit);

    /// <summary>Adds a count of the same kind (named twin of <c>+</c>).</summary>
    /// <param name="other">The count to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="OverflowException">The sum is too large.</exception>
    public UnitCount Add(UnitCount other) => Sum(this, other, nameof(other));

    /// <summary>Subtracts a count of the same kind (named twin of <c>-</c>).</summary>
    /// <param name="other">The count to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative.</exception>
    public UnitCount Subtract(UnitCount other) => Difference(this, other, nameof(other));

    /// <summary>The total price (named twin of <c>UnitCount * PricePerUnit</c>).</summary>
    /// <param name="price">The price of one unit.</param>
    /// <returns>The total.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="OverflowException">The total is outside the range of decimal.</exception>
    public Money Multiply(PricePerUnit price) => this * price;

    /// <summary>The total power (named twin of <c>UnitCount * Power</c>).</summary>
    /// <param name="perUnit">The power of one unit.</param>
    /// <returns>The total power.</returns>
    /// <exception cref="OverflowException">The total is outside the range of decimal.</exception>
    public Power Multiply(Power perUnit) => this * perUnit;

    /// <summary>The price per unit (named twin of <c>Money / UnitCount</c>).</summary>
    /// <param name="total">The total.</param>
    /// <param name="count">The count, not zero.</param>
    /// <returns>The price per unit.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="count"/> is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    public static PricePerUnit Divide(Money total, UnitCount count) => total / count;

    /// <summary>
    /// The total of a decimal-valued UnitsNet quantity given per unit (Power, Information, BitRate…): exact.
    /// </summary>
    /// <typeparam name="TQuantity">A UnitsNet quantity that multiplies by decimal.</typeparam>
    /// <param name="perUnit">The quantity for one unit.</param>
    /// <returns>perUnit × count, in the per-unit quantity's unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="perUnit"/> is null.</exception>
    /// <exception cref="OverflowException">The total is outside the range of decimal.</exception>
    public TQuantity TotalExact<TQuantity>(TQuantity perUnit)
        where TQuantity : IQuantity, IMultiplyOperators<TQuantity, decimal, TQuantity>
    {
        ArgumentNullException.ThrowIfNull(perUnit);
        try
        {
            return perUnit * (decimal)Count;
        }
        catch (OverflowException e)
        {
            throw new OverflowException(FormattableString.Invariant($"{this} × {perUnit} is outside the range of decimal."), e);
        }
    }

    /// <summary>
    /// The total of a double-valued UnitsNet quantity given per unit (Energy, Mass, Duration…). The count enters
    /// double exactly (it must be at most 2^53); the product is a double, as the quantity is.
    /// </summary>
    /// <typeparam name="TQuantity">A UnitsNet quantity that multiplies by double.</typeparam>
    /// <param name="perUnit">The quantity for one unit.</param>
    /// <returns>perUnit × count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="perUnit"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The count exceeds 2^53 (9,007,199,254,740,992) and would not be exact as a double.</exception>
    public TQuantity Total<TQuantity>(TQuantity perUnit)
        where TQuantity : IQuantity, IMultiplyOperators<TQuantity, double, TQuantity>
    {
        ArgumentNullException.ThrowIfNull(perUnit);
        if (Count > MaxExactDouble)
        {
            throw new InvalidOperationException(FormattableString.Invariant($"{this} exceeds 2^53 ({MaxExactDouble}) and is not exact as a double; use TotalExact with a decimal-valued quantity."));
        }

        return perUnit * (double)Count;
    }

    // ---- Equality and ordering -----------------------------------------------------------------------------

    /// <summary>Equal when count and kind are equal.</summary>
    /// <param name="other">The other count.</param>
    /// <returns>Whether they are equal; never throws.</returns>
    public bool Equals(UnitCount other) => Count == other.Count && Kind == other.Kind;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is UnitCount other && Equals(other);

    /// <summary>A hash consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Count, Kind);

    /// <summary>Compares counts of one kind.</summary>
    /// <param name="other">The other count.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    public int CompareTo(UnitCount other) => CompareTo(other, nameof(other));

    // CompareTo naming the caller's parameter (a constant) when the kinds differ.
    private int CompareTo(UnitCount other, string paramName)
    {
        CheckSameKind(this, other, "compare", paramName);
        return Count.CompareTo(other.Count);
    }

    /// <summary>Compares with a boxed <see cref="UnitCount"/> of the same kind (F#'s <c>compare</c>).</summary>
    /// <param name="obj">Null (which sorts first) or a <see cref="UnitCount"/>.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="UnitCount"/>.</exception>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        UnitCount other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(UnitCount)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(UnitCount left, UnitCount right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(UnitCount left, UnitCount right) => !left.Equals(right);

    /// <summary>Ordering within one kind.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether left is smaller.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    public static bool operator <(UnitCount left, UnitCount right) => left.CompareTo(right, nameof(right)) < 0;

    /// <summary>Ordering within one kind.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether left is larger.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    public static bool operator >(UnitCount left, UnitCount right) => left.CompareTo(right, nameof(right)) > 0;

    /// <summary>Ordering within one kind.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether left is smaller or equal.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    public static bool operator <=(UnitCount left, UnitCount right) => left.CompareTo(right, nameof(right)) <= 0;

    /// <summary>Ordering within one kind.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>Whether left is larger or equal.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    public static bool operator >=(UnitCount left, UnitCount right) => left.CompareTo(right, nameof(right)) >= 0;

    /// <summary>Invariant text: "20000 × H200 GPU".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Count} × {Kind}");

    private static void CheckSameKind(UnitCount left, UnitCount right, string operation, string paramName)
    {
        if (left.Kind != right.Kind)
        {
            throw MismatchException.CountKinds(left.Kind, right.Kind, operation, paramName);
        }
    }

    // ---- Estimates (explicit, so the count's own surface stays as it is) ----------------------------------

    /// <inheritdoc />
    decimal IEstimable<UnitCount>.Magnitude => Count;

    /// <inheritdoc />
    decimal IEstimable<UnitCount>.Granularity => 1m;

    /// <inheritdoc />
    string IEstimable<UnitCount>.UnitText => Kind.Name;

    /// <inheritdoc />
    UnitCount IEstimable<UnitCount>.WithMagnitude(decimal magnitude) => FromDecimal(magnitude, Kind);

    /// <inheritdoc />
    void IEstimable<UnitCount>.CheckCommensurable(UnitCount other, string operation) => CheckCommensurable(other, operation, nameof(other));

    /// <summary>The unit check of <see cref="IEstimable{TSelf}.CheckCommensurable"/>, naming <paramref name="paramName"/>
    /// (the parameter of the public member that was called) in the mismatch exception.</summary>
    /// <param name="other">The other value.</param>
    /// <param name="operation">What was attempted, for the message.</param>
    /// <param name="paramName">The caller's parameter that held <paramref name="other"/>.</param>
    internal void CheckCommensurable(UnitCount other, string operation, string paramName)
    {
        if (Kind != other.Kind)
        {
            throw MismatchException.CountKinds(Kind, other.Kind, operation, paramName);
        }
    }
}
