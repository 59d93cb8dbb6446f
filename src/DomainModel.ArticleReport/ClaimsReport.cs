using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Currencies;
using DomainModel.Exchange;
using DomainModel.Fiscal;
using DomainModel.Periods;
using DomainModel.Quantities;

namespace DomainModel.ArticleReport;

/// <summary>Builds and writes the report. Every number in it is read from the article's words or computed by the library from the claims.</summary>
internal sealed class ClaimsReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly ReportOptions _options;
    private readonly ArticleClaims _claims;

    public ClaimsReport(string article, ReportOptions options)
        : this(article, options, ArticleClaims.Catalog)
    {
    }

    public ClaimsReport(string article, ReportOptions options, IReadOnlyList<ClaimSpec> catalog)
    {
        _options = options;
        string reason = options.AsOf == ReportOptions.DefaultAsOf ? ArticleClaims.DefaultAsOfReason : "given with --as-of";
        _claims = ArticleClaims.Read(article, new AsOfDate(options.AsOf, reason), catalog);
        Article = article;
    }

    /// <summary>Whether every quote stands at its offset in the article (the reader refuses claims whose quote is not in it).</summary>
    public bool AllQuotesFound => _claims.All.All(c => c.Quote.IsIn(Article));

    private string Article { get; }

    public void Write(TextWriter output)
    {
        output.WriteLine("DomainModel: the claims of article.it.txt (ByteDance's AI infrastructure spending)");
        output.WriteLine(string.Create(Invariant, $"Periods resolved as of {_claims.Reader.AsOf}{(_options.AsOf == ReportOptions.DefaultAsOf ? "; --as-of to change" : string.Empty)}."));
        output.WriteLine("Intervals: [a, b] includes its bounds, (a, b) excludes them; figures are read as rounded to their last written digit.");
        WriteClaims(output);
        WriteChecks(output);
        WriteComputed(output);
        WriteFiscalYears(output);
    }

    private void WriteClaims(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"1. Claims ({_claims.All.Count}), each read from its own words");
        foreach (var claim in _claims.All)
        {
            output.WriteLine($"  {claim.Id,-18} {Admits(claim)}");
            output.WriteLine($"  {string.Empty,-18} \"{claim.Quote.Text}\" (at character {claim.Quote.Offset}){(claim.Quote.IsIn(Article) ? string.Empty : "  <-- NOT FOUND IN THE ARTICLE")}");
            output.WriteLine($"  {string.Empty,-18} {claim.Interval.Kind}; period: {claim.Period}; source: {claim.Source}");
        }
    }

    private List<(string Words, ClaimCheck Check)> Checks()
    {
        var c = _claims;
        var checks = new List<(string Words, ClaimCheck Check)>
        {
            ("\"Ciò segna un aumento rispetto ai 150 miliardi\"", ClaimChecks.Increase(c.Capex2025Cny, c.Capex2026Cny)),
            ("\"di cui circa la metà, ovvero 85 miliardi\" (about half = 50 % ± 5 points)", ClaimChecks.IsAboutFraction(c.Chips2025Cny, c.Capex2025Cny, 0.5m, 0.05m)),
            ("\"superando la dotazione di ByteDance per il 2026\"", ClaimChecks.Exceeds(c.BigTech2025Usd, c.Capex2026Usd)),
            ("\"interesse per l'acquisto iniziale di 20.000 unità\" within \"40.000-80.000 unità\"", ClaimChecks.FitsWithin(c.H200Order, c.H200FirstBatch)),
            ("\"Doubao è arrivato a 159 milioni ... entro ottobre\"", ClaimChecks.Increase(c.DoubaoAugust, c.DoubaoOctober)),
            ("\"A dicembre, questa cifra è salita a 50 trilioni\"", ClaimChecks.Increase(c.TokensOctober, c.TokensDecember)),
            ("\"avvicinandosi ai 43 trilioni di token dichiarati da Google\" (approaching = below, within 20 %)", ClaimChecks.Approaches(c.TokensDecember, c.TokensGoogle, 0.2m)),
        };
        if (EcbUsdCny() is { } rate)
        {
            checks.Add(("\"160 miliardi di yuan, circa 23 miliardi di dollari\" at the ECB rate", ClaimChecks.EquivalentAfterConversion(c.Capex2026Cny, c.Capex2026Usd, rate)));
        }

        return checks;
    }

    private void WriteChecks(TextWriter output)
    {
        var checks = Checks();
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
        var c = _claims;
        output.WriteLine();
        output.WriteLine("3. Computed from the claims");

        // The exchange rate the article's two budget figures imply, keeping their stated precision.
        var implied = ExchangeRateRange.Implied(c.Capex2026Usd.Estimate, c.Capex2026Cny.Estimate, new RateValidity(_options.AsOf), "Financial Times (implied)");
        output.WriteLine($"  Implied rate of \"160 miliardi di yuan, circa 23 miliardi di dollari\": {implied}");
        if (_options.EcbFile is null)
        {
            output.WriteLine("      No rate source given: pass --ecb with an ECB reference-rate file to check a published USD/CNY against it.");
        }
        else if (EcbUsdCny() is { } rate)
        {
            output.WriteLine($"      ECB-derived {rate}: {(implied.Contains(rate) ? "inside" : "outside")} the implied range.");
        }

        var order = EstimateMath.Total(c.H200Order.Estimate, c.H200Price.Estimate);
        output.WriteLine($"  H200 order: {c.H200Order.Estimate.ToIntervalString()} at {c.H200Price.Estimate.ToIntervalString()} = {order.ToIntervalString()}");

        var share = EstimateMath.Ratio(c.Chips2025Cny.Estimate, c.Capex2025Cny.Estimate);
        output.WriteLine($"  Advanced processors' share of this year's allocation: {share.ToIntervalString()}");

        var increase = EstimateMath.Difference(c.Capex2026Cny.Estimate, c.Capex2025Cny.Estimate);
        var budgetGrowth = EstimateMath.Growth(c.Capex2025Cny.Estimate, c.Capex2026Cny.Estimate);
        output.WriteLine($"  Budget increase 2026 over this year: {increase.ToIntervalString()}, a change of {EstimateMath.DescribeGrowth(budgetGrowth)}");

        var added = EstimateMath.Difference(c.DoubaoOctober.Estimate, c.DoubaoAugust.Estimate);
        var doubao = EstimateMath.Growth(c.DoubaoAugust.Estimate, c.DoubaoOctober.Estimate);
        output.WriteLine($"  Doubao, {c.DoubaoAugust.Period.Span} to {c.DoubaoOctober.Period.Span}: {added.ToIntervalString()} more, a change of {EstimateMath.DescribeGrowth(doubao)}");

        var tokens = EstimateMath.Growth(c.TokensOctober.Estimate, c.TokensDecember.Estimate);
        var monthly = EstimateMath.ToMonthly(c.TokensDecember.Estimate, MonthLength.GregorianAverage);
        output.WriteLine($"  Token use, October to December: a change of {EstimateMath.DescribeGrowth(tokens)} (October is a lower bound only)");
        output.WriteLine($"  Token use in December: {c.TokensDecember.Estimate.ToIntervalString()} = {monthly.ToIntervalString()} ({MonthLength.GregorianAverage})");

        var batch = EstimateMath.Ratio(c.H200Order.Estimate, c.H200FirstBatch.Estimate);
        output.WriteLine($"  ByteDance's order as a share of the first H200 batch: {batch.ToIntervalString()}");

        var ofBudget = EstimateMath.Ratio(order, c.Capex2026Usd.Estimate);
        output.WriteLine($"  The H200 order as a share of the 2026 budget in dollars: {ofBudget.ToIntervalString()}");
    }

    private void WriteFiscalYears(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("4. Whose \"2025\"? Fiscal years behind the article's years");
        var calendar2025 = _claims.BigTech2025Usd.Period.Span;
        foreach (var calendar in new[] { FiscalCalendars.Microsoft, FiscalCalendars.Alphabet, FiscalCalendars.Amazon, FiscalCalendars.Meta })
        {
            var fiscal = calendar.Year(calendar2025.End.Year);
            output.WriteLine(string.Create(Invariant, $"  {fiscal}: shares {fiscal.OverlapDays(calendar2025)} of its {fiscal.LengthInDays} days with calendar {calendar2025.End.Year}"));
        }

        var deadline = _claims.H200FirstBatch.Period;
        output.WriteLine($"  Nvidia's first H200 shipments, {deadline}, fall in {FiscalCalendars.Nvidia.QuarterOf(deadline.EndBound.End)}");
        output.WriteLine($"  ByteDance: {FiscalCalendars.ByteDance.Year(_claims.Capex2026Cny.Period.Span.End.Year)}; rule: {FiscalCalendars.ByteDance.Source}");
    }

    private ExchangeRate? EcbUsdCny()
    {
        if (_options.EcbFile is null)
        {
            return null;
        }

        var rates = _options.EcbFile.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? EcbReferenceRates.ReadCsv(_options.EcbFile)
            : EcbReferenceRates.ReadXml(_options.EcbFile);
        return rates.ToTable().TryGetRate(Currency.USD, Currency.CNY, _options.AsOf, out var rate) ? rate : null;
    }

    private static string Admits(Claim claim) => claim switch
    {
        Claim<Monetary.Money> m => m.Estimate.ToIntervalString(),
        Claim<UnitCount> u => u.Estimate.ToIntervalString(),
        Claim<PricePerUnit> p => p.Estimate.ToIntervalString(),
        Claim<ActiveUsers> a => a.Estimate.ToIntervalString(),
        Claim<TokenRate> t => t.Estimate.ToIntervalString(),
        _ => claim.ToString(),
    };
}
