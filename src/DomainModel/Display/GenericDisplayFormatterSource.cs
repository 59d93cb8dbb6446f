using System.Collections.Generic;

namespace DomainModel.Utility;

/// <summary>
/// The notebook formatters of every type constructed from <typeparamref name="TExample"/>'s generic definition
/// (an attribute on <c>Estimate&lt;T&gt;</c> cannot name <c>T</c>, so it names one constructed type, and the formatters
/// cover them all).
/// </summary>
/// <typeparam name="TExample">Any constructed type of the generic definition, e.g. <c>Estimate&lt;Share&gt;</c>.</typeparam>
internal sealed class GenericDisplayFormatterSource<TExample>
{
    /// <summary>Called by the notebook's convention-based lookup.</summary>
    /// <returns>One formatter per MIME type, for the generic definition.</returns>
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new DisplayFormatter(typeof(TExample).GetGenericTypeDefinition(), DisplayFormatter.Html),
        new DisplayFormatter(typeof(TExample).GetGenericTypeDefinition(), DisplayFormatter.PlainText),
    ];
}
