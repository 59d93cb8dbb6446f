using System;
using DomainModel.Exchange;
using DomainModel.Tests.Infrastructure;
using DomainModel.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Hardening;

/// <summary>
/// The fast paths of <see cref="EstimateMath"/> (raw bounds instead of nullable ones, signs and orders read from the
/// decimal's bits, and the typed result built without the checking constructor's snapping and magnitude checks)
/// against the straightforward path written out here: nullable bounds, decimal's own operators, and the result built
/// through <see cref="Estimate.Of{T}(T, Estimate)"/>, which snaps and checks every bound. Both must give the same
/// result bit for bit (scale and sign of zero included) or throw the same exception type, over the edge generators
/// (27–29 digits, scales 0–28, both signs, every estimate kind: bounded, open, unbounded).
/// </summary>
public sealed class EstimateFastPathLawTests
{
    private static readonly RateValidity Day = new(new DateOnly(2025, 12, 5));
    private static readonly CountKind Kind = new("H200");

    private static Arbitrary<Estimate> Estimates => EdgeArbitraries.EdgeEstimate().ToArbitrary();

    private static Arbitrary<Estimate> NonNegativeEstimates => EdgeArbitraries.EdgeEstimate(nonNegative: true).ToArbitrary();

    private static Arbitrary<decimal> Rates => EdgeArbitraries.RateValue.ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property ConvertByRate_EqualsTheStraightforwardPath() => Prop.ForAll(Estimates, Rates, (a, v) =>
    {
        var rate = new ExchangeRate(Currency.USD, Currency.CNY, v, Day, RateKind.Spot, "test");
        var usd = Estimate.Of(Money.Zero(Currency.USD), a);
        var cny = Estimate.Of(Money.Zero(Currency.CNY), a);
        return Same(() => rate.Convert(usd), () => Scale(usd, Money.Zero(Currency.CNY), v, v, v, multiply: true))
            && Same(() => rate.Convert(cny), () => Scale(cny, Money.Zero(Currency.USD), v, v, v, multiply: false));
    });

    [Property(MaxTest = 1000)]
    public Property ConvertByRange_EqualsTheStraightforwardPath() => Prop.ForAll(Estimates, Rates, Rates, (a, v, w) =>
    {
        var range = new ExchangeRateRange(Currency.USD, Currency.CNY, Math.Min(v, w), Math.Max(v, w), Day, "test");
        var usd = Estimate.Of(Money.Zero(Currency.USD), a);
        var cny = Estimate.Of(Money.Zero(Currency.CNY), a);
        return Same(() => range.Convert(usd), () => Scale(usd, Money.Zero(Currency.CNY), range.Min, range.Mid, range.Max, multiply: true))
            && Same(() => range.Convert(cny), () => Scale(cny, Money.Zero(Currency.USD), range.Min, range.Mid, range.Max, multiply: false));
    });

    [Property(MaxTest = 1000)]
    public Property Total_EqualsTheStraightforwardPath() => Prop.ForAll(NonNegativeEstimates, Estimates, (c, p) =>
    {
        Estimate<UnitCount> count;
        Estimate<PricePerUnit> price;
        try
        {
            count = Estimate.Of(new UnitCount(0, Kind), c);
            price = Estimate.Of(new PricePerUnit(Money.Zero(Currency.USD), Kind), p);
        }
        catch (ArgumentException)
        {
            return true; // no whole count in the interval, a count beyond its range or a price its type refuses: not an input of Total
        }

        return Same(() => EstimateMath.Total(count, price), () => Total(count, price));
    });

    [Property(MaxTest = 1000)]
    public Property RatioAndGrowth_EqualTheStraightforwardPath() => Prop.ForAll(Estimates, Estimates, (a, b) =>
    {
        var part = Estimate.Of(Money.Zero(Currency.EUR), a);
        var whole = Estimate.Of(Money.Zero(Currency.EUR), b);
        return Same(() => EstimateMath.Ratio(part, whole), () => Ratio(part, whole))
            && Same(() => EstimateMath.Growth(whole, part), () => Ratio(part, whole));
    });

    [Property(MaxTest = 1000)]
    public Property Compare_EqualsTheOrderOfDecimalOperators() => Prop.ForAll(Estimates, Estimates, (a, b) =>
    {
        static bool Below(Estimate x, Estimate y) =>
            x.Upper is decimal xu && y.Lower is decimal yl && (xu < yl || (xu == yl && (!x.UpperInclusive || !y.LowerInclusive)));
        var expected = Below(a, b) ? EstimateOrder.Less : Below(b, a) ? EstimateOrder.Greater : EstimateOrder.Overlapping;
        return a.Compare(b) == expected
            && Estimate.Of(Money.Zero(Currency.EUR), a).Compare(Estimate.Of(Money.Zero(Currency.EUR), b)) == expected;
    });

