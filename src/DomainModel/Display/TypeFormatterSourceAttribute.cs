using System;

namespace DomainModel.Utility;

/// <summary>
/// Names the notebook formatter source of a type, by the convention .NET Interactive (Polyglot Notebooks, Jupyter with
/// the .NET kernel, dotnet-repl) follows: it looks for an attribute whose type is named
/// <c>TypeFormatterSourceAttribute</c>, in any namespace, reads its <see cref="FormatterSourceType"/> and
/// <see cref="PreferredMimeTypes"/>, creates the source and calls its <c>CreateTypeFormatters()</c>. The library
/// therefore displays compactly in notebooks without depending on any notebook package.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    internal TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;

    /// <summary>The formatter source: a type with a public parameterless constructor and a public <c>CreateTypeFormatters()</c>.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>The MIME types a notebook shows the value in: HTML, then plain text.</summary>
#pragma warning disable CA1819 // The convention reads a string array.
    public string[] PreferredMimeTypes => [DisplayFormatter.Html, DisplayFormatter.PlainText];
#pragma warning restore CA1819
}
