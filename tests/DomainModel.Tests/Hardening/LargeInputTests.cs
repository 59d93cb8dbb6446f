using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DomainModel.Exchange;
using Xunit;

namespace DomainModel.Tests.Hardening;

/// <summary>
/// Large inputs in the estimate and rate areas, handled whole (no time is asserted: only that they are read completely
/// and answer as a small input would). The rates file is made up: 100,000 consecutive days of two currencies, each
/// day's rate computed from its index so the expected answer is known.
/// </summary>
public sealed class LargeInputTests
{
    [Fact]
    public void RatesFile_Of100000Dates_IsReadWhole_AndAnswersItsLastAndFirstDays()
    {
        var first = new DateOnly(1800, 1, 1);
        var csv = new StringBuilder("Date,USD,CNY,\n", 100_000 * 40);
        for (int i = 99_999; i >= 0; i--)
        {
            // The ECB file lists the newest date first.
            decimal usd = 1m + (i % 1000 / 10000m), cny = 7m + (i % 777 / 1000m);
            csv.Append(first.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
               .Append(usd.ToString(CultureInfo.InvariantCulture)).Append(',').Append(cny.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        }

        var rates = EcbReferenceRates.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())));
        Assert.Equal(200_000, rates.Rates.Count);
        var table = rates.ToTable();
        var last = first.AddDays(99_999);
        Assert.Equal(1m + (99_999 % 1000 / 10000m), table.GetRate(Currency.EUR, Currency.USD, last).Value);
        Assert.Equal(7m + (0 % 777 / 1000m), table.GetRate(Currency.EUR, Currency.CNY, first).Value);
    }
}
