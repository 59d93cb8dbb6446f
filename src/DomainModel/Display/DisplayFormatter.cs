using System;
using System.IO;

namespace DomainModel.Display;

/// <summary>
/// One notebook formatter, shaped as .NET Interactive's convention expects: <see cref="MimeType"/>, <see cref="Type"/>
/// and <see cref="Format(object, TextWriter)"/>. It writes <see cref="DisplayText"/>'s one-line display form.
/// </summary>
/// <typeparam name="T">The library type formatted.</typeparam>
internal sealed class DisplayFormatter<T>
{
    internal const string PlainText = "text/plain";
    internal const string Html = "text/html";

    internal DisplayFormatter(string mimeType) => MimeType = mimeType;

    /// <summary>text/plain or text/html.</summary>
    public string MimeType { get; }

    /// <summary>The type formatted.</summary>
    public Type Type => typeof(T);

    /// <summary>Writes the value's display form; false (so the notebook falls back) for anything that is not a <typeparamref name="T"/>.</summary>
    /// <param name="instance">The value.</param>
    /// <param name="writer">Where to write.</param>
    /// <returns>Whether the value was written.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not T || writer is null)
        {
            return false;
        }

        writer.Write(MimeType == Html ? DisplayText.Html(instance) : DisplayText.Plain(instance));
        return true;
    }
}
