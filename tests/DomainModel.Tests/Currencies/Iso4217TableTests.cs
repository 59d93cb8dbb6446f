using System;
using System.IO;
using System.Linq;
using DomainModel;
using DomainModel.Tests.Infrastructure;
using Xunit;

namespace DomainModel.Tests.Currencies;

public sealed class Iso4217TableTests
{
    [Fact]
    public void GeneratedSource_IsUpToDate()
    {
        string path = RepositoryPaths.Combine("src", "DomainModel", "Currencies", "Iso4217Table.Generated.cs");
        string expected = Iso4217TableWriter.Write();
        string actual = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (actual != expected && Environment.GetEnvironmentVariable("DOMAINMODEL_REGENERATE") == "1")
        {
            File.WriteAllText(path, expected);
            Assert.Fail($"{path} was regenerated from the XML files; rebuild and run the tests again.");
        }

        Assert.True(
            actual == expected,
            $"{path} does not match the ISO 4217 XML files. Run the tests with DOMAINMODEL_REGENERATE=1 to regenerate it.");
    }

    [Fact]
    public void ListOne_EveryEntry_IsInTheEmbeddedTable()
    {
        var (published, rows) = Iso4217Xml.ListOne();
        Assert.Equal(published, Currency.Iso4217ListOnePublished);
        Assert.Equal(rows.Count, Iso4217Table.CurrentEntries.Length);
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var entry = Iso4217Table.CurrentEntries[i];
            Assert.Equal((row.Country, row.CurrencyName, row.Code, row.Numeric, row.MinorUnits, row.IsFund),
                         (entry.Country, entry.CurrencyName, entry.Code, entry.NumericCode, entry.MinorUnits, entry.IsFund));
            if (row.Code is null)
            {
                continue; // "No universal currency" (Antarctica, Palestine, South Georgia): no code to look up.
            }

            var currency = Currency.FromCode(row.Code);
            Assert.Equal(row.Code, currency.Code);
            Assert.Equal(row.Numeric, currency.NumericCode);
            Assert.Equal(row.MinorUnits, currency.MinorUnits);
            Assert.Equal(row.IsFund, currency.IsFund);
            Assert.Contains(row.Country, currency.Countries);
            Assert.False(currency.IsHistoric);
            Assert.True(currency.IsIso4217);
            // A numeric code shared with an amendment's successor (ANG and XCG, 532) resolves to the successor.
            var successor = Iso4217Amendments.All.SelectMany(a => a.Added).FirstOrDefault(a => a.NumericCode == row.Numeric && a.Code != row.Code);
            Assert.Equal(successor.Code is null ? currency : Currency.FromCode(successor.Code), Currency.FromNumericCode(row.Numeric!.Value));
        }
    }

    [Fact]
    public void ListThree_EveryEntry_IsAWithdrawalOfItsCode()
    {
        var (published, rows) = Iso4217Xml.ListThree();
        Assert.Equal(published, Currency.Iso4217ListThreePublished);
        Assert.Equal(rows.Count, Iso4217Table.HistoricEntries.Length);
        foreach (var row in rows)
        {
            var currency = Currency.FromCode(row.Code!);
            Assert.Contains(
                currency.Withdrawals,
                w => w.Country == row.Country && w.CurrencyName == row.CurrencyName && w.PublishedDate == row.Withdrawn);
        }

        int withdrawals = Currency.Iso4217Current.Concat(Currency.Iso4217Historic).Sum(c => c.Withdrawals.Count);
        Assert.Equal(rows.Count, withdrawals);
    }

    [Fact]
    public void Currencies_CountsMatchDistinctCodesOfTheLists()
    {
        var (_, one) = Iso4217Xml.ListOne();
        var (_, three) = Iso4217Xml.ListThree();
        var current = one.Where(r => r.Code is not null).Select(r => r.Code!)
            .Concat(Iso4217Amendments.All.SelectMany(a => a.Added).Select(a => a.Code!)).Distinct().ToHashSet();
        var historicOnly = three.Select(r => r.Code!).Distinct().Where(c => !current.Contains(c)).ToHashSet();
        Assert.Equal(current.Order(StringComparer.Ordinal), Currency.Iso4217Current.Select(c => c.Code));
        Assert.Equal(historicOnly.Order(StringComparer.Ordinal), Currency.Iso4217Historic.Select(c => c.Code));
        Assert.All(Currency.Iso4217Historic, c => Assert.True(c.IsHistoric && c.MinorUnits is null));
    }

    [Fact]
    public void Withdrawal_PublishedForms_AreReadIntoYearAndMonth()
    {
        var fim = Currency.FromCode("FIM").Withdrawals.First(w => w.Country == "FINLAND");
        Assert.Equal((2002, (int?)3, "2002-03"), (fim.Year, fim.Month, fim.PublishedDate));
        var range = Currency.Iso4217Current.Concat(Currency.Iso4217Historic).SelectMany(c => c.Withdrawals).First(w => w.PublishedDate == "1989-1990");
        Assert.Equal((1990, (int?)null), (range.Year, range.Month));
        var yearOnly = Currency.Iso4217Current.Concat(Currency.Iso4217Historic).SelectMany(c => c.Withdrawals).First(w => w.PublishedDate == "1978 to 1981");
        Assert.Equal((1981, (int?)null), (yearOnly.Year, yearOnly.Month));
    }
}
