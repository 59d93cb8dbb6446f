using System;
using System.Collections.Generic;
using DomainModel;

namespace DomainModel.Claims;

/// <summary>The article fields as the document writes them.</summary>
internal sealed record ArticleSpec(string Title, string Publisher, string Language, string? Scale, DateOnly? Published, DateOnly? AsOfDate, string? AsOfReason, string Text, bool MadeUp);

/// <summary>A "measure" object as the document writes it.</summary>
internal sealed record MeasureSpec(MeasureKind Kind, string KindWord, string? Currency, string? Of, string? Per, string? Window);

/// <summary>A claim as the document writes it.</summary>
internal sealed record ClaimSpec(
    string Id, string Subject, string Metric, string Quote, string Figure, MeasureSpec Measure, string Period,
    string? Calendar, IReadOnlyList<string> Source, string? PartOfSubject, string? PartOfMetric, IReadOnlyList<string>? Guessed = null,
    string? RelativeTo = null, StatedPeriodSpec? StatedPeriod = null);

/// <summary>A period the document states with its reason (<c>"period": {"from", "to", "reason"}</c>), as written.</summary>
internal sealed record StatedPeriodSpec(DateOnly From, DateOnly To, string Reason);

/// <summary>A defined fiscal calendar as the document writes it.</summary>
internal sealed record CalendarSpec(string Name, int StartMonth, int StartDay, string Naming, string Source, FiscalCalendar Calendar);

/// <summary>The rate of an "equivalent" relation as the document writes it.</summary>
internal sealed record RateSpec(RateSource Source, string SourceWord, IReadOnlyList<string>? ImpliedFrom, string? Base, string? Quote, decimal? Value, DateOnly? Date, string? Provider, string? To = null);

/// <summary>A relation as the document writes it.</summary>
internal sealed record RelationSpec(
    string Id, RelationKind Kind, string KindWord, string First, string Second, string? Quote, string? Note,
    decimal? Fraction, decimal? Tolerance, decimal? Within, decimal? Factor, Estimate? Percent, decimal? PercentValue, string? PercentBound, RateSpec? Rate,
    IReadOnlyList<string>? Guessed = null,
    string? MonthLengthWord = null)
{
    /// <summary>The month length of a relation between a volume over a span and a monthly rate (30 days when none is needed).</summary>
    internal MonthLength MonthLength => MonthLengthWord is null ? MonthLength.ThirtyDays : ClaimsDocumentReader.MonthLengthOf(MonthLengthWord);
}

/// <summary>A derived figure as the document writes it.</summary>
internal sealed record DerivedSpec(string Id, DerivedKind Kind, string KindWord, string Label, IReadOnlyList<string> Inputs, string? Per, string? MonthLength, RateSpec? Rate, string? Note);

/// <summary>A statement the document marks "stated, not checkable" (a claim or a relation), as written.</summary>
internal sealed record UncheckedSpec(string Id, bool IsRelation, string? KindWord, IReadOnlyList<string> ClaimIds, string? Subject, string? Metric, string? Quote, string? Figure, string Reason, string? Note);
