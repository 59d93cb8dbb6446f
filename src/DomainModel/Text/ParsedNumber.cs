using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DomainModel.Text;

/// <summary>
/// A figure read from news text, with everything needed to audit the reading: "oltre 30 trilioni di token" is
/// <see cref="Value"/> 30,000,000,000,000 from <see cref="Mantissa"/> 30 × <see cref="Multiplier"/> 10^12,
/// <see cref="ScaleWord"/> "trilioni" read under <see cref="Policy"/> <see cref="ScalePolicy.ShortScale"/>,
/// <see cref="Qualifier"/> <see cref="NumberQualifier.Over"/>, <see cref="Unit"/> "token".
/// </summary>
/// <remarks>
/// Produced by <see cref="NewsNumberParser"/>. Equality: every property (the culture by name, the conventions by value). Not ordered: compare
/// <see cref="Value"/>s. Immutable and thread-safe.
/// </remarks>
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<ParsedNumber>))]
public sealed class ParsedNumber : IEquatable<ParsedNumber>
{
    internal ParsedNumber(
        string text, decimal mantissa, decimal multiplier, string? scaleWord, bool scaleWordInherited, ScalePolicy policy,
        CultureInfo? culture, NumberConventions? conventions, NumberQualifier qualifier, string? currencySymbol, string unit)
    {
        Text = text;
        Mantissa = mantissa;
        Multiplier = multiplier;
        Value = mantissa * multiplier;
        ScaleWord = scaleWord;
        ScaleWordInherited = scaleWordInherited;
        Policy = policy;
        Culture = culture;
        Conventions = conventions;
        Qualifier = qualifier;
        CurrencySymbol = currencySymbol;
        Unit = unit;
    }

    /// <summary>The text that was parsed, as given.</summary>
    public string Text { get; }

    /// <summary>The value: <see cref="Mantissa"/> × <see cref="Multiplier"/>, exact.</summary>
    public decimal Value { get; }

    /// <summary>The number as written, before its scale word (30 in "30 trilioni").</summary>
    public decimal Mantissa { get; }

    /// <summary>The value of the scale word (10^12 for "trilioni" on the short scale), or 1 without one.</summary>
    public decimal Multiplier { get; }

    /// <summary>The scale word or abbreviation as written ("trilioni", "bn", "K"), or null.</summary>
    public string? ScaleWord { get; }

    /// <summary>Whether the scale word was taken from the other bound of a range ("350" in "tra i 350 e i 400 miliardi").</summary>
    public bool ScaleWordInherited { get; }

    /// <summary>The scale policy the text was read under.</summary>
    public ScalePolicy Policy { get; }

    /// <summary>The culture whose separators were used, or null when they were inferred (see <see cref="NewsNumberParser"/>).</summary>
    public CultureInfo? Culture { get; }

    /// <summary>The separators and grouping the digits were read with (those of <see cref="Culture"/> when a culture was
    /// passed), or null when they were inferred (see <see cref="NewsNumberParser"/>).</summary>
    public NumberConventions? Conventions { get; }

    /// <summary>The hedge written before the figure, if any.</summary>
    public NumberQualifier Qualifier { get; }

    /// <summary>A currency symbol written before the number ("$", "€", "£", "¥", "US$"), not interpreted; or null.</summary>
    public string? CurrencySymbol { get; }

    /// <summary>The text after the number and scale word, without a leading "di"/"d'"/"of" ("yuan", "unità H200", "per unità"); empty if none.</summary>
    public string Unit { get; }

    /// <summary>Equal when every property is equal (cultures by name).</summary>
    /// <param name="other">The other result.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals([NotNullWhen(true)] ParsedNumber? other) =>
        other is not null &&
        Text == other.Text && Value == other.Value && Mantissa == other.Mantissa && Multiplier == other.Multiplier &&
        ScaleWord == other.ScaleWord && ScaleWordInherited == other.ScaleWordInherited && Policy == other.Policy &&
        Culture?.Name == other.Culture?.Name && Conventions == other.Conventions && Qualifier == other.Qualifier && CurrencySymbol == other.CurrencySymbol &&
        Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParsedNumber);

    /// <summary>A hash consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Text, Value, ScaleWord, Policy, Culture?.Name, Qualifier, Unit);

    /// <summary>Invariant summary: "30000000000000 (30 × 10^12 'trilioni', ShortScale, over)".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string scale = ScaleWord is null ? string.Empty : FormattableString.Invariant($"{Mantissa} × {Multiplier} '{ScaleWord}', ");
        string qualifier = Qualifier == NumberQualifier.None ? string.Empty : ", " + Qualifier;
        return FormattableString.Invariant($"{Value} ({scale}{Policy}{qualifier})");
    }
}
