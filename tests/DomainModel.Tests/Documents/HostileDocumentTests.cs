using System;
using System.IO;
using System.Linq;
using System.Text;
using DomainModel.Claims;
using Xunit;

namespace DomainModel.Tests.Documents;

/// <summary>
/// Large and hostile claims documents (issue 23): deep nesting, duplicate keys, 10,000 claims, a quote of 1 MB. Each is
/// handled or refused with a <see cref="ClaimsDocumentException"/>; the limits are those of docs/reliability.md. The
/// documents are made up, built here.
/// </summary>
public sealed class HostileDocumentTests
{
    private const string Header = "{\"schema\":\"claims-document/v1\",\"article\":{\"title\":\"Made up\",\"publisher\":\"Made-up Weekly\",\"language\":\"en\",\"published\":\"2026-05-04\",\"text\":\"made-up.txt\",\"madeUp\":true},\"claims\":[";

    private static string Claim(int i, string quote, string figure) =>
        FormattableString.Invariant($"{{\"id\":\"c{i}\",\"subject\":\"Firm {i}\",\"metric\":\"spending\",\"quote\":\"{quote}\",\"figure\":\"{figure}\",\"measure\":{{\"kind\":\"money\",\"currency\":\"USD\"}},\"period\":\"in 2025\",\"source\":\"Made-up Weekly\"}}");

    [Theory]
    [InlineData(65)]
    [InlineData(1_000_000)]
    public void DeepNesting_IsRefused_AtDepth64_WithALine(int depth)
    {
        string json = "{\"schema\":" + new string('[', depth) + new string(']', depth) + "}";
        var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse(json, "x"));
        Assert.Contains("depth of 64", e.Problem, StringComparison.Ordinal);
        Assert.Equal(1, e.Line);
        Assert.InRange(e.Column!.Value, 11, 11 + 64);
    }

    [Fact]
    public void Nesting_UpTo64_IsReadAsJson_ThenRefusedAsAField()
    {
        string json = "{\"schema\":" + new string('[', 63) + new string(']', 63) + "}";
        var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse(json, "x"));
        Assert.Null(e.Line);
        Assert.Equal("$", e.Path);
    }

    [Fact]
    public void DuplicateKeys_AreRefused_AtTheirPath()
    {
        string json = "{\"schema\":\"claims-document/v1\",\"schema\":\"claims-document/v1\",\"article\":{},\"claims\":[]}";
        var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Parse(json, "x"));
        Assert.Equal("$.schema", e.Path);
        Assert.Contains("appears twice", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TenThousandClaims_AreLoaded()
    {
        const int count = 10_000;
        var text = new StringBuilder();
        var json = new StringBuilder(Header);
        for (int i = 1; i <= count; i++)
        {
            string quote = FormattableString.Invariant($"Firm {i} spent {i} million dollars in 2025");
            text.Append(quote).Append(". ");
            json.Append(i == 1 ? string.Empty : ",").Append(Claim(i, quote, FormattableString.Invariant($"{i} million")));
        }

        json.Append("]}");
        var document = ClaimsDocument.Parse(json.ToString(), text.ToString());
        Assert.Equal(count, document.Claims.Count);
        var last = (Claim<Money>)document.Claim("c10000").Claim;
        Assert.Equal(new Money(10_000_000_000m, Currency.USD), last.Estimate.Stated);
    }

    [Fact]
    public void AQuoteOf1MB_IsLoaded()
    {
        string filler = string.Concat(Enumerable.Repeat("and then some more words ", 1_048_576 / 25));
        string quote = "Firm 1 spent 1 million dollars in 2025 " + filler.TrimEnd();
        Assert.True(quote.Length >= 1_000_000);
        string json = Header + Claim(1, quote, "1 million") + "]}";
        var document = ClaimsDocument.Parse(json, "Before. " + quote + ". After.");
        Assert.Equal(quote, document.Claims[0].Claim.Quote.Text);
        Assert.Equal(8, document.Claims[0].Claim.Quote.Offset);
    }
    // A document names the file its article's text is read from: a hostile or careless one may name a huge file or one
    // that never ends. Loading stops after ClaimsDocument.MaxFileBytes and says why, at the text field.
    [Fact]
    public void ArticleText_LargerThanTheLimit_IsRefusedAtTheTextField_WithoutReadingItAll()
    {
        Assert.Equal(67_108_864, ClaimsDocument.MaxFileBytes);
        WithDocument(text =>
        {
            using var file = new FileStream(text, FileMode.Create);
            file.SetLength(ClaimsDocument.MaxFileBytes + 1L); // sparse on most file systems: no 64 MB written
        }, path =>
        {
            var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Load(path));
            Assert.Equal("$.article.text", e.Path);
            Assert.Contains("more than 67108864 bytes", e.Problem, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ArticleText_InvalidUtf8_IsRefused_NotReadAsReplacementCharacters()
    {
        WithDocument(text =>
        {
            byte[] article = Encoding.UTF8.GetBytes(DocumentFiles.MadeUpText);
            article[10] = 0xC3; // a lead byte followed by an ASCII byte: not UTF-8
            File.WriteAllBytes(text, article);
        }, path =>
        {
            var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Load(path));
            Assert.Equal("$.article.text", e.Path);
            Assert.StartsWith("the article's text 'chips-race.en.txt' cannot be read: ", e.Problem, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ArticleText_WithAUtf16ByteOrderMark_IsRefused_AndAUtf8OneIsSkipped()
    {
        WithDocument(text => File.WriteAllText(text, DocumentFiles.MadeUpText, new UnicodeEncoding(bigEndian: false, byteOrderMark: true)), path =>
        {
            var e = Assert.Throws<ClaimsDocumentException>(() => ClaimsDocument.Load(path));
            Assert.Contains("UTF-16 byte-order mark", e.Problem, StringComparison.Ordinal);
        });
        WithDocument(text => File.WriteAllText(text, DocumentFiles.MadeUpText, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)), path =>
            Assert.Equal(DocumentFiles.MadeUpText, ClaimsDocument.Load(path).Article.Text));
    }

    private static void WithDocument(Action<string> writeText, Action<string> check)
    {
        string directory = Path.Combine(Path.GetTempPath(), "claims-hostile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string path = Path.Combine(directory, "doc.json");
            File.WriteAllText(path, DocumentFiles.MadeUpJson);
            writeText(Path.Combine(directory, "chips-race.en.txt"));
            check(path);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
