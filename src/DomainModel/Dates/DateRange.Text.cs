using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel.Utility;

namespace DomainModel;

/// <content>The .NET text interfaces over the invariant form <c>yyyy-MM-dd..yyyy-MM-dd</c>: <see cref="IFormattable"/>,
/// <see cref="ISpanFormattable"/>, <see cref="IParsable{TSelf}"/> and <see cref="ISpanParsable{TSelf}"/>. The form is
/// fixed: providers are ignored and the only format is "G" (or null).</content>
public readonly partial struct DateRange : IFormattable, ISpanFormattable, ISpanParsable<DateRange>
{
    private const int FormLength = 22;

    /// <summary>The invariant form (see <see cref="ToString()"/>); the provider is ignored.</summary>
    /// <param name="format">Null, empty or "G".</param>
    /// <param name="formatProvider">Ignored: the form is invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        TextForm.CheckGeneral(format, nameof(DateRange));
        return ToString();
    }

    /// <summary>Writes the invariant form (22 characters).</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written (0 when the destination is too small).</param>
    /// <param name="format">Empty or "G".</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>Whether the destination was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        TextForm.CheckGeneral(format, nameof(DateRange));
        charsWritten = 0;
        if (destination.Length < FormLength)
        {
            return false;
        }

        bool written = _start.TryFormat(destination, out int first, DateFormat, CultureInfo.InvariantCulture);
        Separator.AsSpan().CopyTo(destination[first..]);
        written &= _end.TryFormat(destination[(first + Separator.Length)..], out int second, DateFormat, CultureInfo.InvariantCulture);
        System.Diagnostics.Debug.Assert(written, "22 characters hold any range.");
        charsWritten = first + Separator.Length + second;
        return true;
    }

    /// <summary>Reads <c>yyyy-MM-dd..yyyy-MM-dd</c> (see <see cref="Parse(string)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not two ISO dates joined by <c>..</c>, or the end is before the start.</exception>
    public static DateRange Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Reads <c>yyyy-MM-dd..yyyy-MM-dd</c> from characters.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The range.</returns>
    /// <exception cref="FormatException">The text is not two ISO dates joined by <c>..</c>, or the end is before the start.</exception>
    public static DateRange Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParseSpan(s, out var range)
            ? range
            : throw new FormatException($"'{s}' is not a date range: expected yyyy-MM-dd..yyyy-MM-dd with the end on or after the start, e.g. 2024-07-01..2025-06-30.");

    /// <summary>Reads <c>yyyy-MM-dd..yyyy-MM-dd</c> without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <param name="result">The range, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was a valid range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DateRange result) => TryParse(s, out result);

    /// <summary>Reads <c>yyyy-MM-dd..yyyy-MM-dd</c> from characters without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <param name="result">The range, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was a valid range.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DateRange result) => TryParseSpan(s, out result);

    private static bool TryParseSpan(ReadOnlySpan<char> s, out DateRange range)
    {
        range = default;
        int separator = s.IndexOf(Separator.AsSpan(), StringComparison.Ordinal);
        if (separator < 0
            || !DateOnly.TryParseExact(s[..separator], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(s[(separator + Separator.Length)..], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            || end < start)
        {
            return false;
        }

        range = new DateRange(start, end, trusted: true);
        return true;
    }
}
