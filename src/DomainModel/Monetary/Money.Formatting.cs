using System;
using System.Globalization;
using System.Text.Json.Serialization;
using DomainModel.Text;

namespace DomainModel;

/// <content>Text output: the invariant round-trip form and culture-formatted forms (see <see cref="ToString(string?, IFormatProvider?)"/>).</content>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly partial struct Money : IFormattable, ISpanFormattable, IUtf8SpanFormattable
{
    // Longest culture form: an 8-character code, a space, 29 digits with up to 9 group separators of a few
    // characters each, a sign of up to 3 characters, a decimal separator and 28 decimals.
    private const int StackFormatLength = 160;

    /// <summary>
    /// The invariant, round-trippable text: the code, one space, the amount exactly as held, scale included
    /// (<c>CNY 160000000000</c>, <c>USD -0.50</c>, <c>USD 1.0</c>). Never depends on any culture;
    /// <see cref="Parse(string, IFormatProvider?)"/> reads it back to an identical value.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[StackFormatLength];
        bool written = TryFormatRoundTrip(buffer, out int length);
        System.Diagnostics.Debug.Assert(written, "The round-trip form always fits the stack buffer.");
        return new string(buffer[..length]);
    }

    /// <summary>Formats with one of the formats of <see cref="ToString(string?, IFormatProvider?)"/>, invariantly.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    /// <exception cref="DomainModelFormatException">The format is not one of those listed (<see cref="ParseError.UnknownFormat"/>).</exception>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>
    /// Formats the amount. Formats (upper or lower case):
    /// <list type="table">
    /// <item><term><c>R</c>, <c>G</c>, <c>null</c> or empty</term><description>the round-trip form of <see cref="ToString()"/>
    /// (<c>USD 20000</c>); always invariant: the provider is ignored, so logs and interpolated strings never change
    /// with a culture.</description></item>
    /// <item><term><c>C</c></term><description>the code, one space (U+0020) and the amount with the provider's group and
    /// decimal separators and negative sign, with as many decimals as the currency's minor units or, if the amount has
    /// more, as the amount has, so nothing is rounded away: USD 20000 with it-IT is <c>USD 20.000,00</c>, with en-US
    /// <c>USD 20,000.00</c>; CNY 160000000000 with it-IT is <c>CNY 160.000.000.000,00</c>. Parses back with the same
    /// provider to an equal amount.</description></item>
    /// <item><term><c>C0</c> to <c>C28</c></term><description>the same with exactly that many decimals, rounded half away
    /// from zero (display only: this rounds).</description></item>
    /// <item><term><c>N</c>, <c>N0</c> to <c>N28</c></term><description>the number alone, as for <c>C</c>
    /// (<c>20.000,00</c>).</description></item>
    /// </list>
    /// A <see langword="null"/> provider means the invariant culture (<c>USD 20,000.00</c>); the current culture is never read.
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">The culture (or <see cref="NumberFormatInfo"/>) for <c>C</c> and <c>N</c>; <see langword="null"/> for invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="DomainModelFormatException">The format is not one of those listed (<see cref="ParseError.UnknownFormat"/>).</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var spec = MoneyFormat.Parse(format);
        if (spec.Kind == MoneyFormatKind.RoundTrip)
        {
            return ToString();
        }

        Span<char> buffer = stackalloc char[StackFormatLength];
        if (TryFormatCulture(buffer, out int length, spec, formatProvider))
        {
            return new string(buffer[..length]);
        }

        // Only a provider with unusually long separators gets here.
        char[] heap = new char[StackFormatLength * 8];
        bool written = TryFormatCulture(heap, out length, spec, formatProvider);
        System.Diagnostics.Debug.Assert(written, "The heap buffer fits any NumberFormatInfo.");
        return new string(heap, 0, length);
    }

    /// <summary>Formats into a span of characters (see <see cref="ToString(string?, IFormatProvider?)"/> for the formats).
    /// The round-trip form allocates nothing.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written (0 when the span is too small).</param>
    /// <param name="format">The format.</param>
    /// <param name="provider">The culture for <c>C</c> and <c>N</c>; <see langword="null"/> for invariant.</param>
    /// <returns>Whether the text fitted.</returns>
    /// <exception cref="DomainModelFormatException">The format is not one of those listed (<see cref="ParseError.UnknownFormat"/>).</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var spec = MoneyFormat.Parse(format);
        return spec.Kind == MoneyFormatKind.RoundTrip
            ? TryFormatRoundTrip(destination, out charsWritten)
            : TryFormatCulture(destination, out charsWritten, spec, provider);
    }

    /// <summary>Formats as UTF-8 (see <see cref="ToString(string?, IFormatProvider?)"/> for the formats). The round-trip form allocates nothing.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written (0 when the span is too small).</param>
    /// <param name="format">The format.</param>
    /// <param name="provider">The culture for <c>C</c> and <c>N</c>; <see langword="null"/> for invariant.</param>
    /// <returns>Whether the text fitted.</returns>
    /// <exception cref="DomainModelFormatException">The format is not one of those listed (<see cref="ParseError.UnknownFormat"/>).</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var spec = MoneyFormat.Parse(format);
        bool withCode = spec.Kind != MoneyFormatKind.Number;
        int prefix = 0;
        if (withCode)
        {
            // Codes are ASCII (ISO codes and custom codes are validated as A-Z and 0-9), so each char is one byte.
            string code = _currency.Code;
            if (utf8Destination.Length < code.Length + 1)
            {
                bytesWritten = 0;
                return false;
            }

            for (int i = 0; i < code.Length; i++)
            {
                utf8Destination[i] = (byte)code[i];
            }

            utf8Destination[code.Length] = (byte)' ';
            prefix = code.Length + 1;
        }

        bool ok = spec.Kind == MoneyFormatKind.RoundTrip
            ? _amount.TryFormat(utf8Destination[prefix..], out int numberBytes, default, NumberFormatInfo.InvariantInfo)
            : TryFormatNumber(utf8Destination[prefix..], out numberBytes, spec, provider);
        bytesWritten = ok ? prefix + numberBytes : 0;
        return ok;
    }

    private bool TryFormatRoundTrip(Span<char> destination, out int charsWritten)
    {
        string code = _currency.Code;
        if (destination.Length > code.Length
            && code.TryCopyTo(destination)
            && _amount.TryFormat(destination[(code.Length + 1)..], out int numberChars, default, NumberFormatInfo.InvariantInfo))
        {
            destination[code.Length] = ' ';
            charsWritten = code.Length + 1 + numberChars;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    private bool TryFormatCulture(Span<char> destination, out int charsWritten, MoneyFormat spec, IFormatProvider? provider)
    {
        int prefix = 0;
        if (spec.Kind == MoneyFormatKind.Code)
        {
            string code = _currency.Code;
            if (destination.Length <= code.Length || !code.TryCopyTo(destination))
            {
                charsWritten = 0;
                return false;
            }

            destination[code.Length] = ' ';
            prefix = code.Length + 1;
        }

        Span<char> numberFormat = stackalloc char[3];
        var info = MoneyText.NumberFormat(provider);
        if (_amount.TryFormat(destination[prefix..], out int numberChars, NumberFormatFor(spec, numberFormat), info))
        {
            charsWritten = prefix + numberChars;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    private bool TryFormatNumber(Span<byte> destination, out int bytesWritten, MoneyFormat spec, IFormatProvider? provider)
    {
        Span<char> numberFormat = stackalloc char[3];
        return _amount.TryFormat(destination, out bytesWritten, NumberFormatFor(spec, numberFormat), MoneyText.NumberFormat(provider));
    }

    /// <summary>"N" and the number of decimals: the one asked for, else the currency's minor units or the amount's scale if larger.</summary>
    private ReadOnlySpan<char> NumberFormatFor(MoneyFormat spec, Span<char> buffer)
    {
        int decimals = spec.Decimals ?? Math.Max(_currency.MinorUnits ?? 0, _amount.Scale);
        buffer[0] = 'N';
        if (decimals < 10)
        {
            buffer[1] = (char)('0' + decimals);
            return buffer[..2];
        }

        buffer[1] = (char)('0' + (decimals / 10));
        buffer[2] = (char)('0' + (decimals % 10));
        return buffer;
    }
}
