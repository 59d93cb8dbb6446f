using System;
using System.Linq;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainModel.Tests.Fiscal;

/// <summary>Laws of <see cref="FiscalYear"/>, checked on generated calendars of every kind, labels and dates.</summary>
[Properties(Arbitrary = new[] { typeof(FiscalArbitraries) }, MaxTest = 300)]
public sealed partial class FiscalYearTests
{
    [Property]
    public bool YearOf_ReturnsTheOnlyYearThatContainsTheDate(FiscalCalendar calendar, DateOnly date)
    {
        var year = calendar.YearOf(date);
        bool notInPrevious = year.Label == FiscalYear.MinLabel || !year.Previous().Contains(date);
        bool notInNext = year.Label == FiscalYear.MaxLabel || !year.Next().Contains(date);
        // Years are contiguous and ordered, so no other year can hold the date if the neighbours do not; check a
        // wider window anyway.
        int holders = Enumerable.Range(Math.Max(FiscalYear.MinLabel, year.Label - 3), 7)
            .Where(l => l <= FiscalYear.MaxLabel)
            .Count(l => calendar.Year(l).Contains(date));
        return year.Contains(date) && year.Calendar == calendar && notInPrevious && notInNext && holders == 1
            && year.FirstDay <= date && date <= year.LastDay && year.Range.Contains(date);
    }

    [Property]
    public bool ConsecutiveYears_AreContiguous(FiscalYear year)
    {
        if (year.Label == FiscalYear.MaxLabel)
        {
            year = year.Previous();
        }

        var next = year.Next();
        return year.LastDay.AddDays(1) == next.FirstDay
            && next.Previous() == year
            && next.Label == year.Label + 1
            && year.FirstDay <= year.LastDay;
    }

    [Property]
    public Property WeekBasedYears_Last364Or371Days_AndEndOnTheirWeekday() => Prop.ForAll(
        Arb.From(from calendar in FiscalArbitraries.WeekBasedGen
                 from label in Gen.Choose(FiscalYear.MinLabel, FiscalYear.MaxLabel)
                 select new FiscalYear(calendar, label)),
        year =>
        {
            var calendar = year.Calendar;
            var last = year.LastDay;
            int endMonth = calendar.EndMonth!.Value;
            int anchorYear = calendar.Naming == FiscalYearNaming.ByEndYear || endMonth == 12 ? year.Label : year.Label + 1;
            var monthEnd = new DateOnly(anchorYear, endMonth, DateTime.DaysInMonth(anchorYear, endMonth));
            bool ruleHolds = calendar.WeekRule == WeekYearEndRule.LastWeekdayOfMonth
                ? last <= monthEnd && last.AddDays(7) > monthEnd
                : Math.Abs(last.DayNumber - monthEnd.DayNumber) <= 3;
            return (year.LengthInDays == 364 || year.LengthInDays == 371)
                && year.LengthInWeeks == year.LengthInDays / 7
                && year.HasFiftyThreeWeeks == (year.LengthInDays == 371)
                && last.DayOfWeek == calendar.EndWeekday
                && ruleHolds;
        });

    [Property]
    public Property MonthBasedYears_Last365Or366Days_AndStartOnTheirDay() => Prop.ForAll(
        Arb.From(from calendar in FiscalArbitraries.MonthBasedGen
                 from label in Gen.Choose(FiscalYear.MinLabel, FiscalYear.MaxLabel)
                 select new FiscalYear(calendar, label)),
        year => (year.LengthInDays == 365 || year.LengthInDays == 366)
            && year.LengthInWeeks == 52
            && !year.HasFiftyThreeWeeks
            && year.FirstDay.Month == year.Calendar.StartMonth
            && year.FirstDay.Day == year.Calendar.StartDay);

    [Property]
    public bool Label_FollowsTheNamingRule(FiscalYear year)
    {
        var calendar = year.Calendar;
        switch (calendar.Kind)
        {
            case FiscalCalendarKind.CalendarYear:
                return year.Range == DateRange.OfYear(year.Label);
            case FiscalCalendarKind.MonthBased:
                return calendar.Naming == FiscalYearNaming.ByEndYear ? year.LastDay.Year == year.Label : year.FirstDay.Year == year.Label;
            default:
                // The label names the end month's year (by end) or the first full month's year (by start); the last
                // day can spill into early January only from a December "nearest" year end.
                var middle = year.FirstDay.AddDays(14);
                return calendar.Naming == FiscalYearNaming.ByEndYear
                    ? year.LastDay.AddDays(-7).Year == year.Label
                    : middle.Year == year.Label;
        }
    }

