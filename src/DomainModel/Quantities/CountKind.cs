using System;
using System.Diagnostics.CodeAnalysis;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// What a <see cref="UnitCount"/> counts: "H200 GPU", "monthly active user". A validated name compared ordinally.
/// </summary>
/// <remarks>
/// <para><b>Name rules:</b> 1–100 characters, no leading or trailing white space, no control characters. The name
/// is kept exactly as given; equality, hashing and ordering are ordinal (case-sensitive): "GPU" and "gpu" are two
/// kinds. Use singular nouns, by convention.</para>
/// <para><b>Default:</b> <c>default(CountKind)</c> is <see cref="Unspecified"/>, named "unit".</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CountKindJsonConverter))]
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<CountKind>))]
public readonly struct CountKind : IEquatable<CountKind>, IComparable<CountKind>, IComparable
{
    private const string UnspecifiedName = "unit";
    private const int MaxLength = 100;
    private readonly string? _name;

    /// <summary>Creates a kind.</summary>
    /// <param name="name">The name, e.g. "H200 GPU".</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, longer than 100 characters, has leading or trailing white space or a control character.</exception>
    public CountKind(string name)
    {
        Preconditions.CheckNotNull(name);
        string? error = Validate(name);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(name));
        }

        _name = name;
    }

    /// <summary>The kind of <c>default(CountKind)</c>: "unit", for counts whose kind was not said.</summary>
    public static CountKind Unspecified => default;

    /// <summary>The name.</summary>
    public string Name => _name ?? UnspecifiedName;

    /// <summary>Whether a name would be accepted by the constructor; never throws.</summary>
    /// <param name="name">The candidate name.</param>
    /// <param name="kind">The kind, or <see cref="Unspecified"/> when the name is not valid.</param>
    /// <returns>Whether the name is valid.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? name, out CountKind kind)
    {
        if (name is null || Validate(name) is not null)
        {
            kind = default;
            return false;
        }

        kind = new CountKind(name);
        return true;
    }

    /// <summary>Ordinal equality of the names.</summary>
    /// <param name="other">The other kind.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(CountKind other) => string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CountKind other && Equals(other);

    /// <summary>An ordinal hash of the name.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);

    /// <summary>Ordinal ordering of the names.</summary>
    /// <param name="other">The other kind.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(CountKind other) => string.CompareOrdinal(Name, other.Name);

    /// <summary>Compares with a boxed <see cref="CountKind"/>.</summary>
    /// <param name="obj">Null (which sorts first) or a <see cref="CountKind"/>.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="CountKind"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        CountKind other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(CountKind)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CountKind left, CountKind right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CountKind left, CountKind right) => !left.Equals(right);

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns>Whether left sorts first.</returns>
    public static bool operator <(CountKind left, CountKind right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns>Whether left sorts last.</returns>
    public static bool operator >(CountKind left, CountKind right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns>Whether left sorts first or equal.</returns>
    public static bool operator <=(CountKind left, CountKind right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns>Whether left sorts last or equal.</returns>
    public static bool operator >=(CountKind left, CountKind right) => left.CompareTo(right) >= 0;

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private static string? Validate(string name)
    {
        if (name.Length == 0 || name.Length > MaxLength)
        {
            return FormattableString.Invariant($"A count kind name has 1 to {MaxLength} characters, not {name.Length}.");
        }

        if (char.IsWhiteSpace(name[0]) || char.IsWhiteSpace(name[^1]))
        {
            return $"The count kind name '{name}' has leading or trailing white space; trim it.";
        }

        foreach (char c in name)
        {
            if (char.IsControl(c))
            {
                return FormattableString.Invariant($"The count kind name '{name.ReplaceLineEndings(" ")}' contains the control character U+{(int)c:X4}; allowed are printable characters.");
            }
        }

        return null;
    }
}
