using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel.Text;
using DomainModel.Utility;

namespace DomainModel;

/// <content>The .NET text interfaces over the invariant round-trip form of <see cref="ToString()"/>, <c>157000000 monthly active users, 2025-08-01..2025-08-31</c> (the users, the window's kind in the plural, ", ", the period):
/// <see cref="IFormattable"/>, <see cref="ISpanFormattable"/> and <see cref="ISpanParsable{TSelf}"/>, one line each over
/// <see cref="TextForm"/>. The form is fixed: providers are ignored and the only format is "G" (or null).</content>
public readonly partial struct ActiveUsers : IFormattable, ISpanFormattable, ISpanParsable<ActiveUsers>, IInvariantTextForm<ActiveUsers>
{
    /// <summary>The invariant form (see <see cref="ToString()"/>); the provider is ignored.</summary>
    /// <param name="format">Null, empty or "G".</param>
    /// <param name="formatProvider">Ignored: the form is invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="DomainModelFormatException"><paramref name="format"/> is another format (<see cref="ParseError.UnknownFormat"/>).</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => TextForm.Format(this, format, nameof(ActiveUsers));

    /// <summary>Writes the invariant form.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written (0 when the destination is too small).</param>
    /// <param name="format">Empty or "G".</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>Whether the destination was large enough.</returns>
    /// <exception cref="DomainModelFormatException"><paramref name="format"/> is another format (<see cref="ParseError.UnknownFormat"/>).</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TextForm.TryFormat(this, destination, out charsWritten, format, nameof(ActiveUsers));

    /// <summary>Reads the invariant form, <c>157000000 monthly active users, 2025-08-01..2025-08-31</c> (the users, the window's kind in the plural, ", ", the period).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not in that form; the message says why.</exception>
    public static ActiveUsers Parse(string s, IFormatProvider? provider) => TextForm.Parse<ActiveUsers>(s);

    /// <summary>Reads the invariant form from characters, <c>157000000 monthly active users, 2025-08-01..2025-08-31</c> (the users, the window's kind in the plural, ", ", the period).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The value.</returns>
    /// <exception cref="DomainModelFormatException">The text is not in that form; the message says why.</exception>
    public static ActiveUsers Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => TextForm.Parse<ActiveUsers>(s);

    /// <summary>Reads the invariant form without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <param name="result">The value, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ActiveUsers result) => TextForm.TryParse(s, out result);

    /// <summary>Reads the invariant form from characters without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <param name="result">The value, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ActiveUsers result) => TextForm.TryParse(s, out result);

    /// <inheritdoc />
    static ParseResult<ActiveUsers> IInvariantTextForm<ActiveUsers>.ParseForm(ReadOnlySpan<char> s)
    {
        int space = s.IndexOf(' ');
        int comma = s.LastIndexOf(", ", StringComparison.Ordinal);
        if (space < 0 || comma < space)
        {
            return QuantityTextErrors.NotActiveUsers(s);
        }

        if (!long.TryParse(s[..space], NumberStyles.None, CultureInfo.InvariantCulture, out long users))
        {
            return QuantityTextErrors.NotUsers(s, 0, space);
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
            return QuantityTextErrors.NotWindow(s, space + 1, words.Length);
        }

        if (!DateRange.TryParse(s[(comma + 2)..], null, out var period))
        {
            return QuantityTextErrors.NotPeriod(s, comma + 2);
        }

        return ParseResult<ActiveUsers>.ForValue(new ActiveUsers(users, w, period.Start, period.End));
    }
}
