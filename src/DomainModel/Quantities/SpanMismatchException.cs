using System;

namespace DomainModel;

/// <summary>
/// Thrown when two <see cref="TokenVolumeOver"/>s over spans that do not fit the operation are combined: volumes over
/// spans of different lengths do not compare (a week's volume and a month's compare only as average rates, see
/// <see cref="TokenVolumeOver.ToAverageRate"/>), and only volumes over the same span add or subtract.
/// </summary>
public sealed class SpanMismatchException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="left">The span of the left operand.</param>
    /// <param name="right">The span of the right operand.</param>
    /// <param name="operation">What was attempted, e.g. "add" or "compare".</param>
    /// <param name="paramName">The parameter that held the second operand.</param>
    public SpanMismatchException(DateRange left, DateRange right, string operation, string? paramName)
        : base($"Cannot {operation} a volume over {TokenVolumeOver.Describe(left)} and a volume over {TokenVolumeOver.Describe(right)}: volumes compare over spans of the same length and add over the same span; compare them as average rates (ToAverageRate) instead.", paramName)
    {
        Left = left;
        Right = right;
        Operation = operation;
    }

    /// <summary>The span of the left operand.</summary>
    public DateRange Left { get; }

    /// <summary>The span of the right operand.</summary>
    public DateRange Right { get; }

    /// <summary>What was attempted.</summary>
    public string Operation { get; }
}
