using System;
using DomainModel.Utility;

namespace DomainModel.Text;

/// <summary>
/// Why one parse failed, without an exception: the code, where the offending part of the input starts and how long it
/// is, and the message (or null when the area's message table writes it only when <c>Parse</c> throws, from the code
/// and that part: money, whose <c>TryParse</c> fails often and must stay cheap). <c>default</c> is "no failure".
/// </summary>
internal readonly struct ParseFailure
{
    internal ParseFailure(ParseError error, int position, int length, string? message)
    {
        Preconditions.DebugCheck(error != ParseError.None, "a failure needs a code");
        Error = error;
        Position = position;
        Length = length;
        Message = message;
    }

    internal ParseFailure(ParseError error, string message)
        : this(error, 0, 0, message)
    {
    }

    internal ParseError Error { get; }

    internal int Position { get; }

    internal int Length { get; }

    internal string? Message { get; }

    internal bool Failed => Error != ParseError.None;

    /// <summary>The offending part of <paramref name="input"/> (empty when none was marked).</summary>
    internal ReadOnlySpan<char> Token(ReadOnlySpan<char> input) =>
        Position >= 0 && Length > 0 && Position + Length <= input.Length ? input.Slice(Position, Length) : [];

    /// <summary>The failure with its position moved by <paramref name="offset"/>: a part parsed on its own inside a larger text.</summary>
    internal ParseFailure At(int offset) => Failed ? new ParseFailure(Error, Position + offset, Length, Message) : this;

    /// <summary>The exception <c>Parse</c> throws; <paramref name="message"/> is used when the failure carries none.</summary>
    internal DomainModelFormatException ToException(ReadOnlySpan<char> input, string? message = null)
    {
        string text = input.ToString();
        return new DomainModelFormatException(Error, text, Math.Clamp(Position, 0, text.Length), Message ?? message ?? $"'{text}' could not be read ({Error}).");
    }
}
