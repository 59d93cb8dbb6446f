using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using DomainModel.Utility;

namespace DomainModel.Text;

/// <summary>
/// Reads figures as news writes them, in English and Italian: "160 miliardi di yuan", "1.5 billion", "20.000 unità",
/// "oltre 30 trilioni di token", and ranges such as "40.000-80.000 unità" or "tra i 350 e i 400 miliardi".
/// </summary>
/// <remarks>
/// <para><b>Shape:</b> [qualifier] [article] [currency symbol] number [scale word] [unit text]. Qualifiers
/// (<see cref="NumberQualifier"/>) and currency symbols ($, €, £, ¥, US$) are reported, not applied; the unit
/// text is returned as written, without a leading "di", "d'" or "of". Numbers have no sign and no exponent.</para>
/// <para><b>Scale words</b> (after a space, or attached: "1.5bn"): thousand, million, billion, trillion (and
/// plurals); mila, mille, milione/i, miliardo/i, bilione/i, trilione/i (case-insensitive); abbreviations k, K, M, mn,
/// mln, B, bn, mld, mrd, T, tn (case-sensitive). billion/bilione and trillion/trilione are read under the
/// <see cref="ScalePolicy"/> passed (default <see cref="ScalePolicy.ShortScale"/>); abbreviations are always short
/// scale. An attached suffix that is not a scale word ("5Q"), or a word that looks like one but is not ("12
/// zillion"), is refused as <see cref="ParseError.UnknownScaleWord"/>; any other word starts the unit text.</para>
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
/// <para><b>Ranges:</b> "A-B", "A–B", "A—B", "A to B", "A a B", "between/tra/fra A and/e B", "from/da A to/a B", with
/// Italian articles ("tra i 350 e i 400"). A bound without a scale word takes the other bound's scale word
/// ("between 350 and 400 billion" is 350 to 400 billion; <see cref="ParsedNumber.ScaleWordInherited"/> says so),
/// and the unit text after the range applies to both. The lower bound must not exceed the upper.</para>
/// <para>Never reads the current culture. Thread-safe. <c>Try…</c> methods never throw.</para>
/// </remarks>
public static class NewsNumberParser
{
    internal static readonly (string Phrase, NumberQualifier Qualifier)[] Qualifiers =
    [
        ("far more than", NumberQualifier.Over), ("much more than", NumberQualifier.Over), ("well over", NumberQualifier.Over),
        ("ha superato", NumberQualifier.Over), ("hanno superato", NumberQualifier.Over), ("ha oltrepassato", NumberQualifier.Over),
        ("exceeding", NumberQualifier.Over), ("exceeded", NumberQualifier.Over), ("exceeds", NumberQualifier.Over), ("exceed", NumberQualifier.Over),
        ("~", NumberQualifier.About),
        ("approssimativamente", NumberQualifier.About), ("approximately", NumberQualifier.About), ("all'incirca", NumberQualifier.About),
        ("intorno agli", NumberQualifier.About), ("intorno ai", NumberQualifier.About), ("intorno a", NumberQualifier.About),
        ("superiore a", NumberQualifier.Over), ("inferiore a", NumberQualifier.Under),
        ("fewer than", NumberQualifier.Under), ("more than", NumberQualifier.Over), ("less than", NumberQualifier.Under),
        ("fino agli", NumberQualifier.UpTo), ("fino ai", NumberQualifier.UpTo), ("fino a", NumberQualifier.UpTo),
        ("più dei", NumberQualifier.Over), ("più di", NumberQualifier.Over), ("piu di", NumberQualifier.Over),
        ("meno dei", NumberQualifier.Under), ("meno di", NumberQualifier.Under),
        ("at least", NumberQualifier.AtLeast), ("roughly", NumberQualifier.About), ("around", NumberQualifier.About),
        ("almeno", NumberQualifier.AtLeast), ("nearly", NumberQualifier.Nearly), ("almost", NumberQualifier.Nearly),
        ("about", NumberQualifier.About), ("circa", NumberQualifier.About), ("above", NumberQualifier.Over),
        ("oltre", NumberQualifier.Over), ("sopra", NumberQualifier.Over), ("under", NumberQualifier.Under),
        ("below", NumberQualifier.Under), ("sotto", NumberQualifier.Under), ("up to", NumberQualifier.UpTo),
        ("quasi", NumberQualifier.Nearly), ("over", NumberQualifier.Over),
    ];

    internal static readonly string[] Articles = ["the", "gli", "agli", "alle", "ai", "al", "il", "lo", "la", "le", "i"];

