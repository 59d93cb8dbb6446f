using System;

namespace DomainModel.Text;

/// <summary>
/// A value whose text is one fixed invariant form (its <c>ToString()</c>), read by one non-throwing core. The public
/// <c>Parse</c>, <c>TryParse</c>, <c>ToString(format, provider)</c> and <c>TryFormat</c> of such a type are one line
/// each over <see cref="TextForm"/>.
/// </summary>
/// <typeparam name="TSelf">The value type.</typeparam>
internal interface IInvariantTextForm<TSelf>
    where TSelf : IInvariantTextForm<TSelf>
{
    /// <summary>Reads the form; never throws.</summary>
    static abstract ParseResult<TSelf> ParseForm(ReadOnlySpan<char> s);
}
