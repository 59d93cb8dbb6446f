using System.Text.Json;

namespace DomainModel;

/// <summary>
/// A <see cref="JsonException"/> about one member of a Money object. System.Text.Json sets <see cref="JsonException.Path"/>
/// to the path of the Money value (<c>$.price</c>): its read stack does not see inside a custom converter. The message
/// therefore completes the path with the member (<c>$.price.amount</c>) once the serializer has set it.
/// Callers catch <see cref="JsonException"/>; this type stays internal.
/// </summary>
internal sealed class MoneyJsonException : JsonException
{
    private readonly string _detail;

    internal MoneyJsonException(string detail, string? member)
        : base(detail)
    {
        _detail = detail;
        Member = member;
    }

    /// <summary>The property of the Money object at fault, or null when the object as a whole is.</summary>
    internal string? Member { get; }

    /// <summary>The JSON path of the fault, e.g. <c>$.price.amount</c>, once the serializer has set <see cref="JsonException.Path"/>.</summary>
    internal string? FullPath => Path is null ? null : Member is null ? Path : $"{Path}.{Member}";

    /// <inheritdoc />
    public override string Message => Path is null
        ? _detail
        : $"{_detail} Path: {FullPath} | LineNumber: {LineNumber} | BytePositionInLine: {BytePositionInLine}.";
}
