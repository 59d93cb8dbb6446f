using System;

namespace DomainModel.Fiscal;

/// <summary>Thrown when fiscal years of two different calendars are compared: Microsoft FY2025 and Nvidia fiscal 2025 are not ordered.</summary>
public sealed class FiscalCalendarMismatchException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="left">The first calendar.</param>
    /// <param name="right">The second calendar.</param>
    /// <param name="paramName">The parameter that held the second year.</param>
    public FiscalCalendarMismatchException(FiscalCalendar left, FiscalCalendar right, string? paramName)
        : base($"Cannot compare fiscal years of {left?.Name} and {right?.Name}: they follow different calendars. Compare their date ranges (FirstDay, LastDay, Overlap) instead.", paramName)
    {
        Left = left!;
        Right = right!;
    }

    /// <summary>The calendar of the first year.</summary>
    public FiscalCalendar Left { get; }

    /// <summary>The calendar of the second year.</summary>
    public FiscalCalendar Right { get; }
}
