using System;
using DomainModel.Utility;

namespace DomainModel.Periods;

/// <summary>What a period expression of news text means, resolved against an as-of date, with the rule that resolved it.</summary>
/// <remarks>Immutable and thread-safe. Equality compares every property.</remarks>
public sealed class ResolvedPeriod : IEquatable<ResolvedPeriod>
{
    internal ResolvedPeriod(string text, PeriodKind kind, DateRange range, string rule)
    {
        Text = Preconditions.CheckNotNull(text);
        Kind = kind;
        Range = range;
        Rule = Preconditions.CheckNotNull(rule);
    }

    /// <summary>The expression as given.</summary>
    public string Text { get; }

    /// <summary>Exact, approximate or a deadline.</summary>
    public PeriodKind Kind { get; }

    /// <summary>
    /// The days meant: the whole period (exact), its widest reading (approximate), or the days within which the deadline
    /// falls (deadline: the event happens no later than <see cref="DateRange.End"/>).
    /// </summary>
    public DateRange Range { get; }

    /// <summary>The rule applied, in words (e.g. "early = days 1-10 of the month; month without a year: nearest to 2025-12-31").</summary>
    public string Rule { get; }

    /// <inheritdoc />
    public bool Equals(ResolvedPeriod? other) =>
        other is not null && Text == other.Text && Kind == other.Kind && Range == other.Range && Rule == other.Rule;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResolvedPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Kind, Range, Rule);

    /// <summary>E.g. <c>'entro metà febbraio': Deadline 2026-02-11..2026-02-20</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"'{Text}': {Kind} {Range}";
}
