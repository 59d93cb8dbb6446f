using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel;

/// <content>The .NET text interfaces over the invariant round-trip form of <see cref="ToString()"/>, <c>40000 × H200 GPU</c> (the count, " × ", the kind):
/// <see cref="IFormattable"/>, <see cref="ISpanFormattable"/> and <see cref="ISpanParsable{TSelf}"/>. The form is fixed:
/// providers are ignored and the only format is "G" (or null).</content>
public readonly partial struct UnitCount : IFormattable, ISpanFormattable, ISpanParsable<UnitCount>
{
    /// <summary>The invariant form (see <see cref="ToString()"/>); the provider is ignored.</summary>
    /// <param name="format">Null, empty or "G".</param>
    /// <param name="formatProvider">Ignored: the form is invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        TextForm.CheckGeneral(format, nameof(UnitCount));
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
        TextForm.CheckGeneral(format, nameof(UnitCount));
        return TextForm.TryCopy(ToString(), destination, out charsWritten);
    }

    /// <summary>Reads the invariant form, <c>40000 × H200 GPU</c> (the count, " × ", the kind).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not in that form; the message says why.</exception>
    public static UnitCount Parse(string s, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Reads the invariant form from characters, <c>40000 × H200 GPU</c> (the count, " × ", the kind).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not in that form; the message says why.</exception>
    public static UnitCount Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        string? error = TryParseForm(s, out var result);
        return error is null ? result : throw new FormatException(error);
    }

    /// <summary>Reads the invariant form without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <param name="result">The value, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out UnitCount result)
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
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out UnitCount result) => TryParseForm(s, out result) is null;

    private static string? TryParseForm(ReadOnlySpan<char> s, out UnitCount result)
    {
        result = default;
        int separator = s.IndexOf(" × ", StringComparison.Ordinal);
        if (separator < 0)
        {
            return $"'{s}' is not a unit count: expected the count, \" × \" and the kind, e.g. \"40000 × H200 GPU\".";
        }

        if (!long.TryParse(s[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out long count))
        {
            return $"'{s[..separator]}' is not a count: expected digits only (0 to 9223372036854775807), e.g. \"40000 × H200 GPU\".";
        }

        if (!CountKind.TryCreate(s[(separator + 3)..].ToString(), out var kind))
        {
            return $"'{s[(separator + 3)..]}' is not a count kind: 1 to 100 characters, without leading or trailing white space or control characters.";
        }

        result = new UnitCount(count, kind);
        return null;
    }
}
