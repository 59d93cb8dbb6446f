using System;
using System.Linq;
using DomainModel.Exchange;
using DomainModel.Tests.Infrastructure;
using DomainModel.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using UnitsNet;
using Xunit;

namespace DomainModel.Tests.Hardening;

/// <summary>
/// The paths that name the caller's parameter (<c>ParameterNameTests</c>) against the straightforward ones they
/// replace: the unit check through <c>Commensurability</c> against the quantity's own
/// <see cref="IEstimable{TSelf}.CheckCommensurable"/>; <see cref="Share.Of(Money, Money)"/>, which now tests the size of
/// the quotient itself, against <c>new Share(part, whole)</c>; the range constructor, which no longer makes a rate to
/// validate its minimum, against that rate's constructor and the maximum's tests; and the renaming of an exception,
/// which keeps its type and message. Same results, or the same exception type and message but for the parameter.
/// </summary>
public sealed class ParameterNameLawTests
{
    private static readonly Currency[] Currencies = [Currency.USD, Currency.CNY, Currency.EUR, Currency.XXX];
    private static readonly CountKind[] Kinds = [new("H200"), new("GPU")];
    private static readonly Duration[] Periods = [Duration.FromDays(1), Duration.FromDays(7), Duration.FromHours(24), Duration.FromMonths30(1)];
    private static readonly DateRange[] Spans = [DateRange.OfYear(2025), DateRange.OfYear(2024), new(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 7)), new(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 7))];

    private static Arbitrary<int> Index => Gen.Choose(0, 3).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property UnitCheck_ThrowsExactlyWhatTheQuantitysOwnCheckThrows() => Prop.ForAll(Index, Index, (i, j) =>
        SameCheck(new Money(1m, Currencies[i]), new Money(2m, Currencies[j]))
        && SameCheck(new UnitCount(1, Kinds[i % 2]), new UnitCount(2, Kinds[j % 2]))
        && SameCheck(new PricePerUnit(new Money(1m, Currencies[i]), Kinds[j % 2]), new PricePerUnit(new Money(2m, Currencies[j]), Kinds[i % 2]))
        && SameCheck(new TokenRate(TokenVolume.FromTokens(1m), Periods[i]), new TokenRate(TokenVolume.FromTokens(2m), Periods[j]))
        && SameCheck(new TokenVolumeOver(TokenVolume.FromTokens(1m), Spans[i]), new TokenVolumeOver(TokenVolume.FromTokens(2m), Spans[j]))
        && SameCheck(new ActiveUsers(1, Windows[i % 3], Spans[0].Start, Spans[0].End), new ActiveUsers(2, Windows[j % 3], Spans[0].Start, Spans[0].End))
        && SameCheck(Share.OfFraction(0.25m * i), Share.OfFraction(0.25m * j))
        && SameCheck(TokenVolume.FromTokens(i), TokenVolume.FromTokens(j)));

    private static readonly ActivityWindow[] Windows = [ActivityWindow.Daily, ActivityWindow.Weekly, ActivityWindow.Monthly];

    [Property(MaxTest = 1000)]
    public Property ShareOfMoney_EqualsTheConstructor() => Prop.ForAll(
        EdgeArbitraries.EdgeDecimal().ToArbitrary(),
        EdgeArbitraries.EdgeDecimal().ToArbitrary(),
        (part, whole) =>
        {
            var of = Outcome(() => Share.Of(new Money(part, Currency.USD), new Money(whole, Currency.USD)));
            var constructed = Outcome(() => new Share(part, whole));
            return of.Value is Share s && constructed.Value is Share c
                ? s.Equals(c) && s.Numerator == c.Numerator && s.Denominator == c.Denominator && s.Fraction == c.Fraction
                : of.Error?.GetType() == constructed.Error?.GetType() && of.Error is ArgumentOutOfRangeException { ParamName: "part" or "whole" };
        });

    [Property(MaxTest = 1000)]
    public Property RangeConstructor_RefusesAndAcceptsAsTheRateConstructorAndTheMaximumsTests() => Prop.ForAll(
        EdgeArbitraries.RateValue.ToArbitrary(),
        EdgeArbitraries.RateValue.ToArbitrary(),
        (from pair in Gen.Choose(0, 3) from source in Gen.Elements("ECB", " FT ", "", " ", "a\nb", new string('x', 300)) select (pair, source)).ToArbitrary(),
        (min, max, inputs) =>
        {
            var (pair, source) = inputs;
            var (@base, quote) = pair switch { 0 => (Currency.USD, Currency.CNY), 1 => (Currency.USD, Currency.USD), 2 => (Currency.XXX, Currency.EUR), _ => (Currency.EUR, Currency.JPY) };
            var range = Outcome(() => new ExchangeRateRange(@base, quote, min, max, new RateValidity(new DateOnly(2025, 12, 5)), source));
            var reference = Outcome(() => Reference(@base, quote, min, max, source));
            if (range.Value is ExchangeRateRange r)
            {
                return reference.Value is string trimmed && r.Source == trimmed && r.Min == min && r.Max == max && r.Base == @base && r.Quote == quote;
            }

            // The same refusal: type and message proper; the minimum's named 'min' where the rate named 'value'.
            return reference.Error is ArgumentException expected && range.Error is ArgumentException actual
                && actual.GetType() == expected.GetType()
                && actual.ParamName == (expected.ParamName == "value" ? "min" : expected.ParamName)
                && actual.Message == (expected.ParamName == "value" ? Preconditions.Renamed(expected, "min").Message : expected.Message);
        });

    [Property(MaxTest = 300)]
    public Property Renamed_KeepsTheTypeAndTheMessage() => Prop.ForAll(
        Gen.Elements("A count of 'H200' cannot be -5: allowed are whole numbers from 0 to 9.", "x", "(Parameter 'count')", "Two\nlines.", "Actual value was 3.").ToArbitrary(),
        Gen.Elements("count", "tokens", "numerator", "unit").ToArbitrary(),
        Gen.Elements<object?>(null, "-5", "2025-12-31").ToArbitrary(),
        (message, name, actual) =>
        {
            var range = Preconditions.Renamed(new ArgumentOutOfRangeException(name, actual, message), "interval");
            var argument = Preconditions.Renamed(new ArgumentException(message, name), "interval");
            var missing = Preconditions.Renamed(new ArgumentNullException(name, message), "interval");
            var mismatch = MismatchException.Currencies(Currency.USD, Currency.JPY, message, name).Renamed("interval");
            var other = Preconditions.Renamed(new System.Globalization.CultureNotFoundException(name, message), "interval");
            return range is ArgumentOutOfRangeException r && r.GetType() == typeof(ArgumentOutOfRangeException) && r.ParamName == "interval" && Equals(r.ActualValue, actual)
                    && r.Message == new ArgumentOutOfRangeException("interval", actual, message).Message
                && argument.GetType() == typeof(ArgumentException) && argument.Message == new ArgumentException(message, "interval").Message
                && missing.GetType() == typeof(ArgumentNullException) && missing.Message == new ArgumentNullException("interval", message).Message
                && mismatch is MismatchException m && m.ParamName == "interval" && m.Operation == message && m.Given.Equals(Currency.JPY) && m.Expected.SequenceEqual([Currency.USD])
                    && m.Message == MismatchException.Currencies(Currency.USD, Currency.JPY, message, "interval").Message
                && other.GetType() == typeof(ArgumentException) && other.ParamName == "interval" && other.InnerException is System.Globalization.CultureNotFoundException;
        });

    [Fact]
    public void Renamed_WithContext_PutsItBeforeTheMessage()
    {
        var renamed = Preconditions.Renamed(new ArgumentOutOfRangeException("count", "-5", "A count cannot be -5."), "unit", "The estimate admits -5: ");
        Assert.Equal(new ArgumentOutOfRangeException("unit", "-5", "The estimate admits -5: A count cannot be -5.").Message, renamed.Message);
    }

    /// <summary>The range constructor as it was: a rate of the minimum validates currencies, minimum and source; then
    /// the maximum's two tests, as they were written.</summary>
    private static string Reference(Currency @base, Currency quote, decimal min, decimal max, string source)
    {
        var low = new ExchangeRate(@base, quote, min, new RateValidity(new DateOnly(2025, 12, 5)), RateKind.Implied, source);
        string? error = RatePrecision.Check(max);
        if (error is not null)
        {
            throw Preconditions.OutOfRange(nameof(max), max, error);
        }

        if (max < min)
        {
            throw new ArgumentException(Preconditions.Invariant($"The range's maximum {max} is below its minimum {min}."), nameof(max));
        }

        return low.Source;
    }

    private static bool SameCheck<T>(T left, T right)
        where T : struct, IEstimable<T>
    {
        var own = Outcome(() => { left.CheckCommensurable(right, "compare"); return 0; });
        var named = Outcome(() => { Commensurability.Check(left, right, "compare", "inner"); return 0; });
        if (own.Error is null || named.Error is null)
        {
            return own.Error is null && named.Error is null;
        }

        return own.Error is MismatchException o && named.Error is MismatchException n
            && o.ParamName == "other" && n.ParamName == "inner"
            && n.Message == o.Renamed("inner").Message && n.Operation == o.Operation && n.Given.Equals(o.Given) && n.Expected.SequenceEqual(o.Expected);
    }

    private static (object? Value, Exception? Error) Outcome<TResult>(Func<TResult> f)
    {
        try
        {
            return (f(), null);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            return (null, e);
        }
    }
}
