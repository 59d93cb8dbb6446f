using System.Collections.Generic;
using DomainModel.Claims;
using DomainModel;

namespace DomainModel.Claims;

/// <summary>
/// One claim of a <see cref="ClaimsDocument"/>: the typed <see cref="Claim"/> read from the article, with what
/// the document says about it besides (the metric, the figure as written, the measure, the fiscal calendar, the
/// whole it is a part of).
/// </summary>
/// <remarks>Immutable and thread-safe; built only by the loader.</remarks>
public sealed class DocumentClaim
{
    internal DocumentClaim(Claim claim, string metric, string figure, MeasureKind measure, FiscalCalendar? calendar, string? calendarName, string? partOfSubject, string? partOfMetric, IReadOnlyList<string>? guessed = null, string? relativeTo = null)
    {
        RelativeTo = relativeTo;
        Guessed = guessed ?? [];
        Claim = claim;
        Metric = metric;
        Figure = figure;
        Measure = measure;
        Calendar = calendar;
        CalendarName = calendarName;
        PartOfSubject = partOfSubject;
        PartOfMetric = partOfMetric;
    }

    /// <summary>The typed claim (match <c>Claim&lt;Money&gt;</c>, <c>Claim&lt;TokenRate&gt;</c>...).</summary>
    public Claim Claim { get; }

    /// <summary>The claim's id.</summary>
    public string Id => Claim.Id;

    /// <summary>Who or what the figure is about ("ByteDance"); with <see cref="Metric"/> it says which claims of other documents state the same thing.</summary>
    public string Subject => Claim.Subject;

    /// <summary>What is measured ("AI infrastructure budget").</summary>
    public string Metric { get; }

    /// <summary>The figure as the article writes it, inside the quote ("160 miliardi").</summary>
    public string Figure { get; }

    /// <summary>What the figure measures.</summary>
    public MeasureKind Measure { get; }

    /// <summary>The fiscal calendar the period words were read in, or null.</summary>
    public FiscalCalendar? Calendar { get; }

    /// <summary>The calendar's name as the document writes it, or null.</summary>
    public string? CalendarName { get; }

    /// <summary>
    /// The id of the claim whose period this claim's period words refer to ("relativeTo": "a year earlier" than that
    /// claim's quarter), or null. The resolved period is <see cref="Claim.Period"/>, its
    /// <see cref="ResolvedPeriod.Reference"/> the other claim's period.
    /// </summary>
    public string? RelativeTo { get; }

    /// <summary>Whether the document states the claim's period with its reason instead of the article's words
    /// (<c>"period": {"from", "to", "reason"}</c>; <see cref="ResolvedPeriod.StatedReason"/>).</summary>
    public bool PeriodIsStated => Claim.Period.IsStated;

    /// <summary>The subject of the whole this claim is a part of ("partOf"), or null.</summary>
    public string? PartOfSubject { get; }

    /// <summary>The metric of the whole this claim is a part of, or null.</summary>
    public string? PartOfMetric { get; }

    /// <summary>
    /// The fields a draft guessed and no one has confirmed yet ("guessed": ["subject", "metric"]), in the document's
    /// order; empty for a reviewed claim. See <see cref="ClaimsDraft"/>.
    /// </summary>
    public IReadOnlyList<string> Guessed { get; }

    /// <summary>Whether the claim still carries guessed fields (<see cref="Guessed"/> is not empty).</summary>
    public bool IsGuessed => Guessed.Count > 0;

    /// <summary>Returns the claim's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Claim.ToString();
}
