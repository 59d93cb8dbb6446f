using System.Collections.Generic;

namespace DomainModel.Utility;

/// <summary>The notebook formatters of <typeparamref name="T"/>: text/html and text/plain (see <see cref="TypeFormatterSourceAttribute"/>).</summary>
/// <typeparam name="T">The library type (a base class covers its derived classes).</typeparam>
internal sealed class DisplayFormatterSource<T>
{
    /// <summary>Called by the notebook's convention-based lookup.</summary>
    /// <returns>One formatter per MIME type.</returns>
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new DisplayFormatter(typeof(T), DisplayFormatter.Html),
        new DisplayFormatter(typeof(T), DisplayFormatter.PlainText),
    ];
}
