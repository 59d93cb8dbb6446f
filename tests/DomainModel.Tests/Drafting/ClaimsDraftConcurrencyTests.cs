using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DomainModel.Claims;
using DomainModel.Tests.Documents;
using DomainModel.Tests.Infrastructure;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Drafting;

/// <summary>
/// The drafter from 8 threads: drafts of shared article texts (the shipped one, a real English one, the made-up one),
/// and checks of one shared drafted document, give the single-threaded answers (the JSON, the notes, the checks).
/// </summary>
public sealed class ClaimsDraftConcurrencyTests
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    private static readonly (string Text, NewsLanguage Language)[] Articles =
    [
        (DocumentFiles.SeedText, NewsLanguage.Italian),
        (File.ReadAllText(RepositoryPaths.Combine("docs", "articles", "tencent-q3-2025.en.txt")), NewsLanguage.English),
        (DocumentFiles.MadeUpText, NewsLanguage.English),
    ];

    private static string Describe(ClaimsDraft draft) =>
        (draft.HasDocument ? draft.ToJson() : "no document: " + draft.Problem) + "\n" + string.Join("\n", draft.Notes);

    [Fact]
    public async Task Drafts_AndChecksOfADraftedDocument_FromEightThreads_GiveTheSingleThreadedAnswers()
    {
        string[] expected = [.. Articles.Select(a => Describe(ClaimsDraft.FromText(a.Text, a.Language, AsOf)))];
        var shared = ClaimsDraft.FromText(Articles[0].Text, Articles[0].Language, AsOf).Document!;
        string[] checksExpected = [.. ClaimsDraft.FromText(Articles[0].Text, Articles[0].Language, AsOf).Document!.Check().Select(c => c.ToString())];
        Assert.All(expected, e => Assert.StartsWith("{", e, StringComparison.Ordinal)); // every article drafts a document
        Assert.NotEmpty(checksExpected);
        int failures = 0;
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(t => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (int round = 0; round < 2; round++)
            {
                for (int k = 0; k < Articles.Length; k++)
                {
                    int a = (k + t) % Articles.Length; // each thread in its own order
                    if (Describe(ClaimsDraft.FromText(Articles[a].Text, Articles[a].Language, AsOf)) != expected[a])
                    {
                        Interlocked.Increment(ref failures);
                    }
                }

                // One shared drafted document: its first checks (and their lazy explanations) are made concurrently.
                if (!shared.Check().Select(c => c.ToString()).SequenceEqual(checksExpected))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(threads);
        Assert.Equal(0, failures);
    }
}