    [Property]
    public bool Quarters_PartitionTheYear(FiscalYear year)
    {
        var quarters = year.Quarters;
        bool contiguous = Enumerable.Range(0, 3).All(i => quarters[i].LastDay.AddDays(1) == quarters[i + 1].FirstDay);
        bool numbered = quarters.Select(q => q.Number).SequenceEqual([1, 2, 3, 4]) && quarters.All(q => q.Year == year);
        bool lengths = year.Calendar.Kind == FiscalCalendarKind.WeekBased
            ? quarters.All(q => q.LengthInDays == (year.HasFiftyThreeWeeks && q.Number == year.Calendar.ExtraWeekQuarter ? 98 : 91))
            : quarters.All(q => q.LengthInDays is >= 89 and <= 92);
        return quarters.Count == 4
            && quarters[0].FirstDay == year.FirstDay
            && quarters[3].LastDay == year.LastDay
            && contiguous
            && numbered
            && lengths
            && quarters.Sum(q => q.LengthInDays) == year.LengthInDays;
    }

    [Property]
    public bool Months_PartitionTheYear_AndNestInTheQuarters(FiscalYear year)
    {
        var months = year.Months;
        bool contiguous = Enumerable.Range(0, 11).All(i => months[i].End.AddDays(1) == months[i + 1].Start);
        bool nested = Enumerable.Range(0, 12).All(i => year.Quarter((i / 3) + 1).Range.Contains(months[i]));
        bool weeks = year.Calendar.Kind != FiscalCalendarKind.WeekBased || months.All(m => m.LengthInDays % 7 == 0);
        return months.Count == 12
            && months[0].Start == year.FirstDay
            && months[11].End == year.LastDay
            && contiguous
            && nested
            && weeks
            && months.Sum(m => m.LengthInDays) == year.LengthInDays;
    }

    [Property]
    public bool QuarterOf_IsTheQuarterOfYearOfThatContainsTheDate(FiscalCalendar calendar, DateOnly date)
    {
        var quarter = calendar.QuarterOf(date);
        return quarter.Contains(date)
            && quarter.Year == calendar.YearOf(date)
            && quarter.Year.Quarters.Count(q => q.Contains(date)) == 1;
    }

    [Property]
    public bool Ordering_AgreesWithTheOrderOfTheDates(FiscalCalendar calendar, DateOnly d1, DateOnly d2)
    {
        var a = calendar.YearOf(d1);
        var b = calendar.YearOf(d2);
        int c = Math.Sign(a.CompareTo(b));
        return c == Math.Sign(a.FirstDay.CompareTo(b.FirstDay))
            && c == Math.Sign(a.LastDay.CompareTo(b.LastDay))
            && c == Math.Sign(a.Label.CompareTo(b.Label))
            && c == Math.Sign(((IComparable)a).CompareTo(b))
            && c == -Math.Sign(b.CompareTo(a))
            && (c == 0) == (a == b) && (c == 0) == a.Equals(b) && (c != 0) == (a != b)
            && (c < 0) == (a < b) && (c > 0) == (a > b) && (c <= 0) == (a <= b) && (c >= 0) == (a >= b)
            && (c != 0 || a.GetHashCode() == b.GetHashCode())
            && (d1 > d2 ? a >= b : a <= b);
    }

    [Property]
    public bool Overlap_IsSymmetric_AndNeverExceedsEitherLength(FiscalYear a, FiscalYear b, DateRange range)
    {
        int ab = a.OverlapDays(b);
        int ar = a.OverlapDays(range);
        decimal fab = a.OverlapFraction(b);
        return ab == b.OverlapDays(a)
            && ab >= 0 && ab <= a.LengthInDays && ab <= b.LengthInDays
            && ar == range.OverlapDays(a.Range)
            && ar >= 0 && ar <= a.LengthInDays && ar <= range.LengthInDays
            && fab >= 0m && fab <= 1m
            && fab == (decimal)ab / a.LengthInDays
            && a.OverlapFraction(range) == (decimal)ar / a.LengthInDays
            && a.OverlapDays(a) == a.LengthInDays && a.OverlapFraction(a) == 1m;
    }

    [Property]
    public bool Overlap_OfSameCalendarYears_IsZeroUnlessEqual(FiscalYear a, int delta)
    {
        int label = Math.Clamp(a.Label + (delta % 5), FiscalYear.MinLabel, FiscalYear.MaxLabel);
        var b = a.Calendar.Year(label);
        return a == b ? a.OverlapDays(b) == a.LengthInDays : a.OverlapDays(b) == 0;
    }
}
