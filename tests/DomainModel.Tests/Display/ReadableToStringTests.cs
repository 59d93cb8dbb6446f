using System.Globalization;
using DomainModel.Claims;
using DomainModel;
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

    [Fact]
    public void Claim_IsOneLine_WithIdIntervalAndUnitPeriodAndSource()
    {
        const string article = "Doubao ha raggiunto circa 159 milioni di utenti attivi mensili a novembre.";
        var reader = new ArticleReader(article, new AsOfDate(new System.DateOnly(2025, 12, 31), "made-up test date"), NewsLanguage.Italian, ScalePolicy.ShortScale);
        var claim = reader.Read(
            "doubao-users", "Doubao", "circa 159 milioni di utenti", "159 milioni", "a novembre",
            SourceChain.Of("Financial Times").Cite("QuestMobile"), new UnitCount(1, new CountKind("user")));

        string text = claim.ToString();
        Assert.DoesNotContain('\n', text);
        Assert.StartsWith("doubao-users: About 159 million in [", text, System.StringComparison.Ordinal);
        Assert.Contains("] user (", text, System.StringComparison.Ordinal);
        Assert.EndsWith("2025-11-01..2025-11-30 \"a novembre\"; Financial Times citing QuestMobile)", text, System.StringComparison.Ordinal);
    }
}
