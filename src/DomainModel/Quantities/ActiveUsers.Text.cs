using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel;

/// <content>The .NET text interfaces over the invariant round-trip form of <see cref="ToString()"/>, <c>157000000 monthly active users, 2025-08-01..2025-08-31</c> (the users, the window's kind in the plural, ", ", the period):
/// <see cref="IFormattable"/>, <see cref="ISpanFormattable"/> and <see cref="ISpanParsable{TSelf}"/>. The form is fixed:
/// providers are ignored and the only format is "G" (or null).</content>
public readonly partial struct ActiveUsers : IFormattable, ISpanFormattable, ISpanParsable<ActiveUsers>
{
    /// <summary>The invariant form (see <see cref="ToString()"/>); the provider is ignored.</summary>
    /// <param name="format">Null, empty or "G".</param>
    /// <param name="formatProvider">Ignored: the form is invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        TextForm.CheckGeneral(format, nameof(ActiveUsers));
        return ToString();
    }

    /// <summary>Writes the invariant form.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written (0 when the destination is too small).</param>
    /// <param name="format">Empty or "G".</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>Whether the destination was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        TextForm.CheckGeneral(format, nameof(ActiveUsers));
        return TextForm.TryCopy(ToString(), destination, out charsWritten);
    }

    /// <summary>Reads the invariant form, <c>157000000 monthly active users, 2025-08-01..2025-08-31</c> (the users, the window's kind in the plural, ", ", the period).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not in that form; the message says why.</exception>
    public static ActiveUsers Parse(string s, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Reads the invariant form from characters, <c>157000000 monthly active users, 2025-08-01..2025-08-31</c> (the users, the window's kind in the plural, ", ", the period).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not in that form; the message says why.</exception>
    public static ActiveUsers Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        string? error = TryParseForm(s, out var result);
        return error is null ? result : throw new FormatException(error);
    }

    /// <summary>Reads the invariant form without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <param name="result">The value, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ActiveUsers result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseForm(s.AsSpan(), out result) is null;
    }

    /// <summary>Reads the invariant form from characters without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <param name="result">The value, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ActiveUsers result) => TryParseForm(s, out result) is null;

    private static string? TryParseForm(ReadOnlySpan<char> s, out ActiveUsers result)
    {
        result = default;
        int space = s.IndexOf(' ');
        int comma = s.LastIndexOf(", ", StringComparison.Ordinal);
        if (space < 0 || comma < space)
        {
            return $"'{s}' is not an active-users figure: expected e.g. \"157000000 monthly active users, 2025-08-01..2025-08-31\".";
        }

        if (!long.TryParse(s[..space], NumberStyles.None, CultureInfo.InvariantCulture, out long users))
        {
            return $"'{s[..space]}' is not a number of users: expected digits only.";
        }

        var words = s[(space + 1)..comma];
        ActivityWindow? window = null;
        foreach (var candidate in (ReadOnlySpan<ActivityWindow>)[ActivityWindow.Daily, ActivityWindow.Weekly, ActivityWindow.Monthly])
        {
            string name = KindOf(candidate).Name;
            if (words.Length == name.Length + 1 && words.StartsWith(name, StringComparison.Ordinal) && words[^1] == 's')
            {
                window = candidate;
            }
        }

        if (window is not ActivityWindow w)
        {
            return $"'{words}' is not a window: expected \"daily active users\", \"weekly active users\" or \"monthly active users\".";
        }

        if (!DateRange.TryParse(s[(comma + 2)..], null, out var period))
        {
            return $"'{s[(comma + 2)..]}' is not a period: expected yyyy-MM-dd..yyyy-MM-dd with the end on or after the start.";
        }

        result = new ActiveUsers(users, w, period.Start, period.End);
        return null;
    }
}
