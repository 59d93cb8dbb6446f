using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using DomainModel.Utility;

namespace DomainModel.Text;

/// <summary>
/// Reads figures as news writes them, in English, Italian and German: "160 miliardi di yuan", "1.5 billion", "20.000 unità",
/// "oltre 30 trilioni di token", "rund 2,7 Milliarden", and ranges such as "40.000-80.000 unità" or "tra i 350 e i 400 miliardi".
/// </summary>
/// <remarks>
/// <para><b>Words:</b> every word comes from a <see cref="Lexicon"/>: the one of the language passed
/// (<see cref="Parse(string, NewsLanguage, ScalePolicy)"/>), or, for the overloads without a language, the words of
/// every lexicon (English first: "billion" is the English word there, not the German "Billion").</para>
/// <para><b>Shape:</b> [hedge] [article] [currency symbol] number [scale word] [unit text]. Hedges
/// (<see cref="NumberQualifier"/>: words such as "about", "circa", "rund", or marks such as "~", "≈", "c.", which may
/// stand right before the number: "~$52.7 billion") and currency symbols ($, €, £, ¥, US$) are reported, not applied;
/// the unit text is returned as written, without a leading "di", "d'" or "of". Numbers have no sign and no exponent.</para>
/// <para><b>Scale words</b> (after a space, attached: "1.5bn", or joined by a hyphen: "50-Milliarden-Dollar"): thousand,
/// million, billion, trillion (and plurals); mila, mille, milione/i, miliardo/i, bilione/i, trilione/i; Tausend,
/// Million(en), Milliarde(n), Billion(en), Billiarde(n) (case-insensitive); abbreviations k, K, M, mn, B, bn, T, tn,
/// mln, mld, mrd, Tsd, Mio, Mrd, Bio (case-sensitive; a '.' after one of two letters or more is part of it: "5 Mrd.
/// Euro"). billion/bilione/Billion and trillion/trilione are read under the <see cref="ScalePolicy"/> passed (default
/// <see cref="ScalePolicy.ShortScale"/>); abbreviations have one value ("Bio." is 10^12). An attached suffix that is not
/// a scale word ("5Q"), or a word that looks like one but is not ("12 zillion"), is refused as
/// <see cref="ParseError.UnknownScaleWord"/>; any other word starts the unit text.</para>
/// <para><b>Digits with conventions</b> (<see cref="NumberConventions"/>, or a culture, which stands for
/// <see cref="NumberConventions.FromCulture"/>): their decimal and group separators are used, the grouping is checked
/// (groups of three, or lakh/crore groups for <see cref="NumberGrouping.Indian"/>: "7,54,465"), and any other '.' or ','
/// is refused: "20.000" is 20000 under <see cref="NumberConventions.Italian"/> (it-IT, de-DE) and 20 under
/// <see cref="NumberConventions.English"/>; "1٫5" is 1.5 under <see cref="NumberConventions.Arabic"/> (ar-SA). The
/// <see cref="NumberConventions"/> overloads need no ICU data and work with invariant globalization.</para>
/// <para><b>Exact or refused:</b> a number with more significant digits than decimal holds is refused as
/// <see cref="ParseError.TooPrecise"/>, never rounded.</para>
/// <para><b>Digits without a culture</b> (null): the separators are inferred only where that is certain.
/// Both '.' and ',' present: the last one is the decimal separator (it may occur once), the other groups.
/// One of them, several times: it groups ("1.234.567"). One of them once: it is the decimal separator
/// ("1,5", "3.14", "1234.567") unless exactly three digits follow and one to three digits (not a lone 0) precede it
/// ("20,000", "1.500"): that could be either, and is refused as <see cref="ParseError.AmbiguousSeparator"/> — pass a
/// culture. The result's <see cref="ParsedNumber.Culture"/> is then null.</para>
/// <para><b>Ranges:</b> "A-B", "A–B", "A—B", "A to B", "A a B", "A bis B", "between/tra/fra/zwischen A and/e/und B",
/// "from/da/von A to/a/bis B", with
/// Italian articles ("tra i 350 e i 400"). A bound without a scale word takes the other bound's scale word
/// ("between 350 and 400 billion" is 350 to 400 billion; <see cref="ParsedNumber.ScaleWordInherited"/> says so),
/// and the unit text after the range applies to both. The lower bound must not exceed the upper.</para>
/// <para>Never reads the current culture. Thread-safe. <c>Try…</c> methods never throw.</para>
/// </remarks>
public static class NewsNumberParser
{
    /// <summary>Parses one figure ("oltre 30 trilioni di token").</summary>
    /// <param name="text">The text.</param>
    /// <param name="policy">How to read billion/bilione and trillion/trilione; default short scale.</param>
    /// <param name="culture">The culture of the digits, or null to infer the separators where certain.</param>
    /// <returns>The figure, with the policy, culture and scale word used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The culture's number format is not supported by <see cref="NumberConventions.FromCulture"/>.</exception>
    /// <exception cref="DomainModelFormatException">The text is not a figure; <see cref="DomainModelFormatException.Error"/> says why.</exception>
    public static ParsedNumber Parse(string text, ScalePolicy policy = ScalePolicy.ShortScale, CultureInfo? culture = null)
    {
        Preconditions.CheckNotNull(text);
        CheckPolicy(policy);
        return ParseCore(text, Lexicon.Any, policy, Conventions(culture), culture).GetValueOrThrow(text);
    }

