using System;
using System.Collections.Generic;

namespace DomainModel.Claims;

/// <summary>
/// The indices of a list of words grouped by their first letter (or their last), so that a loop that compares each word
/// at a position of a text (case-insensitively, ordinal: <see cref="DomainModel.Text.TextCursor.WordAt"/>, or ending there:
/// <see cref="DomainModel.Text.TextCursor.EndsWithWord"/>) visits only the words that can match there, in their order in
/// the list. Two ASCII characters are equal ignoring case exactly when they are equal after folding A-Z to a-z (the
/// test those comparisons make first); a word that is empty or whose letter is beyond ASCII is visited at every
/// character, and at a character beyond ASCII every word is visited. Immutable.
/// </summary>
internal sealed class WordsByFirstLetter
{
    private readonly int[][] _byAscii = new int[128][];
    private readonly int[] _all;

    /// <summary>Groups the words by their first letter, or by their last when <paramref name="last"/> is true.</summary>
    internal WordsByFirstLetter(IReadOnlyList<string> words, bool last = false)
    {
        _all = new int[words.Count];
        var buckets = new List<int>[128];
        for (int c = 0; c < 128; c++)
        {
            buckets[c] = [];
        }

        for (int i = 0; i < words.Count; i++)
        {
            _all[i] = i;
            string word = words[i];
            char letter = word.Length == 0 ? '\0' : last ? word[^1] : word[0];
            if (word.Length == 0 || letter >= 0x80)
            {
                foreach (var bucket in buckets)
                {
                    bucket.Add(i);
                }

                continue;
            }

            buckets[Fold(letter)].Add(i);
        }

        for (int c = 0; c < 128; c++)
        {
            _byAscii[c] = [.. buckets[c]];
        }
    }

    /// <summary>Every index, in list order.</summary>
    internal ReadOnlySpan<int> All => _all;

    /// <summary>The indices of the words that may match at a character, in list order.</summary>
    internal ReadOnlySpan<int> At(char c) => c >= 0x80 ? _all : _byAscii[Fold(c)];

    private static int Fold(char c) => c is >= 'A' and <= 'Z' ? c + 32 : c;
}
