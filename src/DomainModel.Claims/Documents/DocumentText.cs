using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace DomainModel.Claims;

/// <summary>
/// The first pass of the document reader: the text as UTF-8, every token read once, so that each fault of the text
/// itself (invalid UTF-16, a JSON syntax error, nesting deeper than <see cref="MaxDepth"/>, an escape such as
/// <c>\uDAAA</c> that is half of a surrogate pair) becomes a <see cref="ClaimsDocumentException"/> with its line and
/// column, before any value is read. After it, no reader error is left for the field checks.
/// </summary>
internal static class DocumentText
{
    /// <summary>The deepest nesting read (a claims document needs 5 levels).</summary>
    internal const int MaxDepth = 64;

    internal static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = MaxDepth,
    };

    /// <summary>The document as UTF-8, checked token by token.</summary>
    internal static byte[] Check(string json)
    {
        byte[] utf8 = new byte[Encoding.UTF8.GetMaxByteCount(json.Length)];
        var status = Utf8.FromUtf16(json, utf8, out int charsRead, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var (line, column) = Position(json.AsSpan(0, charsRead));
            throw new ClaimsDocumentException("$", Invariant($"the document is not valid text: the character U+{(int)json[charsRead]:X4} at line {line}, column {column} is half of a surrogate pair."), line, column);
        }

        Array.Resize(ref utf8, written);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = MaxDepth });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && !EscapesArePaired(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan))
                {
                    var (line, column) = Position(utf8.AsSpan(0, (int)reader.TokenStartIndex));
                    throw new ClaimsDocumentException("$", Invariant($"the document is not valid JSON text: the string at line {line}, column {column} escapes half of a surrogate pair (such as \\uDAAA alone); a character outside the Basic Multilingual Plane is written as two escapes, high then low (\\uD83D\\uDE00), or as itself."), line, column);
                }
            }
        }
        catch (JsonException e)
        {
            long line = (e.LineNumber ?? 0) + 1;
            long column = (e.BytePositionInLine ?? 0) + 1;
            throw new ClaimsDocumentException("$", "the document is not valid JSON: " + e.Message, line, column, e);
        }

        return utf8;
    }

    /// <summary>Whether every <c>\u</c> escape of a surrogate in a raw (still escaped) JSON string is one of a high-low pair.</summary>
    private static bool EscapesArePaired(ReadOnlySpan<byte> raw)
    {
        bool pendingHigh = false;
        for (int i = 0; i < raw.Length; i++)
        {
            if (raw[i] != (byte)'\\')
            {
                if (pendingHigh)
                {
                    return false;
                }

                continue;
            }

            // The reader has checked the escapes: a backslash is followed by one of "\/bfnrtu, and u by four hex digits.
            if (raw[i + 1] != (byte)'u')
            {
                if (pendingHigh)
                {
                    return false;
                }

                i++;
                continue;
            }

            int unit = int.Parse(Encoding.ASCII.GetString(raw.Slice(i + 2, 4)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            i += 5;
            if (char.IsHighSurrogate((char)unit))
            {
                if (pendingHigh)
                {
                    return false;
                }

                pendingHigh = true;
            }
            else if (char.IsLowSurrogate((char)unit))
            {
                if (!pendingHigh)
                {
                    return false;
                }

                pendingHigh = false;
            }
            else if (pendingHigh)
            {
                return false;
            }
        }

        return !pendingHigh;
    }

    /// <summary>The 1-based line and column (in characters) just after <paramref name="before"/>.</summary>
    private static (long Line, long Column) Position(ReadOnlySpan<char> before)
    {
        int lastNewline = before.LastIndexOf('\n');
        return (before.Count('\n') + 1, before.Length - lastNewline);
    }

    /// <summary>The 1-based line and column (in characters, counting UTF-8 lead bytes) just after <paramref name="before"/>.</summary>
    private static (long Line, long Column) Position(ReadOnlySpan<byte> before)
    {
        int lastNewline = before.LastIndexOf((byte)'\n');
        long column = 1;
        foreach (byte b in before[(lastNewline + 1)..])
        {
            column += (b & 0xC0) != 0x80 ? 1 : 0;
        }

        return (before.Count((byte)'\n') + 1, column);
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
