using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="CountKind"/>: its name, <c>"H200 GPU"</c> (<c>"unit"</c> for the unspecified kind), also as a
/// dictionary key. Applied by <c>[JsonConverter]</c>. Stateless and thread-safe.
/// </summary>
internal sealed class CountKindJsonConverter() : JsonTextConverter<CountKind>("count kind", "\"H200 GPU\"")
{
    internal static CountKindJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    protected override bool TryParse(string text, JsonSerializerOptions options, out CountKind value, [NotNullWhen(false)] out string? error)
    {
        error = CountKind.TryCreate(text, out value)
            ? null
            : JsonRead.Invariant($"\"{text}\" is not a count kind: a name is 1 to 100 characters, without leading or trailing white space or control characters.");
        return error is null;
    }

    /// <inheritdoc />
    protected override string Format(CountKind value) => value.Name;
}
