using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DomainModel.Claims;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>
/// The reader parses a document's text once, and runs the pass over every token only when the parse fails or the
/// text may escape half a surrogate pair. On random JSON-like texts and on the seed document mutated at random, it
/// gives what the two passes gave (every token read, then the parse), written here again as they were: the same
/// JSON, or the same error with the same path, message, line and column.
/// </summary>
public sealed class DocumentTextSingleParseTests
{
    private const string Alphabet = "{}[]\":,\\ u dD8aF0 \n1e-.tnl\uD83D\uDE00é";

    private static readonly string Seed = File.ReadAllText(DocumentFiles.SeedPath);

    public static Arbitrary<string> Texts() =>
        Arb.From(Gen.OneOf(
            Gen.ListOf(Gen.Elements(Alphabet.ToCharArray())).Select(l => new string([.. l.Take(30)])),
            Gen.ListOf(Gen.Elements(Alphabet.ToCharArray())).Select(l => "{\"a\": [\"" + new string([.. l.Take(12)]) + "\", 1]}"),
            Gen.Choose(0, 10_000).SelectMany(at => Gen.Elements(Alphabet.ToCharArray()).SelectMany(c => Gen.Choose(0, 2).Select(how => Mutate(Seed, at, c, how))))));

    [Property(Arbitrary = new[] { typeof(DocumentTextSingleParseTests) }, MaxTest = 2000)]
    public void Parse_AgreesWithTheTokenPassThenTheParse(string json) => AssertSameOutcome(json);

    [Theory]
    [InlineData("{\"a\": \"\\uD83D\\uDE00\"}")]
    [InlineData("{\"a\": \"\\uD83D\"}")]
    [InlineData("{\"a\": \"\\uDE00\\uD83D\"}")]
    [InlineData("{\"a\": \"\\\\uD83D\"}")]
    [InlineData("{\"a\": \"\\uDE00\", ]")]
    [InlineData("{\"a\": 1, ] \"\\uDE00\"")]
    [InlineData("{\"\\ud800\": 1}")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    [InlineData("{\"a\": \"x\"} // no comments")]
    [InlineData("\uD83D{}")]
    [InlineData("")]
    public void Parse_AgreesOnFaultsOfTheText(string json) => AssertSameOutcome(json);

    [Property(MaxTest = 2000)]
    public void MayEscapeSurrogate_IsTrueForEveryEscapedSurrogate(NonNull<string> text)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text.Get.Replace('\uD800', 'x'));
        bool straightforward = Regex.IsMatch(Encoding.UTF8.GetString(utf8), @"\\u[dD][89a-fA-F]");
        Assert.Equal(straightforward, DocumentText.MayEscapeSurrogate(utf8));
    }

    [Theory]
    [InlineData("\\uD800", true)]
    [InlineData("\\ud9ff", true)]
    [InlineData("\\uDfff", true)]
    [InlineData("\\uD7FF", false)]
    [InlineData("\\uE000", false)]
    [InlineData("\\u", false)]
    [InlineData("\\uD", false)]
    [InlineData("x\\u00e9 \\uDB", true)]
    public void MayEscapeSurrogate_ByHand(string text, bool expected) =>
        Assert.Equal(expected, DocumentText.MayEscapeSurrogate(Encoding.UTF8.GetBytes(text)));

    private static string Mutate(string text, int at, char c, int how)
    {
        at %= text.Length + 1;
        return how switch
        {
            0 => text.Insert(at, c.ToString()),
            1 when at < text.Length => text.Remove(at, 1),
            _ when at < text.Length => text.Remove(at, 1).Insert(at, c.ToString()),
            _ => text + c,
        };
    }

    private static void AssertSameOutcome(string json)
    {
        var (expected, expectedError) = Outcome(() => Straightforward(json));
        var (actual, actualError) = Outcome(() =>
        {
            var document = DocumentText.Parse(json, out byte[] rented);
            try
            {
                return document.RootElement.GetRawText();
            }
            finally
            {
                document.Dispose();
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        });
        Assert.Equal(expected, actual);
        Assert.Equal(expectedError is null, actualError is null);
        if (expectedError is not null)
        {
            Assert.Equal(expectedError.Path, actualError!.Path);
            Assert.Equal(expectedError.Message, actualError.Message);
            Assert.Equal(expectedError.Line, actualError.Line);
            Assert.Equal(expectedError.Column, actualError.Column);
            Assert.Equal(expectedError.InnerException?.GetType(), actualError.InnerException?.GetType());
        }
    }

    private static (string? Json, ClaimsDocumentException? Error) Outcome(Func<string> parse)
    {
        try
        {
            return (parse(), null);
        }
        catch (ClaimsDocumentException e)
        {
            return (null, e);
        }
    }

    /// <summary>The two passes as they were: the text as UTF-8, every token read (faults thrown with their line and column), then the parse.</summary>
    private static string Straightforward(string json)
    {
        byte[] utf8 = new byte[Encoding.UTF8.GetMaxByteCount(json.Length)];
        var status = System.Text.Unicode.Utf8.FromUtf16(json, utf8, out int charsRead, out int written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            var before = json.AsSpan(0, charsRead);
            long line = before.Count('\n') + 1, column = before.Length - before.LastIndexOf('\n');
            throw new ClaimsDocumentException("$", FormattableString.Invariant($"the document is not valid text: the character U+{(int)json[charsRead]:X4} at line {line}, column {column} is half of a surrogate pair."), line, column);
        }

        Array.Resize(ref utf8, written);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = DocumentText.MaxDepth });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && !Paired(Encoding.UTF8.GetString(reader.ValueSpan)))
                {
                    var before = utf8.AsSpan(0, (int)reader.TokenStartIndex);
                    int lastNewline = before.LastIndexOf((byte)'\n');
                    long column = 1 + before[(lastNewline + 1)..].ToArray().Count(b => (b & 0xC0) != 0x80);
                    long line = before.Count((byte)'\n') + 1;
                    throw new ClaimsDocumentException("$", FormattableString.Invariant($"the document is not valid JSON text: the string at line {line}, column {column} escapes half of a surrogate pair (such as \\uDAAA alone); a character outside the Basic Multilingual Plane is written as two escapes, high then low (\\uD83D\\uDE00), or as itself."), line, column);
                }
            }
        }
        catch (JsonException e)
        {
            throw new ClaimsDocumentException("$", "the document is not valid JSON: " + e.Message, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, e);
        }

        using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = DocumentText.MaxDepth });
        return document.RootElement.GetRawText();
    }

    /// <summary>Whether every escaped surrogate of a raw JSON string is one of a high-low pair: the escapes decoded by a regular expression.</summary>
    private static bool Paired(string raw)
    {
        var escapes = Regex.Replace(raw, @"\\(u[0-9a-fA-F]{4}|.)|.", m => m.Value.Length == 6 && m.Value[1] == 'u' ? ((char)Convert.ToInt32(m.Value[2..], 16)).ToString() : "x");
        for (int i = 0; i < escapes.Length; i++)
        {
            if (char.IsHighSurrogate(escapes[i]))
            {
                if (i + 1 >= escapes.Length || !char.IsLowSurrogate(escapes[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(escapes[i]))
            {
                return false;
            }
        }

        return true;
    }
}