    [Property(MaxTest = 1000)]
    public Property BitTests_AreDecimalsOwn() => Prop.ForAll(EdgeArbitraries.EdgeDecimal().ToArbitrary(), x =>
        DecimalMagnitude.IsBelowZero(x) == (x < 0m) && DecimalMagnitude.IsZero(x) == (x == 0m)
        && DecimalMagnitude.IsBelowZero(-x) == (-x < 0m) && DecimalMagnitude.IsZero(-x) == (-x == 0m));

    [Property(MaxTest = 1000)]
    public Property ShareOfFraction_IsTheConstructorsShare() => Prop.ForAll(EdgeArbitraries.EdgeDecimal(nonNegative: true).ToArbitrary(), x =>
    {
        var fast = Share.OfFraction(x);
        var checkedShare = new Share(x, 1m);
        return Bits(fast.Numerator) == Bits(checkedShare.Numerator) && Bits(fast.Denominator) == Bits(checkedShare.Denominator);
    });

    [Fact]
    public void NegativeZeroBounds_TakeTheSameFactorAsDecimalsOperators()
    {
        // -0 is not below zero: the smallest factor goes with it, as with `l >= 0m`.
        var a = Estimate.Create(EstimateKind.Derived, 0m, 0m, -0m, false, 5m, false);
        var range = new ExchangeRateRange(Currency.USD, Currency.CNY, 2m, 3m, Day, "test");
        var usd = Estimate.Of(Money.Zero(Currency.USD), a);
        Assert.True(Same(() => range.Convert(usd), () => Scale(usd, Money.Zero(Currency.CNY), 2m, range.Mid, 3m, multiply: true)));
        Assert.Equal(15m, range.Convert(usd).Interval.Upper);
    }

