using System;
using System.Globalization;
using DomainModel;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Docs;

/// <summary>The code blocks of docs/quantities.md, run and checked.</summary>
public sealed class QuantitiesGuideTests
{
    [CulturesFact]
    public void Tokens()
    {
        #region snippet: quantities-tokens
        var october = TokenVolume.FromTrillions(30m);                    // "30 trilioni di token" a day
        var december = TokenVolume.FromTrillions(50m);
        TokenVolume growth = december - october;                         // 20 T tokens
        decimal exact = december.Tokens;                                 // 50000000000000, a whole number
        var parsed = TokenVolume.Parse("1,5 B tokens", CultureInfo.GetCultureInfo("it-IT")); // 1500000000 tokens

        var daily = TokenRate.PerDay(december);
        TokenRate monthly = daily.ToMonthly(MonthLength.ThirtyDays, MidpointRounding.ToEven); // month length is explicit
        #endregion

        Assert.Equal(20_000_000_000_000m, growth.Tokens);
        Assert.Equal(50_000_000_000_000m, exact);
        Assert.Equal(1_500_000_000m, parsed.Tokens);
        Assert.Equal(1_500_000_000_000_000m, monthly.Volume.Tokens);
    }

    [CulturesFact]
    public void VolumeOver()
    {
        #region snippet: quantities-volume-over
        var week = new DateRange(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 22)); // "the week of March 16-22, 2026"
        var china = new TokenVolumeOver(TokenVolume.FromTrillions(7.359m), week);        // 7.359 T tokens over 7 days
        TokenRate perDay = china.ToAveragePerDay(MidpointRounding.ToEven);               // 1051285714286 tokens per 1 d
        var world = TokenVolumeOver.FromRate(TokenRate.PerDay(TokenVolume.FromTrillions(100m)), week, MonthLength.ThirtyDays, MidpointRounding.ToEven);
        decimal share = china.Volume.Tokens / world.Volume.Tokens;                       // 0.0105…: 700 T that week

        // An estimate keeps its uncertainty: "7.359 trillion" admits 7.3585 to 7.3595 T, so 1.0512… to 1.0514 T a day.
        var stated = Estimate.Rounded(china, 1_000_000_000m);
        Estimate<TokenRate> average = EstimateMath.AverageRate(stated, UnitsNet.Duration.FromDays(1), MonthLength.ThirtyDays);
        #endregion

        Assert.Equal("7.359 T tokens over 2026-03-16..2026-03-22 (7 days)", china.ToString());
        Assert.Equal(1_051_285_714_286m, perDay.Volume.Tokens);
        Assert.Equal(700_000_000_000_000m, world.Volume.Tokens);
        Assert.Equal(7.359m / 700m, share);
        Assert.Equal(1_051_214_285_714m, average.Interval.Lower);  // floor(7,358,500,000,000 / 7)
        Assert.Equal(1_051_357_142_858m, average.Interval.Upper);  // ceiling(7,359,500,000,000 / 7)
    }

    [Fact]
    public void CountsPricesShares()
    {
        #region snippet: quantities-counts
        var h200 = new CountKind("H200 GPU");
        var order = new UnitCount(20_000, h200);                          // "20.000 unità H200"
        var price = new PricePerUnit(new Money(20_000m, Currency.USD), h200); // "$ 20.000 per unità"
        Money cost = order * price;                                        // USD 400000000

        var share = Share.Of(new Money(85_000_000_000m, Currency.CNY), new Money(150_000_000_000m, Currency.CNY));
        string percent = share.ToPercentString(1, MidpointRounding.ToEven); // "56.7 %": "circa la metà"
        #endregion

        Assert.Equal(new Money(400_000_000m, Currency.USD), cost);
        Assert.Equal("56.7 %", percent);
    }

    [CulturesFact]
    public void NewsNumbers()
    {
        #region snippet: quantities-news-numbers
        var italian = CultureInfo.GetCultureInfo("it-IT");
        ParsedNumber budget = NewsNumberParser.Parse("160 miliardi", ScalePolicy.ShortScale, italian);   // 160000000000
        ParsedRange spending = NewsNumberParser.ParseRange("tra i 350 e i 400 miliardi di dollari", ScalePolicy.ShortScale, italian);
        bool ambiguous = !NewsNumberParser.TryParse("20,000", ScalePolicy.ShortScale, null, out _); // no culture: refused
        #endregion

        Assert.Equal(160_000_000_000m, budget.Value);
        Assert.Equal((350_000_000_000m, 400_000_000_000m), (spending.Min.Value, spending.Max.Value));
        Assert.True(ambiguous);
    }
}
