using System;
using DomainModel.Text;
using DomainModel.Utility;

namespace DomainModel;

/// <content>The span-based text interfaces, <see cref="ISpanFormattable"/> and <see cref="ISpanParsable{TSelf}"/>, over
/// the same forms as <see cref="ToString(string?, IFormatProvider?)"/> and <see cref="Parse(string, IFormatProvider?)"/>.</content>
public readonly partial struct TokenVolume : ISpanFormattable, ISpanParsable<TokenVolume>
{
    /// <summary>Writes the volume as <see cref="ToString(string?, IFormatProvider?)"/> does ("50 T tokens").</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written (0 when the destination is too small).</param>
    /// <param name="format">The format (empty for the round-trip form).</param>
    /// <param name="provider">The number format, or null for invariant.</param>
    /// <returns>Whether the destination was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TextForm.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>Parses a volume from characters (see <see cref="Parse(string, IFormatProvider?)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The number format, or null for invariant.</param>
    /// <returns>The volume, in the unit written.</returns>
    /// <exception cref="DomainModelFormatException">The text is not a number and a token unit, or not a whole, non-negative number of tokens in range.</exception>
    public static TokenVolume Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);

    /// <summary>Tries to parse a volume from characters; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The number format, or null for invariant.</param>
    /// <param name="result">The volume, or zero on failure.</param>
    /// <returns>Whether the text was a valid volume.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TokenVolume result) => TryParse(s.ToString(), provider, out result);
}
