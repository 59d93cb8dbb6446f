using System;
using System.Diagnostics.CodeAnalysis;
using DomainModel.Utility;

namespace DomainModel.Text;

/// <summary>
/// The shared steps of the fixed invariant text forms behind <see cref="ISpanFormattable"/> and
/// <see cref="ISpanParsable{TSelf}"/>: one implementation of Parse, TryParse, ToString(format) and TryFormat for every
/// type whose text is one form (<see cref="IInvariantTextForm{TSelf}"/>).
/// </summary>
internal static class TextForm
{
    /// <summary>Copies the text, or writes nothing and returns false when the destination is too small.</summary>
    internal static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Refuses any format but the general one (null, empty, "G" or "g").</summary>
    /// <exception cref="DomainModelFormatException">Another format (<see cref="ParseError.UnknownFormat"/>).</exception>
    internal static void CheckGeneral(ReadOnlySpan<char> format, string typeName)
    {
        if (!(format.IsEmpty || format is "G" or "g"))
        {
            throw UnknownFormat(format, $"Format '{format}' is not supported for a {typeName}; use \"G\" (or null), the invariant round-trip form.");
        }
    }

    /// <summary>The exception for a format string a type does not know; the message says which formats it knows.</summary>
    internal static DomainModelFormatException UnknownFormat(ReadOnlySpan<char> format, string message) =>
        new(ParseError.UnknownFormat, format.ToString(), 0, message);

    /// <summary>The invariant form, after checking that the format is the general one.</summary>
    internal static string Format<T>(T value, ReadOnlySpan<char> format, string typeName)
        where T : notnull
    {
        CheckGeneral(format, typeName);
        return value.ToString()!;
    }

    /// <summary>Writes the invariant form, after checking that the format is the general one.</summary>
    internal static bool TryFormat<T>(T value, Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, string typeName)
        where T : notnull
    {
        CheckGeneral(format, typeName);
        return TryCopy(value.ToString()!, destination, out charsWritten);
    }

    /// <summary>Reads the form or throws the failure.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not in the form.</exception>
    internal static T Parse<T>(string s, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(s))] string? paramName = null)
        where T : IInvariantTextForm<T>
    {
        Preconditions.CheckNotNull(s, paramName);
        return T.ParseForm(s).GetValueOrThrow(s);
    }

    /// <summary>Reads the form or throws the failure.</summary>
    /// <exception cref="DomainModelFormatException">The text is not in the form.</exception>
    internal static T Parse<T>(ReadOnlySpan<char> s)
        where T : IInvariantTextForm<T> =>
        T.ParseForm(s).GetValueOrThrow(s);

    /// <summary>Reads the form without throwing; null gives false.</summary>
    internal static bool TryParse<T>([NotNullWhen(true)] string? s, [MaybeNullWhen(false)] out T result)
        where T : IInvariantTextForm<T>
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return T.ParseForm(s).TryGetValue(out result);
    }

    /// <summary>Reads the form without throwing.</summary>
    internal static bool TryParse<T>(ReadOnlySpan<char> s, [MaybeNullWhen(false)] out T result)
        where T : IInvariantTextForm<T> =>
        T.ParseForm(s).TryGetValue(out result);
}
