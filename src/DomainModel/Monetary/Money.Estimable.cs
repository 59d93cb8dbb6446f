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
    void IEstimable<Money>.CheckCommensurable(Money other, string operation)
    {
        if (Currency != other.Currency)
        {
            throw MismatchException.Currencies(Currency, other.Currency, operation, nameof(other));
        }
    }
}
