using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Utility;
using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>
/// One figure found in a text by <see cref="FigureScanner"/>: where it is (<see cref="Offset"/>, <see cref="Length"/>,
/// <see cref="Text"/>), what it is (<see cref="Kind"/>), the hedge written before it (<see cref="Qualifier"/>), and its
/// value: the plain number, and a typed value where the unit is known (<see cref="Money"/>, <see cref="Count"/>,
/// <see cref="Tokens"/>, <see cref="Share"/>, <see cref="Dates"/>).
/// </summary>
/// <remarks>
/// <para><b>Extent:</b> the mention covers the qualifier ("circa"), the range words ("tra i ... e i ..."), the currency
/// symbol or code, the number, its scale word and the unit words ("di yuan", "unità H200", "per unità", "%").</para>
/// <para><b>Ranges</b> ("40.000-80.000 unità", "tra i 350 e i 400 miliardi di dollari"): <see cref="IsRange"/> is
/// true, <see cref="Range"/> holds the reading, <see cref="Value"/> and the typed values are null, and
/// <see cref="Bounds"/> holds the two bounds as mentions of their own (offset and text of each bound's number, the
/// value with the scale word and unit of the whole range).</para>
/// <para><b>Nothing guessed:</b> a value is null when it cannot be read for certain: digits that are ambiguous in the
/// text's language, a currency symbol that stands for several currencies (¥: yen or yuan), a count that is not whole.</para>
/// <para>Equality: every property. Not ordered (order mentions by <see cref="Offset"/>). Immutable and thread-safe.</para>
/// </remarks>
public sealed class FigureMention : IEquatable<FigureMention>
{
    internal FigureMention(int offset, string text, FigureKind kind, NumberQualifier qualifier, string unit)
    {
        Offset = offset;
        Text = text;
        Kind = kind;
        Qualifier = qualifier;
        Unit = unit;
    }

    /// <summary>The index in the scanned text of the mention's first character.</summary>
    public int Offset { get; }

    /// <summary>The number of characters of the mention.</summary>
    public int Length => Text.Length;

    /// <summary>The mention as written: the scanned text from <see cref="Offset"/>, <see cref="Length"/> characters.</summary>
    public string Text { get; }

    /// <summary>What the figure is.</summary>
    public FigureKind Kind { get; }

    /// <summary>Whether the figure is a quantity (money, a count, tokens, a percentage, a fraction, a multiple or a number of unknown unit), not a <see cref="FigureKind.Date"/> or an <see cref="FigureKind.Ordinal"/>.</summary>
    public bool IsQuantity => Kind is not (FigureKind.Date or FigureKind.Ordinal);

    /// <summary>The hedge written before the figure ("circa", "oltre", "up to"), or <see cref="NumberQualifier.None"/>.</summary>
    public NumberQualifier Qualifier { get; }

    /// <summary>
    /// The unit words as written ("yuan", "dollari", "unità H200", "utenti attivi mensili", "token", "%", "volte",
    /// "per unità" after a price); empty when there are none (a bare number, a currency symbol alone, a date).
    /// </summary>
    public string Unit { get; }

    /// <summary>
    /// The number, scale word applied: 160,000,000,000 for "160 miliardi di yuan"; the percent number for a
    /// percentage (25 for "25%"); the factor of a multiple (1000 for "1,000x"); 0.5 for "la metà"; the number of an
    /// ordinal; the year of a date that has one. Null for a range (see <see cref="Bounds"/>) and when the digits cannot
    /// be read for certain.
    /// </summary>
    public decimal? Value { get; internal init; }

    /// <summary>The reading of a single figure by <see cref="NewsNumberParser"/> (scale word, policy, culture), or null.</summary>
    public ParsedNumber? Number { get; internal init; }

    /// <summary>The reading of a range by <see cref="NewsNumberParser.ParseRange(string, NumberConventions, ScalePolicy)"/>, or null.</summary>
    public ParsedRange? Range { get; internal init; }

    /// <summary>Whether the figure is a range; its bounds are then in <see cref="Bounds"/>.</summary>
    public bool IsRange => Bounds.Count == 2;

    /// <summary>The lower and upper bound of a range, each a mention of the same kind with its own offset and value; empty otherwise.</summary>
    public IReadOnlyList<FigureMention> Bounds { get; internal init; } = [];

    /// <summary>The currency of a <see cref="FigureKind.Money"/> figure when the words, code or symbol name exactly one; otherwise null.</summary>
    public Currency? Currency { get; internal init; }

    /// <summary>The amount of a <see cref="FigureKind.Money"/> figure when both value and currency are known; otherwise null.</summary>
    public Money? Money { get; internal init; }

