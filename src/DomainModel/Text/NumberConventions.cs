using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel.Utility;

namespace DomainModel.Text;

/// <summary>
/// How digits are written: the decimal separator, the group separator and the grouping rule. News is read and
/// written with these instead of a <see cref="CultureInfo"/>, so that nothing depends on the ICU data of the machine
/// (with <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c> no culture but the invariant one exists).
/// </summary>
/// <remarks>
/// <para>Fixed instances: <see cref="Invariant"/> and <see cref="English"/> (1,234,567.5), <see cref="Italian"/>
/// (1.234.567,5), <see cref="French"/> (1 234 567,5 with U+202F), <see cref="Indian"/> (12,34,567.5) and
/// <see cref="Arabic"/> (1٬234٬567٫5 with U+066C and U+066B). <see cref="FromCulture"/> takes a culture's separators
/// and group sizes; <see cref="Create"/> any other combination.</para>
/// <para>Equality: the two separators and the grouping. Immutable and thread-safe.</para>
/// </remarks>
public sealed class NumberConventions : IEquatable<NumberConventions>
{
    private NumberConventions(string decimalSeparator, string groupSeparator, NumberGrouping grouping)
    {
        DecimalSeparator = decimalSeparator;
        GroupSeparator = groupSeparator;
        Grouping = grouping;
    }

    /// <summary>The invariant culture's conventions: '.' for decimals, ',' in groups of three.</summary>
    public static NumberConventions Invariant { get; } = new(".", ",", NumberGrouping.Thousands);

    /// <summary>English (en-US, en-GB): '.' for decimals, ',' in groups of three: 1,234,567.5.</summary>
    public static NumberConventions English { get; } = Invariant;

    /// <summary>Italian (it-IT; also de-DE, es-ES): ',' for decimals, '.' in groups of three: 1.234.567,5.</summary>
    public static NumberConventions Italian { get; } = new(",", ".", NumberGrouping.Thousands);

    /// <summary>German (de-DE): ',' for decimals, '.' in groups of three: 1.234.567,5 (the same as <see cref="Italian"/>).</summary>
    public static NumberConventions German { get; } = Italian;

    /// <summary>French (fr-FR): ',' for decimals, U+202F narrow no-break space in groups of three.</summary>
    public static NumberConventions French { get; } = new(",", "\u202F", NumberGrouping.Thousands);

    /// <summary>Indian English (en-IN): '.' for decimals, ',' in lakh and crore groups: 12,34,567.5.</summary>
    public static NumberConventions Indian { get; } = new(".", ",", NumberGrouping.Indian);

    /// <summary>Arabic (ar-SA, ar-EG): U+066B for decimals, U+066C in groups of three.</summary>
    public static NumberConventions Arabic { get; } = new("\u066B", "\u066C", NumberGrouping.Thousands);

    /// <summary>The decimal separator ("." or ",").</summary>
    public string DecimalSeparator { get; }

    /// <summary>The group separator ("," or "."), used as <see cref="Grouping"/> says.</summary>
    public string GroupSeparator { get; }

    /// <summary>How digits before the decimal separator are grouped.</summary>
    public NumberGrouping Grouping { get; }

    /// <summary>The conventions of a news language (its <see cref="Lexicon.Conventions"/>): <see cref="English"/>, <see cref="Italian"/> or <see cref="German"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The conventions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static NumberConventions ForLanguage(NewsLanguage language) => Lexicon.For(language).Conventions;

