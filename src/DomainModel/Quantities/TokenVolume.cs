using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DomainModel.Text;
using DomainModel.Utility;
using UnitsNet;
using DomainModel;

namespace DomainModel;

/// <summary>
/// A volume of AI tokens ("50 trilioni di token", "over 30 trillion tokens"): a whole, non-negative number of tokens,
/// held exactly, shown in a <see cref="TokenVolumeUnit"/>. A custom UnitsNet quantity.
/// </summary>
/// <remarks>
/// <para><b>Exactness:</b> the canonical value is <see cref="Tokens"/>, a whole number of tokens held as
/// <see cref="decimal"/> (up to 79,228,162,514,264,337,593,543,950,335): 50 trillion tokens is exactly
/// 50,000,000,000,000. Every unit is a power of ten tokens, so <see cref="As(TokenVolumeUnit)"/> and
/// <see cref="ToUnit(TokenVolumeUnit)"/> are exact. A value in a unit that is not a whole number of tokens
/// (0.5 tokens, 1.0000000005 K tokens) is refused.</para>
/// <para><b>UnitsNet:</b> implements <see cref="IQuantity{TSelf, TUnitType, TValueType}"/> with a
/// <see cref="decimal"/> value type, as UnitsNet's own Power and Information do; <see cref="QuantityInfo"/> describes
/// it. Where double enters: only through UnitsNet's non-generic members, which speak double
/// (<c>IQuantity.As(Enum)</c>, <c>IQuantity&lt;TokenVolumeUnit&gt;.As</c>) or <see cref="QuantityValue"/>
/// (<c>IQuantity.Value</c>, which holds the decimal exactly, and <see cref="From(QuantityValue, TokenVolumeUnit)"/>,
/// which converts a double-backed value with decimal's own conversion). The decimal members are the primary API.
/// It is not an <c>IArithmeticQuantity</c>: that interface requires negation and division by any scalar, which a
/// whole, non-negative volume cannot honour.</para>
/// <para><b>Registration:</b> none, and nothing global is touched. <see cref="Parse(string, IFormatProvider?)"/> and
/// <see cref="ToString(string?, IFormatProvider?)"/> use a private <see cref="UnitAbbreviationsCache"/> and
/// <see cref="UnitParser"/> built for this type, so a user's own UnitsNet setup, including
/// <see cref="UnitAbbreviationsCache.Default"/>, is never changed. UnitsNet's global helpers (<c>Quantity.From</c>,
/// <c>UnitConverter.Default</c>, <c>QuantityFormatter</c>) therefore do not know this quantity; a user who wants
/// them to calls <see cref="MapAbbreviations(UnitAbbreviationsCache)"/> on a cache of their choice.</para>
/// <para><b>Equality and ordering:</b> by the number of tokens; the unit is a display preference, like decimal's
/// scale: 1 K tokens equals 1,000 tokens and both hash alike, while their text differs. Every two volumes compare.</para>
/// <para><b>Arithmetic:</b> addition, subtraction (refused below zero) and multiplication by a non-negative factor
/// whose product is whole. The result keeps the left operand's unit.</para>
/// <para><b>Default:</b> <c>default(TokenVolume)</c> is 0 tokens, in <see cref="TokenVolumeUnit.Token"/>.</para>
/// <para><b>Text:</b> <see cref="ToString()"/> is invariant and round-trips: the value in its unit, a space, the
/// unit's first abbreviation ("50 T tokens", "1.5 B tokens", "20000 tokens").</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(TokenVolumeJsonConverter))]
[DomainModel.Utility.TypeFormatterSource(typeof(DomainModel.Utility.DisplayFormatterSource<TokenVolume>))]
public readonly partial struct TokenVolume :
    IEstimable<TokenVolume>,
    IQuantity<TokenVolume, TokenVolumeUnit, decimal>,
    IEquatable<TokenVolume>,
    IComparable<TokenVolume>,
    IComparable
{
    private readonly decimal _tokens;
    private readonly TokenVolumeUnit _unit;

    /// <summary>Creates a volume from a value in a unit (1.5 and <see cref="TokenVolumeUnit.Billion"/> is 1,500,000,000 tokens).</summary>
    /// <param name="value">The value in <paramref name="unit"/>: zero or more, a whole number of tokens once converted.</param>
    /// <param name="unit">The unit, also the unit the volume is shown in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or too large, or <paramref name="unit"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a whole number of tokens.</exception>
    public TokenVolume(decimal value, TokenVolumeUnit unit)
        : this(unit, ToTokens(value, unit, nameof(value), nameof(unit)))
    {
    }

    // The trusted path: the unit first, then a number that is already whole tokens, zero or more (normalized).
    private TokenVolume([Trusted] TokenVolumeUnit unit, [Trusted] decimal tokens)
    {
        Preconditions.DebugCheck(TokenVolumeUnits.IsDefined(unit), "a defined unit");
        Preconditions.DebugCheck(tokens >= 0m && decimal.Truncate(tokens) == tokens, "zero or more whole tokens");
        _tokens = tokens;
        _unit = unit;
    }

    /// <summary>The UnitsNet description of this quantity: name "TokenVolume", its five units, dimensionless.</summary>
    public static QuantityInfo<TokenVolumeUnit> Info { get; } = new(
        nameof(TokenVolume),
        [
            new UnitInfo<TokenVolumeUnit>(TokenVolumeUnit.Token, "Tokens", BaseUnits.Undefined, nameof(TokenVolume)),
            new UnitInfo<TokenVolumeUnit>(TokenVolumeUnit.Thousand, "Thousands", BaseUnits.Undefined, nameof(TokenVolume)),
            new UnitInfo<TokenVolumeUnit>(TokenVolumeUnit.Million, "Millions", BaseUnits.Undefined, nameof(TokenVolume)),
            new UnitInfo<TokenVolumeUnit>(TokenVolumeUnit.Billion, "Billions", BaseUnits.Undefined, nameof(TokenVolume)),
            new UnitInfo<TokenVolumeUnit>(TokenVolumeUnit.Trillion, "Trillions", BaseUnits.Undefined, nameof(TokenVolume)),
        ],
        TokenVolumeUnit.Token,
        default(TokenVolume),
        BaseDimensions.Dimensionless);

    /// <summary>Zero tokens.</summary>
    public static TokenVolume Zero => default;

    /// <summary>The exact number of tokens: a whole number, zero or more.</summary>
    public decimal Tokens => _tokens;

    /// <summary>The unit the volume is shown in (<see cref="TokenVolumeUnit.Token"/> for <c>default</c>).</summary>
    public TokenVolumeUnit Unit => _unit == 0 ? TokenVolumeUnit.Token : _unit;

    /// <summary>The value in <see cref="Unit"/>, exactly, without trailing zeros (50 for 50 T tokens).</summary>
    public decimal Value => As(Unit);

    /// <summary>The UnitsNet description of this quantity (<see cref="Info"/>).</summary>
    public QuantityInfo<TokenVolumeUnit> QuantityInfo => Info;

    /// <summary>Dimensionless: a count of tokens has no SI base dimension.</summary>
    public BaseDimensions Dimensions => BaseDimensions.Dimensionless;

    QuantityInfo IQuantity.QuantityInfo => Info;

    Enum IQuantity.Unit => Unit;

    QuantityValue IQuantity.Value => Value;

    // ---- Factories ----------------------------------------------------------------------------------------

    /// <summary>Creates a volume from a value in a unit (see the constructor).</summary>
    /// <param name="value">The value in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The volume, shown in <paramref name="unit"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or too large, or <paramref name="unit"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a whole number of tokens.</exception>
    public static TokenVolume From(decimal value, TokenVolumeUnit unit) => new(value, unit);

    /// <summary>
    /// Creates a volume from a UnitsNet <see cref="QuantityValue"/> (the shape of UnitsNet's <c>QuantityFromDelegate</c>).
    /// A decimal-backed value is taken exactly; a double-backed one is converted with decimal's own conversion
    /// (at most 15 significant digits) — this is where double can enter.
    /// </summary>
    /// <param name="value">The value in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The volume.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN, infinite, negative or too large, or <paramref name="unit"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The value is not a whole number of tokens.</exception>
    public static TokenVolume From(QuantityValue value, TokenVolumeUnit unit)
    {
        if (value.IsDecimal)
        {
            return new TokenVolume((decimal)value, unit);
        }

        double d = (double)value;
        if (!double.IsFinite(d) || Math.Abs(d) >= 7.9e28)
        {
            throw Preconditions.OutOfRange(nameof(value), d, FormattableString.Invariant($"{d} cannot be a token volume: allowed are finite values from 0 to 79,228,162,514,264,337,593,543,950,335 tokens."));
        }

        return new TokenVolume((decimal)d, unit);
    }

    /// <summary>A whole number of tokens.</summary>
    /// <param name="tokens">Zero or more whole tokens.</param>
    /// <returns>The volume, in <see cref="TokenVolumeUnit.Token"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tokens"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="tokens"/> is not whole.</exception>
    public static TokenVolume FromTokens(decimal tokens) => new(TokenVolumeUnit.Token, ToTokens(tokens, TokenVolumeUnit.Token, nameof(tokens), "unit"));

    /// <summary>Thousands of tokens (1.5 → 1,500 tokens).</summary>
    /// <param name="thousands">The value in thousands.</param>
    /// <returns>The volume, in <see cref="TokenVolumeUnit.Thousand"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or too large.</exception>
    /// <exception cref="ArgumentException">The value is not a whole number of tokens.</exception>
    public static TokenVolume FromThousands(decimal thousands) => new(TokenVolumeUnit.Thousand, ToTokens(thousands, TokenVolumeUnit.Thousand, nameof(thousands), "unit"));

    /// <summary>Millions of tokens.</summary>
    /// <param name="millions">The value in millions.</param>
    /// <returns>The volume, in <see cref="TokenVolumeUnit.Million"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or too large.</exception>
    /// <exception cref="ArgumentException">The value is not a whole number of tokens.</exception>
    public static TokenVolume FromMillions(decimal millions) => new(TokenVolumeUnit.Million, ToTokens(millions, TokenVolumeUnit.Million, nameof(millions), "unit"));

    /// <summary>Billions (10^9) of tokens.</summary>
    /// <param name="billions">The value in billions.</param>
    /// <returns>The volume, in <see cref="TokenVolumeUnit.Billion"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or too large.</exception>
    /// <exception cref="ArgumentException">The value is not a whole number of tokens.</exception>
    public static TokenVolume FromBillions(decimal billions) => new(TokenVolumeUnit.Billion, ToTokens(billions, TokenVolumeUnit.Billion, nameof(billions), "unit"));

    /// <summary>Trillions (10^12) of tokens ("50 trilioni di token" in translated news is <c>FromTrillions(50)</c>).</summary>
    /// <param name="trillions">The value in trillions.</param>
    /// <returns>The volume, in <see cref="TokenVolumeUnit.Trillion"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or too large.</exception>
    /// <exception cref="ArgumentException">The value is not a whole number of tokens.</exception>
    public static TokenVolume FromTrillions(decimal trillions) => new(TokenVolumeUnit.Trillion, ToTokens(trillions, TokenVolumeUnit.Trillion, nameof(trillions), "unit"));

    /// <summary>
    /// Adds the token abbreviations to a UnitsNet cache the caller owns, for use with their own
    /// <see cref="UnitParser"/> or <see cref="QuantityParser"/>. Opt-in: the library never calls it on a global cache.
    /// Called on <see cref="UnitAbbreviationsCache.Default"/> it would, like any UnitsNet custom unit, change that
    /// global cache for the whole process — that is then the caller's decision.
    /// </summary>
    /// <param name="cache">The cache to add the abbreviations to (invariant culture, the fallback of every culture).</param>
    /// <exception cref="ArgumentNullException"><paramref name="cache"/> is null.</exception>
    public static void MapAbbreviations(UnitAbbreviationsCache cache)
    {
        Preconditions.CheckNotNull(cache);
        TokenVolumeUnits.MapAbbreviations(cache);
    }

    // ---- Conversion ---------------------------------------------------------------------------------------

    /// <summary>The value in another unit, exactly (50 T tokens as <see cref="TokenVolumeUnit.Billion"/> is 50,000).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The exact value, without trailing zeros.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public decimal As(TokenVolumeUnit unit) => TokenVolumeUnits.Normalize(_tokens / TokenVolumeUnits.Factor(unit));

    /// <summary>The same volume shown in another unit (equal to this one).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The volume in <paramref name="unit"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public TokenVolume ToUnit(TokenVolumeUnit unit)
    {
        if (!TokenVolumeUnits.IsDefined(unit))
        {
            throw TokenVolumeUnits.UndefinedUnit(unit, nameof(unit));
        }

        return new TokenVolume(unit, _tokens);
    }

    /// <summary>Whether the two volumes differ by at most <paramref name="tolerance"/> (UnitsNet's tolerant equality).</summary>
    /// <param name="other">The other volume.</param>
    /// <param name="tolerance">The largest difference allowed.</param>
    /// <returns>Whether |this − other| ≤ tolerance.</returns>
    public bool Equals(TokenVolume other, TokenVolume tolerance) => Math.Abs(_tokens - other._tokens) <= tolerance._tokens;

    double IQuantity.As(Enum unit) => (double)As(CastUnit(unit));

    double IQuantity.As(UnitSystem unitSystem) => throw NoUnitSystem(unitSystem);

    double IQuantity<TokenVolumeUnit>.As(TokenVolumeUnit unit) => (double)As(unit);

    decimal IValueQuantity<decimal>.As(Enum unit) => As(CastUnit(unit));

    decimal IValueQuantity<decimal>.As(UnitSystem unitSystem) => throw NoUnitSystem(unitSystem);

    IQuantity IQuantity.ToUnit(Enum unit) => ToUnit(CastUnit(unit));

    IQuantity IQuantity.ToUnit(UnitSystem unitSystem) => throw NoUnitSystem(unitSystem);

    IQuantity<TokenVolumeUnit> IQuantity<TokenVolumeUnit>.ToUnit(TokenVolumeUnit unit) => ToUnit(unit);

    IQuantity<TokenVolumeUnit> IQuantity<TokenVolumeUnit>.ToUnit(UnitSystem unitSystem) => throw NoUnitSystem(unitSystem);

    IValueQuantity<decimal> IValueQuantity<decimal>.ToUnit(Enum unit) => ToUnit(CastUnit(unit));

    IValueQuantity<decimal> IValueQuantity<decimal>.ToUnit(UnitSystem unitSystem) => throw NoUnitSystem(unitSystem);

    bool IQuantity.Equals(IQuantity? other, IQuantity tolerance) =>
        other is TokenVolume volume && tolerance is TokenVolume t
            ? Equals(volume, t)
            : throw new ArgumentException($"Both the other quantity and the tolerance must be {nameof(TokenVolume)}s, not {other?.GetType().Name ?? "null"} and {tolerance?.GetType().Name ?? "null"}.", nameof(other));

    // ---- Arithmetic ---------------------------------------------------------------------------------------

    /// <summary>Adds two volumes (the result keeps the left unit).</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum exceeds 79,228,162,514,264,337,593,543,950,335 tokens.</exception>
    public static TokenVolume operator +(TokenVolume left, TokenVolume right)
    {
        try
        {
            return new TokenVolume(left.Unit, left._tokens + right._tokens);
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"{left} + {right} exceeds the largest token volume (79,228,162,514,264,337,593,543,950,335 tokens).", e);
        }
    }

    /// <summary>Subtracts a volume no larger than this one (the result keeps the left unit).</summary>
    /// <param name="left">The volume to subtract from.</param>
    /// <param name="right">The volume to subtract.</param>
    /// <returns>The difference, zero or more.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is larger than <paramref name="left"/>: a volume cannot be negative.</exception>
    public static TokenVolume operator -(TokenVolume left, TokenVolume right) => Difference(left, right, nameof(right));

    // - and Subtract (also of rates and volumes over a span), naming the caller's parameter (a constant) when
    // the subtrahend is too large.
    internal static TokenVolume Difference(TokenVolume left, TokenVolume right, string paramName)
    {
        if (right._tokens > left._tokens)
        {
            throw Preconditions.OutOfRange(paramName, right, Preconditions.Invariant($"Cannot subtract {right} from {left}: a token volume cannot be negative; allowed is a volume up to {left}."));
        }

        return new TokenVolume(left.Unit, left._tokens - right._tokens);
    }

    /// <summary>Multiplies by a non-negative factor whose product is a whole number of tokens (30 T tokens × 1.5 = 45 T tokens).</summary>
    /// <param name="left">The volume.</param>
    /// <param name="right">The factor, zero or more.</param>
    /// <returns>The product, in the volume's unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is negative.</exception>
    /// <exception cref="ArgumentException">The product is not a whole number of tokens.</exception>
    /// <exception cref="OverflowException">The product is too large.</exception>
    public static TokenVolume operator *(TokenVolume left, decimal right) => Product(left, right, nameof(right));

    // Both * and Multiply, naming the caller's factor parameter (a constant) when the factor is refused.
    private static TokenVolume Product(TokenVolume left, decimal right, string paramName)
    {
        if (right < 0m)
        {
            throw Preconditions.OutOfRange(paramName, right, FormattableString.Invariant($"Cannot multiply {left} by {right}: the factor must be zero or more."));
        }

        // Exactly, through BigInteger: decimal's own product rounds at 28-29 digits and could make a fraction whole.
        var (a, aScale) = ExactRational.FromDecimal(left._tokens);
        var (b, bScale) = ExactRational.FromDecimal(right);
        var numerator = a * b;
        var denominator = aScale * bScale;
        var whole = System.Numerics.BigInteger.DivRem(numerator, denominator, out var remainder);
        if (!remainder.IsZero)
        {
            string exact = ExactText(numerator, denominator);
            throw new ArgumentException(FormattableString.Invariant($"{left} * {right} is {exact} tokens, not a whole number of tokens."), paramName);
        }

        decimal product = ExactRational.ToDecimal(whole)
            ?? throw new OverflowException(FormattableString.Invariant($"{left} * {right} exceeds the largest token volume (79,228,162,514,264,337,593,543,950,335 tokens)."));
        return new TokenVolume(left.Unit, TokenVolumeUnits.Normalize(product));
    }

    /// <summary>Multiplies by a non-negative factor (see <c>TokenVolume * decimal</c>).</summary>
    /// <param name="left">The factor, zero or more.</param>
    /// <param name="right">The volume.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="left"/> is negative.</exception>
    /// <exception cref="ArgumentException">The product is not a whole number of tokens.</exception>
    /// <exception cref="OverflowException">The product is too large.</exception>
    public static TokenVolume operator *(decimal left, TokenVolume right) => Product(right, left, nameof(left));

    /// <summary>Adds a volume (named twin of <c>+</c>).</summary>
    /// <param name="other">The volume to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is too large.</exception>
    public TokenVolume Add(TokenVolume other) => this + other;

    /// <summary>Subtracts a volume (named twin of <c>-</c>).</summary>
    /// <param name="other">The volume to subtract, no larger than this one.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="other"/> is larger than this volume.</exception>
    public TokenVolume Subtract(TokenVolume other) => Difference(this, other, nameof(other));

    /// <summary>Multiplies by a factor (named twin of <c>*</c>).</summary>
    /// <param name="factor">The factor, zero or more.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is negative.</exception>
    /// <exception cref="ArgumentException">The product is not a whole number of tokens.</exception>
    /// <exception cref="OverflowException">The product is too large.</exception>
    public TokenVolume Multiply(decimal factor) => Product(this, factor, nameof(factor));

    // ---- Equality and ordering -----------------------------------------------------------------------------

    /// <summary>Equal when the numbers of tokens are equal, whatever the units (1 K tokens equals 1,000 tokens).</summary>
    /// <param name="other">The other volume.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(TokenVolume other) => _tokens == other._tokens;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is TokenVolume other && Equals(other);

    /// <summary>A hash of the number of tokens (unit-insensitive, consistent with equality).</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _tokens.GetHashCode();

    /// <summary>Compares by number of tokens.</summary>
    /// <param name="other">The other volume.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(TokenVolume other) => _tokens.CompareTo(other._tokens);

    /// <summary>Compares with a boxed <see cref="TokenVolume"/> (used by F#'s <c>compare</c> and sorting).</summary>
    /// <param name="obj">Null (which sorts first) or a <see cref="TokenVolume"/>.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="TokenVolume"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        TokenVolume other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(TokenVolume)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>Equality (see <see cref="Equals(TokenVolume)"/>).</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TokenVolume left, TokenVolume right) => left.Equals(right);

    /// <summary>Inequality (see <see cref="Equals(TokenVolume)"/>).</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TokenVolume left, TokenVolume right) => !left.Equals(right);

    /// <summary>Ordering by number of tokens.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>Whether left is smaller.</returns>
    public static bool operator <(TokenVolume left, TokenVolume right) => left._tokens < right._tokens;

    /// <summary>Ordering by number of tokens.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>Whether left is larger.</returns>
    public static bool operator >(TokenVolume left, TokenVolume right) => left._tokens > right._tokens;

    /// <summary>Ordering by number of tokens.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>Whether left is smaller or equal.</returns>
    public static bool operator <=(TokenVolume left, TokenVolume right) => left._tokens <= right._tokens;

    /// <summary>Ordering by number of tokens.</summary>
    /// <param name="left">The first volume.</param>
    /// <param name="right">The second volume.</param>
    /// <returns>Whether left is larger or equal.</returns>
    public static bool operator >=(TokenVolume left, TokenVolume right) => left._tokens >= right._tokens;

    // ---- Text ---------------------------------------------------------------------------------------------

    /// <summary>
    /// Parses "50 T tokens", "1.5 B tokens", "20,000 tokens" (invariant culture): a non-negative number, then a unit
    /// abbreviation (see <see cref="TokenVolumeUnit"/>; case-insensitive: "5 K TOKENS"). Group separators only between
    /// groups of three ("1,5 B tokens" is refused here: pass it-IT), and no more digits than decimal holds.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <returns>The volume, in the unit written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not a number and a token unit, or not a whole, non-negative number of tokens in range.</exception>
    public static TokenVolume Parse(string s) => Parse(s, null);

    /// <summary>
    /// Parses a volume whose number is written in <paramref name="provider"/>'s format ("1,5 B tokens" in it-IT);
    /// null means the invariant culture, never the current one. Units are looked up in the private UnitsNet
    /// abbreviation cache, the same for every culture.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The number format, or null for invariant.</param>
    /// <returns>The volume, in the unit written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DomainModelFormatException">The text is not a number and a token unit, or not a whole, non-negative number of tokens in range.</exception>
    public static TokenVolume Parse(string s, IFormatProvider? provider)
    {
        Preconditions.CheckNotNull(s);
        return ParseCore(s, provider).GetValueOrThrow(s);
    }

    /// <summary>Tries to parse a volume (see <see cref="Parse(string, IFormatProvider?)"/>); never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The number format, or null for invariant.</param>
    /// <param name="result">The volume, or zero on failure.</param>
    /// <returns>Whether the text was a valid volume.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TokenVolume result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return ParseCore(s, provider).TryGetValue(out result);
    }

    /// <summary>Tries to parse a volume in the invariant culture; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The volume, or zero on failure.</param>
    /// <returns>Whether the text was a valid volume.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out TokenVolume result) => TryParse(s, null, out result);

    /// <summary>The invariant, round-trippable text: "50 T tokens".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>The text with the number in <paramref name="provider"/>'s format ("1,5 B tokens" in it-IT).</summary>
    /// <param name="provider">The number format, or null for invariant.</param>
    /// <returns>The text.</returns>
    public string ToString(IFormatProvider? provider) => ToString(null, provider);

    /// <summary>
    /// Formats the volume. <paramref name="format"/>: null, "" or "G" the value and the abbreviation
    /// ("50 T tokens"); "A" the abbreviation only; "V" the value only; any other standard or custom numeric format
    /// is applied to the value, followed by the abbreviation ("N0" → "50,000 B tokens" after <c>ToUnit(Billion)</c>).
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="provider">The number format, or null for invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format.</exception>
    public string ToString(string? format, IFormatProvider? provider)
    {
        provider ??= CultureInfo.InvariantCulture;
        string abbreviation = TokenVolumeUnits.Abbreviation(Unit);
        return format switch
        {
            null or "" or "G" or "g" => Value.ToString(provider) + " " + abbreviation,
            "A" or "a" => abbreviation,
            "V" or "v" => Value.ToString(provider),
            _ => Value.ToString(format, provider) + " " + abbreviation,
        };
    }

    // ---- Helpers ------------------------------------------------------------------------------------------

    /// <summary>numerator / denominator (a power of ten) written exactly, invariantly.</summary>
    private static string ExactText(System.Numerics.BigInteger numerator, System.Numerics.BigInteger denominator)
    {
        string digits = System.Numerics.BigInteger.Abs(numerator).ToString(CultureInfo.InvariantCulture);
        int scale = denominator.ToString(CultureInfo.InvariantCulture).Length - 1;
        digits = digits.PadLeft(scale + 1, '0');
        string text = scale == 0 ? digits : digits[..^scale] + "." + digits[^scale..].TrimEnd('0');
        return numerator.Sign < 0 ? "-" + text : text;
    }

    /// <summary>A unit written in any case ("K TOKENS", "Billion Tokens"); every match must name the same unit.</summary>
    private static bool TryParseUnit(string unitText, out TokenVolumeUnit unit)
    {
        if (TokenVolumeUnits.Parser.TryParse(unitText, CultureInfo.InvariantCulture, out unit) && TokenVolumeUnits.IsDefined(unit))
        {
            return true;
        }

        string normalized = string.Join(' ', unitText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        TokenVolumeUnit? found = null;
        foreach (var candidate in TokenVolumeUnits.All)
        {
            foreach (string abbreviation in TokenVolumeUnits.Abbreviations.GetUnitAbbreviations(candidate, CultureInfo.InvariantCulture))
            {
                if (string.Equals(abbreviation, normalized, StringComparison.OrdinalIgnoreCase))
                {
                    if (found is not null && found != candidate)
                    {
                        unit = default;
                        return false;
                    }

                    found = candidate;
                }
            }
        }

        unit = found ?? default;
        return found is not null;
    }

    private static decimal ToTokens(decimal value, TokenVolumeUnit unit, string valueParam, string unitParam)
    {
        if (!TokenVolumeUnits.IsDefined(unit))
        {
            throw TokenVolumeUnits.UndefinedUnit(unit, unitParam);
        }

        string? error = TryToTokens(value, unit, out decimal tokens, out bool outOfRange);
        if (error is null)
        {
            return tokens;
        }

        throw outOfRange ? Preconditions.OutOfRange(valueParam, value, error) : new ArgumentException(error, valueParam);
    }

    private static string? TryToTokens(decimal value, TokenVolumeUnit unit, out decimal tokens, out bool outOfRange)
    {
        tokens = 0m;
        outOfRange = true;

        // The unit's abbreviation (a look-up in UnitsNet's cache) only for a refusal's message.
        if (value < 0m)
        {
            return FormattableString.Invariant($"{value} {TokenVolumeUnits.Abbreviation(unit)} is negative: a token volume is zero or more.");
        }

        decimal factor = TokenVolumeUnits.Factor(unit);
        if (value > decimal.MaxValue / factor)
        {
            return FormattableString.Invariant($"{value} {TokenVolumeUnits.Abbreviation(unit)} is too large: allowed is at most 79,228,162,514,264,337,593,543,950,335 tokens.");
        }

        decimal product = value * factor;
        if (decimal.Truncate(product) != product)
        {
            outOfRange = false;
            return FormattableString.Invariant($"{value} {TokenVolumeUnits.Abbreviation(unit)} is {TokenVolumeUnits.Normalize(product)} tokens, not a whole number of tokens.");
        }

        tokens = TokenVolumeUnits.Normalize(product);
        return null;
    }

    private static ParseResult<TokenVolume> ParseCore(string s, IFormatProvider? provider)
    {
        provider ??= CultureInfo.InvariantCulture;
        int lead = s.Length - s.TrimStart().Length;
        string text = s.Trim();
        int unitStart = 0;
        while (unitStart < text.Length && !char.IsLetter(text[unitStart]))
        {
            unitStart++;
        }

        string number = text[..unitStart].Trim();
        string unitText = text[unitStart..].Trim();
        if (number.Length == 0 || unitText.Length == 0)
        {
            return QuantityTextErrors.NotTokenVolume(s, TokenVolumeUnits.AllAbbreviations());
        }

        const NumberStyles styles = NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands;
        var info = provider.GetFormat(typeof(NumberFormatInfo)) as NumberFormatInfo ?? NumberFormatInfo.InvariantInfo;
        string cultureName = (provider as CultureInfo)?.Name ?? provider.GetType().Name;
        if (!decimal.TryParse(number, styles, info, out decimal value))
        {
            return QuantityTextErrors.NotTokenNumber(s, lead, number, cultureName);
        }

        if (!Text.NumberShape.GroupsAreValid(number, info))
        {
            return QuantityTextErrors.MisplacedTokenGroup(s, lead, number, cultureName, info.NumberGroupSeparator, Text.NumberShape.GroupRule(info));
        }

        if (!Utility.ExactDecimal.KeepsFraction(value, Utility.ExactDecimal.FractionDigits(number, info.NumberDecimalSeparator)))
        {
            return QuantityTextErrors.TooPreciseTokens(s, lead, number);
        }

        if (!TryParseUnit(unitText, out TokenVolumeUnit unit))
        {
            return QuantityTextErrors.NotTokenUnit(s, lead + text.IndexOf(unitText, unitStart, StringComparison.Ordinal), unitText, TokenVolumeUnits.AllAbbreviations());
        }

        string? error = TryToTokens(value, unit, out decimal tokens, out bool outOfRange);
        if (error is not null)
        {
            return QuantityTextErrors.InvalidTokenVolume(s, error, outOfRange);
        }

        return ParseResult<TokenVolume>.ForValue(new TokenVolume(unit, tokens));
    }

    private static TokenVolumeUnit CastUnit(Enum unit) => unit is TokenVolumeUnit u
        ? u
        : throw new ArgumentException($"Expected a {nameof(TokenVolumeUnit)}, not {unit?.GetType().Name ?? "null"} {unit}.", nameof(unit));

    private static NotSupportedException NoUnitSystem(UnitSystem unitSystem) =>
        new($"{nameof(TokenVolume)} is dimensionless and has no unit in a unit system ({unitSystem?.BaseUnits}); convert with ToUnit(TokenVolumeUnit).");

    // ---- Estimates (explicit) -----------------------------------------------------------------------------

    /// <inheritdoc />
    decimal IEstimable<TokenVolume>.Magnitude => _tokens;

    /// <inheritdoc />
    decimal IEstimable<TokenVolume>.Granularity => 1m;

    /// <inheritdoc />
    string IEstimable<TokenVolume>.UnitText => "tokens";

    /// <inheritdoc />
    TokenVolume IEstimable<TokenVolume>.WithMagnitude(decimal magnitude) => FromTokens(magnitude);

    /// <inheritdoc />
    void IEstimable<TokenVolume>.CheckCommensurable(TokenVolume other, string operation)
    {
        // Every token volume is in tokens.
    }
}
