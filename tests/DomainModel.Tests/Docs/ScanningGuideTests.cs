using System.Collections.Generic;
using DomainModel;
using DomainModel.Claims;
using DomainModel.Text;
using Xunit;

namespace DomainModel.Tests.Docs;

/// <summary>The code blocks of docs/scanning.md, run and checked.</summary>
public sealed class ScanningGuideTests
{
    [Fact]
    public void Scan()
    {
        #region snippet: scanning-scan
        string text = "ByteDance prevede di investire 160 miliardi di yuan, circa 23 miliardi di dollari.";
        var lines = new List<string>();
        foreach (FigureMention m in FigureScanner.Scan(text, NewsLanguage.Italian))
        {
            lines.Add(m.ToString()); // Money 160000000000 CNY at 31 "160 miliardi di yuan", then the dollars
        }
        #endregion

        int yuan = text.IndexOf("160 miliardi di yuan", System.StringComparison.Ordinal);
        int dollars = text.IndexOf("23 miliardi di dollari", System.StringComparison.Ordinal);
        Assert.Equal(31, yuan);
        var mentions = FigureScanner.Scan(text, NewsLanguage.Italian);
        Assert.Equal(2, mentions.Count);
        Assert.Equal((FigureKind.Money, yuan, Currency.CNY), (mentions[0].Kind, mentions[0].Offset, mentions[0].Currency));
        Assert.Equal((FigureKind.Money, Currency.USD), (mentions[1].Kind, mentions[1].Currency));
        Assert.InRange(mentions[1].Offset, text.IndexOf("circa", System.StringComparison.Ordinal), dollars);
        Assert.Equal("Money 160000000000 CNY at 31 \"160 miliardi di yuan\"", lines[0]);
        Assert.Equal(2, lines.Count);
    }
}
