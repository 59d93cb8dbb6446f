using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel.Text;
using DomainModel.Utility;

namespace DomainModel;

/// <content>The .NET text interfaces over the invariant round-trip form of <see cref="ToString()"/>, <c>USD 30000 per H200 GPU</c> (the price in Money's round-trip form, " per ", the kind):
/// <see cref="IFormattable"/>, <see cref="ISpanFormattable"/> and <see cref="ISpanParsable{TSelf}"/>, one line each over
/// <see cref="TextForm"/>. The form is fixed: providers are ignored and the only format is "G" (or null).</content>
public readonly partial struct PricePerUnit : IFormattable, ISpanFormattable, ISpanParsable<PricePerUnit>, IInvariantTextForm<PricePerUnit>
{
    /// <summary>The invariant form (see <see cref="ToString()"/>); the provider is ignored.</summary>
    /// <param name="format">Null, empty or "G".</param>
    /// <param name="formatProvider">Ignored: the form is invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="DomainModelFormatException"><paramref name="format"/> is another format (<see cref="ParseError.UnknownFormat"/>).</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => TextForm.Format(this, format, nameof(PricePerUnit));

    /// <summary>Writes the invariant form.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written (0 when the destination is too small).</param>
    /// <param name="format">Empty or "G".</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>Whether the destination was large enough.</returns>
    /// <exception cref="DomainModelFormatException"><paramref name="format"/> is another format (<see cref="ParseError.UnknownFormat"/>).</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TextForm.TryFormat(this, destination, out charsWritten, format, nameof(PricePerUnit));

    /// <summary>Reads the invariant form, <c>USD 30000 per H200 GPU</c> (the price in Money's round-trip form, " per ", the kind).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not in that form; the message says why.</exception>
    public static PricePerUnit Parse(string s, IFormatProvider? provider) => TextForm.Parse<PricePerUnit>(s);

    /// <summary>Reads the invariant form from characters, <c>USD 30000 per H200 GPU</c> (the price in Money's round-trip form, " per ", the kind).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <returns>The value.</returns>
    /// <exception cref="DomainModelFormatException">The text is not in that form; the message says why.</exception>
    public static PricePerUnit Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => TextForm.Parse<PricePerUnit>(s);

    /// <summary>Reads the invariant form without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <param name="result">The value, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PricePerUnit result) => TextForm.TryParse(s, out result);

    /// <summary>Reads the invariant form from characters without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <param name="result">The value, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PricePerUnit result) => TextForm.TryParse(s, out result);

    /// <inheritdoc />
    static ParseResult<PricePerUnit> IInvariantTextForm<PricePerUnit>.ParseForm(ReadOnlySpan<char> s)
    {
        var read = KindForm.Parse<Money>(s, " per ", ReadPrice, QuantityTextErrors.NotPricePerUnit, QuantityTextErrors.NotPrice);
        return read.TryGetValue(out var parts) ? ParseResult<PricePerUnit>.ForValue(new PricePerUnit(parts.Amount, parts.Kind)) : read.Failure;
    }

    private static bool ReadPrice(ReadOnlySpan<char> text, out Money price) =>
        Money.TryParse(text, CultureInfo.InvariantCulture, out price) && price.Amount >= 0m;
}
