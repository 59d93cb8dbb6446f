using System;
using System.Globalization;
using System.Linq;
using DomainModel.Text;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Dates;

/// <summary>Laws, examples and bad input of <see cref="DateRange"/>.</summary>
public sealed class DateRangeTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new DateRange(D(2025, 2, 1), D(2025, 1, 31)));
        Assert.Equal("end", e.ParamName);
        Assert.Contains("End 2025-01-31 is before start 2025-02-01", e.Message, StringComparison.Ordinal);
        Assert.Contains("on or after its start", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_DescribeAnInclusiveRange()
    {
        var fy = new DateRange(D(2024, 7, 1), D(2025, 6, 30));
        Assert.Equal(365, fy.LengthInDays);
        Assert.True(fy.Contains(D(2024, 7, 1)));
        Assert.True(fy.Contains(D(2025, 6, 30)));
        Assert.False(fy.Contains(D(2025, 7, 1)));
        Assert.True(fy.Contains(DateRange.OfMonth(2025, 2)));
        Assert.False(fy.Contains(DateRange.OfYear(2025)));
        Assert.Equal(1, DateRange.SingleDay(D(2025, 12, 15)).LengthInDays);
        Assert.Equal(new DateRange(D(2024, 2, 1), D(2024, 2, 29)), DateRange.OfMonth(2024, 2));
        Assert.Equal(366, DateRange.OfYear(2024).LengthInDays);
        Assert.Equal(181, fy.OverlapDays(DateRange.OfYear(2025)));
        Assert.Equal(181m / 365m, fy.OverlapFraction(DateRange.OfYear(2025)));
        Assert.Equal(1m, DateRange.OfYear(2025).OverlapFraction(new DateRange(D(2024, 1, 1), D(2026, 1, 1))));
        Assert.Equal(new DateRange(D(2025, 1, 1), D(2025, 6, 30)), fy.Intersect(DateRange.OfYear(2025)));
        Assert.Equal(default, new DateRange(DateOnly.MinValue, DateOnly.MinValue));
    }

    [Fact]
    public void Intersect_DisjointRanges_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => DateRange.OfMonth(2025, 1).Intersect(DateRange.OfMonth(2025, 3)));
        Assert.Equal("other", e.ParamName);
        Assert.Contains("2025-01-01..2025-01-31 and 2025-03-01..2025-03-31 share no day", e.Message, StringComparison.Ordinal);
        Assert.False(DateRange.OfMonth(2025, 1).TryIntersect(DateRange.OfMonth(2025, 3), out var none));
        Assert.Equal(default, none);
        Assert.Equal(0, DateRange.OfMonth(2025, 1).OverlapDays(DateRange.OfMonth(2025, 2)));
    }

    [Fact]
    public void Factories_OutOfRange_Throw()
    {
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => DateRange.OfMonth(2025, 13)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => DateRange.OfMonth(0, 1)).ParamName);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DateRange.OfYear(10000));
        Assert.Equal("year", e.ParamName);
        Assert.Contains("1 to 9999", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-01-01..2025-12-31", true)]
    [InlineData("2025-12-15..2025-12-15", true)]
    [InlineData("2025-12-31..2025-01-01", false)]
    [InlineData("2025-01-01 .. 2025-12-31", false)]
    [InlineData("2025-1-1..2025-12-31", false)]
    [InlineData("2025-01-01", false)]
    [InlineData("2025-01-01..", false)]
    [InlineData("", false)]
    public void Parse_ReadsOnlyTheRoundTripForm(string text, bool valid)
    {
        Assert.Equal(valid, DateRange.TryParse(text, out var range));
        if (valid)
        {
            Assert.Equal(text, range.ToString());
            Assert.Equal(range, DateRange.Parse(text));
        }
        else
        {
            var e = Assert.Throws<DomainModelFormatException>(() => DateRange.Parse(text));
            Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
            Assert.Contains("yyyy-MM-dd..yyyy-MM-dd", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_Null_Throws_TryParseReturnsFalse()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => DateRange.Parse(null!)).ParamName);
        Assert.False(DateRange.TryParse(null, out _));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    public void Text_IsInvariant_UnderAnyCulture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = TestCultures.Get(culture);
            var range = new DateRange(D(2024, 7, 1), D(2025, 6, 30));
            Assert.Equal("2024-07-01..2025-06-30", range.ToString());
            Assert.Equal(range, DateRange.Parse("2024-07-01..2025-06-30"));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = saved;
        }
    }

    // ---- Laws -----------------------------------------------------------------------------------------------

    [Property(Arbitrary = new[] { typeof(FiscalArbitraries) }, MaxTest = 300)]
    public bool Overlap_IsSymmetric_NeverExceedsEitherLength_AndCountsTheCommonDays(DateRange a, DateRange b)
    {
        int ab = a.OverlapDays(b);
        bool intersects = a.TryIntersect(b, out var common);
        bool agrees = intersects
            ? common.LengthInDays == ab && a.Contains(common) && b.Contains(common) && b.Intersect(a) == common
            : ab == 0 && !a.Overlaps(b);
        // Brute force on a prefix of a, so that the check stays fast for long ranges.
        var prefix = new DateRange(a.Start, a.Start.AddDays(Math.Min(a.LengthInDays, 60) - 1));
        bool brute = FiscalArbitraries.Days(prefix).Count(b.Contains) == prefix.OverlapDays(b);
        return ab == b.OverlapDays(a)
            && ab >= 0 && ab <= a.LengthInDays && ab <= b.LengthInDays
            && a.OverlapFraction(b) >= 0m && a.OverlapFraction(b) <= 1m
            && a.OverlapFraction(b) == (decimal)ab / a.LengthInDays
            && a.Overlaps(b) == b.Overlaps(a)
            && agrees
            && brute;
    }

    [Property(Arbitrary = new[] { typeof(FiscalArbitraries) }, MaxTest = 300)]
    public bool Ordering_IsATotalOrder_ConsistentWithEqualsAndOperators(DateRange a, DateRange b, DateRange c)
    {
        int ab = a.CompareTo(b);
        bool lexicographic = Math.Sign(ab) == Math.Sign(a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        bool transitive = !(a <= b && b <= c) || a <= c;
        bool consistent = (ab == 0) == a.Equals(b) && (ab == 0) == (a == b) && (ab != 0) == (a != b)
            && (ab < 0) == (a < b) && (ab > 0) == (a > b) && (ab <= 0) == (a <= b) && (ab >= 0) == (a >= b)
            && ab == ((IComparable)a).CompareTo(b) && Math.Sign(ab) == -Math.Sign(b.CompareTo(a));
        bool hash = !a.Equals(b) || a.GetHashCode() == b.GetHashCode();
        return lexicographic && transitive && consistent && hash && a.Equals(a) && a.CompareTo(a) == 0;
    }

    [Property(Arbitrary = new[] { typeof(FiscalArbitraries) }, MaxTest = 300)]
    public bool Text_RoundTrips(DateRange a) =>
        DateRange.Parse(a.ToString()) == a && DateRange.TryParse(a.ToString(), out var b) && b == a;

    [Property(Arbitrary = new[] { typeof(FiscalArbitraries) }, MaxTest = 300)]
    public bool Length_CountsBothEnds(DateRange a) =>
        a.LengthInDays == FiscalArbitraries.Days(a).Length
        && a.Contains(a.Start) && a.Contains(a.End)
        && !a.Contains(a.Start.AddDays(-1)) && !a.Contains(a.End.AddDays(1));

    [Fact]
    public void CompareTo_Object_NullSortsFirst_OtherTypesThrow()
    {
        Assert.Equal(1, DateRange.OfYear(2025).CompareTo(null));
        var e = Assert.Throws<ArgumentException>(() => DateRange.OfYear(2025).CompareTo(2025));
        Assert.Equal("obj", e.ParamName);
        Assert.True(new[] { DateRange.OfYear(2025), DateRange.OfMonth(2025, 1), DateRange.OfMonth(2024, 12) }
            .Order().SequenceEqual([DateRange.OfMonth(2024, 12), DateRange.OfMonth(2025, 1), DateRange.OfYear(2025)]));
    }

}
