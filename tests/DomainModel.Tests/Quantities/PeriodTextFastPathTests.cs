using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using UnitsNet;
using UnitsNet.Units;
using Xunit;

namespace DomainModel.Tests.Quantities;

/// <summary>
/// The text of a period in unit texts and messages (<c>MismatchException.Describe</c>, behind
/// <see cref="Estimate{T}.UnitText"/> of a <see cref="TokenRate"/>: "tokens per 1 d") takes the text of one of a unit
/// from a table UnitsNet filled once; it is UnitsNet's invariant text of the period, for every unit and for values of
/// one and others.
/// </summary>
public sealed class PeriodTextFastPathTests
{
    private static readonly DurationUnit[] Units = Enum.GetValues<DurationUnit>();

    public static Arbitrary<(int Unit, double Value)> Periods() =>
        Arb.From(
            from unit in Gen.Choose(0, Units.Length - 1)
            from value in Gen.Elements(1d, 1d, 1d, 0.5d, 2d, 7d, 30d, 365d, 1e-4, 1e6, 0d, -1d, 1.0000000001d)
            select (unit, value));

    [Property(Arbitrary = new[] { typeof(PeriodTextFastPathTests) }, MaxTest = 500)]
    public void Describe_IsUnitsNetsInvariantText((int Unit, double Value) c)
    {
        var period = Duration.From(c.Value, Units[c.Unit]);
        Assert.Equal(period.ToString(CultureInfo.InvariantCulture), MismatchException.Describe(period));
    }

    [Fact]
    public void Describe_OfEveryUnitOfOne_IsUnitsNetsInvariantText()
    {
        foreach (var unit in Units)
        {
            var period = Duration.From(1d, unit);
            Assert.Equal(period.ToString(CultureInfo.InvariantCulture), MismatchException.Describe(period));
        }
    }

    [Fact]
    public void UnitTextOfADailyRate_NamesTheDay() =>
        Assert.Equal("tokens per 1 d", Estimate.Exactly(TokenRate.PerDay(TokenVolume.FromTokens(5m))).UnitText);
}
