using System.Collections.Generic;

namespace DomainModel.Display;

/// <summary>The notebook formatters of <typeparamref name="T"/>: text/html and text/plain (see <see cref="TypeFormatterSourceAttribute"/>).</summary>
/// <typeparam name="T">The library type.</typeparam>
internal sealed class DisplayFormatterSource<T>
{
    /// <summary>Called by the notebook's convention-based lookup.</summary>
    /// <returns>One formatter per MIME type.</returns>
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new DisplayFormatter<T>(DisplayFormatter<T>.Html),
        new DisplayFormatter<T>(DisplayFormatter<T>.PlainText),
    ];
}
