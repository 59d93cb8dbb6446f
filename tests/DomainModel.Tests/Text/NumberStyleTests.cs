using System;
using System.Globalization;
using DomainModel.Text;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Text;

/// <summary>The one news formatter's styles: numbers and intervals as the library's texts and the report write them.</summary>
public sealed class NumberStyleTests
{
    [Theory]
    [InlineData(22_500_000_000, NumberStyle.Plain, "22500000000")]
    [InlineData(22_500_000_000, NumberStyle.Readable, "22.5 billion")]
    [InlineData(22_500_000_000, NumberStyle.News, "22.5 bn")]
    [InlineData(50_000_000_000_000, NumberStyle.News, "50 T")]
    [InlineData(1_500_000, NumberStyle.News, "1.5 m")]
    [InlineData(20_000, NumberStyle.News, "20,000")]
    [InlineData(-20_000, NumberStyle.News, "-20,000")]
    [InlineData(0.5667, NumberStyle.Percent, "56.67 %")]
    [InlineData(0.0667, NumberStyle.SignedPercent, "+6.67 %")]
    [InlineData(-1, NumberStyle.SignedPercent, "-100 %")]
    [InlineData(0.5667, NumberStyle.NewsPercent, "56.7%")]
    [InlineData(0.2, NumberStyle.NewsPercent, "20.0%")]
    [InlineData(0.0667, NumberStyle.NewsSignedPercent, "+6.7%")]
    [InlineData(140.2, NumberStyle.NewsMultiple, "140×")]
    [InlineData(2.5, NumberStyle.NewsMultiple, "2.5×")]
    public void Numbers_InEachStyle(double value, NumberStyle style, string expected) =>
        Assert.Equal(expected, NewsNumberFormatter.Format((decimal)value, style));

    [Fact]
    public void Rounding_DownAndUp_Outwards()
    {
        Assert.Equal("22.222 bn", NewsNumberFormatter.Format(22_222_222_222m, NumberStyle.News, DisplayRounding.Down));
        Assert.Equal("22.223 bn", NewsNumberFormatter.Format(22_222_222_222m, NumberStyle.News, DisplayRounding.Up));
        Assert.Equal("-22.223 bn", NewsNumberFormatter.Format(-22_222_222_222m, NumberStyle.News, DisplayRounding.Down));
        Assert.Equal("56.6%", NewsNumberFormatter.Format(0.56666m, NumberStyle.NewsPercent, DisplayRounding.Down));
        Assert.Equal("56.7%", NewsNumberFormatter.Format(0.56611m, NumberStyle.NewsPercent, DisplayRounding.Up));
    }

    [Fact]
    public void Intervals_NewsAndBracketed()
    {
        Assert.Equal("22.5–23.5 bn USD", NewsNumberFormatter.FormatNews(22.5e9m, true, 23.5e9m, true, NumberStyle.News, "USD"));
        Assert.Equal("999.5 m–1 bn USD", NewsNumberFormatter.FormatNews(999.5e6m, true, 1e9m, true, NumberStyle.News, "USD"));
        Assert.Equal("over 30 T tokens/day", NewsNumberFormatter.FormatNews(30e12m, false, null, false, NumberStyle.News, "tokens/day"));
        Assert.Equal("at least 5", NewsNumberFormatter.FormatNews(5m, true, null, false, NumberStyle.News));
        Assert.Equal("at most 400 bn USD", NewsNumberFormatter.FormatNews(null, false, 400e9m, true, NumberStyle.News, "USD"));
        Assert.Equal("under 3", NewsNumberFormatter.FormatNews(null, false, 3m, false, NumberStyle.News));
        Assert.Equal("any value", NewsNumberFormatter.FormatNews(null, false, null, false, NumberStyle.News));
        Assert.Equal("56.1–57.2%", NewsNumberFormatter.FormatNews(0.561m, true, 0.572m, true, NumberStyle.NewsPercent));
        Assert.Equal("+5.9 to +7.4 %", NewsNumberFormatter.FormatNews(0.059m, true, 0.074m, true, NumberStyle.NewsSignedPercent));
        Assert.Equal("(-100.0%, +68.4%)", NewsNumberFormatter.FormatNews(-1m, false, 0.684m, false, NumberStyle.NewsSignedPercent));
        Assert.Equal("134–146×", NewsNumberFormatter.FormatNews(134.2m, true, 145.3m, true, NumberStyle.NewsMultiple));
        Assert.Equal("over 3.0×", NewsNumberFormatter.FormatNews(3m, false, null, false, NumberStyle.NewsMultiple));
        Assert.Equal("[22.5 billion, 23.5 billion]", NewsNumberFormatter.FormatInterval(22.5e9m, true, 23.5e9m, true, NumberStyle.Readable));
        Assert.Equal("(30 trillion, +inf)", NewsNumberFormatter.FormatInterval(30e12m, false, null, false, NumberStyle.Readable));
        Assert.Equal("(-inf, 5]", NewsNumberFormatter.FormatInterval(null, false, 5m, true, NumberStyle.Plain));
        Assert.Equal("7", NewsNumberFormatter.FormatInterval(7m, true, 7m, true, NumberStyle.Plain));
    }

    [Fact]
    public void UndefinedStyleOrRounding_Refused()
    {
        var style = Assert.Throws<ArgumentOutOfRangeException>(() => NewsNumberFormatter.Format(1m, (NumberStyle)99));
        Assert.Equal("style", style.ParamName);
        Assert.Contains("99", style.Message, StringComparison.Ordinal);
        Assert.Equal("rounding", Assert.Throws<ArgumentOutOfRangeException>(() => NewsNumberFormatter.Format(1m, NumberStyle.News, (DisplayRounding)(-1))).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => NewsNumberFormatter.FormatNews(1m, true, 2m, true, (NumberStyle)8));
        Assert.Throws<ArgumentOutOfRangeException>(() => NewsNumberFormatter.FormatInterval(1m, true, 2m, true, (NumberStyle)(-1)));
    }

    /// <summary>A percentage written rounded down is at most the value, rounded up at least (read back by hand).</summary>
    [Property]
    public bool NewsPercent_RoundsOutwards(int numerator, ushort denominator)
    {
        decimal value = numerator / (decimal)(denominator + 1);
        decimal down = ReadPercent(NewsNumberFormatter.Format(value, NumberStyle.NewsPercent, DisplayRounding.Down));
        decimal up = ReadPercent(NewsNumberFormatter.Format(value, NumberStyle.NewsPercent, DisplayRounding.Up));
        return down <= value * 100m && up >= value * 100m && up - down <= 0.1m;
    }

    /// <summary>Plain writes every digit: decimal reads it back exactly.</summary>
    [Property]
    public bool Plain_ReadsBackExactly(decimal value) =>
        decimal.Parse(NewsNumberFormatter.Format(value, NumberStyle.Plain), NumberStyles.Number, CultureInfo.InvariantCulture) == value;

    private static decimal ReadPercent(string text) =>
        decimal.Parse(text.TrimEnd('%').Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
}
