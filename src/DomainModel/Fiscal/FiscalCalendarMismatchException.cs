using System;

namespace DomainModel;

/// <summary>
/// Thrown when fiscal years or quarters of two calendars are compared: Microsoft FY2025 is neither before nor after
/// Nvidia fiscal 2025 as a label. Compare their date ranges (<see cref="FiscalYear.Range"/>) to order them by date.
/// </summary>
public sealed class FiscalCalendarMismatchException : ArgumentException
{
    /// <summary>Creates the exception for a comparison between two calendars.</summary>
    /// <param name="left">The calendar of the left operand.</param>
    /// <param name="right">The calendar of the right operand.</param>
    /// <param name="paramName">The parameter that held the second operand.</param>
    /// <exception cref="ArgumentNullException"><paramref name="left"/> or <paramref name="right"/> is null.</exception>
    public FiscalCalendarMismatchException(FiscalCalendar left, FiscalCalendar right, string? paramName)
        : base(
            $"Cannot compare fiscal periods of two calendars, '{Check(left, nameof(left)).Name}' ({left.RuleDescription}) and '{Check(right, nameof(right)).Name}' ({right.RuleDescription}): " +
            "fiscal years are ordered only within one calendar. Compare their date ranges (Range) instead.",
            paramName)
    {
        Left = left;
        Right = right;
    }

    /// <summary>The calendar of the left operand.</summary>
    public FiscalCalendar Left { get; }

    /// <summary>The calendar of the right operand.</summary>
    public FiscalCalendar Right { get; }

    private static FiscalCalendar Check(FiscalCalendar calendar, string paramName) =>
        calendar ?? throw new ArgumentNullException(paramName);
}
