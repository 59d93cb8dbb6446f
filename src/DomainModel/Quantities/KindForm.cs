using System;
using DomainModel.Text;

namespace DomainModel;

/// <summary>
/// The one reader of the forms "amount, separator, kind": <see cref="UnitCount"/> (<c>40000 × H200 GPU</c>) and
/// <see cref="PricePerUnit"/> (<c>USD 30000 per H200 GPU</c>). Never throws.
/// </summary>
internal static class KindForm
{
    /// <summary>Reads the amount before the separator; never throws.</summary>
    internal delegate bool AmountReader<T>(ReadOnlySpan<char> text, out T amount);

    /// <summary>The failure for a whole text that has no separator.</summary>
    internal delegate ParseFailure FormFailure(ReadOnlySpan<char> text);

    /// <summary>The failure for an amount that does not read, at <c>start</c> for <c>length</c> characters.</summary>
    internal delegate ParseFailure AmountFailure(ReadOnlySpan<char> text, int start, int length);

    internal static ParseResult<(T Amount, CountKind Kind)> Parse<T>(
        ReadOnlySpan<char> s, string separator, AmountReader<T> readAmount, FormFailure notForm, AmountFailure notAmount)
    {
        int at = s.IndexOf(separator, StringComparison.Ordinal);
        if (at < 0)
        {
            return notForm(s);
        }

        if (!readAmount(s[..at], out var amount))
        {
            return notAmount(s, 0, at);
        }

        int kindStart = at + separator.Length;
        if (!CountKind.TryCreate(s[kindStart..].ToString(), out var kind))
        {
            return QuantityTextErrors.NotKind(s, kindStart);
        }

        return ParseResult<(T, CountKind)>.ForValue((amount, kind));
    }
}
