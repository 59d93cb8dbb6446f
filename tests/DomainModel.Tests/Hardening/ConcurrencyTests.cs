using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Hardening;

/// <summary>
/// Values and tables are documented as immutable and thread-safe; the rate table fills a per-table cache of derived
/// rates on first use. Eight threads ask the same questions of one shared table (and parse the same texts) in
/// different orders, and every answer must equal the one a single thread got from a fresh table.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;

    private static readonly Currency[] Currencies = [Currency.EUR, Currency.USD, Currency.CNY, Currency.JPY, Currency.GBP, Currency.FromCode("CHF")];

    private static ExchangeRateTable ShippedTable() =>
        EcbReferenceRates.ReadCsv(RepositoryPaths.Combine("src", "DomainModel.ArticleReport", "Data", "eurofxref-hist.csv")).ToTable();

    [Fact]
    public void RateTable_SharedByEightThreads_AnswersAsASingleThreadDoes()
    {
        var days = Enumerable.Range(0, 90).Select(i => new DateOnly(2024, 1, 1).AddDays(i * 9)).ToArray(); // weekends included
        var questions = (from day in days from a in Currencies from b in Currencies where a != b select (a, b, day)).ToArray();

        var fresh = ShippedTable();
        var expected = questions.Select(q => fresh.TryGetRate(q.a, q.b, q.day, out var r) ? (decimal?)r.Value : null).ToArray();
        Assert.Contains(expected, v => v is null);   // questions before the file's first day have no rate
        Assert.Contains(expected, v => v is not null);

        var shared = ShippedTable();
        var answers = RunConcurrently(seed =>
        {
            var order = Enumerable.Range(0, questions.Length).OrderBy(_ => seed.Next()).ToArray();
            var got = new decimal?[questions.Length];
            foreach (int i in order)
            {
                var (a, b, day) = questions[i];
                got[i] = shared.TryGetRate(a, b, day, out var r) ? r.Value : null;
            }

            return got;
        });

        foreach (var got in answers)
        {
            Assert.Equal(expected, got);
        }
    }

    [Fact]
    public void Parsers_UsedByEightThreads_AnswerAsASingleThreadDoes()
    {
        string[] money = ["CNY 160000000000", "USD 22630051133.81", "EUR 1.50", "JPY 180", "GBP 0.8727"];
        string[] tokens = ["50 T tokens", "30 trillion tokens", "5 K TOKENS", "1.5 B tokens"];
        string[] news = ["160 miliardi", "circa 23 miliardi", "oltre 30 trilioni", "20.000"];
        string Expected(int i) => string.Join("|",
            Money.Parse(money[i % money.Length], CultureInfo.InvariantCulture).ToString(),
            TokenVolume.Parse(tokens[i % tokens.Length], CultureInfo.InvariantCulture).Tokens.ToString(CultureInfo.InvariantCulture),
            NewsNumberParser.Parse(news[i % news.Length], NumberConventions.Italian).Value.ToString(CultureInfo.InvariantCulture));
        var expected = Enumerable.Range(0, 400).Select(Expected).ToArray();

        var answers = RunConcurrently(seed => Enumerable.Range(0, 400).OrderBy(_ => seed.Next()).Select(i => (i, Expected(i))).OrderBy(p => p.i).Select(p => p.Item2).ToArray());

        foreach (var got in answers)
        {
            Assert.Equal(expected, got);
        }
    }

    private static List<T> RunConcurrently<T>(Func<Random, T> work)
    {
        using var start = new Barrier(Threads);
        var results = new T[Threads];
        var errors = new Exception?[Threads];
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                results[t] = work(new Random(t));
            }
            catch (Exception e)
            {
                errors[t] = e;
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.All(errors, Assert.Null);
        return [.. results];
    }
}
