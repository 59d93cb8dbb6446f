using System;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.Periods;

/// <summary>Abbreviated months in period phrases, with a day or a year: "Sept. 30", "Sep 30", "Dec. 2024", Italian "sett.", German "Sept.".</summary>
public sealed class AbbreviatedMonthPeriodTests
{
    private static readonly DateOnly AsOf = new(2025, 11, 25);

    [Theory]
    [InlineData("the three months ended Sept. 30", "2025-07-01..2025-09-30")]
    [InlineData("the quarter ended Sep 30, 2025", "2025-07-01..2025-09-30")]
    [InlineData("the quarter ended Dec. 31, 2024", "2024-10-01..2024-12-31")]
    [InlineData("Sept. 30, 2025", "2025-09-30..2025-09-30")]
    [InlineData("Dec. 2024", "2024-12-01..2024-12-31")]
    [InlineData("early Sept. 2025", "2025-09-01..2025-09-10")]
    [InlineData("from Apr. to Jun. 2025", "2025-04-01..2025-06-30")]
    [InlineData("trimestre terminato il 30 sett. 2025", "2025-07-01..2025-09-30")]
    [InlineData("30 set. 2025", "2025-09-30..2025-09-30")]
    [InlineData("a dic. 2025", "2025-12-01..2025-12-31")]
    [InlineData("am 30. Sept. 2025", "2025-09-30..2025-09-30")]
    [InlineData("im Dez. 2025", "2025-12-01..2025-12-31")]
    public void AbbreviatedMonths_AreTheirMonths(string words, string expected)
    {
        Assert.Equal(DateRange.Parse(expected), ResolvedPeriod.Parse(words, AsOf).Span);
    }

    [Theory]
    [InlineData("ago 2025")] // "ago" is Italian "agosto" only written "ago."
    [InlineData("set 2025")] // "set" is a word; September is "sett" or "set."
    [InlineData("Sept")] // an abbreviation alone is not read: with a day or a year only
    [InlineData("in Dec.")]
    public void WordsThatAreNotAbbreviations_AreNotMonths(string words)
    {
        Assert.False(ResolvedPeriod.TryParse(words, AsOf, out _));
    }
}
