using System;
using System.Globalization;
using DomainModel.Text;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// One figure an article states, with what a reviewer needs to check it: what it is about, the words it was stated
/// in, who the article says it comes from, the period it covers, its unit and the <see cref="Estimate"/> it admits.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is by reference (two claims may state the same figure).</remarks>
public sealed class Claim
{
    /// <summary>Creates a claim; every text is required and non-blank.</summary>
    /// <param name="id">A short identifier, unique within an article (e.g. "capex-2026-cny").</param>
    /// <param name="subject">What the figure measures.</param>
    /// <param name="quote">The words of the article, as written.</param>
    /// <param name="source">Who the article attributes the figure to (e.g. "Financial Times").</param>
    /// <param name="period">The period the figure covers, as the article names it (e.g. "2026", "ottobre").</param>
    /// <param name="unit">The unit of the estimate (e.g. "CNY", "token/day", "H200 unit"); claims compared by a check must share it.</param>
    /// <param name="estimate">The values the figure admits.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or white space.</exception>
    public Claim(string id, string subject, string quote, string source, string period, string unit, Estimate estimate)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Subject = Preconditions.CheckNotBlank(subject, nameof(subject));
        Quote = Preconditions.CheckNotBlank(quote, nameof(quote));
        Source = Preconditions.CheckNotBlank(source, nameof(source));
        Period = Preconditions.CheckNotBlank(period, nameof(period));
        Unit = Preconditions.CheckNotBlank(unit, nameof(unit));
        Estimate = estimate;
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>What the figure measures.</summary>
    public string Subject { get; }

    /// <summary>The article's words.</summary>
    public string Quote { get; }

    /// <summary>Who the article attributes the figure to.</summary>
    public string Source { get; }

    /// <summary>The period, as the article names it.</summary>
    public string Period { get; }

    /// <summary>The unit of <see cref="Estimate"/>.</summary>
    public string Unit { get; }

    /// <summary>The values the figure admits.</summary>
    public Estimate Estimate { get; }

    /// <summary>
    /// Reads the figure from the quoted words: the part of <paramref name="quote"/> given as <paramref name="figure"/>
    /// is parsed by <see cref="NewsNumberParser"/> (a single figure or a range) and turned into an estimate.
    /// </summary>
    /// <param name="id">The identifier.</param>
    /// <param name="subject">What the figure measures.</param>
    /// <param name="quote">The article's words; must contain <paramref name="figure"/>.</param>
    /// <param name="figure">The figure as written, e.g. "circa 23 miliardi" or "tra i 350 e i 400 miliardi".</param>
    /// <param name="source">Who the figure comes from.</param>
    /// <param name="period">The period.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="policy">How to read scale words (Italian news translated from English writes "trilioni" for 10^12).</param>
    /// <param name="culture">The culture of the digits (it-IT for "20.000"), or null to infer as the parser documents.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="quote"/> does not contain <paramref name="figure"/>.</exception>
    /// <exception cref="NewsNumberFormatException">The figure cannot be read.</exception>
    public static Claim FromText(
        string id, string subject, string quote, string figure, string source, string period, string unit,
        ScalePolicy policy, CultureInfo? culture)
    {
        Preconditions.CheckNotBlank(quote, nameof(quote));
        Preconditions.CheckNotBlank(figure, nameof(figure));
        if (!quote.Contains(figure, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The figure '{figure}' does not appear in the quote '{quote}'.", nameof(figure));
        }

        var estimate = NewsNumberParser.TryParseRange(figure, policy, culture, out var range)
            ? Estimate.FromParsed(range)
            : Estimate.FromParsed(NewsNumberParser.Parse(figure, policy, culture));
        return new Claim(id, subject, quote, source, period, unit, estimate);
    }

    /// <summary>Returns <c>id: estimate unit (period, source)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Estimate} {Unit} ({Period}, {Source})";
}
