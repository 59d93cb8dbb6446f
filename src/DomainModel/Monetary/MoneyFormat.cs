using System;
using DomainModel.Text;

namespace DomainModel;

/// <summary>The kinds of text <see cref="Money"/> formats to.</summary>
internal enum MoneyFormatKind
{
    /// <summary>Invariant code, space, amount as held.</summary>
    RoundTrip,

    /// <summary>Code, space, culture-formatted number.</summary>
    Code,

    /// <summary>Culture-formatted number alone.</summary>
    Number,
}

/// <summary>A parsed <see cref="Money"/> format string: R, G, C, Cn, N or Nn (upper or lower case).</summary>
internal readonly struct MoneyFormat
{
    private MoneyFormat(MoneyFormatKind kind, int? decimals)
    {
        Kind = kind;
        Decimals = decimals;
    }

    internal MoneyFormatKind Kind { get; }

    /// <summary>The decimals asked for (0–28), or null for the default.</summary>
    internal int? Decimals { get; }

    internal static MoneyFormat Parse(string? format) => Parse(format.AsSpan());

    internal static MoneyFormat Parse(ReadOnlySpan<char> format)
    {
        if (format.IsEmpty)
        {
            return new MoneyFormat(MoneyFormatKind.RoundTrip, null);
        }

        MoneyFormatKind kind;
        switch (format[0])
        {
            case 'R' or 'r' or 'G' or 'g' when format.Length == 1:
                return new MoneyFormat(MoneyFormatKind.RoundTrip, null);
            case 'C' or 'c':
                kind = MoneyFormatKind.Code;
                break;
            case 'N' or 'n':
                kind = MoneyFormatKind.Number;
                break;
            default:
                throw TextForm.UnknownFormat(format, MoneyTextErrors.UnknownFormat(format));
        }

        if (format.Length == 1)
        {
            return new MoneyFormat(kind, null);
        }

        var digits = format[1..];
        if (digits.Length <= 2 && char.IsAsciiDigit(digits[0]) && (digits.Length == 1 || char.IsAsciiDigit(digits[1])))
        {
            int decimals = digits.Length == 1 ? digits[0] - '0' : ((digits[0] - '0') * 10) + (digits[1] - '0');
            if (decimals <= 28)
            {
                return new MoneyFormat(kind, decimals);
            }
        }

        throw TextForm.UnknownFormat(format, MoneyTextErrors.UnknownFormat(format));
    }
}
