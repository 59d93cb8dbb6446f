using System;
using System.Text.Json;

namespace DomainModel.Claims;

/// <summary>
/// A claims document that cannot be loaded: bad JSON, an unknown or missing field, an unknown currency, a quote not
/// found word for word in the article, a figure outside its quote, an unresolved period, an id used twice, a relation
/// between claims of different kinds. <see cref="JsonException.Path"/> is the JSON path of the offending value
/// (<c>$.claims[2].quote</c>) and <see cref="Problem"/> what is wrong with it; the message is <c>path: problem</c>,
/// culture-invariant. The one exception type the loader throws; no partly loaded document is ever returned.
/// </summary>
public sealed class ClaimsDocumentException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The JSON path of the offending value (<c>$</c> for the whole document).</param>
    /// <param name="problem">What is wrong, in words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="problem"/> is null.</exception>
    public ClaimsDocumentException(string path, string problem)
        : this(path, problem, null)
    {
    }

    /// <summary>Creates the exception with the exception that caused it.</summary>
    /// <param name="path">The JSON path of the offending value.</param>
    /// <param name="problem">What is wrong, in words.</param>
    /// <param name="inner">The exception the library threw for the value, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="problem"/> is null.</exception>
    public ClaimsDocumentException(string path, string problem, Exception? inner)
        : base(Compose(path, problem), path, null, null, inner) => Problem = problem;

    /// <summary>Creates the exception for a fault of the text itself, at a line and column (both 1-based; the
    /// inherited <see cref="JsonException.LineNumber"/> is 0-based, as System.Text.Json counts).</summary>
    internal ClaimsDocumentException(string path, string problem, long line, long column, Exception? inner = null)
        : base(Compose(path, problem), path, line - 1, column - 1, inner)
    {
        Problem = problem;
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong with the value at <see cref="JsonException.Path"/>.</summary>
    public string Problem { get; }

    /// <summary>The 1-based line of a fault of the text itself (bad JSON, invalid UTF-16 or UTF-8), or null for a fault of a value.</summary>
    public long? Line { get; }

    /// <summary>The 1-based column, in characters, of a fault of the text itself, or null for a fault of a value.</summary>
    public long? Column { get; }

    private static string Compose(string path, string problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problem);
        return path + ": " + problem;
    }
}
