using System;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Text;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// Reads claims from one article's own words: the quote must stand in the text word for word, the figure inside the
/// quote, and the period words in the text; the figure is read by <see cref="NewsNumberParser"/> with the article's
/// language and scale policy, the hedge taken from the figure ("circa 23 miliardi") or from the words just before it
/// ("ha superato i 30 trilioni", "more than", "fino a"), and the period resolved against the as-of date at once.
/// </summary>
/// <remarks>
/// <para><b>Hedges</b> (the <see cref="Lexicon.Hedges"/> of the article's language; the interval each admits is
/// <see cref="Estimate.FromParsed(ParsedNumber, decimal)"/>'s rule, tabled in docs/claims.md): over, more than, oltre,
/// più di, ha superato, mehr als → over; at least, almeno, mindestens → at least; up to, fino a, bis zu → at most;
/// nearly, almost, quasi, knapp, fast → nearly; gut → just over; about, around, approximately, circa, rund, etwa, "~",
/// "≈", "c." → about. "entro", "by", "bis" in the period words make a deadline (<see cref="PeriodKind.Deadline"/>).</para>
/// <para><b>A scale word written once for two figures</b> ("rund 2,7 statt 2,2 Milliarden Euro", "2.7 instead of
/// 2.2 billion"): a figure without one, followed in the quote by a joiner of the language's lexicon and a figure with
/// one, takes that scale word.</para>
/// <para><b>Precision:</b> a figure is taken as rounded to its last written digit
/// (<see cref="Estimate.RoundingUnitOf"/>), then snapped to the quantity's granularity: "20.000 unità" admits
/// exactly 20000 units.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ArticleReader
{
    /// <summary>Creates a reader bound to one article.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="asOf">The date periods are resolved against, and why.</param>
    /// <param name="language">The language the article is written in (decides how digits are grouped).</param>
    /// <param name="policy">How to read "bilioni"/"trilioni" (Italian news translated from English writes "trilioni" for 10^12: short scale).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, or <paramref name="asOf"/> is <c>default</c> (no reason given).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> or <paramref name="policy"/> is not defined.</exception>
    public ArticleReader(string text, AsOfDate asOf, NewsLanguage language, ScalePolicy policy)
        : this(text, asOf, language, policy, null)
    {
    }

    /// <summary>Creates a reader bound to one article whose fiscal period words ("Q4 FY2026", "l'esercizio 2025") are read in one company's calendar.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="asOf">The date periods are resolved against, and why.</param>
    /// <param name="language">The language the article is written in.</param>
    /// <param name="policy">How to read "bilioni"/"trilioni".</param>
    /// <param name="calendar">The fiscal calendar period words are read in, or null for none (a fiscal phrase then fails).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, or <paramref name="asOf"/> is <c>default</c> (no reason given).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> or <paramref name="policy"/> is not defined.</exception>
    public ArticleReader(string text, AsOfDate asOf, NewsLanguage language, ScalePolicy policy, FiscalCalendar? calendar)
    {
        Text = Preconditions.CheckNotBlank(text, nameof(text));
        Preconditions.CheckArgument(asOf.Reason.Length > 0, nameof(asOf), "An as-of date states why it was chosen; default(AsOfDate) has no reason.");
        Lexicon = Lexicon.For(language);

        if (policy is < ScalePolicy.ShortScale or > ScalePolicy.RejectAmbiguous)
        {
            Preconditions.ThrowRange(nameof(policy), policy, ScalePolicy.ShortScale, ScalePolicy.RejectAmbiguous);
        }

        AsOf = asOf;
        Language = language;
        Policy = policy;
        Calendar = calendar;
    }

    /// <summary>The article's text.</summary>
    public string Text { get; }

    /// <summary>The as-of date and its reason.</summary>
    public AsOfDate AsOf { get; }

    /// <summary>The article's language.</summary>
    public NewsLanguage Language { get; }

    /// <summary>The words of the article's language.</summary>
    internal Lexicon Lexicon { get; }

    /// <summary>The scale policy.</summary>
    public ScalePolicy Policy { get; }

    /// <summary>The fiscal calendar period words are read in, or null.</summary>
    public FiscalCalendar? Calendar { get; }

    /// <summary>Reads a claim about a quantity.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="id">A short identifier.</param>
    /// <param name="subject">What the figure measures.</param>
    /// <param name="quote">The article's words, word for word.</param>
    /// <param name="figure">The figure inside the quote as written ("160 miliardi", "tra i 350 e i 400 miliardi", "40.000-80.000").</param>
    /// <param name="period">The period words of the article ("nel 2026", "entro ottobre").</param>
    /// <param name="source">Who the figure comes from.</param>
    /// <param name="unit">A value in the claim's unit (e.g. <c>Money.Zero(Currency.CNY)</c>); its magnitude is ignored.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank; the quote is not in the article, the figure not in the quote or the period words not in the article; the period cannot be resolved; the figure admits no value of the unit (a fractional count).</exception>
    /// <exception cref="DomainModelFormatException">The figure cannot be read.</exception>
    /// <exception cref="OverflowException">A bound of the figure leaves the range of decimal.</exception>
    public Claim<T> Read<T>(string id, string subject, string quote, string figure, string period, SourceChain source, T unit)
        where T : struct, IEstimable<T>
    {
        var resolved = ResolvePeriod(period);
        return ReadResolved(id, subject, quote, figure, resolved, source, unit);
    }

    /// <summary>Reads a claim whose period is already resolved (relative to another claim's, or stated by the reader).</summary>
    internal Claim<T> ReadResolved<T>(string id, string subject, string quote, string figure, ResolvedPeriod period, SourceChain source, T unit)
        where T : struct, IEstimable<T>
    {
        var found = Quote.Find(Text, quote);
        var interval = ReadInterval(quote, figure);
        return new Claim<T>(id, subject, found, Preconditions.CheckNotNull(source), period, Estimate.Of(unit, interval));
    }

    /// <summary>Reads a claim about active users; their reporting period is the claim's resolved period.</summary>
    /// <param name="id">A short identifier.</param>
    /// <param name="subject">What the figure measures.</param>
    /// <param name="quote">The article's words, word for word.</param>
    /// <param name="figure">The figure inside the quote ("157 milioni").</param>
    /// <param name="period">The period words ("ad agosto", "entro ottobre").</param>
    /// <param name="source">Who the figure comes from.</param>
    /// <param name="window">Daily, weekly or monthly active users.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Read{T}"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not defined.</exception>
    /// <exception cref="DomainModelFormatException">The figure cannot be read.</exception>
    public Claim<ActiveUsers> ReadActiveUsers(string id, string subject, string quote, string figure, string period, SourceChain source, ActivityWindow window)
    {
        return ReadActiveUsers(id, subject, quote, figure, ResolvePeriod(period), source, window);
    }

    /// <summary>Reads a claim about active users whose period is already resolved.</summary>
    internal Claim<ActiveUsers> ReadActiveUsers(string id, string subject, string quote, string figure, ResolvedPeriod period, SourceChain source, ActivityWindow window)
    {
        var span = period.Span;
        return ReadResolved(id, subject, quote, figure, period, source, new ActiveUsers(0, window, span.Start, span.End));
    }

    /// <summary>
    /// Reads a claim about a token volume consumed over the claim's period ("China alone consumed 7.359 trillion
    /// tokens" in "the week of March 16-22, 2026"): the volume's span is the period's <see cref="ResolvedPeriod.Span"/>.
    /// </summary>
    /// <param name="id">A short identifier.</param>
    /// <param name="subject">What the figure measures.</param>
    /// <param name="quote">The article's words, word for word.</param>
    /// <param name="figure">The figure inside the quote ("7.359 trillion").</param>
    /// <param name="period">The period words ("the week of March 16-22, 2026", "nel 2025").</param>
    /// <param name="source">Who the figure comes from.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Read{T}"/>; or the period is a deadline ("by October"), which has no span to consume over.</exception>
    /// <exception cref="DomainModelFormatException">The figure cannot be read.</exception>
    public Claim<TokenVolumeOver> ReadVolumeOver(string id, string subject, string quote, string figure, string period, SourceChain source)
    {
        return ReadVolumeOver(id, subject, quote, figure, ResolvePeriod(period), source);
    }

    /// <summary>Reads a claim about a token volume over a period already resolved.</summary>
    internal Claim<TokenVolumeOver> ReadVolumeOver(string id, string subject, string quote, string figure, ResolvedPeriod period, SourceChain source)
    {
        if (period.Kind == PeriodKind.Deadline)
        {
            throw new ArgumentException($"A volume consumed over a span needs a period with a start; '{period.Text}' is a deadline.", nameof(period));
        }

        return ReadResolved(id, subject, quote, figure, period, source, new TokenVolumeOver(TokenVolume.Zero, period.Span));
    }

    /// <summary>Resolves period words of the article against <see cref="AsOf"/>.</summary>
    /// <param name="words">The words, as they appear in the article (case aside).</param>
    /// <returns>The resolved period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    /// <exception cref="ArgumentException">The words are not in the article, or name no period the library resolves.</exception>
    public ResolvedPeriod ResolvePeriod(string words)
    {
        Preconditions.CheckNotBlank(words);
        if (!Text.Contains(words, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The period words '{words}' do not appear in the article.", nameof(words));
        }

        return ResolvedPeriod.TryParse(words, AsOf.Date, MonthWithoutYear.Nearest, Calendar, out var period)
            ? period
            : throw new ArgumentException(Preconditions.Invariant($"The period words '{words}' name no period the library resolves (as of {AsOf})."), nameof(words));
    }

    private Estimate ReadInterval(string quote, string figure)
    {
        Preconditions.CheckNotBlank(figure);
        int at = quote.IndexOf(figure, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"The figure '{figure}' does not appear in the quote '{quote}'.", nameof(figure));
        }

        var conventions = Lexicon.Conventions;

        // A figure without its scale word before a second one that has it: "rund 2,7 statt 2,2 Milliarden Euro".
        figure = WithSharedScaleWord(figure, quote[(at + figure.Length)..], conventions);

        // The hedge may be in the words before the figure ("ha superato i 30 trilioni"): the longest run of up to
        // four preceding words that the parser reads as a qualified figure wins.
        string[] before = quote[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int words = Math.Min(4, before.Length); words >= 1; words--)
        {
            // Only a candidate that starts with a hedge can be read with one: the others are not parsed.
            string candidate = string.Join(' ', before[^words..]) + " " + figure;
            if (NewsNumberParser.StartsWithHedge(candidate, Lexicon)
                && TryRead(candidate, conventions, out var hedged, out var qualifier) && qualifier != NumberQualifier.None)
            {
                return hedged;
            }
        }

        if (TryRead(figure, conventions, out var estimate, out _))
        {
            return estimate;
        }

        // Let the parser say why.
        _ = NewsNumberParser.Parse(figure, Lexicon, conventions, Policy);
        throw new ArgumentException(Preconditions.Invariant($"The figure '{figure}' could not be read."), nameof(figure));
    }

    /// <summary>The figure with the scale word of the figure that follows it after a joiner of the language ("statt",
    /// "instead of", "invece di"), when it has none itself; else the figure as written.</summary>
    private string WithSharedScaleWord(string figure, string after, NumberConventions conventions)
    {
        if (!NewsNumberParser.TryParse(figure, Lexicon, conventions, Policy, out var own) || own.ScaleWord is not null || own.Unit.Length > 0)
        {
            return figure;
        }

        string rest = after.TrimStart();
        foreach (string joiner in Lexicon.SharedScaleJoiners)
        {
            if (rest.StartsWith(joiner + " ", StringComparison.OrdinalIgnoreCase)
                && NewsNumberParser.TryParse(rest[(joiner.Length + 1)..], Lexicon, conventions, Policy, out var next)
                && next.ScaleWord is { } word && next.Qualifier == NumberQualifier.None)
            {
                return figure + " " + word;
            }
        }

        return figure;
    }

    private bool TryRead(string text, NumberConventions conventions, out Estimate estimate, out NumberQualifier qualifier)
    {
        if (NewsNumberParser.TryParseRange(text, Lexicon, conventions, Policy, out var range) && range.Qualifier is NumberQualifier.None or NumberQualifier.About)
        {
            qualifier = range.Qualifier;
            estimate = Estimate.FromParsed(range);
            return true;
        }

        if (NewsNumberParser.TryParse(text, Lexicon, conventions, Policy, out var number))
        {
            qualifier = number.Qualifier;
            estimate = Estimate.FromParsed(number);
            return true;
        }

        (estimate, qualifier) = (default, NumberQualifier.None);
        return false;
    }
}
