using System;
using System.Diagnostics.CodeAnalysis;

namespace DomainModel.Text;

/// <summary>
/// A range read from news text: "40.000-80.000 unità", "tra i 350 e i 400 miliardi di dollari",
/// "between 350 and 400 billion". Both bounds carry their scale; <see cref="Min"/> ≤ <see cref="Max"/>.
/// </summary>
/// <remarks>Produced by <see cref="NewsNumberParser.ParseRange(string, ScalePolicy, System.Globalization.CultureInfo)"/> and its <see cref="NumberConventions"/> overload. Equality: text and both bounds. Immutable and thread-safe.</remarks>
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<ParsedRange>))]
public sealed class ParsedRange : IEquatable<ParsedRange>
{
    internal ParsedRange(string text, ParsedNumber min, ParsedNumber max, NumberQualifier qualifier)
    {
        Text = text;
        Min = min;
        Max = max;
        Qualifier = qualifier;
    }

    /// <summary>The text that was parsed, as given.</summary>
    public string Text { get; }

    /// <summary>The lower bound.</summary>
    public ParsedNumber Min { get; }

    /// <summary>The upper bound (its <see cref="ParsedNumber.Unit"/> is the range's unit).</summary>
    public ParsedNumber Max { get; }

    /// <summary>A hedge written before the whole range ("circa 40.000-80.000"), if any.</summary>
    public NumberQualifier Qualifier { get; }

    /// <summary>The unit text after the range ("unità", "dollari").</summary>
    public string Unit => Max.Unit;

    /// <summary>Equal when text, bounds and qualifier are equal.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals([NotNullWhen(true)] ParsedRange? other) =>
        other is not null && Text == other.Text && Min.Equals(other.Min) && Max.Equals(other.Max) && Qualifier == other.Qualifier;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParsedRange);

    /// <summary>A hash consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Text, Min, Max, Qualifier);

    /// <summary>
    /// Invariant summary: the qualifier (if any), both values in full, the unit (if any) and the text read, e.g.
    /// <c>350000000000..400000000000 dollari "tra i 350 e i 400 miliardi di dollari"</c>,
    /// <c>About 40000..80000 unità "circa 40.000-80.000 unità"</c>. Values are not digit-grouped: they are the exact
    /// numbers, as in <see cref="ParsedNumber.ToString"/>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant(
        $"{(Qualifier == NumberQualifier.None ? string.Empty : Qualifier + " ")}{Min.Value}..{Max.Value}{(Unit.Length == 0 ? string.Empty : " " + Unit)} \"{Text}\"");
}
