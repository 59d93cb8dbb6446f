using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel;

/// <content>The .NET text interfaces over the invariant round-trip form of <see cref="ToString()"/>, <c>USD 30000 per H200 GPU</c> (the price in Money's round-trip form, " per ", the kind):
/// <see cref="IFormattable"/>, <see cref="ISpanFormattable"/> and <see cref="ISpanParsable{TSelf}"/>. The form is fixed:
/// providers are ignored and the only format is "G" (or null).</content>
public readonly partial struct PricePerUnit : IFormattable, ISpanFormattable, ISpanParsable<PricePerUnit>
{
    /// <summary>The invariant form (see <see cref="ToString()"/>); the provider is ignored.</summary>
    /// <param name="format">Null, empty or "G".</param>
    /// <param name="formatProvider">Ignored: the form is invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        TextForm.CheckGeneral(format, nameof(PricePerUnit));
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
        TextForm.CheckGeneral(format, nameof(PricePerUnit));
        return TextForm.TryCopy(ToString(), destination, out charsWritten);
    }

    /// <summary>Reads the invariant form, <c>USD 30000 per H200 GPU</c> (the price in Money's round-trip form, " per ", the kind).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not in that form; the message says why.</exception>
    public static PricePerUnit Parse(string s, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Reads the invariant form from characters, <c>USD 30000 per H200 GPU</c> (the price in Money's round-trip form, " per ", the kind).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not in that form; the message says why.</exception>
    public static PricePerUnit Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        string? error = TryParseForm(s, out var result);
        return error is null ? result : throw new FormatException(error);
    }

    /// <summary>Reads the invariant form without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <param name="result">The value, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PricePerUnit result)
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
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PricePerUnit result) => TryParseForm(s, out result) is null;

    private static string? TryParseForm(ReadOnlySpan<char> s, out PricePerUnit result)
    {
        result = default;
        int separator = s.IndexOf(" per ", StringComparison.Ordinal);
        if (separator < 0)
        {
            return $"'{s}' is not a price per unit: expected the price, \" per \" and the kind, e.g. \"USD 30000 per H200 GPU\".";
        }

        if (!Money.TryParse(s[..separator], CultureInfo.InvariantCulture, out var price) || price.Amount < 0m)
        {
            return $"'{s[..separator]}' is not a price: expected money in its invariant form, zero or more, e.g. \"USD 30000\".";
        }

        if (!CountKind.TryCreate(s[(separator + 5)..].ToString(), out var kind))
        {
            return $"'{s[(separator + 5)..]}' is not a count kind: 1 to 100 characters, without leading or trailing white space or control characters.";
        }

        result = new PricePerUnit(price, kind);
        return null;
    }
}
