using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel;

/// <summary>
/// An amount of money: an exact <see cref="decimal"/> amount in one <see cref="Currency"/>.
/// </summary>
/// <remarks>
/// <para><b>Unit safety:</b> addition, subtraction, comparison and Money ÷ Money need one currency and throw
/// <see cref="MismatchException"/> otherwise; there is no Money + decimal; scalars only multiply and divide.
/// Converting between currencies needs an exchange rate.</para>
/// <para><b>Exactness:</b> arithmetic is decimal arithmetic: exact while the result fits in decimal's 28–29
/// significant digits (division and some products are then rounded by decimal itself, to the nearest
/// representable value). Overflow and division by zero throw, naming the operands. Nothing rounds to the
/// currency's minor unit unless <see cref="Round(MidpointRounding)"/> or <see cref="Round(int, MidpointRounding)"/>
/// is called, with a <see cref="MidpointRounding"/> the caller chooses.</para>
/// <para><b>Equality and scale:</b> equality is numeric, as for <see cref="decimal"/>: 1.0 USD equals 1.00 USD and
/// both hash alike. The scale is kept and shows in the text form (<c>USD 1.0</c> and <c>USD 1.00</c>), so text round-trips exactly.</para>
/// <para><b>Ordering:</b> by amount within one currency; comparing two currencies throws (in C# and in F#'s
/// <c>compare</c>, <c>&lt;</c>, <c>max</c> and <c>List.sort</c>, which use <see cref="IComparable"/>).
/// Use <see cref="MoneyComparer.ByCurrencyThenAmount"/> to order a mixed list.</para>
/// <para><b>Text and JSON:</b> <see cref="ToString()"/> is invariant and round-trips through <see cref="Parse(string, IFormatProvider?)"/>
/// (<c>CNY 160000000000</c>); other formats and accepted inputs are listed on <see cref="ToString(string?, IFormatProvider?)"/> and
/// <see cref="Parse(string, IFormatProvider?, MoneyParseOptions)"/>; JSON is <c>{"amount": 160000000000, "currency": "CNY"}</c>
/// (<see cref="MoneyJsonConverter"/>).</para>
/// <para><b>Default:</b> <c>default(Money)</c> is 0 XXX (ISO's "no currency involved").</para>
/// <para>Immutable and thread-safe. Size: 24 bytes on 64-bit (a 16-byte decimal and a reference to the currency's
/// immutable data). A 16-byte layout (the currency as an index in the decimal's unused bits) would need every custom
/// currency registered in a process-wide table, and measured no faster for addition and comparison; see docs/performance.md.</para>
/// </remarks>
public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    private readonly decimal _amount;
    private readonly Currency _currency;

    /// <summary>Creates an amount of money. Every decimal amount is valid, with any scale; nothing is rounded.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    public Money(decimal amount, Currency currency)
    {
        _amount = amount;
        _currency = currency;
    }

    /// <summary>The amount, exactly as held (scale included).</summary>
    public decimal Amount => _amount;

    /// <summary>The currency.</summary>
    public Currency Currency => _currency;

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => _amount == 0m;

    /// <summary>Whether the amount is greater than zero.</summary>
    public bool IsPositive => _amount > 0m;

    /// <summary>Whether the amount is less than zero.</summary>
    public bool IsNegative => _amount < 0m;

    /// <summary>-1, 0 or 1 as the amount is negative, zero or positive.</summary>
    public int Sign => Math.Sign(_amount);

    /// <summary>Zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>0 in that currency.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Creates money from a whole number of minor units (cents, fen, fils…).</summary>
    /// <param name="minorUnits">The number of minor units, e.g. 12345 for 123.45 USD.</param>
    /// <param name="currency">A currency with a defined minor unit.</param>
    /// <returns>The amount, with the currency's scale (123.45, not 123.4500).</returns>
    /// <exception cref="ArgumentException">The currency has no minor unit (XAU, XDR, XXX, historic currencies).</exception>
    public static Money FromMinorUnits(long minorUnits, Currency currency)
    {
        decimal scale = RequireMinorUnitScale(currency, nameof(currency));
        return new Money(minorUnits / scale, currency);
    }

    /// <summary>The amount as a whole number of minor units.</summary>
    /// <returns>The amount times 10^minor units, e.g. 12345 for 123.45 USD.</returns>
    /// <exception cref="InvalidOperationException">The currency has no minor unit, or the amount has more decimals than the minor unit (round it first).</exception>
    /// <exception cref="OverflowException">The number of minor units is outside the range of decimal (above about 7.9E+26 for a currency
    /// with 2 minor units); the message names the amount and the scale.</exception>
    public decimal ToMinorUnits()
    {
        if (_currency.Definition.MinorUnits is null)
        {
            throw new InvalidOperationException($"{_currency.Code} has no minor unit (ISO 4217 publishes N.A. or nothing), so {this} cannot be counted in minor units.");
        }

        decimal units = ScaleUp(_currency.Definition.MinorUnitScale);
        if (decimal.Truncate(units) != units)
        {
            throw new InvalidOperationException(FormattableString.Invariant($"{this} has more decimals than the {_currency.Definition.MinorUnits} of {_currency.Code}; round it first (Round with a MidpointRounding) to count whole minor units."));
        }

        return units;
    }

    // ---- Arithmetic -------------------------------------------------------------------------------------

    /// <summary>Adds two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of decimal.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Money operator +(Money left, Money right) => Sum(left, right, nameof(right));

    // + and Add, naming the caller's parameter (a constant) when the currencies differ.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Money Sum(Money left, Money right, string paramName)
    {
        CheckSameCurrency(left, right, "add", paramName);
        return DecimalMagnitude.SumCannotOverflow(left._amount, right._amount)
            ? new Money(left._amount + right._amount, left._currency)
            : AddGuarded(left, right);
    }

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is outside the range of decimal.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Money operator -(Money left, Money right) => Difference(left, right, nameof(right));

    // - and Subtract, naming the caller's parameter (a constant) when the currencies differ.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Money Difference(Money left, Money right, string paramName)
    {
        CheckSameCurrency(left, right, "subtract", paramName);
        return DecimalMagnitude.SumCannotOverflow(left._amount, right._amount)
            ? new Money(left._amount - right._amount, left._currency)
            : SubtractGuarded(left, right);
    }

    /// <summary>Negates an amount (never overflows).</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with the opposite sign.</returns>
    public static Money operator -(Money value) => new(-value._amount, value._currency);

    /// <summary>Returns the amount unchanged.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The same amount.</returns>
    public static Money operator +(Money value) => value;

    /// <summary>Multiplies an amount by a scalar.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The product, in the same currency.</returns>
    /// <exception cref="OverflowException">The product is outside the range of decimal.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Money operator *(Money left, decimal right) =>
        DecimalMagnitude.ProductCannotOverflow(left._amount, right)
            ? new Money(left._amount * right, left._currency)
            : MultiplyGuarded(left, right);

    /// <summary>Multiplies an amount by a scalar.</summary>
    /// <param name="left">The factor.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The product, in the same currency.</returns>
    /// <exception cref="OverflowException">The product is outside the range of decimal.</exception>
    public static Money operator *(decimal left, Money right) => right * left;

    /// <summary>Divides an amount by a scalar (decimal division: exact where representable, else to 28–29 significant digits).</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient, in the same currency.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient is outside the range of decimal.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Money operator /(Money left, decimal right) =>
        DecimalMagnitude.QuotientCannotOverflow(right)
            ? new Money(left._amount / right, left._currency)
            : new Money(Divide(left, right), left._currency);

    /// <summary>The ratio of two amounts of one currency (e.g. 85 billion CNY / 150 billion CNY = 0.5666…).</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The ratio, a plain number.</returns>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is outside the range of decimal.</exception>
    public static decimal operator /(Money left, Money right) => Ratio(left, right, nameof(right));

    // Money / Money and Divide(Money), naming the caller's parameter (a constant) when the currencies differ.
    private static decimal Ratio(Money left, Money right, string paramName)
    {
        CheckSameCurrency(left, right, "divide", paramName);
        if (right._amount == 0m)
        {
            throw new DivideByZeroException($"Cannot divide {left} by {right}: the divisor is zero.");
        }

        try
        {
            return left._amount / right._amount;
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"{left} / {right} is outside the range of decimal (±79,228,162,514,264,337,593,543,950,335).", e);
        }
    }

    /// <summary>Adds an amount of the same currency (named twin of <c>+</c>).</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of decimal.</exception>
