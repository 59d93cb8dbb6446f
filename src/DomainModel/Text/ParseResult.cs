using System;
using System.Diagnostics.CodeAnalysis;

namespace DomainModel.Text;

/// <summary>
/// The one non-throwing result of every parser of the library: a value, or a <see cref="ParseFailure"/>. Each
/// <c>Try…</c>/<c>Parse</c> pair calls one core that returns it; <c>TryParse</c> tests it
/// (<see cref="TryGetValue"/>), <c>Parse</c> unwraps it (<see cref="GetValueOrThrow"/>) and throws the one
/// <see cref="DomainModelFormatException"/>. Nothing in a core throws on any input. A failure converts implicitly, so
/// a core returns <c>TextErrors.Something(…)</c> or a value alike.
/// </summary>
/// <typeparam name="T">The parsed value.</typeparam>
internal readonly struct ParseResult<T>
{
    private readonly T value;

    private ParseResult(T value, ParseFailure failure)
    {
        this.value = value;
        Failure = failure;
    }

    /// <summary>Why parsing failed; <c>default</c> when it succeeded.</summary>
    internal ParseFailure Failure { get; }

    internal bool Success => !Failure.Failed;

    public static implicit operator ParseResult<T>(ParseFailure failure) => new(default!, failure);

    internal static ParseResult<T> ForValue(T value) => new(value, default);

    /// <summary>The value, or false and <c>default</c>.</summary>
    internal bool TryGetValue([MaybeNullWhen(false)] out T result)
    {
        result = Success ? value : default;
        return Success;
    }

    /// <summary>The value, or the exception for the failure (<paramref name="input"/> is what was parsed).</summary>
    /// <exception cref="DomainModelFormatException">Parsing failed.</exception>
    internal T GetValueOrThrow(ReadOnlySpan<char> input) => Success ? value : throw Failure.ToException(input);

    /// <summary>The same failure as a result of another type (a part's failure is the whole's).</summary>
    internal ParseResult<TOther> Cast<TOther>() => Failure;
}