    /// <summary>Decimals whose mantissas are below 2^48 (where <see cref="DecimalMagnitude.TryExactProduct"/> answers),
    /// of 0–15 digits, every scale 0–28, both signs, zeros included.</summary>
    private static Arbitrary<decimal> ShortMantissas =>
        (from high in Gen.Choose(0, 0xFFFF)
         from low in Gen.Choose(int.MinValue, int.MaxValue)
         from digits in Gen.Choose(0, 15)
         from scale in Gen.Choose(0, 28)
         from negative in Gen.Elements(false, true)
         let mantissa = (((ulong)(uint)high << 32) | (uint)low) % (ulong)Math.Pow(10, digits)
         select new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale)).ToArbitrary();

    /// <summary>Short and edge decimals mixed, so that products are both exact and rounded.</summary>
    private static Arbitrary<decimal> Mixed =>
        Gen.OneOf(ShortMantissas.Generator, EdgeArbitraries.EdgeDecimal()).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property ExactProduct_IsDecimalsOperator_BitForBit() => Prop.ForAll(Mixed, Mixed, (a, b) =>
    {
        if (!DecimalMagnitude.TryExactProduct(a, b, out decimal fast))
        {
            return true;
        }

        return Bits(fast) == Bits(a * b);
    });

    [Fact]
    public void ExactProduct_AnswersForShortMantissas_AndLeavesZerosToTheOperator()
    {
        Assert.True(DecimalMagnitude.TryExactProduct(150_000_000_000m, 0.1406m, out decimal p));
        Assert.Equal(Bits(150_000_000_000m * 0.1406m), Bits(p));
        Assert.True(DecimalMagnitude.TryExactProduct(-1.50m, 2.0m, out p));
        Assert.Equal(Bits(-1.50m * 2.0m), Bits(p));
        Assert.False(DecimalMagnitude.TryExactProduct(0m, -5m, out _));
        Assert.False(DecimalMagnitude.TryExactProduct(0.00000000000001m, 0.000000000000001m, out _)); // scales add to 29
        Assert.False(DecimalMagnitude.TryExactProduct(281_474_976_710_656m, 1m, out _)); // 2^48
    }

    [Property(MaxTest = 2000)]
    public Property NarrowQuotientOrder_IsTheWideOrder() => Prop.ForAll(Mixed, Mixed, Mixed, (a, b, other) =>
    {
        if (b == 0m)
        {
            return true;
        }

        bool ok = true;
        foreach (decimal r in Candidates(() => a / b, other))
        {
            if (DirectedDecimal.TryCompareQuotientNarrow(r, a, b, out int narrow))
            {
                ok &= narrow == DirectedDecimal.CompareQuotientWide(r, a, b);
            }
        }

        return ok;
    });

    [Property(MaxTest = 2000)]
    public Property NarrowProductOrder_IsTheWideOrder() => Prop.ForAll(Mixed, Mixed, Mixed, (a, b, other) =>
    {
        bool ok = true;
        foreach (decimal r in Candidates(() => a * b, other))
        {
            if (DirectedDecimal.TryCompareProductNarrow(r, a, b, out int narrow))
            {
                ok &= narrow == DirectedDecimal.CompareProductWide(r, a, b);
            }
        }

        return ok;
    });

    [Fact]
    public void NarrowOrders_AnswerForOrdinaryInexactResults()
    {
        // 150e9 / 7.0886 and 150 / 140 are inexact; their order against the exact value is decided in 256 bits.
        foreach (var (a, b) in new[] { (150_000_000_000m, 7.0886m), (150_000_000_000m, 140_000_000_000m), (1m, 3m) })
        {
            decimal q = a / b;
            Assert.True(DirectedDecimal.TryCompareQuotientNarrow(q, a, b, out int order));
            Assert.Equal(DirectedDecimal.CompareQuotientWide(q, a, b), order);
            Assert.NotEqual(0, order);
        }

        decimal x = 1234567890123.456789m, y = 9876543210.98765432109m;
        Assert.True(DirectedDecimal.TryCompareProductNarrow(x * y, x, y, out int productOrder));
        Assert.Equal(DirectedDecimal.CompareProductWide(x * y, x, y), productOrder);
        Assert.NotEqual(0, productOrder);
    }

    /// <summary>Decimal's nearest result, one unit of its last place either side of it, and another decimal.</summary>
    private static decimal[] Candidates(Func<decimal> nearest, decimal other)
    {
        decimal r;
        try
        {
            r = nearest();
        }
        catch (OverflowException)
        {
            return [other];
        }

        var unit = new decimal(1, 0, 0, false, r.Scale);
        var list = new System.Collections.Generic.List<decimal> { r, other };
        foreach (decimal step in new[] { unit, -unit })
        {
            try
            {
                list.Add(r + step);
            }
            catch (OverflowException)
            {
                // beyond decimal: not a candidate
            }
        }

        return list.ToArray();
    }

    // ---- the straightforward path (the code before the fast paths, with the checking constructor) ----------------

    private static Estimate<Money> Scale(Estimate<Money> amount, Money target, decimal min, decimal mid, decimal max, bool multiply)
    {
        var a = amount.Interval;
        decimal? low = null, high = null;
        if (a.Lower is decimal l)
        {
            bool ok = multiply
                ? DirectedDecimal.TryMultiply(l, l >= 0m ? min : max, up: false, out decimal r)
                : DirectedDecimal.TryDivide(l, l >= 0m ? max : min, up: false, out r);
            low = ok ? r : throw new OverflowException();
        }

        if (a.Upper is decimal u)
        {
            bool ok = multiply
                ? DirectedDecimal.TryMultiply(u, u >= 0m ? max : min, up: true, out decimal r)
                : DirectedDecimal.TryDivide(u, u >= 0m ? min : max, up: true, out r);
            high = ok ? r : throw new OverflowException();
        }

        if (!TryNearest(() => multiply ? a.Stated * mid : a.Stated / mid, out decimal stated))
        {
            stated = (a.Stated >= 0m ? high : low) ?? throw new OverflowException();
        }

        stated = Clamp(stated, low, high);
        return Estimate.Of(target, Estimate.Create(EstimateKind.Derived, stated, stated, low, a.LowerOpen, high, a.UpperOpen));
    }

    private static Estimate<Money> Total(Estimate<UnitCount> count, Estimate<PricePerUnit> price)
    {
        var c = count.Interval;
        var p = price.Interval;
        if (!(p.Lower is decimal pLow && pLow >= 0m))
        {
            throw new ArgumentException("negative price");
        }

        decimal cLow = c.Lower ?? 0m;
        bool cLowOpen = c.Lower is not null && !c.LowerInclusive;
        decimal low = DirectedDecimal.TryMultiply(cLow, pLow, up: false, out decimal lo) ? lo : throw new OverflowException();
        bool lowOpen = ProductOpen(cLow, cLowOpen, pLow, p.Lower is not null && !p.LowerInclusive);
        decimal? high = null;
        bool highOpen = false;
        if (c.Upper is decimal cu && p.Upper is decimal pu)
        {
            high = DirectedDecimal.TryMultiply(cu, pu, up: true, out decimal h) ? h : throw new OverflowException();
            highOpen = ProductOpen(cu, !c.UpperInclusive, pu, !p.UpperInclusive);
        }

        if (!TryNearest(() => c.Stated * p.Stated, out decimal stated))
        {
            throw new OverflowException();
        }

        stated = Clamp(stated, low, high);
        return Estimate.Of(Money.Zero(price.Stated.Price.Currency), Estimate.Create(EstimateKind.Derived, stated, stated, low, lowOpen, high, highOpen));
    }

    private static Estimate<Share> Ratio(Estimate<Money> part, Estimate<Money> whole)
    {
        var p = part.Interval;
        var w = whole.Interval;
        bool pLowOpen = p.Lower is not null && !p.LowerInclusive, pUpOpen = p.Upper is not null && !p.UpperInclusive;
        bool wLowOpen = w.Lower is not null && !w.LowerInclusive, wUpOpen = w.Upper is not null && !w.UpperInclusive;
        if (!(p.Lower is decimal pLow && pLow >= 0m))
        {
            throw new ArgumentException("negative part");
        }

        if (!(w.Lower is decimal wLow && (wLow > 0m || (wLow == 0m && wLowOpen))))
        {
            throw new ArgumentException("whole not above zero");
        }

        decimal low;
        bool lowOpen;
        if (w.Upper is decimal wu)
        {
            low = DirectedDecimal.TryDivide(pLow, wu, up: false, out decimal lo) ? lo : throw new OverflowException();
            lowOpen = !(pLow == 0m && !pLowOpen) && (pLowOpen || wUpOpen);
        }
        else
        {
            (low, lowOpen) = (0m, !(pLow == 0m && !pLowOpen));
        }

        decimal? high = null;
        bool highOpen = false;
        if (p.Upper is decimal pu && pu == 0m && !pUpOpen)
        {
            (high, highOpen) = (0m, false);
        }
        else if (p.Upper is decimal pu2 && wLow > 0m)
        {
            high = DirectedDecimal.TryDivide(pu2, wLow, up: true, out decimal h) ? h : throw new OverflowException();
            highOpen = pUpOpen || wLowOpen;
        }

        decimal stated = low;
        if (w.Stated > 0m && p.Stated >= 0m && !TryNearest(() => p.Stated / w.Stated, out stated))
        {
            stated = high ?? throw new OverflowException();
        }

        stated = Clamp(stated, low, high);
        return Estimate.Of(new Share(0m, 1m), Estimate.Create(EstimateKind.Derived, stated, stated, low, lowOpen, high, highOpen));
    }

    private static bool ProductOpen(decimal a, bool aOpen, decimal b, bool bOpen) =>
        (aOpen || bOpen) && !(a == 0m && !aOpen) && !(b == 0m && !bOpen);

    private static decimal Clamp(decimal value, decimal? low, decimal? high) =>
        low is decimal l && value < l ? l : high is decimal h && value > h ? h : value;

    private static bool TryNearest(Func<decimal> operation, out decimal result)
    {
        try
        {
            result = operation();
            return true;
        }
        catch (OverflowException)
        {
            result = 0m;
            return false;
        }
    }

    // ---- comparison bit for bit ------------------------------------------------------------------------------

    private static bool Same<T>(Func<Estimate<T>> fast, Func<Estimate<T>> straightforward)
        where T : struct, IEstimable<T>
    {
        Estimate<T> x, y;
        Type? xError = null, yError = null;
        x = y = default;
        try
        {
            x = fast();
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or DivideByZeroException)
        {
            xError = e is ArgumentException ? typeof(ArgumentException) : e.GetType();
        }

        try
        {
            y = straightforward();
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or DivideByZeroException)
        {
            yError = e is ArgumentException ? typeof(ArgumentException) : e.GetType();
        }

        if (xError is not null || yError is not null)
        {
            return xError == yError;
        }

        IEstimable<T> xs = x.Stated, ys = y.Stated;
        var a = x.Interval;
        var b = y.Interval;
        return x.Equals(y) && xs.UnitText == ys.UnitText && Bits(xs.Magnitude) == Bits(ys.Magnitude)
            && a.Kind == b.Kind && Bits(a.Stated) == Bits(b.Stated) && Bits(a.StatedHigh) == Bits(b.StatedHigh)
            && Bits(a.Lower) == Bits(b.Lower) && Bits(a.Upper) == Bits(b.Upper)
            && a.LowerInclusive == b.LowerInclusive && a.UpperInclusive == b.UpperInclusive;
    }

    private static string Bits(decimal? value) => value is decimal d ? string.Join(",", decimal.GetBits(d)) : "none";
}
