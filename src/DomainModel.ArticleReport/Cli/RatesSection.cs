using System;
using System.IO;
using DomainModel.Currencies;
using DomainModel.Estimates;
using DomainModel.Exchange;
using DomainModel.Monetary;

namespace DomainModel.ArticleReport.Cli;

/// <summary>
/// The report's section on the rates behind "160 miliardi di yuan, circa 23 miliardi di dollari": the USD/CNY cross on
/// the as-of date and the average of the year the figure is for (2026, "nel 2026"), each with its date, kind and legs,
/// and whether it lies in the range the article's two rounded amounts imply; or the line saying no rate was found.
/// </summary>
internal static class RatesSection
{
    /// <summary>The year the article's yuan and dollar budget figures are for ("nel 2026").</summary>
    public const int FigureYear = 2026;

    /// <summary>Writes the section.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="fx">The rates.</param>
    /// <param name="asOf">The report's as-of date.</param>
    public static void Write(TextWriter output, FxEvidence fx, DateOnly asOf)
    {
        var yuan = new Money(160_000_000_000m, Currency.CNY);
        var implied = ExchangeRateRange.Implied(
            Estimate.Rounded(new Money(23_000_000_000m, Currency.USD), 1_000_000_000m),
            Estimate.Rounded(yuan, 1_000_000_000m),
            new RateValidity(asOf),
            "Financial Times (implied)");
        output.WriteLine();
        output.WriteLine("5. Exchange rates behind \"160 miliardi di yuan, circa 23 miliardi di dollari\"");
        output.WriteLine($"  Source: {fx.SourceLine}.");
        output.WriteLine($"  Implied by the article's rounded amounts: USD/CNY {RateEvidence.Rounded(implied.Min)} to {RateEvidence.Rounded(implied.Max)}.");
        foreach (var evidence in new[] { fx.CrossOn(Currency.USD, Currency.CNY, asOf), fx.YearAverage(Currency.USD, Currency.CNY, FigureYear) })
        {
            foreach (string line in evidence.Lines)
            {
                output.WriteLine("  " + line);
            }

            if (evidence.Rate is { } rate)
            {
                var dollars = rate.Convert(yuan, MidpointRounding.ToEven);
                output.WriteLine($"    160 bn CNY at this rate = {dollars}: {(implied.Contains(rate) ? "inside" : "outside")} the implied range.");
            }
        }
    }
}
