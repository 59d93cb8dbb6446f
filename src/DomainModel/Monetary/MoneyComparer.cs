using System;
using System.Collections.Generic;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// Explicit orderings of <see cref="Money"/> for lists that mix currencies. The natural order of
/// <see cref="Money"/> (<see cref="Money.CompareTo(Money)"/>) throws across currencies on purpose.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class MoneyComparer : IComparer<Money>, IEqualityComparer<Money>
{
    private MoneyComparer()
    {
    }

    /// <summary>Orders by currency (ordinal code, see <see cref="Currency.CompareTo(Currency)"/>), then by amount.
    /// Equality agrees with <see cref="Money.Equals(Money)"/>. This does not convert anything: 1 USD sorts after 1000 CNY.</summary>
    public static MoneyComparer ByCurrencyThenAmount { get; } = new();

    /// <inheritdoc />
    public int Compare(Money x, Money y)
    {
        int c = x.Currency.CompareTo(y.Currency);
        return c != 0 ? c : DecimalMagnitude.Compare(x.Amount, y.Amount);
    }

    /// <inheritdoc />
    public bool Equals(Money x, Money y) => x.Equals(y);

    /// <inheritdoc />
    public int GetHashCode(Money obj) => obj.GetHashCode();
}
