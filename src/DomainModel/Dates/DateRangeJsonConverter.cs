using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// JSON for <see cref="DateRange"/>: its text form <c>"2024-07-01..2025-06-30"</c> (both days included), also as a
/// dictionary key. Applied by <c>[JsonConverter]</c>. Stateless and thread-safe.
/// </summary>
internal sealed class DateRangeJsonConverter() : JsonTextConverter<DateRange>(nameof(DateRange), "\"2024-07-01..2025-06-30\"")
{
    internal static DateRangeJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    protected override bool TryParse(string text, JsonSerializerOptions options, out DateRange value, [NotNullWhen(false)] out string? error)
    {
        error = DateRange.TryParse(text, out value)
            ? null
            : JsonRead.Invariant($"\"{text}\" is not a date range: expected yyyy-MM-dd..yyyy-MM-dd with the end on or after the start, e.g. \"2024-07-01..2025-06-30\".");
        return error is null;
    }

    /// <inheritdoc />
    protected override string Format(DateRange value) => value.ToString();
}