    /// <summary>Conventions with the given separators and grouping.</summary>
    /// <param name="decimalSeparator">The decimal separator: one or more characters, no digit, no white space.</param>
    /// <param name="groupSeparator">The group separator: one or more characters, no digit, different from the decimal separator; white space only as a single character (' ', U+00A0, U+202F).</param>
    /// <param name="grouping">The grouping rule.</param>
    /// <returns>The conventions.</returns>
    /// <exception cref="ArgumentNullException">A separator is null.</exception>
    /// <exception cref="ArgumentException">A separator is empty or contains a digit, the decimal separator contains white space or is a sign, the group separator mixes white space with other characters, or the two are equal or one starts with the other: text formatted with such conventions would not read back.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grouping"/> is not defined.</exception>
    public static NumberConventions Create(string decimalSeparator, string groupSeparator, NumberGrouping grouping)
    {
        Preconditions.CheckNotNull(decimalSeparator);
        Preconditions.CheckNotNull(groupSeparator);
        CheckSeparator(decimalSeparator, nameof(decimalSeparator));
        CheckSeparator(groupSeparator, nameof(groupSeparator));
        Preconditions.CheckArgument(
            !string.IsNullOrWhiteSpace(decimalSeparator) && decimalSeparator is not ("-" or "+"),
            nameof(decimalSeparator),
            Preconditions.Invariant($"The decimal separator '{decimalSeparator}' is white space or a sign: allowed is a visible mark such as '.' or ','."));
        Preconditions.CheckArgument(
            !ContainsWhiteSpace(decimalSeparator),
            nameof(decimalSeparator),
            Preconditions.Invariant($"The decimal separator '{decimalSeparator}' ({CodePoints(decimalSeparator)}) contains white space: a reader cannot tell it from the space before a scale word or unit, so the formatted text would not read back. Allowed is a visible mark such as '.' or ','."));
        Preconditions.CheckArgument(
            groupSeparator.Length == 1 || !ContainsWhiteSpace(groupSeparator),
            nameof(groupSeparator),
            Preconditions.Invariant($"The group separator '{groupSeparator}' ({CodePoints(groupSeparator)}) mixes white space with other characters: the formatted text would not read back. Allowed is one white-space character (' ', U+00A0, U+202F) or marks without white space such as '.', ',' or an apostrophe."));
        Preconditions.CheckArgument(
            !decimalSeparator.StartsWith(groupSeparator, StringComparison.Ordinal) && !groupSeparator.StartsWith(decimalSeparator, StringComparison.Ordinal),
            nameof(groupSeparator),
            Preconditions.Invariant($"The group separator '{groupSeparator}' and the decimal separator '{decimalSeparator}' must differ (neither may start with the other)."));
        if (grouping is < NumberGrouping.Thousands or > NumberGrouping.None)
        {
            throw Preconditions.OutOfRange(nameof(grouping), grouping, Preconditions.Invariant($"Grouping {(int)grouping} is not defined: allowed are Thousands, Indian and None."));
        }

        return new NumberConventions(decimalSeparator, groupSeparator, grouping);
    }

    /// <summary>A culture's conventions: its <see cref="NumberFormatInfo.NumberDecimalSeparator"/>,
    /// <see cref="NumberFormatInfo.NumberGroupSeparator"/> and <see cref="NumberFormatInfo.NumberGroupSizes"/>
    /// ([3] is <see cref="NumberGrouping.Thousands"/>, [3, 2] <see cref="NumberGrouping.Indian"/>, [] or [0] <see cref="NumberGrouping.None"/>).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The conventions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentException">The culture's separators or group sizes are none of the supported ones.</exception>
    public static NumberConventions FromCulture(CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        var found = TryFromCulture(culture);
        return found ?? throw new ArgumentException(
            Preconditions.Invariant($"The number format of culture '{culture.Name}' (decimal '{culture.NumberFormat.NumberDecimalSeparator}', group '{culture.NumberFormat.NumberGroupSeparator}', group sizes [{string.Join(", ", culture.NumberFormat.NumberGroupSizes)}]) is not supported: allowed are group sizes [3], [3, 2] or none, and two different non-digit separators."),
            nameof(culture));
    }

    internal static NumberConventions? TryFromCulture(CultureInfo culture)
    {
        var info = culture.NumberFormat;
        int[] sizes = info.NumberGroupSizes;
        NumberGrouping? grouping = sizes switch
        {
            [] or [0] => NumberGrouping.None,
            [3] or [3, 0] => NumberGrouping.Thousands,
            [3, 2] or [3, 2, 0] => NumberGrouping.Indian,
            _ => null,
        };
        string dec = info.NumberDecimalSeparator;
        string group = info.NumberGroupSeparator;
        if (grouping is null || !IsValidSeparator(dec) || !IsValidSeparator(group) || string.IsNullOrWhiteSpace(dec)
            || dec.StartsWith(group, StringComparison.Ordinal) || group.StartsWith(dec, StringComparison.Ordinal))
        {
            return null;
        }

        return Intern(new NumberConventions(dec, group, grouping.Value));
    }

