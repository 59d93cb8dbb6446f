using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel.Utility;
using UnitsNet;
using UnitsNet.Units;
using DomainModel;

namespace DomainModel;

/// <summary>
/// A token volume per period ("50 trilioni di token" a day): a <see cref="TokenVolume"/> and a positive UnitsNet
/// <see cref="Duration"/>.
/// </summary>
/// <remarks>
/// <para><b>Periods:</b> any positive duration in seconds, minutes, hours, days, weeks, UnitsNet's 30-day month
/// (<see cref="DurationUnit.Month30"/>), 365-day year or Julian year, or their sub-second units (not Mars sols). UnitsNet's
/// Duration is double-valued: the period's value must be a number that decimal represents exactly (1, 7, 0.5, 30 —
/// any value with at most 15 significant digits); that is where double enters, and it is checked.</para>
/// <para><b>Months:</b> a period in <see cref="DurationUnit.Month30"/> is read as "calendar months", whose length in days
/// is not fixed. <see cref="ToPeriod"/> therefore takes an explicit <see cref="MonthLength"/> (30 days
/// agrees with UnitsNet's own definition of Month30) and the converted rate reports it in
/// <see cref="MonthLength"/>. Conversions between day-based periods are exact and need no month length.</para>
/// <para><b>Conversion:</b> the converted volume is volume × new period ÷ old period, computed exactly and rounded to
/// whole tokens with a <see cref="MidpointRounding"/> the caller chooses. Converting to a longer period and back
/// returns the original volume.</para>
/// <para><b>Unit safety:</b> addition, subtraction and comparison need the same period (same unit and value);
/// otherwise <see cref="MismatchException"/>. 1 day and 24 hours are different periods until converted.</para>
/// <para><b>Equality:</b> volume and period; <see cref="MonthLength"/> is provenance, shown in the text but not
/// compared. <b>Default:</b> <c>default(TokenRate)</c> is 0 tokens per 1 day.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(TokenRateJsonConverter))]
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<TokenRate>))]
public readonly struct TokenRate : IEquatable<TokenRate>, IComparable<TokenRate>, IComparable, IEstimable<TokenRate>
{
    private const decimal SecondsPerDay = 86_400m;
    private readonly TokenVolume _volume;
    private readonly Duration? _period;
    private readonly MonthLength? _monthLength;

    /// <summary>Creates a rate.</summary>
    /// <param name="volume">The volume per period.</param>
    /// <param name="period">The period: positive, in a supported unit, with a value decimal represents exactly.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is zero, negative, not finite, or not exactly representable.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is in an unsupported unit (Mars sols).</exception>
    public TokenRate(TokenVolume volume, Duration period)
    {
        CheckPeriod(period, nameof(period));
        _volume = volume;
        _period = period;
        _monthLength = null;
    }

    internal TokenRate(TokenVolume volume, Duration period, MonthLength? monthLength)
    {
        _volume = volume;
        _period = period;
        _monthLength = monthLength;
    }

    /// <summary>The volume per period.</summary>
    public TokenVolume Volume => _volume;

    /// <summary>The period (1 day for <c>default</c>).</summary>
    public Duration Period => _period ?? Duration.FromDays(1);

    /// <summary>The month length this rate was converted with, or null when it was stated directly or never went through a month.</summary>
    public MonthLength? MonthLength => _monthLength;

    /// <summary>A volume per day.</summary>
    /// <param name="volume">The volume.</param>
    /// <returns>The rate per 1 day.</returns>
    public static TokenRate PerDay(TokenVolume volume) => new(volume, Duration.FromDays(1));

    /// <summary>A volume per calendar month (UnitsNet <see cref="DurationUnit.Month30"/>; its length in days is chosen at conversion).</summary>
    /// <param name="volume">The volume.</param>
    /// <returns>The rate per 1 month.</returns>
    public static TokenRate PerMonth(TokenVolume volume) => new(volume, Duration.FromMonths30(1));

    /// <summary>A volume per minute.</summary>
    /// <param name="volume">The volume.</param>
    /// <returns>The rate per 1 minute.</returns>
    public static TokenRate PerMinute(TokenVolume volume) => new(volume, Duration.FromMinutes(1));

    /// <summary>A volume per hour.</summary>
    /// <param name="volume">The volume.</param>
    /// <returns>The rate per 1 hour.</returns>
    public static TokenRate PerHour(TokenVolume volume) => new(volume, Duration.FromHours(1));

    /// <summary>A volume per week (7 days).</summary>
    /// <param name="volume">The volume.</param>
    /// <returns>The rate per 1 week.</returns>
    public static TokenRate PerWeek(TokenVolume volume) => new(volume, Duration.FromWeeks(1));

    /// <summary>A volume per year of 365 days (UnitsNet <see cref="DurationUnit.Year365"/>; a calendar year's total is a <see cref="TokenVolumeOver"/> of that year).</summary>
    /// <param name="volume">The volume.</param>
    /// <returns>The rate per 1 year of 365 days.</returns>
    public static TokenRate PerYear(TokenVolume volume) => new(volume, Duration.FromYears365(1));

    /// <summary>A volume per period (named twin of the constructor).</summary>
    /// <param name="volume">The volume.</param>
    /// <param name="period">The period.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is zero, negative, not finite, or not exactly representable.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is in an unsupported unit.</exception>
    public static TokenRate Per(TokenVolume volume, Duration period) => new(volume, period);

    /// <summary>
    /// The same rate over another period: volume × <paramref name="period"/> ÷ <see cref="Period"/>, computed exactly
    /// and rounded to whole tokens. A month (<see cref="DurationUnit.Month30"/>) on either side is
    /// <paramref name="monthLength"/> days long, and the result's <see cref="MonthLength"/> says so.
    /// </summary>
    /// <param name="period">The new period.</param>
    /// <param name="monthLength">How long a month is, e.g. <see cref="MonthLength.ThirtyDays"/>.</param>
    /// <param name="rounding">How to round to whole tokens.</param>
    /// <returns>The converted rate, its volume in the original unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is invalid, or <paramref name="rounding"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is in an unsupported unit.</exception>
    /// <exception cref="OverflowException">The converted volume is too large.</exception>
    public TokenRate ToPeriod(Duration period, MonthLength monthLength, MidpointRounding rounding)
    {
        CheckPeriod(period, nameof(period));
        if (rounding is < MidpointRounding.ToEven or > MidpointRounding.ToPositiveInfinity)
        {
            Preconditions.ThrowRange(nameof(rounding), rounding, MidpointRounding.ToEven, MidpointRounding.ToPositiveInfinity);
        }

        Duration from = Period;
        decimal fromSeconds = Seconds(from, monthLength);
        decimal toSeconds = Seconds(period, monthLength);
        decimal tokens = ExactRational.ToDecimal(ExactRational.RoundQuotient(_volume.Tokens, toSeconds, fromSeconds, rounding))
            ?? throw new OverflowException($"{this} over {MismatchException.Describe(period)} exceeds the largest token volume.");
        bool monthInvolved = from.Unit == DurationUnit.Month30 || period.Unit == DurationUnit.Month30;
        var volume = TokenVolume.FromTokens(tokens).ToUnit(_volume.Unit);
        return new TokenRate(volume, period, monthInvolved ? monthLength : _monthLength);
    }

    /// <summary>The rate per 1 day (see <see cref="ToPeriod"/>).</summary>
    /// <param name="monthLength">How long a month is, used when this rate is monthly.</param>
    /// <param name="rounding">How to round to whole tokens.</param>
    /// <returns>The daily rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not defined.</exception>
    /// <exception cref="OverflowException">The converted volume is too large.</exception>
    public TokenRate ToDaily(MonthLength monthLength, MidpointRounding rounding) => ToPeriod(Duration.FromDays(1), monthLength, rounding);

    /// <summary>The rate per 1 month of <paramref name="monthLength"/> (see <see cref="ToPeriod"/>).</summary>
    /// <param name="monthLength">How long a month is.</param>
    /// <param name="rounding">How to round to whole tokens.</param>
    /// <returns>The monthly rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not defined.</exception>
    /// <exception cref="OverflowException">The converted volume is too large.</exception>
    public TokenRate ToMonthly(MonthLength monthLength, MidpointRounding rounding) => ToPeriod(Duration.FromMonths30(1), monthLength, rounding);

    /// <summary>Whether the two rates have the same period (unit and value), so that they add and compare.</summary>
    /// <param name="other">The other rate.</param>
    /// <returns>Whether the periods are the same.</returns>
    public bool HasSamePeriod(TokenRate other) => SamePeriod(Period, other.Period);

    // ---- Arithmetic ---------------------------------------------------------------------------------------

    /// <summary>Adds two rates of the same period.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The sum, per the common period.</returns>
    /// <exception cref="MismatchException">The periods differ.</exception>
    /// <exception cref="OverflowException">The sum is too large.</exception>
    public static TokenRate operator +(TokenRate left, TokenRate right) => Sum(left, right, nameof(right));

    // + and Add, naming the caller's parameter (a constant) when the periods differ.
    private static TokenRate Sum(TokenRate left, TokenRate right, string paramName)
    {
        CheckSamePeriod(left, right, "add", paramName);
        return new TokenRate(left._volume + right._volume, left.Period, left._monthLength ?? right._monthLength);
    }

    /// <summary>Subtracts a smaller or equal rate of the same period.</summary>
    /// <param name="left">The rate to subtract from.</param>
    /// <param name="right">The rate to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="MismatchException">The periods differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative.</exception>
    public static TokenRate operator -(TokenRate left, TokenRate right) => Difference(left, right, nameof(right));

    // - and Subtract, naming the caller's parameter (a constant) when the periods differ or the rate is too large.
    private static TokenRate Difference(TokenRate left, TokenRate right, string paramName)
    {
        CheckSamePeriod(left, right, "subtract", paramName);
        return new TokenRate(TokenVolume.Difference(left._volume, right._volume, paramName), left.Period, left._monthLength ?? right._monthLength);
    }

    /// <summary>Adds a rate of the same period (named twin of <c>+</c>).</summary>
    /// <param name="other">The rate to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="MismatchException">The periods differ.</exception>
    /// <exception cref="OverflowException">The sum is too large.</exception>
    public TokenRate Add(TokenRate other) => Sum(this, other, nameof(other));

    /// <summary>Subtracts a rate of the same period (named twin of <c>-</c>).</summary>
    /// <param name="other">The rate to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="MismatchException">The periods differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The difference would be negative.</exception>
    public TokenRate Subtract(TokenRate other) => Difference(this, other, nameof(other));

    // ---- Equality and ordering -----------------------------------------------------------------------------

    /// <summary>Equal when the volumes are equal and the periods have the same unit and value (month length not compared).</summary>
    /// <param name="other">The other rate.</param>
    /// <returns>Whether they are equal; never throws.</returns>
    public bool Equals(TokenRate other) => _volume.Equals(other._volume) && SamePeriod(Period, other.Period);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is TokenRate other && Equals(other);

    /// <summary>A hash consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(_volume, Period.Unit, (double)Period.Value);

    /// <summary>Compares the volumes of two rates of the same period.</summary>
    /// <param name="other">The other rate.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="MismatchException">The periods differ.</exception>
    public int CompareTo(TokenRate other) => CompareTo(other, nameof(other));

    // CompareTo naming the caller's parameter (a constant) when the periods differ.
    private int CompareTo(TokenRate other, string paramName)
    {
        CheckSamePeriod(this, other, "compare", paramName);
        return _volume.CompareTo(other._volume);
    }

    /// <summary>Compares with a boxed <see cref="TokenRate"/> of the same period (F#'s <c>compare</c>).</summary>
    /// <param name="obj">Null (which sorts first) or a <see cref="TokenRate"/>.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="TokenRate"/>.</exception>
    /// <exception cref="MismatchException">The periods differ.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        TokenRate other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(TokenRate)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TokenRate left, TokenRate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TokenRate left, TokenRate right) => !left.Equals(right);

    /// <summary>Ordering within one period.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether left is smaller.</returns>
    /// <exception cref="MismatchException">The periods differ.</exception>
    public static bool operator <(TokenRate left, TokenRate right) => left.CompareTo(right, nameof(right)) < 0;

    /// <summary>Ordering within one period.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether left is larger.</returns>
    /// <exception cref="MismatchException">The periods differ.</exception>
    public static bool operator >(TokenRate left, TokenRate right) => left.CompareTo(right, nameof(right)) > 0;

    /// <summary>Ordering within one period.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether left is smaller or equal.</returns>
    /// <exception cref="MismatchException">The periods differ.</exception>
    public static bool operator <=(TokenRate left, TokenRate right) => left.CompareTo(right, nameof(right)) <= 0;

    /// <summary>Ordering within one period.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether left is larger or equal.</returns>
    /// <exception cref="MismatchException">The periods differ.</exception>
    public static bool operator >=(TokenRate left, TokenRate right) => left.CompareTo(right, nameof(right)) >= 0;

    /// <summary>Invariant text: "50 T tokens per 1 d", with " (month = 30 days)" when converted through a month.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{_volume} per {MismatchException.Describe(Period)}" + (_monthLength is { } m ? $" (month = {m})" : string.Empty);

    // ---- Helpers ------------------------------------------------------------------------------------------

    private static bool SamePeriod(Duration a, Duration b) => a.Unit == b.Unit && (double)a.Value == (double)b.Value;

    private static void CheckSamePeriod(TokenRate left, TokenRate right, string operation, string paramName)
    {
        if (!SamePeriod(left.Period, right.Period))
        {
            throw MismatchException.Periods(left.Period, right.Period, operation, paramName);
        }
    }

    private static void CheckPeriod(Duration period, string paramName)
    {
        if (period.Unit == DurationUnit.Sol || !Enum.IsDefined(period.Unit))
        {
            throw new ArgumentException($"A token rate's period cannot be in {period.Unit}: allowed are the SI and calendar units from nanoseconds to years (not Mars sols).", paramName);
        }

        double value = (double)period.Value;
        if (!double.IsFinite(value) || value <= 0 || value > 1e15 || (double)(decimal)value != value)
        {
            throw Preconditions.OutOfRange(paramName, MismatchException.Describe(period),
                "A token rate's period must be positive, finite and exactly representable as a decimal (at most 15 significant digits, e.g. 1 d, 7 d, 0.5 h).");
        }
    }

    private static decimal Seconds(Duration period, MonthLength monthLength)
    {
        decimal value = (decimal)(double)period.Value;
        decimal unitSeconds = period.Unit switch
        {
            DurationUnit.Nanosecond => 0.000_000_001m,
            DurationUnit.Microsecond => 0.000_001m,
            DurationUnit.Millisecond => 0.001m,
            DurationUnit.Second => 1m,
            DurationUnit.Minute => 60m,
            DurationUnit.Hour => 3_600m,
            DurationUnit.Day => SecondsPerDay,
            DurationUnit.Week => 7m * SecondsPerDay,
            DurationUnit.Month30 => monthLength.Days * SecondsPerDay,
            DurationUnit.Year365 => 365m * SecondsPerDay,
            DurationUnit.JulianYear => 365.25m * SecondsPerDay,
            _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Unsupported period unit {period.Unit}."), nameof(period)),
        };
        return value * unitSeconds;
    }

    // ---- Estimates (explicit) -----------------------------------------------------------------------------

    /// <inheritdoc />
    decimal IEstimable<TokenRate>.Magnitude => _volume.Tokens;

    /// <inheritdoc />
    decimal IEstimable<TokenRate>.Granularity => 1m;

    /// <inheritdoc />
    string IEstimable<TokenRate>.UnitText => "tokens per " + MismatchException.Describe(Period);

    /// <inheritdoc />
    TokenRate IEstimable<TokenRate>.WithMagnitude(decimal magnitude) => new(TokenVolume.FromTokens(magnitude), Period, _monthLength);

    /// <inheritdoc />
    void IEstimable<TokenRate>.CheckCommensurable(TokenRate other, string operation) => CheckCommensurable(other, operation, nameof(other));

    /// <summary>The unit check of <see cref="IEstimable{TSelf}.CheckCommensurable"/>, naming <paramref name="paramName"/>
    /// (the parameter of the public member that was called) in the mismatch exception.</summary>
    /// <param name="other">The other value.</param>
    /// <param name="operation">What was attempted, for the message.</param>
    /// <param name="paramName">The caller's parameter that held <paramref name="other"/>.</param>
    internal void CheckCommensurable(TokenRate other, string operation, string paramName)
    {
        if (!SamePeriod(Period, other.Period))
        {
            throw MismatchException.Periods(Period, other.Period, operation, paramName);
        }
    }

    /// <summary>Seconds in a period, with months of <paramref name="monthLength"/> (for conversions of estimates).</summary>
    internal static decimal SecondsIn(Duration period, MonthLength monthLength) => Seconds(period, monthLength);
}
