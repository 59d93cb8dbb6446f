using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using DomainModel.Text;
using DomainModel.Utility;
using DomainModel;

namespace DomainModel;

/// <content>
/// Text input. One non-throwing core (<see cref="ParseCore"/>) returns a <see cref="ParseResult{T}"/> whose failure is
/// a <see cref="ParseError"/> and the part of the text at fault; <c>Parse</c> throws the
/// <see cref="DomainModelFormatException"/> for it with the message from <see cref="MoneyTextErrors"/> (written only
/// then: a failed <c>TryParse</c> allocates nothing); <c>TryParse</c> returns <see langword="false"/>.
/// </content>
public readonly partial struct Money : IParsable<Money>, ISpanParsable<Money>, IUtf8SpanParsable<Money>
{
    private const NumberStyles AmountStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands;

    // Up to this many UTF-8 bytes are decoded on the stack.
    private const int StackParseLength = 256;

    /// <summary>Parses money written invariantly, e.g. the round-trip form <c>CNY 160000000000</c> (see <see cref="Parse(string, IFormatProvider?, MoneyParseOptions)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not money; the message says what is wrong.</exception>
    public static Money Parse(string s) => Parse(s, null, MoneyParseOptions.Default);

    /// <summary>Parses money, with numbers in the provider's format (see <see cref="Parse(string, IFormatProvider?, MoneyParseOptions)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number (and of the symbol); <see langword="null"/> for invariant.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not money; the message says what is wrong.</exception>
    public static Money Parse(string s, IFormatProvider? provider) => Parse(s, provider, MoneyParseOptions.Default);

    /// <summary>Parses money expected to be in <paramref name="expectedCurrency"/>: <c>$ 20.000</c> with it-IT and USD is 20000 USD
    /// (see <see cref="MoneyParseOptions.ExpectedCurrency"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number; <see langword="null"/> for invariant.</param>
    /// <param name="expectedCurrency">The currency the amount is in.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not money, or names another currency.</exception>
    public static Money Parse(string s, IFormatProvider? provider, Currency expectedCurrency) =>
        Parse(s, provider, MoneyParseOptions.For(expectedCurrency));

    /// <summary>Parses money whose code may be a custom currency of <paramref name="catalog"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number; <see langword="null"/> for invariant.</param>
    /// <param name="catalog">The catalog to look codes up in; <see langword="null"/> for ISO 4217 alone.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not money; the message says what is wrong.</exception>
    public static Money Parse(string s, IFormatProvider? provider, CurrencyCatalog? catalog) =>
        Parse(s, provider, MoneyParseOptions.Default.WithCatalog(catalog ?? CurrencyCatalog.Iso4217));

    /// <summary>
    /// Parses money. Accepted, after leading and trailing white space (any <see cref="char.IsWhiteSpace(char)"/>,
    /// no-break spaces included) is ignored:
    /// <list type="bullet">
    /// <item><description>a code before or after the number, separated from it by at least one white space:
    /// <c>CNY 160000000000</c>, <c>160000000000 CNY</c>, <c>USD -0.50</c>; codes are case-sensitive (<c>usd</c> is refused);
    /// custom codes are looked up in <see cref="MoneyParseOptions.Catalog"/>;</description></item>
    /// <item><description>a symbol before or after the number, with or without white space: <c>€20</c>, <c>20 €</c>,
    /// <c>US$ 5</c>; a minus sign may precede a leading code or symbol (<c>-€5</c>). Unambiguous symbols (used by one current
    /// ISO currency: € ₹ ₪ ₫ ₺ ₴ ₽ ₦ ₸ ₼ ₾ ₭ ₮ ₲ ₵ ₱ ฿ US$ HK$ NZ$ A$ S$ R$ NT$ zł Kč Ft) always parse. Ambiguous ones
    /// (<c>$</c>, <c>¥</c>, <c>£</c>, <c>₩</c>, <c>kr</c>, <c>Fr.</c>, <c>Rs</c>, <c>C$</c>, …) are refused unless
    /// <see cref="MoneyParseOptions.ExpectedCurrency"/> is one of the currencies written with them, or the provider is a
    /// specific culture whose region's currency (<see cref="RegionInfo.ISOCurrencySymbol"/>) is: en-US makes <c>$</c> USD,
    /// zh-CN makes <c>¥</c> CNY, ja-JP makes it JPY. The culture's own currency symbol also resolves to its region's currency;</description></item>
    /// <item><description>a bare number only when an expected currency is given.</description></item>
    /// </list>
    /// The number has an optional leading sign, group separators and a decimal separator, all of the provider
    /// (invariant when <see langword="null"/>: <c>20,000.50</c>; it-IT: <c>20.000,50</c>); no exponent; its scale is kept
    /// (<c>USD 1.50</c> stays 1.50). Group separators must separate groups of the provider's sizes (three, or lakh and
    /// crore groups: <c>₹ 1,00,000</c>): <c>€ 1,50</c> and <c>USD 1,2,3</c> are refused under the invariant culture
    /// (<see cref="ParseError.MisplacedGroupSeparator"/>), never read as 150 or 123. A number with more significant
    /// digits than decimal holds is refused (<see cref="ParseError.TooPrecise"/>), never rounded. The current culture is never read.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number and symbol; <see langword="null"/> for invariant.</param>
    /// <param name="options">Catalog and expected currency; <see langword="null"/> for <see cref="MoneyParseOptions.Default"/>.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not money; the message says what is wrong.</exception>
    public static Money Parse(string s, IFormatProvider? provider, MoneyParseOptions? options)
    {
        Utility.Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), provider, options);
    }

    /// <summary>Parses money from characters (see <see cref="Parse(string, IFormatProvider?, MoneyParseOptions)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number and symbol; <see langword="null"/> for invariant.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="DomainModelFormatException">The text is not money; the message says what is wrong.</exception>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, provider, MoneyParseOptions.Default);

    /// <summary>Parses money from characters (see <see cref="Parse(string, IFormatProvider?, MoneyParseOptions)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number and symbol; <see langword="null"/> for invariant.</param>
    /// <param name="options">Catalog and expected currency; <see langword="null"/> for <see cref="MoneyParseOptions.Default"/>.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="DomainModelFormatException">The text is not money; the message says what is wrong.</exception>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider, MoneyParseOptions? options)
    {
        options ??= MoneyParseOptions.Default;
        var parsed = ParseCore(s, provider, options);
        return parsed.TryGetValue(out var result) ? result : throw MoneyTextErrors.Exception(parsed.Failure, s, provider, options);
    }

    /// <summary>Parses money from UTF-8 text (see <see cref="Parse(string, IFormatProvider?, MoneyParseOptions)"/>).</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="provider">The culture of the number and symbol; <see langword="null"/> for invariant.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="DomainModelFormatException">The text is not valid UTF-8 or not money.</exception>
    public static Money Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) => Parse(utf8Text, provider, MoneyParseOptions.Default);

    /// <summary>Parses money from UTF-8 text (see <see cref="Parse(string, IFormatProvider?, MoneyParseOptions)"/>).</summary>
    /// <param name="utf8Text">The UTF-8 text.</param>
    /// <param name="provider">The culture of the number and symbol; <see langword="null"/> for invariant.</param>
    /// <param name="options">Catalog and expected currency; <see langword="null"/> for <see cref="MoneyParseOptions.Default"/>.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="DomainModelFormatException">The text is not valid UTF-8 or not money.</exception>
    public static Money Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, MoneyParseOptions? options)
    {
        options ??= MoneyParseOptions.Default;
        if (TryParseRoundTrip(utf8Text, provider, options, out var result))
        {
            return result;
        }

        if (TryParseUtf8(utf8Text, provider, options, out result) is var error and not ParseError.None)
        {
            string text = Encoding.UTF8.GetString(utf8Text);
            if (error == ParseError.InvalidUtf8)
            {
                throw new ParseFailure(ParseError.InvalidUtf8, MoneyTextErrors.InvalidUtf8(text)).ToException(text);
            }

            // Parse the decoded text again to get the offending token for the message.
            throw MoneyTextErrors.Exception(ParseCore(text, provider, options).Failure, text, provider, options);
        }

        return result;
    }

    /// <summary>Parses money written invariantly, without throwing.</summary>
    /// <param name="s">The text; null gives <see langword="false"/>.</param>
    /// <param name="result">The amount, or <c>default</c>.</param>
    /// <returns>Whether the text is money.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Money result) => TryParse(s, null, MoneyParseOptions.Default, out result);

    /// <summary>Parses money without throwing (see <see cref="Parse(string, IFormatProvider?, MoneyParseOptions)"/>).</summary>
    /// <param name="s">The text; null gives <see langword="false"/>.</param>
    /// <param name="provider">The culture of the number and symbol; <see langword="null"/> for invariant.</param>
    /// <param name="result">The amount, or <c>default</c>.</param>
    /// <returns>Whether the text is money.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) =>
        TryParse(s, provider, MoneyParseOptions.Default, out result);

    /// <summary>Parses money expected to be in <paramref name="expectedCurrency"/>, without throwing.</summary>
    /// <param name="s">The text; null gives <see langword="false"/>.</param>
    /// <param name="provider">The culture of the number; <see langword="null"/> for invariant.</param>
    /// <param name="expectedCurrency">The currency the amount is in.</param>
    /// <param name="result">The amount, or <c>default</c>.</param>
    /// <returns>Whether the text is money in that currency.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, Currency expectedCurrency, out Money result) =>
        TryParse(s, provider, MoneyParseOptions.For(expectedCurrency), out result);

    /// <summary>Parses money whose code may be a custom currency of <paramref name="catalog"/>, without throwing.</summary>
    /// <param name="s">The text; null gives <see langword="false"/>.</param>
    /// <param name="provider">The culture of the number; <see langword="null"/> for invariant.</param>
    /// <param name="catalog">The catalog to look codes up in; <see langword="null"/> for ISO 4217 alone.</param>
    /// <param name="result">The amount, or <c>default</c>.</param>
    /// <returns>Whether the text is money.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, CurrencyCatalog? catalog, out Money result) =>
        TryParse(s, provider, MoneyParseOptions.Default.WithCatalog(catalog ?? CurrencyCatalog.Iso4217), out result);

    /// <summary>Parses money without throwing (see <see cref="Parse(string, IFormatProvider?, MoneyParseOptions)"/>).</summary>
    /// <param name="s">The text; null gives <see langword="false"/>.</param>
    /// <param name="provider">The culture of the number and symbol; <see langword="null"/> for invariant.</param>
    /// <param name="options">Catalog and expected currency; <see langword="null"/> for <see cref="MoneyParseOptions.Default"/>.</param>
    /// <param name="result">The amount, or <c>default</c>.</param>
    /// <returns>Whether the text is money.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, MoneyParseOptions? options, out Money result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, options, out result);
    }

    /// <summary>Parses money from characters without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number and symbol; <see langword="null"/> for invariant.</param>
    /// <param name="result">The amount, or <c>default</c>.</param>
    /// <returns>Whether the text is money.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) =>
        TryParse(s, provider, MoneyParseOptions.Default, out result);

    /// <summary>Parses money from characters without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number and symbol; <see langword="null"/> for invariant.</param>
    /// <param name="options">Catalog and expected currency; <see langword="null"/> for <see cref="MoneyParseOptions.Default"/>.</param>
    /// <param name="result">The amount, or <c>default</c>.</param>
    /// <returns>Whether the text is money.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, MoneyParseOptions? options, out Money result)
    {
        return ParseCore(s, provider, options ?? MoneyParseOptions.Default).TryGetValue(out result);
    }

    /// <summary>Parses money from UTF-8 text without throwing.</summary>
    /// <param name="utf8Text">The UTF-8 text; invalid UTF-8 gives <see langword="false"/>.</param>
    /// <param name="provider">The culture of the number and symbol; <see langword="null"/> for invariant.</param>
    /// <param name="result">The amount, or <c>default</c>.</param>
    /// <returns>Whether the text is money.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out Money result) =>
        TryParse(utf8Text, provider, MoneyParseOptions.Default, out result);

    /// <summary>Parses money from UTF-8 text without throwing.</summary>
    /// <param name="utf8Text">The UTF-8 text; invalid UTF-8 gives <see langword="false"/>.</param>
    /// <param name="provider">The culture of the number and symbol; <see langword="null"/> for invariant.</param>
    /// <param name="options">Catalog and expected currency; <see langword="null"/> for <see cref="MoneyParseOptions.Default"/>.</param>
    /// <param name="result">The amount, or <c>default</c>.</param>
    /// <returns>Whether the text is money.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, MoneyParseOptions? options, out Money result)
    {
        options ??= MoneyParseOptions.Default;
        return TryParseRoundTrip(utf8Text, provider, options, out result)
            || TryParseUtf8(utf8Text, provider, options, out result) == ParseError.None;
    }

    // ---- The core -------------------------------------------------------------------------------------------

    // Digits the round-trip fast path reads into a 64-bit mantissa: 10^19 - 1 < 2^64.
    private const int FastPathDigits = PlainDecimal.MaxDigits;

    /// <summary>
    /// The fast path for the invariant round-trip form, <c>CNY 160000000000.25</c>: three upper-case ASCII letters of a
    /// code the catalog knows, one space, an optional '-', digits and optionally a '.' and more digits, 19 digits at most,
    /// under the invariant culture. Builds the decimal from the digits (exact: 19 digits always fit, the scale is the
    /// number of fraction digits written, as <see cref="decimal.TryParse(string, NumberStyles, IFormatProvider, out decimal)"/>
    /// keeps it). Anything else, and every failure, returns <see langword="false"/> and is left to
    /// <see cref="TryParseCore"/>, so the result is always the general path's.
    /// </summary>
    internal static bool TryParseRoundTrip<T>(ReadOnlySpan<T> text, IFormatProvider? provider, MoneyParseOptions options, out Money result)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        result = default;
        if (text.Length < 5 || text.Length > 3 + 1 + 1 + FastPathDigits + 1
            || !ReferenceEquals(MoneyText.NumberFormat(provider), NumberFormatInfo.InvariantInfo)
            || uint.CreateTruncating(text[3]) != ' ')
        {
            return false;
        }

        Span<char> code = stackalloc char[3];
        for (int i = 0; i < 3; i++)
        {
            uint c = uint.CreateTruncating(text[i]);
            if (c - 'A' > 'Z' - 'A')
            {
                return false;
            }

            code[i] = (char)c;
        }

        // "-0" (decimal keeps the sign of a negative zero) is left to the general path.
        if (!PlainDecimal.TryParse(text[4..], out decimal amount) || (amount == 0m && uint.CreateTruncating(text[4]) == '-'))
        {
            return false;
        }

        if (!options.Catalog.TryFind(code, out var currency)
            || (options.ExpectedCurrency is Currency expected && !expected.Equals(currency)))
        {
            return false;
        }

        result = new Money(amount, currency);
        return true;
    }

    private static ParseError TryParseUtf8(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, MoneyParseOptions options, out Money result)
    {
        // UTF-16 never needs more chars than UTF-8 has bytes.
        char[]? rented = null;
        Span<char> buffer = utf8Text.Length <= StackParseLength
            ? stackalloc char[StackParseLength]
            : (rented = ArrayPool<char>.Shared.Rent(utf8Text.Length));
        try
        {
            if (Utf8.ToUtf16(utf8Text, buffer, out _, out int written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                result = default;
                return ParseError.InvalidUtf8;
            }

            return TryParseCore(buffer[..written], provider, options, out result, out _);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The one parser of money text: the round-trip fast path, then the general reader. Never throws; a failure carries
    /// its code and the part of <paramref name="text"/> at fault, and no message (<see cref="MoneyTextErrors.Exception"/>
    /// writes it when <c>Parse</c> throws).
    /// </summary>
    internal static ParseResult<Money> ParseCore(ReadOnlySpan<char> text, IFormatProvider? provider, MoneyParseOptions options)
    {
        if (TryParseRoundTrip(text, provider, options, out var result))
        {
            return ParseResult<Money>.ForValue(result);
        }

        var error = TryParseCore(text, provider, options, out result, out var token);
        if (error == ParseError.None)
        {
            return ParseResult<Money>.ForValue(result);
        }

        var (position, length) = token.GetOffsetAndLength(text.Length);
        return new ParseFailure(error, position, length, message: null);
    }

    /// <summary>The general reader behind <see cref="ParseCore"/>. Never throws; on failure <paramref name="token"/> is the part of <paramref name="text"/> at fault (may be empty).</summary>
    internal static ParseError TryParseCore(ReadOnlySpan<char> text, IFormatProvider? provider, MoneyParseOptions options, out Money result, out Range token)
    {
        result = default;
        token = default;
        int start = 0;
        int end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return ParseError.Empty;
        }

        var info = MoneyText.NumberFormat(provider);
        var context = new SymbolContext(provider, info, options);
        var s = text[start..end];

        // A minus sign before a leading code or symbol ("-€5", "-USD 5") applies to the amount.
        int sign = LeadingSignLength(s, info);
        bool signOutside = sign > 0 && sign < s.Length && !StartsNumberBody(s[sign..], info) && !char.IsWhiteSpace(s[sign]);
        int bodyStart = signOutside ? sign : 0;
        var body = s[bodyStart..];

        ParseError error;
        Currency currency;
        int numberStart;
        int numberEnd;
        if (signOutside || !StartsNumber(body, info))
        {
            error = ReadLeadingCurrency(body, ref context, out currency, out var currencyToken, out int consumed);
            token = Offset(currencyToken, start + bodyStart);
            numberStart = bodyStart + consumed;
            numberEnd = s.Length;
        }
        else
        {
            error = ReadTrailingCurrency(s, ref context, out currency, out var currencyToken, out int numberLength);
            token = Offset(currencyToken, start);
            numberStart = 0;
            numberEnd = numberLength;
        }

        if (error != ParseError.None)
        {
            return error;
        }

        while (numberStart < numberEnd && char.IsWhiteSpace(s[numberStart]))
        {
            numberStart++;
        }

        while (numberEnd > numberStart && char.IsWhiteSpace(s[numberEnd - 1]))
        {
            numberEnd--;
        }

        var number = s[numberStart..numberEnd];
        if (number.IsEmpty)
        {
            return ParseError.MissingAmount;
        }

        if (signOutside && (LeadingSignLength(number, info) > 0 || number[0] == '+' || number.StartsWith(info.PositiveSign, StringComparison.Ordinal)))
        {
            token = (start + numberStart)..(start + numberEnd);
            return ParseError.InvalidNumber;
        }

        if (!decimal.TryParse(number, AmountStyles, info, out decimal amount))
        {
            token = (start + numberStart)..(start + numberEnd);
            return ParseError.InvalidNumber;
        }

        if (!Text.NumberShape.GroupsAreValid(number, info))
        {
            token = (start + numberStart)..(start + numberEnd);
            return ParseError.MisplacedGroupSeparator;
        }

        if (!Utility.ExactDecimal.KeepsFraction(amount, Utility.ExactDecimal.FractionDigits(number, info.NumberDecimalSeparator)))
        {
            token = (start + numberStart)..(start + numberEnd);
            return ParseError.TooPrecise;
        }

        result = new Money(signOutside ? -amount : amount, currency);
        token = default;
        return ParseError.None;
    }

    private static ParseError ReadLeadingCurrency(ReadOnlySpan<char> body, ref SymbolContext context, out Currency currency, out Range token, out int consumed)
    {
        int firstSpace = IndexOfWhiteSpace(body);
        int tokenEnd = firstSpace < 0 ? body.Length : firstSpace;
        var first = body[..tokenEnd];
        token = ..tokenEnd;
        consumed = tokenEnd;

        if (IsCodeLike(first))
        {
            if (context.Options.Catalog.TryFind(first, out currency))
            {
                return context.CheckExpected(currency);
            }

            if (first.Length > 3 && char.IsAsciiDigit(first[3]) && context.Options.Catalog.TryFind(first[..3], out _))
            {
                token = ..3;
                return ParseError.MissingSeparator; // "USD5"
            }

            return ClassifyUnknown(first, out currency);
        }

        if (context.TryResolveWhole(first, out var error, out currency))
        {
            return error;
        }

        if (context.TryResolvePrefix(first, out int length, out error, out currency))
        {
            token = ..length;
            consumed = length;
            return error;
        }

        // Not a code or symbol: name the leading run that is not part of a number.
        int run = 0;
        while (run < first.Length && !char.IsAsciiDigit(first[run]) && first[run] is not ('-' or '+'))
        {
            run++;
        }

        token = ..Math.Max(run, 1);
        var unknown = first[..Math.Max(run, 1)];
        if (unknown.Length == 3 && context.Options.Catalog.TryFind(unknown, out _))
        {
            return ParseError.MissingSeparator;
        }

        return ClassifyUnknown(unknown, out currency);
    }

    private static ParseError ReadTrailingCurrency(ReadOnlySpan<char> s, ref SymbolContext context, out Currency currency, out Range token, out int numberLength)
    {
        int lastSpace = LastIndexOfWhiteSpace(s);
        int tokenStart = lastSpace + 1;
        var last = s[tokenStart..];
        token = tokenStart..s.Length;
        numberLength = tokenStart;

        if (IsCodeLike(last))
        {
            if (context.Options.Catalog.TryFind(last, out currency))
            {
                return context.CheckExpected(currency);
            }

            return ClassifyUnknown(last, out currency);
        }

        if (context.TryResolveWhole(last, out var error, out currency))
        {
            return error;
        }

        if (context.TryResolveSuffix(last, out int length, out error, out currency))
        {
            token = (s.Length - length)..s.Length;
            numberLength = s.Length - length;
            return error;
        }

        int run = 0;
        while (run < last.Length && !char.IsAsciiDigit(last[last.Length - 1 - run]))
        {
            run++;
        }

        if (run == 0)
        {
            // A bare number: the expected currency, if any.
            token = default;
            numberLength = s.Length;
            if (context.Options.ExpectedCurrency is Currency expected)
            {
                currency = expected;
                return ParseError.None;
            }

            currency = default;
            return ParseError.MissingCurrency;
        }

        token = (s.Length - run)..s.Length;
        var unknown = last[^run..];
        if (unknown.Length >= 3 && context.Options.Catalog.TryFind(unknown, out _))
        {
            return ParseError.MissingSeparator; // "5USD"
        }

        return ClassifyUnknown(unknown, out currency);
    }

    private static ParseError ClassifyUnknown(ReadOnlySpan<char> text, out Currency currency)
    {
        currency = default;
        if (Currency.IsWellFormedCustomCode(text))
        {
            return ParseError.UnknownCode;
        }

        bool letters = text.Length == 3;
        foreach (char c in text)
        {
            letters &= char.IsAsciiLetter(c);
        }

        return letters ? ParseError.MalformedCode : ParseError.UnknownSymbol;
    }

    /// <summary>An upper-case ASCII letter followed by upper-case letters or digits, 3 to 8 long: an ISO or custom code.</summary>
    private static bool IsCodeLike(ReadOnlySpan<char> text) => Currency.IsWellFormedCustomCode(text);

    private static int LeadingSignLength(ReadOnlySpan<char> s, NumberFormatInfo info)
    {
        if (info.NegativeSign.Length > 0 && s.StartsWith(info.NegativeSign, StringComparison.Ordinal))
        {
            return info.NegativeSign.Length;
        }

        return s.Length > 0 && s[0] is '-' or '\u2212' ? 1 : 0;
    }

    private static bool StartsNumber(ReadOnlySpan<char> s, NumberFormatInfo info) =>
        StartsNumberBody(s, info)
        || LeadingSignLength(s, info) > 0
        || s[0] == '+'
        || (info.PositiveSign.Length > 0 && s.StartsWith(info.PositiveSign, StringComparison.Ordinal));

    private static bool StartsNumberBody(ReadOnlySpan<char> s, NumberFormatInfo info) =>
        char.IsAsciiDigit(s[0]) || s.StartsWith(info.NumberDecimalSeparator, StringComparison.Ordinal);

    private static Range Offset(Range range, int offset) =>
        range.Equals(default(Range)) ? range : (range.Start.Value + offset)..(range.End.Value + offset);

    private static int IndexOfWhiteSpace(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastIndexOfWhiteSpace(ReadOnlySpan<char> s)
    {
        for (int i = s.Length - 1; i >= 0; i--)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>What resolves symbols: the table, the expected currency and the culture's region (computed when first needed).</summary>
    private struct SymbolContext
    {
        private readonly IFormatProvider? _provider;
        private readonly NumberFormatInfo _info;
        private bool _regionKnown;
        private Currency? _region;

        internal SymbolContext(IFormatProvider? provider, NumberFormatInfo info, MoneyParseOptions options)
        {
            _provider = provider;
            _info = info;
            Options = options;
        }

        internal MoneyParseOptions Options { get; }

        internal readonly ParseError CheckExpected(Currency currency) =>
            Options.ExpectedCurrency is Currency expected && !expected.Equals(currency) ? ParseError.CurrencyConflict : ParseError.None;

        /// <summary>Whether the whole token is a symbol (table or culture); if so, <paramref name="error"/> says whether it resolved.</summary>
        internal bool TryResolveWhole(ReadOnlySpan<char> symbol, out ParseError error, out Currency currency)
        {
            if (CurrencySymbols.TryFind(symbol, out var codes))
            {
                error = Resolve(codes, out currency);
                return true;
            }

            if (IsCultureSymbol(symbol) && Region() is Currency region)
            {
                currency = region;
                error = CheckExpected(region);
                return true;
            }

            error = ParseError.None;
            currency = default;
            return false;
        }

        internal bool TryResolvePrefix(ReadOnlySpan<char> token, out int length, out ParseError error, out Currency currency) =>
            TryResolveAffix(token, atEnd: false, out length, out error, out currency);

        internal bool TryResolveSuffix(ReadOnlySpan<char> token, out int length, out ParseError error, out Currency currency) =>
            TryResolveAffix(token, atEnd: true, out length, out error, out currency);

        // The longest currency symbol or code at the start (or the end) of a token that also holds the number.
        private bool TryResolveAffix(ReadOnlySpan<char> token, bool atEnd, out int length, out ParseError error, out Currency currency)
        {
            string cultureSymbol = _info.CurrencySymbol;
            bool hasCultureSymbol = atEnd ? token.EndsWith(cultureSymbol, StringComparison.Ordinal) : token.StartsWith(cultureSymbol, StringComparison.Ordinal);
            if (cultureSymbol.Length > CurrencySymbols.MaxLength && hasCultureSymbol && TryResolveWhole(cultureSymbol, out error, out currency))
            {
                length = cultureSymbol.Length;
                return true;
            }

            for (length = Math.Min(CurrencySymbols.MaxLength, token.Length - 1); length > 0; length--)
            {
                if (TryResolveWhole(atEnd ? token[^length..] : token[..length], out error, out currency))
                {
                    return true;
                }
            }

            error = ParseError.None;
            currency = default;
            return false;
        }

        private readonly bool IsCultureSymbol(ReadOnlySpan<char> symbol) =>
            _provider is CultureInfo && symbol.SequenceEqual(_info.CurrencySymbol);

        private ParseError Resolve(string[] codes, out Currency currency)
        {
            if (codes.Length == 1)
            {
                // Every code in the table is a current ISO 4217 code (a test proves it), so this lookup succeeds.
                return Currency.TryFromCode(codes[0], out currency) ? CheckExpected(currency) : ParseError.UnknownSymbol;
            }

            if (Options.ExpectedCurrency is Currency expected)
            {
                currency = expected;
                return expected.IsIso4217 && Array.IndexOf(codes, expected.Code) >= 0 ? ParseError.None : ParseError.CurrencyConflict;
            }

            if (Region() is Currency region && Array.IndexOf(codes, region.Code) >= 0)
            {
                currency = region;
                return ParseError.None;
            }

            currency = default;
            return ParseError.AmbiguousSymbol;
        }

        /// <summary>The currency of the provider's region: only for a specific culture (never the current one).</summary>
        private Currency? Region()
        {
            if (!_regionKnown)
            {
                _regionKnown = true;
                _region = _provider is CultureInfo { IsNeutralCulture: false, Name.Length: > 0 } culture
                    && Currency.TryFromCode(new RegionInfo(culture.Name).ISOCurrencySymbol, out var found)
                    ? found
                    : null;
            }

            return _region;
        }
    }
}