    /// <summary>Equal when both separators and the grouping are equal.</summary>
    /// <param name="other">The other conventions.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals([NotNullWhen(true)] NumberConventions? other) =>
        other is not null && DecimalSeparator == other.DecimalSeparator && GroupSeparator == other.GroupSeparator && Grouping == other.Grouping;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NumberConventions);

    /// <summary>A hash consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(DecimalSeparator, GroupSeparator, Grouping);

    /// <summary>Whether two conventions are equal (null equals null).</summary>
    /// <param name="left">The left conventions.</param>
    /// <param name="right">The right conventions.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(NumberConventions? left, NumberConventions? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two conventions differ.</summary>
    /// <param name="left">The left conventions.</param>
    /// <param name="right">The right conventions.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(NumberConventions? left, NumberConventions? right) => !(left == right);

    /// <summary>Invariant description with the separators as Unicode code points, e.g. "decimal U+002C, group U+002E, Thousands".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Preconditions.Invariant($"decimal {CodePoints(DecimalSeparator)}, group {CodePoints(GroupSeparator)}, {Grouping}");

    /// <summary>Writes a non-negative value exactly with these separators, without trailing zeros ("1.234.567,5").</summary>
    internal string Format(decimal value)
    {
        string plain = value.ToString("0.############################", CultureInfo.InvariantCulture);
        int point = plain.IndexOf('.', StringComparison.Ordinal);
        string integral = point < 0 ? plain : plain[..point];
        string fraction = point < 0 ? string.Empty : plain[(point + 1)..];
        var text = new System.Text.StringBuilder(plain.Length + 8);
        int first = Grouping switch
        {
            NumberGrouping.None => integral.Length,
            _ when integral.Length <= 3 => integral.Length,
            NumberGrouping.Thousands => ((integral.Length - 1) % 3) + 1,
            _ => ((integral.Length - 3 - 1) % 2) + 1,
        };
        text.Append(integral, 0, first);
        for (int i = first; i < integral.Length;)
        {
            int size = Grouping == NumberGrouping.Indian && integral.Length - i > 3 ? 2 : 3;
            text.Append(GroupSeparator).Append(integral, i, size);
            i += size;
        }

        if (fraction.Length > 0)
        {
            text.Append(DecimalSeparator).Append(fraction);
        }

        return text.ToString();
    }

    /// <summary>Whether digit groups (the integral part split at the group separator) follow <see cref="Grouping"/>.</summary>
    internal static bool GroupsAreValid(string[] groups, NumberGrouping grouping)
    {
        if (groups.Length == 1)
        {
            return true;
        }

        if (grouping == NumberGrouping.None || groups[^1].Length != 3)
        {
            return false;
        }

        int inner = grouping == NumberGrouping.Indian ? 2 : 3;
        for (int i = 1; i < groups.Length - 1; i++)
        {
            if (groups[i].Length != inner)
            {
                return false;
            }
        }

        return groups[0].Length >= 1 && groups[0].Length <= inner;
    }

    private static NumberConventions Intern(NumberConventions c) =>
        c.Equals(Italian) ? Italian : c.Equals(Invariant) ? Invariant : c.Equals(Indian) ? Indian : c.Equals(French) ? French : c.Equals(Arabic) ? Arabic : c;

    private static bool IsValidSeparator(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckSeparator(string separator, string paramName) =>
        Preconditions.CheckArgument(
            IsValidSeparator(separator),
            paramName,
            Preconditions.Invariant($"The separator '{separator}' is empty or contains a digit: allowed is one or more characters that are not digits."));

    private static bool ContainsWhiteSpace(string s)
    {
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string CodePoints(string s)
    {
        var parts = new string[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            parts[i] = Preconditions.Invariant($"U+{(int)s[i]:X4}");
        }

        return string.Join(" ", parts);
    }
}
