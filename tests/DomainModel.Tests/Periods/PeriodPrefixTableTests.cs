using System;
using System.Linq;
using DomainModel.Claims;
using DomainModel.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace DomainModel.Tests.Periods;

/// <summary>
/// The period parser builds its prefix tables once instead of on every phrase: the words of each month-range prefix
/// split once, the "del" form of each year-part prefix made once, and "starts with the prefix and a space" tested
/// without concatenating the two. Each gives what the per-phrase code gave, written here again as it was.
/// </summary>
public sealed class PeriodPrefixTableTests
{
    private const string Alphabet = "abdeilnort ’'.-2";

    public static Arbitrary<string> Texts() =>
        Arb.From(Gen.ListOf(Gen.Elements(Alphabet.ToCharArray())).Select(l => new string([.. l.Take(12)])));

    [Property(Arbitrary = new[] { typeof(PeriodPrefixTableTests) }, MaxTest = 3000)]
    public void StartsWithWord_AgreesWithTheConcatenation(string s, string prefix) =>
        Assert.Equal(s.StartsWith(prefix + " ", StringComparison.Ordinal), PeriodPhraseParser.StartsWithWord(s, prefix));

    [Property(Arbitrary = new[] { typeof(PeriodPrefixTableTests) }, MaxTest = 300)]
    public void StartsWithWord_AgreesOnTheLexiconsPrefixes(string tail)
    {
        foreach (string prefix in Lexicon.Any.QuarterEndedPrefixes.Concat(Lexicon.Any.SamePeriodOfYear))
        {
            foreach (string s in new[] { prefix + tail, prefix + " " + tail, tail, prefix })
            {
                Assert.Equal(s.StartsWith(prefix + " ", StringComparison.Ordinal), PeriodPhraseParser.StartsWithWord(s, prefix));
            }
        }
    }

    [Fact]
    public void MonthRangePrefixWords_AreEachPrefixSplit() =>
        Assert.Equal(Lexicon.Any.MonthRangePrefixes.Select(p => p.Split(' ')).ToArray(), PeriodPhraseParser.MonthRangePrefixWords);

    [Fact]
    public void YearPartPrefixes_AreThePartsOfTheYearWithTheirDelForm()
    {
        var expected = Lexicon.Any.MonthPrefixes
            .Where(p => p.Part != MonthPart.Whole)
            .Select(p => (p.Prefix, p.Prefix.EndsWith("di ", StringComparison.Ordinal) ? p.Prefix[..^3] + "del " : p.Prefix, p.Part))
            .ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, PeriodPhraseParser.YearPartPrefixes);
    }
}
