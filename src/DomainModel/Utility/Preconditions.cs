using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace DomainModel.Utility;

/// <summary>
/// The one place that turns a broken precondition into a standard exception. Every message names the
/// parameter, the offending value (formatted invariantly) and what is allowed.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        if (value is null)
        {
            ThrowNull(paramName);
        }

        return value;
    }

    internal static string CheckNotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        CheckNotNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The text must not be empty or white space.", paramName);
        }

        return value;
    }

    internal static void CheckRange(int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string? paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    [DoesNotReturn]
    internal static void ThrowNull(string? paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    internal static void ThrowRange(string? paramName, object value, object minInclusive, object maxInclusive) =>
        throw OutOfRange(
            paramName,
            value,
            string.Format(CultureInfo.InvariantCulture, "Value {0} is out of range: allowed is {1} to {2} inclusive.", Text(value), Text(minInclusive), Text(maxInclusive)));

    /// <summary>
    /// An <see cref="ArgumentOutOfRangeException"/> whose whole message is culture-invariant: its
    /// <see cref="ArgumentOutOfRangeException.ActualValue"/> is the offending value as invariant text (dates as
    /// yyyy-MM-dd), because the runtime formats a non-string actual value with the current culture when it appends
    /// "Actual value was …" to the message.
    /// </summary>
    internal static ArgumentOutOfRangeException OutOfRange(string? paramName, object? value, string message) =>
        new(paramName, Text(value), message);

    /// <summary>
    /// An argument exception a helper of the library threw, of the same type and message, naming
    /// <paramref name="paramName"/> (the parameter of the public member that was called) instead. Made only when
    /// thrown: the message proper is the thrown message less what the runtime appends for the parameter name and the
    /// actual value (found by making the same exception with an empty message, so in any language of the runtime). A
    /// subclass other than the standard ones is wrapped, as the inner exception of an <see cref="ArgumentException"/>
    /// with its message (the model's mismatch exception renames itself: <c>MismatchException.Renamed</c>, which the
    /// callers in the root namespace use first). <paramref name="context"/>, when given, is put before the message
    /// (what the caller was making when the helper refused).
    /// </summary>
    internal static ArgumentException Renamed(ArgumentException thrown, string paramName, string? context = null)
    {
        switch (thrown)
        {
            case ArgumentOutOfRangeException range when thrown.GetType() == typeof(ArgumentOutOfRangeException):
                return new ArgumentOutOfRangeException(paramName, range.ActualValue, context + MessageProper(thrown, new ArgumentOutOfRangeException(range.ParamName, range.ActualValue, string.Empty)));
            case ArgumentNullException when thrown.GetType() == typeof(ArgumentNullException):
                return new ArgumentNullException(paramName, context + MessageProper(thrown, new ArgumentNullException(thrown.ParamName, string.Empty)));
            default:
                return thrown.GetType() == typeof(ArgumentException)
                    ? new ArgumentException(context + MessageProper(thrown, new ArgumentException(string.Empty, thrown.ParamName)), paramName, thrown.InnerException)
                    : new ArgumentException(context + thrown.Message, paramName, thrown);
        }
    }

    // The thrown message less the runtime's suffix, which an exception of the same type, parameter and actual value
    // with an empty message consists of.
    private static string MessageProper(ArgumentException thrown, ArgumentException empty)
    {
        string message = thrown.Message, suffix = empty.Message;
        return suffix.Length > 0 && message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }

    /// <summary>A value as invariant text: numbers invariantly, dates as ISO 8601, anything else by its ToString.</summary>
    internal static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Formats a value for a message, invariantly.</summary>
    internal static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>
    /// A check of what a trusted internal caller promises (a parameter marked <see cref="TrustedAttribute"/>): compiled
    /// into debug builds only, where a broken promise throws; release builds trust the caller.
    /// </summary>
    [Conditional("DEBUG")]
    internal static void DebugCheck([DoesNotReturnIf(false)] bool condition, string promise)
    {
        if (!condition)
        {
            throw new InvalidOperationException("A trusted caller broke its promise: " + promise + ".");
        }
    }

    /// <summary>A debug-only range check of a <see cref="TrustedAttribute"/> parameter (see <see cref="DebugCheck"/>).</summary>
    [Conditional("DEBUG")]
    internal static void DebugCheckRange(decimal value, decimal minInclusive, decimal maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowRange(paramName, value, minInclusive, maxInclusive);
        }
    }
}
