using System;

namespace DomainModel.Text;

/// <summary>
/// The one reader of characters behind <see cref="NewsNumberParser"/>, the figure scanner and the article reader: a
/// text with a position that moves forward (<c>Try…</c>, <c>Read…</c>, <c>Skip…</c>), and tests at any index
/// (<see cref="WordAt"/>, <see cref="EndsWithWord"/>, <see cref="SkipSpaces(int)"/>...). Words match case-insensitively
/// (ordinal) and as whole words. Never throws for an index inside [0, length]; not thread-safe (one per pass).
/// </summary>
internal sealed class TextCursor(string text)
{
    public string Text { get; } = text;

    public int Length => Text.Length;

    public int Position { get; set; }

    public char this[int index] => Text[index];

    public bool AtEnd => Position >= Text.Length;

    public bool PeekChar(char c) => !AtEnd && Text[Position] == c;

    public bool PeekLetter => !AtEnd && char.IsLetter(Text[Position]);

    /// <summary>Whether a digit, or a currency symbol of the lexicon, is at the position.</summary>
    public bool PeekDigitOrSymbol(Lexicon lexicon) => !AtEnd && (char.IsAsciiDigit(Text[Position]) || SymbolAt(Position, lexicon) is not null);

    // ---- Moving forward -------------------------------------------------------------------------------------------

