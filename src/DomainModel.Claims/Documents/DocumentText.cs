using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace DomainModel.Claims;

/// <summary>
/// The parse of the document reader: the text as UTF-8, parsed once, so that each fault of the text itself (invalid
/// UTF-16, a JSON syntax error, nesting deeper than <see cref="MaxDepth"/>, an escape such as <c>\uDAAA</c> that is
/// half of a surrogate pair) becomes a <see cref="ClaimsDocumentException"/> with its line and column, before any value
/// is read; the faults a parse leaves unsaid (the first of several, an escaped half pair) are found by a pass over every
/// token, run only where one may be. After it, no reader error is left for the field checks.
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

    /// <summary>
    /// The document parsed, with every fault of the text reported as the token pass (<see cref="CheckTokens"/>) reports it: the text encoded once into
    /// <paramref name="rented"/> (from <see cref="ArrayPool{T}.Shared"/>; the caller returns it once the document is
    /// disposed) and parsed once. The token pass runs only where it can find something the parse
    /// does not: when the parse fails (it then reports the first fault, as before) or when the text has an escape that
    /// may be of a surrogate (<c>\uD800</c> to <c>\uDFFF</c>).
    /// </summary>
    internal static JsonDocument Parse(string json, out byte[] rented)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            int written = ToUtf8(json, buffer);
            var utf8 = new ReadOnlyMemory<byte>(buffer, 0, written);
            if (MayEscapeSurrogate(utf8.Span))
            {
                CheckTokens(utf8.Span);
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(utf8, Options);
            }
            catch (JsonException e)
            {
                // The token pass reads the same tokens with the same options, so it reports this fault (or an escape before it).
                CheckTokens(utf8.Span);
                throw NotJson(e);
            }

            rented = buffer;
            return document;
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Whether the UTF-8 text has a backslash, 'u', a hex digit 'D' and one of 8 to F: the only way a JSON string escapes a surrogate.</summary>
    internal static bool MayEscapeSurrogate(ReadOnlySpan<byte> utf8)
    {
        int at;
        while ((at = utf8.IndexOf("\\u"u8)) >= 0)
        {
            if (at + 3 < utf8.Length && utf8[at + 2] is (byte)'d' or (byte)'D' && utf8[at + 3] is (>= (byte)'8' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F'))
            {
                return true;
            }

            utf8 = utf8[(at + 2)..];
        }

        return false;
    }

    /// <summary>Encodes the text as UTF-8 into a buffer of at least <see cref="Encoding.GetMaxByteCount"/> bytes; returns the bytes written.</summary>
    private static int ToUtf8(string json, byte[] utf8)
    {
        var status = Utf8.FromUtf16(json, utf8, out int charsRead, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var (line, column) = Position(json.AsSpan(0, charsRead));
            throw new ClaimsDocumentException("$", Invariant($"the document is not valid text: the character U+{(int)json[charsRead]:X4} at line {line}, column {column} is half of a surrogate pair."), line, column);
        }

        return written;
    }

    private static ClaimsDocumentException NotJson(JsonException e)
    {
        long line = (e.LineNumber ?? 0) + 1;
        long column = (e.BytePositionInLine ?? 0) + 1;
        return new ClaimsDocumentException("$", "the document is not valid JSON: " + e.Message, line, column, e);
    }

    /// <summary>Reads every token: a fault of the text is thrown with its line and column.</summary>
    private static void CheckTokens(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = MaxDepth });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && !EscapesArePaired(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan))
                {
                    var (line, column) = Position(utf8[..(int)reader.TokenStartIndex]);
                    throw new ClaimsDocumentException("$", Invariant($"the document is not valid JSON text: the string at line {line}, column {column} escapes half of a surrogate pair (such as \\uDAAA alone); a character outside the Basic Multilingual Plane is written as two escapes, high then low (\\uD83D\\uDE00), or as itself."), line, column);
                }
            }
        }
        catch (JsonException e)
        {
            throw NotJson(e);
        }
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
