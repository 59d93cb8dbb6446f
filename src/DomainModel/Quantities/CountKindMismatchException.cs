using System;

namespace DomainModel;

/// <summary>
/// Thrown when an operation needs one kind of thing and gets two: adding GPUs to users, comparing them, or pricing
/// H200 units with a price per H100.
/// </summary>
public sealed class CountKindMismatchException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="left">The kind of the left operand.</param>
    /// <param name="right">The kind of the right operand.</param>
    /// <param name="operation">What was attempted, e.g. "add" or "compare".</param>
    /// <param name="paramName">The parameter that held the second operand.</param>
    public CountKindMismatchException(CountKind left, CountKind right, string operation, string? paramName)
        : base($"Cannot {operation} '{left}' and '{right}': both must be counts of one kind.", paramName)
    {
        Left = left;
        Right = right;
        Operation = operation;
    }

    /// <summary>The kind of the left operand.</summary>
    public CountKind Left { get; }

    /// <summary>The kind of the right operand.</summary>
    public CountKind Right { get; }

    /// <summary>What was attempted.</summary>
    public string Operation { get; }
}
