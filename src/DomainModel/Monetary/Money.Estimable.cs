using DomainModel;

namespace DomainModel;

/// <summary>Money as a quantity that estimates range over: the amount in its currency, no granularity.</summary>
public readonly partial struct Money : IEstimable<Money>
{
    /// <inheritdoc />
    decimal IEstimable<Money>.Magnitude => Amount;

    /// <inheritdoc />
    decimal IEstimable<Money>.Granularity => 0m;

    /// <inheritdoc />
    string IEstimable<Money>.UnitText => Currency.Code;

    /// <inheritdoc />
    Money IEstimable<Money>.WithMagnitude(decimal magnitude) => new(magnitude, Currency);

    /// <inheritdoc />
    void IEstimable<Money>.CheckCommensurable(Money other, string operation) => CheckCommensurable(other, operation, nameof(other));

    /// <summary>The unit check of <see cref="IEstimable{TSelf}.CheckCommensurable"/>, naming <paramref name="paramName"/>
    /// (the parameter of the public member that was called) in the mismatch exception.</summary>
    /// <param name="other">The other value.</param>
    /// <param name="operation">What was attempted, for the message.</param>
    /// <param name="paramName">The caller's parameter that held <paramref name="other"/>.</param>
    internal void CheckCommensurable(Money other, string operation, string paramName)
    {
        if (Currency != other.Currency)
        {
            throw MismatchException.Currencies(Currency, other.Currency, operation, paramName);
        }
    }
}
