using System;
using System.Diagnostics.CodeAnalysis;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// The price of one unit of a <see cref="CountKind"/>: "$ 20.000 per unità" of H200. Multiplied by a
/// <see cref="UnitCount"/> of the same kind it gives <see cref="Money"/>.
/// </summary>
/// <remarks>
/// <para><b>Validation:</b> the price is zero or more. <b>Equality:</b> price (numerically, as <see cref="Money"/>)
/// and kind. <b>Ordering:</b> by price within one kind and currency; otherwise <see cref="MismatchException"/>
/// or <see cref="MismatchException"/>.</para>
/// <para><b>Default:</b> <c>default(PricePerUnit)</c> is 0 XXX per <see cref="CountKind.Unspecified"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PricePerUnitJsonConverter))]
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<PricePerUnit>))]
public readonly partial struct PricePerUnit : IEquatable<PricePerUnit>, IComparable<PricePerUnit>, IComparable, IEstimable<PricePerUnit>
{
    /// <summary>Creates a price per unit.</summary>
    /// <param name="price">The price of one unit, zero or more.</param>
    /// <param name="kind">The kind of unit priced.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="price"/> is negative.</exception>
    public PricePerUnit(Money price, CountKind kind)
    {
        if (price.IsNegative)
        {
            throw Preconditions.OutOfRange(nameof(price), price, Preconditions.Invariant($"A price per '{kind}' cannot be negative ({price}); allowed is zero or more."));
        }

        Price = price;
        Kind = kind;
    }

    /// <summary>The price of one unit.</summary>
    public Money Price { get; }

    /// <summary>The kind of unit priced.</summary>
    public CountKind Kind { get; }

    /// <summary>The total for a count (named twin of <c>PricePerUnit * UnitCount</c>).</summary>
    /// <param name="count">The count, of the same kind.</param>
    /// <returns>The total.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="OverflowException">The total is outside the range of decimal.</exception>
    public Money Multiply(UnitCount count) => UnitCount.Total(count, this, nameof(count));

    /// <summary>Equal when prices are numerically equal in one currency and kinds are equal.</summary>
    /// <param name="other">The other price.</param>
    /// <returns>Whether they are equal; never throws.</returns>
    public bool Equals(PricePerUnit other) => Price == other.Price && Kind == other.Kind;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PricePerUnit other && Equals(other);

    /// <summary>A hash consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Price, Kind);

    /// <summary>Compares prices of one kind and currency.</summary>
    /// <param name="other">The other price.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    public int CompareTo(PricePerUnit other) => CompareTo(other, nameof(other));

    // CompareTo naming the caller's parameter (a constant) when the two cannot be compared.
    private int CompareTo(PricePerUnit other, string paramName)
    {
        if (Kind != other.Kind)
        {
            throw MismatchException.CountKinds(Kind, other.Kind, "compare prices of", paramName);
        }

        return Price.CompareTo(other.Price, paramName);
    }

    /// <summary>Compares with a boxed <see cref="PricePerUnit"/>.</summary>
    /// <param name="obj">Null (which sorts first) or a <see cref="PricePerUnit"/>.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="PricePerUnit"/>.</exception>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PricePerUnit other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(PricePerUnit)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PricePerUnit left, PricePerUnit right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PricePerUnit left, PricePerUnit right) => !left.Equals(right);

    /// <summary>Ordering within one kind and currency.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    /// <returns>Whether left is lower.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    public static bool operator <(PricePerUnit left, PricePerUnit right) => left.CompareTo(right, nameof(right)) < 0;

    /// <summary>Ordering within one kind and currency.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    /// <returns>Whether left is higher.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    public static bool operator >(PricePerUnit left, PricePerUnit right) => left.CompareTo(right, nameof(right)) > 0;

    /// <summary>Ordering within one kind and currency.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    /// <returns>Whether left is lower or equal.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    public static bool operator <=(PricePerUnit left, PricePerUnit right) => left.CompareTo(right, nameof(right)) <= 0;

    /// <summary>Ordering within one kind and currency.</summary>
    /// <param name="left">The first price.</param>
    /// <param name="right">The second price.</param>
    /// <returns>Whether left is higher or equal.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    public static bool operator >=(PricePerUnit left, PricePerUnit right) => left.CompareTo(right, nameof(right)) >= 0;

    /// <summary>Invariant text: "USD 20000 per H200 GPU".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Price} per {Kind}";

    // ---- Estimates (explicit) -----------------------------------------------------------------------------

    /// <inheritdoc />
    decimal IEstimable<PricePerUnit>.Magnitude => Price.Amount;

    /// <inheritdoc />
    decimal IEstimable<PricePerUnit>.Granularity => 0m;

    /// <inheritdoc />
    string IEstimable<PricePerUnit>.UnitText => $"{Price.Currency.Code} per {Kind}";

    /// <inheritdoc />
    PricePerUnit IEstimable<PricePerUnit>.WithMagnitude(decimal magnitude) => new(new Money(magnitude, Price.Currency), Kind);

    /// <inheritdoc />
    void IEstimable<PricePerUnit>.CheckCommensurable(PricePerUnit other, string operation) => CheckCommensurable(other, operation, nameof(other));

    /// <summary>The unit check of <see cref="IEstimable{TSelf}.CheckCommensurable"/>, naming <paramref name="paramName"/>
    /// (the parameter of the public member that was called) in the mismatch exception.</summary>
    /// <param name="other">The other value.</param>
    /// <param name="operation">What was attempted, for the message.</param>
    /// <param name="paramName">The caller's parameter that held <paramref name="other"/>.</param>
    internal void CheckCommensurable(PricePerUnit other, string operation, string paramName)
    {
        if (Price.Currency != other.Price.Currency)
        {
            throw MismatchException.Currencies(Price.Currency, other.Price.Currency, operation, paramName);
        }

        if (Kind != other.Kind)
        {
            throw MismatchException.CountKinds(Kind, other.Kind, operation, paramName);
        }
    }
}
