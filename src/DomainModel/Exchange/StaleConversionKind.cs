namespace DomainModel.Exchange;

/// <summary>When, in a rate history, the range of rates a two-currency statement implies was current (see <see cref="StaleConversion"/>).</summary>
public enum StaleConversionKind
{
    /// <summary>No daily rate of the history up to the as-of date lies in the range, and none passed through it between two fixings.</summary>
    NeverCurrent = 0,

    /// <summary>The latest rate on or before the as-of date lies in the range: the conversion is current.</summary>
    Current = 1,

    /// <summary>The range was last current on an earlier day (<see cref="StaleConversion.LastCurrent"/>); the rates since lie outside it.</summary>
    LastCurrent = 2,

    /// <summary>The rate jumped over the range between two consecutive fixings (<see cref="StaleConversion.PassedAfter"/> and <see cref="StaleConversion.PassedBefore"/>), later than any fixing inside it.</summary>
    PassedThrough = 3,
}
