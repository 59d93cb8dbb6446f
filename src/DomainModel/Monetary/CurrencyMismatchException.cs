using System;
using DomainModel;

namespace DomainModel;

/// <summary>
/// Thrown when an operation needs two amounts in one currency and gets two currencies: adding, subtracting,
/// comparing or dividing yuan by dollars. Converting needs an exchange rate; ordering a mixed list needs
/// an explicit comparer such as <see cref="MoneyComparer.ByCurrencyThenAmount"/>.
/// </summary>
public sealed class CurrencyMismatchException : ArgumentException
{
    /// <summary>Creates the exception for an operation between two currencies.</summary>
    /// <param name="left">The currency of the left operand.</param>
    /// <param name="right">The currency of the right operand.</param>
    /// <param name="operation">What was attempted, e.g. "add" or "compare".</param>
    /// <param name="paramName">The parameter that held the second operand.</param>
    public CurrencyMismatchException(Currency left, Currency right, string operation, string? paramName)
        : base($"Cannot {operation} {left.Code} and {right.Code}: both amounts must be in one currency. Convert one of them with an exchange rate first.", paramName)
    {
        Left = left;
        Right = right;
        Operation = operation;
    }

    /// <summary>The currency of the left operand.</summary>
    public Currency Left { get; }

    /// <summary>The currency of the right operand.</summary>
    public Currency Right { get; }

    /// <summary>What was attempted ("add", "subtract", "compare", …).</summary>
    public string Operation { get; }
}