    /// <summary>Skips any white space (<see cref="char.IsWhiteSpace(char)"/>).</summary>
    public void SkipWhiteSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(Text[Position]))
        {
            Position++;
        }
    }

    public bool TryChar(char c)
    {
        if (!AtEnd && Text[Position] == c)
        {
            Position++;
            return true;
        }

        return false;
    }

    /// <summary>Consumes a literal (ordinal, case-sensitive).</summary>
    public bool TryLiteral(string literal)
    {
        if (Text.AsSpan(Position).StartsWith(literal, StringComparison.Ordinal))
        {
            Position += literal.Length;
            return true;
        }

        return false;
    }

    /// <summary>Consumes a literal (case-insensitive) that is directly followed by a digit.</summary>
    public bool TryLiteralFollowedByDigit(string literal)
    {
        int end = Position + literal.Length;
        if (end < Text.Length && char.IsAsciiDigit(Text[end]) && Text.AsSpan(Position).StartsWith(literal, StringComparison.OrdinalIgnoreCase))
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
        if (end < Text.Length && char.IsWhiteSpace(Text[end])
            && (word.Length == 0 || (MayEqualIgnoreCase(Text[Position], word[0]) && MayEqualIgnoreCase(Text[end - 1], word[^1])))
            && Text.AsSpan(Position, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            Position = end;
            SkipWhiteSpace();
            return true;
        }

        return false;
    }

    /// <summary>Consumes a hedge: a word as <see cref="TryWord"/>, or a mark that ends in no letter ("~", "≈", "c.")
    /// directly before the figure or followed by white space.</summary>
    public bool TryHedge(string hedge)
    {
        if (hedge.Length > 0 && char.IsLetter(hedge[^1]))
        {
            return TryWord(hedge);
        }

        int end = Position + hedge.Length;
        if (end < Text.Length && (hedge.Length == 0 || (MayEqualIgnoreCase(Text[Position], hedge[0]) && MayEqualIgnoreCase(Text[end - 1], hedge[^1])))
            && Text.AsSpan(Position, hedge.Length).Equals(hedge, StringComparison.OrdinalIgnoreCase))
        {
            Position = end;
            SkipWhiteSpace();
            return true;
        }

        return false;
    }

    public string ReadLetters() => ReadLetterSpan().ToString();

    /// <summary>Reads letters, as <see cref="ReadLetters"/> does, without making a string of them.</summary>
    public ReadOnlySpan<char> ReadLetterSpan()
    {
        int start = Position;
        while (!AtEnd && char.IsLetter(Text[Position]))
        {
            Position++;
        }

        return Text.AsSpan(start, Position - start);
    }

    /// <summary>Reads digits with '.', ',' and the conventions' separators between digits; never ends on a separator.</summary>
    public string ReadDigits(NumberConventions? conventions) => ReadDigitSpan(conventions).ToString();

    /// <summary>Reads digits, as <see cref="ReadDigits"/> does, without making a string of them.</summary>
    public ReadOnlySpan<char> ReadDigitSpan(NumberConventions? conventions)
    {
        int start = Position;
        if (AtEnd || !char.IsAsciiDigit(Text[Position]))
        {
            return [];
        }

        int lastDigitEnd = Position;
        while (!AtEnd)
        {
            char c = Text[Position];
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
        return Text.AsSpan(start, lastDigitEnd - start);
    }

    private int? SeparatorBeforeDigit(string separator) =>
        Text.AsSpan(Position).StartsWith(separator, StringComparison.Ordinal)
        && Position + separator.Length < Text.Length && char.IsAsciiDigit(Text[Position + separator.Length])
            ? separator.Length
            : null;

    // ---- Tests at an index ---------------------------------------------------------------------------------------

    /// <summary>Spaces inside a line: ' ', U+00A0, U+202F and tab.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\t';

    public int SkipSpaces(int p)
    {
        while (p < Text.Length && IsSpace(Text[p]))
        {
            p++;
        }

        return p;
    }

    public int SkipSpacesBack(int p)
    {
        while (p > 0 && IsSpace(Text[p - 1]))
        {
            p--;
        }

        return p;
    }

    /// <summary>The end of the digits at p, with '.' or ',' between digits ("1.234,5"); p if none.</summary>
    public int DigitsEnd(int p)
    {
        int end = p;
        int i = p;
        while (i < Text.Length)
        {
            char c = Text[i];
            if (char.IsAsciiDigit(c))
            {
                i++;
                end = i;
            }
            else if (c is '.' or ',' && i + 1 < Text.Length && char.IsAsciiDigit(Text[i + 1]) && i > p)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    public bool AllDigits(int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(Text[i]))
            {
                return false;
            }
        }

        return end > start;
    }

    public bool DigitsAt(int p, int count) => p + count <= Text.Length && AllDigits(p, p + count);

    /// <summary>Whether <paramref name="count"/> ASCII capitals start at p ("USD").</summary>
    public bool IsUpper(int p, int count)
    {
        if (p < 0 || p + count > Text.Length)
        {
            return false;
        }

        for (int i = p; i < p + count; i++)
        {
            if (Text[i] is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A test of one character before a case-insensitive (ordinal) comparison, at any position of it: false only when the
    /// comparison certainly fails. Two ASCII characters are equal ignoring case exactly when they are equal after
    /// folding A-Z to a-z; anything beyond ASCII is left to the comparison itself.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool MayEqualIgnoreCase(char a, char b)
    {
        // ASCII: equal, or both the same letter a-z once bit 0x20 (the case bit) is set.
        uint x = (uint)a | 0x20u;
        return a == b || (a | b) >= 0x80 || (x == ((uint)b | 0x20u) && x - 'a' <= 'z' - 'a');
    }

    /// <summary>Whether a word or phrase (case-insensitive) starts at p as a whole word.</summary>
    public bool WordAt(int p, string word, out int end)
    {
        // The whole-word edges and the first and last characters first (one character each), the comparison last.
        end = p + word.Length;
        return p >= 0 && end <= Text.Length
            && (end == Text.Length || !char.IsLetterOrDigit(Text[end]))
            && (p == 0 || !char.IsLetterOrDigit(Text[p - 1]))
            && (word.Length == 0 || (MayEqualIgnoreCase(Text[p], word[0]) && MayEqualIgnoreCase(Text[end - 1], word[^1])))
            && Text.AsSpan(p, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a word or phrase (case-insensitive) ends at k as a whole word, starting at or after floor.</summary>
    public bool EndsWithWord(int k, string word, int floor, out int start)
    {
        start = k - word.Length;
        return start >= floor && start >= 0 && k <= Text.Length
            && (start == 0 || !char.IsLetterOrDigit(Text[start - 1]))
            && (word.Length == 0 || (MayEqualIgnoreCase(Text[k - 1], word[^1]) && MayEqualIgnoreCase(Text[start], word[0])))
            && Text.AsSpan(start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The word (letters and digits) that ends before the spaces before p, in lower case.</summary>
    public string WordBefore(int p)
    {
        int k = SkipSpacesBack(p);
        int s = k;
        while (s > 0 && char.IsLetterOrDigit(Text[s - 1]))
        {
            s--;
        }

        return Text[s..k].ToLowerInvariant();
    }

    /// <summary>The currency symbol of the lexicon at p, longest first, or null.</summary>
    public string? SymbolAt(int p, Lexicon lexicon)
    {
        foreach (var (symbol, _) in lexicon.CurrencySymbols)
        {
            // A symbol starts with its first character: the test of that one character first (ordinal, so exact).
            if (p >= 0 && p <= Text.Length && (symbol.Length == 0 || (p < Text.Length && Text[p] == symbol[0]))
                && Text.AsSpan(p).StartsWith(symbol, StringComparison.Ordinal))
            {
                return symbol;
            }
        }

        return null;
    }
}
