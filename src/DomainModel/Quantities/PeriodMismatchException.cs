using System;
using System.Globalization;
using UnitsNet;

namespace DomainModel;

/// <summary>
/// Thrown when two <see cref="TokenRate"/>s with different periods are added, subtracted or compared: a daily and a
/// monthly rate are comparable only after one is converted with <see cref="TokenRate.ToPeriod"/> and an explicit
/// <see cref="MonthLength"/>.
/// </summary>
public sealed class PeriodMismatchException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="left">The period of the left operand.</param>
    /// <param name="right">The period of the right operand.</param>
    /// <param name="operation">What was attempted, e.g. "add" or "compare".</param>
    /// <param name="paramName">The parameter that held the second operand.</param>
    public PeriodMismatchException(Duration left, Duration right, string operation, string? paramName)
        : base($"Cannot {operation} a rate per {Describe(left)} and a rate per {Describe(right)}: convert one to the other's period first with ToPeriod and an explicit MonthLength.", paramName)
    {
        Left = left;
        Right = right;
        Operation = operation;
    }

    /// <summary>The period of the left operand.</summary>
    public Duration Left { get; }

    /// <summary>The period of the right operand.</summary>
    public Duration Right { get; }

    /// <summary>What was attempted.</summary>
    public string Operation { get; }

    internal static string Describe(Duration period) => period.ToString(CultureInfo.InvariantCulture);
}
