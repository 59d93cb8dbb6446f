using System.Collections.Generic;
using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>
/// The letters a list of words can start with, for a test of one character before the words are compared
/// (case-insensitively, ordinal: <see cref="TextCursor.WordAt"/>). <see cref="MayStart"/> is false only when no word of
/// the list can match at that character: two ASCII characters are equal ignoring case exactly when they are equal after
/// folding A-Z to a-z, and any character beyond ASCII, on either side, is left to the comparison itself. Immutable.
/// </summary>
internal readonly struct FirstLetters
{
    private readonly ulong _low;
    private readonly ulong _high;
    private readonly bool _all;

    private FirstLetters(ulong low, ulong high, bool all) => (_low, _high, _all) = (low, high, all);

    /// <summary>The first letters of the words (null entries are skipped).</summary>
    internal static FirstLetters Of(IEnumerable<string?> words)
    {
        ulong low = 0, high = 0;
        bool all = false;
        foreach (string? word in words)
        {
            if (word is null)
            {
                continue;
            }

            if (word.Length == 0 || word[0] >= 0x80)
            {
                all = true;
                continue;
            }

            int c = Fold(word[0]);
            if (c < 64)
            {
                low |= 1UL << c;
            }
            else
            {
                high |= 1UL << (c - 64);
            }
        }

        return new FirstLetters(low, high, all);
    }

    /// <summary>Whether a word of the list may start with <paramref name="c"/> (false: none does).</summary>
    internal bool MayStart(char c)
    {
        if (_all || c >= 0x80)
        {
            return true;
        }

        int f = Fold(c);
        return f < 64 ? (_low & (1UL << f)) != 0 : (_high & (1UL << (f - 64))) != 0;
    }

    private static int Fold(char c) => c is >= 'A' and <= 'Z' ? c + 32 : c;
}
