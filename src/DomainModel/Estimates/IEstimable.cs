namespace DomainModel;

/// <summary>
/// A quantity of the model that an <see cref="Estimate{T}"/> can range over: Money, UnitCount, PricePerUnit,
/// TokenVolume, TokenRate, TokenVolumeOver, ActiveUsers and Share implement it explicitly, so their own members stay as they are.
/// The quantity is seen as a decimal magnitude in a fixed unit (a currency, a count kind, a rate period...).
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
/// <remarks>Instance members only (no static abstract members), so F# and other languages use it directly.</remarks>
public interface IEstimable<TSelf>
    where TSelf : struct, IEstimable<TSelf>
{
    /// <summary>The magnitude in the value's own unit (the amount of money, the count, the tokens per period, the fraction).</summary>
    decimal Magnitude { get; }

    /// <summary>The step between admissible magnitudes: 0 for continuous quantities (money, shares), 1 for whole counts (units, tokens, users).</summary>
    decimal Granularity { get; }

    /// <summary>The unit as text, for messages and reports ("CNY", "H200 unit", "tokens per 1 d").</summary>
    string UnitText { get; }

    /// <summary>The same quantity (same currency, kind, period...) with another magnitude.</summary>
    /// <param name="magnitude">The magnitude, valid for the type (whole for counts, zero or more where negative values are refused).</param>
    /// <returns>The value.</returns>
    /// <exception cref="System.ArgumentException">The magnitude is not valid for the type (the type's own exception and message).</exception>
    TSelf WithMagnitude(decimal magnitude);

    /// <summary>Throws the model's own mismatch exception unless <paramref name="other"/> is in the same unit.</summary>
    /// <param name="other">The other value.</param>
    /// <param name="operation">What was attempted, for the message ("compare", "take a share of").</param>
    /// <exception cref="System.ArgumentException">The units differ: a <c>MismatchException</c>, <c>MismatchException</c> or <c>MismatchException</c>.</exception>
    void CheckCommensurable(TSelf other, string operation);
}
