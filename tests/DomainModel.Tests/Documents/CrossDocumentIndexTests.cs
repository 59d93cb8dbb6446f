using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DomainModel.Claims;
using DomainModel.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>
/// Cross-document checks through the index of (subject, metric, quantity, unit) against the straightforward
/// all-pairs path, on random small sets of the real documents (repeated, reordered); the bound on the pairs; and the
/// same answers from 8 threads as from one.
/// </summary>
public sealed class CrossDocumentIndexTests
{
    private static readonly ClaimsDocument[] Library = DocumentFiles.Shipped();

    private static string Describe(CrossDocumentCheck c) =>
        FormattableString.Invariant($"{c.Kind} {c.FirstDocument.Article.Title}/{c.FirstClaim.Id} {c.SecondDocument.Article.Title}/{c.SecondClaim.Id} {c.Verdict} {c.Check.ComputedInterval}");

    [Property(MaxTest = 60)]
    public Property Indexed_EqualsAllPairs_OnRandomSmallSets() => Prop.ForAll(
        Gen.ListOf(Gen.Choose(0, Library.Length - 1)).Select(l => l.Take(7).ToArray()).ToArbitrary(),
        picks =>
        {
            var documents = picks.Select(i => Library[i]).ToArray();
            var indexed = CrossDocumentChecks.Check(documents);
            var allPairs = CrossDocumentChecks.CheckAllPairs(documents);
            return indexed.Select(Describe).SequenceEqual(allPairs.Select(Describe))
                && indexed.Zip(allPairs).All(p => ReferenceEquals(p.First.FirstDocument, p.Second.FirstDocument) && ReferenceEquals(p.First.SecondDocument, p.Second.SecondDocument));
        });

    [Fact]
    public void Check_BeyondItsBound_RefusesClearly_BeforeCheckingAnyPair()
    {
        var documents = Enumerable.Repeat(DocumentFiles.Seed, 25).ToArray();
        int pairs = CrossDocumentChecks.Check(documents).Count;
        Assert.Equal(6300, pairs); // 300 pairs of copies × 21 matching claim pairs: the figure of the issue
        var ex = Assert.Throws<ArgumentException>(() => CrossDocumentChecks.Check(documents, 1000));
        Assert.Contains("more than 1000 pairs", ex.Message, StringComparison.Ordinal);
        Assert.Equal("documents", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => CrossDocumentChecks.Check(documents, -1));
    }

    [Fact]
    public async Task ChecksAndCrossChecks_FromEightThreads_GiveTheSingleThreadedAnswers()
    {
        var documents = Library;
        string[] crossExpected = [.. CrossDocumentChecks.Check(documents).Select(c => Describe(c) + " " + c.Check.Explanation)];
        string[][] checksExpected = [.. documents.Select(d => d.Check().Select(c => c.ToString()).ToArray())];
        var failures = 0;
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (int round = 0; round < 5; round++)
            {
                // Fresh checks each round: their lazy explanations are first read here, concurrently.
                var cross = CrossDocumentChecks.Check(documents);
                if (!cross.Select(c => Describe(c) + " " + c.Check.Explanation).SequenceEqual(crossExpected))
                {
                    Interlocked.Increment(ref failures);
                }

                for (int d = 0; d < documents.Length; d++)
                {
                    if (!documents[d].Check().Select(c => c.ToString()).SequenceEqual(checksExpected[d]))
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(threads);
        Assert.Equal(0, failures);
    }

    [Fact]
    public void OneCheck_ItsExplanationReadFromEightThreads_IsOneText()
    {
        var check = CrossDocumentChecks.Check([DocumentFiles.Seed, DocumentFiles.MadeUp])[0].Check;
        var texts = new string[8];
        Parallel.For(0, 8, i => texts[i] = check.Explanation);
        Assert.All(texts, t => Assert.Equal(texts[0], t));
        Assert.False(string.IsNullOrWhiteSpace(texts[0]));
    }
}
