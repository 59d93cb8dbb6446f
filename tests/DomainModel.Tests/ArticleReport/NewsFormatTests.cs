using DomainModel.ArticleReport.Rendering;
using DomainModel;
using DomainModel.Text;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.ArticleReport;

/// <summary>The report's one formatter: news numbers from the library's one interval renderer (news style).</summary>
public sealed class NewsFormatTests
{
    private static readonly Money Usd = Money.Zero(Currency.USD);

    [Theory]
    [InlineData(160_000_000_000, "160 bn CNY")]
    [InlineData(1_500_000, "1.5 m CNY")]
    [InlineData(20_000, "20,000 CNY")]
    [InlineData(50_000_000_000_000, "50 T CNY")]
    [InlineData(1_234_567_000_000_000, "1,234.567 T CNY")]
    [InlineData(0, "0 CNY")]
    public void Money_GroupedDigitsAndScaleWords(long amount, string expected) =>
        Assert.Equal(expected, NewsFormat.Money(new Money(amount, Currency.CNY)));

    [Fact]
    public void Intervals_OneScaleWordForBothBounds_OpenEndsInWords()
    {
        Assert.Equal("22–24 bn USD", NewsFormat.Estimate(Estimate.About(new Money(23_000_000_000m, Currency.USD), 1_000_000_000m))); // one unit either side
        Assert.Equal("399.99–400.01 m USD", NewsFormat.Estimate(Estimate.Between(new Money(399_990_000m, Currency.USD), new Money(400_010_000m, Currency.USD))));
        Assert.Equal("999.5 m–1 bn USD", NewsFormat.Estimate(Estimate.Between(new Money(999_500_000m, Currency.USD), new Money(1_000_000_000m, Currency.USD))));
        Assert.Equal("over 30 bn USD", NewsFormat.Estimate(Estimate.Over(new Money(30_000_000_000m, Currency.USD))));
        Assert.Equal("at most 5 USD", NewsFormat.Estimate(Estimate.AtMost(new Money(5m, Currency.USD))));
        Assert.Equal("7 USD", NewsFormat.Estimate(Estimate.Exactly(new Money(7m, Currency.USD))));
    }

    [Fact]
    public void Rates_FourDecimals_Percentages_OneDecimal()
    {
        Assert.Equal("7.0010", NewsFormat.Rate(8.2262m / 1.1750m));
        Assert.Equal("1.0000", NewsFormat.Rate(0.99995m)); // to even: 0.99995 → 1.0000
        Assert.Equal("20.0%", NewsFormat.Percent(0.2m));
        Assert.Equal("5.0%", NewsFormat.Percent(0.05m));
    }

    [Fact]
    public void Units_AsNewsWritesThem()
    {
        Assert.Equal("tokens/day", NewsFormat.Unit(typeof(TokenRate), "tokens per 1 d"));
        Assert.Equal("H200 units", NewsFormat.Unit(typeof(UnitCount), "H200 unit"));
        Assert.Equal("USD/H200 unit", NewsFormat.Unit(typeof(PricePerUnit), "USD per H200 unit"));
        Assert.Equal("CNY", NewsFormat.Unit(typeof(Money), "CNY"));
    }

    /// <summary>Display never narrows: the written lower bound is at most the true one, the upper at least.</summary>
    [Property]
    public bool News_RoundsBoundsOutwards(ushort a, ushort b, byte scale)
    {
        decimal factor = (scale % 4) switch { 0 => 1m, 1 => 1_000_000m, 2 => 1_000_000_000m, _ => 1_000_000_000_000m };
        decimal low = System.Math.Min(a, b) * factor / 7m, high = System.Math.Max(a, b) * factor / 7m;
        decimal lowShown = Parse(NewsNumberFormatter.Format(low, NumberStyle.News, DisplayRounding.Down));
        decimal highShown = Parse(NewsNumberFormatter.Format(high, NumberStyle.News, DisplayRounding.Up));
        return lowShown <= low && highShown >= high;
    }

    private static decimal Parse(string text)
    {
        string[] parts = text.Split(' ');
        decimal mantissa = decimal.Parse(parts[0].Replace(",", string.Empty, System.StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        return parts.Length == 1 ? mantissa : mantissa * parts[1] switch { "m" => 1_000_000m, "bn" => 1_000_000_000m, _ => 1_000_000_000_000m };
    }
}
