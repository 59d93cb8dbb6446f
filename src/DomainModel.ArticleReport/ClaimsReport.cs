using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Currencies;
using DomainModel.Exchange;
using DomainModel.Fiscal;
using DomainModel.Monetary;
using DomainModel.Periods;
using DomainModel.Quantities;
using static DomainModel.ArticleReport.ArticleClaims;

namespace DomainModel.ArticleReport;

/// <summary>Builds and writes the report. Every number in it is computed by the library from the claims.</summary>
internal sealed class ClaimsReport(string article, ReportOptions options)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public bool AllQuotesFound { get; private set; } = true;

    public void Write(TextWriter output)
    {
        output.WriteLine("DomainModel: the claims of article.it.txt (ByteDance's AI infrastructure spending)");
        output.WriteLine(string.Create(Invariant, $"Periods resolved as of {options.AsOf:yyyy-MM-dd}{(options.AsOf == ReportOptions.DefaultAsOf ? " (default: the article reports December 2025 figures; --as-of to change)" : string.Empty)}."));
        WriteClaims(output);
        WriteChecks(output);
        WriteComputed(output);
        WriteFiscalYears(output);
    }

    private string Period(string words) =>
        ResolvedPeriod.TryParse(words, options.AsOf, out var period)
            ? period.ToString()
            : $"\"{words}\" (not resolved)";

    private void WriteFiscalYears(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("4. Whose \"2025\"? Fiscal years behind the article's years");
        var calendar2025 = FiscalCalendars.Calendar.Year(2025).Range;
        foreach (var calendar in new[] { FiscalCalendars.Microsoft, FiscalCalendars.Alphabet, FiscalCalendars.Amazon, FiscalCalendars.Meta })
        {
            var fiscal = calendar.Year(2025);
            output.WriteLine(string.Create(Invariant, $"  {fiscal}: shares {fiscal.OverlapDays(calendar2025)} of its {fiscal.LengthInDays} days with calendar 2025"));
        }

        var deadline = ResolvedPeriod.Parse("entro metà febbraio", options.AsOf);
        var nvidia = FiscalCalendars.Nvidia.YearOf(deadline.EndBound.End);
        output.WriteLine($"  Nvidia's first H200 shipments, {deadline}, fall in {FiscalCalendars.Nvidia.QuarterOf(deadline.EndBound.End)}");
        output.WriteLine($"  ByteDance: {FiscalCalendars.ByteDance.Year(2026)}; rule: {FiscalCalendars.ByteDance.Source}");
    }

    private void WriteClaims(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"1. Claims ({All.Count}), each read from its own words");
        foreach (var claim in All)
        {
            bool found = article.Contains(claim.Quote, StringComparison.Ordinal);
            AllQuotesFound &= found;
            output.WriteLine($"  {claim.Id,-18} {Admits(claim.Estimate),-44} {claim.Unit}");
            output.WriteLine($"  {string.Empty,-18} \"{claim.Quote}\"{(found ? string.Empty : "  <-- NOT FOUND IN THE ARTICLE")}");
            output.WriteLine($"  {string.Empty,-18} {claim.Estimate.Kind}; period: {Period(claim.Period)}; source: {claim.Source}");
        }
    }

    private void WriteChecks(TextWriter output)
    {
        var checks = new List<(string Words, ClaimCheck Check)>
        {
            ("\"Ciò segna un aumento rispetto ai 150 miliardi\"", ClaimChecks.Increase(Capex2025Cny, Capex2026Cny)),
            ("\"di cui circa la metà, ovvero 85 miliardi\" (about half = 50 % ± 5 points)", ClaimChecks.IsAboutFraction(Chips2025Cny, Capex2025Cny, 0.5m, 0.05m)),
            ("\"superando la dotazione di ByteDance per il 2026\"", ClaimChecks.Exceeds(BigTech2025Usd, Capex2026Usd)),
            ("\"interesse per l'acquisto iniziale di 20.000 unità\" within \"40.000-80.000 unità\"", ClaimChecks.FitsWithin(H200Order, H200FirstBatch)),
            ("\"Doubao è arrivato a 159 milioni ... entro ottobre\"", ClaimChecks.Increase(DoubaoAugust, DoubaoOctober)),
            ("\"A dicembre, questa cifra è salita a 50 trilioni\"", ClaimChecks.Increase(TokensOctober, TokensDecember)),
            ("\"avvicinandosi ai 43 trilioni di token dichiarati da Google\" (approaching = below, within 20 %)", ClaimChecks.Approaches(TokensDecember, TokensGoogle, 0.2m)),
        };
        if (EcbUsdCny() is { } rate)
        {
            var cnyToUsd = Estimate.Exactly(1m / rate.Value);
            checks.Add(("\"160 miliardi di yuan, circa 23 miliardi di dollari\"", ClaimChecks.EquivalentAfterConversion(Capex2026Cny, Capex2026Usd, cnyToUsd, $"1 / {rate}")));
        }

        output.WriteLine();
        output.WriteLine($"2. Checks of the words against the numbers ({checks.Count})");
        foreach (var (words, check) in checks)
        {
            output.WriteLine($"  [{check.Verdict}] {check.Relation}: {words}");
            output.WriteLine($"      {check.Explanation}");
        }

        var tally = checks.GroupBy(c => c.Check.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
        output.WriteLine($"  Verdicts: {string.Join(", ", tally)}.");
    }

    private void WriteComputed(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("3. Computed from the claims");

        // The exchange rate the article's two budget figures imply, keeping their stated precision.
        var implied = ExchangeRateRange.Implied(
            StatedAmount.ToNearest(new Money(23_000_000_000m, Currency.USD), 1_000_000_000m),
            StatedAmount.ToNearest(new Money(160_000_000_000m, Currency.CNY), 1_000_000_000m),
            new RateValidity(options.AsOf),
            "Financial Times (implied)");
        output.WriteLine($"  Implied rate of \"160 miliardi di yuan, circa 23 miliardi di dollari\": {implied}");
        if (options.EcbFile is null)
        {
            output.WriteLine("      No rate source given: pass --ecb with an ECB reference-rate file to check a published USD/CNY against it.");
        }
        else if (EcbUsdCny() is { } rate)
        {
            output.WriteLine($"      ECB-derived {rate}: {(implied.Contains(rate) ? "inside" : "outside")} the implied range.");
        }

        var h200 = new CountKind("H200 unit");
        var order = new UnitCount(20_000, h200);
        var price = new PricePerUnit(new Money(20_000m, Currency.USD), h200);
        output.WriteLine($"  H200 order: {order} × {price} = {order * price}");

        var share = Share.Of(new Money(85_000_000_000m, Currency.CNY), new Money(150_000_000_000m, Currency.CNY));
        output.WriteLine($"  Advanced processors' share of this year's allocation: {share.ToPercentString(1, MidpointRounding.ToEven)} (exactly {share})");

        var increase = new Money(160_000_000_000m, Currency.CNY) - new Money(150_000_000_000m, Currency.CNY);
        var growth = Share.Of(increase, new Money(150_000_000_000m, Currency.CNY));
        output.WriteLine($"  Budget increase 2026 over this year: {increase} (+{growth.ToPercentString(1, MidpointRounding.ToEven)})");

        var august = ActiveUsers.Monthly(157_000_000, 2025, 8);
        var october = ActiveUsers.Monthly(159_000_000, 2025, 10);
        var added = october.ToUnitCount() - august.ToUnitCount();
        output.WriteLine($"  Doubao: {august} -> {october}: {added} more (+{Share.Of(added, august.ToUnitCount()).ToPercentString(2, MidpointRounding.ToEven)})");

        var daily = TokenRate.PerDay(TokenVolume.FromTrillions(50m));
        var monthly = daily.ToMonthly(MonthLength.GregorianAverage, MidpointRounding.ToEven);
        output.WriteLine($"  Token use in December: {daily} = {monthly}");
    }

    private ExchangeRate? EcbUsdCny()
    {
        if (options.EcbFile is null)
        {
            return null;
        }

        var rates = options.EcbFile.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? EcbReferenceRates.ReadCsv(options.EcbFile)
            : EcbReferenceRates.ReadXml(options.EcbFile);
        return rates.ToTable().TryGetRate(Currency.USD, Currency.CNY, options.AsOf, out var rate) ? rate : null;
    }

    private static string Admits(Estimate e)
    {
        string lower = e.Lower is decimal l ? l.ToString("#,0.####", Invariant) : "-inf";
        string upper = e.Upper is decimal u ? u.ToString("#,0.####", Invariant) : "+inf";
        string open = e.LowerInclusive ? "[" : "(";
        string close = e.UpperInclusive ? "]" : ")";
        return e.Lower == e.Upper && e.IsBounded ? lower : $"{open}{lower}, {upper}{close}";
    }
}
