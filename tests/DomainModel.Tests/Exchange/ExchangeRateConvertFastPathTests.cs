using System;
using System.Numerics;
using DomainModel;
using DomainModel.Exchange;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Exchange;

/// <summary>
/// The rounded conversion's 128-bit fast path and the exact BigInteger path agree bit for bit (scale and sign of zero
/// included), or both throw <see cref="OverflowException"/>: amounts across decimal's whole range (28-digit ones,
/// any scale, money-like ones), rates of 1 to 20 significant digits within 1E-12 to 1E+12 (trailing zeros too), every
/// rounding mode, both directions, 0 to 8 decimals.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ExchangeRateConvertFastPathTests.Cases) }, MaxTest = 2000)]
public sealed class ExchangeRateConvertFastPathTests
{
    [Property]
    public void Convert_WithDecimals_EqualsTheExactPath(ConvertCase c)
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, c.Rate, new DateOnly(2025, 12, 5), RateKind.Spot, "test");
        var money = new Money(c.Amount, c.ToQuote ? Currency.USD : Currency.CNY);
        AssertSame(() => rate.ConvertRoundedExact(money, c.Decimals, c.Mode), () => rate.Convert(money, c.Decimals, c.Mode));
    }

    [Property]
    public void Convert_ToMinorUnits_EqualsTheExactPath(ConvertCase c)
    {
        // JPY has 0 minor units, KWD 3: both ends of the usual range.
        var rate = new ExchangeRate(Currency.JPY, Currency.FromCode("KWD"), c.Rate, new DateOnly(2025, 12, 5), RateKind.Spot, "test");
        var money = new Money(c.Amount, c.ToQuote ? Currency.JPY : Currency.FromCode("KWD"));
        int minor = c.ToQuote ? 3 : 0;
        AssertSame(() => rate.ConvertRoundedExact(money, minor, c.Mode), () => rate.Convert(money, c.Mode));
    }

    [Property]
    public void FastPath_WhenTaken_IsTheExactValueRoundedOnce(ConvertCase c)
    {
        // An independent reference: the exact rational a·r or a/r, times 10^d, rounded by hand with BigInteger.
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, c.Rate, new DateOnly(2025, 12, 5), RateKind.Spot, "test");
        if (!rate.TryConvertFast(c.Amount, c.ToQuote, c.Decimals, c.Mode, out decimal fast))
        {
            return;
        }

        var (an, ad) = Fraction(c.Amount);
        var (rn, rd) = Fraction(c.Rate);
        BigInteger scale = BigInteger.Pow(10, c.Decimals);
        var (n, d) = c.ToQuote ? (an * rn * scale, ad * rd) : (an * rd * scale, ad * rn);
        BigInteger units = RoundByHand(n, d, c.Mode);
        Assert.Equal(c.Decimals, fast.Scale);
        Assert.Equal(units, Fraction(fast).Numerator);
        Assert.False(units.IsZero && decimal.IsNegative(fast), "a zero result is positive, as on the exact path");
    }

    [Fact]
    public void Generated_Cases_ReachBothPaths()
    {
        // The agreement properties mean something only if the cases take the fast path and fall back, both often.
        int fast = 0;
        int total = 0;
        foreach (var c in Cases.Case().Generator.Sample(100, 2000))
        {
            var rate = new ExchangeRate(Currency.USD, Currency.CNY, c.Rate, new DateOnly(2025, 12, 5), RateKind.Spot, "test");
            fast += rate.TryConvertFast(c.Amount, c.ToQuote, c.Decimals, c.Mode, out _) ? 1 : 0;
            total++;
        }

        Assert.InRange(fast, total / 5, total - (total / 10));
    }

    [Theory]
    // 160000000000.37 × 0.1414771 = 22636336000.052346527 exactly → 22636336000.05.
    [InlineData(true, "160000000000.37", "0.1414771", 2, MidpointRounding.ToEven, "22636336000.05")]
    // 2.0099999999999999999999999999 × 0.5 = 1.00499999999999999999999999995 → 1.00 (not 1.01: no double rounding).
    [InlineData(true, "2.0099999999999999999999999999", "0.5", 2, MidpointRounding.AwayFromZero, "1.00")]
    // 100 / 0.1414771 = 706.8269140...; 1 / 8 = 0.125 → 0.12 half to even, 0.13 away from zero.
    [InlineData(false, "100", "0.1414771", 2, MidpointRounding.ToEven, "706.83")]
    [InlineData(false, "1", "8", 2, MidpointRounding.ToEven, "0.12")]
    [InlineData(false, "1", "8", 2, MidpointRounding.AwayFromZero, "0.13")]
    [InlineData(false, "-1", "8", 2, MidpointRounding.ToNegativeInfinity, "-0.13")]
    [InlineData(true, "-0.001", "1", 2, MidpointRounding.ToZero, "0.00")]
    public void FastPath_IsTakenForEverydayAmounts(bool toQuote, string amount, string rateValue, int decimals, MidpointRounding mode, string expected)
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, decimal.Parse(rateValue, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2025, 12, 5), RateKind.Spot, "test");
        decimal a = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(rate.TryConvertFast(a, toQuote, decimals, mode, out decimal fast));
        decimal e = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(decimal.GetBits(e), decimal.GetBits(fast));
        var money = new Money(a, toQuote ? Currency.USD : Currency.CNY);
        Assert.Equal(decimal.GetBits(e), decimal.GetBits(rate.Convert(money, decimals, mode).Amount));
    }

    private static void AssertSame(Func<Money> exact, Func<Money> viaApi)
    {
        Money expected;
        try
        {
            expected = exact();
        }
        catch (OverflowException)
        {
            Assert.Throws<OverflowException>(() => viaApi());
            return;
        }

        Money actual = viaApi();
        Assert.Equal(expected.Currency, actual.Currency);
        Assert.Equal(decimal.GetBits(expected.Amount), decimal.GetBits(actual.Amount));
    }

    private static (BigInteger Numerator, BigInteger Denominator) Fraction(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return (value < 0 ? -mantissa : mantissa, BigInteger.Pow(10, (bits[3] >> 16) & 0xFF));
    }

    private static BigInteger RoundByHand(BigInteger n, BigInteger d, MidpointRounding mode)
    {
        BigInteger floor = BigInteger.Divide(n, d);
        if (n.Sign < 0 && floor * d != n)
        {
            floor -= 1;
        }

        BigInteger twice = 2 * (n - (floor * d)); // 0 ≤ twice < 2d
        if (twice.IsZero)
        {
            return floor;
        }

        BigInteger ceiling = floor + 1;
        BigInteger towardZero = n.Sign < 0 ? ceiling : floor;
        BigInteger awayFromZero = n.Sign < 0 ? floor : ceiling;
        BigInteger nearest = twice < d ? floor : twice > d ? ceiling : BigInteger.Zero;
        bool tie = twice == d;
        return mode switch
        {
            MidpointRounding.ToZero => towardZero,
            MidpointRounding.AwayFromZero => tie ? awayFromZero : nearest,
            MidpointRounding.ToNegativeInfinity => floor,
            MidpointRounding.ToPositiveInfinity => ceiling,
            _ => tie ? (floor.IsEven ? floor : ceiling) : nearest,
        };
    }

    /// <summary>One conversion to check.</summary>
    public sealed record ConvertCase(decimal Amount, decimal Rate, bool ToQuote, int Decimals, MidpointRounding Mode);

    public static class Cases
    {
        public static Arbitrary<ConvertCase> Case() => Arb.From(Gen.Frequency(
            (3, from amount in Amounts()
                from rate in Rates()
                from toQuote in Gen.Elements(true, false)
                from decimals in Gen.Choose(0, 8)
                from mode in Modes()
                select new ConvertCase(amount, rate, toQuote, decimals, mode)),
            (1, Midpoints())));

        private static Gen<MidpointRounding> Modes() => Gen.Elements(
            MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero,
            MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity);

        /// <summary>Results near or at a midpoint: (2n+1)·5 at the first digit past the decimals (a tie when the
        /// rate's mantissa is odd, for a product; always, for a quotient, when decimal's product below is exact).</summary>
        private static Gen<ConvertCase> Midpoints() =>
            from rate in Rates()
            from n in Gen.Choose(1, 12).SelectMany(Digits)
            from negative in Gen.Elements(true, false)
            from toQuote in Gen.Elements(true, false)
            from decimals in Gen.Choose(0, 8)
            from mode in Modes()
            select new ConvertCase(Midpoint(rate, ((2 * n) + 1) * 5, negative, toQuote, decimals), rate, toQuote, decimals, mode);

        private static decimal Midpoint(decimal rate, BigInteger odd5, bool negative, bool toQuote, int decimals)
        {
            decimal half = Compose(odd5, negative, decimals + 1); // ±(n + 1/2)·10^-decimals
            int sr = rate.Scale;
            if (!toQuote)
            {
                // ÷ rate gives back the midpoint when this product is exact; out of decimal's range, the half itself.
                BigInteger product = odd5 * Fraction(rate).Numerator;
                int scale = decimals + 1 + sr;
                return product <= new BigInteger(decimal.MaxValue) && scale <= 28 ? Compose(product, negative, scale) : half;
            }

            if (sr < decimals + 1)
            {
                return Compose(odd5, negative, decimals + 1 - sr);
            }

            BigInteger whole = odd5 * BigInteger.Pow(10, sr - decimals - 1);
            return whole <= new BigInteger(decimal.MaxValue) ? Compose(whole, negative, 0) : half;
        }

        private static Gen<decimal> Amounts() => Gen.OneOf(
            // Anywhere in decimal's range, any scale.
            from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(int.MinValue, int.MaxValue)
            from hi in Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 1 << 16), Gen.Choose(int.MinValue, int.MaxValue))
            from negative in Gen.Elements(true, false)
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, mid, hi, negative, (byte)scale),
            // 28 significant digits.
            from digits in Digits(28)
            from negative in Gen.Elements(true, false)
            from scale in Gen.Choose(0, 28)
            select Compose(digits, negative, scale),
            // Money-like: up to 15 digits, 0 to 4 decimals, halves and exact cents included.
            from digits in Gen.Choose(1, 15).SelectMany(Digits)
            from negative in Gen.Elements(true, false)
            from scale in Gen.Choose(0, 4)
            select Compose(digits, negative, scale));

        private static Gen<decimal> Rates() =>
            (from digits in Gen.Choose(1, 20).SelectMany(Digits)
             from top in Gen.Choose(-12, 11)
             from trailingZeros in Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 8))
             select RateOf(digits, top, trailingZeros))
            .Where(r => r is not null && r >= ExchangeRate.MinValue && r <= ExchangeRate.MaxValue)
            .Select(r => r!.Value);

        /// <summary>A number of exactly <paramref name="count"/> digits (the first non-zero).</summary>
        private static Gen<BigInteger> Digits(int count) =>
            from first in Gen.Choose(1, 9)
            from rest in Gen.ArrayOf(Gen.Choose(0, 9), count - 1)
            select Combine(first, rest);

        private static BigInteger Combine(int first, int[] rest)
        {
            BigInteger value = first;
            foreach (int d in rest)
            {
                value = (value * 10) + d;
            }

            return value;
        }

        private static decimal Compose(BigInteger mantissa, bool negative, int scale)
        {
            int[] bits = decimal.GetBits((decimal)mantissa);
            return new decimal(bits[0], bits[1], bits[2], negative, (byte)scale);
        }

        /// <summary>digits × 10^(top − digits + 1) with trailing zeros appended to the scale, or null when it needs a
        /// scale beyond 28.</summary>
        private static decimal? RateOf(BigInteger digits, int top, int trailingZeros)
        {
            int count = digits.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
            int scale = count - 1 - top;
            BigInteger mantissa = digits;
            while (scale < 0)
            {
                mantissa *= 10;
                scale++;
            }

            for (int i = 0; i < trailingZeros && scale < 28; i++)
            {
                mantissa *= 10;
                scale++;
            }

            if (scale > 28 || mantissa > new BigInteger(decimal.MaxValue))
            {
                return null;
            }

            return Compose(mantissa, false, scale);
        }
    }
}
