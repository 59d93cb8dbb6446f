using System.Globalization;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Text;

public sealed class NumberConventionsTests
{
    [Fact]
    public void FixedInstances_HaveTheDocumentedSeparators()
    {
        Assert.Equal((",", ".", NumberGrouping.Thousands), (NumberConventions.Italian.DecimalSeparator, NumberConventions.Italian.GroupSeparator, NumberConventions.Italian.Grouping));
        Assert.Equal((".", ",", NumberGrouping.Indian), (NumberConventions.Indian.DecimalSeparator, NumberConventions.Indian.GroupSeparator, NumberConventions.Indian.Grouping));
        Assert.Equal(("\u066B", "\u066C"), (NumberConventions.Arabic.DecimalSeparator, NumberConventions.Arabic.GroupSeparator));
        Assert.Equal("decimal U+002C, group U+002E, Thousands", NumberConventions.Italian.ToString());
        Assert.Same(NumberConventions.Italian, NumberConventions.ForLanguage(NewsLanguage.Italian));
        Assert.Same(NumberConventions.English, NumberConventions.ForLanguage(NewsLanguage.English));
    }

    [Fact]
    public void FromCulture_Invariant_IsInvariant_EvenWithoutIcu() =>
        Assert.Equal(NumberConventions.Invariant, NumberConventions.FromCulture(CultureInfo.InvariantCulture));

    [IcuTheory]
    [InlineData("it-IT", ",", ".", NumberGrouping.Thousands)]
    [InlineData("en-US", ".", ",", NumberGrouping.Thousands)]
    [InlineData("en-IN", ".", ",", NumberGrouping.Indian)]
    [InlineData("ar-SA", "\u066B", "\u066C", NumberGrouping.Thousands)]
    public void FromCulture_TakesTheCulturesSeparatorsAndGrouping(string name, string dec, string group, NumberGrouping grouping)
    {
        var c = NumberConventions.FromCulture(CultureInfo.GetCultureInfo(name));
        Assert.Equal((dec, group, grouping), (c.DecimalSeparator, c.GroupSeparator, c.Grouping));
    }

    [Fact]
    public void Equality_IsBySeparatorsAndGrouping()
    {
        var made = NumberConventions.Create(",", ".", NumberGrouping.Thousands);
        Assert.True(made == NumberConventions.Italian);
        Assert.Equal(NumberConventions.Italian.GetHashCode(), made.GetHashCode());
        Assert.True(made != NumberConventions.Create(",", ".", NumberGrouping.Indian));
        Assert.False(made.Equals(null));
    }

    [Theory]
    [InlineData(123456.5, "Italian", "123.456,5")]
    [InlineData(123456.5, "Indian", "1,23,456.5")]
    [InlineData(123, "Indian", "123")]
    [InlineData(1000, "Indian", "1,000")]
    [InlineData(100000, "Indian", "1,00,000")]
    public void Format_GroupsAsTheRuleSays(double value, string which, string expected)
    {
        var c = which == "Italian" ? NumberConventions.Italian : NumberConventions.Indian;
        Assert.Equal(expected, NewsNumberFormatter.Format((decimal)value, NewsLanguage.English, c).Split(' ')[0]);
    }
}
