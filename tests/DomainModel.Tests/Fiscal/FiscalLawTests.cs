using System;
using System.Linq;
using DomainModel.Fiscal;
using DomainModel.Periods;
using FsCheck.Xunit;

namespace DomainModel.Tests.Fiscal;

/// <summary>Laws every fiscal calendar obeys, on generated calendars of all three kinds.</summary>
[Properties(Arbitrary = new[] { typeof(FiscalArbitraries) }, MaxTest = 300)]
public sealed class FiscalLawTests
{
    [Property]
    public bool EveryDay_BelongsToExactlyOneYear_ThatContainsIt(FiscalCalendar calendar, DateOnly day)
    {
        var year = calendar.YearOf(day);
        return year.Contains(day)
            && !year.Previous().Contains(day)
            && !year.Next().Contains(day)
            && calendar.Year(year.Number).Equals(year);
    }

    [Property]
    public bool ConsecutiveYears_AreContiguous(FiscalCalendar calendar, DateOnly day)
    {
        var year = calendar.YearOf(day);
        return year.Next().FirstDay == year.LastDay.AddDays(1) && year.Previous().LastDay == year.FirstDay.AddDays(-1)
            && year.Next().Number == year.Number + 1;
    }

    [Property]
    public bool Lengths_AreThoseOfTheKind(FiscalCalendar calendar, DateOnly day)
    {
        var year = calendar.YearOf(day);
        return calendar.Kind == FiscalCalendarKind.FiftyTwoFiftyThreeWeek
            ? (year.LengthInDays == 364 || year.LengthInDays == 371) && year.LengthInWeeks == (year.HasFiftyThirdWeek ? 53m : 52m)
                && year.LastDay.DayOfWeek == calendar.EndWeekday
            : year.LengthInDays == 365 || year.LengthInDays == 366;
    }

    [Property]
    public bool Quarters_PartitionTheYear(FiscalCalendar calendar, DateOnly day)
    {
        var year = calendar.YearOf(day);
        var q = year.Quarters;
        bool contiguous = Enumerable.Range(1, 3).All(i => q[i].Start == q[i - 1].End.AddDays(1));
        bool weeks = calendar.Kind != FiscalCalendarKind.FiftyTwoFiftyThreeWeek
            || q.Select((r, i) => r.LengthInDays == 91 + (year.HasFiftyThirdWeek && i + 1 == calendar.ExtraWeekQuarter ? 7 : 0)).All(ok => ok);
        int quarter = year.QuarterOf(day);
        return q.Count == 4 && q[0].Start == year.FirstDay && q[3].End == year.LastDay && contiguous && weeks
            && q[quarter - 1].Contains(day) && q.Sum(r => r.LengthInDays) == year.LengthInDays;
    }

    [Property]
    public bool Ordering_AgreesWithDates(FiscalCalendar calendar, DateOnly a, DateOnly b)
    {
        var x = calendar.YearOf(a);
        var y = calendar.YearOf(b);
        int c = x.CompareTo(y);
        return Math.Sign(c) == Math.Sign(x.FirstDay.CompareTo(y.FirstDay))
            && (c < 0) == (x < y) && (c == 0) == (x == y) && (c > 0) == (x > y)
            && c == ((IComparable)x).CompareTo(y)
            && (a <= b ? x <= y : x >= y);
    }

    [Property]
    public bool Overlap_IsSymmetric_AndNeverExceedsEitherLength(FiscalCalendar first, FiscalCalendar second, DateOnly a, DateOnly b)
    {
        var x = first.YearOf(a);
        var y = second.YearOf(b);
        int days = x.OverlapInDays(y);
        return days == y.OverlapInDays(x)
            && days <= x.LengthInDays && days <= y.LengthInDays && days >= 0
            && x.OverlapFraction(y) == (decimal)days / x.LengthInDays
            && x.OverlapFraction(y) is >= 0m and <= 1m
            && (days > 0) == x.Range.Overlaps(y.Range);
    }

    [Property]
    public bool DateRange_TextRoundTrips(DateOnly a, DateOnly b)
    {
        var range = new DateRange(a < b ? a : b, a < b ? b : a);
        return DateRange.Parse(range.ToString(), null) == range;
    }
}
