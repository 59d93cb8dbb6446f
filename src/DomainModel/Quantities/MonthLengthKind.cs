namespace DomainModel;

/// <summary>How long a <see cref="MonthLength"/> says a month is.</summary>
public enum MonthLengthKind
{
    /// <summary>30 days, as UnitsNet's <c>DurationUnit.Month30</c> and many accounting conventions (the default).</summary>
    ThirtyDays = 0,

    /// <summary>365.25 / 12 = 30.4375 days: a twelfth of a Julian year.</summary>
    JulianAverage = 1,

    /// <summary>365.2425 / 12 = 30.436875 days: a twelfth of a mean Gregorian year.</summary>
    GregorianAverage = 2,

    /// <summary>The length of one named calendar month (28, 29, 30 or 31 days).</summary>
    CalendarMonth = 3,
}
