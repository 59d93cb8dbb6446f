using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// A share or ratio of two values of one kind, kept as the exact fraction: "85 miliardi" of "150 miliardi di yuan"
/// is 85,000,000,000 / 150,000,000,000, shown as 56.7 %.
/// </summary>
/// <remarks>
/// <para><b>Fraction:</b> <see cref="Numerator"/> (zero or more) and <see cref="Denominator"/> (positive) are kept as
/// given, never reduced nor divided. <see cref="Fraction"/> is their decimal quotient (rounded by decimal at 28–29
/// significant digits); <see cref="Round"/>, <see cref="ToPercent"/> and <see cref="ToPercentString"/> round the
/// exact fraction once, with the <see cref="MidpointRounding"/> the caller chooses.</para>
/// <para><b>Share or ratio:</b> a part of a whole lies in [0, 1] (<see cref="IsPartOfWhole"/>); a larger numerator
/// is allowed and makes a ratio (160 / 150 = 106.7 %).</para>
/// <para><b>Equality and ordering:</b> by exact value: 85/150 equals 17/30 and both hash alike; the text shows the
/// fraction as kept.</para>
/// <para><b>Default:</b> <c>default(Share)</c> is 0/1.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ShareJsonConverter))]
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<Share>))]
public readonly struct Share : IEquatable<Share>, IComparable<Share>, IComparable, IEstimable<Share>
{
    private readonly decimal _numerator;
    private readonly decimal _denominatorMinusOne; // so that default(Share) is 0/1

    /// <summary>Creates a share from its fraction.</summary>
    /// <param name="numerator">The part, zero or more.</param>
    /// <param name="denominator">The whole, more than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numerator"/> is negative or <paramref name="denominator"/> is not
    /// positive, or the quotient exceeds <see cref="decimal.MaxValue"/> (so that <see cref="Fraction"/> never overflows).</exception>
    public Share(decimal numerator, decimal denominator)
    {
        if (numerator < 0m)
        {
            throw Preconditions.OutOfRange(nameof(numerator), numerator, FormattableString.Invariant($"A share's numerator cannot be {numerator}: allowed is zero or more."));
        }

        if (denominator <= 0m)
        {
            throw Preconditions.OutOfRange(nameof(denominator), denominator, FormattableString.Invariant($"A share's denominator cannot be {denominator}: allowed is more than zero."));
        }

        // A denominator of 1 or more cannot make the quotient exceed its numerator: only a smaller one needs the exact test.
        if (denominator < 1m && ExactRational.CompareQuotients(numerator, denominator, decimal.MaxValue, 1m) > 0)
        {
            throw Preconditions.OutOfRange(nameof(numerator), numerator, FormattableString.Invariant($"The share {numerator}/{denominator} is larger than decimal can hold ({decimal.MaxValue}): allowed is a numerator at most denominator × {decimal.MaxValue}."));
        }

        _numerator = numerator;
        _denominatorMinusOne = denominator - 1m;
    }

    /// <summary>Exactly <c>new Share(numerator, denominator)</c> for values the caller has checked as the constructor does.</summary>
    private Share(decimal numerator, decimal denominator, bool proven)
    {
        _ = proven;
        _numerator = numerator;
        _denominatorMinusOne = denominator - 1m;
    }

    private Share(decimal fraction, bool proven)
    {
        _ = proven;
        _numerator = fraction;
        _denominatorMinusOne = 0m;
    }

    /// <summary>Exactly <c>new Share(fraction, 1m)</c> for a fraction the caller has proved to be zero or more (the
    /// constructor's checks would pass); the law tests compare the two.</summary>
    internal static Share OfFraction(decimal fraction) => new(fraction, proven: true);

    /// <summary>The part.</summary>
    public decimal Numerator => _numerator;

    /// <summary>The whole.</summary>
    public decimal Denominator => _denominatorMinusOne + 1m;

    /// <summary>Numerator ÷ denominator in decimal (rounded by decimal division at 28–29 significant digits). Never throws:
    /// the constructor refuses a share whose quotient decimal cannot hold.</summary>
    public decimal Fraction => _numerator / Denominator;

    /// <summary>Whether the share lies in [0, 1]: the numerator is no larger than the denominator.</summary>
    public bool IsPartOfWhole => _numerator <= Denominator;

    /// <summary>The share of one amount in another of the same currency (85 CNY bn of 150 CNY bn).</summary>
    /// <param name="part">The part, zero or more.</param>
    /// <param name="whole">The whole, more than zero.</param>
    /// <returns>part.Amount / whole.Amount.</returns>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The part is negative, the whole is not positive, or the share is larger than decimal can hold (a whole below 1).</exception>
    public static Share Of(Money part, Money whole)
    {
        if (part.Currency != whole.Currency)
        {
            throw MismatchException.Currencies(part.Currency, whole.Currency, "take a share of", nameof(whole));
        }

        return Create(part.Amount, whole.Amount, part, whole);
    }

    /// <summary>The share of one count in another of the same kind.</summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole, more than zero.</param>
    /// <returns>part.Count / whole.Count.</returns>
    /// <exception cref="MismatchException">The kinds differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The whole is zero.</exception>
    public static Share Of(UnitCount part, UnitCount whole)
    {
        if (part.Kind != whole.Kind)
        {
            throw MismatchException.CountKinds(part.Kind, whole.Kind, "take a share of", nameof(whole));
        }

        return Create(part.Count, whole.Count, part, whole);
    }

    /// <summary>The share of one token volume in another (43 T of 50 T tokens).</summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole, more than zero.</param>
    /// <returns>part.Tokens / whole.Tokens.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The whole is zero.</exception>
    public static Share Of(TokenVolume part, TokenVolume whole) => Create(part.Tokens, whole.Tokens, part, whole);

    /// <summary>The fraction rounded to <paramref name="decimals"/> places, exactly from the fraction.</summary>
    /// <param name="decimals">0–20 decimal places.</param>
    /// <param name="mode">The rounding of the last place.</param>
    /// <returns>The rounded fraction (0.567 for 85/150 at 3 places).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> or <paramref name="mode"/> is out of range.</exception>
    /// <exception cref="OverflowException">The rounded value is outside the range of decimal (a huge ratio).</exception>
    public decimal Round(int decimals, MidpointRounding mode) => Scaled(decimals, 0, mode);

    /// <summary>The percentage rounded to <paramref name="decimals"/> places, exactly from the fraction.</summary>
    /// <param name="decimals">0–18 decimal places of the percentage.</param>
    /// <param name="mode">The rounding of the last place.</param>
    /// <returns>The rounded percentage (56.7 for 85/150 at 1 place).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> or <paramref name="mode"/> is out of range.</exception>
    /// <exception cref="OverflowException">The rounded value is outside the range of decimal (a huge ratio).</exception>
    public decimal ToPercent(int decimals, MidpointRounding mode) => Scaled(decimals, 2, mode);

    /// <summary>
    /// The percentage as text, rounded once with <paramref name="mode"/>, in the provider's percent format:
    /// invariant "56.7 %", it-IT "56,7%", de-DE "56,7 %". Null means invariant, never the current culture.
    /// </summary>
    /// <param name="decimals">0–18 decimal places.</param>
    /// <param name="mode">The rounding of the last place.</param>
    /// <param name="provider">The culture, or null for invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> or <paramref name="mode"/> is out of range.</exception>
    /// <exception cref="OverflowException">The rounded value is outside the range of decimal (a huge ratio).</exception>
    public string ToPercentString(int decimals, MidpointRounding mode, IFormatProvider? provider = null)
    {
        Preconditions.CheckRange(decimals, 0, 18);
        decimal fraction = Scaled(decimals + 2, 0, mode);
        return fraction.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), provider ?? CultureInfo.InvariantCulture);
    }

    /// <summary>Equal when the fractions have the same exact value (85/150 equals 17/30).</summary>
    /// <param name="other">The other share.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(Share other) => CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Share other && Equals(other);

    /// <summary>A hash of the fraction in lowest terms (consistent with equality).</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var (n, d) = ExactRational.Reduce(_numerator, Denominator);
        return HashCode.Combine(n, d);
    }

    /// <summary>Compares exact values.</summary>
    /// <param name="other">The other share.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Share other) => ExactRational.CompareQuotients(_numerator, Denominator, other._numerator, other.Denominator);

    /// <summary>Compares with a boxed <see cref="Share"/>.</summary>
    /// <param name="obj">Null (which sorts first) or a <see cref="Share"/>.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Share"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Share other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Share)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>Equality of exact values.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Share left, Share right) => left.Equals(right);

    /// <summary>Inequality of exact values.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Share left, Share right) => !left.Equals(right);

    /// <summary>Ordering of exact values.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>Whether left is smaller.</returns>
    public static bool operator <(Share left, Share right) => left.CompareTo(right) < 0;

    /// <summary>Ordering of exact values.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>Whether left is larger.</returns>
    public static bool operator >(Share left, Share right) => left.CompareTo(right) > 0;

    /// <summary>Ordering of exact values.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>Whether left is smaller or equal.</returns>
    public static bool operator <=(Share left, Share right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering of exact values.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns>Whether left is larger or equal.</returns>
    public static bool operator >=(Share left, Share right) => left.CompareTo(right) >= 0;

    /// <summary>Invariant text: the fraction as kept and the percentage to two places, half to even: "85/150 (56.67 %)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{_numerator}/{Denominator} (") +
        (TryScaled(4, 0, MidpointRounding.ToEven) is { } f ? f.ToString("P2", CultureInfo.InvariantCulture) : "out of decimal range") + ")";

    private static Share Create(decimal part, decimal whole, object partValue, object wholeValue)
    {
        if (part < 0m)
        {
            throw Preconditions.OutOfRange("part", partValue, Preconditions.Invariant($"A share's part cannot be negative ({partValue}); allowed is zero or more."));
        }

        if (whole <= 0m)
        {
            throw Preconditions.OutOfRange("whole", wholeValue, Preconditions.Invariant($"A share's whole must be more than zero, not {wholeValue}."));
        }

        // The constructor's last test, in the terms of the part and the whole (a whole of 1 or more cannot make the
        // quotient exceed its part).
        if (whole < 1m && ExactRational.CompareQuotients(part, whole, decimal.MaxValue, 1m) > 0)
        {
            throw Preconditions.OutOfRange("part", partValue, Preconditions.Invariant($"The share {partValue} of {wholeValue} is larger than decimal can hold ({decimal.MaxValue}): allowed is a part at most the whole × {decimal.MaxValue}."));
        }

        return new Share(part, whole, proven: true);
    }

    private decimal Scaled(int decimals, int extraPowerOfTen, MidpointRounding mode)
    {
        Preconditions.CheckRange(decimals, 0, 20);
        if (mode is < MidpointRounding.ToEven or > MidpointRounding.ToPositiveInfinity)
        {
            Preconditions.ThrowRange(nameof(mode), mode, MidpointRounding.ToEven, MidpointRounding.ToPositiveInfinity);
        }

        return TryScaled(decimals, extraPowerOfTen, mode)
            ?? throw new OverflowException(FormattableString.Invariant($"{_numerator}/{Denominator} at {decimals} places is outside the range of decimal."));
    }

    private decimal? TryScaled(int decimals, int extraPowerOfTen, MidpointRounding mode)
    {
        decimal scale = ExactRational.Pow10Decimal(decimals + extraPowerOfTen);
        var units = ExactRational.RoundQuotient(_numerator, scale, Denominator, mode);
        if (ExactRational.ToDecimal(units) is { } whole)
        {
            return whole / ExactRational.Pow10Decimal(decimals);
        }

        // Too many digits at this scale, but the value may need fewer (0.78/0.0000000000000000000000000024 is 3.25E+26).
        return ExactRational.TryToDecimal(units, decimals, out decimal exact) ? exact : null;
    }

    // ---- Estimates (explicit) -----------------------------------------------------------------------------

    /// <inheritdoc />
    decimal IEstimable<Share>.Magnitude => _numerator / Denominator;

    /// <inheritdoc />
    decimal IEstimable<Share>.Granularity => 0m;

    /// <summary>A share has no unit: the empty text (estimates of shares print as percentages).</summary>
    string IEstimable<Share>.UnitText => string.Empty;

    /// <inheritdoc />
    Share IEstimable<Share>.WithMagnitude(decimal magnitude) => new(magnitude, 1m);

    /// <inheritdoc />
    void IEstimable<Share>.CheckCommensurable(Share other, string operation)
    {
        // Every share is a pure number.
    }
}
