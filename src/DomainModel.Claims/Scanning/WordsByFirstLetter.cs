using System;
using System.Collections.Generic;

namespace DomainModel.Claims;

/// <summary>
/// The indices of a list of words grouped by their first letter, so that a loop that compares each word at a position
/// of a text (case-insensitively, ordinal: <see cref="DomainModel.Text.TextCursor.WordAt"/>) visits only the words that
/// can match there, in their order in the list. Two ASCII characters are equal ignoring case exactly when they are
/// equal after folding A-Z to a-z; for a character beyond ASCII, or a list with a word that does not start with an
/// ASCII character, every word is visited. Immutable.
/// </summary>
internal sealed class WordsByFirstLetter
{
    private readonly int[][] _byAscii = new int[128][];
    private readonly int[] _all;
    private readonly bool _visitAll;

    internal WordsByFirstLetter(IReadOnlyList<string> words)
    {
        _all = new int[words.Count];
        var buckets = new List<int>[128];
        for (int i = 0; i < words.Count; i++)
        {
            _all[i] = i;
            string word = words[i];
            if (word.Length == 0 || word[0] >= 0x80)
            {
                _visitAll = true;
                continue;
            }

            (buckets[Fold(word[0])] ??= []).Add(i);
        }

        for (int c = 0; c < 128; c++)
        {
            _byAscii[c] = buckets[c] is { } bucket ? [.. bucket] : [];
        }
    }

    /// <summary>The indices of the words that may match at a character, in list order.</summary>
    internal ReadOnlySpan<int> At(char c) => _visitAll || c >= 0x80 ? _all : _byAscii[Fold(c)];

    private static int Fold(char c) => c is >= 'A' and <= 'Z' ? c + 32 : c;
}