    internal static readonly string[] CurrencySymbols = ["US$", "$", "€", "£", "¥"];

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
        return ParseCore(text, policy, Conventions(culture), culture).GetValueOrThrow(text);
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
        return ParseCore(text, policy, conventions, null).GetValueOrThrow(text);
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
        return text is not null && conventions is not null && IsDefined(policy) && ParseCore(text, policy, conventions, null).TryGetValue(out result);
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
        return ParseRangeCore(text, policy, conventions, null).GetValueOrThrow(text);
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
        return text is not null && conventions is not null && IsDefined(policy) && ParseRangeCore(text, policy, conventions, null).TryGetValue(out result);
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
            && ParseCore(text, policy, Conventions(culture), culture).TryGetValue(out result);
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
        return ParseRangeCore(text, policy, Conventions(culture), culture).GetValueOrThrow(text);
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
            && ParseRangeCore(text, policy, Conventions(culture), culture).TryGetValue(out result);
    }

    // ---- Core ---------------------------------------------------------------------------------------------

    private readonly record struct Bound(decimal Mantissa, decimal Multiplier, string? Word, string? Symbol);

    private static NumberConventions? Conventions(CultureInfo? culture) => culture is null ? null : NumberConventions.FromCulture(culture);

    /// <summary>The one parser of a figure; never throws.</summary>
    private static ParseResult<ParsedNumber> ParseCore(string text, ScalePolicy policy, NumberConventions? conventions, CultureInfo? culture)
    {
        var r = new Reader(text);
        r.SkipWhiteSpace();
        if (r.AtEnd)
        {
            return TextErrors.EmptyFigure();
        }

        var qualifier = ReadQualifier(r);
        ReadArticle(r);
        var failure = ReadBound(r, text, policy, conventions, out var bound);
        if (failure.Failed)
        {
            return failure;
        }

        if (bound.Multiplier != 1m && bound.Mantissa > decimal.MaxValue / bound.Multiplier)
        {
            return TextErrors.Overflow(text);
        }

        return ParseResult<ParsedNumber>.ForValue(
            new ParsedNumber(text, bound.Mantissa, bound.Multiplier, bound.Word, false, policy, culture, conventions, qualifier, bound.Symbol, ReadUnit(r)));
    }

    /// <summary>The one parser of a range; never throws.</summary>
    private static ParseResult<ParsedRange> ParseRangeCore(string text, ScalePolicy policy, NumberConventions? conventions, CultureInfo? culture)
    {
        var r = new Reader(text);
        r.SkipWhiteSpace();
        if (r.AtEnd)
        {
            return TextErrors.EmptyRange();
        }

        var qualifier = ReadQualifier(r);
        string[]? connectors =
            r.TryWord("between") || r.TryWord("tra") || r.TryWord("fra") ? ["and", "e"] :
            r.TryWord("from") || r.TryWord("da") ? ["to", "a"] :
            null;
        ReadArticle(r);
        var failure = ReadBound(r, text, policy, conventions, out var low);
        if (failure.Failed)
        {
            return failure;
        }

        r.SkipWhiteSpace();
        bool separated = connectors is null
            ? r.TryChar('-') || r.TryChar('–') || r.TryChar('—') || r.TryWord("to") || r.TryWord("a")
            : Array.Exists(connectors, r.TryWord);
        if (!separated)
        {
            return TextErrors.NoRangeConnector(text, r.Position, connectors);
        }

        r.SkipWhiteSpace();
        ReadArticle(r);
        failure = ReadBound(r, text, policy, conventions, out var high);
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

        string unit = ReadUnit(r);
        var min = new ParsedNumber(text, low.Mantissa, low.Multiplier, low.Word, inherited, policy, culture, conventions, qualifier, low.Symbol, unit);
        var max = new ParsedNumber(text, high.Mantissa, high.Multiplier, high.Word, false, policy, culture, conventions, qualifier, high.Symbol, unit);
        if (min.Value > max.Value)
        {
            return TextErrors.ReversedRange(text, min.Value, max.Value);
        }

        return ParseResult<ParsedRange>.ForValue(new ParsedRange(text, min, max, qualifier));
    }

    private static ParseFailure ReadBound(Reader r, string text, ScalePolicy policy, NumberConventions? conventions, out Bound bound)
    {
        bound = default;
        string? symbol = null;
        foreach (string s in CurrencySymbols)
        {
            if (r.TryLiteral(s))
            {
                symbol = s;
                r.SkipWhiteSpace();
                break;
            }
        }

        string digits = r.ReadDigits(conventions);
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

        // Scale word: attached ("1.5bn") or after white space ("160 miliardi").
        int mark = r.Position;
        bool attached = r.PeekLetter;
        r.SkipWhiteSpace();
        string word = r.ReadLetters();
        decimal multiplier = 1m;
        string? scaleWord = null;
        if (word.Length > 0)
        {
            switch (ScaleWords.Find(word, policy, out decimal found))
            {
                case ScaleWords.Lookup.Found:
                    multiplier = found;
                    scaleWord = word;
                    break;
                case ScaleWords.Lookup.RejectedAmbiguous:
                    return TextErrors.AmbiguousScaleWord(text, r.Position - word.Length, word);
                default:
                    if (attached || ScaleWords.LooksLikeScaleWord(word))
                    {
                        return TextErrors.UnknownScaleWord(text, r.Position - word.Length, word);
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

    // Positions of the failures of Interpret and Normalize are within the digits (ReadBound moves them into the text).
    private static ParseFailure Interpret(string digits, NumberConventions? conventions, string text, out decimal value)
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

    private static ParseFailure Normalize(string digits, string decimalSeparator, string? groupSeparator, NumberGrouping grouping, string text, out string invariant)
    {
        invariant = string.Empty;
        string integral = digits;
        string fraction = string.Empty;
        int at = digits.IndexOf(decimalSeparator, StringComparison.Ordinal);
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

    private static NumberQualifier ReadQualifier(Reader r)
    {
        foreach (var (phrase, qualifier) in Qualifiers)
        {
            if (r.TryWord(phrase))
            {
                r.SkipWhiteSpace();
                return qualifier;
            }
        }

        return NumberQualifier.None;
    }

    private static void ReadArticle(Reader r)
    {
        if (r.TryLiteralFollowedByDigit("l'") || r.TryLiteralFollowedByDigit("l’"))
        {
            return;
        }

        foreach (string article in Articles)
        {
            int mark = r.Position;
            if (r.TryWord(article))
            {
                r.SkipWhiteSpace();
                if (r.PeekDigitOrSymbol)
                {
                    return;
                }

                r.Position = mark;
            }
        }
    }

    private static string ReadUnit(Reader r)
    {
        string rest = r.Rest.Trim();
        foreach (string prefix in (string[])["di ", "d'", "d’", "of "])
        {
            if (rest.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return rest[prefix.Length..].Trim();
            }
        }

        return rest;
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

    /// <summary>A position in the text being parsed.</summary>
    private sealed class Reader(string text)
    {
        public int Position { get; set; }

        public bool AtEnd => Position >= text.Length;

        public string Rest => text[Position..];

        public bool PeekLetter => !AtEnd && char.IsLetter(text[Position]);

        public bool PeekDigitOrSymbol => !AtEnd && (char.IsAsciiDigit(text[Position]) || text[Position] is '$' or '€' or '£' or '¥' || text.AsSpan(Position).StartsWith("US$", StringComparison.Ordinal));

        public void SkipWhiteSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(text[Position]))
            {
                Position++;
            }
        }

        public bool TryChar(char c)
        {
            if (!AtEnd && text[Position] == c)
            {
                Position++;
                return true;
            }

            return false;
        }

        public bool TryLiteral(string literal)
        {
            if (text.AsSpan(Position).StartsWith(literal, StringComparison.Ordinal))
            {
                Position += literal.Length;
                return true;
            }

            return false;
        }

        public bool TryLiteralFollowedByDigit(string literal)
        {
            int end = Position + literal.Length;
            if (end < text.Length && char.IsAsciiDigit(text[end]) && text.AsSpan(Position).StartsWith(literal, StringComparison.OrdinalIgnoreCase))
            {
                Position = end;
                return true;
            }

            return false;
        }

        /// <summary>Consumes a word or phrase (case-insensitive) that is followed by white space, and the white space.</summary>
        public bool TryWord(string word)
        {
            int end = Position + word.Length;
            if (end < text.Length && char.IsWhiteSpace(text[end]) && text.AsSpan(Position, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                Position = end;
                SkipWhiteSpace();
                return true;
            }

            return false;
        }

        public string ReadLetters()
        {
            int start = Position;
            while (!AtEnd && char.IsLetter(text[Position]))
            {
                Position++;
            }

            return text[start..Position];
        }

        /// <summary>Reads digits with '.', ',' and the conventions' separators between digits; never ends on a separator.</summary>
        public string ReadDigits(NumberConventions? conventions)
        {
            int start = Position;
            if (AtEnd || !char.IsAsciiDigit(text[Position]))
            {
                return string.Empty;
            }

            int lastDigitEnd = Position;
            while (!AtEnd)
            {
                char c = text[Position];
                if (char.IsAsciiDigit(c))
                {
                    Position++;
                    lastDigitEnd = Position;
                }
                else if (c is '.' or ',')
                {
                    Position++;
                }
                else if (conventions is not null && SeparatorBeforeDigit(conventions.GroupSeparator) is int group)
                {
                    Position += group;
                }
                else if (conventions is not null && SeparatorBeforeDigit(conventions.DecimalSeparator) is int point)
                {
                    Position += point;
                }
                else
                {
                    break;
                }
            }

            Position = lastDigitEnd;
            return text[start..lastDigitEnd];
        }

        private int? SeparatorBeforeDigit(string separator) =>
            text.AsSpan(Position).StartsWith(separator, StringComparison.Ordinal)
            && Position + separator.Length < text.Length && char.IsAsciiDigit(text[Position + separator.Length])
                ? separator.Length
                : null;
    }
}
