using System;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel.Exchange;

/// <summary>
/// The comparison of two amounts that may be in different currencies, made through an explicit provider and date,
/// with the rate it used. <c>ExchangeComparison.Compare(cny160bn, usd23bn, ecb, date)</c> converts the left amount into
/// the right amount's currency (exactly, unrounded) and compares there.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ExchangeComparison
{
    private ExchangeComparison(Money left, Money right, Money leftConverted, ExchangeRate? rate)
    {
        Left = left;
        Right = right;
        LeftConverted = leftConverted;
        Rate = rate;
        Result = leftConverted.Amount.CompareTo(right.Amount);
    }

    /// <summary>The left amount, as given.</summary>
    public Money Left { get; }

    /// <summary>The right amount, as given.</summary>
    public Money Right { get; }

    /// <summary>The left amount in the right amount's currency (unrounded); the left amount itself when the currencies agree.</summary>
    public Money LeftConverted { get; }

    /// <summary>The rate used (left's currency → right's), or null when both amounts are in one currency.</summary>
    public ExchangeRate? Rate { get; }

    /// <summary>-1, 0 or 1 as the left amount is less than, equal to or greater than the right one.</summary>
    public int Result { get; }

    /// <summary>Whether the left amount is less than the right one.</summary>
    public bool IsLess => Result < 0;

    /// <summary>Whether the amounts are equal (after conversion).</summary>
    public bool IsEqual => Result == 0;

    /// <summary>Whether the left amount is greater than the right one.</summary>
    public bool IsGreater => Result > 0;

    /// <summary>Compares two amounts, converting the left one into the right one's currency with the provider's rate for the date.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount; its currency is the one compared in.</param>
    /// <param name="provider">Where the rate comes from.</param>
    /// <param name="date">The date of the rate.</param>
    /// <returns>The comparison and the rate used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    /// <exception cref="RateNotFoundException">The provider has no rate for the pair and date.</exception>
    /// <exception cref="OverflowException">The converted amount is outside the range of decimal.</exception>
    public static ExchangeComparison Compare(Money left, Money right, IExchangeRateProvider provider, DateOnly date)
    {
        Preconditions.CheckNotNull(provider);
        if (left.Currency == right.Currency)
        {
            return new ExchangeComparison(left, right, left, null);
        }

        var rate = provider.GetRate(left.Currency, right.Currency, date);
        return new ExchangeComparison(left, right, rate.Convert(left), rate);
    }

    /// <summary>Invariant text: <c>CNY 160000000000 (= USD 22535211267.6…) &lt; USD 23000000000 using USD/CNY …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string op = Result < 0 ? "<" : Result > 0 ? ">" : "=";
        return Rate is null
            ? $"{Left} {op} {Right}"
            : $"{Left} (= {LeftConverted}) {op} {Right} using {Rate}";
    }
}