    /// <summary>Parses one figure with the digits written under <paramref name="conventions"/> (no ICU data needed:
    /// <see cref="NumberConventions.Italian"/> reads "1,5 miliardi" as 1.5 × 10^9).</summary>
    /// <param name="text">The text.</param>
    /// <param name="conventions">The separators and grouping of the digits.</param>
    /// <param name="policy">How to read billion/bilione and trillion/trilione; default short scale.</param>
    /// <returns>The figure, with the policy, conventions and scale word used (<see cref="ParsedNumber.Culture"/> is null).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="conventions"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not defined.</exception>
    /// <exception cref="DomainModelFormatException">The text is not a figure; <see cref="DomainModelFormatException.Error"/> says why.</exception>
    public static ParsedNumber Parse(string text, NumberConventions conventions, ScalePolicy policy = ScalePolicy.ShortScale)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(conventions);
        CheckPolicy(policy);
        return ParseCore(text, Lexicon.Any, policy, conventions, null).GetValueOrThrow(text);
    }

    /// <summary>Tries to parse one figure under <paramref name="conventions"/> (see <see cref="Parse(string, NumberConventions, ScalePolicy)"/>); never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="conventions">The separators and grouping of the digits.</param>
    /// <param name="policy">How to read billion/bilione and trillion/trilione.</param>
    /// <param name="result">The figure, or null on failure.</param>
    /// <returns>Whether the text was a figure (false also for null text or conventions, or an undefined policy).</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, NumberConventions? conventions, ScalePolicy policy, [NotNullWhen(true)] out ParsedNumber? result)
    {
        result = null;
        return text is not null && conventions is not null && IsDefined(policy) && ParseCore(text, Lexicon.Any, policy, conventions, null).TryGetValue(out result);
    }

    /// <summary>Parses a range with the digits written under <paramref name="conventions"/> (see <see cref="ParseRange(string, ScalePolicy, CultureInfo)"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="conventions">The separators and grouping of the digits.</param>
    /// <param name="policy">How to read billion/bilione and trillion/trilione; default short scale.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="conventions"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not defined.</exception>
    /// <exception cref="DomainModelFormatException">The text is not a range, or its lower bound exceeds its upper bound.</exception>
    public static ParsedRange ParseRange(string text, NumberConventions conventions, ScalePolicy policy = ScalePolicy.ShortScale)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(conventions);
        CheckPolicy(policy);
        return ParseRangeCore(text, Lexicon.Any, policy, conventions, null).GetValueOrThrow(text);
    }

    /// <summary>Tries to parse a range under <paramref name="conventions"/>; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="conventions">The separators and grouping of the digits.</param>
    /// <param name="policy">How to read billion/bilione and trillion/trilione.</param>
    /// <param name="result">The range, or null on failure.</param>
    /// <returns>Whether the text was a valid range (false also for null text or conventions, or an undefined policy).</returns>
    public static bool TryParseRange([NotNullWhen(true)] string? text, NumberConventions? conventions, ScalePolicy policy, [NotNullWhen(true)] out ParsedRange? result)
    {
        result = null;
        return text is not null && conventions is not null && IsDefined(policy) && ParseRangeCore(text, Lexicon.Any, policy, conventions, null).TryGetValue(out result);
    }

    /// <summary>Tries to parse one figure (see <see cref="Parse(string, ScalePolicy, CultureInfo)"/>); never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="policy">How to read billion/bilione and trillion/trilione.</param>
    /// <param name="culture">The culture of the digits, or null to infer.</param>
    /// <param name="result">The figure, or null on failure.</param>
    /// <returns>Whether the text was a figure.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, ScalePolicy policy, CultureInfo? culture, [NotNullWhen(true)] out ParsedNumber? result)
    {
        result = null;
        return text is not null && IsDefined(policy) && (culture is null || NumberConventions.TryFromCulture(culture) is not null)
            && ParseCore(text, Lexicon.Any, policy, Conventions(culture), culture).TryGetValue(out result);
    }

    /// <summary>Parses a range ("40.000-80.000 unità", "tra i 350 e i 400 miliardi di dollari").</summary>
    /// <param name="text">The text.</param>
    /// <param name="policy">How to read billion/bilione and trillion/trilione; default short scale.</param>
    /// <param name="culture">The culture of the digits, or null to infer the separators where certain.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The culture's number format is not supported by <see cref="NumberConventions.FromCulture"/>.</exception>
    /// <exception cref="DomainModelFormatException">The text is not a range, or its lower bound exceeds its upper bound.</exception>
    public static ParsedRange ParseRange(string text, ScalePolicy policy = ScalePolicy.ShortScale, CultureInfo? culture = null)
    {
        Preconditions.CheckNotNull(text);
        CheckPolicy(policy);
        return ParseRangeCore(text, Lexicon.Any, policy, Conventions(culture), culture).GetValueOrThrow(text);
    }

    /// <summary>Tries to parse a range (see <see cref="ParseRange(string, ScalePolicy, CultureInfo)"/>); never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="policy">How to read billion/bilione and trillion/trilione.</param>
    /// <param name="culture">The culture of the digits, or null to infer.</param>
    /// <param name="result">The range, or null on failure.</param>
    /// <returns>Whether the text was a valid range.</returns>
    public static bool TryParseRange([NotNullWhen(true)] string? text, ScalePolicy policy, CultureInfo? culture, [NotNullWhen(true)] out ParsedRange? result)
    {
        result = null;
        return text is not null && IsDefined(policy) && (culture is null || NumberConventions.TryFromCulture(culture) is not null)
            && ParseRangeCore(text, Lexicon.Any, policy, Conventions(culture), culture).TryGetValue(out result);
    }

    /// <summary>Parses one figure in a language: its <see cref="Lexicon"/>'s words (German "2,7 Milliarden", "rund 4,4
    /// Billionen", "5 Mrd. Euro") and digit conventions (<see cref="Lexicon.Conventions"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">The language of the text.</param>
    /// <param name="policy">How to read the words whose value differs between the short and the long scale (billion,
    /// bilione, Billion); default short scale. German news is long scale: pass <see cref="ScalePolicy.LongScale"/> or
    /// <see cref="ScalePolicy.ByLanguage"/>.</param>
    /// <returns>The figure (<see cref="ParsedNumber.Culture"/> is null, <see cref="ParsedNumber.Conventions"/> the language's).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> or <paramref name="policy"/> is not defined.</exception>
    /// <exception cref="DomainModelFormatException">The text is not a figure; <see cref="DomainModelFormatException.Error"/> says why.</exception>
    public static ParsedNumber Parse(string text, NewsLanguage language, ScalePolicy policy = ScalePolicy.ShortScale)
    {
        Preconditions.CheckNotNull(text);
        var lexicon = Lexicon.For(language);
        CheckPolicy(policy);
        return ParseCore(text, lexicon, policy, lexicon.Conventions, null).GetValueOrThrow(text);
    }

    /// <summary>Tries to parse one figure in a language (see <see cref="Parse(string, NewsLanguage, ScalePolicy)"/>); never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">The language of the text.</param>
    /// <param name="policy">How to read billion/bilione/Billion.</param>
    /// <param name="result">The figure, or null on failure.</param>
    /// <returns>Whether the text was a figure (false also for null text, or an undefined language or policy).</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, NewsLanguage language, ScalePolicy policy, [NotNullWhen(true)] out ParsedNumber? result)
    {
        result = null;
        return text is not null && Lexicon.IsDefined(language) && IsDefined(policy)
            && ParseCore(text, Lexicon.For(language), policy, Lexicon.For(language).Conventions, null).TryGetValue(out result);
    }

    /// <summary>Parses a range in a language ("zwischen 350 und 400 Milliarden", "tra i 350 e i 400 miliardi").</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">The language of the text.</param>
    /// <param name="policy">How to read billion/bilione/Billion; default short scale.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> or <paramref name="policy"/> is not defined.</exception>
    /// <exception cref="DomainModelFormatException">The text is not a range, or its lower bound exceeds its upper bound.</exception>
    public static ParsedRange ParseRange(string text, NewsLanguage language, ScalePolicy policy = ScalePolicy.ShortScale)
    {
        Preconditions.CheckNotNull(text);
        var lexicon = Lexicon.For(language);
        CheckPolicy(policy);
        return ParseRangeCore(text, lexicon, policy, lexicon.Conventions, null).GetValueOrThrow(text);
    }

    /// <summary>Tries to parse a range in a language; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">The language of the text.</param>
    /// <param name="policy">How to read billion/bilione/Billion.</param>
    /// <param name="result">The range, or null on failure.</param>
    /// <returns>Whether the text was a valid range.</returns>
    public static bool TryParseRange([NotNullWhen(true)] string? text, NewsLanguage language, ScalePolicy policy, [NotNullWhen(true)] out ParsedRange? result)
    {
        result = null;
        return text is not null && Lexicon.IsDefined(language) && IsDefined(policy)
            && ParseRangeCore(text, Lexicon.For(language), policy, Lexicon.For(language).Conventions, null).TryGetValue(out result);
    }

    /// <summary>With a lexicon and conventions (null: infer the separators where certain); for the scanner and the reader.</summary>
    internal static bool TryParse(string text, Lexicon lexicon, NumberConventions? conventions, ScalePolicy policy, [NotNullWhen(true)] out ParsedNumber? result)
    {
        result = null;
        return ParseCore(text, lexicon, policy, conventions, null).TryGetValue(out result);
    }

    internal static bool TryParseRange(string text, Lexicon lexicon, NumberConventions? conventions, ScalePolicy policy, [NotNullWhen(true)] out ParsedRange? result)
    {
        result = null;
        return ParseRangeCore(text, lexicon, policy, conventions, null).TryGetValue(out result);
    }

    /// <summary>Whether the text starts with a hedge of the lexicon (after white space), as <see cref="TryParse(string, Lexicon, NumberConventions?, ScalePolicy, out ParsedNumber?)"/>
    /// and <see cref="TryParseRange(string, Lexicon, NumberConventions?, ScalePolicy, out ParsedRange?)"/> read it: when not, the qualifier of what they read is <see cref="NumberQualifier.None"/>.</summary>
    internal static bool StartsWithHedge(string text, Lexicon lexicon)
    {
        var r = new TextCursor(text);
        r.SkipWhiteSpace();
        return !r.AtEnd && ReadQualifier(r, lexicon) != NumberQualifier.None;
    }

    /// <summary>Parses with a lexicon, throwing the parser's own exception (for messages).</summary>
    internal static ParsedNumber Parse(string text, Lexicon lexicon, NumberConventions conventions, ScalePolicy policy) =>
        ParseCore(text, lexicon, policy, conventions, null).GetValueOrThrow(text);

    // ---- Core ---------------------------------------------------------------------------------------------

    private readonly record struct Bound(decimal Mantissa, decimal Multiplier, string? Word, string? Symbol);

    private static NumberConventions? Conventions(CultureInfo? culture) => culture is null ? null : NumberConventions.FromCulture(culture);

    /// <summary>The one parser of a figure; never throws.</summary>
    private static ParseResult<ParsedNumber> ParseCore(string text, Lexicon lexicon, ScalePolicy policy, NumberConventions? conventions, CultureInfo? culture)
    {
        var r = new TextCursor(text);
        r.SkipWhiteSpace();
        if (r.AtEnd)
        {
            return TextErrors.EmptyFigure();
        }

        var qualifier = ReadQualifier(r, lexicon);
        ReadArticle(r, lexicon);
        var failure = ReadBound(r, lexicon, text, policy, conventions, out var bound);
        if (failure.Failed)
        {
            return failure;
        }

        if (bound.Multiplier != 1m && bound.Mantissa > decimal.MaxValue / bound.Multiplier)
        {
            return TextErrors.Overflow(text);
        }

        return ParseResult<ParsedNumber>.ForValue(
            new ParsedNumber(text, bound.Mantissa, bound.Multiplier, bound.Word, false, policy, culture, conventions, qualifier, bound.Symbol, ReadUnit(r, lexicon)));
    }

    /// <summary>The one parser of a range; never throws.</summary>
    private static ParseResult<ParsedRange> ParseRangeCore(string text, Lexicon lexicon, ScalePolicy policy, NumberConventions? conventions, CultureInfo? culture)
    {
        var r = new TextCursor(text);
        r.SkipWhiteSpace();
        if (r.AtEnd)
        {
            return TextErrors.EmptyRange();
        }

        var qualifier = ReadQualifier(r, lexicon);
        string[]? connectors = null;
        foreach (var (opener, joiners) in lexicon.RangeWords)
        {
            if (r.TryWord(opener))
            {
                connectors = joiners;
                break;
            }
        }

        ReadArticle(r, lexicon);
        var failure = ReadBound(r, lexicon, text, policy, conventions, out var low);
        if (failure.Failed)
        {
            return failure;
        }

        r.SkipWhiteSpace();
        bool separated = connectors is null
            ? r.TryChar('-') || r.TryChar('–') || r.TryChar('—') || TryAnyWord(r, lexicon.RangeJoiners)
            : TryAnyWord(r, connectors);
        if (!separated)
        {
            return TextErrors.NoRangeConnector(text, r.Position, connectors, lexicon.RangeJoiners);
        }

        r.SkipWhiteSpace();
        ReadArticle(r, lexicon);
        failure = ReadBound(r, lexicon, text, policy, conventions, out var high);
        if (failure.Error == ParseError.NoNumber)
        {
            return TextErrors.NoSecondBound(text, r.Position);
        }

        if (failure.Failed)
        {
            return failure;
        }

        bool inherited = false;
        if (low.Word is null && high.Word is not null)
        {
            low = low with { Multiplier = high.Multiplier, Word = high.Word };
            inherited = true;
        }

        if (high.Symbol is null && low.Symbol is not null)
        {
            high = high with { Symbol = low.Symbol };
        }

        if (low.Mantissa > decimal.MaxValue / low.Multiplier || high.Mantissa > decimal.MaxValue / high.Multiplier)
        {
            return TextErrors.Overflow(text);
        }

        string unit = ReadUnit(r, lexicon);
        var min = new ParsedNumber(text, low.Mantissa, low.Multiplier, low.Word, inherited, policy, culture, conventions, qualifier, low.Symbol, unit);
        var max = new ParsedNumber(text, high.Mantissa, high.Multiplier, high.Word, false, policy, culture, conventions, qualifier, high.Symbol, unit);
        if (min.Value > max.Value)
        {
            return TextErrors.ReversedRange(text, min.Value, max.Value);
        }

        return ParseResult<ParsedRange>.ForValue(new ParsedRange(text, min, max, qualifier));
    }

    private static ParseFailure ReadBound(TextCursor r, Lexicon lexicon, string text, ScalePolicy policy, NumberConventions? conventions, out Bound bound)
    {
        bound = default;
        string? symbol = r.SymbolAt(r.Position, lexicon);
        if (symbol is not null)
        {
            r.Position += symbol.Length;
            r.SkipWhiteSpace();
        }

        // On spans of the text: no string is made for the digits or the letters after them, only for a scale word found.
        ReadOnlySpan<char> digits = r.ReadDigitSpan(conventions);
        if (digits.Length == 0)
        {
            return TextErrors.NoNumber(text, r.Position);
        }

        int digitsAt = r.Position - digits.Length;
        var failure = Interpret(digits, conventions, text, out decimal mantissa);
        if (failure.Failed)
        {
            return failure.At(digitsAt);
        }

        // Scale word: attached ("1.5bn"), after white space ("160 miliardi") or joined by a hyphen ("50-Milliarden-Dollar").
        int mark = r.Position;
        bool attached = r.PeekLetter;
        if (!attached && r.TryChar('-'))
        {
            ReadOnlySpan<char> joined = r.ReadLetterSpan();
            if (joined.Length == 0 || ScaleWords.Find(joined, policy, lexicon, out _, out _) == ScaleWords.Lookup.NotAScaleWord)
            {
                r.Position = mark;
            }
            else
            {
                r.Position = mark + 1;
                attached = true;
            }
        }

        r.SkipWhiteSpace();
        ReadOnlySpan<char> word = r.ReadLetterSpan();
        decimal multiplier = 1m;
        string? scaleWord = null;
        if (word.Length > 0)
        {
            switch (ScaleWords.Find(word, policy, lexicon, out decimal found, out string? entry))
            {
                case ScaleWords.Lookup.Found:
                    multiplier = found;
                    scaleWord = entry is not null && word.SequenceEqual(entry) ? entry : word.ToString(); // the word as written: the lexicon's own string when it is the same
                    if (r.PeekChar('.') && IsAbbreviation(word, lexicon))
                    {
                        r.Position++; // "Mrd.", "mln."
                        scaleWord += ".";
                    }

                    break;
                case ScaleWords.Lookup.RejectedAmbiguous:
                    return TextErrors.AmbiguousScaleWord(text, r.Position - word.Length, word.ToString());
                default:
                    if (attached || ScaleWords.LooksLikeScaleWord(word, lexicon))
                    {
                        return TextErrors.UnknownScaleWord(text, r.Position - word.Length, word.ToString(), ScaleWords.Known(lexicon));
                    }

                    r.Position = mark;
                    break;
            }
        }
        else
        {
            r.Position = mark;
        }

        bound = new Bound(mantissa, multiplier, scaleWord, symbol);
        return default;
    }

    /// <summary>The digits read (<see cref="Interpret(string, NumberConventions?, string, out decimal)"/>): those that
    /// <see cref="TryInterpretDirectly"/> reads for certain without a string, the others through the strings, whose
    /// failures carry the messages.</summary>
    private static ParseFailure Interpret(ReadOnlySpan<char> digits, NumberConventions? conventions, string text, out decimal value) =>
        TryInterpretDirectly(digits, conventions, out value) ? default : Interpret(digits.ToString(), conventions, text, out value);

    /// <summary>
    /// Reads digits as <see cref="Interpret(string, NumberConventions?, string, out decimal)"/> does when it succeeds, on
    /// the span and a buffer on the stack: the same separators (the conventions', or those inferred), the same grouping
    /// rule and the same exact decimal. False whenever that reading could fail or the separators are not single
    /// characters: then nothing is decided here, and the caller reads the digits the straightforward way.
    /// </summary>
    internal static bool TryInterpretDirectly(ReadOnlySpan<char> digits, NumberConventions? conventions, out decimal value)
    {
        value = 0m;
        char decimalSeparator;
        char groupSeparator;
        bool grouped;
        var grouping = NumberGrouping.Thousands;
        if (conventions is not null)
        {
            if (conventions.DecimalSeparator.Length != 1 || conventions.GroupSeparator is { Length: > 1 })
            {
                return false;
            }

            decimalSeparator = conventions.DecimalSeparator[0];
            grouped = conventions.GroupSeparator is { Length: 1 };
            groupSeparator = grouped ? conventions.GroupSeparator[0] : '\0';
            grouping = conventions.Grouping;
        }
        else
        {
            int dots = digits.Count('.');
            int commas = digits.Count(',');
            if (dots > 0 && commas > 0)
            {
                bool commaLast = digits.LastIndexOf(',') > digits.LastIndexOf('.');
                decimalSeparator = commaLast ? ',' : '.';
                groupSeparator = commaLast ? '.' : ',';
                grouped = true;
            }
            else if (dots + commas > 1)
            {
                decimalSeparator = '\0';
                groupSeparator = dots > 0 ? '.' : ',';
                grouped = true;
            }
            else if (dots + commas == 1)
            {
                int at = digits.IndexOfAny('.', ',');
                if (digits.Length - at - 1 == 3 && at is >= 1 and <= 3 && !(at == 1 && digits[0] == '0'))
                {
                    return false; // ambiguous: the straightforward reading says so
                }

                decimalSeparator = digits[at];
                groupSeparator = '\0';
                grouped = false;
            }
            else
            {
                decimalSeparator = '\0';
                groupSeparator = '\0';
                grouped = false;
            }
        }

        if (digits.Length > 64)
        {
            return false;
        }

        // Normalize's steps: the decimal separator once, digits after it; the integral part digits, or valid groups of digits.
        int point = digits.IndexOf(decimalSeparator);
        ReadOnlySpan<char> integral = point < 0 ? digits : digits[..point];
        ReadOnlySpan<char> fraction = point < 0 ? [] : digits[(point + 1)..];
        if (point >= 0 && (fraction.Contains(decimalSeparator) || integral.Length == 0 || fraction.Length == 0 || fraction.ContainsAnyExceptInRange('0', '9')))
        {
            return false;
        }

        Span<char> invariant = stackalloc char[digits.Length + 1];
        int written = 0;
        if (grouped && integral.Contains(groupSeparator))
        {
            if (!GroupsAreValid(integral, groupSeparator, grouping))
            {
                return false;
            }

            foreach (char c in integral)
            {
                if (c != groupSeparator)
                {
                    invariant[written++] = c;
                }
            }
        }
        else
        {
            if (integral.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            integral.CopyTo(invariant);
            written = integral.Length;
        }

        if (fraction.Length > 0)
        {
            invariant[written++] = '.';
            fraction.CopyTo(invariant[written..]);
            written += fraction.Length;
        }

        var number = invariant[..written];
        return decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && ExactDecimal.KeepsFraction(value, ExactDecimal.FractionDigits(number, "."));
    }

    /// <summary><see cref="NumberConventions.GroupsAreValid"/> on the groups between the separators, each all digits.</summary>
    private static bool GroupsAreValid(ReadOnlySpan<char> integral, char separator, NumberGrouping grouping)
    {
        if (grouping == NumberGrouping.None)
        {
            return false;
        }

        int inner = grouping == NumberGrouping.Indian ? 2 : 3;
        int first = integral.IndexOf(separator);
        if (first < 1 || first > inner || integral[..first].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var rest = integral[(first + 1)..];
        while (true)
        {
            int next = rest.IndexOf(separator);
            var group = next < 0 ? rest : rest[..next];
            if (group.Length != (next < 0 ? 3 : inner) || group.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            if (next < 0)
            {
                return true;
            }

            rest = rest[(next + 1)..];
        }
    }

    // Positions of the failures of Interpret and Normalize are within the digits (ReadBound moves them into the text).
    /// <summary>The straightforward reading of the digits, through strings (<see cref="Normalize"/>): every failure, with its message, comes from here.</summary>
    internal static ParseFailure Interpret(string digits, NumberConventions? conventions, string text, out decimal value)
    {
        value = 0m;
        string decimalSeparator;
        string? groupSeparator;
        var grouping = NumberGrouping.Thousands;
        if (conventions is not null)
        {
            decimalSeparator = conventions.DecimalSeparator;
            groupSeparator = conventions.GroupSeparator;
            grouping = conventions.Grouping;
        }
        else
        {
            int dots = Count(digits, '.');
            int commas = Count(digits, ',');
            if (dots > 0 && commas > 0)
            {
                bool commaLast = digits.LastIndexOf(',') > digits.LastIndexOf('.');
                decimalSeparator = commaLast ? "," : ".";
                groupSeparator = commaLast ? "." : ",";
            }
            else if (dots + commas > 1)
            {
                decimalSeparator = "\0";
                groupSeparator = dots > 0 ? "." : ",";
            }
            else if (dots + commas == 1)
            {
                int at = digits.IndexOfAny(['.', ',']);
                int before = at;
                int after = digits.Length - at - 1;
                if (after == 3 && before is >= 1 and <= 3 && digits[..at] != "0")
                {
                    return TextErrors.AmbiguousSeparator(text, digits, at);
                }

                decimalSeparator = digits[at].ToString();
                groupSeparator = null;
            }
            else
            {
                decimalSeparator = "\0";
                groupSeparator = null;
            }
        }

        var failure = Normalize(digits, decimalSeparator, groupSeparator, grouping, text, out string invariant);
        if (failure.Failed)
        {
            return failure;
        }

        if (!decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return TextErrors.Overflow(text);
        }

        return ExactDecimal.KeepsFraction(value, ExactDecimal.FractionDigits(invariant, ".")) ? default : TextErrors.TooPrecise(text, digits);
    }

    /// <summary>The digits in invariant form ("20.000" under Italian conventions is "20000"), or why they are not a number.</summary>
    internal static ParseFailure Normalize(string digits, string decimalSeparator, string? groupSeparator, NumberGrouping grouping, string text, out string invariant)
    {
        invariant = string.Empty;
        string integral = digits;
        string fraction = string.Empty;
        int at = digits.IndexOf(decimalSeparator, StringComparison.Ordinal);
        if (at < 0 && (groupSeparator is null || groupSeparator.Length == 0 || !digits.Contains(groupSeparator, StringComparison.Ordinal)) && IsAllDigits(digits))
        {
            // Digits alone ("160", "2026"): what the steps below give, without building it again.
            invariant = digits;
            return default;
        }

        if (at >= 0)
        {
            if (digits.IndexOf(decimalSeparator, at + decimalSeparator.Length, StringComparison.Ordinal) >= 0)
            {
                return Invalid(digits, text, $"the decimal separator '{decimalSeparator}' occurs more than once");
            }

            integral = digits[..at];
            fraction = digits[(at + decimalSeparator.Length)..];
            if (integral.Length == 0 || fraction.Length == 0 || !IsAllDigits(fraction))
            {
                return Invalid(digits, text, $"after the decimal separator '{decimalSeparator}' only digits are allowed");
            }
        }

        var whole = new StringBuilder(integral.Length);
        if (groupSeparator is not null && groupSeparator.Length > 0 && integral.Contains(groupSeparator, StringComparison.Ordinal))
        {
            string[] groups = integral.Split(groupSeparator);
            if (!Array.TrueForAll(groups, IsAllDigits) || !NumberConventions.GroupsAreValid(groups, grouping))
            {
                string rule = grouping switch
                {
                    NumberGrouping.Indian => "groups of two digits before a last group of three (12,34,567)",
                    NumberGrouping.None => "nothing: these conventions do not group digits",
                    _ => "groups of three digits",
                };
                return Invalid(digits, text, $"the group separator '{Printable(groupSeparator)}' must separate {rule}");
            }

            foreach (string group in groups)
            {
                whole.Append(group);
            }
        }
        else
        {
            whole.Append(integral);
        }

        if (!IsAllDigits(whole.ToString()))
        {
            return Invalid(digits, text, $"only digits, the decimal separator '{Printable(decimalSeparator)}' and the group separator '{Printable(groupSeparator)}' are allowed");
        }

        invariant = fraction.Length > 0 ? whole + "." + fraction : whole.ToString();
        return default;
    }

    /// <summary>Consumes the first of the words that <see cref="TextCursor.TryWord"/> finds (a loop: no delegate per call).</summary>
    private static bool TryAnyWord(TextCursor r, string[] words)
    {
        foreach (string word in words)
        {
            if (r.TryWord(word))
            {
                return true;
            }
        }

        return false;
    }

    private static NumberQualifier ReadQualifier(TextCursor r, Lexicon lexicon)
    {
        if (!r.AtEnd && char.IsAsciiDigit(r[r.Position]) && !lexicon.HedgeOrArticleMayStartWithDigit)
        {
            return NumberQualifier.None; // the figure starts with its digits: no hedge can match there
        }

        foreach (var (phrase, qualifier) in lexicon.HedgeList)
        {
            if (r.TryHedge(phrase))
            {
                return qualifier;
            }
        }

        return NumberQualifier.None;
    }

    private static void ReadArticle(TextCursor r, Lexicon lexicon)
    {
        if (!r.AtEnd && char.IsAsciiDigit(r[r.Position]) && !lexicon.HedgeOrArticleMayStartWithDigit)
        {
            return; // no article can match at a digit
        }

        foreach (string elided in lexicon.ElidedArticles)
        {
            if (r.TryLiteralFollowedByDigit(elided))
            {
                return;
            }
        }

        foreach (string article in lexicon.Articles)
        {
            int mark = r.Position;
            if (r.TryWord(article))
            {
                r.SkipWhiteSpace();
                if (r.PeekDigitOrSymbol(lexicon))
                {
                    return;
                }

                r.Position = mark;
            }
        }
    }

    private static string ReadUnit(TextCursor r, Lexicon lexicon)
    {
        // On the span: one string made, the unit's.
        ReadOnlySpan<char> rest = r.Text.AsSpan(r.Position).Trim();
        foreach (string prefix in lexicon.UnitPrefixes)
        {
            if (rest.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return rest[prefix.Length..].Trim().ToString();
            }
        }

        return rest.ToString();
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word, Lexicon lexicon)
    {
        foreach (var (abbreviation, _) in lexicon.ScaleAbbreviations)
        {
            if (abbreviation.Length > 1 && word.SequenceEqual(abbreviation))
            {
                return true;
            }
        }

        return false;
    }

    private static ParseFailure Invalid(string digits, string text, string why) => TextErrors.InvalidNumber(text, digits, why);

    private static string Printable(string? separator) => separator switch
    {
        null or "\0" => "none",
        "\u00A0" => "U+00A0 no-break space",
        "\u202F" => "U+202F narrow no-break space",
        _ => separator,
    };

    private static int Count(string s, char c)
    {
        int n = 0;
        foreach (char x in s)
        {
            if (x == c)
            {
                n++;
            }
        }

        return n;
    }

    private static bool IsAllDigits(string s)
    {
        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDefined(ScalePolicy policy) => policy is >= ScalePolicy.ShortScale and <= ScalePolicy.RejectAmbiguous;

    private static void CheckPolicy(ScalePolicy policy)
    {
        if (!IsDefined(policy))
        {
            Preconditions.ThrowRange(nameof(policy), policy, ScalePolicy.ShortScale, ScalePolicy.RejectAmbiguous);
        }
    }
}
