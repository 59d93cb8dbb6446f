using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using DomainModel.Utility;

namespace DomainModel.Exchange;

/// <summary>
/// JSON for <see cref="RateValidity"/>: its ISO 8601 text form, <c>"2025-12-05"</c> or <c>"2025-01-01/2025-12-31"</c>,
/// also as a dictionary key. Applied by <c>[JsonConverter]</c>. Stateless and thread-safe.
/// </summary>
internal sealed class RateValidityJsonConverter() : JsonTextConverter<RateValidity>(nameof(RateValidity), "\"2025-12-05\" or \"2025-01-01/2025-12-31\"")
{
    internal static RateValidityJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    protected override bool TryParse(string text, JsonSerializerOptions options, out RateValidity value, [NotNullWhen(false)] out string? error)
    {
        error = RateValidity.TryParse(text, null, out value)
            ? null
            : JsonRead.Invariant($"\"{text}\" is not a rate validity: expected yyyy-MM-dd or yyyy-MM-dd/yyyy-MM-dd with the end on or after the start.");
        return error is null;
    }

    /// <inheritdoc />
    protected override string Format(RateValidity value) => value.ToString();
}
