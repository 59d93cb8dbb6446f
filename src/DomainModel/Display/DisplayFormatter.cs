using System;
using System.IO;

namespace DomainModel.Utility;

/// <summary>
/// One notebook formatter, shaped as .NET Interactive's convention expects: <see cref="MimeType"/>, <see cref="Type"/>
/// and <see cref="Format(object, TextWriter)"/>. It writes <see cref="DisplayText"/>'s one-line display form.
/// </summary>
internal sealed class DisplayFormatter
{
    internal const string PlainText = "text/plain";
    internal const string Html = "text/html";

    internal DisplayFormatter(Type type, string mimeType)
    {
        Type = type;
        MimeType = mimeType;
    }

    /// <summary>text/plain or text/html.</summary>
    public string MimeType { get; }

    /// <summary>
    /// The type formatted: a type (its derived types too), or a generic type definition such as <c>Estimate&lt;&gt;</c>
    /// for every type constructed from it.
    /// </summary>
    public Type Type { get; }

    /// <summary>Writes the value's display form; false (so the notebook falls back) for anything of another type.</summary>
    /// <param name="instance">The value.</param>
    /// <param name="writer">Where to write.</param>
    /// <returns>Whether the value was written.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is null || writer is null || !Displays(instance.GetType()))
        {
            return false;
        }

        writer.Write(MimeType == Html ? DisplayText.Html(instance) : DisplayText.Plain(instance));
        return true;
    }

    private bool Displays(Type type) => Type.IsGenericTypeDefinition
        ? type.IsGenericType && type.GetGenericTypeDefinition() == Type
        : Type.IsAssignableFrom(type);
}
