using System.Globalization;
using DomainModel.Fiscal;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Display;

/// <summary>ToString of the types that printed too little: a parsed range shows its values, unit, hedge and the words read; a calendar its rule.</summary>
public sealed class ReadableToStringTests
{
    private static readonly CultureInfo It = CultureInfo.GetCultureInfo("it-IT");

    [Fact]
    public void ParsedRange_ShowsValuesUnitAndText()
    {
        var range = NewsNumberParser.ParseRange("tra i 350 e i 400 miliardi di dollari", ScalePolicy.ShortScale, It);
        Assert.Equal("350000000000..400000000000 dollari \"tra i 350 e i 400 miliardi di dollari\"", range.ToString());
    }

    [Fact]
    public void ParsedRange_ShowsItsHedge()
    {
        var range = NewsNumberParser.ParseRange("circa 40.000-80.000 unità", ScalePolicy.ShortScale, It);
        Assert.Equal("About 40000..80000 unità \"circa 40.000-80.000 unità\"", range.ToString());
    }

    [Fact]
    public void FiscalCalendar_ShowsNameAndRule_NotTheLongSource()
    {
        Assert.Equal("Calendar: calendar year, 1 January to 31 December", FiscalCalendars.Calendar.ToString());
        Assert.StartsWith("Nvidia: 52/53-week year ending on the Sunday that is the last of January", FiscalCalendars.Nvidia.ToString(), System.StringComparison.Ordinal);
        Assert.DoesNotContain("10-K", FiscalCalendars.Nvidia.ToString(), System.StringComparison.Ordinal);
    }
}
