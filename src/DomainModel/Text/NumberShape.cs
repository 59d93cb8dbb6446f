using System;
using System.Globalization;

namespace DomainModel.Text;

/// <summary>
/// Checks what <see cref="NumberStyles.AllowThousands"/> does not: decimal.Parse accepts a group separator anywhere
/// before the decimal separator ("1,50", "1,2,3"), which would read a decimal comma as a thousands separator.
/// </summary>
internal static class NumberShape
{
    /// <summary>Whether the group separators of a number (sign and symbols around it allowed) sit where the format's group sizes put them.</summary>
    internal static bool GroupsAreValid(ReadOnlySpan<char> number, NumberFormatInfo info)
    {
        string group = info.NumberGroupSeparator;
        if (group.Length == 0)
        {
            return true;
        }

        int point = info.NumberDecimalSeparator.Length == 0 ? -1 : number.IndexOf(info.NumberDecimalSeparator, StringComparison.Ordinal);
        var integral = point < 0 ? number : number[..point];
        int first = integral.IndexOfAnyInRange('0', '9');
        if (first < 0)
        {
            return true;
        }

        int last = integral.LastIndexOfAnyInRange('0', '9');
        string digits = integral[first..(last + 1)].ToString();

        // decimal.Parse also takes a plain space for a no-break-space group separator.
        bool spaceLike = group is "\u00A0" or "\u202F";
        if (spaceLike)
        {
            digits = digits.Replace(" ", group, StringComparison.Ordinal).Replace(group == "\u00A0" ? "\u202F" : "\u00A0", group, StringComparison.Ordinal);
        }

        if (!digits.Contains(group, StringComparison.Ordinal))
        {
            return true;
        }

        string[] groups = digits.Split(group);
        foreach (string g in groups)
        {
            foreach (char c in g)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }
        }

        // Thousands-grouped formats also take lakh/crore groups ("₹ 1,00,000"): they cannot be read another way.
        var grouping = Grouping(info);
        return NumberConventions.GroupsAreValid(groups, grouping)
            || (grouping == NumberGrouping.Thousands && NumberConventions.GroupsAreValid(groups, NumberGrouping.Indian));
    }

    /// <summary>The rule in words, for messages.</summary>
    internal static string GroupRule(NumberFormatInfo info) => Grouping(info) switch
    {
        NumberGrouping.Indian => "two (lakh and crore) before a last group of three",
        NumberGrouping.None => "none (this format does not group)",
        _ => "three (or lakh and crore groups: 1,00,000)",
    };

    private static NumberGrouping Grouping(NumberFormatInfo info) => info.NumberGroupSizes switch
    {
        [] or [0] => NumberGrouping.None,
        [3, 2, ..] => NumberGrouping.Indian,
        _ => NumberGrouping.Thousands,
    };
}
