using System.Globalization;
using DomainModel.Fiscal;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Display;

/// <summary>ToString of the types that printed too little: a parsed range shows its values, unit, hedge and the words read; a calendar its rule.</summary>
public sealed class ReadableToStringTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public void ParsedRange_ShowsValuesUnitAndText()
    {
        var range = NewsNumberParser.ParseRange("between 350 and 400 billion dollars", ScalePolicy.ShortScale, Invariant);
        Assert.Equal("350000000000..400000000000 dollars \"between 350 and 400 billion dollars\"", range.ToString());
    }

    [Fact]
    public void ParsedRange_ShowsItsHedge()
    {
        var range = NewsNumberParser.ParseRange("about 40,000-80,000 units", ScalePolicy.ShortScale, Invariant);
        Assert.Equal("About 40000..80000 units \"about 40,000-80,000 units\"", range.ToString());
    }

    [Fact]
    public void FiscalCalendar_ShowsNameAndRule_NotTheLongSource()
    {
        Assert.Equal("Calendar: calendar year, 1 January to 31 December", FiscalCalendars.Calendar.ToString());
        Assert.StartsWith("Nvidia: 52/53-week year ending on the Sunday that is the last of January", FiscalCalendars.Nvidia.ToString(), System.StringComparison.Ordinal);
        Assert.DoesNotContain("10-K", FiscalCalendars.Nvidia.ToString(), System.StringComparison.Ordinal);
    }
}
