using System;
using System.Globalization;

namespace DomainModel.Exchange;

/// <summary>
/// Thrown when a file of ECB euro reference rates is malformed. The message and the properties say where: the line
/// (1-based; CSV and XML), the position on it (XML), and the XML element or CSV column concerned.
/// </summary>
public sealed class EcbFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file path, or "stream".</param>
    /// <param name="lineNumber">The 1-based line, or 0 when unknown.</param>
    /// <param name="linePosition">The 1-based position on the line, or 0 when unknown.</param>
    /// <param name="location">The XML element (e.g. <c>Cube currency='USD'</c>) or CSV column (e.g. <c>column 3 (JPY)</c>), or null.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public EcbFormatException(string sourceName, int lineNumber, int linePosition, string? location, string problem, Exception? innerException = null)
        : base(Describe(sourceName, lineNumber, linePosition, location, problem), innerException)
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
        LinePosition = linePosition;
        Location = location;
        Problem = problem;
    }

    /// <summary>The file path, or "stream".</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line, or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>The 1-based position on the line (XML), or 0.</summary>
    public int LinePosition { get; }

    /// <summary>The XML element or CSV column concerned, or null.</summary>
    public string? Location { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Describe(string sourceName, int lineNumber, int linePosition, string? location, string problem)
    {
        string where = lineNumber <= 0 ? sourceName
            : linePosition <= 0 ? string.Create(CultureInfo.InvariantCulture, $"{sourceName}, line {lineNumber}")
            : string.Create(CultureInfo.InvariantCulture, $"{sourceName}, line {lineNumber}, position {linePosition}");
        return location is null ? $"{where}: {problem}" : $"{where}, {location}: {problem}";
    }
}