public Money Add(Money other) => Sum(this, other, nameof(other));

    /// <summary>Subtracts an amount of the same currency (named twin of <c>-</c>).</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is outside the range of decimal.</exception>
public Money Subtract(Money other) => Difference(this, other, nameof(other));

    /// <summary>The amount with the opposite sign (named twin of unary <c>-</c>).</summary>
    /// <returns>The negated amount.</returns>
    public Money Negate() => -this;

    /// <summary>Multiplies by a scalar (named twin of <c>*</c>).</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of decimal.</exception>
    public Money Multiply(decimal factor) => this * factor;

    /// <summary>Divides by a scalar (named twin of <c>/</c>).</summary>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient is outside the range of decimal.</exception>
    public Money Divide(decimal divisor) => this / divisor;

    /// <summary>The ratio to another amount of the same currency (named twin of Money <c>/</c> Money).</summary>
    /// <param name="divisor">The amount to divide by.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is outside the range of decimal.</exception>
public decimal Divide(Money divisor) => Ratio(this, divisor, nameof(divisor));

    /// <summary>The absolute value.</summary>
    /// <returns>The amount without its sign.</returns>
    public Money Abs() => new(Math.Abs(_amount), _currency);

    /// <summary>The smaller of two amounts of one currency (the first when equal).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    public static Money Min(Money left, Money right) => left.CompareTo(right, nameof(right)) <= 0 ? left : right;

    /// <summary>The larger of two amounts of one currency (the first when equal).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount.</returns>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    public static Money Max(Money left, Money right) => left.CompareTo(right, nameof(right)) >= 0 ? left : right;

    /// <summary>
    /// Sums amounts that are all in the given currency, exactly; an empty sequence sums to zero in it. No partial sum
    /// rounds or overflows (large amounts that cancel leave the small ones intact, and <c>Max + Max − Max</c> is
    /// <c>Max</c>); the total keeps the largest scale of the amounts and is rounded (to nearest, ties to even, as
    /// decimal rounds) only if it has more than 28–29 significant digits.
    /// </summary>
    /// <param name="values">The amounts.</param>
    /// <param name="currency">The currency every amount must have.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="MismatchException">An amount is in another currency.</exception>
    /// <exception cref="OverflowException">The exact total is outside the range of decimal.</exception>
    public static Money Sum(IEnumerable<Money> values, Currency currency)
    {
        Preconditions.CheckNotNull(values);
        switch (values)
        {
            case Money[] array:
                return SumSpan(array, currency);
            case List<Money> list:
                return SumSpan(CollectionsMarshal.AsSpan(list), currency);
            default:
                var sum = default(ExactDecimalSum);
                int count = 0;
                foreach (var value in values)
                {
                    CheckSumCurrency(currency, value._currency);
                    sum.Add(value._amount);
                    count++;
                }

                return new Money(Total(sum, count, currency), currency);
        }
    }

    /// <summary>Sums a non-empty sequence of amounts of one currency, exactly (see <see cref="Sum(IEnumerable{Money}, Currency)"/>).</summary>
    /// <param name="values">The amounts; the first one sets the currency.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The sequence is empty (its currency is unknown; use <see cref="Sum(IEnumerable{Money}, Currency)"/>).</exception>
    /// <exception cref="MismatchException">The amounts are in more than one currency.</exception>
    /// <exception cref="OverflowException">The exact total is outside the range of decimal.</exception>
    public static Money Sum(IEnumerable<Money> values)
    {
        Preconditions.CheckNotNull(values);
        using var e = values.GetEnumerator();
        if (!e.MoveNext())
        {
            throw new ArgumentException("Cannot sum an empty sequence without knowing its currency; call Sum(values, currency).", nameof(values));
        }

        var currency = e.Current._currency;
        var sum = default(ExactDecimalSum);
        sum.Add(e.Current._amount);
        int count = 1;
        while (e.MoveNext())
        {
            CheckSumCurrency(currency, e.Current._currency);
            sum.Add(e.Current._amount);
            count++;
        }

        return new Money(Total(sum, count, currency), currency);
    }

    // ---- Rounding ---------------------------------------------------------------------------------------

    /// <summary>Rounds to the currency's minor unit (2 decimals for USD, 0 for JPY, 3 for KWD).</summary>
    /// <param name="mode">How to round a value exactly halfway (e.g. <see cref="MidpointRounding.ToEven"/> or <see cref="MidpointRounding.AwayFromZero"/>), or a directed rounding.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">The currency has no minor unit; use <see cref="Round(int, MidpointRounding)"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Money Round(MidpointRounding mode)
    {
        CheckMode(mode);
        if (_currency.Definition.MinorUnits is not int decimals)
        {
            return ThrowNoMinorUnitToRoundTo();
        }

        return new Money(decimal.Round(_amount, decimals, mode), _currency);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Money ThrowNoMinorUnitToRoundTo() =>
        throw new InvalidOperationException($"{_currency.Code} has no minor unit (ISO 4217 publishes N.A. or nothing), so {this} cannot be rounded to it; call Round(decimals, mode) with the number of decimals you want.");

    /// <summary>Rounds to a number of decimal places.</summary>
    /// <param name="decimals">0 to 28.</param>
    /// <param name="mode">How to round (see <see cref="MidpointRounding"/>).</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28, or <paramref name="mode"/> is not a defined value.</exception>
    public Money Round(int decimals, MidpointRounding mode)
    {
        Preconditions.CheckRange(decimals, 0, 28);
        CheckMode(mode);
        return new Money(decimal.Round(_amount, decimals, mode), _currency);
    }

    // ---- Allocation -------------------------------------------------------------------------------------

    /// <summary>
    /// The most parts <see cref="Allocate(int)"/> and <see cref="Allocate(int, int)"/> split into: a million parts
    /// take about 24 MB; more are refused with an <see cref="ArgumentOutOfRangeException"/> rather than left to
    /// exhaust memory (int.MaxValue parts would need about 50 GB).
    /// </summary>
    public const int MaxAllocationParts = 1_000_000;

    /// <summary>
    /// Splits the amount into <paramref name="parts"/> parts that differ by at most one minor unit and sum exactly
    /// to it; the larger parts come first (100 USD / 3 = 33.34, 33.33, 33.33).
    /// </summary>
    /// <param name="parts">1 to <see cref="MaxAllocationParts"/>.</param>
    /// <returns>The parts, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1 or more than <see cref="MaxAllocationParts"/>.</exception>
    /// <exception cref="InvalidOperationException">The currency has no minor unit, or the amount is not a whole number of minor units (round it first).</exception>
    /// <exception cref="OverflowException">A part, counted in minor units, has more digits than decimal holds (amounts near decimal's limits only).</exception>
    public IReadOnlyList<Money> Allocate(int parts) => Allocate(parts, RequireMinorUnits("allocate"));

    /// <summary>
    /// Splits the amount into <paramref name="parts"/> parts that differ by at most one unit of the given decimal
    /// place and sum exactly to it; the larger parts come first.
    /// </summary>
    /// <param name="parts">1 to <see cref="MaxAllocationParts"/>.</param>
    /// <param name="decimals">The decimal place of the smallest unit to split into, 0 to 28.</param>
    /// <returns>The parts, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1 or more than <see cref="MaxAllocationParts"/>, or <paramref name="decimals"/> is outside 0–28.</exception>
    /// <exception cref="InvalidOperationException">The amount has more decimals than <paramref name="decimals"/> (round it first).</exception>
    /// <exception cref="OverflowException">A part, counted in units of that decimal place, has more digits than decimal holds
    /// (only for amounts near decimal's limits split in more decimals than they have); the message names the amount.</exception>
    public IReadOnlyList<Money> Allocate(int parts, int decimals)
    {
        Preconditions.CheckRange(parts, 1, MaxAllocationParts);
        Preconditions.CheckRange(decimals, 0, 28);
        UInt128 units = WholeUnits(decimals, out bool negative);
        var result = new Money[parts];
        decimal larger;
        decimal smaller;
        int extra;
        if (units <= ulong.MaxValue)
        {
            // Exact integer division in 64 bits: the parts are q + 1 (the first `extra` of them) and q units.
            ulong u = (ulong)units;
            ulong quotient = u / (uint)parts;
            extra = (int)(u - (quotient * (uint)parts));
            smaller = PartOf(quotient, negative, decimals);
            larger = extra == 0 ? smaller : PartOf(quotient + 1, negative, decimals);
        }
        else
        {
            UInt128 quotient = UInt128.DivRem(units, (uint)parts).Quotient;
            extra = (int)(units - (quotient * (uint)parts));
            smaller = PartOf(quotient, negative, decimals, parts);
            larger = extra == 0 ? smaller : PartOf(quotient + 1, negative, decimals, parts);
        }

        var currency = _currency;
        for (int i = 0; i < extra; i++)
        {
            result[i] = new Money(larger, currency);
        }

        for (int i = extra; i < result.Length; i++)
        {
            result[i] = new Money(smaller, currency);
        }

        return result;
    }

    /// <summary>
    /// Splits the amount in proportion to <paramref name="ratios"/>, in whole minor units, so that the parts sum
    /// exactly to it and each part differs from its exact proportional share by less than one minor unit
    /// (largest-remainder method; ties go to the earlier part).
    /// </summary>
    /// <param name="ratios">One or more non-negative weights, not all zero (e.g. 85 and 65, or 0.5 and 0.5).</param>
    /// <returns>One part per ratio, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratios"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ratios"/> is empty, has a negative weight, or sums to zero.</exception>
    /// <exception cref="InvalidOperationException">The currency has no minor unit, or the amount is not a whole number of minor units.</exception>
    /// <exception cref="OverflowException">A part, counted in minor units, has more digits than decimal holds (amounts near decimal's limits only).</exception>
    public IReadOnlyList<Money> Allocate(IReadOnlyList<decimal> ratios) => Allocate(ratios, RequireMinorUnits("allocate"));

    /// <summary>Splits the amount in proportion to <paramref name="ratios"/>, in units of the given decimal place (see <see cref="Allocate(IReadOnlyList{decimal})"/>).</summary>
    /// <param name="ratios">One or more non-negative weights, not all zero.</param>
    /// <param name="decimals">The decimal place of the smallest unit to split into, 0 to 28.</param>
    /// <returns>One part per ratio, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratios"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ratios"/> is empty, has a negative weight, or sums to zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    /// <exception cref="InvalidOperationException">The amount has more decimals than <paramref name="decimals"/>.</exception>
    /// <exception cref="OverflowException">A part, counted in units of that decimal place, has more digits than decimal holds
    /// (only for amounts near decimal's limits split in more decimals than they have); the message names the amount.</exception>
    public IReadOnlyList<Money> Allocate(IReadOnlyList<decimal> ratios, int decimals)
    {
        Preconditions.CheckNotNull(ratios);
        Preconditions.CheckRange(decimals, 0, 28);
        if (ratios.Count == 0)
        {
            throw new ArgumentException("At least one ratio is needed to allocate.", nameof(ratios));
        }

        // Exact shares: the ratios as integers at their largest scale, the amount in whole units, all in BigInteger.
        int commonScale = 0;
        for (int i = 0; i < ratios.Count; i++)
        {
            if (ratios[i] < 0m)
            {
                throw new ArgumentException(FormattableString.Invariant($"Ratio {ratios[i]} at index {i} is negative; ratios must be zero or positive."), nameof(ratios));
            }

            commonScale = Math.Max(commonScale, ratios[i].Scale);
        }

        var weights = new BigInteger[ratios.Count];
        BigInteger total = BigInteger.Zero;
        for (int i = 0; i < weights.Length; i++)
        {
            UInt128 mantissa = DecimalMagnitude.Decompose(ratios[i], out int scale, out _);
            weights[i] = (BigInteger)mantissa * BigInteger.Pow(10, commonScale - scale);
            total += weights[i];
        }

        if (total.IsZero)
        {
            throw new ArgumentException("The ratios sum to zero; at least one must be positive.", nameof(ratios));
        }

        BigInteger units = WholeUnits(decimals, out bool negative);
        var floors = new BigInteger[weights.Length];
        var remainders = new BigInteger[weights.Length];
        BigInteger allotted = BigInteger.Zero;
        for (int i = 0; i < weights.Length; i++)
        {
            floors[i] = BigInteger.DivRem(units * weights[i], total, out remainders[i]);
            allotted += floors[i];
        }

        // Fewer units are left than parts have a non-zero remainder (the remainders sum to left × total, each below
        // total): they go to the largest remainders, ties to the earlier part. Zero weights have no remainder.
        int left = (int)(units - allotted);
        if (left > 0)
        {
            var order = new int[weights.Length];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (x, y) =>
            {
                int c = remainders[y].CompareTo(remainders[x]);
                return c != 0 ? c : x.CompareTo(y);
            });
            for (int k = 0; k < left; k++)
            {
                floors[order[k]] += BigInteger.One;
            }
        }

        var result = new Money[weights.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = new Money(PartOf((UInt128)floors[i], negative, decimals, weights.Length), _currency);
        }

        return result;
    }

    // ---- Equality and ordering ---------------------------------------------------------------------------

    /// <summary>Equal when the currencies are equal and the amounts are numerically equal (1.0 USD equals 1.00 USD).</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Whether they are equal. Never throws: amounts in two currencies are simply not equal.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(Money other) =>
        _currency.SharesDefinition(other._currency)
            ? DecimalMagnitude.Equal(_amount, other._amount)
            : EqualsAcrossDefinitions(_currency, other._currency, _amount, other._amount);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Money other && Equals(other);

    /// <summary>A hash consistent with <see cref="Equals(Money)"/> (scale-insensitive, as decimal's own).</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => (_amount.GetHashCode() * 31) + _currency.GetHashCode();

    /// <summary>Compares amounts of one currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CompareTo(Money other) => CompareTo(other, nameof(other));

    // CompareTo naming the caller's parameter (a constant) in the exception for two currencies.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int CompareTo(Money other, string paramName) =>
        _currency.SharesDefinition(other._currency)
            ? DecimalMagnitude.Compare(_amount, other._amount)
            : CompareAcrossDefinitions(_currency, other._currency, _amount, other._amount, paramName);

    /// <summary>Compares with another boxed <see cref="Money"/> of the same currency (used by F#'s <c>compare</c> and sorting).</summary>
    /// <param name="obj">Null (which sorts first) or a <see cref="Money"/>.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Money"/>.</exception>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Money)}, not {obj.GetType().FullName}.", nameof(obj)),
    };

    /// <summary>Equality (see <see cref="Equals(Money)"/>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether they are equal.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality (see <see cref="Equals(Money)"/>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether they differ.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Ordering within one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether left is less than right.</returns>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator <(Money left, Money right) => left.CompareTo(right, nameof(right)) < 0;

    /// <summary>Ordering within one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether left is greater than right.</returns>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator >(Money left, Money right) => left.CompareTo(right, nameof(right)) > 0;

    /// <summary>Ordering within one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether left is less than or equal to right.</returns>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator <=(Money left, Money right) => left.CompareTo(right, nameof(right)) <= 0;

    /// <summary>Ordering within one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether left is greater than or equal to right.</returns>
    /// <exception cref="MismatchException">The currencies differ.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator >=(Money left, Money right) => left.CompareTo(right, nameof(right)) >= 0;

    // ---- Helpers ------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckSameCurrency(Money left, Money right, string operation, string paramName)
    {
        if (!left._currency.Equals(right._currency))
        {
            ThrowMismatch(left._currency, right._currency, operation, paramName);
        }
    }

    // Equality and ordering when the two currencies hold different definition instances (default against XXX, equal
    // custom definitions, or different currencies), out of line and returning the result: nothing of the operands is
    // live across this call, so the usual path keeps them in registers (inlined, the cold Currency.Equals call made the
    // JIT spill them in a loop).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool EqualsAcrossDefinitions(Currency left, Currency right, decimal leftAmount, decimal rightAmount) =>
        left.Equals(right) && DecimalMagnitude.Equal(leftAmount, rightAmount);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CompareAcrossDefinitions(Currency left, Currency right, decimal leftAmount, decimal rightAmount, string paramName)
    {
        if (!left.Equals(right))
        {
            ThrowMismatch(left, right, "compare", paramName);
        }

        return DecimalMagnitude.Compare(leftAmount, rightAmount);
    }

    [DoesNotReturn]
    private static void ThrowMismatch(Currency left, Currency right, string operation, string? paramName) =>
        throw MismatchException.Currencies(left, right, operation, paramName);

    private static OverflowException OverflowOf<TLeft, TRight>(TLeft left, string operation, TRight right, OverflowException inner) =>
        new(FormattableString.Invariant($"{left} {operation} {right} is outside the range of decimal (±79,228,162,514,264,337,593,543,950,335)."), inner);

    // The guarded paths run only when an operand is too large for the overflow-free fast path (about 4E+28 for sums,
    // mantissas of 2^48 for products): decimal's own OverflowException is replaced by one that names the operands.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Money AddGuarded(Money left, Money right)
    {
        try
        {
            return new Money(left._amount + right._amount, left._currency);
        }
        catch (OverflowException e)
        {
            throw OverflowOf(left, "+", right, e);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Money SubtractGuarded(Money left, Money right)
    {
        try
        {
            return new Money(left._amount - right._amount, left._currency);
        }
        catch (OverflowException e)
        {
            throw OverflowOf(left, "-", right, e);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Money MultiplyGuarded(Money left, decimal right)
    {
        try
        {
            return new Money(left._amount * right, left._currency);
        }
        catch (OverflowException e)
        {
            throw OverflowOf(left, "*", right, e);
        }
    }

    private static decimal Divide(Money money, decimal divisor)
    {
        if (divisor == 0m)
        {
            throw new DivideByZeroException($"Cannot divide {money} by zero.");
        }

        try
        {
            return money._amount / divisor;
        }
        catch (OverflowException e)
        {
            throw new OverflowException(FormattableString.Invariant($"{money} / {divisor} is outside the range of decimal (±79,228,162,514,264,337,593,543,950,335)."), e);
        }
    }

    private decimal ScaleUp(decimal scale)
    {
        try
        {
            return _amount * scale;
        }
        catch (OverflowException e)
        {
            throw new OverflowException(FormattableString.Invariant($"Cannot count {this} in minor units: {_amount} * {scale} is outside the range of decimal (±79,228,162,514,264,337,593,543,950,335); only amounts up to ±{decimal.MaxValue / scale} {_currency.Code} can be counted in minor units of 1/{scale}."), e);
        }
    }

    private static Money SumSpan(ReadOnlySpan<Money> values, Currency currency)
    {
        foreach (ref readonly var value in values)
        {
            CheckSumCurrency(currency, value._currency);
        }

        var sum = default(ExactDecimalSum);
        foreach (ref readonly var value in values)
        {
            sum.Add(value._amount);
        }

        return new Money(Total(sum, values.Length, currency), currency);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckSumCurrency(Currency currency, Currency other)
    {
        if (!currency.Equals(other))
        {
            ThrowMismatch(currency, other, "sum", "values");
        }
    }

    private static decimal Total(in ExactDecimalSum sum, int count, Currency currency)
    {
        try
        {
            return sum.Total();
        }
        catch (OverflowException e)
        {
            throw new OverflowException(FormattableString.Invariant($"The exact sum of {count} amounts in {currency.Code} is outside the range of decimal (±79,228,162,514,264,337,593,543,950,335)."), e);
        }
    }

    /// <summary>The amount as a whole number of units of 10^-decimals (its magnitude), exactly.</summary>
    private UInt128 WholeUnits(int decimals, out bool negative)
    {
        UInt128 mantissa = DecimalMagnitude.Decompose(_amount, out int scale, out negative);
        UInt128 units;
        if (scale >= decimals)
        {
            (units, UInt128 rest) = UInt128.DivRem(mantissa, Pow10(scale - decimals));
            if (rest != UInt128.Zero)
            {
                throw new InvalidOperationException(FormattableString.Invariant($"Cannot allocate {this} in units of 10^-{decimals}: the amount has more decimals; round it first."));
            }
        }
        else
        {
            // Below 2^96 · 10^28 < 2^190: checked, although a 128-bit count of units is far beyond any part decimal holds.
            UInt128 factor = Pow10(decimals - scale);
            if (mantissa > UInt128.MaxValue / factor)
            {
                throw new OverflowException(FormattableString.Invariant($"Cannot allocate {this} in units of 10^-{decimals}: the amount counted in those units has more than 38 digits."));
            }

            units = mantissa * factor;
        }

        negative &= units != UInt128.Zero;
        return units;
    }

    /// <summary>A part of <paramref name="units"/> units of 10^-decimals, at the smallest scale that holds it exactly
    /// (as decimal division by 10^decimals gives: 33.34, 33.3, 33).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static decimal PartOf(ulong units, bool negative, int decimals)
    {
        while (decimals > 0 && units % 10 == 0 && units != 0)
        {
            units /= 10;
            decimals--;
        }

        return new decimal((int)(uint)units, (int)(uint)(units >> 32), 0, negative, (byte)decimals);
    }

    private decimal PartOf(UInt128 units, bool negative, int decimals, int parts)
    {
        while (decimals > 0 && units % 10 == 0 && units != UInt128.Zero)
        {
            units /= 10;
            decimals--;
        }

        if (units > DecimalMagnitude.MaxMantissa)
        {
            throw new OverflowException(FormattableString.Invariant(
                $"Cannot allocate {this} into {parts} parts in units of 10^-{(int)decimals}: a part of {units} such units has more digits than decimal holds (at most 79,228,162,514,264,337,593,543,950,335 units); allocate in fewer decimals."));
        }

        return DecimalMagnitude.Compose(units, negative && units != UInt128.Zero, decimals);
    }

    private static UInt128 Pow10(int exponent) =>
        exponent <= 19 ? DecimalMagnitude.Pow10(exponent) : (UInt128)DecimalMagnitude.Pow10(19) * DecimalMagnitude.Pow10(exponent - 19);

    private int RequireMinorUnits(string what) =>
        _currency.Definition.MinorUnits ?? throw new InvalidOperationException(
            $"{_currency.Code} has no minor unit (ISO 4217 publishes N.A. or nothing), so {this} cannot {what} in minor units; pass the number of decimals explicitly.");

    private static decimal RequireMinorUnitScale(Currency currency, string paramName)
    {
        if (currency.Definition.MinorUnits is null)
        {
            throw new ArgumentException($"{currency.Code} has no minor unit (ISO 4217 publishes N.A. or nothing).", paramName);
        }

        return currency.Definition.MinorUnitScale;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckMode(MidpointRounding mode)
    {
        if (mode is < MidpointRounding.ToEven or > MidpointRounding.ToPositiveInfinity)
        {
            Preconditions.ThrowRange(nameof(mode), mode, MidpointRounding.ToEven, MidpointRounding.ToPositiveInfinity);
        }
    }
}
