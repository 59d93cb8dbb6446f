using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
using DomainModel.Text;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// A currency: an ISO 4217 currency (current from List One, or withdrawn from List Three) or a custom
/// currency defined by the caller with <see cref="CreateCustom"/>.
/// </summary>
/// <remarks>
/// <para><b>Default value:</b> <c>default(Currency)</c> is <see cref="XXX"/>, ISO's code for "no currency
/// involved"; it is equal to <c>Currency.XXX</c> in every respect.</para>
/// <para><b>Equality:</b> two currencies are equal when they have the same code, numeric code, minor units,
/// name and origin. ISO currencies are unique per code; a custom currency can never take an ISO code, so a
/// custom currency is never equal to an ISO one.</para>
/// <para><b>Ordering:</b> ordinal by code, then by the remaining fields (only custom currencies can share a code).</para>
/// <para><b>Text:</b> <see cref="ToString()"/> is the code; <see cref="Parse(string, IFormatProvider?)"/> takes an ISO code
/// (upper case, exactly as published). Custom currencies are found through a <see cref="CurrencyCatalog"/>.</para>
/// <para>Immutable and thread-safe. There is no mutable registry: the ISO table is built once, read-only.</para>
/// </remarks>
[JsonConverter(typeof(CurrencyJsonConverter))]
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<Currency>))]
public readonly partial struct Currency : IEquatable<Currency>, IComparable<Currency>, IComparable, ISpanFormattable, ISpanParsable<Currency>
{
    private readonly CurrencyDefinition? _definition;

    internal Currency(CurrencyDefinition definition) => _definition = definition;

    /// <summary>US Dollar (USD, 840, 2 minor units).</summary>
    public static Currency USD { get; } = FromCode("USD");

    /// <summary>Yuan Renminbi (CNY, 156, 2 minor units).</summary>
    public static Currency CNY { get; } = FromCode("CNY");

    /// <summary>Euro (EUR, 978, 2 minor units).</summary>
    public static Currency EUR { get; } = FromCode("EUR");

    /// <summary>Yen (JPY, 392, 0 minor units).</summary>
    public static Currency JPY { get; } = FromCode("JPY");

    /// <summary>Pound Sterling (GBP, 826, 2 minor units).</summary>
    public static Currency GBP { get; } = FromCode("GBP");

    /// <summary>"No currency involved" (XXX, 999, no minor unit); also <c>default(Currency)</c>.</summary>
    public static Currency XXX { get; } = new(Iso4217Table.NoCurrency);

    /// <summary>The publication date of the ISO 4217 List One the table was generated from (yyyy-MM-dd).</summary>
    public static string Iso4217ListOnePublished => Iso4217Table.ListOnePublished;

    /// <summary>The ISO 4217 amendments applied on top of the shipped List One, oldest first, each with its number, publication and
    /// effective dates and what it changes ("Amendment 176 (published 2024, effective 2025-03-31): XCG Caribbean Guilder …").</summary>
    public static IReadOnlyList<string> Iso4217Amendments { get; } = DomainModel.Iso4217Amendments.All.Select(a => a.ToString()).ToArray();

    /// <summary>The publication date of the ISO 4217 List Three the table was generated from (yyyy-MM-dd).</summary>
    public static string Iso4217ListThreePublished => Iso4217Table.ListThreePublished;

    /// <summary>Every current ISO 4217 currency (List One), ordered by code.</summary>
    public static IReadOnlyList<Currency> Iso4217Current { get; } = Iso4217Table.Current.Select(d => new Currency(d)).ToArray();

    /// <summary>Every ISO 4217 currency that is only historic (List Three and not List One), ordered by code.</summary>
    public static IReadOnlyList<Currency> Iso4217Historic { get; } = Iso4217Table.Historic.Select(d => new Currency(d)).ToArray();

    internal CurrencyDefinition Definition => _definition ?? Iso4217Table.NoCurrency;


    /// <summary>The alphabetic code (three upper-case letters for ISO currencies).</summary>
    public string Code => Definition.Code;

    /// <summary>The ISO numeric code (1–999), or 0 for a custom currency without one.</summary>
    public int NumericCode => Definition.NumericCode;

    /// <summary>
    /// The number of decimal places of the minor unit (0 for JPY, 2 for USD, 3 for KWD, 4 for CLF), or
    /// <see langword="null"/> where ISO publishes "N.A." (gold, SDR, XXX…) and for historic currencies,
    /// whose minor units List Three does not give.
    /// </summary>
    public int? MinorUnits => Definition.MinorUnits;

    /// <summary>The English name as published (for a historic currency, its name at its latest withdrawal).</summary>
    public string Name => Definition.Name;

    /// <summary>Whether ISO marks the code as a fund (for example BOV, CLF, USN).</summary>
    public bool IsFund => Definition.IsFund;

    /// <summary>Whether the currency comes from the ISO 4217 tables (as opposed to <see cref="CreateCustom"/>).</summary>
    public bool IsIso4217 => Definition.IsIso4217;

    /// <summary>Whether the currency is withdrawn: in List Three and no longer in List One.</summary>
    public bool IsHistoric => Definition.IsHistoric;

    /// <summary>The countries and territories that use the currency according to List One (empty for historic and custom currencies).</summary>
    public IReadOnlyList<string> Countries => Definition.Countries;

    /// <summary>The withdrawals recorded for this code in List Three (a current code can have some, e.g. EUR).</summary>
    public IReadOnlyList<CurrencyWithdrawal> Withdrawals => Definition.Withdrawals;

    /// <summary>Gets the ISO 4217 currency with the given alphabetic code, current or historic.</summary>
    /// <param name="code">Three upper-case ASCII letters, e.g. <c>"CNY"</c>.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three upper-case ASCII letters.</exception>
    /// <exception cref="UnknownCurrencyException">The code is well formed but not in ISO 4217.</exception>
    public static Currency FromCode(string code)
    {
        Preconditions.CheckNotNull(code);
        if (!IsWellFormedIsoCode(code))
        {
            throw new ArgumentException(
                $"'{code}' is not a well-formed ISO 4217 code: expected exactly three upper-case ASCII letters A-Z (codes are case-sensitive; 'usd' is refused, 'USD' accepted).",
                nameof(code));
        }

        if (!Iso4217Table.TryFind(code, out var definition))
        {
            throw new UnknownCurrencyException(code, nameof(code));
        }

        return new Currency(definition);
    }

    /// <summary>Looks up an ISO 4217 currency by alphabetic code without throwing.</summary>
    /// <param name="code">The code; null, malformed or unknown codes give <see langword="false"/>.</param>
    /// <param name="currency">The currency found, or <c>default</c>.</param>
    /// <returns>Whether the code names an ISO 4217 currency.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, out Currency currency)
    {
        if (code is not null && IsWellFormedIsoCode(code) && Iso4217Table.TryFind(code, out var definition))
        {
            currency = new Currency(definition);
            return true;
        }

        currency = default;
        return false;
    }

    /// <summary>Looks up an ISO 4217 currency by alphabetic code, given as characters, without throwing.</summary>
    /// <param name="code">The code.</param>
    /// <param name="currency">The currency found, or <c>default</c>.</param>
    /// <returns>Whether the code names an ISO 4217 currency.</returns>
    public static bool TryFromCode(ReadOnlySpan<char> code, out Currency currency)
    {
        if (IsWellFormedIsoCode(code) && Iso4217Table.TryFind(code, out var definition))
        {
            currency = new Currency(definition);
            return true;
        }

        currency = default;
        return false;
    }

    /// <summary>Gets the current ISO 4217 currency (List One) with the given numeric code.</summary>
    /// <param name="numericCode">1 to 999, e.g. 156 for CNY.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numericCode"/> is not within 1–999.</exception>
    /// <exception cref="UnknownCurrencyException">No current currency has that numeric code. Historic numeric codes are
    /// not looked up, because List Three reuses them (008 was both ALK and ALL).</exception>
    public static Currency FromNumericCode(int numericCode)
    {
        Preconditions.CheckRange(numericCode, 1, 999);
        if (!Iso4217Table.TryFindNumeric(numericCode, out var definition))
        {
            throw new UnknownCurrencyException(numericCode, nameof(numericCode));
        }

        return new Currency(definition);
    }

    /// <summary>Looks up a current ISO 4217 currency by numeric code without throwing.</summary>
    /// <param name="numericCode">The numeric code.</param>
    /// <param name="currency">The currency found, or <c>default</c>.</param>
    /// <returns>Whether a current currency has that numeric code.</returns>
    public static bool TryFromNumericCode(int numericCode, out Currency currency)
    {
        if (Iso4217Table.TryFindNumeric(numericCode, out var definition))
        {
            currency = new Currency(definition);
            return true;
        }

        currency = default;
        return false;
    }

    /// <summary>
    /// Defines a currency that is not in the ISO tables this library embeds: an amendment published later (the
    /// Caribbean guilder XCG), a crypto-asset or a unit used in analysis. Nothing global changes: the value
    /// exists where the caller keeps it, and a <see cref="CurrencyCatalog"/> makes it findable by code.
    /// </summary>
    /// <param name="code">3 to 8 characters: an upper-case ASCII letter followed by upper-case letters or digits; not a code of ISO 4217 List One or List Three.</param>
    /// <param name="minorUnits">Decimal places of the minor unit, 0 to 28, or <see langword="null"/> for none.</param>
    /// <param name="name">A non-blank English name.</param>
    /// <param name="numericCode">0 for none, or 1–999 not used by a current ISO currency.</param>
    /// <returns>The custom currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is malformed or taken by ISO 4217, the name is blank, or the numeric code is taken.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minorUnits"/> or <paramref name="numericCode"/> is out of range.</exception>
    public static Currency CreateCustom(string code, int? minorUnits, string name, int numericCode = 0)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckNotNull(name);
        if (!IsWellFormedCustomCode(code))
        {
            throw new ArgumentException(
                $"'{code}' is not a valid custom currency code: expected 3 to 8 characters, an upper-case ASCII letter followed by upper-case letters or digits.",
                nameof(code));
        }

        if (Iso4217Table.TryFind(code, out _))
        {
            throw new ArgumentException(
                $"'{code}' is an ISO 4217 code; use Currency.FromCode(\"{code}\") instead of defining it again.",
                nameof(code));
        }

        if (minorUnits is int m)
        {
            Preconditions.CheckRange(m, 0, 28, nameof(minorUnits));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A currency name must not be empty or white space.", nameof(name));
        }

        Preconditions.CheckRange(numericCode, 0, 999);
        if (numericCode != 0 && Iso4217Table.TryFindNumeric(numericCode, out var taken))
        {
            throw new ArgumentException(
                FormattableString.Invariant($"Numeric code {numericCode:000} belongs to the ISO 4217 currency {taken.Code}; pass 0 or an unused number."),
                nameof(numericCode));
        }

        return new Currency(new CurrencyDefinition(
            code, numericCode, minorUnits, name.Trim(), isFund: false, isIso4217: false, isHistoric: false,
            Array.Empty<string>(), Array.Empty<CurrencyWithdrawal>()));
    }

    /// <summary>Parses an ISO 4217 code (see <see cref="FromCode"/>).</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not three upper-case letters.</exception>
    /// <exception cref="UnknownCurrencyException">The code is not in ISO 4217.</exception>
    public static Currency Parse(string s, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses an ISO 4217 code (see <see cref="FromCode"/>).</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored: codes are culture-invariant.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="DomainModelFormatException">The text is not three upper-case letters.</exception>
    /// <exception cref="UnknownCurrencyException">The code is not in ISO 4217.</exception>
    public static Currency Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        var parsed = ParseCore(s);
        if (parsed.Failure.Error == ParseError.UnknownCode)
        {
            throw new UnknownCurrencyException(s.ToString(), nameof(s));
        }

        return parsed.GetValueOrThrow(s);
    }

    /// <summary>Parses an ISO 4217 code without throwing.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The currency, or <c>default</c>.</param>
    /// <returns>Whether the text is a known ISO 4217 code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Currency result)
    {
        result = default;
        return s is not null && ParseCore(s).TryGetValue(out result);
    }

    /// <summary>Parses an ISO 4217 code without throwing.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The currency, or <c>default</c>.</param>
    /// <returns>Whether the text is a known ISO 4217 code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Currency result) =>
        ParseCore(s).TryGetValue(out result);

    /// <summary>The one parser of an ISO 4217 code; never throws. A well-formed code the table does not know is
    /// <see cref="ParseError.UnknownCode"/> (Parse throws <see cref="UnknownCurrencyException"/> for it).</summary>
    private static ParseResult<Currency> ParseCore(ReadOnlySpan<char> s)
    {
        if (!IsWellFormedIsoCode(s))
        {
            return new ParseFailure(ParseError.MalformedCode, 0, s.Length, MoneyTextErrors.MalformedCurrencyCode(s));
        }

        return Iso4217Table.TryFind(s, out var definition)
            ? ParseResult<Currency>.ForValue(new Currency(definition))
            : new ParseFailure(ParseError.UnknownCode, 0, s.Length, null);
    }

    /// <summary>Whether the code has the ISO form: exactly three ASCII letters A–Z.</summary>
    /// <param name="code">The text to check; null gives <see langword="false"/>.</param>
    /// <returns><see langword="true"/> for forms like <c>USD</c>; <see langword="false"/> for <c>usd</c>, <c>US</c>, <c>US1</c>.</returns>
    public static bool IsWellFormedIsoCode([NotNullWhen(true)] string? code) => code is not null && IsWellFormedIsoCode(code.AsSpan());

    /// <summary>Whether the code, given as characters, has the ISO form: exactly three ASCII letters A–Z.</summary>
    /// <param name="code">The text to check.</param>
    /// <returns><see langword="true"/> for forms like <c>USD</c>; <see langword="false"/> for <c>usd</c>, <c>US</c>, <c>US1</c>.</returns>
    public static bool IsWellFormedIsoCode(ReadOnlySpan<char> code) =>
        code.Length == 3 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2]);

    internal static bool IsWellFormedCustomCode(ReadOnlySpan<char> code)
    {
        if (code.Length is < 3 or > 8 || !char.IsAsciiLetterUpper(code[0]))
        {
            return false;
        }

        foreach (char c in code[1..])
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    /// <remarks>Two values of one ISO currency share their definition, so the usual case is one reference comparison.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Equals(Currency other) => ReferenceEquals(_definition, other._definition) || Definition.SameAs(other.Definition);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <summary>Whether both values hold the same definition instance: the usual, sufficient case of <see cref="Equals(Currency)"/>
    /// (false does not mean unequal: <c>default</c> and XXX, or two equal custom definitions, are equal without it).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool SharesDefinition(Currency other) => ReferenceEquals(_definition, other._definition);

    /// <inheritdoc />
    public override int GetHashCode() => Definition.CodeHash;

    /// <summary>Orders by code (ordinal), then numeric code, minor units and name.</summary>
    /// <param name="other">The other currency.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Currency other)
    {
        var a = Definition;
        var b = other.Definition;
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        int c = string.CompareOrdinal(a.Code, b.Code);
        if (c != 0)
        {
            return c;
        }

        c = a.NumericCode.CompareTo(b.NumericCode);
        if (c != 0)
        {
            return c;
        }

        c = (a.MinorUnits ?? -1).CompareTo(b.MinorUnits ?? -1);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Name, b.Name);
        return c != 0 ? c : a.IsIso4217.CompareTo(b.IsIso4217);
    }

    /// <inheritdoc cref="CompareTo(Currency)"/>
    /// <param name="obj">Null (which sorts first) or a <see cref="Currency"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Currency"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Currency other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Currency)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>Returns the code, e.g. <c>CNY</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>Formats the currency: <c>null</c>, <c>""</c> or <c>"C"</c> give the code, <c>"N"</c> the English name, <c>"D"</c> the three-digit numeric code.</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored: the forms are culture-invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="DomainModelFormatException">The format is not one of those listed.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "C" => Code,
        "N" => Name,
        "D" => NumericCode.ToString("000", CultureInfo.InvariantCulture),
        _ => throw TextForm.UnknownFormat(format, MoneyTextErrors.UnknownCurrencyFormat(format)),
    };

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format.</param>
    /// <param name="provider">Ignored.</param>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = format.IsEmpty || format.SequenceEqual("C") ? Code : ToString(format.ToString(), provider);
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Equality (see <see cref="Equals(Currency)"/>).</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Inequality (see <see cref="Equals(Currency)"/>).</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    /// <summary>Ordering (see <see cref="CompareTo(Currency)"/>).</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether left sorts before right.</returns>
    public static bool operator <(Currency left, Currency right) => left.CompareTo(right) < 0;

    /// <summary>Ordering (see <see cref="CompareTo(Currency)"/>).</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether left sorts after right.</returns>
    public static bool operator >(Currency left, Currency right) => left.CompareTo(right) > 0;

    /// <summary>Ordering (see <see cref="CompareTo(Currency)"/>).</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether left sorts before or with right.</returns>
    public static bool operator <=(Currency left, Currency right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering (see <see cref="CompareTo(Currency)"/>).</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether left sorts after or with right.</returns>
    public static bool operator >=(Currency left, Currency right) => left.CompareTo(right) >= 0;
}
