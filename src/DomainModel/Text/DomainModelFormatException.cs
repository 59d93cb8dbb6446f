using System;
using DomainModel.Utility;

namespace DomainModel.Text;

/// <summary>
/// The one exception the parsers of the library throw when a text is not a value: <c>Parse</c> of money, currencies,
/// exchange rates, validities, date ranges, quantities, news numbers and period words, and <c>ToString</c> with a
/// format the type does not know. It says why (<see cref="Error"/>), what was read (<see cref="Input"/>) and where
/// (<see cref="Position"/>); the message quotes the input and says what is accepted, in invariant English. The
/// matching <c>TryParse</c> returns <see langword="false"/> for the same inputs and never throws. A
/// <see cref="FormatException"/>, so callers that catch that keep working.
/// </summary>
public class DomainModelFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">Why the text could not be read; not <see cref="ParseError.None"/>.</param>
    /// <param name="input">The text that was read.</param>
    /// <param name="position">The 0-based index in <paramref name="input"/> where the offending part starts (0 when the text as a whole is refused).</param>
    /// <param name="message">The message, quoting the input and saying what is accepted.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="error"/> is <see cref="ParseError.None"/> or undefined, or <paramref name="position"/> is outside 0 to the input's length.</exception>
    public DomainModelFormatException(ParseError error, string input, int position, string message, Exception? innerException = null)
        : base(Preconditions.CheckNotNull(message), innerException)
    {
        Preconditions.CheckNotNull(input);
        if (error == ParseError.None || !Enum.IsDefined(error))
        {
            throw Preconditions.OutOfRange(nameof(error), error, $"'{error}' is not a parse error: use a defined ParseError other than None.");
        }

        Preconditions.CheckRange(position, 0, input.Length);
        Error = error;
        Input = input;
        Position = position;
    }

    /// <summary>Why the text could not be read.</summary>
    public ParseError Error { get; }

    /// <summary>The text that was read (for a format string refused by <c>ToString</c>, the format).</summary>
    public string Input { get; }

    /// <summary>The 0-based index in <see cref="Input"/> where the offending part starts; 0 when the text as a whole is refused.</summary>
    public int Position { get; }
}
