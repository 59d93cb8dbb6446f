using System;
using System.Text.Json;

namespace DomainModel.Utility;

/// <summary>
/// A <see cref="JsonException"/> about a value read by one of this library's converters. System.Text.Json sets
/// <see cref="JsonException.Path"/> to the path of the value (<c>$.items[0]</c>), since its read stack does not see inside
/// a custom converter; the message completes the path with the member at fault (<c>$.items[0].price.amount</c>) and
/// gives line and byte position, once the serializer has set them. Callers catch <see cref="JsonException"/>.
/// </summary>
internal sealed class JsonValueException : JsonException
{
    private readonly string _detail;

    internal JsonValueException(string detail, string? member, Exception? inner = null)
        : base(detail, inner)
    {
        _detail = detail;
        Member = member;
    }

    /// <summary>The member path below the value (<c>price.amount</c>), or null when the value as a whole is at fault.</summary>
    internal string? Member { get; }

    /// <summary>The message without the path.</summary>
    internal string Detail => _detail;

    /// <summary>The JSON path of the fault once the serializer has set <see cref="JsonException.Path"/>.</summary>
    internal string? FullPath => Path is null ? null : Member is null ? Path : Path + "." + Member;

    /// <inheritdoc />
    public override string Message => Path is null
        ? _detail
        : FormattableString.Invariant($"{_detail} Path: {FullPath} | LineNumber: {LineNumber} | BytePositionInLine: {BytePositionInLine}.");

    /// <summary>The same fault seen from the value that holds this one under <paramref name="property"/>.</summary>
    internal JsonValueException Under(string property) => new(_detail, Member is null ? property : property + "." + Member, this);
}
