using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel.Text;
using DomainModel.Utility;

namespace DomainModel;

/// <content>The .NET text interfaces over the invariant form <c>yyyy-MM-dd..yyyy-MM-dd</c>: <see cref="IFormattable"/>,
/// <see cref="ISpanFormattable"/>, <see cref="IParsable{TSelf}"/> and <see cref="ISpanParsable{TSelf}"/>. The form is
/// fixed: providers are ignored and the only format is "G" (or null). This is the one place date ranges are parsed.</content>
public readonly partial struct DateRange : IFormattable, ISpanFormattable, ISpanParsable<DateRange>, IInvariantTextForm<DateRange>
{
    private const int FormLength = 22;

    /// <summary>The invariant form (see <see cref="ToString()"/>); the provider is ignored.</summary>
    /// <param name="format">Null, empty or "G".</param>
    /// <param name="formatProvider">Ignored: the form is invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="DomainModelFormatException"><paramref name="format"/> is another format (<see cref="ParseError.UnknownFormat"/>).</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => TextForm.Format(this, format, nameof(DateRange));

    /// <summary>Writes the invariant form (22 characters).</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written (0 when the destination is too small).</param>
    /// <param name="format">Empty or "G".</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>Whether the destination was large enough.</returns>
    /// <exception cref="DomainModelFormatException"><paramref name="format"/> is another format (<see cref="ParseError.UnknownFormat"/>).</exception>
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

    /// <summary>Reads the form written by <see cref="ToString()"/>: <c>yyyy-MM-dd..yyyy-MM-dd</c>, nothing else (no spaces).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not two ISO dates joined by <c>..</c>, or the end is before the start.</exception>
    public static DateRange Parse(string text) => TextForm.Parse<DateRange>(text);

    /// <summary>Reads <c>yyyy-MM-dd..yyyy-MM-dd</c> (see <see cref="Parse(string)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not two ISO dates joined by <c>..</c>, or the end is before the start.</exception>
    public static DateRange Parse(string s, IFormatProvider? provider) => TextForm.Parse<DateRange>(s);

    /// <summary>Reads <c>yyyy-MM-dd..yyyy-MM-dd</c> from characters.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The range.</returns>
    /// <exception cref="DomainModelFormatException">The text is not two ISO dates joined by <c>..</c>, or the end is before the start.</exception>
    public static DateRange Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => TextForm.Parse<DateRange>(s);

    /// <summary>Reads the form written by <see cref="ToString()"/> without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="range">The range, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was a valid range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DateRange range) => TextForm.TryParse(text, out range);

    /// <summary>Reads <c>yyyy-MM-dd..yyyy-MM-dd</c> without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <param name="result">The range, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was a valid range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DateRange result) => TextForm.TryParse(s, out result);

    /// <summary>Reads <c>yyyy-MM-dd..yyyy-MM-dd</c> from characters without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <param name="result">The range, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was a valid range.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DateRange result) => TextForm.TryParse(s, out result);

    /// <summary>The one parser of date ranges: two days joined by "..", the end on or after the start; never throws.</summary>
    static ParseResult<DateRange> IInvariantTextForm<DateRange>.ParseForm(ReadOnlySpan<char> s)
    {
        int separator = s.IndexOf(Separator.AsSpan(), StringComparison.Ordinal);
        if (separator < 0)
        {
            return DateTextErrors.NotRange(s);
        }

        int endStart = separator + Separator.Length;
        if (!DayText.TryParse(s[..separator], out var start))
        {
            return DateTextErrors.NotRangeDay(s, 0, separator);
        }

        if (!DayText.TryParse(s[endStart..], out var end))
        {
            return DateTextErrors.NotRangeDay(s, endStart, s.Length - endStart);
        }

        return end < start ? DateTextErrors.RangeEndsBeforeStart(s, endStart) : ParseResult<DateRange>.ForValue(Trusted(start, end));
    }
}
