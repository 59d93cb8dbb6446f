namespace DomainModel.Exchange;

/// <summary>Which rate a <see cref="RatePolicy"/> chose, and so how far it answers the question asked.</summary>
public enum RateChoiceKind
{
    /// <summary>No rate: <see cref="RateChoice.Reason"/> says why (none within the maximum age, a period after the statement's date...).</summary>
    None = 0,

    /// <summary>The rate of the date asked.</summary>
    OnDate = 1,

    /// <summary>No rate on the date asked: the latest earlier rate, within the maximum age; <see cref="RateChoice.AgeDays"/> says how old.</summary>
    EarlierDate = 2,

    /// <summary>The mean of the daily rates over the whole period asked, every day of which was on or before the statement's date.</summary>
    PeriodAverage = 3,

    /// <summary>The mean of the daily rates over part of the period asked: the days after the statement's date are left out, or the rates held cover only part of the period; <see cref="RateChoice.Reason"/> says which.</summary>
    PartialPeriodAverage = 4,
}
