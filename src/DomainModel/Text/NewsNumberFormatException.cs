using System;

namespace DomainModel.Text;

/// <summary>Thrown by <see cref="NewsNumberParser"/> when a text is not a figure it can read; <see cref="Error"/> says why.</summary>
public sealed class NewsNumberFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">Why parsing failed.</param>
    /// <param name="text">The text that was parsed.</param>
    /// <param name="message">The message, naming the text and what is allowed.</param>
    public NewsNumberFormatException(NewsNumberError error, string text, string message)
        : base(message)
    {
        Error = error;
        Text = text;
    }

    /// <summary>Why parsing failed.</summary>
    public NewsNumberError Error { get; }

    /// <summary>The text that was parsed.</summary>
    public string Text { get; }
}