    /// <summary>The count of a <see cref="FigureKind.Count"/> figure (kind named by <see cref="Unit"/>) when it is a whole number; otherwise null.</summary>
    public UnitCount? Count { get; internal init; }

    /// <summary>The volume of a <see cref="FigureKind.Tokens"/> figure; otherwise null.</summary>
    public TokenVolume? Tokens { get; internal init; }

    /// <summary>The share of a <see cref="FigureKind.Percentage"/> (25% is 25/100) or <see cref="FigureKind.Fraction"/> (la metà is 1/2) figure; otherwise null.</summary>
    public Share? Share { get; internal init; }

    /// <summary>The days a <see cref="FigureKind.Date"/> figure names when its year is written ("2026", "maggio 2024", "16-22 marzo 2026"); otherwise null.</summary>
    public DateRange? Dates { get; internal init; }

    /// <summary>A mention of a number or a bound with its typed value set for its kind from <paramref name="value"/>
    /// (and the unit or currency): what <see cref="WithTyped"/> gives for such a mention, made as one object.</summary>
    internal static FigureMention Create(int offset, string text, FigureKind kind, NumberQualifier qualifier, string unit, decimal? value, ParsedNumber? number, Currency? currency)
    {
        Money? money = null;
        UnitCount? count = null;
        TokenVolume? tokens = null;
        Share? share = null;
        if (value is { } v)
        {
            if (kind == FigureKind.Count && decimal.IsInteger(v) && v <= long.MaxValue && CountKind.TryCreate(unit, out var countKind))
            {
                count = new UnitCount((long)v, countKind);
            }

            money = kind == FigureKind.Money && currency is { } c ? new Money(v, c) : null;
            tokens = kind == FigureKind.Tokens && decimal.IsInteger(v) ? TokenVolume.FromTokens(v) : null;
            share = kind == FigureKind.Percentage ? new Share(v, 100m) : null;
        }

        return new FigureMention(offset, text, kind, qualifier, unit)
        {
            Value = value,
            Number = number,
            Currency = currency,
            Money = money,
            Count = count,
            Tokens = tokens,
            Share = share,
        };
    }

    /// <summary>A copy with the typed value of <paramref name="value"/> set for the mention's kind (and unit or currency).</summary>
    internal FigureMention WithTyped(decimal? value)
    {
        if (value is not { } v)
        {
            return this;
        }

        UnitCount? count = null;
        if (Kind == FigureKind.Count && decimal.IsInteger(v) && v <= long.MaxValue && CountKind.TryCreate(Unit, out var kind))
        {
            count = new UnitCount((long)v, kind);
        }

        return new FigureMention(Offset, Text, Kind, Qualifier, Unit)
        {
            Value = Value,
            Number = Number,
            Range = Range,
            Bounds = Bounds,
            Currency = Currency,
            Dates = Dates,
            Money = Kind == FigureKind.Money && Currency is { } currency ? new Money(v, currency) : null,
            Count = count,
            Tokens = Kind == FigureKind.Tokens && decimal.IsInteger(v) ? TokenVolume.FromTokens(v) : null,
            Share = Kind == FigureKind.Percentage ? new Share(v, 100m) : Share,
        };
    }

    /// <summary>Equal when every property is equal.</summary>
    /// <param name="other">The other mention.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals([NotNullWhen(true)] FigureMention? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (Offset != other.Offset || Text != other.Text || Kind != other.Kind || Qualifier != other.Qualifier || Unit != other.Unit
            || Value != other.Value || !Equals(Number, other.Number) || !Equals(Range, other.Range) || Bounds.Count != other.Bounds.Count
            || Currency != other.Currency || Money != other.Money || Count != other.Count || Tokens != other.Tokens
            || Share != other.Share || Dates != other.Dates)
        {
            return false;
        }

        for (int i = 0; i < Bounds.Count; i++)
        {
            if (!Bounds[i].Equals(other.Bounds[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FigureMention);

    /// <summary>A hash consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Offset, Text, Kind, Qualifier, Value);

    /// <summary>Invariant summary, e.g. <c>Money 160000000000 CNY at 98 "160 miliardi di yuan"</c> or <c>Count 40000..80000 at 1301 "40.000-80.000 unità"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string value = IsRange
            ? Preconditions.Invariant($"{Bounds[0].Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}..{Bounds[1].Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}")
            : Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
        string currency = Currency is { } c ? " " + c.Code : string.Empty;
        return Preconditions.Invariant($"{Kind} {value}{currency} at {Offset} \"{Text}\"");
    }
}
