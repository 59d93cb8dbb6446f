using System;
using System.Linq;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainModel.Tests.Exchange;

/// <summary>Laws of the table's look-up, on generated tables of USD/CNY and CNY/USD rates on random days.</summary>
public sealed partial class ExchangeRateTableTests
{
    private static Gen<(int[] Direct, int[] Reverse, int Asked, int LookBack)> TableGen =>
        from direct in Gen.Choose(0, 60).ArrayOf()
        from reverse in Gen.Choose(0, 60).ArrayOf()
        from asked in Gen.Choose(0, 70)
        from lookBack in Gen.Choose(0, 12)
        select (direct.Distinct().ToArray(), reverse.Distinct().ToArray(), asked, lookBack);

    /// <summary>
    /// The look-up never returns a rate dated after the asked day, and always returns the latest day within the
    /// look-back on which either direction has a rate (none when there is no such day).
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Lookup_IsTheLatestWithinTheLookBack_NeverLater() =>
        Prop.ForAll(Arb.From(TableGen), t =>
        {
            var origin = ExchangeArbitraries.Origin;
            var table = ExchangeRateTable.Empty.WithLookBack(t.LookBack)
                .With(t.Direct.Select(d => new ExchangeRate(Currency.USD, Currency.CNY, 7m + (d / 100m), origin.AddDays(d), RateKind.Spot, "A")))
                .With(t.Reverse.Select(d => new ExchangeRate(Currency.CNY, Currency.USD, 0.14m, origin.AddDays(d), RateKind.Spot, "B")));
            var asked = origin.AddDays(t.Asked);
            var candidates = t.Direct.Concat(t.Reverse).Where(d => d <= t.Asked && d >= t.Asked - t.LookBack).ToArray();
            bool found = table.TryGetRate(Currency.USD, Currency.CNY, asked, out var rate);
            if (candidates.Length == 0)
            {
                return !found;
            }

            int expected = candidates.Max();
            bool directExpected = t.Direct.Contains(expected);
            return found
                && rate!.Validity.End <= asked
                && rate.Validity.Start == origin.AddDays(expected)
                && rate.Base == Currency.USD && rate.Quote == Currency.CNY
                && (rate.Kind == RateKind.Derived) != directExpected;
        });
}
