using System;
using DomainModel;
using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>
/// Periods that refer to another period: "a year earlier", "the same quarter last year", "the previous quarter", "the
/// following year", "the same quarter of 2024", "nel trimestre precedente", "nello stesso periodo dell'anno scorso", "im
/// Vorjahreszeitraum", "im Jahr darauf", "im Vorquartal". They are resolved only against a period given by the caller
/// (<see cref="ResolvedPeriod.ParseRelative(string, ResolvedPeriod, FiscalCalendar?)"/>), never against the as-of date.
/// </summary>
internal static partial class PeriodPhraseParser
{
    /// <summary>How a relative phrase moves its reference period.</summary>
    internal enum RelativeStep
    {
        None = 0,
        YearEarlier,
        YearLater,
        QuarterEarlier,
        QuarterLater,
        SamePeriodIn,
    }

    /// <summary>Whether the normalised phrase names a period relative to another one; <paramref name="year"/> is the year of "the same quarter of 2024".</summary>
    internal static RelativeStep Relative(string s, out int year)
    {
        year = 0;
        if (Array.IndexOf(Words.YearEarlier, s) >= 0)
        {
            return RelativeStep.YearEarlier;
        }

        if (Array.IndexOf(Words.YearLater, s) >= 0)
        {
            return RelativeStep.YearLater;
        }

        if (Array.IndexOf(Words.QuarterEarlier, s) >= 0)
        {
            return RelativeStep.QuarterEarlier;
        }

        if (Array.IndexOf(Words.QuarterLater, s) >= 0)
        {
            return RelativeStep.QuarterLater;
        }

        foreach (string prefix in Words.SamePeriodOfYear)
        {
            if (StartsWithWord(s, prefix) && TryFourDigitYear(s.AsSpan(prefix.Length + 1), out year))
            {
                return RelativeStep.SamePeriodIn;
            }
        }

        return RelativeStep.None;
    }

    /// <summary>Whether period words name a period relative to another one (for messages that say what to add).</summary>
    internal static bool IsRelative(string text) => Relative(Normalise(text), out _) != RelativeStep.None;

    /// <summary>Resolves a relative phrase against its reference period; never throws.</summary>
    internal static ParseError ParseRelative(string text, ResolvedPeriod reference, FiscalCalendar? calendar, out ResolvedPeriod period, out string? mismatch)
    {
        period = default;
        mismatch = null;
        var step = Relative(Normalise(text), out int year);
        if (step == RelativeStep.None)
        {
            return ParseError.UnknownPeriod;
        }

        var span = reference.Span;
        if (step is RelativeStep.QuarterEarlier or RelativeStep.QuarterLater && !IsQuarter(span, calendar))
        {
            mismatch = $"it names the quarter before or after another one, and the period it refers to ({span}) is not a quarter";
            return ParseError.NeedsReferencePeriod;
        }

        if (step == RelativeStep.SamePeriodIn && year > 9999)
        {
            return ParseError.YearOutOfRange;
        }

        int months = step switch
        {
            RelativeStep.YearEarlier => -12,
            RelativeStep.YearLater => 12,
            RelativeStep.QuarterEarlier => -3,
            RelativeStep.QuarterLater => 3,
            _ => 12 * (year - span.End.Year),
        };

        if (reference.Kind == PeriodKind.Exact)
        {
            if (!TryShift(span, months, calendar, out var shifted))
            {
                return ParseError.YearOutOfRange;
            }

            period = new ResolvedPeriod(text, reference.AsOf, PeriodKind.Exact, shifted, wholeUnit: true, reference);
            return ParseError.None;
        }

        if (!TryShift(reference.EndBound, months, calendar, out var end))
        {
            return ParseError.YearOutOfRange;
        }

        if (reference.Kind == PeriodKind.Deadline)
        {
            period = new ResolvedPeriod(text, reference.AsOf, PeriodKind.Deadline, end, wholeUnit: false, reference);
            return ParseError.None;
        }

        if (!TryShift(reference.StartBound!.Value, months, calendar, out var start))
        {
            return ParseError.YearOutOfRange;
        }

        period = new ResolvedPeriod(text, reference.AsOf, PeriodKind.Approximate, start, end, reference);
        return ParseError.None;
    }

    /// <summary>A quarter: a fiscal quarter of the calendar, or three whole calendar months.</summary>
    private static bool IsQuarter(DateRange span, FiscalCalendar? calendar)
    {
        if (calendar is not null && calendar.SupportedRange.Contains(span.Start) && calendar.QuarterOf(span.Start).Range == span)
        {
            return true;
        }

        return IsWholeMonths(span) && ((span.End.Year * 12) + span.End.Month) - ((span.Start.Year * 12) + span.Start.Month) == 2;
    }

    private static bool IsWholeMonths(DateRange span) =>
        span.Start.Day == 1 && span.End.Day == DateTime.DaysInMonth(span.End.Year, span.End.Month);

    /// <summary>
    /// Moves a range by a number of months: a fiscal quarter or year of the calendar to the fiscal quarter or year that
    /// many months away (so a week-based quarter keeps its weeks); whole months to the same whole months; any other range
    /// day by day, each end moved by the months (a day missing in the target month becomes its last day).
    /// </summary>
    internal static bool TryShift(DateRange range, int months, FiscalCalendar? calendar, out DateRange shifted)
    {
        shifted = default;
        if (calendar is not null && calendar.SupportedRange.Contains(range.Start) && months % 3 == 0)
        {
            var quarter = calendar.QuarterOf(range.Start);
            if (quarter.Range == range)
            {
                int index = (quarter.Year.Label * 4) + quarter.Number - 1 + (months / 3);
                int label = index / 4;
                if (label is < FiscalYear.MinLabel or > FiscalYear.MaxLabel)
                {
                    return false;
                }

                shifted = new FiscalYear(calendar, label).Quarter((index % 4) + 1).Range;
                return true;
            }

            var year = calendar.YearOf(range.Start);
            if (year.Range == range && months % 12 == 0)
            {
                int label = year.Label + (months / 12);
                if (label is < FiscalYear.MinLabel or > FiscalYear.MaxLabel)
                {
                    return false;
                }

                shifted = new FiscalYear(calendar, label).Range;
                return true;
            }
        }

        long first = ((long)range.Start.Year * 12) + range.Start.Month - 1 + months;
        long last = ((long)range.End.Year * 12) + range.End.Month - 1 + months;
        if (first < 12 || last > (9999L * 12) + 11)
        {
            return false;
        }

        if (IsWholeMonths(range))
        {
            var end = new DateOnly((int)(last / 12), (int)(last % 12) + 1, 1);
            shifted = DateRange.Trusted(new DateOnly((int)(first / 12), (int)(first % 12) + 1, 1), end.AddDays(DateTime.DaysInMonth(end.Year, end.Month) - 1));
            return true;
        }

        shifted = DateRange.Trusted(range.Start.AddMonths(months), range.End.AddMonths(months));
        return true;
    }
}
