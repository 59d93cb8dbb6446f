using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel.Utility;

namespace DomainModel.Claims;

/// <summary>
/// The date a set of claims is read as of, and why: "2025-12-31, the article reports December 2025 figures". Periods
/// without a year ("ad agosto", "quest'anno") are resolved against it; nothing reads the clock.
/// </summary>
/// <remarks>Equality: date and reason (ordinal). <c>default(AsOfDate)</c> is 0001-01-01 with an empty reason. Immutable and thread-safe.</remarks>
public readonly struct AsOfDate : IEquatable<AsOfDate>
{
    private readonly string? _reason;

    /// <summary>Creates an as-of date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="reason">Why this date, non-blank (what in the text fixes it).</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public AsOfDate(DateOnly date, string reason)
    {
        Date = date;
        _reason = Preconditions.CheckNotBlank(reason, nameof(reason));
    }

    /// <summary>The date.</summary>
    public DateOnly Date { get; }

    /// <summary>Why this date.</summary>
    public string Reason => _reason ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(AsOfDate other) => Date == other.Date && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is AsOfDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, StringComparer.Ordinal.GetHashCode(Reason));

    /// <summary>Equality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(AsOfDate left, AsOfDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AsOfDate left, AsOfDate right) => !left.Equals(right);

    /// <summary>Returns <c>yyyy-MM-dd (reason)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (" + Reason + ")";
}
