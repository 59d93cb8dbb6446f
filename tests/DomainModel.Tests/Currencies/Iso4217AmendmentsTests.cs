using System.Linq;
using DomainModel;
using Xunit;

namespace DomainModel.Tests.Currencies;

/// <summary>Amendments published after the shipped List One are applied on top of it.</summary>
public sealed class Iso4217AmendmentsTests
{
    [Fact]
    public void Xcg_CaribbeanGuilder_IsAnIsoCurrencyOfCuracaoAndSintMaarten()
    {
        var xcg = Currency.FromCode("XCG");
        Assert.True(xcg.IsIso4217);
        Assert.Equal(532, xcg.NumericCode);
        Assert.Equal(2, xcg.Definition.MinorUnits);
        Assert.Equal("Caribbean Guilder", xcg.Name);
        Assert.Equal(["CURA\u00C7AO", "SINT MAARTEN (DUTCH PART)"], xcg.Countries.ToArray());
        Assert.Contains(xcg, Currency.Iso4217Current);
    }

    [Fact]
    public void Xcg_SucceedsAng_InTheNumericLookUp_AndAngStaysCurrentDuringTheTransition()
    {
        Assert.Equal("XCG", Currency.FromNumericCode(532).Code);
        Assert.False(Currency.FromCode("ANG").Definition.IsHistoric);
    }

    [Fact]
    public void Amendments_AreListedWithNumberAndDates()
    {
        var text = Assert.Single(Currency.Iso4217Amendments);
        Assert.Equal("Amendment 176 (published 2024, effective 2025-03-31): XCG Caribbean Guilder (numeric 532, 2 minor units) introduced for Curaçao and Sint Maarten, succeeding ANG.", text);
    }

    [Fact]
    public void Apply_ARowTheListAlreadyHas_IsRefused()
    {
        var withXcg = Iso4217Amendments.Apply(Iso4217Table.CurrentEntries);
        Assert.Throws<System.InvalidOperationException>(() => Iso4217Amendments.Apply(withXcg));
        Assert.Equal(Iso4217Table.CurrentEntries.Length + 2, withXcg.Length);
    }
}
